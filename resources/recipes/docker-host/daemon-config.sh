# Makes dockerd listen on tcp port $DOCKER_PORT with --tlsverify, besides its unix socket. Under systemd
# that is a drop-in replacing ExecStart (not "hosts" in daemon.json, which clashes with the unit's
# -H fd://); without systemd it is DOCKER_OPTS in /etc/default/docker, which the init script reads.
# QUAYSIDE_MODE: check | apply
set -eu
DOCKERD=$(command -v dockerd)
TLS_FLAGS="--tlsverify --tlscacert=$TLS_DIR/ca.pem --tlscert=$TLS_DIR/server-cert.pem --tlskey=$TLS_DIR/server-key.pem"
if [ -d /run/systemd/system ]; then
    FILE=/etc/systemd/system/docker.service.d/quayside-tls.conf
    WANTED=$(printf '# Written by Quayside: the Docker API over mutual TLS.\n[Service]\nExecStart=\nExecStart=%s -H fd:// -H tcp://0.0.0.0:%s %s %s\n' \
        "$DOCKERD" "$DOCKER_PORT" "$TLS_FLAGS" "$EXTRA_DAEMON_FLAGS")
else
    FILE=/etc/default/docker
    WANTED=$(printf '# Written by Quayside: the Docker API over mutual TLS.\nDOCKER_OPTS="-H unix:///var/run/docker.sock -H tcp://0.0.0.0:%s %s %s"\n' \
        "$DOCKER_PORT" "$TLS_FLAGS" "$EXTRA_DAEMON_FLAGS")
    # Keep what the distribution or the user put there, below ours.
    OTHERS=$(grep -v -e '^DOCKER_OPTS=' -e '^# Written by Quayside' "$FILE" 2>/dev/null || true)
    if [ -n "$OTHERS" ]; then
        WANTED=$(printf '%s\n%s\n' "$WANTED" "$OTHERS")
    fi
fi
if [ "$QUAYSIDE_MODE" = check ]; then
    [ -f "$FILE" ] && [ "$(cat "$FILE")" = "$WANTED" ]
    exit
fi
install -d -m 0755 "$(dirname "$FILE")"
printf '%s\n' "$WANTED" >"$FILE.quayside-new"
mv "$FILE.quayside-new" "$FILE"
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload
fi
