#!/bin/sh
echo '<script>alert(1)</script> & "quotes" ]]> end'
exit 1
