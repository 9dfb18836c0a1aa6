%% Tests for the Erlang common_test cth_surefire fixture. Some fail ON PURPOSE.
-module(bd_shop_SUITE).
-include_lib("common_test/include/ct.hrl").
-compile([export_all, nowarn_export_all]).

all() ->
    ['BD-1 user can log in',
     '[BD-2] cart total is wrong',
     'BD-3: crashes with an error',
     'BD-4 skipped feature',
     'BD-7 BD-8 shared flow',
     helper_works,
     'BD-9 renders <b onmouseover=alert(1)> & "quotes" &amp; ünïcödé',
     'BD-10 deep stack',
     'BD-12 init_per_testcase fails',
     'BD-13 times out',
     {group, 'BD-5 checkout'},
     {group, 'BD-6 adds'},
     {group, 'BD-11 flaky'}].

groups() ->
    [{'BD-5 checkout', [sequence],
      ['applies coupon', {group, shipping}]},
     {shipping, [],
      ['computes shipping', 'BD-15 free over 100']},
     {'BD-6 adds', [parallel], ['adds 1 + 1', 'adds 3 + 3']},
     {'BD-11 flaky', [{repeat_until_all_ok, 3}], ['BD-11 passes on the third try']}].

suite() -> [{timetrap, {seconds, 10}}].

init_per_suite(Config) -> Config.
end_per_suite(_Config) -> ok.
init_per_group(_Group, Config) -> Config.
end_per_group(_Group, _Config) -> ok.

init_per_testcase('BD-12 init_per_testcase fails', _Config) ->
    erlang:error({database_down, "connection refused"});
init_per_testcase(_TestCase, Config) -> Config.
end_per_testcase(_TestCase, _Config) -> ok.

'BD-1 user can log in'(_Config) ->
    ct:pal("logging in as alice"),
    io:format("plain io:format output~n"),
    2 = 1 + 1,
    ok.

'[BD-2] cart total is wrong'(_Config) ->
    ct:pal("cart has 3 items"),
    ct:fail("cart total is wrong~nexpected 42, got ~p~nsecond line of the message", [41]).

'BD-3: crashes with an error'(_Config) ->
    erlang:error(badarith_boom).

'BD-4 skipped feature'(_Config) ->
    {skip, "feature not ready: <b>later</b> & soon"}.

'BD-7 BD-8 shared flow'(_Config) -> ok.

helper_works(_Config) -> ok.

'BD-9 renders <b onmouseover=alert(1)> & "quotes" &amp; ünïcödé'(_Config) ->
    io:format("<b>output</b> & &amp; ]]> \e[31mred\e[0m~n"),
    ct:fail("expected <img src=x onerror=alert(1)> & \"quotes\" &amp; ]]> ~ts~nline two <tag>",
            [<<"ünïcödé 🚀"/utf8>>]).

level3() -> erlang:error({too_deep, [1, 2, 3]}).
level2() -> level3(), ok.
level1() -> level2(), ok.

'BD-10 deep stack'(_Config) -> level1().

'BD-12 init_per_testcase fails'(_Config) -> ok.

'BD-13 times out'() -> [{timetrap, 100}].
'BD-13 times out'(_Config) ->
    timer:sleep(2000),
    ok.

'applies coupon'(_Config) -> ok.
'computes shipping'(_Config) -> ok.
'BD-15 free over 100'(_Config) ->
    Shipping = 5,
    0 = Shipping.

'adds 1 + 1'(_Config) -> 2 = 1 + 1.
'adds 3 + 3'(_Config) -> 7 = 3 + 3.

'BD-11 passes on the third try'(_Config) ->
    N = case persistent_term:get(bd11_attempts, 0) of N0 -> N0 + 1 end,
    persistent_term:put(bd11_attempts, N),
    ct:pal("attempt ~p", [N]),
    3 = N.
