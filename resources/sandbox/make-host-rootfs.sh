#!/usr/bin/env bash
# Makes the root file system of quayside-sandbox's host image (and of the tests' cloud server) from Debian's
# packages, with debootstrap: no registry involved.
#   make-host-rootfs.sh OUTPUT.tar [MIRROR]
# MIRROR defaults to the Debian mirror this machine's apt uses. Run as root (debootstrap needs it). OUTPUT.tar
# appears only when everything worked; a failure, or SIGTERM, leaves nothing behind (work happens in a
# folder beside OUTPUT.tar). Its progress goes to stderr, a line per stage.
#
# What the root file system holds:
#   - Debian 12 (minbase) with openssh-server, iproute2, procps, ca-certificates, tini and sudo; apt's
#     sources name MIRROR, so apt works on a server as on a fresh cloud image;
#   - /usr/local/sbin/quayside-boot (the file beside this script), the first boot, run under tini as the
#     image's entry point;
#   - the user "debian" with sudo without a password, as cloud images other than Rackspace's log in;
#   - /var/lib/quayside-sandbox/debian-bookworm.tar.gz: a plain Debian 12 minbase root file system as a
#     gzipped tar, for `docker import` on a server as the base of the Tomcat image, the stand-in for
#     debian:bookworm-slim where no registry is reachable. Quayside names this path in
#     DockerSandboxBackend::baseImageTarPath(); keep the two alike.
set -euo pipefail

say() { printf 'host image: %s\n' "$*" >&2; }
die() {
    say "$*"
    exit 1
}

if (($# < 1 || $# > 2)); then
    die "usage: make-host-rootfs.sh OUTPUT.tar [MIRROR]"
fi
output=$(readlink -f "$1")
boot=$(dirname "$(readlink -f "$0")")/quayside-boot
[[ -f $boot ]] || die "$boot is missing: it belongs beside this script"
((EUID == 0)) || die "debootstrap needs root: run this as root (or with sudo)"
command -v debootstrap >/dev/null || die "debootstrap is missing: install the Debian package debootstrap"

mirror=${2:-}
if [[ -z $mirror ]]; then
    mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
fi
if [[ -z $mirror ]]; then
    mirror=$(awk '$1 == "deb" && $3 ~ /^bookworm$/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
fi
mirror=${mirror:-http://deb.debian.org/debian}

work=$(mktemp -d "$(dirname "$output")/.host-rootfs.XXXXXX")
root=$work/rootfs
cleanup() {
    if mountpoint -q "$root/proc" 2>/dev/null; then
        umount "$root/proc" || umount -l "$root/proc" || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
# A signal ends the script through its EXIT trap, once the stage running has been stopped too.
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a stage with its output in a log; on failure shows the log's end.
stage() {
    local log=$work/$1.log
    shift
    "$@" >"$log" 2>&1 || {
        tail -n 20 "$log" >&2
        die "failed: $*"
    }
}

# Runs a command inside the new root with a clean environment: nothing of this machine's (TMPDIR, say)
# leaks into the packages' scripts.
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

# What no image should carry: package lists, downloaded packages, the build machine's name and resolver.
tidy() {
    rm -rf "$root/var/lib/apt/lists/"* "$root/var/cache/apt/"*.bin "$root/var/cache/apt/archives/"*.deb
    : >"$root/etc/resolv.conf"
    : >"$root/etc/hostname"
    chmod 0644 "$root/etc/resolv.conf" "$root/etc/hostname"
}

say "debootstrap of Debian 12 (minbase) from $mirror, about a minute"
stage debootstrap debootstrap --variant=minbase bookworm "$root" "$mirror"

say "packing the plain Debian 12 root file system (the base image for Tomcat)"
tidy
tar -C "$root" --numeric-owner -czf "$work/debian-bookworm.tar.gz" .

say "installing openssh-server, iproute2, procps, ca-certificates, tini and sudo"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# No service may start inside the chroot (sshd would listen on this machine).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 0755 "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
stage update in_root apt-get -q update
stage install in_root apt-get -q -y --no-install-recommends install \
    openssh-server iproute2 procps ca-certificates tini sudo
in_root apt-get -q clean
umount "$root/proc"
rm -f "$root/usr/sbin/policy-rc.d"

say "making it boot as a cloud server"
tidy
install -d -m 0755 "$root/var/lib/quayside-sandbox"
install -m 0644 "$work/debian-bookworm.tar.gz" "$root/var/lib/quayside-sandbox/debian-bookworm.tar.gz"
# A cloud image carries no host keys: each server makes its own at first boot.
rm -f "$root/etc/ssh/ssh_host_"*
install -m 0755 "$boot" "$root/usr/local/sbin/quayside-boot"
in_root useradd --create-home --shell /bin/sh debian
printf 'debian ALL=(ALL) NOPASSWD:ALL\n' >"$root/etc/sudoers.d/debian"
chmod 0440 "$root/etc/sudoers.d/debian"
# A container cannot raise rlimits, and Debian's init script for docker mounts cgroups for the whole machine
# unless fstab mentions cgroup: both lines keep a Docker Engine installed later to its own container.
# shellcheck disable=SC2016 # written as it is, for the init script to read
printf 'ulimit() { command ulimit "$@" 2>/dev/null || true; }\n' >"$root/etc/default/docker"
printf 'cgroup /sys/fs/cgroup tmpfs noauto 0 0\n' >>"$root/etc/fstab"

say "packing the host's root file system"
tar -C "$root" --numeric-owner -cf "$work/rootfs.tar" .
mv "$work/rootfs.tar" "$output"
say "made $output ($(du -h "$output" | cut -f1))"
