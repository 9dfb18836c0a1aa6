use strict;
use warnings;
use Test::More tests => 3;

print "plain stdout line\n";
print STDERR "plain stderr line\n";
ok( 1, 'BD-171 prints to stdout and stderr' );
diag "BD-172 a diagnostic\nover two lines";
ok( 0, 'BD-172 fails after a diag' );
cmp_ok( 3, '<', 2, 'BD-173 compares with cmp_ok' );
