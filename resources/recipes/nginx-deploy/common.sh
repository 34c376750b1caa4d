# Put in front of every nginx-deploy script. Quayside's layout on the balancer:
#   $STATE/versions/NNNNNN/{$BACKENDS_NAME,$SITE_NAME,info}  every version ever deployed, never changed again
#   $STATE/current -> versions/NNNNNN                         the version in service
#   $CONF_DIR/$BACKENDS_NAME -> $STATE/current/$BACKENDS_NAME (and the same for $SITE_NAME)
#   $STATE/loaded                                             the version nginx was last reloaded with
# so that one rename of $STATE/current swaps both live files at once. Lines on stdout are for Quayside:
# a word saying what they are, then their values.

# A closed connection must not stop a deployment half-way: output is then lost, never fatal.
say() {
    printf '%s\n' "$*" 2>/dev/null || true
}

fail() {
    say "failed $1"
    exit 1
}

# The names of the versions, oldest first.
version_list() {
    for dir in "$STATE"/versions/[0-9][0-9][0-9][0-9][0-9][0-9]; do
        if [ -d "$dir" ]; then
            printf '%s\n' "${dir##*/}"
        fi
    done
}

current_version() {
    link=$(readlink "$STATE/current" 2>/dev/null) || return 0
    printf '%s' "${link##*/}"
}

# The version nginx last reloaded with, which differs from the current one only when a deployment was
# stopped between its swap and its reload.
loaded_version() {
    cat "$STATE/loaded" 2>/dev/null || true
}

info_field() {
    sed -n "s/^$2=//p" "$STATE/versions/$1/info" 2>/dev/null | head -n 1
}

# Whether the live files are Quayside's links into the current version.
live_is_ours() {
    [ "$(readlink "$CONF_DIR/$BACKENDS_NAME" 2>/dev/null)" = "$STATE/current/$BACKENDS_NAME" ] &&
        [ "$(readlink "$CONF_DIR/$SITE_NAME" 2>/dev/null)" = "$STATE/current/$SITE_NAME" ]
}

describe_version() {
    is_current=0
    if [ "$1" = "$(current_version)" ] && live_is_ours; then
        is_current=1
    fi
    sum=$(cat "$STATE/versions/$1/$BACKENDS_NAME" "$STATE/versions/$1/$SITE_NAME" 2>/dev/null | sha256sum | cut -d' ' -f1)
    say "version v=$1 at=$(info_field "$1" deployed) origin=$(info_field "$1" origin) from=$(info_field "$1" from) sha256=$sum current=$is_current"
}
