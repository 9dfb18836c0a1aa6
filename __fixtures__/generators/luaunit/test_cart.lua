-- The shop's cart, tested with LuaUnit 3.4. Some tests fail ON PURPOSE.
local lu = require('luaunit')

local function total(prices)
    local sum = 0
    for _, price in ipairs(prices) do sum = sum + price end
    return sum
end

TestCart = {}

function TestCart:setUp()
    self.items = { 'apple', 'pear' }
end

function TestCart:test_bd430_adds_item()
    table.insert(self.items, 'plum')
    lu.assertEquals(#self.items, 3)
end

function TestCart:test_bd431_total_is_wrong()
    lu.assertEquals(total({ 2, 2 }), 5)
end

function TestCart:test_bd432_tables_differ()
    lu.assertEquals(self.items, { 'apple', 'plum' })
end

function TestCart:test_bd433_multiline_receipt()
    lu.assertEquals('apple 2\npear 3\ntotal 5', 'apple 2\npear 3\ntotal 6')
end

function TestCart:test_bd434_fail_no_stock()
    lu.fail('gave up: no stock')
end

function TestCart:test_bd435_error_raised()
    error('payment gateway down')
end

function TestCart:test_bd436_nil_index()
    local coupon = nil
    return coupon.code
end

function TestCart:test_bd437_skipped()
    lu.skip('coupons are off on Fridays')
end

function TestCart:test_bd438_skip_if()
    lu.skipIf(true, 'no shipping to the moon')
    lu.fail('not reached')
end

function TestCart:test_bd439_output()
    print('cart holds ' .. #self.items .. ' items')
    io.stderr:write('stderr line from bd439\n')
end

function TestCart:test_bd440_output_then_fail()
    print('about to check the discount')
    lu.assertTrue(false, 'discount <10%> & "free" shipping \'x\'')
end

function TestCart:test_bd441_escaped_values()
    lu.assertEquals('<b> & "quoted"', "<i> & 'single'")
end

function TestCart:test_bd442_str_contains()
    lu.assertStrContains('apple pear', 'plum')
end

function TestCart:test_bd443_almost_equals()
    lu.assertAlmostEquals(total({ 0.1, 0.2 }), 0.35, 0.01)
end

function TestCart:test_bd444_unicode()
    lu.assertEquals('prix: 5 €', 'prix: 6 € ✓ é')
end

function TestCart:test_bd445_error_table()
    error({ code = 42 })
end

function TestCart:test_bd446_success_early()
    lu.success()
    lu.fail('not reached')
end

function TestCart:test_bd447_assert_error()
    lu.assertError(function() return 1 end)
end

TestCart['test BD-448 removes an item'] = function(self)
    table.remove(self.items)
    lu.assertEquals(#self.items, 1)
end

-- A setUp that fails: its tests never run.
TestCheckoutSetup = {}
function TestCheckoutSetup:setUp()
    error('database not reachable')
end
function TestCheckoutSetup:test_bd449_pays()
    lu.assertTrue(true)
end

-- A tearDown that fails after a test that passed.
TestCheckoutTearDown = {}
function TestCheckoutTearDown:tearDown()
    lu.assertEquals('open', 'closed')
end
function TestCheckoutTearDown:test_bd450_closes()
    lu.assertTrue(true)
end

-- The marker on the class.
TestBd451Shipping = {}
function TestBd451Shipping:test_free_over_50()
    lu.assertEquals(50 >= 50, true)
end
function TestBd451Shipping:test_costs_5_below()
    lu.assertEquals(5, 4, 'shipping below 50')
end

-- A test function, not in a class.
function test_bd452_function()
    lu.assertNil(1)
end

os.exit(lu.LuaUnit.run())
