#include "docker/DockerTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace quayside {

namespace {

Error malformed(const QString &what, const QString &why)
{
    return Error{Error::Kind::Protocol, 0,
                 DockerJson::tr("The Docker Engine sent a %1 Quayside cannot read: %2. The engine or something "
                                "between it and Quayside is misbehaving; check the host.")
                     .arg(what, why)};
}

// Parses `json` and checks that its top level is an object (or an array when wantArray).
Result<QJsonDocument> parse(const QByteArray &json, const QString &what, bool wantArray)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(what, DockerJson::tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (wantArray ? !document.isArray() : !document.isObject())
        return malformed(what,
                         wantArray ? DockerJson::tr("a list was expected") : DockerJson::tr("an object was expected"));
    return document;
}

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

// "8080/tcp" -> (8080, "tcp"); false if it is not that shape.
bool parsePortKey(const QString &key, PortBinding &binding)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    bool ok = false;
    binding.containerPort = parts.value(0).toInt(&ok);
    binding.protocol = parts.value(1, QStringLiteral("tcp"));
    return ok && binding.containerPort > 0 && binding.containerPort < 65536;
}

QString withoutSlash(const QString &name)
{
    return name.startsWith(QLatin1Char('/')) ? name.mid(1) : name;
}

} // namespace

Result<DockerVersion> DockerJson::version(const QByteArray &json)
{
    const auto document = parse(json, tr("version reply"), false);
    if (!document)
        return document.error();
    const QJsonObject o = document.value().object();
    DockerVersion v{
        o.value(QLatin1String("Version")).toString(),       o.value(QLatin1String("ApiVersion")).toString(),
        o.value(QLatin1String("MinAPIVersion")).toString(), o.value(QLatin1String("Os")).toString(),
        o.value(QLatin1String("Arch")).toString(),          o.value(QLatin1String("KernelVersion")).toString()};
    if (v.apiVersion.isEmpty())
        return malformed(tr("version reply"), tr("it names no ApiVersion"));
    return v;
}

Result<DockerInfo> DockerJson::info(const QByteArray &json)
{
    const auto document = parse(json, tr("system information"), false);
    if (!document)
        return document.error();
    const QJsonObject o = document.value().object();
    if (!o.value(QLatin1String("NCPU")).isDouble() || !o.value(QLatin1String("MemTotal")).isDouble())
        return malformed(tr("system information"), tr("NCPU or MemTotal is missing"));
    DockerInfo info;
    info.name = o.value(QLatin1String("Name")).toString();
    info.serverVersion = o.value(QLatin1String("ServerVersion")).toString();
    info.operatingSystem = o.value(QLatin1String("OperatingSystem")).toString();
    info.cpus = o.value(QLatin1String("NCPU")).toInt();
    info.memoryBytes = qint64(o.value(QLatin1String("MemTotal")).toDouble());
    info.containers = o.value(QLatin1String("Containers")).toInt();
    info.containersRunning = o.value(QLatin1String("ContainersRunning")).toInt();
    info.images = o.value(QLatin1String("Images")).toInt();
    return info;
}

static Result<DockerImage> imageFrom(const QJsonObject &o)
{
    DockerImage image;
    image.id = o.value(QLatin1String("Id")).toString();
    if (image.id.isEmpty())
        return malformed(DockerJson::tr("image description"), DockerJson::tr("an image has no Id"));
    for (const auto &tag : o.value(QLatin1String("RepoTags")).toArray())
        image.tags << tag.toString();
    image.sizeBytes = qint64(o.value(QLatin1String("Size")).toDouble());
    const QJsonValue created = o.value(QLatin1String("Created"));
    image.created = created.isString() ? QDateTime::fromString(created.toString(), Qt::ISODateWithMs)
                                       : QDateTime::fromSecsSinceEpoch(qint64(created.toDouble()), Qt::UTC);
    // The list has Labels at the top; inspect has them under Config.
    image.labels = stringMap(o.contains(QLatin1String("Config")) ? o.value(QLatin1String("Config")).toObject().value(QLatin1String("Labels"))
                                                                 : o.value(QLatin1String("Labels")));
    return image;
}

Result<QList<DockerImage>> DockerJson::images(const QByteArray &json)
{
    const auto document = parse(json, tr("image list"), true);
    if (!document)
        return document.error();
    QList<DockerImage> images;
    for (const auto &value : document.value().array()) {
        const auto image = imageFrom(value.toObject());
        if (!image)
            return image.error();
        images << image.value();
    }
    return images;
}

Result<DockerImage> DockerJson::image(const QByteArray &json)
{
    const auto document = parse(json, tr("image description"), false);
    if (!document)
        return document.error();
    return imageFrom(document.value().object());
}

Result<QString> DockerJson::createdId(const QByteArray &json)
{
    const auto document = parse(json, tr("creation reply"), false);
    if (!document)
        return document.error();
    const QString id = document.value().object().value(QLatin1String("Id")).toString();
    if (id.isEmpty())
        return malformed(tr("creation reply"), tr("it names no Id"));
    return id;
}

Result<QList<ContainerSummary>> DockerJson::containers(const QByteArray &json)
{
    const auto document = parse(json, tr("container list"), true);
    if (!document)
        return document.error();
    QList<ContainerSummary> list;
    for (const auto &value : document.value().array()) {
        const QJsonObject o = value.toObject();
        ContainerSummary c;
        c.id = o.value(QLatin1String("Id")).toString();
        if (c.id.isEmpty())
            return malformed(tr("container list"), tr("a container has no Id"));
        c.name = withoutSlash(o.value(QLatin1String("Names")).toArray().first().toString());
        c.image = o.value(QLatin1String("Image")).toString();
        c.state = o.value(QLatin1String("State")).toString();
        c.status = o.value(QLatin1String("Status")).toString();
        c.labels = stringMap(o.value(QLatin1String("Labels")));
        for (const auto &portValue : o.value(QLatin1String("Ports")).toArray()) {
            const QJsonObject p = portValue.toObject();
            PortBinding binding;
            binding.containerPort = p.value(QLatin1String("PrivatePort")).toInt();
            binding.protocol = p.value(QLatin1String("Type")).toString(QStringLiteral("tcp"));
            binding.hostIp = p.value(QLatin1String("IP")).toString();
            binding.hostPort = p.value(QLatin1String("PublicPort")).toInt();
            c.ports << binding;
        }
        list << c;
    }
    return list;
}

Result<ContainerDetails> DockerJson::container(const QByteArray &json)
{
    const auto document = parse(json, tr("container description"), false);
    if (!document)
        return document.error();
    const QJsonObject o = document.value().object();
    const QJsonObject state = o.value(QLatin1String("State")).toObject();
    ContainerDetails c;
    c.id = o.value(QLatin1String("Id")).toString();
    if (c.id.isEmpty() || state.isEmpty())
        return malformed(tr("container description"), tr("Id or State is missing"));
    c.name = withoutSlash(o.value(QLatin1String("Name")).toString());
    c.image = o.value(QLatin1String("Config")).toObject().value(QLatin1String("Image")).toString();
    c.state = state.value(QLatin1String("Status")).toString();
    c.running = state.value(QLatin1String("Running")).toBool();
    c.exitCode = state.value(QLatin1String("ExitCode")).toInt();
    c.labels = stringMap(o.value(QLatin1String("Config")).toObject().value(QLatin1String("Labels")));
    const QJsonObject ports =
        o.value(QLatin1String("NetworkSettings")).toObject().value(QLatin1String("Ports")).toObject();
    for (auto it = ports.begin(); it != ports.end(); ++it) {
        for (const auto &bound : it.value().toArray()) {
            PortBinding binding;
            if (!parsePortKey(it.key(), binding))
                return malformed(tr("container description"), tr("the port \"%1\" is not PORT/PROTOCOL").arg(it.key()));
            binding.hostIp = bound.toObject().value(QLatin1String("HostIp")).toString();
            binding.hostPort = bound.toObject().value(QLatin1String("HostPort")).toString().toInt();
            c.ports << binding;
        }
    }
    return c;
}

Result<ContainerStats> DockerJson::stats(const QByteArray &json)
{
    const auto document = parse(json, tr("statistics"), false);
    if (!document)
        return document.error();
    const QJsonObject o = document.value().object();
    const QJsonObject cpu = o.value(QLatin1String("cpu_stats")).toObject();
    const QJsonObject precpu = o.value(QLatin1String("precpu_stats")).toObject();
    const QJsonObject memory = o.value(QLatin1String("memory_stats")).toObject();
    if (cpu.isEmpty())
        return malformed(tr("statistics"), tr("cpu_stats is missing"));
    ContainerStats stats;
    const double cpuDelta =
        cpu.value(QLatin1String("cpu_usage")).toObject().value(QLatin1String("total_usage")).toDouble() -
        precpu.value(QLatin1String("cpu_usage")).toObject().value(QLatin1String("total_usage")).toDouble();
    const double systemDelta = cpu.value(QLatin1String("system_cpu_usage")).toDouble() -
                               precpu.value(QLatin1String("system_cpu_usage")).toDouble();
    int cpus = cpu.value(QLatin1String("online_cpus")).toInt();
    if (cpus == 0)
        cpus =
            int(cpu.value(QLatin1String("cpu_usage")).toObject().value(QLatin1String("percpu_usage")).toArray().size());
    if (cpuDelta > 0 && systemDelta > 0)
        stats.cpuPercent = cpuDelta / systemDelta * std::max(cpus, 1) * 100.0;
    // As `docker stats` does: page cache the kernel can reclaim is not counted as used.
    const QJsonObject memoryDetail = memory.value(QLatin1String("stats")).toObject();
    const double cache = memoryDetail.contains(QLatin1String("inactive_file"))
                             ? memoryDetail.value(QLatin1String("inactive_file")).toDouble()
                             : memoryDetail.value(QLatin1String("total_inactive_file")).toDouble();
    stats.memoryUsageBytes = qint64(std::max(0.0, memory.value(QLatin1String("usage")).toDouble() - cache));
    stats.memoryLimitBytes = qint64(memory.value(QLatin1String("limit")).toDouble());
    return stats;
}

Result<DockerEvent> DockerJson::event(const QByteArray &json)
{
    const auto document = parse(json, tr("event"), false);
    if (!document)
        return document.error();
    const QJsonObject o = document.value().object();
    DockerEvent event;
    event.type = o.value(QLatin1String("Type")).toString();
    event.action = o.value(QLatin1String("Action")).toString();
    const QJsonObject actor = o.value(QLatin1String("Actor")).toObject();
    event.actorId = actor.value(QLatin1String("ID")).toString();
    event.attributes = stringMap(actor.value(QLatin1String("Attributes")));
    event.timeNano = qint64(o.value(QLatin1String("timeNano")).toDouble());
    if (event.type.isEmpty() || event.action.isEmpty() || event.timeNano == 0)
        return malformed(tr("event"), tr("Type, Action or timeNano is missing"));
    return event;
}

QByteArray DockerJson::containerCreateBody(const ContainerSpec &spec)
{
    QJsonObject body;
    body.insert(QLatin1String("Image"), spec.image);
    if (!spec.command.isEmpty())
        body.insert(QLatin1String("Cmd"), QJsonArray::fromStringList(spec.command));
    QStringList environment;
    for (auto it = spec.environment.begin(); it != spec.environment.end(); ++it)
        environment << it.key() + QLatin1Char('=') + it.value();
    body.insert(QLatin1String("Env"), QJsonArray::fromStringList(environment));
    QJsonObject labels;
    for (auto it = spec.labels.begin(); it != spec.labels.end(); ++it)
        labels.insert(it.key(), it.value());
    body.insert(QLatin1String("Labels"), labels);

    QJsonObject exposed;
    QJsonObject bindings;
    for (const PortBinding &port : spec.ports) {
        const QString key = QStringLiteral("%1/%2").arg(port.containerPort).arg(port.protocol);
        exposed.insert(key, QJsonObject());
        QJsonArray list = bindings.value(key).toArray();
        list.append(
            QJsonObject{{QLatin1String("HostIp"), port.hostIp},
                        {QLatin1String("HostPort"), port.hostPort > 0 ? QString::number(port.hostPort) : QString()}});
        bindings.insert(key, list);
    }
    body.insert(QLatin1String("ExposedPorts"), exposed);

    QJsonObject host;
    host.insert(QLatin1String("PortBindings"), bindings);
    static const char *const policies[] = {"no", "on-failure", "unless-stopped", "always"};
    host.insert(QLatin1String("RestartPolicy"),
                QJsonObject{{QLatin1String("Name"), QLatin1String(policies[int(spec.restartPolicy)])}});
    if (spec.memoryLimitBytes > 0)
        host.insert(QLatin1String("Memory"), double(spec.memoryLimitBytes));
    if (spec.cpuLimit > 0)
        host.insert(QLatin1String("NanoCpus"), double(qint64(spec.cpuLimit * 1e9)));
    body.insert(QLatin1String("HostConfig"), host);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString DockerJson::errorMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QString message = document.object().value(QLatin1String("message")).toString();
    if (!message.isEmpty())
        return message;
    return QString::fromUtf8(body.left(500)).trimmed();
}

} // namespace quayside
