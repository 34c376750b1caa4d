#include "core/Fleet.h"

#include "core/Application.h"
#include "core/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace quayside {

namespace {

const QStringList kRoles = {QStringLiteral("docker-host"), QStringLiteral("nginx-host")};
const QStringList kPhases = {QStringLiteral("requested"), QStringLiteral("created"), QStringLiteral("active"),
                             QStringLiteral("trusted"), QStringLiteral("provisioned")};

// Reads one JSON object strictly: a missing or mistyped field is an error naming where it is.
class Reader
{
public:
    Reader(const QJsonObject &object, QString where)
        : m_object(object)
        , m_where(std::move(where))
    {}

    QString string(const char *key, bool required = true)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString())
            fail(key, FleetFile::tr("a text"));
        return value.toString();
    }
    bool boolean(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return false;
        if (!value.isBool())
            fail(key, FleetFile::tr("true or false"));
        return value.toBool();
    }
    int integer(const char *key, int least)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(int(number)) || number < least)
            fail(key, FleetFile::tr("a whole number of at least %1").arg(least));
        return int(number);
    }
    int choice(const char *key, const QStringList &names)
    {
        const int index = names.indexOf(m_object.value(QLatin1String(key)).toString());
        if (index < 0)
            fail(key, FleetFile::tr("one of %1").arg(names.join(QStringLiteral(", "))));
        return index;
    }
    // Absent means `fallback` (fields added after format 1 was first written).
    int optionalInteger(const char *key, int least, int fallback)
    {
        return m_object.value(QLatin1String(key)).isUndefined() ? fallback : integer(key, least);
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            fail(key, FleetFile::tr("a list"));
        return value.toArray();
    }
    std::optional<Reader> object(const QJsonValue &value, const QString &where)
    {
        if (!value.isObject()) {
            if (!m_error)
                m_error = FleetFile::tr("%1 must be an object").arg(where);
            return std::nullopt;
        }
        return Reader(value.toObject(), where);
    }
    void adopt(const Reader &inner)
    {
        if (!m_error && inner.m_error)
            m_error = inner.m_error;
    }
    const std::optional<QString> &error() const { return m_error; }

private:
    void fail(const char *key, const QString &expected)
    {
        if (!m_error)
            m_error = FleetFile::tr("%1.%2 must be %3").arg(m_where, QLatin1String(key), expected);
    }

    QJsonObject m_object;
    QString m_where;
    std::optional<QString> m_error;
};

QJsonObject serverJson(const FleetServer &server)
{
    return {{QStringLiteral("role"), FleetServer::roleName(server.role)},
            {QStringLiteral("name"), server.name},
            {QStringLiteral("requestId"), server.requestId},
            {QStringLiteral("novaId"), server.novaId},
            {QStringLiteral("address"), server.address},
            {QStringLiteral("hostKeyFingerprint"), server.hostKeyFingerprint},
            {QStringLiteral("phase"), FleetServer::phaseName(server.phase)},
            {QStringLiteral("fromSnapshot"), server.fromSnapshot}};
}

FleetServer readServer(Reader &in)
{
    FleetServer server;
    server.role = FleetServer::Role(in.choice("role", kRoles));
    server.name = in.string("name");
    server.requestId = in.string("requestId");
    server.novaId = in.string("novaId");
    server.address = in.string("address");
    server.hostKeyFingerprint = in.string("hostKeyFingerprint");
    server.phase = FleetServer::Phase(in.choice("phase", kPhases));
    server.fromSnapshot = in.boolean("fromSnapshot");
    return server;
}

} // namespace

QString FleetServer::roleName(Role role)
{
    return kRoles.at(int(role));
}

QString FleetServer::phaseName(Phase phase)
{
    return kPhases.at(int(phase));
}

FleetServer *Fleet::server(const QString &serverName)
{
    for (FleetServer &each : servers) {
        if (each.name == serverName)
            return &each;
    }
    return nullptr;
}

const FleetServer *Fleet::server(const QString &serverName) const
{
    return const_cast<Fleet *>(this)->server(serverName);
}

QString Fleet::folderFor(const QString &recordPath, const QString &fleetName)
{
    return QFileInfo(recordPath).absolutePath() + QStringLiteral("/fleets/") + fleetName;
}

QString FleetFile::defaultPath()
{
    return sharedDataFolder() + QStringLiteral("/fleet.json");
}

QByteArray FleetFile::toJson(const Fleet &fleet)
{
    QJsonArray servers;
    for (const FleetServer &server : fleet.servers)
        servers.append(serverJson(server));
    QJsonArray containers;
    for (const FleetContainer &container : fleet.containerList)
        containers.append(QJsonObject{{QStringLiteral("host"), container.host},
                                      {QStringLiteral("id"), container.id},
                                      {QStringLiteral("pool"), container.pool},
                                      {QStringLiteral("name"), container.name},
                                      {QStringLiteral("hostPort"), container.hostPort}});
    QJsonObject root{{QStringLiteral("version"), Fleet::kFormatVersion},
                     {QStringLiteral("name"), fleet.name},
                     {QStringLiteral("cloudAccountId"), fleet.cloudAccountId},
                     {QStringLiteral("authUrl"), fleet.authUrl},
                     {QStringLiteral("region"), fleet.region},
                     {QStringLiteral("flavorId"), fleet.flavorId},
                     {QStringLiteral("baseImageId"), fleet.baseImageId},
                     {QStringLiteral("keyPairName"), fleet.keyPairName},
                     {QStringLiteral("keyPairImported"), fleet.keyPairImported},
                     {QStringLiteral("sshUser"), fleet.sshUser},
                     {QStringLiteral("sshKeyPath"), fleet.sshKeyPath},
                     {QStringLiteral("dockerHosts"), fleet.dockerHosts},
                     {QStringLiteral("containers"), fleet.containers},
                     {QStringLiteral("networks"), QJsonArray::fromStringList(fleet.networks)},
                     {QStringLiteral("servers"), servers},
                     {QStringLiteral("containerList"), containers},
                     {QStringLiteral("finishedPhases"), QJsonArray::fromStringList(fleet.finishedPhases)}};
    if (fleet.snapshot) {
        root.insert(QStringLiteral("snapshot"), QJsonObject{{QStringLiteral("name"), fleet.snapshot->name},
                                                            {QStringLiteral("requestId"), fleet.snapshot->requestId},
                                                            {QStringLiteral("id"), fleet.snapshot->id},
                                                            {QStringLiteral("serverId"), fleet.snapshot->serverId},
                                                            {QStringLiteral("active"), fleet.snapshot->active}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Fleet> FleetFile::fromJson(const QByteArray &json, const QString &source)
{
    const auto invalid = [&source](const QString &why) {
        return Error{Error::Kind::InvalidInput, 0,
                     tr("The fleet record %1 cannot be used: %2. Fix or remove the file; the cloud resources it "
                        "listed must then be removed in the cloud's console.")
                         .arg(source, why)};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("it is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return invalid(tr("it is not a JSON object"));
    Reader in(document.object(), QStringLiteral("fleet"));
    const int version = in.integer("version", 1);
    if (!in.error() && version > Fleet::kFormatVersion)
        return invalid(tr("it was written by a newer Quayside (format %1; this one reads up to %2)")
                           .arg(version)
                           .arg(Fleet::kFormatVersion));
    Fleet fleet;
    fleet.name = in.string("name");
    fleet.cloudAccountId = in.string("cloudAccountId");
    fleet.authUrl = in.string("authUrl", false);
    fleet.region = in.string("region");
    fleet.flavorId = in.string("flavorId");
    fleet.baseImageId = in.string("baseImageId");
    fleet.keyPairName = in.string("keyPairName");
    fleet.keyPairImported = in.boolean("keyPairImported");
    if (const QString user = in.string("sshUser", false); !user.isEmpty())
        fleet.sshUser = user;
    fleet.sshKeyPath = in.string("sshKeyPath", false);
    fleet.dockerHosts = in.integer("dockerHosts", 1);
    fleet.containers = in.integer("containers", 0);
    for (const QJsonValue &network : in.array("networks")) {
        if (!network.isString() || network.toString().isEmpty())
            return invalid(tr("fleet.networks must list network ids (texts)"));
        fleet.networks << network.toString();
    }
    const QJsonArray servers = in.array("servers");
    for (int i = 0; i < servers.size(); ++i) {
        auto server = in.object(servers.at(i), QStringLiteral("fleet.servers[%1]").arg(i));
        if (!server)
            break;
        fleet.servers << readServer(*server);
        in.adopt(*server);
        if (!in.error() && fleet.servers.last().name.isEmpty())
            return invalid(tr("fleet.servers[%1] has no name").arg(i));
    }
    const QJsonArray containers = in.array("containerList");
    for (int i = 0; i < containers.size(); ++i) {
        auto container = in.object(containers.at(i), QStringLiteral("fleet.containerList[%1]").arg(i));
        if (!container)
            break;
        fleet.containerList << FleetContainer{container->string("host"), container->string("id"),
                                              container->string("pool"), container->string("name", false),
                                              container->optionalInteger("hostPort", 0, 0)};
        in.adopt(*container);
    }
    for (const QJsonValue &phase : in.array("finishedPhases")) {
        if (!phase.isString())
            return invalid(tr("fleet.finishedPhases must list texts"));
        fleet.finishedPhases << phase.toString();
    }
    // Before format 2, the Docker host's setup built the Tomcat image too.
    if (version < 2 && fleet.finishedPhases.contains(QLatin1String("docker-host-setup")) &&
        !fleet.finishedPhases.contains(QLatin1String("tomcat-image")))
        fleet.finishedPhases.insert(fleet.finishedPhases.indexOf(QLatin1String("docker-host-setup")) + 1,
                                    QStringLiteral("tomcat-image"));
    const QJsonValue snapshot = document.object().value(QLatin1String("snapshot"));
    if (!snapshot.isUndefined()) {
        if (auto image = in.object(snapshot, QStringLiteral("fleet.snapshot"))) {
            fleet.snapshot = FleetImage{image->string("name"), image->string("requestId"), image->string("id"),
                                        image->string("serverId"), image->boolean("active")};
            in.adopt(*image);
        }
    }
    if (in.error())
        return invalid(*in.error());
    if (fleet.name.isEmpty())
        return invalid(tr("fleet.name is empty"));
    return fleet;
}

Result<Fleet> FleetFile::load(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return Error{Error::Kind::NotFound, 0, tr("There is no fleet record %1: no fleet was set up.").arg(shown)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, 0, tr("Cannot read the fleet record %1: %2").arg(shown, file.errorString())};
    return fromJson(file.readAll(), shown);
}

Result<void> FleetFile::save(const QString &path, const Fleet &fleet)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{Error::Kind::Io, 0,
                     tr("Cannot create the folder %1 for the fleet record.").arg(QDir::toNativeSeparators(folder))};
    return AtomicFile::write(path, toJson(fleet), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

Result<void> FleetFile::remove(const QString &path)
{
    QFile file(path);
    if (file.exists() && !file.remove())
        return Error{
            Error::Kind::Io, 0,
            tr("Cannot remove the fleet record %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace quayside
