#!/bin/sh
echo "checking out cart 7"
echo "cart/checkout_fails.sh:4: expected status 200, got 500" >&2
exit 1
