#include "ssh/KnownHosts.h"

#include "core/Application.h"
#include "core/AtomicFile.h"
#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QRegularExpression>

namespace quayside {

namespace {

// One writer at a time within the process: trust() and replace() read, change and write back the file.
QMutex &fileMutex()
{
    static QMutex mutex;
    return mutex;
}

bool hostFieldMatches(const QString &field, const QString &pattern)
{
    const QStringList names = field.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("|1|"))) {
            // Hashed: |1|base64(salt)|base64(HMAC-SHA1(salt, pattern)).
            const QStringList parts = name.split(QLatin1Char('|'));
            if (parts.size() != 4)
                continue;
            const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
            const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
            if (QMessageAuthenticationCode::hash(pattern.toUtf8(), salt, QCryptographicHash::Sha1) == hash)
                return true;
        } else if (name.toLower() == pattern) {
            return true;
        }
    }
    return false;
}

QString md5Fingerprint(const QByteArray &blob)
{
    const QByteArray hex = QCryptographicHash::hash(blob, QCryptographicHash::Md5).toHex(':');
    return QStringLiteral("MD5:") + QString::fromLatin1(hex);
}

// The lines between the last BEGIN and END marker of a block in a console log, each with whatever the
// console put in front of the marker (prefix, timestamp) still on it.
QStringList lastConsoleBlock(const QString &log, QLatin1String name)
{
    const QString begin = QStringLiteral("-----BEGIN %1-----").arg(name);
    const QString end = QStringLiteral("-----END %1-----").arg(name);
    QStringList block;
    QStringList current;
    bool inside = false;
    const QStringList lines = log.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line.remove(QLatin1Char('\r'));
        if (line.contains(begin)) {
            inside = true;
            current.clear();
        } else if (line.contains(end)) {
            if (inside)
                block = current;
            inside = false;
        } else if (inside) {
            current << line;
        }
    }
    return block;
}

} // namespace

KnownHosts::KnownHosts(QString path)
    : m_path(std::move(path))
{}

QString KnownHosts::defaultPath()
{
    return sharedDataFolder() + QStringLiteral("/known_hosts");
}

QString KnownHosts::hostPattern(const QString &host, quint16 port)
{
    const QString name = host.trimmed().toLower();
    return port == 22 ? name : QStringLiteral("[%1]:%2").arg(name).arg(port);
}

Result<QStringList> KnownHosts::readLines() const
{
    QFile file(m_path);
    if (!file.exists())
        return QStringList();
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, 0,
                     tr("Cannot read Quayside's known hosts file %1: %2. Check its permissions.")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString())};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QList<KnownHosts::Entry> KnownHosts::entriesFor(const QStringList &lines, const QString &pattern)
{
    QList<Entry> entries;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('@')))
            continue;
        const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (fields.size() < 3 || !hostFieldMatches(fields.at(0), pattern))
            continue;
        entries << Entry{i, fields.at(0).split(QLatin1Char(',')), fields.at(1),
                         QByteArray::fromBase64(fields.at(2).toLatin1())};
    }
    return entries;
}

Result<void> KnownHosts::writeLines(const QStringList &lines) const
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{Error::Kind::Io, 0,
                     tr("Cannot create the folder %1 for Quayside's known hosts file. Check its permissions.")
                         .arg(QDir::toNativeSeparators(folder))};
    QByteArray text;
    for (const QString &line : lines)
        text += line.toUtf8() + '\n';
    return AtomicFile::write(m_path, text,
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                 QFileDevice::ReadOther);
}

QStringList KnownHosts::withoutHost(const QStringList &lines, const QString &pattern)
{
    QStringList kept;
    const QList<Entry> entries = entriesFor(lines, pattern);
    for (int i = 0; i < lines.size(); ++i) {
        const auto entry =
            std::find_if(entries.cbegin(), entries.cend(), [i](const Entry &candidate) { return candidate.line == i; });
        if (entry == entries.cend()) {
            kept << lines.at(i);
            continue;
        }
        // A line may name several hosts ("a,b ssh-ed25519 ..."): only this host's name leaves it.
        QStringList others;
        for (const QString &name : entry->hosts) {
            if (!hostFieldMatches(name, pattern))
                others << name;
        }
        if (others.isEmpty())
            continue;
        QStringList fields = lines.at(i).trimmed().split(QRegularExpression(QStringLiteral("\\s+")));
        fields[0] = others.join(QLatin1Char(','));
        kept << fields.join(QLatin1Char(' '));
    }
    return kept;
}

Result<HostKeyCheck> KnownHosts::check(const QString &host, quint16 port, const SshKey &key) const
{
    auto lines = readLines();
    if (!lines)
        return lines.error();
    HostKeyCheck result;
    const QByteArray blob = key.publicKeyBlob();
    result.presentedFingerprint = SshKey::fingerprintOfBlob(blob);
    const QList<Entry> entries = entriesFor(lines.value(), hostPattern(host, port));
    if (entries.isEmpty())
        return result;
    for (const Entry &entry : entries) {
        if (entry.blob == blob && entry.keyType == key.typeName()) {
            result.status = HostKeyCheck::Status::Trusted;
            return result;
        }
        result.storedFingerprints << SshKey::fingerprintOfBlob(entry.blob);
    }
    result.storedFingerprints.removeDuplicates();
    result.status = HostKeyCheck::Status::Changed;
    return result;
}

Result<QList<SshKey>> KnownHosts::keysOf(const QString &host, quint16 port) const
{
    auto lines = readLines();
    if (!lines)
        return lines.error();
    QList<SshKey> keys;
    for (const Entry &entry : entriesFor(lines.value(), hostPattern(host, port))) {
        if (auto key = SshKey::fromPublicKeyLine(entry.keyType + QLatin1Char(' ') +
                                                 QString::fromLatin1(entry.blob.toBase64())))
            keys << std::move(key).value();
    }
    return keys;
}

Error KnownHosts::conflictError(const QString &host, quint16 port, const QStringList &stored, const SshKey &key) const
{
    return Error{Error::Kind::Conflict, 0,
                 tr("Quayside's known hosts file %1 already keeps another key for %2 (%3), not %4. Replace it only "
                    "after making sure the server really has a new key.")
                     .arg(QDir::toNativeSeparators(m_path), hostPattern(host, port), stored.join(QStringLiteral(", ")),
                          key.fingerprint())};
}

Result<void> KnownHosts::trust(const QString &host, quint16 port, const SshKey &key)
{
    QMutexLocker locker(&fileMutex());
    const auto checked = check(host, port, key);
    if (!checked)
        return checked.error();
    if (checked.value().status == HostKeyCheck::Status::Trusted)
        return {};
    if (checked.value().status == HostKeyCheck::Status::Changed)
        return conflictError(host, port, checked.value().storedFingerprints, key);
    auto lines = readLines();
    if (!lines)
        return lines.error();
    QStringList updated = lines.value();
    updated << hostPattern(host, port) + QLatin1Char(' ') + key.typeName() + QLatin1Char(' ') +
                   QString::fromLatin1(key.publicKeyBlob().toBase64());
    auto written = writeLines(updated);
    if (written)
        qCInfo(lcSsh) << "now trusting" << key.fingerprint() << "for" << hostPattern(host, port);
    return written;
}

Result<void> KnownHosts::replace(const QString &host, quint16 port, const SshKey &key)
{
    QMutexLocker locker(&fileMutex());
    auto lines = readLines();
    if (!lines)
        return lines.error();
    QStringList updated = withoutHost(lines.value(), hostPattern(host, port));
    updated << hostPattern(host, port) + QLatin1Char(' ') + key.typeName() + QLatin1Char(' ') +
                   QString::fromLatin1(key.publicKeyBlob().toBase64());
    auto written = writeLines(updated);
    if (written)
        qCWarning(lcSsh) << "replaced the kept host key of" << hostPattern(host, port) << "by" << key.fingerprint();
    return written;
}

Result<void> KnownHosts::forget(const QString &host, quint16 port)
{
    QMutexLocker locker(&fileMutex());
    auto lines = readLines();
    if (!lines)
        return lines.error();
    const QStringList updated = withoutHost(lines.value(), hostPattern(host, port));
    if (updated == lines.value())
        return {};
    return writeLines(updated);
}

QList<ConsoleFingerprint> KnownHosts::fingerprintsFromConsoleLog(const QString &log)
{
    // "256 SHA256:abc... root@web-1 (ED25519)", or from old cloud-init
    // "2048 f1:40:...:54 /etc/ssh/ssh_host_rsa_key.pub (RSA)", after any prefix.
    static const QRegularExpression line(QStringLiteral(
        "(?:^|\\s)(\\d{3,5})\\s+(SHA256:[A-Za-z0-9+/]{43}=?|(?:MD5:)?(?:[0-9a-fA-F]{2}:){15}[0-9a-fA-F]{2})"
        "(?:\\s.*)?\\((\\w+)\\)\\s*$"));
    QList<ConsoleFingerprint> found;
    const QStringList block = lastConsoleBlock(log, QLatin1String("SSH HOST KEY FINGERPRINTS"));
    for (const QString &text : block) {
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch())
            continue;
        QString fingerprint = match.captured(2);
        if (!fingerprint.startsWith(QLatin1String("SHA256:"))) {
            const QString hex = fingerprint.toLower();
            fingerprint = QStringLiteral("MD5:") + (hex.startsWith(QLatin1String("md5:")) ? hex.mid(4) : hex);
        }
        found << ConsoleFingerprint{match.captured(1).toInt(), fingerprint, match.captured(3).toUpper()};
    }
    return found;
}

QList<SshKey> KnownHosts::keysFromConsoleLog(const QString &log)
{
    static const QRegularExpression line(
        QStringLiteral("(?:^|\\s)((?:ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp\\d{3})\\s+[A-Za-z0-9+/]+={0,2})(?:\\s|$)"));
    QList<SshKey> found;
    const QStringList block = lastConsoleBlock(log, QLatin1String("SSH HOST KEY KEYS"));
    for (const QString &text : block) {
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch())
            continue;
        if (auto key = SshKey::fromPublicKeyLine(match.captured(1)))
            found << std::move(key).value();
    }
    return found;
}

bool KnownHosts::matchesConsoleLog(const SshKey &key, const QString &log)
{
    const QByteArray blob = key.publicKeyBlob();
    if (blob.isEmpty())
        return false;
    const QString sha256 = SshKey::fingerprintOfBlob(blob);
    const QString md5 = md5Fingerprint(blob);
    const QList<ConsoleFingerprint> fingerprints = fingerprintsFromConsoleLog(log);
    for (const ConsoleFingerprint &printed : fingerprints) {
        if (printed.fingerprint == sha256 || printed.fingerprint == md5)
            return true;
    }
    const QList<SshKey> keys = keysFromConsoleLog(log);
    return std::any_of(keys.cbegin(), keys.cend(),
                       [&key](const SshKey &printed) { return printed.hasSamePublicKey(key); });
}

} // namespace quayside
