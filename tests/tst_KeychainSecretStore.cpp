// KeychainSecretStore against a real gnome-keyring on a private D-Bus session bus.
#include "TestSecretService.h"

#include "secrets/KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using quayside::Error;
using quayside::KeychainSecretStore;
using quayside::Result;
using quayside::test::TestSecretService;

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    // Starts a keychain call and waits for its callback.
    template<typename R, typename Call>
    static R await(const Call &call, const char *what)
    {
        std::optional<R> outcome;
        call([&outcome](const R &result) { outcome = result; });
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 15000))
            return Error{Error::Kind::Timeout, 0,
                         QStringLiteral("keychain %1 did not finish").arg(QLatin1String(what))};
        return *outcome;
    }

    Result<void> write(const QString &key, const QByteArray &secret)
    {
        return await<Result<void>>([&](auto done) { m_store->write(key, secret, this, done); }, "write");
    }

    Result<QByteArray> read(const QString &key)
    {
        return await<Result<QByteArray>>([&](auto done) { m_store->read(key, this, done); }, "read");
    }

    Result<void> remove(const QString &key)
    {
        return await<Result<void>>([&](auto done) { m_store->remove(key, this, done); }, "remove");
    }

    TestSecretService m_keyring;
    std::unique_ptr<KeychainSecretStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("Quayside-test"));
    }

    void cleanupTestCase() { m_store.reset(); }

    void writeThenReadBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("api key") << QStringLiteral("quayside/rackspace-apikey/identity.example/123456")
                                 << QByteArray("0123456789abcdef0123456789abcdef");
        QTest::newRow("utf-8 password") << QStringLiteral("quayside/password/keystone.example/alice")
                                        << QStringLiteral("pä$$wörd ✓ 'quoted' \"twice\"").toUtf8();
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary.append(char(i * 7 % 256));
        QTest::newRow("binary private key") << QStringLiteral("quayside/pki-key/fleet-1/client") << binary;
    }

    void writeThenReadBack()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, secret);
        const Result<void> written = write(key, secret);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
        const Result<QByteArray> back = read(key);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
        QCOMPARE(back.value(), secret);
    }

    void entryLivesInTheKeyring()
    {
        // Cross-check with a second client of the Secret Service: the entry is really in gnome-keyring.
        const QString key = QStringLiteral("quayside/test/cross-check");
        QVERIFY(write(key, "visible-to-secret-tool").ok());
        quayside::test::ToolOptions options;
        options.environment = m_keyring.environment();
        const auto lookup = quayside::test::runTool(
            QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key}, options);
        QVERIFY2(lookup.ok(), lookup.err.constData());
        QVERIFY2(QByteArray(lookup.out + lookup.err).contains("attribute.server = Quayside-test"),
                 lookup.out.constData());
    }

    void overwriteReplaces()
    {
        const QString key = QStringLiteral("quayside/test/overwrite");
        QVERIFY(write(key, "first").ok());
        QVERIFY(write(key, "second").ok());
        const Result<QByteArray> back = read(key);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), QByteArray("second"));
    }

    void removeThenReadIsNotFound()
    {
        const QString key = QStringLiteral("quayside/test/remove-me");
        QVERIFY(write(key, "short-lived").ok());
        QVERIFY(remove(key).ok());
        const Result<QByteArray> back = read(key);
        QVERIFY(!back.ok());
        QCOMPARE(back.error().kind, Error::Kind::NotFound);
        QVERIFY(back.error().message.contains(key));
        QVERIFY2(remove(key).ok(), "removing what is already gone succeeds");
    }

    void invalidKeysAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("no prefix") << QStringLiteral("rackspace/123");
        QTest::newRow("space") << QStringLiteral("quayside/a b");
        QTest::newRow("newline") << QStringLiteral("quayside/a\nb");
        QTest::newRow("non-ascii") << QStringLiteral("quayside/schlüssel");
        QTest::newRow("trailing slash") << QStringLiteral("quayside/");
        QTest::newRow("too long") << QStringLiteral("quayside/") + QString(600, QLatin1Char('x'));
    }

    void invalidKeysAreRefused()
    {
        QFETCH(QString, key);
        const Result<void> written = write(key, "never stored");
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::InvalidInput);
        QVERIFY(!written.error().message.contains(QStringLiteral("never stored")));
    }
};

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_KeychainSecretStore.moc"
