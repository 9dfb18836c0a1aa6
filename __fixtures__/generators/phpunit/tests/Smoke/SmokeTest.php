<?php
declare(strict_types=1);

namespace BdFixtures\Smoke;

use PHPUnit\Framework\TestCase;

final class SmokeTest extends TestCase
{
    public function testHomepageResponds(): void
    {
        $this->assertTrue(true);
    }
}
