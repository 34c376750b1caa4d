# Before the candidate files are uploaded: Quayside's folders exist, and a candidate that is the version in
# service already needs neither an upload nor a reload.
set -eu
trap '' HUP PIPE
mkdir -p "$STATE/versions" "$STATE/incoming" || fail state
find "$STATE/incoming" -mindepth 1 -maxdepth 1 -mmin +60 -exec rm -rf {} + 2>/dev/null || true
digest() {
    if [ -e "$1" ]; then
        sha256sum "$1" | cut -d' ' -f1
    fi
}
# A deployment under way (one cut off from its Quayside goes on by itself) may have swapped and reloaded
# but still be waiting for nginx's old workers: "unchanged" is said only once it is over.
if command -v flock >/dev/null; then
    (: >>"$STATE/lock") || fail state
    exec 9>>"$STATE/lock"
    flock -s -w "$LOCK_SECONDS" 9 || fail lock
fi
current=$(current_version)
if [ -n "$current" ] && [ "$(loaded_version)" = "$current" ] && live_is_ours &&
    [ "$(digest "$STATE/current/$BACKENDS_NAME")" = "$BACKENDS_SHA256" ] &&
    [ "$(digest "$STATE/current/$SITE_NAME")" = "$SITE_SHA256" ]; then
    say unchanged
    describe_version "$current"
    exit 0
fi
mkdir -m 700 "$INCOMING" || fail state
say ready
