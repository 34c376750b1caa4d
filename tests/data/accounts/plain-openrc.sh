# No export lines: plain assignments (made-up values).
OS_AUTH_URL=https://keystone.example.com:5000/v3
OS_USERNAME=plain
OS_PASSWORD=plain-assignment-pass
OS_PROJECT_ID=0c0ffee0
OS_USER_DOMAIN_ID=default
