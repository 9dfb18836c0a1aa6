#!/bin/sh
echo "exporting report"
sleep 10
echo "never printed"
