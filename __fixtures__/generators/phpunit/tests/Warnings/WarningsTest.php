<?php
declare(strict_types=1);

namespace BdFixtures\Warnings;

use PHPUnit\Framework\TestCase;

/**
 * PHPUnit 9 warnings: a <warning> element in the testcase. PHPUnit exits 0
 * for them (without failOnWarning), so the tests count as passed; the
 * warning is what a reader of the result needs to see.
 */
final class WarningsTest extends TestCase
{
    /** Ran and passed, with a warning the test added itself. */
    public function testBd11PassesWithAWarning(): void
    {
        $this->addWarning("cache <disabled> & slow\nsecond line");
        $this->assertTrue(true);
    }

    /** Ran and passed, using an assertion PHPUnit 9.6 deprecates. */
    public function testBd12UsesADeprecatedAssertion(): void
    {
        $object = new \stdClass();
        $object->name = 'x';
        $this->assertObjectHasAttribute('name', $object);
    }

    /** Never ran: the test it depends on does not exist. */
    /**
     * @depends testDoesNotExist
     */
    public function testBd13DependsOnAMissingTest(): void
    {
        $this->assertTrue(true);
    }

    /** Failed, and warned before failing. */
    public function testBd14FailsAfterAWarning(): void
    {
        $this->addWarning('about to fail');
        $this->assertSame(1, 2);
    }

    /** Passed plainly, beside the others. */
    public function testBd15Passes(): void
    {
        $this->assertSame(2, 1 + 1);
    }
}
