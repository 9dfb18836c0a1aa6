%% A test EUnit reports as "*did not run*" (its module does not exist):
%% eunit_surefire has no clause for that result and writes no report at all.
-module(bd_did_not_run_tests).
-include_lib("eunit/include/eunit.hrl").

'BD-20 runs_test'() -> ok.

missing_test_() ->
    {"BD-21 missing module", {bd_no_such_module, some_test}}.
