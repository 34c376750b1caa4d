# Installs nginx from the distribution.
# QUAYSIDE_MODE: check | apply
set -eu
if [ "$QUAYSIDE_MODE" = check ]; then
    command -v nginx >/dev/null 2>&1
    exit
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "This host has no apt-get; Quayside installs nginx on Debian and Ubuntu hosts." >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold --no-install-recommends nginx
