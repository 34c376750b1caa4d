#pragma once

#include "cloud/CloudAccount.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace quayside {

class SecretStore;

// The user's cloud accounts. The index, every account's non-secret fields and the list of keychain entries
// Quayside has written for accounts, lives in QSettings under the group "cloudAccounts"; the secrets live
// only in the SecretStore.
//
// Order of writes, so that a failure or a crash never leaves an account without its secret:
//  - add: the entry is listed, the secret written, and the account indexed only once the keychain said yes;
//  - update: a moved secret is written under its new entry before the index changes, and the old entry is
//    removed last;
//  - remove: the keychain entry goes first, then the account leaves the index.
// An entry whose removal failed stays listed, and removeStaleSecrets() removes it later.
//
// Calls that touch the keychain are asynchronous: `done` runs on the context's thread, and not at all once
// the context is gone. Refusals found before anything is started (invalid input, an unknown id, an account
// busy with another call) are reported before the call returns. One call at a time per account: a second
// one on an account that is busy fails with Conflict.
class CloudAccountStore : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    // Uses `settings` (not owned; it must outlive the store).
    CloudAccountStore(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);
    // Keeps the index in an INI file of its own at `settingsPath` (tests, portable installs).
    CloudAccountStore(const QString &settingsPath, SecretStore *secrets, QObject *parent = nullptr);
    ~CloudAccountStore() override;

    // Every account of the index, ordered by id. Entries that fail validate() (a hand-edited file) are
    // left out with a warning in the log.
    QList<CloudAccount> accounts() const;
    // NotFound if there is no such account.
    Result<CloudAccount> account(const QString &id) const;
    // The keychain entries the index lists: one per account, plus any whose removal is still owed.
    QStringList storedSecretKeys() const;

    // Stores a new account with its secret (password, API key or application-credential secret). Conflict
    // if the id is taken.
    void add(const CloudAccount &account, const QByteArray &secret, QObject *context, Callback<void> done);
    // Replaces the account with the same id. With `newSecret`, the secret is replaced too. When the auth
    // host or the method changes, so does CloudAccount::secretKey(): the secret (the new one, or else the
    // kept one) moves to the new entry and the old entry is removed.
    void update(const CloudAccount &account, const std::optional<QByteArray> &newSecret, QObject *context,
                Callback<void> done);
    // Removes the account's keychain entry (an entry already gone is fine), then the account.
    void remove(const QString &id, QObject *context, Callback<void> done);
    // Reads the account's secret from the keychain. NotFound, saying to enter it again, if the entry is gone.
    void secret(const QString &id, QObject *context, Callback<QByteArray> done);
    // Removes listed keychain entries that no account uses any more (left by a removal that failed) and
    // gives how many went.
    void removeStaleSecrets(QObject *context, Callback<int> done);

    // Checks an account before it is stored: a valid id, a display name, an identity URL over https (http
    // only to this machine), no control characters, and what the method needs to identify the user.
    static Result<void> validate(const CloudAccount &account);
    // https anywhere; plain http only to 127.0.0.1, ::1 or localhost, where the sandbox cloud and the tests
    // listen: a password sent over http to another host could be read on the way.
    static bool isAllowedAuthUrl(const QUrl &url);
    // What the secret is called for the user, as a label: "API key", "password" or "application credential
    // secret".
    static QString secretName(CloudAuthMethod method);

Q_SIGNALS:
    // The list of accounts or an account's fields changed.
    void changed();

private:
    // The secret as the object of a sentence, with its article ("the API key"), so that translations can
    // decline it.
    static QString secretObject(CloudAuthMethod method);
    void finish(const QString &id);
    bool isIndexed(const QString &id) const;
    Result<void> writeAccount(const CloudAccount &account);
    // Lists `key`, writes `secret` under it, then the account's index entry. On failure what was written
    // is taken out again; the secret too, unless `keyIsInUse` (the account's entry already held it).
    void storeSecret(const CloudAccount &account, const QString &key, const QByteArray &secret, bool keyIsInUse,
                     Callback<void> done);
    Result<void> eraseAccount(const QString &id);
    Result<void> listKey(const QString &key);
    Result<void> unlistKey(const QString &key);
    Result<void> syncIndex(const QString &what);
    void removeKeys(QStringList keys, const std::function<void(const Result<void> &)> &done);
    Error refusalBusy(const QString &id) const;
    Error notFound(const QString &id) const;
    Error keychainError(const QString &what, const Error &error) const;

    std::unique_ptr<QSettings> m_ownSettings;
    QPointer<QSettings> m_settings;
    QPointer<SecretStore> m_secrets;
    QSet<QString> m_busy;
};

} // namespace quayside
