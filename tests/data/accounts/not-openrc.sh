#!/bin/sh
# A shell script, but not an OpenStack RC file.
PATH=/usr/bin:/bin
echo "hello"
