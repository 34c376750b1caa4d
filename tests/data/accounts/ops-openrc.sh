#!/bin/sh
# A v2.0 RC file with the password written in (made-up values).
export OS_AUTH_URL=https://legacy.example.org:5000/v2.0/
export OS_TENANT_ID=7d1f0c2a
export OS_TENANT_NAME=operations
export OS_USERNAME=bob
export OS_PASSWORD='written-in-v2-pass'
export OS_REGION_NAME=North
export OS_ENDPOINT_TYPE=internalURL
