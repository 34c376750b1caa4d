#!/usr/bin/env bash
# Quayside's quick start on Debian 12, as root (or with sudo):
#   bash quickstart.sh run    install what is missing, build (release preset), start Quayside
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
run)
    shift
    install_missing
    build release quayside
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
