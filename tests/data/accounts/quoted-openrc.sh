# Quoting as people write it by hand (made-up values).
export OS_AUTH_URL="https://keystone.example.com:5000"   # version-less; the v3 path is added
export OS_USERNAME="Jane Q. Public"
export OS_PASSWORD='pa ss "with" $dollar and spaces'
export OS_PROJECT_NAME="Web Shop \"Blue\""
export OS_USER_DOMAIN_NAME=Default OS_PROJECT_DOMAIN_NAME='Default'
REGION=Region\ Three
export OS_REGION_NAME="${REGION}"
export OS_INTERFACE=public; export OS_IDENTITY_API_VERSION=3
unset OS_CACERT
cowsay hello
