use strict;
use warnings;
use Test::More;

plan skip_all => 'BD-169 needs a printer';
