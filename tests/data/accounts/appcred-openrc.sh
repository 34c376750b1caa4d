#!/usr/bin/env bash
# An application-credential RC file (made-up values).
export OS_AUTH_TYPE=v3applicationcredential
export OS_AUTH_URL=https://keystone.example.com:5000/v3
export OS_IDENTITY_API_VERSION=3
export OS_REGION_NAME="RegionOne"
export OS_INTERFACE=public
export OS_APPLICATION_CREDENTIAL_ID=aa11bb22cc33
export OS_APPLICATION_CREDENTIAL_SECRET=openrc-app-secret
