#!/usr/bin/env bash
# Prepares, once per machine, what the provisioning tests need to stand up a disposable cloud server
# without reaching the internet at test time:
#   $CACHE/rootfs.tar   a Debian 12 minbase root file system with sshd and tini, booted by quayside-boot
#   $CACHE/repo/        a flat apt repository with docker.io, ufw, nginx, tomcat10 and what they need, which the tests
#                       serve on their own bridge so the recipes' apt-get finds them there
# It downloads from the machine's Debian mirror (like the rest of the setup) and is idempotent: a cache
# that is complete is left alone. Run as root; quickstart.sh test runs it.
set -euo pipefail
CACHE=${QUAYSIDE_TEST_HOST_CACHE:-/var/cache/quayside-test/host-bookworm}
HERE=$(dirname "$(readlink -f "$0")")
# The cache is keyed by what makes it (these two files' contents, wherever the checkout is).
stamp=$(cat "$HERE/quayside-boot" "$HERE/prepare.sh" | sha256sum | cut -d' ' -f1)
mkdir -p "${CACHE%/*}"
# One preparation at a time per machine; a second run waits, then finds the cache complete.
exec 9>"${CACHE%/*}/.prepare.lock"
flock 9
if [[ -f $CACHE/complete && $(cat "$CACHE/complete") == "$stamp" ]]; then
    exit 0
fi
say() { printf 'host-image: %s\n' "$*" >&2; }

mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
if [[ -z $mirror ]]; then
    mirror=$(awk '$1 == "deb" && $3 ~ /^bookworm$/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
fi
mirror=${mirror:-http://deb.debian.org/debian}

work=$(mktemp -d "${CACHE%/*}/.prepare.XXXXXX")
trap 'umount "$work/rootfs/proc" 2>/dev/null || true; rm -rf "$work"' EXIT
say "debootstrap of Debian 12 from $mirror (about a minute)"
debootstrap --variant=minbase --include=openssh-server,iproute2,procps,ca-certificates,tini,sudo \
    bookworm "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log" >&2; exit 1; }

say "downloading docker.io, ufw, nginx, tomcat10 and their dependencies into a local repository"
mount -t proc proc "$work/rootfs/proc"
cp /etc/resolv.conf "$work/rootfs/etc/resolv.conf"
chroot "$work/rootfs" apt-get -q update >"$work/update.log" 2>&1 || { tail -20 "$work/update.log" >&2; exit 1; }
chroot "$work/rootfs" apt-get -q clean
chroot "$work/rootfs" env DEBIAN_FRONTEND=noninteractive apt-get -q -y --no-install-recommends \
    install --download-only docker.io ufw nginx tomcat10 >"$work/download.log" 2>&1 || { tail -20 "$work/download.log" >&2; exit 1; }
umount "$work/rootfs/proc"
mkdir -p "$work/repo"
mv "$work/rootfs/var/cache/apt/archives/"*.deb "$work/repo/"
(cd "$work/repo" && dpkg-scanpackages --multiversion . /dev/null >Packages 2>/dev/null && gzip -9 -k Packages)

say "making the root file system bootable in a container"
# A cloud image carries no host keys (each server makes its own at first boot) and no package lists.
rm -f "$work/rootfs/etc/ssh/ssh_host_"*
rm -rf "$work/rootfs/var/lib/apt/lists/"*
install -m 0755 "$HERE/quayside-boot" "$work/rootfs/usr/local/sbin/quayside-boot"
# Cloud images other than Rackspace's log in as an ordinary user with sudo, as "debian" does here.
chroot "$work/rootfs" useradd --create-home --shell /bin/sh debian
printf 'debian ALL=(ALL) NOPASSWD:ALL\n' >"$work/rootfs/etc/sudoers.d/debian"
chmod 0440 "$work/rootfs/etc/sudoers.d/debian"
# The VM under the tests cannot raise rlimits, and Debian's init script for docker mounts cgroups for the
# whole machine unless fstab mentions cgroup: both lines keep the inner Docker to its container.
printf 'ulimit() { command ulimit "$@" 2>/dev/null || true; }\n' >"$work/rootfs/etc/default/docker"
printf 'cgroup /sys/fs/cgroup tmpfs noauto 0 0\n' >>"$work/rootfs/etc/fstab"
tar -C "$work/rootfs" -cf "$work/rootfs.tar" .

rm -rf "$CACHE.old"
[[ -d $CACHE ]] && mv "$CACHE" "$CACHE.old"
mkdir -p "$CACHE"
mv "$work/rootfs.tar" "$CACHE/rootfs.tar"
mv "$work/repo" "$CACHE/repo"
rm -rf "$CACHE.old"
printf '%s\n' "$stamp" >"$CACHE/complete"
say "ready in $CACHE ($(du -sh "$CACHE" | cut -f1))"
