#pragma once

#include "ssh/SshKey.h"

#include <QCoreApplication>
#include <QPointer>

namespace quayside {

class SecretStore;

// Passphrases of the user's own SSH keys (~/.ssh/id_ed25519 and the like), kept in the keychain when the
// user agrees, so Quayside can use an encrypted key without asking every time. A passphrase is kept under
// the key's fingerprint (read from its .pub file), so it follows the key, not the file's name.
class SshKeyPassphrases : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    explicit SshKeyPassphrases(SecretStore *secrets, QObject *parent = nullptr);

    static QString secretKeyFor(const QString &fingerprint);

    // Loads the private key at `path`: as it is when it has no passphrase, else with the kept one. Without
    // a kept passphrase (or with one that no longer fits) it fails with Unauthorized: ask the user, then
    // call loadWith.
    void load(const QString &path, QObject *context, Callback<SshKey> done);
    // Loads with the passphrase the user typed; `remember` keeps it in the keychain once it proved right.
    void loadWith(const QString &path, const QByteArray &passphrase, bool remember, QObject *context,
                  Callback<SshKey> done);
    void forget(const QString &path, QObject *context, Callback<void> done);

private:
    Result<QString> fingerprintOf(const QString &path) const;

    QPointer<SecretStore> m_secrets;
};

} // namespace quayside
