-- Test names LuaUnit writes into its report as they are. Fails ON PURPOSE.
local lu = require('luaunit')

TestNames = {}

TestNames['test BD-453 coupon <10> & "free" \'x\''] = function()
    lu.assertEquals(1, 2)
end

TestNames['test BD-454 plain name'] = function()
    lu.assertTrue(true)
end

os.exit(lu.LuaUnit.run())
