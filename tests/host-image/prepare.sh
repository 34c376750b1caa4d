#!/usr/bin/env bash
# Prepares, once per machine, what the provisioning tests need to stand up a disposable cloud server
# without reaching the internet at test time:
#   $CACHE/rootfs.tar      the sandbox's host root file system, made by resources/sandbox/make-host-rootfs.sh
#                          (the script quayside-sandbox runs for its own host image) and booted by
#                          resources/sandbox/quayside-boot
#   $CACHE/sandbox-image   the name quayside-sandbox gives that image (quayside-sandbox/host:<first 12 hex
#                          digits of the SHA-256 of the two files>), which the tests tag it with
#   $CACHE/repo/           a flat apt repository with docker.io, ufw, nginx, tomcat10 and what they need on
#                          top of a plain Debian 12 minbase (the Tomcat image's base), which the tests serve on
#                          their own bridge so the recipes' apt-get finds them there
# It downloads from the machine's Debian mirror (like the rest of the setup) and is idempotent: a cache
# that is complete is left alone. Run as root; quickstart.sh test runs it.
set -euo pipefail
CACHE=${QUAYSIDE_TEST_HOST_CACHE:-/var/cache/quayside-test/host-bookworm}
HERE=$(dirname "$(readlink -f "$0")")
SANDBOX=$(readlink -f "$HERE/../../resources/sandbox")
# The cache is keyed by what makes it (these files' contents, wherever the checkout is).
stamp=$(cat "$SANDBOX/make-host-rootfs.sh" "$SANDBOX/quayside-boot" "$HERE/prepare.sh" | sha256sum | cut -d' ' -f1)
image=quayside-sandbox/host:$(cat "$SANDBOX/make-host-rootfs.sh" "$SANDBOX/quayside-boot" | sha256sum | cut -c1-12)
mkdir -p "${CACHE%/*}"
# One preparation at a time per machine; a second run waits, then finds the cache complete.
exec 9>"${CACHE%/*}/.prepare.lock"
flock 9
if [[ -f $CACHE/complete && $(cat "$CACHE/complete") == "$stamp" ]]; then
    exit 0
fi
say() { printf 'host-image: %s\n' "$*" >&2; }

work=$(mktemp -d "${CACHE%/*}/.prepare.XXXXXX")
base=$work/base
trap 'umount "$base/proc" 2>/dev/null || true; rm -rf "$work"' EXIT
bash "$SANDBOX/make-host-rootfs.sh" "$work/rootfs.tar"

say "downloading docker.io, ufw, nginx, tomcat10 and their dependencies into a local repository"
# Into the plain Debian the image carries for Tomcat's base: what it lacks is a superset of what the
# host itself lacks.
mkdir -p "$base"
tar -xOf "$work/rootfs.tar" ./var/lib/quayside-sandbox/debian-bookworm.tar.gz | tar -C "$base" -xz
mount -t proc proc "$base/proc"
cp /etc/resolv.conf "$base/etc/resolv.conf"
# A clean environment inside: nothing of this machine's (TMPDIR, say) leaks into apt.
in_base() { chroot "$base" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 "$@"; }
in_base apt-get -q update >"$work/update.log" 2>&1 || { tail -20 "$work/update.log" >&2; exit 1; }
in_base apt-get -q clean
in_base env DEBIAN_FRONTEND=noninteractive apt-get -q -y --no-install-recommends \
    install --download-only docker.io ufw nginx tomcat10 >"$work/download.log" 2>&1 || { tail -20 "$work/download.log" >&2; exit 1; }
umount "$base/proc"
mkdir -p "$work/repo"
mv "$base/var/cache/apt/archives/"*.deb "$work/repo/"
(cd "$work/repo" && dpkg-scanpackages --multiversion . /dev/null >Packages 2>/dev/null && gzip -9 -k Packages)

rm -rf "$CACHE.old"
[[ -d $CACHE ]] && mv "$CACHE" "$CACHE.old"
mkdir -p "$CACHE"
mv "$work/rootfs.tar" "$CACHE/rootfs.tar"
mv "$work/repo" "$CACHE/repo"
printf '%s\n' "$image" >"$CACHE/sandbox-image"
rm -rf "$CACHE.old"
printf '%s\n' "$stamp" >"$CACHE/complete"
say "ready in $CACHE ($(du -sh "$CACHE" | cut -f1))"
