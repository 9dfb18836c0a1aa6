<?php
declare(strict_types=1);

namespace BdFixtures\Risky;

use PHPUnit\Framework\TestCase;

/**
 * Run with --disallow-test-output --disallow-todo-tests. PHPUnit 9 writes a
 * risky test as <error type="PHPUnit\Framework\RiskyTestError"> (or
 * OutputError), but counts it as risky, not as an error, and exits 0 for it
 * (without --fail-on-risky).
 */
final class RiskyTest extends TestCase
{
    /** Risky: performs no assertion. */
    public function testBd1PerformsNoAssertion(): void
    {
        $total = 2 * 3;
    }

    /** Risky: prints output (--disallow-test-output). */
    public function testBd2PrintsOutput(): void
    {
        echo "debug: cart has 2 items\n";
        $this->assertTrue(true);
    }

    /**
     * Risky: annotated @todo (--disallow-todo-tests).
     *
     * @todo cover the refund path
     */
    public function testBd3IsATodo(): void
    {
        $this->assertTrue(true);
    }

    /** Failed: stays a failure. */
    public function testBd4Fails(): void
    {
        $this->assertSame(10, 11, 'order total');
    }

    /** Passed. */
    public function testBd5Passes(): void
    {
        $this->assertSame(4, 2 + 2);
    }
}
