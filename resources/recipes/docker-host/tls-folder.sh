# The folder for the host's Docker TLS material.
# QUAYSIDE_MODE: check | apply
set -eu
if [ "$QUAYSIDE_MODE" = check ]; then
    [ -d "$TLS_DIR" ]
else
    install -d -m 0755 "$TLS_DIR"
fi
