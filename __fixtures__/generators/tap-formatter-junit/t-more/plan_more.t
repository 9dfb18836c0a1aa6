# One test more than planned: prove counts it failed ("Bad plan"); the
# formatter writes an <error type="UnplannedTest">.
use strict;
use warnings;
use Test::More tests => 2;

ok(1, 'BD-23 one');
ok(1, 'BD-24 two');
ok(1, 'BD-25 three (not planned)');
