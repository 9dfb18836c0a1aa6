%% Tests for the Erlang EUnit eunit_surefire JUnit fixture. Some fail ON PURPOSE.
-module(bd_shop_tests).
-include_lib("eunit/include/eunit.hrl").

%% Simple tests: functions whose (quoted atom) name ends in _test.
'BD-1 user can log in_test'() ->
    io:format("logging in as alice~n"),
    ?assertEqual(2, 1 + 1).

'[BD-2] cart total is wrong_test'() ->
    io:format("cart has 3 items~n"),
    ?assertEqual(42, 41).

'BD-3: crashes with an error_test'() ->
    erlang:error(badarith_boom).

'BD-4 throws_test'() ->
    throw({not_ready, "payment gateway"}).

'BD-7 BD-8 shared flow_test'() -> ok.

helper_works_test() -> ok.

'BD-17 renders <b>&"q" ünïcödé_test'() -> ok.

level3() -> erlang:error({too_deep, [1, 2, 3]}).
level2() -> level3(), ok.
level1() -> level2(), ok.

'BD-18 deep stack_test'() -> level1().

%% Titled tests from a generator (a function ending in _test_).
titled_test_() ->
    [{"BD-10 titled passes", ?_assert(true)},
     {"BD-11 titled fails", ?_assertMatch({ok, _}, {error, nope})},
     {"BD-9 renders <b onmouseover=alert(1)> & \"quotes\" &amp; ünïcödé 🚀",
      fun() ->
          io:format("<b>output</b> & &amp; ]]> \e[31mred\e[0m~n"),
          erlang:error({expected, "<img src=x onerror=alert(1)> & ]]>"})
      end}].

%% A titled group: its tests have no marker of their own.
checkout_test_() ->
    {"BD-5 checkout",
     [{"applies coupon", ?_assert(true)},
      {"computes shipping", ?_assertEqual(5, 0)}]}.

%% A generator whose own name carries the marker.
'BD-6 adds_test_'() ->
    [?_assertEqual(2, 1 + 1), ?_assertEqual(7, 3 + 3)].

%% A fixture whose setup fails: its tests are cancelled.
database_test_() ->
    {"BD-12 database",
     {setup,
      fun() -> erlang:error({database_down, "connection refused"}) end,
      fun(_) -> ok end,
      [{"BD-13 reads rows", ?_assert(true)},
       {"BD-14 writes rows", ?_assert(true)}]}}.
