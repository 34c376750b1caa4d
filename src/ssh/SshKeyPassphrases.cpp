#include "ssh/SshKeyPassphrases.h"

#include "core/Guarded.h"
#include "secrets/SecretStore.h"

#include <QFile>

namespace quayside {

SshKeyPassphrases::SshKeyPassphrases(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{}

QString SshKeyPassphrases::secretKeyFor(const QString &fingerprint)
{
    return QStringLiteral("quayside/ssh-passphrase/") + fingerprint;
}

Result<QString> SshKeyPassphrases::fingerprintOf(const QString &path) const
{
    const auto publicKey = SshKey::fromPublicKeyFile(path + QStringLiteral(".pub"));
    if (!publicKey)
        return Error{Error::Kind::NotFound, 0,
                     tr("%1 has no public key beside it (%1.pub), so Quayside cannot keep its passphrase. Make "
                        "one with ssh-keygen -y -f %1 > %1.pub.")
                         .arg(path)};
    return publicKey.value().fingerprint();
}

void SshKeyPassphrases::load(const QString &path, QObject *context, Callback<SshKey> done)
{
    auto finish = guarded<SshKey>(context, std::move(done));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SshKey::fromPrivateKeyFileAsync(path, {}, this, finish); // says why, in its own words
        return;
    }
    if (!SshKey::isEncryptedPrivateKey(file.readAll())) {
        SshKey::fromPrivateKeyFileAsync(path, {}, this, finish);
        return;
    }
    const auto fingerprint = fingerprintOf(path);
    if (!fingerprint || !m_secrets) {
        finish(Error{Error::Kind::Unauthorized, 0, tr("%1 is protected by a passphrase: enter it.").arg(path)});
        return;
    }
    m_secrets->read(secretKeyFor(fingerprint.value()), this, [this, path, finish](const Result<QByteArray> &kept) {
        if (!kept) {
            finish(Error{Error::Kind::Unauthorized, 0, tr("%1 is protected by a passphrase: enter it.").arg(path)});
            return;
        }
        SshKey::fromPrivateKeyFileAsync(path, kept.value(), this, [path, finish](const Result<SshKey> &key) {
            if (!key && key.error().kind == Error::Kind::Unauthorized)
                finish(Error{Error::Kind::Unauthorized, 0,
                             tr("The passphrase kept for %1 no longer opens it: enter the new one.").arg(path)});
            else
                finish(key);
        });
    });
}

void SshKeyPassphrases::loadWith(const QString &path, const QByteArray &passphrase, bool remember, QObject *context,
                                 Callback<SshKey> done)
{
    auto finish = guarded<SshKey>(context, std::move(done));
    SshKey::fromPrivateKeyFileAsync(path, passphrase, this,
                                    [this, path, passphrase, remember, finish](const Result<SshKey> &key) {
                                        if (!key || !remember || !m_secrets) {
                                            finish(key);
                                            return;
                                        }
                                        const auto fingerprint = fingerprintOf(path);
                                        if (!fingerprint) {
                                            finish(fingerprint.error());
                                            return;
                                        }
                                        m_secrets->write(secretKeyFor(fingerprint.value()), passphrase, this,
                                                         [key, finish](const Result<void> &kept) {
                                                             if (!kept)
                                                                 finish(kept.error());
                                                             else
                                                                 finish(key);
                                                         });
                                    });
}

void SshKeyPassphrases::forget(const QString &path, QObject *context, Callback<void> done)
{
    auto finish = guarded<void>(context, std::move(done));
    const auto fingerprint = fingerprintOf(path);
    if (!fingerprint || !m_secrets) {
        finish(fingerprint ? Result<void>() : Result<void>(fingerprint.error()));
        return;
    }
    m_secrets->remove(secretKeyFor(fingerprint.value()), this, finish);
}

} // namespace quayside
