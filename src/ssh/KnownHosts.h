#pragma once

#include "core/Result.h"
#include "ssh/SshKey.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace quayside {

struct HostKeyCheck
{
    enum class Status {
        Trusted, // the file keeps exactly this key for the host
        Unknown, // the file keeps no key for the host
        Changed, // the file keeps another key for the host: an attack, or a server rebuilt with new keys
    };

    Status status = Status::Unknown;
    QString presentedFingerprint;
    // What the file keeps for the host ("SHA256:..."), for Changed.
    QStringList storedFingerprints;
};

// One line of the fingerprint block cloud-init writes to a new server's console.
struct ConsoleFingerprint
{
    int bits = 0;
    QString fingerprint; // "SHA256:..." or, from old cloud-init, "MD5:aa:bb:..."
    QString keyType;     // as cloud-init names it: "ED25519", "ECDSA", "RSA"
};

// Quayside's own known_hosts file, in OpenSSH's format ("host keytype base64" for port 22,
// "[host]:port keytype base64" otherwise), apart from ~/.ssh/known_hosts so that trusting a fleet's servers
// never changes what the user's own ssh trusts, and the other way round.
//
// Lines Quayside did not write are kept as they are. Reading understands plain and hashed (|1|...) host
// names; @cert-authority and @revoked lines and wildcard patterns are not used for checks.
//
// An object is only a path: every call reads the file afresh, so several objects (and threads) on one file
// agree, and changes are written all at once (temporary file and rename), one writer at a time within the
// process.
class KnownHosts
{
    Q_DECLARE_TR_FUNCTIONS(KnownHosts)

public:
    explicit KnownHosts(QString path);

    QString path() const { return m_path; }
    // known_hosts in Quayside's data folder, the same for the app and quaysidectl.
    static QString defaultPath();

    Result<HostKeyCheck> check(const QString &host, quint16 port, const SshKey &key) const;
    // The keys kept for a host.
    Result<QList<SshKey>> keysOf(const QString &host, quint16 port) const;
    // Keeps `key` for the host. Succeeds without change if it is kept already; refused (Conflict) if another
    // key is kept for the host: that takes replace(), after the user confirmed the new key.
    Result<void> trust(const QString &host, quint16 port, const SshKey &key);
    // Forgets every key kept for the host and keeps `key` instead.
    Result<void> replace(const QString &host, quint16 port, const SshKey &key);
    // Forgets every key kept for the host; nothing kept is not an error.
    Result<void> forget(const QString &host, quint16 port);

    // How a host is written in the file: "host" for port 22, "[host]:port" otherwise, lower case.
    static QString hostPattern(const QString &host, quint16 port);

    // The fingerprints in the last "BEGIN SSH HOST KEY FINGERPRINTS" block of a console log, with or
    // without prefixes before each line ("ec2: ", syslog headers, timestamps).
    static QList<ConsoleFingerprint> fingerprintsFromConsoleLog(const QString &log);
    // The public keys in the last "BEGIN SSH HOST KEY KEYS" block, which cloud-init prints as well.
    static QList<SshKey> keysFromConsoleLog(const QString &log);
    // Whether the console log vouches for `key`: its fingerprint is in the fingerprint block, or the key
    // itself in the key block.
    static bool matchesConsoleLog(const SshKey &key, const QString &log);

private:
    struct Entry
    {
        int line = -1;
        QStringList hosts;
        QString keyType;
        QByteArray blob;
    };
    Result<QStringList> readLines() const;
    static QList<Entry> entriesFor(const QStringList &lines, const QString &pattern);
    Result<void> writeLines(const QStringList &lines) const;
    // `lines` without the host's pattern anywhere (a line naming only that host goes entirely).
    static QStringList withoutHost(const QStringList &lines, const QString &pattern);
    Error conflictError(const QString &host, quint16 port, const QStringList &stored, const SshKey &key) const;

    QString m_path;
};

} // namespace quayside
