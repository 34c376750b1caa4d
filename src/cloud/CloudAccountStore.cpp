#include "cloud/CloudAccountStore.h"

#include "core/Logging.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QHash>
#include <QSettings>

#include <algorithm>

namespace quayside {

namespace {

const QString kGroup = QStringLiteral("cloudAccounts");
const QString kAccounts = QStringLiteral("cloudAccounts/accounts");
const QString kSecretKeys = QStringLiteral("cloudAccounts/secretKeys");
const QString kFormat = QStringLiteral("cloudAccounts/format");
constexpr int kFormatVersion = 1;
constexpr int kMaxFieldLength = 255;
constexpr int kMaxNameLength = 200;

// Runs `done` only while `context` lives, as every asynchronous call in Quayside promises.
template<typename T>
std::function<void(const Result<T> &)> guarded(QObject *context, std::function<void(const Result<T> &)> done)
{
    return [guard = QPointer<QObject>(context), done = std::move(done)](const Result<T> &result) {
        if (guard && done)
            done(result);
    };
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

// Text from outside (a hand-edited file, an import) shown in a message: one line, not too long.
QString printable(const QString &text)
{
    QString shown = text.left(64);
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char('?');
    }
    return shown;
}

QString methodName(CloudAuthMethod method)
{
    return CloudAccount::secretKind(method);
}

std::optional<CloudAuthMethod> methodFromName(const QString &name)
{
    for (const CloudAuthMethod method :
         {CloudAuthMethod::RackspaceApiKey, CloudAuthMethod::KeystoneV2Password, CloudAuthMethod::KeystoneV3Password,
          CloudAuthMethod::KeystoneV3ApplicationCredential}) {
        if (methodName(method) == name)
            return method;
    }
    return std::nullopt;
}

QString accountKey(const QString &id, const QString &field)
{
    return kAccounts + QLatin1Char('/') + id + QLatin1Char('/') + field;
}

// The account id a keychain entry quayside/<kind>/<host>/<id> belongs to.
QString idOfKey(const QString &key)
{
    return key.section(QLatin1Char('/'), -1);
}

} // namespace

CloudAccountStore::CloudAccountStore(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{}

CloudAccountStore::CloudAccountStore(const QString &settingsPath, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_ownSettings(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat))
    , m_settings(m_ownSettings.get())
    , m_secrets(secrets)
{}

CloudAccountStore::~CloudAccountStore() = default;

QString CloudAccountStore::secretName(CloudAuthMethod method)
{
    switch (method) {
    case CloudAuthMethod::RackspaceApiKey: return tr("API key");
    case CloudAuthMethod::KeystoneV2Password:
    case CloudAuthMethod::KeystoneV3Password: return tr("password");
    case CloudAuthMethod::KeystoneV3ApplicationCredential: return tr("application credential secret");
    }
    return tr("secret");
}

QString CloudAccountStore::secretObject(CloudAuthMethod method)
{
    switch (method) {
    //: The object of a sentence such as "Enter %1 again": translate with the article the sentence needs.
    case CloudAuthMethod::RackspaceApiKey: return tr("the API key");
    case CloudAuthMethod::KeystoneV2Password:
    //: The object of a sentence such as "Enter %1 again": translate with the article the sentence needs.
    case CloudAuthMethod::KeystoneV3Password: return tr("the password");
    //: The object of a sentence such as "Enter %1 again": translate with the article the sentence needs.
    case CloudAuthMethod::KeystoneV3ApplicationCredential: return tr("the application credential secret");
    }
    //: The object of a sentence such as "Enter %1 again": translate with the article the sentence needs.
    return tr("the secret");
}

bool CloudAccountStore::isAllowedAuthUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    // The sandbox cloud and the tests serve plain http on loopback; nothing leaves the machine there.
    const QString host = url.host().toLower();
    return scheme == QLatin1String("http") &&
           (host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") || host == QLatin1String("localhost"));
}

Result<void> CloudAccountStore::validate(const CloudAccount &account)
{
    const auto invalid = [](const QString &message) { return Error{Error::Kind::InvalidInput, 0, message}; };
    if (!CloudAccount::isValidId(account.id))
        return invalid(tr("\"%1\" cannot be the id of a cloud account: use 1 to 64 of the characters a-z, 0-9, "
                          "'-' and '_'.")
                           .arg(printable(account.id)));
    if (account.displayName.trimmed().isEmpty())
        return invalid(tr("The account has no name. Give it a name that tells it apart from your other accounts."));
    if (account.displayName.size() > kMaxNameLength || hasControlCharacters(account.displayName))
        return invalid(tr("The account's name is too long or holds control characters. Use at most %1 printable "
                          "characters.")
                           .arg(kMaxNameLength));

    const QUrl &url = account.authUrl;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return invalid(tr("The identity URL is missing or not valid. Give the https:// address of the cloud's identity "
                          "service (Keystone), for example https://keystone.example.com:5000/v3."));
    // Never repeat the URL here: it may hold a password.
    if (!url.userInfo().isEmpty())
        return invalid(tr("The identity URL holds a user name or password. Remove them from the URL: Quayside keeps "
                          "the password in the keychain."));
    if (url.hasQuery() || url.hasFragment())
        return invalid(tr("The identity URL has a query or fragment (a part after \"?\" or \"#\"). Give only the "
                          "address of the identity service."));
    if (!isAllowedAuthUrl(url))
        return invalid(tr("The identity URL uses plain http to %1, where the password could be read on the way. "
                          "Use the cloud's https:// address (plain http is allowed only to this computer).")
                           .arg(url.host()));

    const std::pair<QString, const QString *> fields[] = {
        {tr("region"), &account.region},
        {tr("user name"), &account.userName},
        {tr("user id"), &account.userId},
        {tr("user domain name"), &account.userDomainName},
        {tr("user domain id"), &account.userDomainId},
        {tr("project name"), &account.projectName},
        {tr("project id"), &account.projectId},
        {tr("project domain name"), &account.projectDomainName},
        {tr("project domain id"), &account.projectDomainId},
        {tr("application credential id"), &account.applicationCredentialId},
        {tr("application credential name"), &account.applicationCredentialName},
    };
    for (const auto &[label, value] : fields) {
        if (value->size() > kMaxFieldLength || hasControlCharacters(*value))
            return invalid(tr("The %1 is too long or holds control characters: use at most %2 printable characters.")
                               .arg(label, QString::number(kMaxFieldLength)));
    }

    const bool hasUserDomain = !account.userDomainName.isEmpty() || !account.userDomainId.isEmpty();
    const bool hasProjectDomain = !account.projectDomainName.isEmpty() || !account.projectDomainId.isEmpty();
    const bool hasUser = !account.userId.isEmpty() || !account.userName.isEmpty();
    const bool hasProject = !account.projectId.isEmpty() || !account.projectName.isEmpty();
    const auto noUser = [&] { return invalid(tr("No user is given: give the user name or the user id.")); };
    const auto noProject = [&] {
        return invalid(tr("No project is given: give the project (tenant) name or id. Quayside creates its servers "
                          "in that project."));
    };
    const auto userNeedsDomain = [&] {
        return invalid(tr("The user name \"%1\" needs its domain: give the user domain name or id (often "
                          "\"Default\"), or give the user id instead.")
                           .arg(account.userName));
    };
    switch (account.method) {
    case CloudAuthMethod::RackspaceApiKey:
        if (account.userName.isEmpty())
            return invalid(tr("No user name is given. Rackspace signs in with the user name and the API key."));
        break;
    case CloudAuthMethod::KeystoneV2Password:
        if (!hasUser)
            return noUser();
        if (!hasProject)
            return noProject();
        break;
    case CloudAuthMethod::KeystoneV3Password:
        if (!hasUser)
            return noUser();
        if (account.userId.isEmpty() && !hasUserDomain)
            return userNeedsDomain();
        if (!hasProject)
            return noProject();
        if (account.projectId.isEmpty() && !hasProjectDomain)
            return invalid(tr("The project name \"%1\" needs its domain: give the project domain name or id (often "
                              "\"Default\"), or give the project id instead.")
                               .arg(account.projectName));
        break;
    case CloudAuthMethod::KeystoneV3ApplicationCredential:
        if (account.applicationCredentialId.isEmpty() && account.applicationCredentialName.isEmpty())
            return invalid(tr("No application credential is given: give its id, or its name together with its "
                              "user."));
        if (account.applicationCredentialId.isEmpty()) {
            if (!hasUser)
                return invalid(tr("The application credential \"%1\" is given by name, which needs its user: give "
                                  "the user id, or the user name with its domain, or give the credential's id.")
                                   .arg(account.applicationCredentialName));
            if (account.userId.isEmpty() && !hasUserDomain)
                return userNeedsDomain();
        }
        break;
    }
    return {};
}

QList<CloudAccount> CloudAccountStore::accounts() const
{
    QList<CloudAccount> found;
    if (!m_settings)
        return found;
    m_settings->beginGroup(kAccounts);
    QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    std::sort(ids.begin(), ids.end());
    for (const QString &id : std::as_const(ids)) {
        const Result<CloudAccount> one = account(id);
        if (one)
            found.append(one.value());
        else
            qCWarning(lcCloud) << "skipping the cloud account entry" << printable(id) << "of" << m_settings->fileName()
                               << ":" << one.error().message;
    }
    return found;
}

bool CloudAccountStore::isIndexed(const QString &id) const
{
    return m_settings && CloudAccount::isValidId(id) && m_settings->contains(accountKey(id, QStringLiteral("method")));
}

Result<CloudAccount> CloudAccountStore::account(const QString &id) const
{
    if (!isIndexed(id))
        return notFound(id);
    const auto text = [&](const char *field) {
        return m_settings->value(accountKey(id, QLatin1String(field))).toString();
    };
    CloudAccount account;
    account.id = id;
    account.displayName = text("displayName");
    const auto method = methodFromName(text("method"));
    const QString interface = text("interface");
    if (!method || (interface != QLatin1String("public") && interface != QLatin1String("internal")))
        return Error{Error::Kind::Protocol, 0,
                     tr("The cloud account \"%1\" in %2 is damaged (unknown sign-in method or interface). Remove "
                        "the account and add it again.")
                         .arg(id, QDir::toNativeSeparators(m_settings->fileName()))};
    account.method = *method;
    account.interface =
        interface == QLatin1String("internal") ? EndpointInterface::Internal : EndpointInterface::Public;
    account.authUrl = QUrl(text("authUrl"), QUrl::StrictMode);
    account.region = text("region");
    account.userName = text("userName");
    account.userId = text("userId");
    account.userDomainName = text("userDomainName");
    account.userDomainId = text("userDomainId");
    account.projectName = text("projectName");
    account.projectId = text("projectId");
    account.projectDomainName = text("projectDomainName");
    account.projectDomainId = text("projectDomainId");
    account.applicationCredentialId = text("applicationCredentialId");
    account.applicationCredentialName = text("applicationCredentialName");
    if (const Result<void> valid = validate(account); !valid)
        return Error{Error::Kind::Protocol, 0,
                     tr("The cloud account \"%1\" in %2 is damaged: %3 Remove the account and add it again.")
                         .arg(id, QDir::toNativeSeparators(m_settings->fileName()), valid.error().message)};
    return account;
}

QStringList CloudAccountStore::storedSecretKeys() const
{
    return m_settings ? m_settings->value(kSecretKeys).toStringList() : QStringList();
}

Error CloudAccountStore::notFound(const QString &id) const
{
    return Error{Error::Kind::NotFound, 0,
                 tr("There is no cloud account \"%1\". It may have been removed meanwhile; reload the list of "
                    "accounts.")
                     .arg(printable(id))};
}

Error CloudAccountStore::refusalBusy(const QString &id) const
{
    return Error{
        Error::Kind::Conflict, 0,
        tr("The cloud account \"%1\" is busy with another change. Wait for it to finish and try again.").arg(id)};
}

Error CloudAccountStore::keychainError(const QString &what, const Error &error) const
{
    return Error{error.kind, error.httpStatus, tr("%1 failed: %2").arg(what, error.message)};
}

Result<void> CloudAccountStore::syncIndex(const QString &what)
{
    // QSettings keeps its values in a cache shared by the whole process: a change that did not reach the disk
    // must leave the cache too, or the program would go on showing what the next start will not find.
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return {};
    return Error{Error::Kind::Io, 0,
                 tr("%1: the list of cloud accounts could not be saved to %2. Check that the disk has room and the "
                    "file is writable, then try again.")
                     .arg(what, QDir::toNativeSeparators(m_settings->fileName()))};
}

namespace {

// Everything under the group, to put back when a change cannot be saved.
QHash<QString, QVariant> snapshot(QSettings &settings)
{
    QHash<QString, QVariant> values;
    settings.beginGroup(kGroup);
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys)
        values.insert(key, settings.value(key));
    settings.endGroup();
    return values;
}

void restore(QSettings &settings, const QHash<QString, QVariant> &values)
{
    settings.remove(kGroup);
    settings.beginGroup(kGroup);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        settings.setValue(it.key(), it.value());
    settings.endGroup();
}

// Applies `edit` and saves it, or leaves the group as it was.
template<typename Edit>
Result<void> changeIndex(QSettings &settings, const Edit &edit, const std::function<Result<void>()> &sync)
{
    const QHash<QString, QVariant> before = snapshot(settings);
    edit();
    settings.setValue(kFormat, kFormatVersion);
    Result<void> saved = sync();
    if (!saved)
        restore(settings, before);
    return saved;
}

} // namespace

Result<void> CloudAccountStore::writeAccount(const CloudAccount &account)
{
    return changeIndex(
        *m_settings,
        [&] {
            const QString &id = account.id;
            m_settings->remove(kAccounts + QLatin1Char('/') + id);
            const auto put = [&](const char *field, const QString &value) {
                m_settings->setValue(accountKey(id, QLatin1String(field)), value);
            };
            put("displayName", account.displayName);
            put("method", methodName(account.method));
            put("authUrl", account.authUrl.toString(QUrl::FullyEncoded));
            put("region", account.region);
            put("interface", account.interface == EndpointInterface::Internal ? QStringLiteral("internal")
                                                                              : QStringLiteral("public"));
            put("userName", account.userName);
            put("userId", account.userId);
            put("userDomainName", account.userDomainName);
            put("userDomainId", account.userDomainId);
            put("projectName", account.projectName);
            put("projectId", account.projectId);
            put("projectDomainName", account.projectDomainName);
            put("projectDomainId", account.projectDomainId);
            put("applicationCredentialId", account.applicationCredentialId);
            put("applicationCredentialName", account.applicationCredentialName);
        },
        [&] { return syncIndex(tr("Saving cloud account \"%1\"").arg(account.displayName)); });
}

Result<void> CloudAccountStore::eraseAccount(const QString &id)
{
    return changeIndex(
        *m_settings, [&] { m_settings->remove(kAccounts + QLatin1Char('/') + id); },
        [&] { return syncIndex(tr("Removing cloud account \"%1\"").arg(id)); });
}

Result<void> CloudAccountStore::listKey(const QString &key)
{
    QStringList keys = storedSecretKeys();
    if (keys.contains(key))
        return {};
    keys.append(key);
    return changeIndex(
        *m_settings, [&] { m_settings->setValue(kSecretKeys, keys); },
        [&] { return syncIndex(tr("Recording the keychain entry %1").arg(key)); });
}

Result<void> CloudAccountStore::unlistKey(const QString &key)
{
    QStringList keys = storedSecretKeys();
    if (!keys.removeAll(key))
        return {};
    return changeIndex(
        *m_settings, [&] { m_settings->setValue(kSecretKeys, keys); },
        [&] { return syncIndex(tr("Recording the removal of the keychain entry %1").arg(key)); });
}

void CloudAccountStore::finish(const QString &id)
{
    m_busy.remove(id);
}

void CloudAccountStore::removeKeys(QStringList keys, const std::function<void(const Result<void> &)> &done)
{
    if (keys.isEmpty()) {
        done({});
        return;
    }
    const QString key = keys.takeFirst();
    m_secrets->remove(key, this, [this, key, keys, done](const Result<void> &removed) {
        if (!removed) {
            done(removed);
            return;
        }
        qCDebug(lcCloud) << "removed the keychain entry" << key;
        if (const Result<void> unlisted = unlistKey(key); !unlisted) {
            done(unlisted);
            return;
        }
        removeKeys(keys, done);
    });
}

void CloudAccountStore::add(const CloudAccount &account, const QByteArray &secret, QObject *context,
                            Callback<void> done)
{
    auto reply = guarded<void>(context, std::move(done));
    if (const Result<void> valid = validate(account); !valid) {
        reply(Error{Error::Kind::InvalidInput, 0,
                    tr("The cloud account \"%1\" cannot be stored: %2")
                        .arg(printable(account.displayName), valid.error().message)});
        return;
    }
    if (secret.isEmpty()) {
        reply(Error{Error::Kind::InvalidInput, 0,
                    tr("The cloud account \"%1\" needs %2 before it can be stored. Enter it and try again.")
                        .arg(account.displayName, secretObject(account.method))});
        return;
    }
    if (!m_secrets || !m_settings) {
        reply(Error{Error::Kind::Internal, 0, tr("The store of cloud accounts has no keychain or settings.")});
        return;
    }
    if (m_busy.contains(account.id)) {
        reply(refusalBusy(account.id));
        return;
    }
    if (isIndexed(account.id)) {
        reply(Error{Error::Kind::Conflict, 0,
                    tr("There is already a cloud account with the id \"%1\". Choose another id, or edit the "
                       "existing account.")
                        .arg(account.id)});
        return;
    }
    m_busy.insert(account.id);
    const QString key = account.secretKey();
    storeSecret(account, key, secret, false, [this, account, key, reply](const Result<void> &stored) {
        if (stored) {
            qCInfo(lcCloud) << "added the cloud account" << account.id << "with the keychain entry" << key;
            Q_EMIT changed();
        }
        finish(account.id);
        reply(stored);
    });
}

void CloudAccountStore::storeSecret(const CloudAccount &account, const QString &key, const QByteArray &secret,
                                    bool keyIsInUse, Callback<void> done)
{
    const bool wasListed = storedSecretKeys().contains(key);
    // Listed before it is written: an entry written just before a crash can still be found and removed.
    if (const Result<void> listed = listKey(key); !listed) {
        done(listed.error());
        return;
    }
    m_secrets->write(key, secret, this, [=](const Result<void> &written) {
        if (!written) {
            if (!wasListed)
                unlistKey(key);
            done(keychainError(tr("Storing %1 of cloud account \"%2\" in the keychain")
                                   .arg(secretObject(account.method), account.displayName),
                               written.error()));
            return;
        }
        const Result<void> indexed = writeAccount(account);
        if (indexed || keyIsInUse) {
            done(indexed);
            return;
        }
        // A secret no account points to is of no use: take it out again.
        m_secrets->remove(key, this, [=, error = indexed.error()](const Result<void> &removed) {
            if (removed && !wasListed)
                unlistKey(key);
            done(error);
        });
    });
}

void CloudAccountStore::update(const CloudAccount &account, const std::optional<QByteArray> &newSecret,
                               QObject *context, Callback<void> done)
{
    auto reply = guarded<void>(context, std::move(done));
    if (const Result<void> valid = validate(account); !valid) {
        reply(Error{Error::Kind::InvalidInput, 0,
                    tr("The cloud account \"%1\" cannot be stored: %2")
                        .arg(printable(account.displayName), valid.error().message)});
        return;
    }
    if (newSecret && newSecret->isEmpty()) {
        reply(Error{Error::Kind::InvalidInput, 0,
                    tr("The new secret of cloud account \"%2\" is empty. Enter %1, or keep the current one.")
                        .arg(secretObject(account.method), account.displayName)});
        return;
    }
    if (!m_secrets || !m_settings) {
        reply(Error{Error::Kind::Internal, 0, tr("The store of cloud accounts has no keychain or settings.")});
        return;
    }
    if (m_busy.contains(account.id)) {
        reply(refusalBusy(account.id));
        return;
    }
    const Result<CloudAccount> current = this->account(account.id);
    if (!current) {
        reply(current.error());
        return;
    }
    const QString oldKey = current.value().secretKey();
    const QString newKey = account.secretKey();

    if (oldKey == newKey && !newSecret) {
        const Result<void> saved = writeAccount(account);
        if (saved) {
            qCInfo(lcCloud) << "updated the cloud account" << account.id;
            Q_EMIT changed();
        }
        reply(saved);
        return;
    }

    m_busy.insert(account.id);
    // Writes the secret under the account's (possibly new) entry, then the index, then drops the old entry.
    auto store = [this, account, oldKey, newKey, reply](const QByteArray &secret) {
        storeSecret(account, newKey, secret, newKey == oldKey, [=](const Result<void> &stored) {
            if (!stored || newKey == oldKey) {
                if (stored) {
                    qCInfo(lcCloud) << "updated the cloud account" << account.id;
                    Q_EMIT changed();
                }
                finish(account.id);
                reply(stored);
                return;
            }
            qCInfo(lcCloud) << "updated the cloud account" << account.id << "with the keychain entry" << newKey;
            Q_EMIT changed();
            m_secrets->remove(oldKey, this, [=](const Result<void> &removed) {
                if (removed)
                    unlistKey(oldKey);
                else
                    qCWarning(lcCloud) << "the old keychain entry" << oldKey
                                       << "could not be removed and stays listed:" << removed.error().message;
                finish(account.id);
                reply({});
            });
        });
    };
    if (newSecret) {
        store(*newSecret);
        return;
    }
    m_secrets->read(oldKey, this, [this, account, oldKey, store, reply](const Result<QByteArray> &kept) {
        if (!kept) {
            finish(account.id);
            if (kept.error().kind == Error::Kind::NotFound)
                reply(Error{Error::Kind::NotFound, 0,
                            tr("The keychain no longer holds %1 of cloud account \"%2\", so it cannot move with the "
                               "account's new settings. Enter %1 again and save.")
                                .arg(secretObject(account.method), account.displayName)});
            else
                reply(keychainError(tr("Reading %1 of cloud account \"%2\" from the keychain")
                                        .arg(secretObject(account.method), account.displayName),
                                    kept.error()));
            return;
        }
        store(kept.value());
    });
}

void CloudAccountStore::remove(const QString &id, QObject *context, Callback<void> done)
{
    auto reply = guarded<void>(context, std::move(done));
    if (!m_secrets || !m_settings) {
        reply(Error{Error::Kind::Internal, 0, tr("The store of cloud accounts has no keychain or settings.")});
        return;
    }
    if (m_busy.contains(id)) {
        reply(refusalBusy(id));
        return;
    }
    const Result<CloudAccount> current = account(id);
    if (!current && !isIndexed(id)) {
        reply(current.error());
        return;
    }
    // The account's entry, and any older entries of the same id whose removal is still owed.
    QStringList keys;
    if (current)
        keys.append(current.value().secretKey());
    const QStringList listed = storedSecretKeys();
    for (const QString &key : listed) {
        if (idOfKey(key) == id && !keys.contains(key))
            keys.append(key);
    }
    const QString name = current ? current.value().displayName : id;
    m_busy.insert(id);
    removeKeys(keys, [this, id, name, reply](const Result<void> &removed) {
        if (!removed) {
            finish(id);
            reply(Error{removed.error().kind, 0,
                        tr("The keychain entry of cloud account \"%1\" could not be removed, so the account was "
                           "kept: %2")
                            .arg(name, removed.error().message)});
            return;
        }
        const Result<void> erased = eraseAccount(id);
        finish(id);
        if (erased) {
            qCInfo(lcCloud) << "removed the cloud account" << id;
            Q_EMIT changed();
        }
        reply(erased);
    });
}

void CloudAccountStore::secret(const QString &id, QObject *context, Callback<QByteArray> done)
{
    auto reply = guarded<QByteArray>(context, std::move(done));
    if (!m_secrets) {
        reply(Error{Error::Kind::Internal, 0, tr("The store of cloud accounts has no keychain.")});
        return;
    }
    const Result<CloudAccount> found = account(id);
    if (!found) {
        reply(found.error());
        return;
    }
    const CloudAccount &account = found.value();
    m_secrets->read(account.secretKey(), this, [this, account, reply](const Result<QByteArray> &read) {
        if (read && !read.value().isEmpty()) {
            reply(read);
            return;
        }
        if (read || read.error().kind == Error::Kind::NotFound) {
            qCWarning(lcCloud) << "the keychain entry" << account.secretKey() << "of cloud account" << account.id
                               << "is gone";
            reply(Error{Error::Kind::NotFound, 0,
                        tr("The keychain no longer holds %1 of cloud account \"%2\" (entry %3); it may have been "
                           "deleted in another program. Enter %1 again in the account's settings.")
                            .arg(secretObject(account.method), account.displayName, account.secretKey())});
            return;
        }
        reply(keychainError(tr("Reading %1 of cloud account \"%2\" from the keychain")
                                .arg(secretObject(account.method), account.displayName),
                            read.error()));
    });
}

void CloudAccountStore::removeStaleSecrets(QObject *context, Callback<int> done)
{
    auto reply = guarded<int>(context, std::move(done));
    if (!m_secrets || !m_settings) {
        reply(Error{Error::Kind::Internal, 0, tr("The store of cloud accounts has no keychain or settings.")});
        return;
    }
    QSet<QString> used;
    const QList<CloudAccount> all = accounts();
    for (const CloudAccount &one : all)
        used.insert(one.secretKey());
    QStringList stale;
    const QStringList listed = storedSecretKeys();
    for (const QString &key : listed) {
        // An account being added or changed right now may have listed its entry before indexing itself.
        if (!used.contains(key) && !m_busy.contains(idOfKey(key)))
            stale.append(key);
    }
    const int count = int(stale.size());
    removeKeys(stale, [count, reply](const Result<void> &removed) {
        if (!removed)
            reply(removed.error());
        else
            reply(count);
    });
}

} // namespace quayside
