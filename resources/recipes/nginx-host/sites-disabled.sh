# Turns off the distribution's sites-enabled, so that only Quayside's conf.d files decide what nginx serves.
# QUAYSIDE_MODE: check | apply
set -eu
CONF=/etc/nginx/nginx.conf
if [ "$QUAYSIDE_MODE" = check ]; then
    if grep -Eq '^[[:space:]]*include[[:space:]]+/etc/nginx/sites-enabled/' "$CONF"; then
        exit 1
    fi
    exit 0
fi
sed -i.quayside-orig -E 's|^([[:space:]]*)(include[[:space:]]+/etc/nginx/sites-enabled/)|\1# Turned off by Quayside: \2|' "$CONF"
