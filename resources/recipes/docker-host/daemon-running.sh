# Restarts dockerd when it does not run with the TLS listener, or started before its certificate was last
# replaced (it reads the certificate only at start).
# QUAYSIDE_MODE: check | apply
set -eu
running_current() {
    pid=$(pidof dockerd) || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "tcp://0.0.0.0:$DOCKER_PORT" || return 1
    # /proc/PID carries the process's start time; a certificate written since then is not loaded yet.
    [ -z "$(find "$TLS_DIR/server-cert.pem" -newer "/proc/$pid")" ]
}
if [ "$QUAYSIDE_MODE" = check ]; then
    running_current
    exit
fi
# What the daemon said about itself, for the error message.
explain() {
    echo "$1" >&2
    if [ -d /run/systemd/system ]; then
        journalctl -u docker --no-pager -n 20 >&2 2>/dev/null || true
    else
        tail -n 20 /var/log/docker.log >&2 2>/dev/null || true
    fi
    exit 1
}
if [ -d /run/systemd/system ]; then
    systemctl enable docker >/dev/null 2>&1 || true
    systemctl restart docker || explain "systemctl could not restart docker:"
else
    # Not "restart": Debian's init script for docker.io fails it when the daemon never ran (no pid file).
    if pidof dockerd >/dev/null 2>&1; then
        service docker stop || true
        waited=0
        while pidof dockerd >/dev/null 2>&1 && [ "$waited" -lt 20 ]; do
            sleep 1
            waited=$((waited + 1))
        done
    fi
    service docker start || explain "the docker service could not start:"
fi
tries=0
until running_current; do
    tries=$((tries + 1))
    if [ "$tries" -gt 30 ]; then
        explain "dockerd did not come up with the TLS listener within 30 s:"
    fi
    sleep 1
done
