# Never runs: the script before it bails out.
use strict;
use warnings;
use Test::More;
ok(1, 'BD-40 in a file after the bail out');
done_testing();
