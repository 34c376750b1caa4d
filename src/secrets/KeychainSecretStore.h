#pragma once

#include "secrets/SecretStore.h"

namespace QKeychain {
class Job;
}

namespace quayside {

// SecretStore on the desktop's keychain through QtKeychain (the Secret Service, i.e. gnome-keyring or
// KWallet, on Linux). The insecure plain-file fallback stays off: without a keychain, calls fail with
// Error::Kind::Secrets and a message saying how to get one.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    // The keychain "service" every entry is filed under; tests may use their own to stay apart.
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    void write(const QString &key, const QByteArray &secret, QObject *context, DoneCallback done) override;
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;

    QString service() const { return m_service; }

private:
    static Error toError(const QKeychain::Job &job, const QString &key);

    QString m_service;
};

} // namespace quayside
