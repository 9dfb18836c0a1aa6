#!/bin/sh
echo "cart total: 42.00"
