#!/usr/bin/perl
# Runs TAP::Harness::JUnit with its notimes option, which prove cannot pass:
# perl run-harness.pl OUT.xml t/*.t
use strict;
use warnings;
use TAP::Harness::JUnit;

my $xmlfile = shift @ARGV;
my $harness = TAP::Harness::JUnit->new(
    { xmlfile => $xmlfile, notimes => 1, merge => 1 } );
$harness->runtests(@ARGV);
