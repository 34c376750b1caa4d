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
if [ -d /run/systemd/system ]; then
    systemctl enable docker >/dev/null 2>&1 || true
    systemctl restart docker
else
    service docker restart
fi
tries=0
until running_current; do
    tries=$((tries + 1))
    if [ "$tries" -gt 30 ]; then
        echo "dockerd did not come up with the TLS listener within 30 s" >&2
        exit 1
    fi
    sleep 1
done
