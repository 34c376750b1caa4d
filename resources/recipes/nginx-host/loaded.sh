# Makes the running nginx serve the configuration on disk: started if it is not running, reloaded if a
# file changed since it last loaded them.
# QUAYSIDE_MODE: check | apply
set -eu
MARK=/var/lib/quayside/nginx-loaded
current() {
    pidof nginx >/dev/null 2>&1 && [ -f "$MARK" ] &&
        [ -z "$(find /etc/nginx -newer "$MARK" -type f ! -path '*/.quayside-*' 2>/dev/null)" ]
}
if [ "$QUAYSIDE_MODE" = check ]; then
    current
    exit
fi
nginx -t
mkdir -p "$(dirname "$MARK")"
touch "$MARK.next"
if pidof nginx >/dev/null 2>&1; then
    nginx -s reload
elif [ -d /run/systemd/system ]; then
    systemctl start nginx
else
    service nginx start
fi
# Marked with the time before the reload: a file changed while it ran counts as not loaded.
mv "$MARK.next" "$MARK"
