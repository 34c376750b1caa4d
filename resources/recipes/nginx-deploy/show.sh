# A version's files (MODE=fetch, VERSION) or the differences between two (MODE=diff, FROM, TO), in base64
# so that every byte arrives as it is.
set -eu
for version in "${VERSION:-}" "${FROM:-}" "${TO:-}"; do
    if [ -n "$version" ] && [ ! -d "$STATE/versions/$version" ]; then
        fail no-such-version
    fi
done
file_or_null() {
    if [ -e "$1" ]; then
        printf '%s' "$1"
    else
        printf '/dev/null'
    fi
}
if [ "$MODE" = fetch ]; then
    for name in "$BACKENDS_NAME" "$SITE_NAME"; do
        if [ -e "$STATE/versions/$VERSION/$name" ]; then
            say "file $name"
            base64 "$STATE/versions/$VERSION/$name" | sed 's/^/data /'
        fi
    done
    exit 0
fi
for name in "$BACKENDS_NAME" "$SITE_NAME"; do
    status=0
    output=$(diff -u --label "$CONF_DIR/$name (version $((1$FROM - 1000000)))" \
        --label "$CONF_DIR/$name (version $((1$TO - 1000000)))" \
        "$(file_or_null "$STATE/versions/$FROM/$name")" "$(file_or_null "$STATE/versions/$TO/$name")") || status=$?
    if [ "$status" -gt 1 ]; then
        fail diff
    fi
    if [ -n "$output" ]; then
        say "file $name"
        printf '%s\n' "$output" | base64 | sed 's/^/data /'
    fi
done
