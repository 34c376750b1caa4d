# Waits for cloud-init to finish its first boot, so that package installs do not race with it.
# QUAYSIDE_MODE: check | apply
set -eu
if ! command -v cloud-init >/dev/null 2>&1; then
    exit 0 # an image without cloud-init has nothing to wait for
fi
if [ "$QUAYSIDE_MODE" = check ]; then
    cloud-init status 2>/dev/null | grep -Eq 'status: (done|disabled)'
else
    cloud-init status --wait >/dev/null 2>&1 || true
    cloud-init status --long >&2 || true
fi
