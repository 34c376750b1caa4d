#include "ssh/SshKey.h"

#include "core/AtomicFile.h"
#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <libssh/libssh.h>
#include <openssl/crypto.h>

#include <sys/mman.h>
#include <unistd.h>

namespace quayside {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kReadable =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

// libssh hands out strings it allocated; this frees them on every path.
struct LibsshString
{
    char *text = nullptr;
    ~LibsshString() { ssh_string_free_char(text); }
};

// The first field of an SSH wire-format key: its type name.
QString blobTypeName(const QByteArray &blob)
{
    if (blob.size() < 4)
        return {};
    const quint32 length = (quint32(quint8(blob[0])) << 24) | (quint32(quint8(blob[1])) << 16) |
                           (quint32(quint8(blob[2])) << 8) | quint32(quint8(blob[3]));
    if (length == 0 || length > quint32(blob.size() - 4))
        return {};
    return QString::fromLatin1(blob.mid(4, qsizetype(length)));
}

// The body of an "-----BEGIN OPENSSH PRIVATE KEY-----" block, decoded; empty for any other text.
QByteArray openSshKeyBody(const QByteArray &text)
{
    static const QByteArray begin("-----BEGIN OPENSSH PRIVATE KEY-----");
    static const QByteArray end("-----END OPENSSH PRIVATE KEY-----");
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    if (from < 0 || to < from)
        return {};
    const QByteArray base64 = text.mid(from + begin.size(), to - from - begin.size()).simplified().replace(' ', "");
    return QByteArray::fromBase64(base64);
}

// Runs `work` on a pool thread and hands its result to `done` on the context's thread, unless the context
// was destroyed first (the watcher is its child and goes with it).
template<typename T>
void inBackground(QObject *context, std::function<Result<T>()> work, std::function<void(const Result<T> &)> done)
{
    Q_ASSERT(context);
    auto *watcher = new QFutureWatcher<std::shared_ptr<Result<T>>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done = std::move(done)] {
        const std::shared_ptr<Result<T>> result = watcher->result();
        watcher->deleteLater();
        done(*result);
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)] {
        auto result = std::make_shared<Result<T>>(work());
        // Pool threads live on idle: OpenSSL's state for this thread (its error queue) goes now, not when the
        // thread ends, which at the process's exit would race with LeakSanitizer's check. OpenSSL makes it
        // afresh if the thread needs it again.
        OPENSSL_thread_stop();
        return result;
    }));
}

} // namespace

SshKey::SshKey(ssh_key_struct *key, QString comment)
    : m_key(key, [](ssh_key_struct *owned) { ssh_key_free(owned); })
    , m_comment(std::move(comment))
{}

SshKey SshKey::adopt(ssh_key_struct *key)
{
    return key ? SshKey(key) : SshKey();
}

bool SshKey::isPrivate() const
{
    return m_key && ssh_key_is_private(m_key.get()) == 1;
}

QString SshKey::typeName() const
{
    return blobTypeName(publicKeyBlob());
}

void SshKey::setComment(const QString &comment)
{
    // One line in authorized_keys: a comment must not break it.
    m_comment = comment.simplified();
}

Result<SshKey> SshKey::generate(Algorithm algorithm, const QString &comment)
{
    ssh_key key = nullptr;
    const bool rsa = algorithm == Algorithm::Rsa4096;
    if (ssh_pki_generate(rsa ? SSH_KEYTYPE_RSA : SSH_KEYTYPE_ED25519, rsa ? 4096 : 0, &key) != SSH_OK || !key)
        return Error{Error::Kind::Internal, 0,
                     tr("Generating a new %1 key failed in the SSH library. Try again; if it keeps failing, "
                        "report it as a bug.")
                         .arg(rsa ? QStringLiteral("RSA-4096") : QStringLiteral("ed25519"))};
    SshKey made(key);
    made.setComment(comment);
    qCInfo(lcSsh) << "generated a new" << made.typeName() << "key" << made.fingerprint();
    return made;
}

bool SshKey::isEncryptedPrivateKey(const QByteArray &text)
{
    const QByteArray body = openSshKeyBody(text);
    if (!body.isEmpty()) {
        // "openssh-key-v1\0", then the cipher's name as an SSH string: "none" unless encrypted.
        static const QByteArray magic("openssh-key-v1", 15);
        if (!body.startsWith(magic))
            return false;
        return blobTypeName(body.mid(magic.size())) != QLatin1String("none");
    }
    // PEM: "Proc-Type: 4,ENCRYPTED" (traditional) or "BEGIN ENCRYPTED PRIVATE KEY" (PKCS#8).
    return text.contains("ENCRYPTED");
}

Result<SshKey> SshKey::fromPrivateKeyText(const QByteArray &text, const QByteArray &passphrase, const QString &name)
{
    const bool encrypted = isEncryptedPrivateKey(text);
    if (encrypted && passphrase.isEmpty())
        return Error{Error::Kind::Unauthorized, 0,
                     tr("The key %1 is protected by a passphrase. Enter its passphrase to use it.").arg(name)};
    ssh_key key = nullptr;
    // Never a null passphrase: libssh would then let OpenSSL ask for one on the terminal.
    const QByteArray given = passphrase.isEmpty() ? QByteArray("") : passphrase;
    if (ssh_pki_import_privkey_base64(text.constData(), given.constData(), nullptr, nullptr, &key) != SSH_OK || !key) {
        if (encrypted)
            return Error{Error::Kind::Unauthorized, 0,
                         tr("The passphrase of the key %1 is wrong. Enter it again.").arg(name)};
        return Error{Error::Kind::InvalidInput, 0,
                     tr("%1 is not a private key Quayside can read. Choose a private key in OpenSSH or PEM "
                        "format (the file without .pub).")
                         .arg(name)};
    }
    return SshKey(key);
}

Result<SshKey> SshKey::fromPrivateKeyFile(const QString &path, const QByteArray &passphrase)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return Error{Error::Kind::Io, 0,
                     tr("The key file %1 does not exist. Choose another key or create a new one.").arg(shown)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, 0,
                     tr("Cannot read the key file %1: %2. Check its permissions.").arg(shown, file.errorString())};
    auto loaded = fromPrivateKeyText(file.readAll(), passphrase, shown);
    if (!loaded)
        return loaded;
    SshKey key = std::move(loaded).value();
    const auto pub = fromPublicKeyFile(path + QStringLiteral(".pub"));
    key.setComment(pub && pub.value().hasSamePublicKey(key) ? pub.value().comment() : QFileInfo(path).fileName());
    return key;
}

Result<SshKey> SshKey::fromPublicKeyLine(const QString &line)
{
    const QStringList fields = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto refused = [&line] {
        return Error{Error::Kind::InvalidInput, 0,
                     tr("\"%1\" is not an OpenSSH public key line (\"ssh-ed25519 AAAA... comment\").")
                         .arg(line.trimmed().left(80))};
    };
    if (fields.size() < 2)
        return refused();
    const QByteArray type = fields.at(0).toLatin1();
    const QByteArray base64 = fields.at(1).toLatin1();
    const QByteArray blob = QByteArray::fromBase64(base64);
    // The type named in front must be the one inside the key, or the line was edited or mixed up.
    if (blobTypeName(blob) != fields.at(0))
        return refused();
    const enum ssh_keytypes_e keyType = ssh_key_type_from_name(type.constData());
    ssh_key key = nullptr;
    if (keyType == SSH_KEYTYPE_UNKNOWN || ssh_pki_import_pubkey_base64(base64.constData(), keyType, &key) != SSH_OK ||
        !key)
        return refused();
    return SshKey(key, fields.mid(2).join(QLatin1Char(' ')));
}

Result<SshKey> SshKey::fromPublicKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            Error::Kind::Io, 0,
            tr("Cannot read the public key file %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString())};
    return fromPublicKeyLine(QString::fromUtf8(file.readAll()));
}

SshKey SshKey::publicKey() const
{
    if (!m_key || !isPrivate())
        return *this;
    ssh_key pub = nullptr;
    if (ssh_pki_export_privkey_to_pubkey(m_key.get(), &pub) != SSH_OK || !pub)
        return {};
    return SshKey(pub, m_comment);
}

QByteArray SshKey::publicKeyBlob() const
{
    if (!m_key)
        return {};
    LibsshString base64;
    if (ssh_pki_export_pubkey_base64(m_key.get(), &base64.text) != SSH_OK || !base64.text)
        return {};
    return QByteArray::fromBase64(QByteArray(base64.text));
}

QString SshKey::publicKeyLine() const
{
    const QByteArray blob = publicKeyBlob();
    if (blob.isEmpty())
        return {};
    QString line = blobTypeName(blob) + QLatin1Char(' ') + QString::fromLatin1(blob.toBase64());
    if (!m_comment.isEmpty())
        line += QLatin1Char(' ') + m_comment;
    return line;
}

QString SshKey::fingerprintOfBlob(const QByteArray &blob)
{
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString SshKey::fingerprint() const
{
    const QByteArray blob = publicKeyBlob();
    return blob.isEmpty() ? QString() : fingerprintOfBlob(blob);
}

bool SshKey::hasSamePublicKey(const SshKey &other) const
{
    return m_key && other.m_key && ssh_key_cmp(m_key.get(), other.m_key.get(), SSH_KEY_CMP_PUBLIC) == 0;
}

Result<QByteArray> SshKey::privateKeyText(const QByteArray &passphrase) const
{
    if (!isPrivate())
        return Error{Error::Kind::Internal, 0, tr("The key %1 has no private part to write.").arg(fingerprint())};
    const auto failed = [this] {
        return Error{Error::Kind::Internal, 0,
                     tr("The SSH library could not write out the key %1. Report it as a bug.").arg(fingerprint())};
    };
    // libssh 0.10 writes a key as text only by copying it with strndup from a buffer without a NUL, which
    // AddressSanitizer's strict string checks take for an overflow; its file export has no such step. The
    // "file" is an anonymous one in memory, so the key touches no disk.
    const int memory = ::memfd_create("quayside-key", MFD_CLOEXEC);
    if (memory < 0)
        return failed();
    const QByteArray procPath = "/proc/self/fd/" + QByteArray::number(memory);
    // No passphrase is a null one to libssh: an empty one fails for ed25519.
    const int exported = ssh_pki_export_privkey_file(
        m_key.get(), passphrase.isEmpty() ? nullptr : passphrase.constData(), nullptr, nullptr, procPath.constData());
    QByteArray text;
    if (exported == SSH_OK && ::lseek(memory, 0, SEEK_SET) == 0) {
        char buffer[4096];
        ssize_t read = 0;
        while ((read = ::read(memory, buffer, sizeof buffer)) > 0)
            text.append(buffer, qsizetype(read));
    }
    ::close(memory);
    if (exported != SSH_OK || text.isEmpty())
        return failed();
    if (!text.endsWith('\n'))
        text += '\n';
    return text;
}

Result<void> SshKey::writePrivateKeyFile(const QString &path, const QByteArray &passphrase) const
{
    auto text = privateKeyText(passphrase);
    if (!text)
        return text.error();
    return AtomicFile::write(path, text.value(), kOwnerOnly);
}

Result<void> SshKey::writePublicKeyFile(const QString &path) const
{
    const QString line = publicKeyLine();
    if (line.isEmpty())
        return Error{Error::Kind::Internal, 0,
                     tr("There is no key to write to %1.").arg(QDir::toNativeSeparators(path))};
    return AtomicFile::write(path, line.toUtf8() + '\n', kReadable);
}

void SshKey::generateAsync(Algorithm algorithm, const QString &comment, QObject *context, Callback<SshKey> done)
{
    inBackground<SshKey>(
        context, [algorithm, comment] { return generate(algorithm, comment); }, std::move(done));
}

void SshKey::fromPrivateKeyFileAsync(const QString &path, const QByteArray &passphrase, QObject *context,
                                     Callback<SshKey> done)
{
    inBackground<SshKey>(
        context, [path, passphrase] { return fromPrivateKeyFile(path, passphrase); }, std::move(done));
}

void SshKey::writePrivateKeyFileAsync(const QString &path, const QByteArray &passphrase, QObject *context,
                                      Callback<void> done) const
{
    inBackground<void>(
        context, [key = *this, path, passphrase] { return key.writePrivateKeyFile(path, passphrase); },
        std::move(done));
}

QString SshKey::defaultFolder()
{
    return QDir::homePath() + QStringLiteral("/.ssh");
}

QList<SshKeyCandidate> SshKey::candidates(const QString &folder)
{
    QList<SshKeyCandidate> found;
    for (const QLatin1String name : {QLatin1String("id_ed25519"), QLatin1String("id_rsa"), QLatin1String("id_ecdsa")}) {
        const QString path = QDir(folder).filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        SshKeyCandidate candidate;
        candidate.privateKeyPath = path;
        candidate.encrypted = isEncryptedPrivateKey(file.readAll());
        const QString publicPath = path + QStringLiteral(".pub");
        if (const auto pub = fromPublicKeyFile(publicPath)) {
            candidate.publicKeyPath = publicPath;
            candidate.type = pub.value().typeName();
            candidate.comment = pub.value().comment();
            candidate.fingerprint = pub.value().fingerprint();
        }
        found << candidate;
    }
    return found;
}

} // namespace quayside
