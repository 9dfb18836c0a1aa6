use strict;
use warnings;
use Test::More;

ok( 1, 'BD-163 first step passes' );
die "BD-164 the database went away\n";
ok( 1, 'BD-164 never reached' );
done_testing;
