# Puts a candidate configuration in service: kept as a new version, checked by nginx in a copy of its
# configuration folder, swapped in with one rename, and loaded by a reload that waits for the old workers.
# Whatever fails before the swap leaves the live files and the running nginx as they were; a reload nginx
# refuses puts the previous version back.
# (The program is $NGINX_PROGRAM: nginx takes a variable named NGINX for sockets inherited in an upgrade.)
# MODE: deploy (the candidate is in $INCOMING) | rollback (to version $VERSION, or the one before the current)
set -eu
trap '' HUP PIPE
scratch=
cleanup() {
    if [ -n "$scratch" ]; then
        rm -rf "$scratch"
    fi
    if [ "$MODE" = deploy ]; then
        rm -rf "$INCOMING"
    fi
}
trap cleanup EXIT

next_version() {
    last=$(version_list | tail -n 1)
    if [ -z "$last" ]; then
        echo 000000
    else
        printf '%06d\n' $((1$last - 1000000 + 1))
    fi
}

point_current() {
    rm -f "$STATE/current.new"
    ln -s "versions/$1" "$STATE/current.new" && mv -T "$STATE/current.new" "$STATE/current"
}

# Each live file becomes a link into $STATE/current, by a rename over the old one.
link_live() {
    for name in "$BACKENDS_NAME" "$SITE_NAME"; do
        rm -f "$CONF_DIR/.$name.quayside-link"
        ln -s "$STATE/current/$name" "$CONF_DIR/.$name.quayside-link" &&
            mv -T "$CONF_DIR/.$name.quayside-link" "$CONF_DIR/$name" || return 1
    done
}

write_info() {
    printf 'deployed=%s\norigin=%s\nfrom=%s\n' "$(date +%s)" "$2" "$3" >"$1/info"
}

copy_files() {
    for name in "$BACKENDS_NAME" "$SITE_NAME"; do
        if [ -e "$1/$name" ]; then
            cp -L "$1/$name" "$2/$name" && chmod 644 "$2/$name" || return 1
        fi
    done
}

# Both absent, or both there with the same bytes.
same_file() {
    if [ -e "$1" ] || [ -e "$2" ]; then
        cmp -s "$1" "$2"
    fi
}

same_files() {
    same_file "$1/$BACKENDS_NAME" "$2/$BACKENDS_NAME" && same_file "$1/$SITE_NAME" "$2/$SITE_NAME"
}

# The master's children (workers, cache processes), space-separated.
children() {
    cat /proc/[0-9]*/stat 2>/dev/null |
        awk -v parent="$1" 'BEGIN { ORS = " " } { pid = $1; sub(/^.*\) /, ""); if ($2 == parent) print pid }'
}

# The words of $2 that are (or with "not": are not) words of $1.
words_of() {
    for word in $3; do
        case " $2 " in
        *" $word "*) [ "$1" = in ] && printf '%s ' "$word" ;;
        *) [ "$1" = not ] && printf '%s ' "$word" ;;
        esac
    done
    true
}

mark_loaded() {
    printf '%s\n' "$1" >"$STATE/loaded.new" && mv -f "$STATE/loaded.new" "$STATE/loaded"
}

# A reload nginx accepts starts new workers; one it refuses (a port taken, say) leaves the old ones alone.
reload_nginx() {
    say "step reload"
    old=$(children "$master")
    kill -HUP "$master" || return 1
    waited=0
    while [ -z "$(words_of not "$old" "$(children "$master")")" ]; do
        if [ "$waited" -ge $((RELOAD_SECONDS * 10)) ]; then
            return 1
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
}

# Requests see the new configuration once the old workers have finished theirs and are gone.
drain() {
    say "step drain"
    waited=0
    while [ -n "$(words_of in "$(children "$master")" "$old")" ]; do
        if [ "$waited" -ge $((DRAIN_SECONDS * 10)) ]; then
            say drain-timeout
            break
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
}

say "step lock"
command -v flock >/dev/null || fail flock-missing
mkdir -p "$STATE/versions" || fail state
(: >>"$STATE/lock") || fail state
exec 9>>"$STATE/lock"
flock -w "$LOCK_SECONDS" 9 || fail lock
# Left by a deployment that was cut off: never in service.
rm -rf "$STATE"/versions/*.tmp "$STATE"/check.* "$STATE/current.new"

master=$(cat "$PID_FILE" 2>/dev/null || true)
case $master in
'' | *[!0-9]*) fail not-running ;;
esac
kill -0 "$master" 2>/dev/null || fail not-running

current=$(current_version)
if ! live_is_ours && { [ -e "$CONF_DIR/$BACKENDS_NAME" ] || [ -e "$CONF_DIR/$SITE_NAME" ]; }; then
    if [ -z "$current" ] || ! same_files "$CONF_DIR" "$STATE/current"; then
        # Files written by hand (or by an earlier tool): kept as a version, so a roll back can return to them.
        say "step adopt"
        current=$(next_version)
        mkdir "$STATE/versions/$current.tmp" || fail adopt
        copy_files "$CONF_DIR" "$STATE/versions/$current.tmp" || fail adopt
        write_info "$STATE/versions/$current.tmp" found "" || fail adopt
        mv "$STATE/versions/$current.tmp" "$STATE/versions/$current" || fail adopt
        point_current "$current" || fail adopt
        mark_loaded "$current" || fail adopt
        say "adopted $current"
    fi
    # The same bytes as before, now through the links: nothing changes for nginx.
    link_live || fail adopt
fi

if [ "$MODE" = rollback ]; then
    target=$VERSION
    if [ -z "$target" ] && [ -n "$current" ]; then
        base=$current
        if [ "$(info_field "$current" origin)" = rollback ]; then
            base=$(info_field "$current" from)
        fi
        target=$(version_list | awk -v base="$base" '$1 + 0 < base + 0' | tail -n 1)
    fi
    if [ -z "$target" ]; then
        fail no-earlier
    fi
    if [ ! -d "$STATE/versions/$target" ]; then
        fail no-such-version
    fi
    candidate=$STATE/versions/$target
    origin=rollback
else
    candidate=$INCOMING
    target=
    origin=deploy
fi

if [ -n "$current" ] && live_is_ours && same_files "$candidate" "$STATE/current"; then
    if [ "$(loaded_version)" = "$current" ]; then
        say unchanged
    else
        # In place but never loaded: a deployment was stopped between its swap and its reload.
        reload_nginx || fail reload
        mark_loaded "$current" || true
        drain
    fi
    describe_version "$current"
    exit 0
fi

# nginx checks the candidate in a copy of its whole configuration folder, where every path into that
# folder is rewritten to the copy, so that the live files are never touched before the swap.
say "step validate"
scratch=$(mktemp -d "$STATE/check.XXXXXX") || fail validate
cp -a "$ROOT/." "$scratch/" || fail validate
copy_conf=$scratch${CONF_DIR#"$ROOT"}
for name in "$BACKENDS_NAME" "$SITE_NAME"; do
    rm -f "$copy_conf/$name"
done
copy_files "$candidate" "$copy_conf" || fail validate
pattern=$(printf '%s' "$ROOT" | sed 's/[.]/\\./g')
grep -rlIZF -e "$ROOT" "$scratch" |
    xargs -0 -r sed -i -e "s|$pattern\\([^A-Za-z0-9_.-]\\)|$scratch\\1|g" -e "s|$pattern\$|$scratch|" ||
    fail validate
find "$scratch" -type l | while IFS= read -r link; do
    to=$(readlink "$link")
    case $to in
    "$ROOT" | "$ROOT"/*) ln -sfn "$scratch${to#"$ROOT"}" "$link" ;;
    esac
done
nginx_prefix=$PREFIX
case $nginx_prefix in
"$ROOT" | "$ROOT"/*) nginx_prefix=$scratch${nginx_prefix#"$ROOT"} ;;
esac
if [ -n "$nginx_prefix" ]; then
    set -- -p "$nginx_prefix/"
else
    set --
fi
if ! output=$("$NGINX_PROGRAM" -t -q -c "$scratch${MAIN#"$ROOT"}" "$@" 2>&1); then
    printf '%s\n' "$output" | sed -e "s|$scratch|$ROOT|g" -e 's/^/nginx /' 2>/dev/null || true
    fail refused
fi

new=$(next_version)
mkdir "$STATE/versions/$new.tmp" || fail store
copy_files "$candidate" "$STATE/versions/$new.tmp" || fail store
write_info "$STATE/versions/$new.tmp" "$origin" "$target" || fail store
mv "$STATE/versions/$new.tmp" "$STATE/versions/$new" || fail store

say "step swap $new"
before=$current
undo() {
    if [ -n "$before" ]; then
        point_current "$before"
    else
        rm -f "$CONF_DIR/$BACKENDS_NAME" "$CONF_DIR/$SITE_NAME" "$STATE/current"
    fi
    rm -rf "${STATE:?}/versions/$new"
}
point_current "$new" || {
    undo
    fail swap
}
if ! live_is_ours; then
    link_live || {
        undo
        fail swap
    }
fi

if ! reload_nginx; then
    undo
    fail reload
fi
mark_loaded "$new" || true
drain
describe_version "$new"
