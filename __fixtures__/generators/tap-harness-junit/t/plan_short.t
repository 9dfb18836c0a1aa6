use strict;
use warnings;
use Test::More tests => 3;

ok( 1, 'BD-165 one' );
ok( 1, 'BD-166 two' );
exit 0;
