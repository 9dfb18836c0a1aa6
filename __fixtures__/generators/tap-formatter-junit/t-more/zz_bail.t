# BAIL_OUT: prove stops; the scripts after this one are not in the report.
use strict;
use warnings;
use Test::More;
ok(1, 'BD-37 before bail');
BAIL_OUT('BD-38 the database is gone');
ok(1, 'BD-39 after bail');
done_testing();
