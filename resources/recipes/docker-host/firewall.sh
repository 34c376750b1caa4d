# Lets in only SSH and the Docker TLS port (and what the caller adds in OPEN_PORTS), with ufw.
# QUAYSIDE_MODE: check | apply
set -eu
if ! command -v ufw >/dev/null 2>&1; then
    if [ "$QUAYSIDE_MODE" = check ]; then
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold --no-install-recommends ufw
fi
if [ "$QUAYSIDE_MODE" = check ]; then
    status=$(ufw status)
    echo "$status" | grep -q '^Status: active' || exit 1
    for port in 22 "$DOCKER_PORT" $OPEN_PORTS; do
        echo "$status" | grep -Eq "^$port(/tcp)? +ALLOW" || exit 1
    done
    exit 0
fi
ufw default deny incoming
ufw default allow outgoing
for port in 22 "$DOCKER_PORT" $OPEN_PORTS; do
    ufw allow "$port/tcp"
done
ufw --force enable
