#include "secrets/KeychainSecretStore.h"

#include "core/Logging.h"

#include <qt6keychain/keychain.h>

namespace quayside {

namespace {

// Runs the handler when the job finishes, unless the caller's context is gone by then.
template<typename Job, typename Handler>
void startJob(Job *job, const QString &key, QObject *context, Handler handler)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    // Connected with the context as receiver: Qt drops the call if the context is destroyed first.
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [handler](QKeychain::Job *finished) { handler(*static_cast<Job *>(finished)); });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QStringLiteral("Quayside"), parent)
{}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

Error KeychainSecretStore::toError(const QKeychain::Job &job, const QString &key)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error{Error::Kind::NotFound, 0, tr("The keychain holds no entry \"%1\".").arg(key)};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error{Error::Kind::Secrets, 0,
                     tr("The keychain refused access to \"%1\" (%2). Unlock the keychain and try again.")
                         .arg(key, job.errorString())};
    case QKeychain::NoBackendAvailable:
        return Error{Error::Kind::Secrets, 0,
                     tr("No system keychain is available (%1). Quayside keeps passwords and keys only in a "
                        "keychain: start gnome-keyring or KWallet in your desktop session and try again.")
                         .arg(job.errorString())};
    default: return Error{Error::Kind::Secrets, 0, tr("The keychain failed on \"%1\": %2").arg(key, job.errorString())};
    }
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, QObject *context, DoneCallback done)
{
    if (!isValidKey(key)) {
        done(invalidKeyError(key));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setBinaryData(secret);
    startJob(job, key, context, [key, done](const QKeychain::WritePasswordJob &finished) {
        if (finished.error() != QKeychain::NoError) {
            qCWarning(lcSecrets) << "write failed for" << key << finished.errorString();
            done(toError(finished, key));
            return;
        }
        qCDebug(lcSecrets) << "stored" << key;
        done(Result<void>());
    });
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    if (!isValidKey(key)) {
        done(invalidKeyError(key));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    startJob(job, key, context, [key, done](const QKeychain::ReadPasswordJob &finished) {
        if (finished.error() != QKeychain::NoError) {
            done(toError(finished, key));
            return;
        }
        done(finished.binaryData());
    });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    if (!isValidKey(key)) {
        done(invalidKeyError(key));
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    startJob(job, key, context, [key, done](const QKeychain::DeletePasswordJob &finished) {
        if (finished.error() != QKeychain::NoError && finished.error() != QKeychain::EntryNotFound) {
            done(toError(finished, key));
            return;
        }
        done(Result<void>());
    });
}

} // namespace quayside
