use strict;
use warnings;
use Test::More tests => 1;

ok( 1, 'BD-170 passes, then the script exits 3' );
exit 3;
