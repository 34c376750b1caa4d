// SshKey against OpenSSH's own tools: keys we make are read by ssh-keygen with the same fingerprint, keys
// ssh-keygen makes are read by us, and a key we generate logs in to a real sshd.
#include "Await.h"
#include "ManagedProcess.h"
#include "TestSshServer.h"

#include "ssh/KnownHosts.h"
#include "ssh/SshKey.h"
#include "ssh/SshSession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using quayside::Error;
using quayside::HostKeyPolicy;
using quayside::KnownHosts;
using quayside::OutputStream;
using quayside::Result;
using quayside::RunOptions;
using quayside::RunResult;
using quayside::SshKey;
using quayside::SshKeyCandidate;
using quayside::SshSession;
using quayside::SshTarget;
using quayside::test::await;
using quayside::test::fileMode;
using quayside::test::readFile;
using quayside::test::runTool;
using quayside::test::TestSshServer;
using quayside::test::ToolResult;

Q_DECLARE_METATYPE(SshKey::Algorithm)
Q_DECLARE_METATYPE(quayside::Error::Kind)

namespace {

// "256 SHA256:... comment (ED25519)" from ssh-keygen -l for a public key file.
QStringList keygenFingerprint(const QString &publicKeyPath)
{
    const ToolResult listed =
        runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                                               QStringLiteral("-f"), publicKeyPath});
    if (!listed.ok())
        return {QString::fromLocal8Bit(listed.err)};
    return QString::fromLocal8Bit(listed.out).trimmed().split(QLatin1Char(' '));
}

} // namespace

class tst_SshKey : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void generatedKeysAreWhatSshKeygenSees_data()
    {
        QTest::addColumn<SshKey::Algorithm>("algorithm");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("bits");
        QTest::addColumn<QString>("keygenType");
        QTest::newRow("ed25519") << SshKey::Algorithm::Ed25519 << QStringLiteral("ssh-ed25519") << QStringLiteral("256")
                                 << QStringLiteral("(ED25519)");
        QTest::newRow("rsa-4096") << SshKey::Algorithm::Rsa4096 << QStringLiteral("ssh-rsa") << QStringLiteral("4096")
                                  << QStringLiteral("(RSA)");
    }
    void generatedKeysAreWhatSshKeygenSees()
    {
        QFETCH(SshKey::Algorithm, algorithm);
        QFETCH(QString, type);
        QFETCH(QString, bits);
        QFETCH(QString, keygenType);
        const auto generated = SshKey::generate(algorithm, QStringLiteral("quayside@test fleet"));
        VERIFY_OK(generated);
        const SshKey &key = generated.value();
        QVERIFY(key.isPrivate());
        QCOMPARE(key.typeName(), type);
        QVERIFY(key.fingerprint().startsWith(QLatin1String("SHA256:")));
        const QString line = key.publicKeyLine();
        QVERIFY2(line.startsWith(type + QLatin1String(" AAAA")), qPrintable(line));
        QVERIFY2(line.endsWith(QLatin1String(" quayside@test fleet")), qPrintable(line));
        QVERIFY(!line.contains(QLatin1Char('\n')));

        const QString publicPath =
            path(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral("-generated.pub"));
        VERIFY_OK(key.writePublicKeyFile(publicPath));
        QCOMPARE(fileMode(publicPath), 0644);
        QCOMPARE(readFile(publicPath), line.toUtf8() + '\n');
        const QStringList listed = keygenFingerprint(publicPath);
        QCOMPARE(listed.value(0), bits);
        QCOMPARE(listed.value(1), key.fingerprint());
        QCOMPARE(listed.constLast(), keygenType);

        // The public half alone is the same key, without a private part.
        const SshKey publicOnly = key.publicKey();
        QVERIFY(!publicOnly.isPrivate());
        QVERIFY(publicOnly.hasSamePublicKey(key));
        QCOMPARE(publicOnly.fingerprint(), key.fingerprint());
    }

    void privateKeysRoundTrip_data()
    {
        QTest::addColumn<SshKey::Algorithm>("algorithm");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::newRow("ed25519 plain") << SshKey::Algorithm::Ed25519 << QByteArray();
        QTest::newRow("ed25519 with passphrase")
            << SshKey::Algorithm::Ed25519 << QStringLiteral("correct horse \u2603 'battery'").toUtf8();
        QTest::newRow("rsa plain") << SshKey::Algorithm::Rsa4096 << QByteArray();
        QTest::newRow("rsa with passphrase") << SshKey::Algorithm::Rsa4096 << QByteArray("s3cret passphrase");
    }
    void privateKeysRoundTrip()
    {
        QFETCH(SshKey::Algorithm, algorithm);
        QFETCH(QByteArray, passphrase);
        const auto generated = SshKey::generate(algorithm, QStringLiteral("round-trip"));
        VERIFY_OK(generated);
        const QString keyPath =
            path(QStringLiteral("round-trip-") +
                 QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        VERIFY_OK(generated.value().writePrivateKeyFile(keyPath, passphrase));
        QCOMPARE(fileMode(keyPath), 0600);
        const QByteArray text = readFile(keyPath);
        QCOMPARE(SshKey::isEncryptedPrivateKey(text), !passphrase.isEmpty());
        if (!passphrase.isEmpty())
            QVERIFY(!text.contains(passphrase));

        const auto loaded = SshKey::fromPrivateKeyFile(keyPath, passphrase);
        VERIFY_OK(loaded);
        QVERIFY(loaded.value().isPrivate());
        QVERIFY(loaded.value().hasSamePublicKey(generated.value()));
        QCOMPARE(loaded.value().fingerprint(), generated.value().fingerprint());

        // OpenSSH reads what we wrote: ssh-keygen -y derives the same public key from it.
        QStringList arguments = {QStringLiteral("-y"), QStringLiteral("-f"), keyPath};
        arguments << QStringLiteral("-P") << QString::fromUtf8(passphrase);
        const ToolResult derived = runTool(QStringLiteral("ssh-keygen"), arguments);
        QVERIFY2(derived.ok(), qPrintable(derived.describe(QStringLiteral("ssh-keygen"), arguments)));
        const auto derivedKey = SshKey::fromPublicKeyLine(QString::fromLatin1(derived.out));
        VERIFY_OK(derivedKey);
        QVERIFY(derivedKey.value().hasSamePublicKey(generated.value()));
    }

    void passphraseProblemsAreUnauthorized()
    {
        const auto generated = SshKey::generate(SshKey::Algorithm::Ed25519, QString());
        VERIFY_OK(generated);
        const QString keyPath = path(QStringLiteral("locked"));
        VERIFY_OK(generated.value().writePrivateKeyFile(keyPath, "right one"));

        const auto wrong = SshKey::fromPrivateKeyFile(keyPath, "wrong one");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, Error::Kind::Unauthorized);
        QVERIFY2(wrong.error().message.contains(QLatin1String("passphrase")) &&
                     wrong.error().message.contains(QDir::toNativeSeparators(keyPath)),
                 qPrintable(wrong.error().message));

        const auto missing = SshKey::fromPrivateKeyFile(keyPath);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::Unauthorized);
        QVERIFY2(missing.error().message.contains(QLatin1String("protected by a passphrase")),
                 qPrintable(missing.error().message));
    }

    void unreadableFilesAreErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<Error::Kind>("kind");
        QTest::newRow("missing") << QStringLiteral("no-such-key") << QByteArray() << Error::Kind::Io;
        QTest::newRow("a folder") << QStringLiteral("folder-not-key") << QByteArray() << Error::Kind::Io;
        QTest::newRow("not a key") << QStringLiteral("garbage") << QByteArray("hello, world\n")
                                   << Error::Kind::InvalidInput;
        QTest::newRow("a public key")
            << QStringLiteral("public-not-private")
            << QByteArray("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl x\n")
            << Error::Kind::InvalidInput;
    }
    void unreadableFilesAreErrors()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(Error::Kind, kind);
        const QString keyPath = path(name);
        if (name == QLatin1String("folder-not-key"))
            QVERIFY(QDir().mkpath(keyPath));
        else if (!content.isEmpty())
            QVERIFY(quayside::test::writeFile(keyPath, content));
        const auto loaded = SshKey::fromPrivateKeyFile(keyPath);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, kind);
        QVERIFY2(loaded.error().message.contains(QDir::toNativeSeparators(keyPath)),
                 qPrintable(loaded.error().message));
    }

    void readsKeysMadeBySshKeygen_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("ed25519 with passphrase") << QStringLiteral("ed25519") << QStringLiteral("keygen pass");
        QTest::newRow("ed25519 plain") << QStringLiteral("ed25519") << QString();
        QTest::newRow("rsa with passphrase") << QStringLiteral("rsa") << QStringLiteral("keygen pass");
        QTest::newRow("ecdsa plain") << QStringLiteral("ecdsa") << QString();
    }
    void readsKeysMadeBySshKeygen()
    {
        QFETCH(QString, type);
        QFETCH(QString, passphrase);
        const QString keyPath =
            path(QStringLiteral("keygen-") +
                 QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        const QStringList arguments = {QStringLiteral("-q"),
                                       QStringLiteral("-t"),
                                       type,
                                       QStringLiteral("-N"),
                                       passphrase,
                                       QStringLiteral("-C"),
                                       QStringLiteral("made by ssh-keygen"),
                                       QStringLiteral("-f"),
                                       keyPath};
        const ToolResult made = runTool(QStringLiteral("ssh-keygen"), arguments);
        QVERIFY2(made.ok(), qPrintable(made.describe(QStringLiteral("ssh-keygen"), arguments)));

        const auto loaded = SshKey::fromPrivateKeyFile(keyPath, passphrase.toUtf8());
        VERIFY_OK(loaded);
        QCOMPARE(loaded.value().fingerprint(), keygenFingerprint(keyPath + QStringLiteral(".pub")).value(1));
        QCOMPARE(loaded.value().comment(), QStringLiteral("made by ssh-keygen"));
        const auto pub = SshKey::fromPublicKeyFile(keyPath + QStringLiteral(".pub"));
        VERIFY_OK(pub);
        QCOMPARE(pub.value().publicKeyLine(),
                 QString::fromLatin1(readFile(keyPath + QStringLiteral(".pub"))).trimmed());
    }

    void publicKeyLinesAreChecked_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("empty") << QString();
        QTest::newRow("type only") << QStringLiteral("ssh-ed25519");
        QTest::newRow("not base64") << QStringLiteral("ssh-ed25519 !!!! comment");
        QTest::newRow("type and key disagree")
            << QStringLiteral("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl x");
        QTest::newRow("truncated key") << QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0Sd");
    }
    void publicKeyLinesAreChecked()
    {
        QFETCH(QString, line);
        const auto parsed = SshKey::fromPublicKeyLine(line);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Error::Kind::InvalidInput);
    }

    void publicKeyLineRoundTrip()
    {
        const QString line = QStringLiteral(
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl a comment  with spaces");
        const auto parsed = SshKey::fromPublicKeyLine(line);
        VERIFY_OK(parsed);
        QVERIFY(!parsed.value().isPrivate());
        QCOMPARE(parsed.value().comment(), QStringLiteral("a comment with spaces"));
        QCOMPARE(parsed.value().publicKeyLine(),
                 QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsab"
                                "gH5C9okWi0dh2l9GKJl a comment with spaces"));
        QCOMPARE(parsed.value().publicKey().publicKeyLine(), parsed.value().publicKeyLine());
    }

    void candidatesInAFolder()
    {
        const QString folder = path(QStringLiteral("dot-ssh"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(SshKey::candidates(folder).size(), 0);
        const auto ed = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("me@laptop"));
        VERIFY_OK(ed);
        VERIFY_OK(ed.value().writePrivateKeyFile(folder + QStringLiteral("/id_ed25519"), "pass"));
        VERIFY_OK(ed.value().writePublicKeyFile(folder + QStringLiteral("/id_ed25519.pub")));
        const auto rsa = SshKey::generate(SshKey::Algorithm::Rsa4096, QString());
        VERIFY_OK(rsa);
        VERIFY_OK(rsa.value().writePrivateKeyFile(folder + QStringLiteral("/id_rsa")));
        QVERIFY(quayside::test::writeFile(folder + QStringLiteral("/unrelated"), "not a key"));

        const QList<SshKeyCandidate> found = SshKey::candidates(folder);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).privateKeyPath, folder + QStringLiteral("/id_ed25519"));
        QCOMPARE(found.at(0).publicKeyPath, folder + QStringLiteral("/id_ed25519.pub"));
        QCOMPARE(found.at(0).type, QStringLiteral("ssh-ed25519"));
        QCOMPARE(found.at(0).comment, QStringLiteral("me@laptop"));
        QCOMPARE(found.at(0).fingerprint, ed.value().fingerprint());
        QVERIFY(found.at(0).encrypted);
        QCOMPARE(found.at(1).privateKeyPath, folder + QStringLiteral("/id_rsa"));
        QVERIFY(found.at(1).publicKeyPath.isEmpty());
        QVERIFY(found.at(1).fingerprint.isEmpty());
        QVERIFY(!found.at(1).encrypted);
    }

    void asyncVariantsAnswerOnTheCallersThread()
    {
        QObject context;
        const auto generated = await<SshKey>([&context](auto done) {
            SshKey::generateAsync(SshKey::Algorithm::Ed25519, QStringLiteral("async"), &context,
                                  [done, caller = QThread::currentThread()](const Result<SshKey> &result) {
                                      QCOMPARE(QThread::currentThread(), caller);
                                      done(result);
                                  });
        });
        VERIFY_OK(generated);
        const QString keyPath = path(QStringLiteral("async-key"));
        VERIFY_OK(await<void>(
            [&](auto done) { generated.value().writePrivateKeyFileAsync(keyPath, "async pass", &context, done); }));
        const auto loaded =
            await<SshKey>([&](auto done) { SshKey::fromPrivateKeyFileAsync(keyPath, "async pass", &context, done); });
        VERIFY_OK(loaded);
        QVERIFY(loaded.value().hasSamePublicKey(generated.value()));
    }

    void asyncVariantsStaySilentOnceTheContextIsGone()
    {
        bool called = false;
        auto *context = new QObject;
        SshKey::generateAsync(SshKey::Algorithm::Rsa4096, QString(), context,
                              [&called](const Result<SshKey> &) { called = true; });
        delete context;
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void aGeneratedKeyLogsIn()
    {
        TestSshServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const auto generated = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("quayside-login-test"));
        VERIFY_OK(generated);

        SshTarget target;
        target.host = server.host();
        target.port = server.port();
        target.user = server.userName();
        target.identity = generated.value();
        const KnownHosts knownHosts(path(QStringLiteral("login-known_hosts")));
        SshSession session;
        const HostKeyPolicy policy = HostKeyPolicy::trustOnFirstUse(server.hostKeyFingerprint());

        // Not authorized yet: refused, with the key named.
        const auto refused =
            await<void>([&](auto done) { session.connectToHost(target, &knownHosts, policy, &session, done); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Unauthorized);
        QVERIFY2(refused.error().message.contains(generated.value().fingerprint()),
                 qPrintable(refused.error().message));

        QVERIFY(server.authorize(generated.value().publicKeyLine().toUtf8()));
        VERIFY_OK(await<void>([&](auto done) { session.connectToHost(target, &knownHosts, policy, &session, done); }));
        QStringList out;
        const auto ran = await<RunResult>([&](auto done) {
            session.run(
                QStringLiteral("echo logged-in-as-$(id -un)"), RunOptions(), &session,
                [&out](OutputStream, const QString &line) { out << line; }, done);
        });
        VERIFY_OK(ran);
        QCOMPARE(ran.value().exitStatus, 0);
        QCOMPARE(out, QStringList{QStringLiteral("logged-in-as-") + server.userName()});
    }
};

QTEST_GUILESS_MAIN(tst_SshKey)
#include "tst_SshKey.moc"
