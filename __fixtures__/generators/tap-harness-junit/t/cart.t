use strict;
use warnings;
use utf8;
use Test::More tests => 15;

binmode Test::More->builder->$_, ':encoding(UTF-8)'
  for qw(output failure_output todo_output);

ok( 1, 'BD-150 user can log in' );
is( 2 + 2, 5, '[BD-151] cart total is wrong' );
is_deeply( [ 1, { qty => 2 } ], [ 1, { qty => 3 } ], 'BD-152 deep structure differs' );

SKIP: {
    skip 'BD-153 no printer attached', 1;
    ok( 1, 'BD-153 prints the receipt' );
}

TODO: {
    local $TODO = 'BD-154 not implemented';
    ok( 0, 'BD-154 exports to CSV' );
}

TODO: {
    local $TODO = 'BD-155 should fail but passes';
    ok( 1, 'BD-155 todo that passes' );
}

note 'a note before BD-156';
diag 'a diag before BD-156';
like( 'hello', qr/world/, 'BD-156 greeting matches' );
ok( 1, 'test_bd157_identifier form' );

for my $n ( 1 .. 3 ) {
    is( $n * 2, $n == 3 ? 7 : $n * 2, "BD-158 doubles $n" );
}

is( '<a href="x">&amp;</a>', '<b>ü & ñ</b>',
    q{BD-159 renders <script> & "quotes" 'single' ü 日本} );

subtest 'BD-160 checkout' => sub {
    plan tests => 2;
    ok( 1, 'pays' );
    ok( 0, 'ships' );
};

subtest 'BD-161 passing subtest' => sub {
    ok( 1, 'inner' );
    done_testing;
};

ok( 1, 'BD-162 after the subtests' );
