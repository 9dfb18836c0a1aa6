<?php
declare(strict_types=1);

namespace BdFixtures\Auth;

use PHPUnit\Framework\TestCase;

/**
 * Method names cannot contain hyphens, so markers use the CamelCase form
 * (testBd1..., testBd7Bd8...).
 */
final class AuthTest extends TestCase
{
    public function testBd1UserCanLogIn(): void
    {
        $this->assertSame('ALICE', strtoupper('alice'));
    }

    public function testBd2UserSeesErrorOnBadPassword(): void
    {
        echo "BD-2: submitting login form with a wrong password\n";
        echo "BD-2: server answered 401\n";
        $expected = 'Invalid username or password';
        $actual = 'Something went wrong';
        $this->assertSame(
            $expected,
            $actual,
            "login error banner mismatch\nexpected: $expected\nactual:   $actual"
        );
    }

    public function testBd3SessionIsStored(): void
    {
        // Not an assertion: an uncaught exception is reported as <error>.
        throw new \RuntimeException('could not connect to db at 10.0.0.5:5432 (connection refused)');
    }

    public function testBd4PasswordResetEmail(): void
    {
        $this->markTestSkipped('BD-4 blocked by upstream bug #123');
    }

    /**
     * @dataProvider discountCodes
     */
    public function testBd6DiscountCode(string $code, int $percent): void
    {
        $known = ['SAVE10' => 10, 'SAVE20' => 20];
        $this->assertSame($percent, $known[$code] ?? 0, "discount for $code");
    }

    public function discountCodes(): array
    {
        return [
            'save10' => ['SAVE10', 10],
            'save20' => ['SAVE20', 20],
            'bogus' => ['BOGUS', 99],
        ];
    }

    public function testBd7Bd8SharedFlow(): void
    {
        $this->assertSame(3, [1, 2, 3][2]);
    }

    public function testWithoutAnyMarker(): void
    {
        $this->assertSame(4, 2 + 2);
    }

    public function testBd9HostileMessage(): void
    {
        echo "stdout with <b>markup</b> & \"quotes\" and 'apostrophes'\n";
        $this->fail('rendered <script>alert(1)</script> & "quotes" in the page title');
    }

    public function testBd10OrderTotalDeepTraceback(): void
    {
        $this->assertOrderTotal([['$3', 2], ['3.50 USD', 1]], 9);
    }

    private function assertOrderTotal(array $items, int $expected): void
    {
        $total = 0;
        foreach ($items as [$price, $qty]) {
            $total += $this->lineTotal($price, $qty);
        }
        $this->assertSame($expected, $total);
    }

    private function lineTotal(string $price, int $qty): int
    {
        return $this->parseAmount($price) * $qty;
    }

    private function parseAmount(string $raw): int
    {
        $digits = ltrim($raw, '$');
        $this->assertMatchesRegularExpression('/^\d+$/', $digits, "cannot parse amount '$raw'");
        return (int) $digits;
    }
}
