use strict;
use warnings;
use Test::More skip_all => 'BD-10 needs a printer';
