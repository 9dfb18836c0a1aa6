# A test script that dies half way: prove counts the script as failed.
use strict;
use warnings;
use Test::More tests => 3;

ok(1, 'BD-3 first step passes');
die "BD-3 crashed: database is down\n";
