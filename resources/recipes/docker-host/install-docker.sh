# Installs the Docker Engine: the distribution's docker.io (DOCKER_SOURCE=distribution) or Docker's own apt
# repository (DOCKER_SOURCE=docker).
# QUAYSIDE_MODE: check | apply
set -eu
if [ "$QUAYSIDE_MODE" = check ]; then
    command -v dockerd >/dev/null 2>&1
    exit
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "This host has no apt-get; Quayside installs Docker on Debian and Ubuntu hosts." >&2
    exit 1
fi
# Unattended: a configuration file already on the host (the user's, or the image's) is kept, never asked about.
export DEBIAN_FRONTEND=noninteractive
if [ "$DOCKER_SOURCE" = docker ]; then
    # shellcheck source=/dev/null
    . /etc/os-release
    apt-get update -q
    apt-get install -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold --no-install-recommends ca-certificates curl
    install -d -m 0755 /etc/apt/keyrings
    curl -fsSL "https://download.docker.com/linux/$ID/gpg" -o /etc/apt/keyrings/docker.asc
    chmod 0644 /etc/apt/keyrings/docker.asc
    printf 'deb [signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/%s %s stable\n' \
        "$ID" "$VERSION_CODENAME" >/etc/apt/sources.list.d/docker.list
    apt-get update -q
    apt-get install -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold docker-ce docker-ce-cli containerd.io
else
    apt-get update -q
    apt-get install -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold --no-install-recommends docker.io
fi
