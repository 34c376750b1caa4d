#include "cloud/NovaTypes.h"

#include "cloud/KeystoneClient.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace quayside {

namespace {

class NovaText
{
    Q_DECLARE_TR_FUNCTIONS(NovaJson)
};

Error unreadable(const QString &what, const QString &why)
{
    return Error{Error::Kind::Protocol, 0,
                 NovaText::tr("The compute service sent a %1 Quayside cannot read: %2.").arg(what, why)};
}

Result<QJsonObject> parseObject(const QByteArray &body, const QString &what)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return unreadable(what, NovaText::tr("%1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return unreadable(what, NovaText::tr("an object was expected"));
    return document.object();
}

// A number as clouds send it: a number, a numeric string, or "" / null for nothing.
qint64 number(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString())
        return value.toString().trimmed().toLongLong();
    return 0;
}

// An id as clouds send it: usually a string, sometimes a number.
QString identifier(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
    return map;
}

QJsonObject toJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

NovaFlavor readFlavor(const QJsonObject &object)
{
    return NovaFlavor{identifier(object.value(QLatin1String("id"))), object.value(QLatin1String("name")).toString(),
                      int(number(object.value(QLatin1String("vcpus")))),
                      int(number(object.value(QLatin1String("ram")))),
                      int(number(object.value(QLatin1String("disk"))))};
}

NovaImage readImage(const QJsonObject &object)
{
    NovaImage image;
    image.id = identifier(object.value(QLatin1String("id")));
    image.name = object.value(QLatin1String("name")).toString();
    image.status = object.value(QLatin1String("status")).toString().toUpper();
    image.progress = int(number(object.value(QLatin1String("progress"))));
    image.sizeBytes = number(object.value(QLatin1String("OS-EXT-IMG-SIZE:size")));
    image.minDiskGb = int(number(object.value(QLatin1String("minDisk"))));
    image.minRamMb = int(number(object.value(QLatin1String("minRam"))));
    image.metadata = stringMap(object.value(QLatin1String("metadata")));
    image.created = KeystoneClient::parseTime(object.value(QLatin1String("created")).toString());
    // Nova names the server a snapshot was taken of; Glance's image_type and instance_uuid say the same.
    image.serverId = identifier(object.value(QLatin1String("server")).toObject().value(QLatin1String("id")));
    if (image.serverId.isEmpty())
        image.serverId = image.metadata.value(QStringLiteral("instance_uuid"));
    image.isSnapshot =
        !image.serverId.isEmpty() || image.metadata.value(QStringLiteral("image_type")) == QLatin1String("snapshot");
    return image;
}

NovaKeypair readKeypair(const QJsonObject &object)
{
    return NovaKeypair{object.value(QLatin1String("name")).toString(),
                       object.value(QLatin1String("fingerprint")).toString(),
                       object.value(QLatin1String("public_key")).toString()};
}

NovaServer readServer(const QJsonObject &object)
{
    NovaServer server;
    server.id = identifier(object.value(QLatin1String("id")));
    server.name = object.value(QLatin1String("name")).toString();
    server.status = object.value(QLatin1String("status")).toString().toUpper();
    server.taskState = object.value(QLatin1String("OS-EXT-STS:task_state")).toString();
    server.progress = int(number(object.value(QLatin1String("progress"))));
    // A server booted from a volume has "" for its image.
    server.imageId = identifier(object.value(QLatin1String("image")).toObject().value(QLatin1String("id")));
    server.flavorId = identifier(object.value(QLatin1String("flavor")).toObject().value(QLatin1String("id")));
    server.keyName = object.value(QLatin1String("key_name")).toString();
    server.accessIPv4 = object.value(QLatin1String("accessIPv4")).toString();
    server.accessIPv6 = object.value(QLatin1String("accessIPv6")).toString();
    server.metadata = stringMap(object.value(QLatin1String("metadata")));
    server.created = KeystoneClient::parseTime(object.value(QLatin1String("created")).toString());
    server.adminPass = object.value(QLatin1String("adminPass")).toString().toUtf8();
    const QJsonObject addresses = object.value(QLatin1String("addresses")).toObject();
    for (auto it = addresses.begin(); it != addresses.end(); ++it) {
        for (const auto &entry : it.value().toArray()) {
            const QJsonObject address = entry.toObject();
            server.addresses << NovaAddress{it.key(), address.value(QLatin1String("addr")).toString(),
                                            int(number(address.value(QLatin1String("version")))),
                                            address.value(QLatin1String("OS-EXT-IPS:type")).toString()};
        }
    }
    if (object.value(QLatin1String("fault")).isObject()) {
        const QJsonObject fault = object.value(QLatin1String("fault")).toObject();
        server.fault =
            NovaFault{int(number(fault.value(QLatin1String("code")))), fault.value(QLatin1String("message")).toString(),
                      fault.value(QLatin1String("details")).toString()};
    }
    return server;
}

template<typename T>
Result<QList<T>> readList(const QByteArray &body, const QString &what, QLatin1String key,
                          T (*read)(const QJsonObject &), QLatin1String wrapper = QLatin1String())
{
    auto object = parseObject(body, what);
    if (!object)
        return object.error();
    const QJsonValue list = object.value().value(key);
    if (!list.isArray())
        return unreadable(what, NovaText::tr("\"%1\" is missing").arg(key));
    QList<T> result;
    for (const auto &entry : list.toArray()) {
        const QJsonObject item = !wrapper.isEmpty() ? entry.toObject().value(wrapper).toObject() : entry.toObject();
        if (item.isEmpty())
            return unreadable(what, NovaText::tr("an entry is not an object"));
        result << read(item);
    }
    return result;
}

template<typename T>
Result<T> readOne(const QByteArray &body, const QString &what, QLatin1String key, T (*read)(const QJsonObject &))
{
    auto object = parseObject(body, what);
    if (!object)
        return object.error();
    const QJsonObject item = object.value().value(key).toObject();
    if (item.isEmpty())
        return unreadable(what, NovaText::tr("\"%1\" is missing").arg(key));
    return read(item);
}

bool isPrivate(const QString &text)
{
    const QHostAddress address(text);
    for (const auto &[network, length] : {std::pair<const char *, int>{"10.0.0.0", 8},
                                          {"172.16.0.0", 12},
                                          {"192.168.0.0", 16},
                                          {"169.254.0.0", 16},
                                          {"100.64.0.0", 10}}) {
        if (address.isInSubnet(QHostAddress(QString::fromLatin1(network)), length))
            return true;
    }
    return false;
}

} // namespace

QString NovaServer::publicIPv4() const
{
    if (!accessIPv4.isEmpty())
        return accessIPv4;
    // In order of trust: the network Rackspace calls public, a floating address, any routable one.
    for (int pass = 0; pass < 3; ++pass) {
        for (const NovaAddress &address : addresses) {
            const bool fits = pass == 0   ? address.network == QLatin1String("public")
                              : pass == 1 ? address.type == QLatin1String("floating")
                                          : !isPrivate(address.address);
            if (address.version == 4 && fits)
                return address.address;
        }
    }
    return {};
}

QString NovaServer::publicIPv6() const
{
    if (!accessIPv6.isEmpty())
        return accessIPv6;
    for (const NovaAddress &address : addresses) {
        if (address.version == 6 && address.network == QLatin1String("public"))
            return address.address;
    }
    for (const NovaAddress &address : addresses) {
        if (address.version == 6 && address.network != QLatin1String("private"))
            return address.address;
    }
    return {};
}

QString NovaServer::privateIPv4() const
{
    for (const NovaAddress &address : addresses) {
        if (address.version == 4 && address.network == QLatin1String("private"))
            return address.address;
    }
    for (const NovaAddress &address : addresses) {
        if (address.version == 4 && address.type != QLatin1String("floating") && isPrivate(address.address))
            return address.address;
    }
    return {};
}

namespace NovaJson {

Result<QList<NovaFlavor>> flavors(const QByteArray &body)
{
    return readList<NovaFlavor>(body, NovaText::tr("flavor list"), QLatin1String("flavors"), &readFlavor);
}

Result<QList<NovaImage>> images(const QByteArray &body)
{
    return readList<NovaImage>(body, NovaText::tr("image list"), QLatin1String("images"), &readImage);
}

Result<NovaImage> image(const QByteArray &body)
{
    return readOne<NovaImage>(body, NovaText::tr("image description"), QLatin1String("image"), &readImage);
}

Result<QList<NovaKeypair>> keypairs(const QByteArray &body)
{
    return readList<NovaKeypair>(body, NovaText::tr("keypair list"), QLatin1String("keypairs"), &readKeypair,
                                 QLatin1String("keypair"));
}

Result<NovaKeypair> keypair(const QByteArray &body)
{
    return readOne<NovaKeypair>(body, NovaText::tr("keypair"), QLatin1String("keypair"), &readKeypair);
}

Result<NovaServer> server(const QByteArray &body)
{
    auto server = readOne<NovaServer>(body, NovaText::tr("server description"), QLatin1String("server"), &readServer);
    if (server && server.value().id.isEmpty())
        return unreadable(NovaText::tr("server description"), NovaText::tr("it names no id"));
    return server;
}

Result<std::pair<QList<NovaServer>, QString>> servers(const QByteArray &body)
{
    auto list = readList<NovaServer>(body, NovaText::tr("server list"), QLatin1String("servers"), &readServer);
    if (!list)
        return list.error();
    QString next;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const QJsonValue &link : object.value(QLatin1String("servers_links")).toArray()) {
        if (link.toObject().value(QLatin1String("rel")).toString() == QLatin1String("next"))
            next = link.toObject().value(QLatin1String("href")).toString();
    }
    return std::make_pair(list.value(), next);
}

QByteArray serverCreateBody(const NovaServerSpec &spec)
{
    QJsonObject server{{QStringLiteral("name"), spec.name},
                       {QStringLiteral("imageRef"), spec.imageId},
                       {QStringLiteral("flavorRef"), spec.flavorId}};
    if (!spec.keyName.isEmpty())
        server.insert(QStringLiteral("key_name"), spec.keyName);
    if (!spec.metadata.isEmpty())
        server.insert(QStringLiteral("metadata"), toJson(spec.metadata));
    if (!spec.userData.isEmpty())
        server.insert(QStringLiteral("user_data"), QString::fromLatin1(spec.userData.toBase64()));
    if (!spec.availabilityZone.isEmpty())
        server.insert(QStringLiteral("availability_zone"), spec.availabilityZone);
    if (!spec.files.isEmpty()) {
        QJsonArray personality;
        for (const NovaFile &file : spec.files)
            personality.append(
                QJsonObject{{QStringLiteral("path"), file.path},
                            {QStringLiteral("contents"), QString::fromLatin1(file.contents.toBase64())}});
        server.insert(QStringLiteral("personality"), personality);
    }
    if (!spec.networks.isEmpty()) {
        QJsonArray networks;
        for (const QString &uuid : spec.networks)
            networks.append(QJsonObject{{QStringLiteral("uuid"), uuid}});
        server.insert(QStringLiteral("networks"), networks);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("server"), server}}).toJson(QJsonDocument::Compact);
}

QString faultName(int httpStatus)
{
    switch (httpStatus) {
    case 400: return QStringLiteral("badRequest");
    case 401: return QStringLiteral("unauthorized");
    case 403: return QStringLiteral("forbidden");
    case 404: return QStringLiteral("itemNotFound");
    case 405: return QStringLiteral("badMethod");
    case 409: return QStringLiteral("conflictingRequest");
    case 413:
    case 429: return QStringLiteral("overLimit");
    case 415: return QStringLiteral("badMediaType");
    case 501: return QStringLiteral("notImplemented");
    case 503: return QStringLiteral("serviceUnavailable");
    default: return QStringLiteral("computeFault");
    }
}

} // namespace NovaJson

} // namespace quayside
