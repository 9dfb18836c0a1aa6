<?php
declare(strict_types=1);

namespace BdFixtures\Isolated;

use PHPUnit\Framework\TestCase;

/**
 * Run with --process-isolation: a fatal error ends the test's own PHP
 * process only (without isolation it ends PHPUnit, and no report is
 * written). PHPUnit writes it as an error, where PHP says: "in FILE on line N".
 */
final class IsolatedTest extends TestCase
{
    public function testBd6RunsOutOfMemory(): void
    {
        ini_set('memory_limit', '8M');
        $report = str_repeat('x', 64 * 1024 * 1024);
        $this->assertNotEmpty($report);
    }

    public function testBd7Passes(): void
    {
        $this->assertSame(4, 2 + 2);
    }
}
