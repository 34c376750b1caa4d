#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

// libssh's key type (ssh_key is a pointer to it); only SshKey.cpp and the session code include libssh.
struct ssh_key_struct;

namespace quayside {

// A key pair found in a folder such as ~/.ssh, described from its .pub file without reading the private key
// (which may need a passphrase), for the UI to offer.
struct SshKeyCandidate
{
    QString privateKeyPath;
    QString publicKeyPath; // empty when there is no .pub beside it
    QString type;          // "ssh-ed25519", from the .pub; empty without one
    QString comment;
    QString fingerprint;    // "SHA256:...", empty without a .pub
    bool encrypted = false; // the private key needs a passphrase
};

// An SSH key: a private key with its public half, or a public key alone (a server's host key, a line of
// authorized_keys). Copies share one immutable libssh key, so an SshKey is cheap to copy and may be read
// from several threads at once.
//
// Generating (RSA above all) and reading or writing a passphrase-protected key take noticeable time: on the
// GUI thread use the *Async variants, which work on a pool thread and answer on the context's thread (not at
// all once the context is gone). Passphrases come from and go to the SecretStore; this class never keeps,
// logs or writes them anywhere but into the encrypted key itself.
class SshKey
{
    Q_DECLARE_TR_FUNCTIONS(SshKey)

public:
    enum class Algorithm { Ed25519, Rsa4096 };
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    SshKey() = default;

    bool isNull() const { return !m_key; }
    bool isPrivate() const;
    // The key's type as OpenSSH names it: "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256".
    QString typeName() const;
    QString comment() const { return m_comment; }
    void setComment(const QString &comment);

    static Result<SshKey> generate(Algorithm algorithm, const QString &comment);
    // A private key in OpenSSH or PEM format. An encrypted key without or with the wrong passphrase is
    // refused with Unauthorized; a missing or unreadable file is Io. The comment comes from the .pub beside
    // the file when that holds the same key, else it is the file's name.
    static Result<SshKey> fromPrivateKeyFile(const QString &path, const QByteArray &passphrase = {});
    // The same from the text of a key (as kept in the SecretStore); `name` says which key in messages.
    static Result<SshKey> fromPrivateKeyText(const QByteArray &text, const QByteArray &passphrase, const QString &name);
    // One OpenSSH public key line, "ssh-ed25519 AAAA... comment".
    static Result<SshKey> fromPublicKeyLine(const QString &line);
    static Result<SshKey> fromPublicKeyFile(const QString &path);

    // The public half alone (the same key when it is public already).
    SshKey publicKey() const;
    // "ssh-ed25519 AAAA... comment" (no comment part when the comment is empty), for Nova key pairs and
    // authorized_keys.
    QString publicKeyLine() const;
    // The key in SSH wire format, the bytes the base64 part of publicKeyLine() encodes.
    QByteArray publicKeyBlob() const;
    // "SHA256:<base64 without padding>", as `ssh-keygen -l` prints it.
    QString fingerprint() const;
    static QString fingerprintOfBlob(const QByteArray &blob);
    bool hasSamePublicKey(const SshKey &other) const;

    // The private key as text, encrypted when `passphrase` is not empty: OpenSSH format for ed25519, PEM for
    // RSA and ECDSA (what libssh 0.10 writes; ssh and ssh-keygen read both).
    Result<QByteArray> privateKeyText(const QByteArray &passphrase = {}) const;
    // Writes privateKeyText() with mode 0600, all at once or not at all.
    Result<void> writePrivateKeyFile(const QString &path, const QByteArray &passphrase = {}) const;
    // Writes publicKeyLine() and a newline with mode 0644.
    Result<void> writePublicKeyFile(const QString &path) const;

    static void generateAsync(Algorithm algorithm, const QString &comment, QObject *context, Callback<SshKey> done);
    static void fromPrivateKeyFileAsync(const QString &path, const QByteArray &passphrase, QObject *context,
                                        Callback<SshKey> done);
    void writePrivateKeyFileAsync(const QString &path, const QByteArray &passphrase, QObject *context,
                                  Callback<void> done) const;

    // ~/.ssh
    static QString defaultFolder();
    // id_ed25519, id_rsa and id_ecdsa in `folder`, in that order, those that exist.
    static QList<SshKeyCandidate> candidates(const QString &folder = defaultFolder());
    // Whether the text of a private key (OpenSSH or PEM) is protected by a passphrase.
    static bool isEncryptedPrivateKey(const QByteArray &text);

    // The libssh key, for the session code. Owned by this object and its copies.
    ssh_key_struct *handle() const { return m_key.get(); }
    // Takes ownership of a key libssh made (a server's host key), for the session code.
    static SshKey adopt(ssh_key_struct *key);

private:
    explicit SshKey(ssh_key_struct *key, QString comment = {});

    std::shared_ptr<ssh_key_struct> m_key;
    QString m_comment;
};

} // namespace quayside
