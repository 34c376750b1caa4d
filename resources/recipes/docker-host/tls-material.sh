# The fleet's CA certificate and this host's server certificate and key, as Quayside issued them: the
# files are uploaded before the apply runs; the check compares their digests with what was issued.
# QUAYSIDE_MODE: check | apply
set -eu
matches() {
    [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$2" ]
}
if [ "$QUAYSIDE_MODE" = check ]; then
    matches "$TLS_DIR/ca.pem" "$CA_SHA256" &&
        matches "$TLS_DIR/server-cert.pem" "$CERT_SHA256" &&
        matches "$TLS_DIR/server-key.pem" "$KEY_SHA256"
    exit
fi
chmod 0644 "$TLS_DIR/ca.pem" "$TLS_DIR/server-cert.pem"
chmod 0600 "$TLS_DIR/server-key.pem"
