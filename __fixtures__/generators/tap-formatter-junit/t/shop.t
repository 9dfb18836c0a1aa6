# Tests for the TAP::Formatter::JUnit (prove --formatter) fixture. Some fail ON PURPOSE.
use strict;
use warnings;
use utf8;
use Test::More;
binmode Test::More->builder->$_, ':encoding(UTF-8)' for qw(output failure_output todo_output);

note 'logging in as alice';
ok(1 + 1 == 2, 'BD-1 user can log in');

is_deeply({ total => 41 }, { total => 42 }, '[BD-2] cart total is wrong')
  or diag "cart has 3 items\nsecond line of the diagnostics";

SKIP: {
    skip 'BD-4 feature not ready', 1;
    ok(0, 'BD-4 skipped feature');
}

TODO: {
    local $TODO = 'BD-12 export to CSV not done';
    ok(0, 'BD-12 todo: export to CSV');
}

for my $case ([1, 1, 2], [2, 2, 4], [3, 3, 7]) {
    my ($a, $b, $sum) = @$case;
    is($a + $b, $sum, "BD-6 adds $a + $b = $sum");
}

ok(1, 'BD-7 BD-8 shared flow');
ok(1, 'helper works');

print STDOUT "# <b>output</b> & &amp; ]]> \e[31mred\e[0m\n";
ok(0, 'BD-9 renders <script>alert(1)</script> & "quotes" &amp; ünïcödé ✓')
  or diag "expected <img src=x onerror=alert(1)> & \"quotes\" &amp; ]]> ünïcödé 🚀\nline two <tag>";

subtest 'BD-5 checkout' => sub {
    ok(1, 'applies coupon');
    subtest 'shipping' => sub {
        ok(1, 'computes shipping');
        is(5, 0, 'BD-15 free over 100');
    };
};

done_testing();
