// The harness's sshd, driven through libssh: host key checked, key login, a command's output read.
#include "TestSshServer.h"

#include <QTest>

#include <libssh/libssh.h>

#include <memory>

using quayside::test::TestSshServer;

namespace {

struct SessionDeleter
{
    void operator()(ssh_session session) const
    {
        ssh_disconnect(session);
        ssh_free(session);
    }
};
struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using Session = std::unique_ptr<ssh_session_struct, SessionDeleter>;
using Key = std::unique_ptr<ssh_key_struct, KeyDeleter>;

struct CommandResult
{
    QByteArray out;
    QByteArray err;
    int exitStatus = -1;
};

} // namespace

class tst_SshHarness : public QObject
{
    Q_OBJECT

private:
    Session connect()
    {
        Session session(ssh_new());
        const QByteArray host = m_server.host().toLatin1();
        const QByteArray user = m_server.userName().toLocal8Bit();
        const unsigned int port = m_server.port();
        const long timeoutSeconds = 10;
        const int no = 0;
        ssh_options_set(session.get(), SSH_OPTIONS_HOST, host.constData());
        ssh_options_set(session.get(), SSH_OPTIONS_PORT, &port);
        ssh_options_set(session.get(), SSH_OPTIONS_USER, user.constData());
        ssh_options_set(session.get(), SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
        ssh_options_set(session.get(), SSH_OPTIONS_PROCESS_CONFIG, &no);
        if (ssh_connect(session.get()) != SSH_OK) {
            qWarning() << "connect:" << ssh_get_error(session.get());
            return nullptr;
        }
        return session;
    }

    Key loadPublicKey(const QString &path)
    {
        ssh_key key = nullptr;
        if (ssh_pki_import_pubkey_file(path.toLocal8Bit().constData(), &key) != SSH_OK)
            return nullptr;
        return Key(key);
    }

    CommandResult run(ssh_session session, const char *command)
    {
        CommandResult result;
        ssh_channel channel = ssh_channel_new(session);
        if (!channel)
            return result;
        if (ssh_channel_open_session(channel) == SSH_OK && ssh_channel_request_exec(channel, command) == SSH_OK) {
            char buffer[4096];
            for (int stderrStream : {0, 1}) {
                int n = 0;
                while ((n = ssh_channel_read_timeout(channel, buffer, sizeof buffer, stderrStream, 10000)) > 0)
                    (stderrStream ? result.err : result.out).append(buffer, n);
            }
            ssh_channel_send_eof(channel);
            result.exitStatus = ssh_channel_get_exit_status(channel);
        }
        ssh_channel_close(channel);
        ssh_channel_free(channel);
        return result;
    }

    TestSshServer m_server;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void hostKeyIsTheGeneratedOne()
    {
        Session session = connect();
        QVERIFY(session);
        ssh_key offered = nullptr;
        QCOMPARE(ssh_get_server_publickey(session.get(), &offered), SSH_OK);
        Key offeredKey(offered);
        Key expected = loadPublicKey(m_server.hostPublicKey());
        QVERIFY(expected);
        QCOMPARE(ssh_key_cmp(offeredKey.get(), expected.get(), SSH_KEY_CMP_PUBLIC), 0);

        unsigned char *hash = nullptr;
        size_t length = 0;
        QCOMPARE(ssh_get_publickey_hash(offeredKey.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &length), 0);
        char *fingerprint = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
        const QString text = QString::fromLatin1(fingerprint);
        ssh_string_free_char(fingerprint);
        ssh_clean_pubkey_hash(&hash);
        QCOMPARE(text, m_server.hostKeyFingerprint());
    }

    void commandOutputAndExitStatus()
    {
        Session session = connect();
        QVERIFY(session);
        ssh_key privateKey = nullptr;
        QCOMPARE(ssh_pki_import_privkey_file(m_server.clientKey().toLocal8Bit().constData(), nullptr, nullptr, nullptr,
                                             &privateKey),
                 SSH_OK);
        Key key(privateKey);
        QCOMPARE(ssh_userauth_publickey(session.get(), nullptr, key.get()), int(SSH_AUTH_SUCCESS));

        const CommandResult result =
            run(session.get(), "printf 'quayside-%s\\n' \"$((6 * 7))\"; echo to-stderr >&2; exit 3");
        QCOMPARE(result.out, QByteArray("quayside-42\n"));
        QCOMPARE(result.err, QByteArray("to-stderr\n"));
        QCOMPARE(result.exitStatus, 3);
    }

    void unknownKeyIsRefused()
    {
        Session session = connect();
        QVERIFY(session);
        ssh_key stranger = nullptr;
        QCOMPARE(ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &stranger), SSH_OK);
        Key key(stranger);
        QCOMPARE(ssh_userauth_publickey(session.get(), nullptr, key.get()), int(SSH_AUTH_DENIED));
    }
};

QTEST_GUILESS_MAIN(tst_SshHarness)
#include "tst_SshHarness.moc"
