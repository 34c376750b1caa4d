// SshKeyPassphrases with the real gnome-keyring: an encrypted key of the user's opens with a passphrase kept
// only when the user agreed, a changed passphrase is noticed, and forgetting removes it.
#include "Await.h"
#include "TestSecretService.h"

#include "secrets/KeychainSecretStore.h"
#include "ssh/SshKeyPassphrases.h"

#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using quayside::test::await;
using quayside::test::TestSecretService;

class tst_SshKeyPassphrases : public QObject
{
    Q_OBJECT

private:
    Result<SshKey> load(SshKeyPassphrases &passphrases)
    {
        return await<SshKey>([&](auto done) { passphrases.load(m_path, this, done); });
    }

    TestSecretService m_keyring;
    std::unique_ptr<KeychainSecretStore> m_store;
    QTemporaryDir m_dir;
    QString m_path;
    SshKey m_key;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("Quayside-test"));
        auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("user@laptop"));
        VERIFY_OK(key);
        m_key = key.value();
        m_path = m_dir.filePath(QStringLiteral("id_ed25519"));
        VERIFY_OK(m_key.writePrivateKeyFile(m_path, "correct horse"));
        VERIFY_OK(m_key.writePublicKeyFile(m_path + QStringLiteral(".pub")));
    }

    void cleanupTestCase() { m_store.reset(); }

    void keptOnlyWhenTheUserAgrees()
    {
        SshKeyPassphrases passphrases(m_store.get());
        QCOMPARE(load(passphrases).error().kind, Error::Kind::Unauthorized);

        const auto once =
            await<SshKey>([&](auto done) { passphrases.loadWith(m_path, "correct horse", false, this, done); });
        VERIFY_OK(once);
        QVERIFY(once.value().hasSamePublicKey(m_key));
        QCOMPARE(load(passphrases).error().kind, Error::Kind::Unauthorized); // not kept

        const auto wrong = await<SshKey>([&](auto done) { passphrases.loadWith(m_path, "wrong", true, this, done); });
        QCOMPARE(wrong.error().kind, Error::Kind::Unauthorized);
        QCOMPARE(load(passphrases).error().kind, Error::Kind::Unauthorized); // a wrong one is never kept

        VERIFY_OK(await<SshKey>([&](auto done) { passphrases.loadWith(m_path, "correct horse", true, this, done); }));
        const auto kept = load(passphrases);
        VERIFY_OK(kept);
        QVERIFY(kept.value().hasSamePublicKey(m_key));
        const auto stored = await<QByteArray>(
            [&](auto done) { m_store->read(SshKeyPassphrases::secretKeyFor(m_key.fingerprint()), this, done); });
        QCOMPARE(stored.value(), QByteArray("correct horse"));
    }

    void aChangedPassphraseIsNoticed()
    {
        SshKeyPassphrases passphrases(m_store.get());
        VERIFY_OK(await<SshKey>([&](auto done) { passphrases.loadWith(m_path, "correct horse", true, this, done); }));
        VERIFY_OK(m_key.writePrivateKeyFile(m_path, "battery staple")); // the user changed it with ssh-keygen -p
        const auto stale = load(passphrases);
        QCOMPARE(stale.error().kind, Error::Kind::Unauthorized);
        QVERIFY2(stale.error().message.contains(QLatin1String("no longer")), qPrintable(stale.error().message));
        VERIFY_OK(await<void>([&](auto done) { passphrases.forget(m_path, this, done); }));
        const auto gone = await<QByteArray>(
            [&](auto done) { m_store->read(SshKeyPassphrases::secretKeyFor(m_key.fingerprint()), this, done); });
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    }

    void aKeyWithoutPassphraseNeedsNone()
    {
        const QString plain = m_dir.filePath(QStringLiteral("id_plain"));
        VERIFY_OK(m_key.writePrivateKeyFile(plain));
        SshKeyPassphrases passphrases(m_store.get());
        VERIFY_OK(await<SshKey>([&](auto done) { passphrases.load(plain, this, done); }));
        const auto missing =
            await<SshKey>([&](auto done) { passphrases.load(m_dir.filePath(QStringLiteral("nope")), this, done); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::Io);
    }
};

QTEST_GUILESS_MAIN(tst_SshKeyPassphrases)
#include "tst_SshKeyPassphrases.moc"
