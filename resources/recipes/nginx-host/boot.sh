# Starts nginx at every boot.
# QUAYSIDE_MODE: check | apply
set -eu
if [ -d /run/systemd/system ]; then
    if [ "$QUAYSIDE_MODE" = check ]; then
        systemctl is-enabled --quiet nginx
    else
        systemctl enable nginx
    fi
elif [ "$QUAYSIDE_MODE" = check ]; then
    ls /etc/rc2.d/S*nginx >/dev/null 2>&1
else
    update-rc.d nginx defaults
fi
