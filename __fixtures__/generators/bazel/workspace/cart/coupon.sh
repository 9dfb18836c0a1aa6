#!/bin/sh
echo "coupon SAVE10 rejected" >&2
exit 3
