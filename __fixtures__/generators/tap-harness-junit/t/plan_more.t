use strict;
use warnings;
use Test::More tests => 1;

ok( 1, 'BD-167 planned' );
ok( 1, 'BD-168 not planned' );
