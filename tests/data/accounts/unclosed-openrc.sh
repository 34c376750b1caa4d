export OS_AUTH_URL=https://keystone.example.com:5000/v3
export OS_USERNAME=nina
export OS_PASSWORD="never closed
export OS_PROJECT_NAME=demo
