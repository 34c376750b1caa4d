#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace quayside {

// What the sandbox cloud holds, in its own terms; SandboxServer turns these into the OpenStack shapes.

struct SandboxFlavor
{
    QString id;
    QString name;
    int vcpus = 1;
    int ramMb = 512;
    int diskGb = 1;
};

struct SandboxImage
{
    // Glance's states; Nova's image proxy shows them upper-case, queued as SAVING.
    enum class Status { Queued, Saving, Active, Killed, Deleted };

    QString id;
    QString name;
    Status status = Status::Queued;
    QString serverId; // the server a snapshot was made of; empty for a base image
    QMap<QString, QString> metadata;
    qint64 sizeBytes = 0;
    int minDiskGb = 0;
    int minRamMb = 0;
    QDateTime created;
    QDateTime updated;
};

struct SandboxKeypair
{
    QString name;
    QString publicKey;   // one OpenSSH line
    QString fingerprint; // Nova's: MD5 of the key blob, colon-separated hex
    QString type = QStringLiteral("ssh");
    QDateTime created;
};

struct SandboxAddress
{
    QString network = QStringLiteral("private");
    QString address;
    int version = 4;
    QString mac;
};

struct SandboxFault
{
    int code = 500;
    QString message;
};

// What a create asks for, checked by SandboxBackend before a backend sees it.
struct SandboxServerRequest
{
    QString name;
    QString imageId;
    QString flavorId;
    QString keyName;
    QMap<QString, QString> metadata;
    QByteArray userData;                           // decoded
    QList<QPair<QString, QByteArray>> personality; // path, decoded contents
    QStringList networks;                          // the uuids asked for; the sandbox has one network only
};

// A server (Nova's instance) as the sandbox keeps it.
struct SandboxInstance
{
    QString id;
    QString name;
    QString status = QStringLiteral("BUILD"); // BUILD, ACTIVE, ERROR
    QString taskState;                        // "spawning", "image_snapshot", "deleting"; empty for none
    int progress = 0;
    QString imageId;
    QString flavorId;
    QString keyName;
    QString publicKey; // the key pair's key at create time: what the server lets in
    QMap<QString, QString> metadata;
    QByteArray userData;
    QList<QPair<QString, QByteArray>> personality;
    QStringList networks; // as asked for at create time
    QList<SandboxAddress> addresses;
    QString accessIPv4;
    std::optional<SandboxFault> fault;
    QString adminPass;  // handed out once, in the reply to the create
    QString consoleLog; // what the server printed while booting (Nova's os-getConsoleOutput)
    QDateTime created;
    QDateTime updated;
    QDateTime launched;
};

} // namespace quayside
