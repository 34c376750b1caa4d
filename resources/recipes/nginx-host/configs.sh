# Puts Quayside's configuration in place: the new files arrive in $INCOMING; they replace the old ones
# only if nginx accepts the result, and the old ones are kept as the last good configuration.
# QUAYSIDE_MODE: check | apply
set -eu
digest() {
    sha256sum "$1" 2>/dev/null | cut -d' ' -f1
}
if [ "$QUAYSIDE_MODE" = check ]; then
    [ "$(digest "$CONF_DIR/$BACKENDS_NAME")" = "$BACKENDS_SHA256" ] &&
        [ "$(digest "$CONF_DIR/$SITE_NAME")" = "$SITE_SHA256" ]
    exit
fi
LAST_GOOD=/etc/nginx/.quayside-last-good
mkdir -p "$LAST_GOOD"
for name in "$BACKENDS_NAME" "$SITE_NAME"; do
    rm -f "$LAST_GOOD/$name"
    if [ -f "$CONF_DIR/$name" ]; then
        cp -p "$CONF_DIR/$name" "$LAST_GOOD/$name"
    fi
done
for name in "$BACKENDS_NAME" "$SITE_NAME"; do
    mv "$INCOMING/$name" "$CONF_DIR/$name"
done
if ! nginx -t 2>"$INCOMING/nginx-t.log"; then
    for name in "$BACKENDS_NAME" "$SITE_NAME"; do
        if [ -f "$LAST_GOOD/$name" ]; then
            cp -p "$LAST_GOOD/$name" "$CONF_DIR/$name"
        else
            rm -f "$CONF_DIR/$name"
        fi
    done
    echo "nginx refused the new configuration; the last good one is back in place:" >&2
    cat "$INCOMING/nginx-t.log" >&2
    exit 1
fi
