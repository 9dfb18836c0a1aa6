use strict;
use warnings;
use Test::More tests => 2;

ok( 1, 'BD-174 before the bail out' );
BAIL_OUT('BD-175 the database is gone');
ok( 1, 'BD-175 never reached' );
