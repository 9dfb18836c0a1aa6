<?php
declare(strict_types=1);

namespace BdFixtures\Cart;

use PHPUnit\Framework\TestCase;

/** Data set names may hold the hyphenated marker with spaces. */
final class CartTest extends TestCase
{
    /**
     * @dataProvider cartActions
     */
    public function testCart(int $itemsBefore, int $itemsAfter, int $expected): void
    {
        $this->assertSame($expected, $itemsAfter, "cart has $itemsAfter item(s)\nwant: $expected");
    }

    public function cartActions(): array
    {
        return [
            'BD-14 user can pay' => [1, 0, 0],
            'BD-15 user can remove an item' => [1, 1, 0],
        ];
    }
}
