%% A test that times out. In EUnit 2.8 a timeout also cancels the tests after
%% it in the same module, so it has a module of its own.
-module(bd_slow_tests).
-include_lib("eunit/include/eunit.hrl").

'BD-19 runs first_test'() -> ok.

slow_test_() ->
    {"BD-15 times out", {timeout, 1, fun() -> timer:sleep(3000) end}}.

'BD-16 after the timeout_test'() -> ok.
