#!/usr/bin/env bash
# Quayside's quick start on Debian 12, as root (or with sudo):
#   bash quickstart.sh run    install what is missing, build (release preset), start the sandbox cloud and
#                             set up a fleet on it (quaysidectl up), then start Quayside
#   bash quickstart.sh test   install what is missing, prepare the test server image, build (ci preset),
#                             run every test
# Both are idempotent: packages already installed are not touched, and an up-to-date build does nothing.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# Build tools and libraries, then what the GUI needs at run time, then the real servers the tests start, and
# the official OpenStack command line client that one test drives the sandbox cloud with.
PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libxkbcommon-dev qt6-charts-dev qt6-svg-dev
    qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev libssh-dev libssl-dev libarchive-dev
    libyaml-cpp-dev
    qt6-qpa-plugins xvfb xauth gnome-keyring libsecret-tools dbus-daemon
    docker.io iproute2 tar openssl openssh-client openssh-server nginx busybox-static shellcheck debootstrap
    python3-openstackclient
)

say() { printf 'quickstart: %s\n' "$*" >&2; }

install_missing() {
    local missing=() package
    for package in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
            missing+=("$package")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return
    fi
    if ((EUID != 0)); then
        say "these Debian packages are missing: ${missing[*]}"
        say "run this script as root (or with sudo) so that it can install them"
        exit 1
    fi
    say "installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    # Installing nginx or docker.io must not start system services here (the tests start their own).
    local policy=/usr/sbin/policy-rc.d created_policy=0
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && created_policy=1
    fi
    apt-get install -y -q --no-install-recommends "${missing[@]}" || { ((created_policy)) && rm -f "$policy"; exit 1; }
    ((created_policy)) && rm -f "$policy"
    return 0
}

# Inside `dbus-run-session` (see run): gnome-keyring's Secret Service, its login keyring unlocked (made,
# the first time) with a password asked on the terminal, or taken from QUAYSIDE_KEYRING_PASSWORD where there
# is no terminal. gnome-keyring makes no keyring with an empty password. Without a password the secrets have
# nowhere to go, so the sandbox fleet is skipped (the GUI still starts).
unlock_keyring() {
    local password=${QUAYSIDE_KEYRING_PASSWORD:-}
    unset QUAYSIDE_KEYRING_PASSWORD
    if [[ -z $password && -t 0 ]]; then
        read -rsp "quickstart: password of Quayside's keyring (made with it the first time): " password
        printf '\n' >&2
    fi
    if [[ -z $password ]]; then
        say "no keyring password (no terminal to ask on, QUAYSIDE_KEYRING_PASSWORD not set): skipping the fleet"
        QUAYSIDE_NO_FLEET=1
        return 0
    fi
    if [[ -z ${XDG_RUNTIME_DIR:-} || ! -d $XDG_RUNTIME_DIR ]]; then
        XDG_RUNTIME_DIR=$(mktemp -d)
        export XDG_RUNTIME_DIR
    fi
    local variables
    variables=$(printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets)
    eval "$variables"
    export GNOME_KEYRING_CONTROL
}

# This machine's Docker Engine, for the sandbox's servers: started if it does not answer.
start_docker() {
    if docker info >/dev/null 2>&1; then
        return 0
    fi
    if [[ -d /run/systemd/system ]]; then
        say "starting Docker (systemctl start docker)"
        systemctl start docker
    else
        say "starting dockerd in the background (log: /var/log/quayside-dockerd.log)"
        nohup dockerd >/var/log/quayside-dockerd.log 2>&1 &
    fi
    for _ in $(seq 60); do
        if docker info >/dev/null 2>&1; then
            return 0
        fi
        sleep 1
    done
    say "the Docker Engine did not answer within a minute; see /var/log/quayside-dockerd.log"
    exit 1
}

# quayside-sandbox on 127.0.0.1:8770, started in the background unless it answers already; it keeps running
# after this script (stop it with: kill "$(cat "$SANDBOX_DATA/quayside-sandbox.pid")").
SANDBOX_DATA=${XDG_DATA_HOME:-$HOME/.local/share}/quayside/sandbox
start_sandbox() {
    if (exec 3<>/dev/tcp/127.0.0.1/8770) 2>/dev/null; then
        say "the sandbox answers on 127.0.0.1:8770 already"
        return 0
    fi
    mkdir -p "$SANDBOX_DATA"
    # Its servers' image is made once from Debian's packages (debootstrap, a few minutes).
    build/release/src/quayside-sandbox --prepare-image
    say "starting quayside-sandbox (log: $SANDBOX_DATA/quayside-sandbox.log)"
    nohup build/release/src/quayside-sandbox >"$SANDBOX_DATA/quayside-sandbox.log" 2>&1 &
    echo $! >"$SANDBOX_DATA/quayside-sandbox.pid"
    for _ in $(seq 30); do
        if (exec 3<>/dev/tcp/127.0.0.1/8770) 2>/dev/null; then
            return 0
        fi
        sleep 1
    done
    say "the sandbox did not start; see $SANDBOX_DATA/quayside-sandbox.log"
    exit 1
}

build() {
    local preset=$1
    shift
    local targets=()
    if (($#)); then
        targets=(--target "$@")
    fi
    # Configure once; afterwards ninja re-runs CMake by itself when a CMakeLists.txt changes.
    if [[ ! -f build/$preset/build.ninja ]]; then
        cmake --preset "$preset"
    fi
    cmake --build --preset "$preset" "${targets[@]}"
}

case "${1:-}" in
run | session)
    if [[ $1 == run ]]; then
        shift
        install_missing
        build release quayside quaysidectl quayside-sandbox
        # Quayside keeps its secrets (the fleet's certificate keys, cloud passwords) in the Secret Service.
        # Without a desktop session there is none: run the rest in a D-Bus session of its own with
        # gnome-keyring.
        if [[ -z ${DBUS_SESSION_BUS_ADDRESS:-} ]]; then
            say "no desktop session: starting a D-Bus session with gnome-keyring for Quayside's secrets"
            exec dbus-run-session -- bash "$0" session "$@"
        fi
    else
        shift
        unlock_keyring
    fi
    # The sandbox cloud (servers are containers on this machine's Docker Engine) and a fleet on it: the
    # seed's architecture, ending with the address where nginx serves Tomcat. QUAYSIDE_NO_FLEET=1 skips it.
    if [[ -z ${QUAYSIDE_NO_FLEET:-} ]]; then
        start_docker
        start_sandbox
        say "setting up the fleet on the sandbox (quaysidectl up; the first time takes several minutes)"
        build/release/src/quaysidectl up
    fi
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        say "no display found: starting Quayside on a virtual X display (Xvfb, 1280x800)"
        exec xvfb-run -a -s "-screen 0 1280x800x24" build/release/src/quayside "$@"
    fi
    exec build/release/src/quayside "$@"
    ;;
test)
    install_missing
    # The disposable cloud server of the provisioning tests, prepared once per machine (about two minutes).
    bash tests/host-image/prepare.sh
    build ci
    # Benchmarks first, with their output, so that the log carries the figures; then everything else.
    ctest --preset ci --label-regex benchmark --verbose
    exec ctest --preset ci --label-exclude benchmark
    ;;
*)
    say "usage: bash quickstart.sh run|test"
    exit 2
    ;;
esac
