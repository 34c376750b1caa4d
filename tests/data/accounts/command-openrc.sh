# The password comes from a password manager: Quayside must not run it.
export OS_AUTH_URL=https://keystone.example.com:5000/v3
export OS_USERNAME=mike
export OS_USER_DOMAIN_NAME=Default
export OS_PROJECT_NAME=demo
export OS_PROJECT_DOMAIN_NAME=Default
export OS_PASSWORD="$(pass show cloud/keystone)"
export OS_REGION_NAME=`cat /etc/region`
