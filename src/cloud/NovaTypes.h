#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace quayside {

struct NovaFlavor
{
    QString id;
    QString name;
    int vcpus = 0;
    int ramMb = 0;
    int diskGb = 0;
};

struct NovaImage
{
    QString id;
    QString name;
    QString status; // ACTIVE, SAVING, QUEUED, ERROR, DELETED (Nova's image proxy writes them upper-case)
    int progress = 0;
    qint64 sizeBytes = 0;
    int minDiskGb = 0;
    int minRamMb = 0;
    // A snapshot of a server rather than an image the cloud offers; serverId names the server if known.
    bool isSnapshot = false;
    QString serverId;
    QMap<QString, QString> metadata;
    QDateTime created;
};

struct NovaKeypair
{
    QString name;
    QString fingerprint;
    QString publicKey;
};

struct NovaAddress
{
    QString network; // "public", "private" (Rackspace's ServiceNet), or the cloud's own network name
    QString address;
    int version = 4;
    QString type; // "fixed" or "floating", where the cloud says
};

struct NovaFault
{
    int code = 0;
    QString message;
    QString details;
};

struct NovaServer
{
    QString id;
    QString name;
    QString status; // BUILD, ACTIVE, ERROR, DELETED, ...
    QString taskState;
    int progress = 0;
    QString imageId;
    QString flavorId;
    QString keyName;
    QList<NovaAddress> addresses;
    QString accessIPv4;
    QString accessIPv6;
    QMap<QString, QString> metadata;
    std::optional<NovaFault> fault;
    QDateTime created;
    // Only in the reply to a create, and only on clouds that still hand one out. A secret.
    QByteArray adminPass;

    // The address the server is reached by from the internet: accessIPv4, else the "public" network's,
    // else a floating address, else any address outside the private ranges; empty if none.
    QString publicIPv4() const;
    QString publicIPv6() const;
    // The address inside the cloud: Rackspace's ServiceNet ("private"), else a fixed address in a
    // private range; empty if none.
    QString privateIPv4() const;
};

// A file written onto the server at boot (Nova "personality"), as the seed injects authorized_keys.
struct NovaFile
{
    QString path;
    QByteArray contents;
};

struct NovaServerSpec
{
    QString name;
    QString imageId;
    QString flavorId;
    QString keyName;       // a keypair of the account, or empty
    QList<NovaFile> files; // personality files
    QByteArray userData;   // cloud-init, sent base64-encoded
    QMap<QString, QString> metadata;
    QStringList networks; // network uuids; empty: the cloud's default
    QString availabilityZone;
};

// Rackspace's fixed networks, which its servers are attached to by uuid.
inline QString rackspacePublicNet()
{
    return QStringLiteral("00000000-0000-0000-0000-000000000000");
}
inline QString rackspaceServiceNet()
{
    return QStringLiteral("11111111-1111-1111-1111-111111111111");
}

// Readers for Nova's replies. They take what real clouds send, which strays from the samples: numbers as
// strings or empty strings, ids that are not UUIDs, fields missing or unknown.
namespace NovaJson {
Result<QList<NovaFlavor>> flavors(const QByteArray &body);
Result<QList<NovaImage>> images(const QByteArray &body);
Result<NovaImage> image(const QByteArray &body);
Result<QList<NovaKeypair>> keypairs(const QByteArray &body);
Result<NovaKeypair> keypair(const QByteArray &body);
Result<NovaServer> server(const QByteArray &body);
// A page of servers, and the address of the next page (empty on the last).
Result<std::pair<QList<NovaServer>, QString>> servers(const QByteArray &body);
QByteArray serverCreateBody(const NovaServerSpec &spec);
// The name Nova gives the fault object of an error reply with this HTTP status ("itemNotFound" for 404,
// "computeFault" for what it does not name), as nova/api/openstack/wsgi.py's Fault does.
QString faultName(int httpStatus);
} // namespace NovaJson

} // namespace quayside
