// CloudAccountStore with a real gnome-keyring on a private D-Bus and its own settings file: accounts added,
// listed, read, updated (with the secret moving to a new keychain entry), removed; refusals; a keychain
// entry deleted by another program; a full disk; and no secret in the settings file, any file, or the log.
#include "Await.h"
#include "ManagedProcess.h"
#include "TestSecretService.h"
#include "TinyDisk.h"

#include "cloud/CloudAccountStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using quayside::test::await;
using quayside::test::readFile;
using quayside::test::runTool;
using quayside::test::TestSecretService;
using quayside::test::TinyDisk;

Q_DECLARE_METATYPE(quayside::CloudAccount)

namespace {

const QString kService = QStringLiteral("Quayside-test");

CloudAccount v3Account(const QString &id, const QString &host)
{
    CloudAccount account;
    account.id = id;
    account.displayName = QStringLiteral("Keystone %1").arg(id);
    account.method = CloudAuthMethod::KeystoneV3Password;
    account.authUrl = QUrl(QStringLiteral("https://%1:5000/v3").arg(host));
    account.region = QStringLiteral("RegionOne");
    account.userName = QStringLiteral("alice");
    account.userDomainName = QStringLiteral("Default");
    account.projectName = QStringLiteral("webshop");
    account.projectDomainName = QStringLiteral("Default");
    return account;
}

// A read secret, or the error as text: comparisons then fail with a readable message, never an assertion.
QByteArray shown(const Result<QByteArray> &read)
{
    return read.ok() ? read.value() : "error: " + read.error().toString().toUtf8();
}

template<typename T>
bool isNotFound(const Result<T> &result)
{
    return !result.ok() && result.error().kind == Error::Kind::NotFound;
}

// Everything logged while it lives, from any thread.
class LogCapture
{
public:
    LogCapture()
    {
        s_current = this;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QByteArray text() const
    {
        QMutexLocker lock(&m_mutex);
        return m_text;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (!s_current)
            return;
        {
            QMutexLocker lock(&s_current->m_mutex);
            s_current->m_text += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
        }
        // Still shown, so a failing run can be read.
        if (s_current->m_previous)
            s_current->m_previous(type, context, message);
    }

    static inline LogCapture *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QByteArray m_text;
};

} // namespace

class tst_CloudAccountStore : public QObject
{
    Q_OBJECT

private:
    // A store on a settings file of its own.
    std::unique_ptr<CloudAccountStore> openStore(QString *path = nullptr)
    {
        const QString file = m_dir.filePath(QStringLiteral("settings-%1.conf").arg(++m_stores));
        if (path)
            *path = file;
        return std::make_unique<CloudAccountStore>(file, m_keychain.get());
    }

    Result<void> add(CloudAccountStore &store, const CloudAccount &account, const QByteArray &secret)
    {
        return await<void>([&](auto done) { store.add(account, secret, this, done); });
    }
    Result<void> update(CloudAccountStore &store, const CloudAccount &account,
                        const std::optional<QByteArray> &secret = std::nullopt)
    {
        return await<void>([&](auto done) { store.update(account, secret, this, done); });
    }
    Result<void> remove(CloudAccountStore &store, const QString &id)
    {
        return await<void>([&](auto done) { store.remove(id, this, done); });
    }
    Result<QByteArray> secret(CloudAccountStore &store, const QString &id)
    {
        return await<QByteArray>([&](auto done) { store.secret(id, this, done); });
    }
    Result<QByteArray> keychainEntry(const QString &key)
    {
        return await<QByteArray>([&](auto done) { m_keychain->read(key, this, done); });
    }
    // Deletes an entry the way another program would: through the Secret Service with secret-tool.
    bool deleteBehindQuaysidesBack(const QString &key)
    {
        quayside::test::ToolOptions options;
        options.environment = m_keyring.environment();
        const auto cleared = runTool(
            QStringLiteral("secret-tool"),
            {QStringLiteral("clear"), QStringLiteral("user"), key, QStringLiteral("server"), kService}, options);
        return cleared.ok() && isNotFound(keychainEntry(key));
    }

    TestSecretService m_keyring;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    QTemporaryDir m_dir;
    int m_stores = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        QVERIFY(m_dir.isValid());
        m_keychain = std::make_unique<KeychainSecretStore>(kService);
    }

    void cleanupTestCase() { m_keychain.reset(); }

    void addListAndReadBack()
    {
        QString path;
        auto store = openStore(&path);
        QSignalSpy changed(store.get(), &CloudAccountStore::changed);
        const CloudAccount account = v3Account(QStringLiteral("shop"), QStringLiteral("keystone.example.com"));
        VERIFY_OK(add(*store, account, "first-secret"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store->accounts(), QList<CloudAccount>{account});
        const auto found = store->account(account.id);
        VERIFY_OK(found);
        QVERIFY(found.value() == account);
        QCOMPARE(store->storedSecretKeys(), QStringList{account.secretKey()});

        const auto read = secret(*store, account.id);
        VERIFY_OK(read);
        QCOMPARE(read.value(), QByteArray("first-secret"));
        // The secret is in the keychain under the account's key, not somewhere of the store's own.
        QCOMPARE(shown(keychainEntry(QStringLiteral("quayside/keystone3-password/keystone.example.com:5000/shop"))),
                 QByteArray("first-secret"));

        // The index is on disk, under cloudAccounts.
        const QByteArray onDisk = readFile(path);
        QVERIFY2(onDisk.contains("[cloudAccounts]"), onDisk.constData());
        QVERIFY2(onDisk.contains("https://keystone.example.com:5000/v3"), onDisk.constData());
        // A second store on the same file sees the same accounts.
        CloudAccountStore again(path, m_keychain.get());
        QCOMPARE(again.accounts(), QList<CloudAccount>{account});
    }

    void everyMethodRoundTrips_data()
    {
        QTest::addColumn<CloudAccount>("account");
        CloudAccount rackspace;
        rackspace.id = QStringLiteral("rax");
        rackspace.displayName = QStringLiteral("Rackspace London");
        rackspace.method = CloudAuthMethod::RackspaceApiKey;
        rackspace.authUrl = CloudAccount::rackspaceUkIdentity();
        rackspace.region = QStringLiteral("LON");
        rackspace.interface = EndpointInterface::Internal;
        rackspace.userName = QStringLiteral("racker");
        rackspace.projectId = QStringLiteral("900123");
        QTest::newRow("Rackspace API key") << rackspace;

        CloudAccount v2;
        v2.id = QStringLiteral("legacy");
        v2.displayName = QStringLiteral("Legacy cloud «old»");
        v2.method = CloudAuthMethod::KeystoneV2Password;
        v2.authUrl = QUrl(QStringLiteral("https://legacy.example.org/identity/v2.0"));
        v2.userId = QStringLiteral("u-1");
        v2.projectName = QStringLiteral("operations");
        QTest::newRow("Keystone v2") << v2;

        CloudAccount v3 = v3Account(QStringLiteral("v3_full"), QStringLiteral("keystone.example.com"));
        v3.userId = QStringLiteral("u-2");
        v3.userDomainId = QStringLiteral("default");
        v3.projectId = QStringLiteral("p-2");
        v3.projectDomainId = QStringLiteral("default");
        QTest::newRow("Keystone v3, every field") << v3;

        CloudAccount byId;
        byId.id = QStringLiteral("appcred-id");
        byId.displayName = QStringLiteral("CI credential");
        byId.method = CloudAuthMethod::KeystoneV3ApplicationCredential;
        byId.authUrl = QUrl(QStringLiteral("http://127.0.0.1:35357/v3"));
        byId.applicationCredentialId = QStringLiteral("21dced0f");
        QTest::newRow("application credential by id, loopback http") << byId;

        CloudAccount byName = byId;
        byName.id = QStringLiteral("appcred-name");
        byName.applicationCredentialId.clear();
        byName.applicationCredentialName = QStringLiteral("deployer");
        byName.userName = QStringLiteral("carol");
        byName.userDomainName = QStringLiteral("Partners");
        byName.authUrl = QUrl(QStringLiteral("http://localhost:5000/v3"));
        QTest::newRow("application credential by name") << byName;
    }

    void everyMethodRoundTrips()
    {
        QFETCH(CloudAccount, account);
        QString path;
        auto store = openStore(&path);
        VERIFY_OK(add(*store, account, "round-trip-secret"));
        CloudAccountStore again(path, m_keychain.get());
        const auto back = again.account(account.id);
        VERIFY_OK(back);
        QVERIFY(back.value() == account);
        QCOMPARE(back.value().secretKey(), account.secretKey());
        QCOMPARE(shown(secret(again, account.id)), QByteArray("round-trip-secret"));
    }

    void duplicateIdIsAConflict()
    {
        auto store = openStore();
        const CloudAccount first = v3Account(QStringLiteral("twice"), QStringLiteral("keystone.example.com"));
        VERIFY_OK(add(*store, first, "original-secret"));
        CloudAccount second = first;
        second.displayName = QStringLiteral("Another");
        const auto refused = add(*store, second, "intruding-secret");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("\"twice\"")), qPrintable(refused.error().message));
        QCOMPARE(store->accounts(), QList<CloudAccount>{first});
        QCOMPARE(shown(secret(*store, first.id)), QByteArray("original-secret"));
    }

    void invalidAccountsAreRefused_data()
    {
        QTest::addColumn<CloudAccount>("account");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("reason");
        const CloudAccount good = v3Account(QStringLiteral("refused"), QStringLiteral("keystone.example.com"));

        CloudAccount badId = good;
        badId.id = QStringLiteral("Bad Id/..");
        QTest::newRow("invalid id") << badId << QByteArray("s") << QStringLiteral("cannot be the id");
        CloudAccount noName = good;
        noName.displayName = QStringLiteral("   ");
        QTest::newRow("no name") << noName << QByteArray("s") << QStringLiteral("no name");
        CloudAccount newline = good;
        newline.displayName = QStringLiteral("two\nlines");
        QTest::newRow("control character in the name")
            << newline << QByteArray("s") << QStringLiteral("control characters");
        CloudAccount http = good;
        http.authUrl = QUrl(QStringLiteral("http://keystone.example.com:5000/v3"));
        QTest::newRow("plain http to another host") << http << QByteArray("s") << QStringLiteral("plain http");
        CloudAccount ftp = good;
        ftp.authUrl = QUrl(QStringLiteral("ftp://keystone.example.com/v3"));
        QTest::newRow("not http at all") << ftp << QByteArray("s") << QStringLiteral("not valid");
        CloudAccount userInfo = good;
        userInfo.authUrl = QUrl(QStringLiteral("https://alice:url-secret@keystone.example.com/v3"));
        QTest::newRow("password in the URL") << userInfo << QByteArray("s") << QStringLiteral("user name or password");
        CloudAccount noUser = good;
        noUser.userName.clear();
        QTest::newRow("v3 without a user") << noUser << QByteArray("s") << QStringLiteral("No user");
        CloudAccount noDomain = good;
        noDomain.userDomainName.clear();
        QTest::newRow("v3 user name without domain")
            << noDomain << QByteArray("s") << QStringLiteral("needs its domain");
        CloudAccount noProject = good;
        noProject.projectName.clear();
        QTest::newRow("v3 without a project") << noProject << QByteArray("s") << QStringLiteral("No project");
        CloudAccount appcred = good;
        appcred.method = CloudAuthMethod::KeystoneV3ApplicationCredential;
        QTest::newRow("application credential without id or name")
            << appcred << QByteArray("s") << QStringLiteral("No application credential");
        QTest::newRow("empty secret") << good << QByteArray() << QStringLiteral("needs the password");
    }

    void invalidAccountsAreRefused()
    {
        QFETCH(CloudAccount, account);
        QFETCH(QByteArray, secret);
        QFETCH(QString, reason);
        auto store = openStore();
        QSignalSpy changed(store.get(), &CloudAccountStore::changed);
        const auto refused = add(*store, account, secret);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(refused.error().message.contains(reason), qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QStringLiteral("url-secret")));
        QVERIFY(store->accounts().isEmpty());
        QVERIFY(store->storedSecretKeys().isEmpty());
        QCOMPARE(changed.count(), 0);
    }

    void updateKeepsTheSecretWhenTheKeyStays()
    {
        auto store = openStore();
        CloudAccount account = v3Account(QStringLiteral("keep"), QStringLiteral("keystone.example.com"));
        VERIFY_OK(add(*store, account, "kept-secret"));
        account.displayName = QStringLiteral("Renamed");
        account.region = QStringLiteral("RegionTwo");
        account.interface = EndpointInterface::Internal;
        QSignalSpy changed(store.get(), &CloudAccountStore::changed);
        VERIFY_OK(update(*store, account));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store->accounts(), QList<CloudAccount>{account});
        QCOMPARE(shown(secret(*store, account.id)), QByteArray("kept-secret"));
        QCOMPARE(store->storedSecretKeys(), QStringList{account.secretKey()});

        VERIFY_OK(update(*store, account, QByteArray("replaced-secret")));
        QCOMPARE(shown(secret(*store, account.id)), QByteArray("replaced-secret"));
        QCOMPARE(store->storedSecretKeys(), QStringList{account.secretKey()});
    }

    void updateMovesTheSecretWhenTheHostChanges()
    {
        auto store = openStore();
        const CloudAccount before = v3Account(QStringLiteral("moving"), QStringLiteral("old.example.com"));
        VERIFY_OK(add(*store, before, "moving-secret"));
        CloudAccount after = before;
        after.authUrl = QUrl(QStringLiteral("https://new.example.com/identity/v3"));
        QVERIFY(after.secretKey() != before.secretKey());
        VERIFY_OK(update(*store, after));

        QCOMPARE(store->accounts(), QList<CloudAccount>{after});
        QCOMPARE(shown(secret(*store, after.id)), QByteArray("moving-secret"));
        QCOMPARE(shown(keychainEntry(after.secretKey())), QByteArray("moving-secret"));
        QVERIFY(isNotFound(keychainEntry(before.secretKey())));
        QCOMPARE(store->storedSecretKeys(), QStringList{after.secretKey()});
    }

    void updateMovesANewSecretWhenTheMethodChanges()
    {
        auto store = openStore();
        const CloudAccount before = v3Account(QStringLiteral("switching"), QStringLiteral("keystone.example.com"));
        VERIFY_OK(add(*store, before, "password-before"));
        CloudAccount after = before;
        after.method = CloudAuthMethod::KeystoneV3ApplicationCredential;
        after.applicationCredentialId = QStringLiteral("c0ffee");
        VERIFY_OK(update(*store, after, QByteArray("appcred-after")));
        QVERIFY(after.secretKey().startsWith(QStringLiteral("quayside/keystone3-appcred/")));
        QCOMPARE(shown(keychainEntry(after.secretKey())), QByteArray("appcred-after"));
        QVERIFY(isNotFound(keychainEntry(before.secretKey())));
        QCOMPARE(store->storedSecretKeys(), QStringList{after.secretKey()});
    }

    void updateOfAnUnknownAccountIsNotFound()
    {
        auto store = openStore();
        const auto refused =
            update(*store, v3Account(QStringLiteral("ghost"), QStringLiteral("keystone.example.com")), QByteArray("x"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::NotFound);
        QVERIFY(store->storedSecretKeys().isEmpty());
    }

    void moveWithoutTheOldSecretAsksForIt()
    {
        auto store = openStore();
        const CloudAccount before = v3Account(QStringLiteral("lost"), QStringLiteral("old.example.com"));
        VERIFY_OK(add(*store, before, "lost-secret"));
        QVERIFY(deleteBehindQuaysidesBack(before.secretKey()));
        CloudAccount after = before;
        after.authUrl = QUrl(QStringLiteral("https://new.example.com/v3"));
        const auto refused = update(*store, after);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::NotFound);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Enter the password again")),
                 qPrintable(refused.error().message));
        QCOMPARE(store->accounts(), QList<CloudAccount>{before});
        // With the password given again, the same change goes through.
        VERIFY_OK(update(*store, after, QByteArray("typed-again")));
        QCOMPARE(shown(secret(*store, after.id)), QByteArray("typed-again"));
    }

    void removeTakesTheKeychainEntryThenTheAccount()
    {
        auto store = openStore();
        const CloudAccount gone = v3Account(QStringLiteral("gone"), QStringLiteral("keystone.example.com"));
        const CloudAccount stays = v3Account(QStringLiteral("stays"), QStringLiteral("keystone.example.com"));
        VERIFY_OK(add(*store, gone, "gone-secret"));
        VERIFY_OK(add(*store, stays, "stays-secret"));
        QSignalSpy changed(store.get(), &CloudAccountStore::changed);
        VERIFY_OK(remove(*store, gone.id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store->accounts(), QList<CloudAccount>{stays});
        QVERIFY(isNotFound(keychainEntry(gone.secretKey())));
        QCOMPARE(store->storedSecretKeys(), QStringList{stays.secretKey()});
        QCOMPARE(shown(secret(*store, stays.id)), QByteArray("stays-secret"));

        const auto again = remove(*store, gone.id);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::NotFound);
    }

    void removeWhenTheKeychainEntryIsAlreadyGone()
    {
        auto store = openStore();
        const CloudAccount account = v3Account(QStringLiteral("orphan"), QStringLiteral("keystone.example.com"));
        VERIFY_OK(add(*store, account, "orphan-secret"));
        QVERIFY(deleteBehindQuaysidesBack(account.secretKey()));
        VERIFY_OK(remove(*store, account.id));
        QVERIFY(store->accounts().isEmpty());
        QVERIFY(store->storedSecretKeys().isEmpty());
    }

    void secretDeletedBehindQuaysidesBackIsAClearNotFound_data()
    {
        QTest::addColumn<CloudAccount>("account");
        QTest::addColumn<QString>("advice");
        QTest::newRow("password") << v3Account(QStringLiteral("deleted"), QStringLiteral("keystone.example.com"))
                                  << QStringLiteral("Enter the password again");
        CloudAccount rackspace;
        rackspace.id = QStringLiteral("deleted-rax");
        rackspace.displayName = QStringLiteral("Rackspace Dallas");
        rackspace.method = CloudAuthMethod::RackspaceApiKey;
        rackspace.authUrl = CloudAccount::rackspaceUsIdentity();
        rackspace.userName = QStringLiteral("racker");
        QTest::newRow("API key") << rackspace << QStringLiteral("Enter the API key again");
    }

    void secretDeletedBehindQuaysidesBackIsAClearNotFound()
    {
        QFETCH(CloudAccount, account);
        QFETCH(QString, advice);
        auto store = openStore();
        VERIFY_OK(add(*store, account, "soon-deleted"));
        QVERIFY(deleteBehindQuaysidesBack(account.secretKey()));
        const auto read = secret(*store, account.id);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::NotFound);
        QVERIFY2(read.error().message.contains(advice), qPrintable(read.error().message));
        QVERIFY2(read.error().message.contains(account.displayName), qPrintable(read.error().message));
        // The account itself is kept, to be given its secret again.
        QCOMPARE(store->accounts(), QList<CloudAccount>{account});
    }

    void oneCallAtATimePerAccount()
    {
        auto store = openStore();
        const CloudAccount account = v3Account(QStringLiteral("busy"), QStringLiteral("keystone.example.com"));
        std::optional<Result<void>> first;
        store->add(account, "busy-secret", this, [&first](const Result<void> &result) { first = result; });
        // While the keychain works on the first call, others on the same account are refused at once.
        const auto second = add(*store, account, "other-secret");
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::Conflict);
        QVERIFY2(second.error().message.contains(QStringLiteral("busy")), qPrintable(second.error().message));
        QVERIFY(!first.has_value());
        QTRY_VERIFY(first.has_value());
        VERIFY_OK(*first);
        QCOMPARE(shown(secret(*store, account.id)), QByteArray("busy-secret"));
    }

    void noCallbackOnceTheContextIsGone()
    {
        auto store = openStore();
        QSignalSpy changed(store.get(), &CloudAccountStore::changed);
        auto *context = new QObject;
        bool called = false;
        const CloudAccount account = v3Account(QStringLiteral("abandoned"), QStringLiteral("keystone.example.com"));
        store->add(account, "abandoned-secret", context, [&called](const Result<void> &) { called = true; });
        delete context;
        QVERIFY(changed.wait(15000));
        QVERIFY(!called);
        // The work itself was done: the caller left, the account did not.
        QCOMPARE(store->accounts(), QList<CloudAccount>{account});
    }

    void fullDiskChangesNothing()
    {
        TinyDisk disk(m_dir.filePath(QStringLiteral("tiny")), 16);
        QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
        const QString path = disk.path() + QStringLiteral("/quayside.conf");
        CloudAccountStore store(path, m_keychain.get());
        const CloudAccount first = v3Account(QStringLiteral("before-full"), QStringLiteral("keystone.example.com"));
        VERIFY_OK(add(store, first, "fits-on-disk"));
        const QByteArray onDisk = readFile(path);

        QVERIFY2(disk.fill(), qPrintable(disk.errorString()));
        const CloudAccount second = v3Account(QStringLiteral("after-full"), QStringLiteral("keystone.example.com"));
        const auto failed = add(store, second, "no-room");
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, Error::Kind::Io);
        QVERIFY2(failed.error().message.contains(QStringLiteral("quayside.conf")), qPrintable(failed.error().message));
        QCOMPARE(readFile(path), onDisk);
        QCOMPARE(store.accounts(), QList<CloudAccount>{first});
        QCOMPARE(store.storedSecretKeys(), QStringList{first.secretKey()});
        QVERIFY(isNotFound(keychainEntry(second.secretKey())));

        CloudAccount renamed = first;
        renamed.displayName = QStringLiteral("A much longer name that needs more room on the full disk");
        const auto notUpdated = update(store, renamed);
        QVERIFY(!notUpdated.ok());
        QCOMPARE(notUpdated.error().kind, Error::Kind::Io);
        QCOMPARE(store.accounts(), QList<CloudAccount>{first});
        QCOMPARE(readFile(path), onDisk);
    }

    void leftoverEntriesAreFoundAndRemoved()
    {
        // An account whose secret moved while an old entry could not be removed: the old entry stays listed.
        QString path;
        auto store = openStore(&path);
        const CloudAccount account = v3Account(QStringLiteral("leftover"), QStringLiteral("new.example.com"));
        VERIFY_OK(add(*store, account, "current-secret"));
        const QString stale = v3Account(account.id, QStringLiteral("old.example.com")).secretKey();
        VERIFY_OK(await<void>([&](auto done) { m_keychain->write(stale, "stale-secret", this, done); }));
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("cloudAccounts/secretKeys"), QStringList{account.secretKey(), stale});
        }
        QCOMPARE(store->storedSecretKeys(), (QStringList{account.secretKey(), stale}));

        const auto removed = await<int>([&](auto done) { store->removeStaleSecrets(this, done); });
        VERIFY_OK(removed);
        QCOMPARE(removed.value(), 1);
        QVERIFY(isNotFound(keychainEntry(stale)));
        QCOMPARE(shown(keychainEntry(account.secretKey())), QByteArray("current-secret"));
        QCOMPARE(store->storedSecretKeys(), QStringList{account.secretKey()});

        // Removing an account also removes leftovers of its id.
        VERIFY_OK(await<void>([&](auto done) { m_keychain->write(stale, "stale-again", this, done); }));
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("cloudAccounts/secretKeys"), QStringList{account.secretKey(), stale});
        }
        VERIFY_OK(remove(*store, account.id));
        QVERIFY(isNotFound(keychainEntry(stale)));
        QVERIFY(store->storedSecretKeys().isEmpty());
    }

    void damagedEntriesAreSkippedAndRemovable()
    {
        QString path;
        auto store = openStore(&path);
        const CloudAccount good = v3Account(QStringLiteral("intact"), QStringLiteral("keystone.example.com"));
        VERIFY_OK(add(*store, good, "intact-secret"));
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("cloudAccounts/accounts/damaged/method"), QStringLiteral("telepathy"));
            settings.setValue(QStringLiteral("cloudAccounts/accounts/damaged/displayName"), QStringLiteral("Damaged"));
        }
        QCOMPARE(store->accounts(), QList<CloudAccount>{good});
        const auto damaged = store->account(QStringLiteral("damaged"));
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().kind, Error::Kind::Protocol);
        VERIFY_OK(remove(*store, QStringLiteral("damaged")));
        QVERIFY(!store->account(QStringLiteral("damaged")).ok());
        QCOMPARE(store->accounts(), QList<CloudAccount>{good});
    }

    void noSecretReachesSettingsFilesOrTheLog()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("quayside.*.debug=true"));
        const QList<QByteArray> secrets = {"Pw-7f3a9c-unlogged", "ApiKey-52be01-unlogged", "AppCred-e4d2-unlogged",
                                           "Replaced-91aa-unlogged", "Moved-0c5d-unlogged"};
        QString path;
        QByteArray log;
        {
            LogCapture capture;
            auto store = openStore(&path);
            CloudAccount password = v3Account(QStringLiteral("logged-pw"), QStringLiteral("keystone.example.com"));
            CloudAccount rackspace;
            rackspace.id = QStringLiteral("logged-rax");
            rackspace.displayName = QStringLiteral("Logged Rackspace");
            rackspace.method = CloudAuthMethod::RackspaceApiKey;
            rackspace.authUrl = CloudAccount::rackspaceUsIdentity();
            rackspace.userName = QStringLiteral("racker");
            CloudAccount appcred = v3Account(QStringLiteral("logged-app"), QStringLiteral("keystone.example.com"));
            appcred.method = CloudAuthMethod::KeystoneV3ApplicationCredential;
            appcred.applicationCredentialId = QStringLiteral("abc123");

            VERIFY_OK(add(*store, password, secrets.at(0)));
            VERIFY_OK(add(*store, rackspace, secrets.at(1)));
            VERIFY_OK(add(*store, appcred, secrets.at(2)));
            QCOMPARE(shown(secret(*store, password.id)), secrets.at(0));
            QCOMPARE(shown(secret(*store, rackspace.id)), secrets.at(1));
            QCOMPARE(shown(secret(*store, appcred.id)), secrets.at(2));
            VERIFY_OK(update(*store, password, secrets.at(3)));
            QCOMPARE(shown(secret(*store, password.id)), secrets.at(3));
            CloudAccount moved = appcred;
            moved.authUrl = QUrl(QStringLiteral("https://other.example.com/v3"));
            VERIFY_OK(update(*store, moved, secrets.at(4)));
            QCOMPARE(shown(secret(*store, moved.id)), secrets.at(4));
            // A refusal's message is logged nowhere either, and must not repeat the secret.
            const auto refused = add(*store, password, secrets.at(0));
            QVERIFY(!refused.ok());
            QVERIFY(!refused.error().message.toUtf8().contains(secrets.at(0)));
            VERIFY_OK(remove(*store, rackspace.id));
            log = capture.text();
        }
        QLoggingCategory::setFilterRules(QString());

        // The capture worked: the store's and the keychain's debug lines are in it.
        QVERIFY2(log.contains("quayside.cloud: added the cloud account \"logged-pw\""), log.constData());
        QVERIFY2(log.contains("quayside.secrets: stored"), log.constData());
        const QByteArray settingsFile = readFile(path);
        QVERIFY2(settingsFile.contains("logged-app"), settingsFile.constData());
        for (const QByteArray &secret : secrets) {
            for (const QByteArray &form : {secret, secret.toBase64(), secret.toHex(), secret.toPercentEncoding()}) {
                QVERIFY2(!log.contains(form), form.constData());
                QVERIFY2(!settingsFile.contains(form), form.constData());
            }
        }
        // Nor in any file the tests wrote.
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            const QString file = files.next();
            const QByteArray content = readFile(file);
            for (const QByteArray &secret : secrets)
                QVERIFY2(!content.contains(secret), qPrintable(file));
            ++checked;
        }
        QVERIFY(checked > 1);
    }
};

QTEST_GUILESS_MAIN(tst_CloudAccountStore)
#include "tst_CloudAccountStore.moc"
