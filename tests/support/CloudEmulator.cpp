#include "CloudEmulator.h"

#include "cloud/NovaTypes.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <functional>

namespace quayside::test {

namespace {

using Kind = CloudEmulator::Fault::Kind;

// Microversions apply to /v2.1 only; a /v2 URL (Rackspace, Nova's legacy endpoint) gets 2.0 semantics.
constexpr int LegacyMicroversion = 0;
constexpr int ImageIdInBodyMicroversion = 45; // createImage answers {"image_id"} and no Location
constexpr int PersonalityRemovedMicroversion = 57;
constexpr int NetworksRequiredMicroversion = 37;
constexpr int KeypairStatusChangedMicroversion = 2; // import answers 201 and delete 204 from here on
constexpr int RequestIdHeaderMicroversion = 46;
constexpr int NovaMaxLimit = 1000; // Nova's default osapi_max_limit

// Rackspace's well-known networks: PublicNet and ServiceNet.
const QString RackspacePublicNet = QStringLiteral("00000000-0000-0000-0000-000000000000");
const QString RackspaceServiceNet = QStringLiteral("11111111-1111-1111-1111-111111111111");

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString newHexId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

QString randomAlphanumeric(int length)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QString out;
    for (int i = 0; i < length; ++i)
        out += alphabet.at(QRandomGenerator::system()->bounded(alphabet.size()));
    return out;
}

QString randomBase64Url(int bytes)
{
    QByteArray raw;
    for (int i = 0; i < bytes; ++i)
        raw.append(char(QRandomGenerator::system()->bounded(256)));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The time in the style of a sample's value: as many fraction digits, and a 'Z' if it had one.
QString formatLike(const QString &sampleValue, const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    QString out = utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const qsizetype dot = sampleValue.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        qsizetype digits = 0;
        while (dot + 1 + digits < sampleValue.size() && sampleValue.at(dot + 1 + digits).isDigit())
            ++digits;
        const QString micro = QStringLiteral("%1").arg(utc.time().msec() * 1000, 6, 10, QLatin1Char('0'));
        out += QLatin1Char('.') + micro.left(digits).leftJustified(digits, QLatin1Char('0'));
    }
    if (sampleValue.endsWith(QLatin1Char('Z')))
        out += QLatin1Char('Z');
    return out;
}

// Sets a key the sample already has: the emulator changes values, never the shape.
void put(QJsonObject &object, QLatin1String key, const QJsonValue &value)
{
    if (!object.contains(key))
        qFatal("CloudEmulator: the sample has no key %s; the emulator must not change the shape", key.data());
    object[key] = value;
}

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// Replaces `from` by `to` inside every string of a JSON tree (a sample's tenant id in URLs, names, roles).
QJsonValue replaceInStrings(const QJsonValue &value, const QString &from, const QString &to)
{
    if (value.isString())
        return QString(value.toString()).replace(from, to);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue item : value.toArray())
            out.append(replaceInStrings(item, from, to));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), replaceInStrings(it.value(), from, to));
        return out;
    }
    return value;
}

QJsonValue sloppy(const QJsonValue &value)
{
    if (value.isDouble())
        return QString();
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue item : value.toArray())
            out.append(sloppy(item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), sloppy(it.value()));
        return out;
    }
    return value;
}

QJsonObject withExtraFields(QJsonObject object, int depth)
{
    // Extension attributes look like this ("OS-EXT-...:..."), so clients must already skip what they do not know.
    object.insert(QStringLiteral("EMULATOR-EXT:unknown_field"), QStringLiteral("a field this client has never seen"));
    object.insert(QStringLiteral("emulator_unknown_object"), QJsonObject{{QStringLiteral("nested"), 1}});
    if (depth <= 0)
        return object;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject()) {
            it.value() = withExtraFields(it.value().toObject(), depth - 1);
        } else if (it.value().isArray()) {
            QJsonArray items = it.value().toArray();
            for (QJsonValueRef item : items) {
                if (item.isObject())
                    item = withExtraFields(item.toObject(), depth - 1);
            }
            it.value() = items;
        }
    }
    return object;
}

void addHeader(HttpReply &reply, const QByteArray &name, const QByteArray &value)
{
    reply.headers.append(qMakePair(name, value));
}

QByteArray toBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpReply jsonReply(int status, const QJsonObject &body)
{
    HttpReply reply;
    reply.status = status;
    addHeader(reply, "Content-Type", "application/json");
    reply.body = toBody(body);
    return reply;
}

HttpReply emptyReply(int status)
{
    HttpReply reply;
    reply.status = status;
    if (status != 204)
        addHeader(reply, "Content-Type", "application/json");
    return reply;
}

// Nova's error body: {"itemNotFound": {"code": 404, "message": "..."}} (Nova API guide, "Faults").
HttpReply novaError(int status, const QString &message)
{
    return jsonReply(status, {{NovaJson::faultName(status),
                               QJsonObject{{QStringLiteral("code"), status}, {QStringLiteral("message"), message}}}});
}

// Glance answers its own errors as text (webob's plain error pages).
HttpReply glanceError(int status, const QString &message)
{
    HttpReply reply;
    reply.status = status;
    addHeader(reply, "Content-Type", "text/plain; charset=UTF-8");
    reply.body = QByteArray::number(status) + ' ' + LoopbackHttpServer::reasonPhrase(status) + "\n\n" +
                 message.toUtf8() + "\n\n   ";
    return reply;
}

QString keystoneTitle(int status)
{
    return QString::fromLatin1(LoopbackHttpServer::reasonPhrase(status));
}

// The MD5 fingerprint Nova shows for an OpenSSH public key, or empty when the key does not parse.
QString sshFingerprint(const QString &publicKey)
{
    const QStringList fields = publicKey.simplified().split(QLatin1Char(' '));
    if (fields.size() < 2)
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(fields.at(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < 4)
        return {};
    // The blob starts with the key type as an SSH string: a big-endian length, then the name.
    const QByteArray blob = *decoded;
    const quint32 typeLength = (quint32(quint8(blob.at(0))) << 24) | (quint32(quint8(blob.at(1))) << 16) |
                               (quint32(quint8(blob.at(2))) << 8) | quint32(quint8(blob.at(3)));
    if (typeLength > quint32(blob.size() - 4) || blob.mid(4, typeLength) != fields.at(0).toLatin1())
        return {};
    const QByteArray md5 = QCryptographicHash::hash(blob, QCryptographicHash::Md5).toHex();
    QStringList pairs;
    for (qsizetype i = 0; i < md5.size(); i += 2)
        pairs.append(QString::fromLatin1(md5.mid(i, 2)));
    return pairs.join(QLatin1Char(':'));
}

} // namespace

struct CloudEmulator::Token
{
    QString id;
    User user;
    bool scoped = false;
    QDateTime expires;
};

struct CloudEmulator::ApplicationCredential
{
    QString id;
    QString name;
    QString userName;
    QString secret;
};

struct CloudEmulator::Keypair
{
    int id = 0;
    QString userId;
    QString name;
    QString publicKey;
    QString fingerprint;
    QDateTime created;
};

struct CloudEmulator::ServerState
{
    enum class Phase { Building, Active, Error, Deleting, Gone };

    QString id;
    QString name;
    QString region;
    QString tenantId;
    QString userId;
    QString imageRef;
    QString flavorRef;
    QString keyName;
    QString adminPass;
    QString accessIPv4; // as requested
    QString accessIPv6;
    QString availabilityZone;
    QString diskConfig;
    QJsonArray securityGroups;
    QJsonObject metadata; // as requested
    QByteArray userData;
    QList<QPair<QString, QByteArray>> personality;
    QStringList networks;
    int sequence = 0;
    QDateTime created;
    QDateTime updated;
    QDateTime launched;
    QDateTime terminated;
    Phase phase = Phase::Building;
    Phase phaseBeforeDelete = Phase::Building;
    int polls = 0;
    int activeAtPoll = 0;
    int lastProgress = 0;
    int deletePollsSeen = 0;
    bool failBuild = false;
    int faultCode = 500;
    QString faultMessage;
    QDateTime faultCreated;
    RackConnect rackConnect = RackConnect::Off;
    QString imagingId;
    std::optional<QString> console; // none: the default boot log
};

struct CloudEmulator::ImageState
{
    QString id;
    QString name;
    QJsonObject novaTemplate;   // the Nova sample object this image is drawn from
    QJsonObject glanceTemplate; // the Glance sample object
    QString glanceStatus = QStringLiteral("active");
    QJsonObject properties; // Nova's "metadata", Glance's additional properties
    QString serverId;
    QString ownerId;
    QString visibility = QStringLiteral("public");
    int minDisk = 0;
    int minRam = 0;
    qint64 size = 0;
    QDateTime created;
    QDateTime updated;
    int polls = 0;
    ImageOutcome outcome = ImageOutcome::Active;
};

// One request on its way through the routes.
struct CloudEmulator::Call
{
    const HttpRequest &http;
    QStringList segments; // decoded path segments
    QUrlQuery query;
    QString service;
    QString region;
    QString interface;
    QString version;
    QString base;         // the endpoint the client used: origin/compute/<region>/<interface>/<version>[/<tenant>]
    QString bookmarkBase; // the same without the version, as Nova's bookmark links
    QString glanceBase;   // origin/image/<region>/<interface>
    const Token *token = nullptr;
    int microversion = LegacyMicroversion;
    bool nonUuidIds = false;

    QJsonObject json(bool *ok = nullptr) const
    {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(http.body, &error);
        if (ok)
            *ok = error.error == QJsonParseError::NoError && document.isObject();
        return document.object();
    }
};

QByteArray CloudEmulator::LoggedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject CloudEmulator::LoggedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

CloudEmulator::CloudEmulator(Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
{}

CloudEmulator::~CloudEmulator() = default;

QString CloudEmulator::samplesDirectory()
{
    return QStringLiteral(QUAYSIDE_API_SAMPLES);
}

bool CloudEmulator::start()
{
    if (!loadSamples())
        return false;
    m_http = std::make_unique<LoopbackHttpServer>([this](const HttpRequest &request) { return handle(request); });
    if (!m_http->listen()) {
        m_error = QStringLiteral("cannot listen on 127.0.0.1: %1").arg(m_http->errorString());
        return false;
    }
    return true;
}

quint16 CloudEmulator::port() const
{
    return m_http ? m_http->port() : 0;
}

QUrl CloudEmulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QUrl CloudEmulator::identityUrl() const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/identity"));
}

QUrl CloudEmulator::identityV2Url() const
{
    return QUrl(identityUrl().toString() + QStringLiteral("/v2.0"));
}

QUrl CloudEmulator::identityV3Url() const
{
    return QUrl(identityUrl().toString() + QStringLiteral("/v3"));
}

QUrl CloudEmulator::computePrefix(const QString &region, const QString &interface) const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/compute/%1/%2").arg(region.toLower(), interface));
}

QUrl CloudEmulator::imagePrefix(const QString &region, const QString &interface) const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/image/%1/%2").arg(region.toLower(), interface));
}

bool CloudEmulator::loadSamples()
{
    const QStringList files = {
        QStringLiteral("keystone-v2.0/client/authenticate-response.json"),
        QStringLiteral("keystone-v3/admin/auth-password-project-scoped-response.json"),
        QStringLiteral("rackspace-identity-v2.0/auth-response.json"),
        QStringLiteral("nova/servers/server-get-resp.json"),
        QStringLiteral("nova/servers/servers-details-resp.json"),
        QStringLiteral("nova/servers/servers-list-resp.json"),
        QStringLiteral("nova/servers/server-create-resp.json"),
        QStringLiteral("nova/servers/v2.45/server-action-create-image-resp.json"),
        QStringLiteral("nova/flavors/flavors-detail-resp.json"),
        QStringLiteral("nova/flavors/flavors-list-resp.json"),
        QStringLiteral("nova/flavors/flavor-get-resp.json"),
        QStringLiteral("nova/images/images-details-get-resp.json"),
        QStringLiteral("nova/images/images-list-get-resp.json"),
        QStringLiteral("nova/images/image-get-resp.json"),
        QStringLiteral("nova/os-keypairs/keypairs-list-resp.json"),
        QStringLiteral("nova/os-keypairs/keypairs-get-resp.json"),
        QStringLiteral("nova/os-keypairs/keypairs-import-post-resp.json"),
        QStringLiteral("nova/limits/limit-get-resp.json"),
        QStringLiteral("nova/versions/versions-get-resp.json"),
        QStringLiteral("glance-v2/images-list-response.json"),
        QStringLiteral("glance-v2/image-show-response.json"),
    };
    for (const QString &file : files) {
        QFile in(samplesDirectory() + QLatin1Char('/') + file);
        if (!in.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read the API sample %1: %2").arg(in.fileName(), in.errorString());
            return false;
        }
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            m_error = QStringLiteral("the API sample %1 is not a JSON object: %2").arg(file, error.errorString());
            return false;
        }
        m_samples.insert(file, document.object());
    }

    m_flavors =
        sample(QStringLiteral("nova/flavors/flavors-detail-resp.json")).value(QLatin1String("flavors")).toArray();

    // The sample images, as Glance holds them; listed newest first, so the sample's first image comes last.
    const QJsonArray novaImages =
        sample(QStringLiteral("nova/images/images-details-get-resp.json")).value(QLatin1String("images")).toArray();
    const QJsonObject glanceTemplate = sample(QStringLiteral("glance-v2/image-show-response.json"));
    const QDateTime sampleTime = QDateTime::currentDateTimeUtc().addDays(-30);
    for (qsizetype i = novaImages.size() - 1; i >= 0; --i) {
        const QJsonObject nova = novaImages.at(i).toObject();
        auto image = std::make_shared<ImageState>();
        image->id = nova.value(QLatin1String("id")).toString();
        image->name = nova.value(QLatin1String("name")).toString();
        image->novaTemplate = nova;
        image->glanceTemplate = glanceTemplate;
        image->properties = nova.value(QLatin1String("metadata")).toObject();
        image->minDisk = nova.value(QLatin1String("minDisk")).toInt();
        image->minRam = nova.value(QLatin1String("minRam")).toInt();
        image->size = static_cast<qint64>(nova.value(QLatin1String("OS-EXT-IMG-SIZE:size")).toDouble());
        image->created = image->updated = sampleTime;
        m_images.append(image);
    }
    // A snapshot of an earlier server. Nova's samples hold none: Nova marks a snapshot with the Glance
    // properties image_type=snapshot and instance_uuid, and its image view then adds "server" (id and links)
    // - nova/api/openstack/compute/views/images.py. Clients tell snapshots from base images by those.
    auto snapshot = std::make_shared<ImageState>();
    snapshot->id = newUuid();
    snapshot->name = QStringLiteral("tomcat-host-snapshot");
    snapshot->novaTemplate =
        sample(QStringLiteral("nova/images/image-get-resp.json")).value(QLatin1String("image")).toObject();
    snapshot->glanceTemplate = glanceTemplate;
    snapshot->serverId = newUuid();
    snapshot->properties = QJsonObject{
        {QStringLiteral("image_type"), QStringLiteral("snapshot")},
        {QStringLiteral("instance_uuid"), snapshot->serverId},
        {QStringLiteral("base_image_ref"), m_images.constLast()->id},
    };
    snapshot->visibility = QStringLiteral("private");
    snapshot->minDisk = 20;
    snapshot->size = 1073741824;
    snapshot->created = snapshot->updated = sampleTime.addDays(1);
    m_images.append(snapshot);

    if (m_maxServers < 0) {
        m_maxServers = sample(QStringLiteral("nova/limits/limit-get-resp.json"))
                           .value(QLatin1String("limits"))
                           .toObject()
                           .value(QLatin1String("absolute"))
                           .toObject()
                           .value(QLatin1String("maxTotalInstances"))
                           .toInt();
    }
    return true;
}

QJsonObject CloudEmulator::sample(const QString &relativePath) const
{
    return m_samples.value(relativePath);
}

QString CloudEmulator::addUser(const User &user)
{
    User added = user;
    if (added.id.isEmpty())
        added.id = newHexId();
    if (added.projectId.isEmpty()) {
        // Rackspace tenants are account numbers, Keystone's projects hex ids.
        added.projectId = m_profile == Profile::Rackspace
                              ? QString::number(QRandomGenerator::system()->bounded(100000, 999999))
                              : newHexId();
    }
    if (added.projectName.isEmpty())
        added.projectName = added.projectId;
    m_users.append(added);
    return added.id;
}

void CloudEmulator::addApplicationCredential(const QString &id, const QString &name, const QString &userName,
                                             const QString &secret)
{
    m_applicationCredentials.append(
        std::make_shared<ApplicationCredential>(ApplicationCredential{id, name, userName, secret}));
}

void CloudEmulator::expireAllTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (const auto &token : std::as_const(m_tokens))
        token->expires = past;
}

void CloudEmulator::setRackConnect(RackConnect outcome, int pollsAfterActive)
{
    m_rackConnect = outcome;
    m_rackConnectPolls = pollsAfterActive;
}

void CloudEmulator::failServerBuilds(int count, int code, const QString &message)
{
    m_failBuilds = count;
    m_failCode = code;
    m_failMessage = message;
}

void CloudEmulator::failImageSaves(int count, ImageOutcome outcome)
{
    m_failImages = count;
    m_failImageOutcome = outcome;
}

void CloudEmulator::injectFault(const Fault &fault)
{
    m_faults.append(fault);
}

QList<CloudEmulator::LoggedRequest> CloudEmulator::requests(const QByteArray &method, const QString &pathPattern) const
{
    const QRegularExpression pattern(pathPattern);
    QList<LoggedRequest> out;
    for (const LoggedRequest &request : m_log) {
        if ((method.isEmpty() || request.method == method) && pattern.match(request.path).hasMatch())
            out.append(request);
    }
    return out;
}

int CloudEmulator::requestCount(const QByteArray &method, const QString &pathPattern) const
{
    return static_cast<int>(requests(method, pathPattern).size());
}

const CloudEmulator::Token *CloudEmulator::validToken(const QByteArray &id) const
{
    const auto found = m_tokens.find(QString::fromLatin1(id));
    if (found == m_tokens.end() || (*found)->expires <= QDateTime::currentDateTimeUtc())
        return nullptr;
    return found->get();
}

// ---- state ----

void CloudEmulator::advanceImage(ImageState &image, bool countPoll) const
{
    if (countPoll)
        ++image.polls;
    if (image.glanceStatus != QLatin1String("queued") && image.glanceStatus != QLatin1String("saving"))
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool done = image.polls > m_imagePolls || (m_imageMs >= 0 && image.created.msecsTo(now) >= m_imageMs);
    if (!done) {
        image.glanceStatus = image.polls <= 1 ? QStringLiteral("queued") : QStringLiteral("saving");
        return;
    }
    switch (image.outcome) {
    case ImageOutcome::Active:
        image.glanceStatus = QStringLiteral("active");
        image.size = 1073741824;
        break;
    case ImageOutcome::Killed: image.glanceStatus = QStringLiteral("killed"); break;
    case ImageOutcome::Deleted: image.glanceStatus = QStringLiteral("deleted"); break;
    }
    image.updated = now;
}

void CloudEmulator::advanceServer(ServerState &server, bool countPoll) const
{
    using Phase = ServerState::Phase;
    if (server.phase == Phase::Gone)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (countPoll)
        ++server.polls;
    if (server.phase == Phase::Building) {
        const qint64 elapsed = server.created.msecsTo(now);
        if (server.polls > m_buildPolls || (m_buildMs >= 0 && elapsed >= m_buildMs)) {
            server.phase = server.failBuild ? Phase::Error : Phase::Active;
            server.updated = now;
            server.activeAtPoll = server.polls;
            if (server.failBuild)
                server.faultCreated = now;
            else
                server.launched = now;
        } else {
            double fraction = double(server.polls) / double(m_buildPolls + 1);
            if (m_buildMs > 0)
                fraction = std::max(fraction, double(elapsed) / double(m_buildMs));
            server.lastProgress = std::clamp(int(fraction * 100), 0, 99);
        }
    } else if (server.phase == Phase::Deleting && countPoll) {
        if (++server.deletePollsSeen > m_deletePolls) {
            server.phase = Phase::Gone;
            return;
        }
        if (server.deletePollsSeen == 2)
            server.terminated = now;
    }
    if (!server.imagingId.isEmpty()) {
        // Polling the server being imaged moves the snapshot along too: Nova clears the task when it is done.
        const auto found = std::find_if(m_images.begin(), m_images.end(),
                                        [&server](const auto &image) { return image->id == server.imagingId; });
        if (found != m_images.end())
            advanceImage(**found, countPoll);
        if (found == m_images.end() ||
            ((*found)->glanceStatus != QLatin1String("queued") && (*found)->glanceStatus != QLatin1String("saving"))) {
            server.imagingId.clear();
            server.updated = now;
        }
    }
}

QJsonObject CloudEmulator::serverMetadataNow(const ServerState &server) const
{
    QJsonObject metadata = server.metadata;
    if (server.rackConnect == RackConnect::Off)
        return metadata;
    // RackConnect v2 publishes its progress and the account's automation features as server metadata
    // (Rackspace: "Programmatically determine the RackConnect v2.0 automation status").
    for (const char *feature : {"rackconnect_automation_feature_configure_network_stack",
                                "rackconnect_automation_feature_manage_software_firewall",
                                "rackconnect_automation_feature_provison_public_ip"})
        metadata.insert(QLatin1String(feature), QStringLiteral("ENABLED"));
    const bool active =
        server.phase == ServerState::Phase::Active ||
        (server.phase == ServerState::Phase::Deleting && server.phaseBeforeDelete == ServerState::Phase::Active);
    if (!active)
        return metadata;
    QString status = QStringLiteral("DEPLOYING");
    if (server.polls - server.activeAtPoll >= m_rackConnectPolls) {
        switch (server.rackConnect) {
        case RackConnect::Deployed: status = QStringLiteral("DEPLOYED"); break;
        case RackConnect::Failed: status = QStringLiteral("FAILED"); break;
        case RackConnect::Unprocessable: status = QStringLiteral("UNPROCESSABLE"); break;
        case RackConnect::Off: break;
        }
    }
    metadata.insert(QStringLiteral("rackconnect_automation_status"), status);
    return metadata;
}

CloudEmulator::Server CloudEmulator::describe(const ServerState &state) const
{
    Server out;
    out.id = state.id;
    out.name = state.name;
    out.region = state.region;
    out.tenantId = state.tenantId;
    out.userId = state.userId;
    out.imageRef = state.imageRef;
    out.flavorRef = state.flavorRef;
    out.keyName = state.keyName;
    out.metadata = serverMetadataNow(state);
    out.userData = state.userData;
    out.personality = state.personality;
    out.networks = state.networks;
    out.adminPass = state.adminPass;
    out.polls = state.polls;
    using Phase = ServerState::Phase;
    const Phase shown =
        state.phase == Phase::Deleting && state.deletePollsSeen < 2 ? state.phaseBeforeDelete : state.phase;
    switch (shown) {
    case Phase::Building:
        out.status = QStringLiteral("BUILD");
        out.taskState = state.polls <= 1 ? QStringLiteral("scheduling") : QStringLiteral("spawning");
        out.progress = state.lastProgress;
        break;
    case Phase::Active:
        out.status = QStringLiteral("ACTIVE");
        out.progress = m_profile == Profile::Rackspace ? 100 : 0;
        break;
    case Phase::Error:
        out.status = QStringLiteral("ERROR");
        out.progress = state.lastProgress;
        break;
    case Phase::Deleting:
    case Phase::Gone: out.status = QStringLiteral("DELETED"); break;
    }
    if (state.phase == Phase::Deleting && state.deletePollsSeen < 2)
        out.taskState = QStringLiteral("deleting");
    else if (!state.imagingId.isEmpty())
        out.taskState = QStringLiteral("image_snapshot");
    const bool addressed = !(state.phase == Phase::Building && out.taskState == QLatin1String("scheduling"));
    const int k = state.sequence;
    out.accessIPv4 = state.accessIPv4;
    out.accessIPv6 = state.accessIPv6;
    if (m_profile == Profile::Rackspace && addressed) {
        if (out.accessIPv4.isEmpty())
            out.accessIPv4 = QStringLiteral("198.51.100.%1").arg(2 + k % 250);
        if (out.accessIPv6.isEmpty())
            out.accessIPv6 = QStringLiteral("2001:db8::%1").arg(k, 0, 16);
    }
    if (out.metadata.value(QLatin1String("rackconnect_automation_status")).toString() == QLatin1String("DEPLOYED"))
        out.accessIPv4 = QStringLiteral("203.0.113.%1").arg(2 + k % 250);
    return out;
}

QList<CloudEmulator::Server> CloudEmulator::servers() const
{
    QList<Server> out;
    for (const auto &state : m_servers) {
        advanceServer(*state, false);
        if (state->phase != ServerState::Phase::Gone)
            out.append(describe(*state));
    }
    return out;
}

std::optional<CloudEmulator::Server> CloudEmulator::server(const QString &id) const
{
    for (const auto &state : m_servers) {
        if (state->id != id)
            continue;
        advanceServer(*state, false);
        if (state->phase == ServerState::Phase::Gone)
            return std::nullopt;
        return describe(*state);
    }
    return std::nullopt;
}

void CloudEmulator::setConsoleOutput(const QString &serverId, const QString &text)
{
    for (const auto &server : std::as_const(m_servers)) {
        if (server->id == serverId)
            server->console = text;
    }
}

QString CloudEmulator::consoleFingerprint(const QString &serverId)
{
    // As ssh-keygen -l prints it: SHA256: and the unpadded base64 of a hash.
    const QByteArray hash = QCryptographicHash::hash(serverId.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(hash.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString CloudEmulator::addServer(const ServerSeed &seed)
{
    auto state = std::make_shared<ServerState>();
    state->id = newUuid();
    state->name = seed.name;
    state->region = seed.region.toLower();
    state->tenantId = seed.tenantId;
    const auto owner = std::find_if(m_users.begin(), m_users.end(),
                                    [&seed](const User &user) { return user.projectId == seed.tenantId; });
    state->userId = owner != m_users.end() ? owner->id : QString();
    // By default the image the server samples were booted from.
    state->imageRef = seed.imageRef.isEmpty() ? sample(QStringLiteral("nova/servers/server-get-resp.json"))
                                                    .value(QLatin1String("server"))
                                                    .toObject()
                                                    .value(QLatin1String("image"))
                                                    .toObject()
                                                    .value(QLatin1String("id"))
                                                    .toString()
                                              : seed.imageRef;
    state->flavorRef = seed.flavorRef;
    state->metadata = seed.metadata;
    state->adminPass = randomAlphanumeric(12);
    state->diskConfig = QStringLiteral("MANUAL");
    state->availabilityZone = QStringLiteral("nova");
    state->securityGroups = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("default")}}};
    state->sequence = ++m_serverSequence;
    state->created = state->updated = state->launched = QDateTime::currentDateTimeUtc();
    state->phase = ServerState::Phase::Active;
    state->rackConnect = m_rackConnect;
    m_servers.append(state);
    return state->id;
}

QString CloudEmulator::addServer(const QString &name, const QString &tenantId, const QString &region)
{
    ServerSeed seed;
    seed.name = name;
    seed.tenantId = tenantId;
    seed.region = region;
    return addServer(seed);
}

QList<CloudEmulator::Image> CloudEmulator::images() const
{
    QList<Image> out;
    for (const auto &state : m_images) {
        advanceImage(*state, false);
        out.append(
            Image{state->id, state->name, state->glanceStatus, state->serverId, state->properties, state->polls});
    }
    return out;
}

std::optional<CloudEmulator::Image> CloudEmulator::image(const QString &id) const
{
    for (const Image &candidate : images()) {
        if (candidate.id == id)
            return candidate;
    }
    return std::nullopt;
}

QStringList CloudEmulator::keypairNames(const QString &userId) const
{
    QStringList out;
    for (const auto &keypair : m_keypairs) {
        if (keypair->userId == userId)
            out.append(keypair->name);
    }
    return out;
}

void CloudEmulator::addFlavor(const QString &id, const QString &name, int ramMb, int diskGb, int vcpus)
{
    if (m_flavors.isEmpty()) {
        qWarning("CloudEmulator::addFlavor before start(): the flavor samples are not loaded yet");
        return;
    }
    QJsonObject flavor = m_flavors.first().toObject();
    put(flavor, QLatin1String("id"), id);
    put(flavor, QLatin1String("name"), name);
    put(flavor, QLatin1String("ram"), ramMb);
    put(flavor, QLatin1String("disk"), diskGb);
    put(flavor, QLatin1String("vcpus"), vcpus);
    m_flavors.append(flavor);
}

QString CloudEmulator::addImage(const QString &name)
{
    const auto base = std::find_if(m_images.cbegin(), m_images.cend(),
                                   [](const std::shared_ptr<ImageState> &image) { return image->serverId.isEmpty(); });
    if (base == m_images.cend()) {
        qWarning("CloudEmulator::addImage before start(): the image samples are not loaded yet");
        return {};
    }
    auto image = std::make_shared<ImageState>(**base);
    image->id = newUuid();
    image->name = name;
    image->created = image->updated = QDateTime::currentDateTimeUtc();
    m_images.append(image);
    return image->id;
}

CloudEmulator::ServerState *CloudEmulator::findServer(const Call &call, const QString &id)
{
    for (const auto &state : std::as_const(m_servers)) {
        if (state->id == id && state->region == call.region && state->tenantId == call.token->user.projectId &&
            state->phase != ServerState::Phase::Gone)
            return state.get();
    }
    return nullptr;
}

CloudEmulator::ImageState *CloudEmulator::findImage(const QString &id)
{
    for (const auto &state : std::as_const(m_images)) {
        if (state->id == id)
            return state.get();
    }
    return nullptr;
}

// ---- requests ----

HttpReply CloudEmulator::handle(const HttpRequest &request)
{
    LoggedRequest entry;
    entry.method = request.method;
    entry.target = QString::fromLatin1(request.target);
    entry.path = QUrl::fromPercentEncoding(request.path);
    entry.query = QUrl::fromPercentEncoding(request.query);
    entry.headers = request.headers;
    entry.body = request.body;

    Call call{request, {},   QUrlQuery(QString::fromLatin1(request.query)), {}, {}, {}, {}, {}, {}, {}, nullptr,
              0,       false};
    for (const QByteArray &segment : request.path.split('/')) {
        if (!segment.isEmpty())
            call.segments.append(QUrl::fromPercentEncoding(segment));
    }

    std::optional<Kind> replacing;
    QList<Kind> modifiers;
    int retryAfter = 1;
    int delayMs = 0;
    for (Fault &fault : m_faults) {
        if (fault.count == 0 || (!fault.method.isEmpty() && fault.method != request.method) ||
            !QRegularExpression(fault.pathPattern).match(entry.path).hasMatch())
            continue;
        if (fault.count > 0)
            --fault.count;
        entry.faults.append(fault.kind);
        switch (fault.kind) {
        case Kind::Unauthorized:
        case Kind::OverLimit413:
        case Kind::OverLimit429:
        case Kind::InternalError:
        case Kind::Unavailable:
            if (!replacing) {
                replacing = fault.kind;
                retryAfter = fault.retryAfterSeconds;
            }
            break;
        case Kind::Slow:
            delayMs = std::max(delayMs, fault.delayMs);
            modifiers.append(fault.kind);
            break;
        default: modifiers.append(fault.kind); break;
        }
    }
    m_faults.erase(
        std::remove_if(m_faults.begin(), m_faults.end(), [](const Fault &fault) { return fault.count == 0; }),
        m_faults.end());
    call.nonUuidIds = modifiers.contains(Kind::NonUuidIds);

    HttpReply reply;
    if (replacing) {
        // A status fault answers before the request takes effect: nothing is created or deleted.
        const QString first = call.segments.value(0);
        if (first == QLatin1String("identity") || first == QLatin1String("compute") || first == QLatin1String("image"))
            call.service = first;
        if (first != QLatin1String("identity")) {
            call.region = call.segments.value(1).toLower();
            call.interface = call.segments.value(2);
        }
        const bool identity = first == QLatin1String("identity");
        const bool image = first == QLatin1String("image");
        int status = 500;
        QString message = QStringLiteral("An unknown exception occurred.");
        switch (*replacing) {
        case Kind::Unauthorized:
            status = 401;
            message = QStringLiteral("The request you have made requires authentication.");
            break;
        case Kind::OverLimit413:
        case Kind::OverLimit429:
            status = *replacing == Kind::OverLimit413 ? 413 : 429;
            message = QStringLiteral("This request was rate-limited.");
            break;
        case Kind::Unavailable:
            status = 503;
            message = QStringLiteral("The server is currently unavailable. Please try again at a later time.");
            break;
        default: break;
        }
        if (status == 413 || status == 429) {
            // Nova's rate-limit fault: the overLimit body with retryAfter, and the Retry-After header.
            reply = jsonReply(status, {{QStringLiteral("overLimit"),
                                        QJsonObject{{QStringLiteral("code"), status},
                                                    {QStringLiteral("message"), message},
                                                    {QStringLiteral("retryAfter"), QString::number(retryAfter)}}}});
            addHeader(reply, "Retry-After", QByteArray::number(retryAfter));
        } else if (identity && m_profile == Profile::Rackspace) {
            const QString name = status == 401   ? QStringLiteral("unauthorized")
                                 : status == 503 ? QStringLiteral("serviceUnavailable")
                                                 : QStringLiteral("identityFault");
            reply = jsonReply(
                status, {{name, QJsonObject{{QStringLiteral("code"), status}, {QStringLiteral("message"), message}}}});
        } else if (identity || ((image || m_profile == Profile::OpenStack) && status == 401)) {
            // Keystone, and keystonemiddleware in front of Nova and Glance.
            reply = jsonReply(
                status, {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), status},
                                                               {QStringLiteral("message"), message},
                                                               {QStringLiteral("title"), keystoneTitle(status)}}}});
        } else if (image) {
            reply = glanceError(status, message);
        } else {
            reply = novaError(status, message);
        }
    } else {
        reply = route(call);
    }
    entry.service = call.service;
    entry.region = call.region;
    entry.interface = call.interface;

    for (const Kind kind : std::as_const(modifiers)) {
        switch (kind) {
        case Kind::DropBeforeReply: reply.delivery = HttpReply::Delivery::DropBeforeReply; break;
        case Kind::DropAfterHeaders: reply.delivery = HttpReply::Delivery::DropAfterHeaders; break;
        case Kind::DropMidBody: reply.delivery = HttpReply::Delivery::DropMidBody; break;
        case Kind::Chunked:
            if (reply.delivery == HttpReply::Delivery::ContentLength)
                reply.delivery = HttpReply::Delivery::Chunked;
            break;
        case Kind::OmitLocation:
            reply.headers.erase(std::remove_if(reply.headers.begin(), reply.headers.end(),
                                               [](const auto &header) {
                                                   return header.first.compare("Location", Qt::CaseInsensitive) == 0;
                                               }),
                                reply.headers.end());
            break;
        case Kind::NotJson:
            reply.body = QByteArrayLiteral("<html><body><h1>Welcome to nginx!</h1></body></html>\n");
            for (auto &header : reply.headers) {
                if (header.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
                    header.second = QByteArrayLiteral("text/html");
            }
            break;
        case Kind::SloppyValues:
        case Kind::ExtraFields: {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
            if (error.error == QJsonParseError::NoError && document.isObject()) {
                reply.body = kind == Kind::SloppyValues ? toBody(sloppy(document.object()).toObject())
                                                        : toBody(withExtraFields(document.object(), 2));
            }
            break;
        }
        default: break;
        }
    }
    reply.delayMs = delayMs;
    entry.status = reply.delivery == HttpReply::Delivery::DropBeforeReply ? 0 : reply.status;
    m_log.append(entry);
    return reply;
}

HttpReply CloudEmulator::route(Call &call)
{
    const QString first = call.segments.value(0);
    if (first == QLatin1String("identity")) {
        call.service = QStringLiteral("identity");
        return identity(call);
    }
    if (first == QLatin1String("compute") || first == QLatin1String("image")) {
        call.service = first;
        call.region = call.segments.value(1).toLower();
        call.interface = call.segments.value(2);
        const QStringList interfaces = {QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("admin")};
        if (call.segments.size() < 3 || !interfaces.contains(call.interface))
            return novaError(404, QStringLiteral("The resource could not be found."));
        call.glanceBase = imagePrefix(call.region, call.interface).toString();
        return first == QLatin1String("compute") ? compute(call) : glance(call);
    }
    return novaError(404, QStringLiteral("The resource could not be found."));
}

// ---- Keystone ----

HttpReply CloudEmulator::identity(Call &call)
{
    const QStringList &s = call.segments;
    if (s.size() == 3 && s.at(1) == QLatin1String("v2.0") && s.at(2) == QLatin1String("tokens")) {
        if (call.http.method != "POST")
            return jsonReply(405,
                             {{QStringLiteral("error"),
                               QJsonObject{{QStringLiteral("code"), 405},
                                           {QStringLiteral("message"), QStringLiteral("The method is not allowed.")},
                                           {QStringLiteral("title"), keystoneTitle(405)}}}});
        return authenticateV2(call);
    }
    // Rackspace's identity service has no v3.
    if (m_profile == Profile::OpenStack && s.size() == 4 && s.at(1) == QLatin1String("v3") &&
        s.at(2) == QLatin1String("auth") && s.at(3) == QLatin1String("tokens") && call.http.method == "POST")
        return authenticateV3(call);
    if (call.http.method == "GET" && s.size() <= 2) {
        // Version discovery, which keystoneauth (the official CLI) does before it logs in. The samples hold no
        // version documents; the shape is the Keystone API reference's identity-version(s)-response.json.
        const auto version = [this](const QString &id, const QString &mediaType, const QString &updated) {
            return QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("links"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("href"),
                      QString(identityUrl().toString() + QLatin1Char('/') +
                              id.section(QLatin1Char('.'), 0, id == QLatin1String("v2.0") ? 1 : 0) + QLatin1Char('/'))},
                     {QStringLiteral("rel"), QStringLiteral("self")}}}},
                {QStringLiteral("media-types"),
                 QJsonArray{QJsonObject{{QStringLiteral("base"), QStringLiteral("application/json")},
                                        {QStringLiteral("type"), mediaType}}}},
                {QStringLiteral("status"), QStringLiteral("stable")},
                {QStringLiteral("updated"), updated},
            };
        };
        const QJsonObject v3 =
            version(QStringLiteral("v3.14"), QStringLiteral("application/vnd.openstack.identity-v3+json"),
                    QStringLiteral("2020-04-07T00:00:00Z"));
        const QJsonObject v2 =
            version(QStringLiteral("v2.0"), QStringLiteral("application/vnd.openstack.identity-v2.0+json"),
                    QStringLiteral("2014-04-17T00:00:00Z"));
        if (s.size() == 1) {
            QJsonArray values{v2};
            if (m_profile == Profile::OpenStack)
                values.prepend(v3);
            // Keystone answers its root with 300 Multiple Choices.
            return jsonReply(300, {{QStringLiteral("versions"), QJsonObject{{QStringLiteral("values"), values}}}});
        }
        if (s.at(1) == QLatin1String("v2.0"))
            return jsonReply(200, {{QStringLiteral("version"), v2}});
        if (s.at(1) == QLatin1String("v3") && m_profile == Profile::OpenStack)
            return jsonReply(200, {{QStringLiteral("version"), v3}});
    }
    return jsonReply(404, {{QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("code"), 404},
                                        {QStringLiteral("message"), QStringLiteral("The resource could not be found.")},
                                        {QStringLiteral("title"), keystoneTitle(404)}}}});
}

namespace {

// Keystone's error body: {"error": {"code", "message", "title"}}; Rackspace Identity names the fault
// instead ({"unauthorized": {"code", "message"}}, as its API reference lists: unauthorized, badRequest, ...).
HttpReply identityError(CloudEmulator::Profile profile, int status, const QString &message)
{
    if (profile == CloudEmulator::Profile::Rackspace) {
        const QString name = status == 400   ? QStringLiteral("badRequest")
                             : status == 401 ? QStringLiteral("unauthorized")
                                             : QStringLiteral("identityFault");
        return jsonReply(status,
                         {{name, QJsonObject{{QStringLiteral("code"), status}, {QStringLiteral("message"), message}}}});
    }
    return jsonReply(status,
                     {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), status},
                                                            {QStringLiteral("message"), message},
                                                            {QStringLiteral("title"), keystoneTitle(status)}}}});
}

} // namespace

HttpReply CloudEmulator::authenticateV2(Call &call)
{
    bool ok = false;
    const QJsonObject body = call.json(&ok);
    const QJsonObject auth = body.value(QLatin1String("auth")).toObject();
    if (!ok || auth.isEmpty())
        return identityError(m_profile, 400, QStringLiteral("Expecting to find auth in request body."));

    const QJsonObject apiKey = auth.value(QLatin1String("RAX-KSKEY:apiKeyCredentials")).toObject();
    const QJsonObject password = auth.value(QLatin1String("passwordCredentials")).toObject();
    const QJsonObject tokenAuth = auth.value(QLatin1String("token")).toObject();
    std::optional<User> user;
    QString method;
    if (!apiKey.isEmpty() && m_profile == Profile::Rackspace) {
        // The request as Rackspace's Cloud Identity reference gives it:
        // {"auth": {"RAX-KSKEY:apiKeyCredentials": {"username": "...", "apiKey": "..."}}}
        method = QStringLiteral("APIKEY");
        const QString name = apiKey.value(QLatin1String("username")).toString();
        const QString key = apiKey.value(QLatin1String("apiKey")).toString();
        for (const User &candidate : std::as_const(m_users)) {
            if (candidate.name == name && !candidate.apiKey.isEmpty() && candidate.apiKey == key)
                user = candidate;
        }
    } else if (!password.isEmpty()) {
        method = QStringLiteral("PASSWORD");
        const QString name = password.value(QLatin1String("username")).toString();
        const QString secret = password.value(QLatin1String("password")).toString();
        for (const User &candidate : std::as_const(m_users)) {
            if (candidate.name == name && !candidate.password.isEmpty() && candidate.password == secret)
                user = candidate;
        }
    } else if (!tokenAuth.isEmpty()) {
        method = QStringLiteral("TOKEN");
        if (const Token *token = validToken(tokenAuth.value(QLatin1String("id")).toString().toLatin1()))
            user = token->user;
    } else {
        return identityError(m_profile, 400, QStringLiteral("Expecting to find credentials in request body."));
    }
    if (!user)
        return identityError(m_profile, 401, QStringLiteral("The request you have made requires authentication."));

    const QString tenantName = auth.value(QLatin1String("tenantName")).toString();
    const QString tenantId = auth.value(QLatin1String("tenantId")).toString();
    if ((!tenantName.isEmpty() && tenantName != user->projectName) ||
        (!tenantId.isEmpty() && tenantId != user->projectId))
        return identityError(m_profile, 401, QStringLiteral("The request you have made requires authentication."));
    // Rackspace scopes every token to the account; Keystone v2.0 only when a tenant is named.
    const bool scoped = m_profile == Profile::Rackspace || !tenantName.isEmpty() || !tenantId.isEmpty();

    auto token = std::make_shared<Token>();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    token->user = *user;
    token->scoped = scoped;
    token->expires = now.addMSecs(m_tokenLifetimeMs);
    token->id = m_profile == Profile::Rackspace ? QStringLiteral("AA") + randomBase64Url(96) : newHexId();
    m_tokens.insert(token->id, token);

    if (m_profile == Profile::Rackspace) {
        QJsonObject document = sample(QStringLiteral("rackspace-identity-v2.0/auth-response.json"));
        QJsonObject access = document.value(QLatin1String("access")).toObject();
        const QString sampleTenant = access.value(QLatin1String("token"))
                                         .toObject()
                                         .value(QLatin1String("tenant"))
                                         .toObject()
                                         .value(QLatin1String("id"))
                                         .toString();
        access = replaceInStrings(access, sampleTenant, user->projectId).toObject();
        QJsonObject tokenJson = access.value(QLatin1String("token")).toObject();
        put(tokenJson, QLatin1String("RAX-AUTH:authenticatedBy"),
            QJsonArray{method == QLatin1String("APIKEY") ? QStringLiteral("APIKEY") : QStringLiteral("PASSWORD")});
        put(tokenJson, QLatin1String("expires"),
            formatLike(tokenJson.value(QLatin1String("expires")).toString(), token->expires));
        put(tokenJson, QLatin1String("id"), token->id);
        put(tokenJson, QLatin1String("tenant"),
            QJsonObject{{QStringLiteral("id"), user->projectId}, {QStringLiteral("name"), user->projectName}});
        put(access, QLatin1String("token"), tokenJson);
        QJsonObject userJson = access.value(QLatin1String("user")).toObject();
        put(userJson, QLatin1String("RAX-AUTH:defaultRegion"), user->defaultRegion);
        put(userJson, QLatin1String("id"), user->id);
        put(userJson, QLatin1String("name"), user->name);
        put(access, QLatin1String("user"), userJson);
        put(access, QLatin1String("serviceCatalog"),
            catalogV2(access.value(QLatin1String("serviceCatalog")).toArray()));
        put(document, QLatin1String("access"), access);
        return jsonReply(200, document);
    }

    QJsonObject document = sample(QStringLiteral("keystone-v2.0/client/authenticate-response.json"));
    QJsonObject access = document.value(QLatin1String("access")).toObject();
    const QString sampleTenant = access.value(QLatin1String("token"))
                                     .toObject()
                                     .value(QLatin1String("tenant"))
                                     .toObject()
                                     .value(QLatin1String("id"))
                                     .toString();
    access = replaceInStrings(access, sampleTenant, user->projectId).toObject();
    QJsonObject tokenJson = access.value(QLatin1String("token")).toObject();
    put(tokenJson, QLatin1String("issued_at"), formatLike(tokenJson.value(QLatin1String("issued_at")).toString(), now));
    put(tokenJson, QLatin1String("expires"),
        formatLike(tokenJson.value(QLatin1String("expires")).toString(), token->expires));
    put(tokenJson, QLatin1String("id"), token->id);
    QJsonObject tenant = tokenJson.value(QLatin1String("tenant")).toObject();
    put(tenant, QLatin1String("id"), user->projectId);
    put(tenant, QLatin1String("name"), user->projectName);
    put(tokenJson, QLatin1String("tenant"), tenant);
    QJsonObject userJson = access.value(QLatin1String("user")).toObject();
    put(userJson, QLatin1String("username"), user->name);
    put(userJson, QLatin1String("id"), user->id);
    put(userJson, QLatin1String("name"), user->name);
    put(access, QLatin1String("user"), userJson);
    if (scoped) {
        put(access, QLatin1String("serviceCatalog"),
            catalogV2(access.value(QLatin1String("serviceCatalog")).toArray()));
    } else {
        // An unscoped Keystone v2.0 token names no tenant and carries an empty catalog.
        tokenJson.remove(QLatin1String("tenant"));
        put(access, QLatin1String("serviceCatalog"), QJsonArray());
    }
    put(access, QLatin1String("token"), tokenJson);
    put(document, QLatin1String("access"), access);
    return jsonReply(200, document);
}

HttpReply CloudEmulator::authenticateV3(Call &call)
{
    bool ok = false;
    const QJsonObject body = call.json(&ok);
    const QJsonObject auth = body.value(QLatin1String("auth")).toObject();
    const QJsonObject identityJson = auth.value(QLatin1String("identity")).toObject();
    const QJsonArray methods = identityJson.value(QLatin1String("methods")).toArray();
    if (!ok || identityJson.isEmpty() || methods.isEmpty())
        return identityError(m_profile, 400, QStringLiteral("Expecting to find identity in auth."));
    const QString method = methods.first().toString();
    const auto unauthorized = [this] {
        return identityError(m_profile, 401, QStringLiteral("The request you have made requires authentication."));
    };
    const auto inDomain = [](const User &user, const QJsonObject &domain) {
        return (domain.contains(QLatin1String("id")) &&
                domain.value(QLatin1String("id")).toString() == user.domainId) ||
               (domain.contains(QLatin1String("name")) &&
                domain.value(QLatin1String("name")).toString() == user.domainName);
    };

    std::optional<User> user;
    bool applicationCredential = false;
    if (method == QLatin1String("password")) {
        const QJsonObject given =
            identityJson.value(QLatin1String("password")).toObject().value(QLatin1String("user")).toObject();
        const QString secret = given.value(QLatin1String("password")).toString();
        for (const User &candidate : std::as_const(m_users)) {
            const bool named = given.contains(QLatin1String("id"))
                                   ? given.value(QLatin1String("id")).toString() == candidate.id
                                   : given.value(QLatin1String("name")).toString() == candidate.name &&
                                         inDomain(candidate, given.value(QLatin1String("domain")).toObject());
            if (named && !candidate.password.isEmpty() && candidate.password == secret)
                user = candidate;
        }
    } else if (method == QLatin1String("application_credential")) {
        // The requests as the Keystone v3 API reference gives them: id + secret, or name + user + secret.
        applicationCredential = true;
        const QJsonObject given = identityJson.value(QLatin1String("application_credential")).toObject();
        const QString secret = given.value(QLatin1String("secret")).toString();
        for (const auto &credential : std::as_const(m_applicationCredentials)) {
            const auto owner = std::find_if(m_users.begin(), m_users.end(),
                                            [&credential](const User &u) { return u.name == credential->userName; });
            if (owner == m_users.end() || credential->secret != secret)
                continue;
            bool matches = false;
            if (given.contains(QLatin1String("id"))) {
                matches = given.value(QLatin1String("id")).toString() == credential->id;
            } else {
                const QJsonObject givenUser = given.value(QLatin1String("user")).toObject();
                const bool userMatches =
                    givenUser.contains(QLatin1String("id"))
                        ? givenUser.value(QLatin1String("id")).toString() == owner->id
                        : givenUser.value(QLatin1String("name")).toString() == owner->name &&
                              inDomain(*owner, givenUser.value(QLatin1String("domain")).toObject());
                matches = given.value(QLatin1String("name")).toString() == credential->name && userMatches;
            }
            if (matches)
                user = *owner;
        }
    } else {
        return unauthorized();
    }
    if (!user)
        return unauthorized();

    // Application credentials are bound to their project; a password token is scoped as asked.
    bool scoped = applicationCredential;
    const QJsonObject project =
        auth.value(QLatin1String("scope")).toObject().value(QLatin1String("project")).toObject();
    if (!applicationCredential && !project.isEmpty()) {
        const bool matches = project.contains(QLatin1String("id"))
                                 ? project.value(QLatin1String("id")).toString() == user->projectId
                                 : project.value(QLatin1String("name")).toString() == user->projectName &&
                                       inDomain(*user, project.value(QLatin1String("domain")).toObject());
        if (!matches)
            return unauthorized();
        scoped = true;
    }

    auto token = std::make_shared<Token>();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    token->user = *user;
    token->scoped = scoped;
    token->expires = now.addMSecs(m_tokenLifetimeMs);
    token->id = newHexId();
    m_tokens.insert(token->id, token);

    QJsonObject document = sample(QStringLiteral("keystone-v3/admin/auth-password-project-scoped-response.json"));
    QJsonObject tokenJson = document.value(QLatin1String("token")).toObject();
    const QString sampleProject =
        tokenJson.value(QLatin1String("project")).toObject().value(QLatin1String("id")).toString();
    tokenJson = replaceInStrings(tokenJson, sampleProject, user->projectId).toObject();
    put(tokenJson, QLatin1String("methods"), QJsonArray{method});
    put(tokenJson, QLatin1String("expires_at"),
        formatLike(tokenJson.value(QLatin1String("expires_at")).toString(), token->expires));
    put(tokenJson, QLatin1String("issued_at"), formatLike(tokenJson.value(QLatin1String("issued_at")).toString(), now));
    put(tokenJson, QLatin1String("audit_ids"), QJsonArray{randomBase64Url(16)});
    const QJsonObject domain{{QStringLiteral("id"), user->domainId}, {QStringLiteral("name"), user->domainName}};
    QJsonObject userJson = tokenJson.value(QLatin1String("user")).toObject();
    put(userJson, QLatin1String("domain"), domain);
    put(userJson, QLatin1String("id"), user->id);
    put(userJson, QLatin1String("name"), user->name);
    put(userJson, QLatin1String("password_expires_at"), QJsonValue::Null);
    put(tokenJson, QLatin1String("user"), userJson);
    if (scoped) {
        QJsonObject projectJson = tokenJson.value(QLatin1String("project")).toObject();
        put(projectJson, QLatin1String("domain"), domain);
        put(projectJson, QLatin1String("id"), user->projectId);
        put(projectJson, QLatin1String("name"), user->projectName);
        put(tokenJson, QLatin1String("project"), projectJson);
        put(tokenJson, QLatin1String("catalog"), catalogV3(tokenJson.value(QLatin1String("catalog")).toArray()));
    } else {
        // An unscoped token has no project, roles or catalog (Keystone v3 API reference,
        // auth-password-unscoped-response.json).
        for (const char *key : {"project", "roles", "catalog", "is_domain"})
            tokenJson.remove(QLatin1String(key));
    }
    if (applicationCredential) {
        // As in the Keystone v3 API reference's auth-application-credential-response.json.
        tokenJson.insert(QStringLiteral("application_credential_restricted"), true);
    }
    put(document, QLatin1String("token"), tokenJson);
    HttpReply reply = jsonReply(201, document);
    addHeader(reply, "X-Subject-Token", token->id.toLatin1());
    addHeader(reply, "Vary", "X-Auth-Token");
    addHeader(reply, "x-openstack-request-id", QByteArray("req-" + newUuid().toLatin1()));
    return reply;
}

QString CloudEmulator::rewriteUrl(const QString &url, const QString &type, const QString &region,
                                  const QString &interface) const
{
    const QUrl original(url);
    QString path = original.path();
    if (path == QLatin1String("/"))
        path.clear();
    const QString origin = baseUrl().toString();
    if (type == QLatin1String("identity")) {
        const QString last = path.section(QLatin1Char('/'), -1);
        static const QRegularExpression version(QStringLiteral("^v[0-9]"));
        return origin + QStringLiteral("/identity") +
               (version.match(last).hasMatch() ? QLatin1Char('/') + last : QString());
    }
    QString service;
    if (type == QLatin1String("compute") || type == QLatin1String("compute_legacy"))
        service = QStringLiteral("compute");
    else if (type == QLatin1String("image"))
        service = QStringLiteral("image");
    else
        service = QStringLiteral("service/") +
                  QString(type).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("-"));
    const QString regionPart = region.isEmpty() ? QStringLiteral("global") : region.toLower();
    return origin + QLatin1Char('/') + service + QLatin1Char('/') + regionPart + QLatin1Char('/') + interface + path;
}

QJsonArray CloudEmulator::catalogV2(const QJsonArray &sampleCatalog) const
{
    static const QList<QPair<QLatin1String, QString>> urlKeys = {
        {QLatin1String("publicURL"), QStringLiteral("public")},
        {QLatin1String("internalURL"), QStringLiteral("internal")},
        {QLatin1String("adminURL"), QStringLiteral("admin")},
        {QLatin1String("versionInfo"), QStringLiteral("public")},
        {QLatin1String("versionList"), QStringLiteral("public")},
    };
    QJsonArray catalog;
    for (const QJsonValue serviceValue : sampleCatalog) {
        QJsonObject service = serviceValue.toObject();
        const QString type = service.value(QLatin1String("type")).toString();
        QJsonArray endpoints = service.value(QLatin1String("endpoints")).toArray();
        if (type == QLatin1String("compute") && !m_computeRegions.isEmpty() && !endpoints.isEmpty()) {
            const QJsonObject templateEndpoint = endpoints.first().toObject();
            endpoints = QJsonArray();
            for (const QString &region : m_computeRegions) {
                QJsonObject endpoint = templateEndpoint;
                put(endpoint, QLatin1String("region"), region);
                if (endpoint.contains(QLatin1String("id")))
                    put(endpoint, QLatin1String("id"), newHexId());
                endpoints.append(endpoint);
            }
        }
        for (QJsonValueRef endpointRef : endpoints) {
            QJsonObject endpoint = endpointRef.toObject();
            const QString region = endpoint.value(QLatin1String("region")).toString();
            for (const auto &[key, interface] : urlKeys) {
                if (endpoint.contains(key))
                    put(endpoint, key, rewriteUrl(endpoint.value(key).toString(), type, region, interface));
            }
            endpointRef = endpoint;
        }
        put(service, QLatin1String("endpoints"), endpoints);
        catalog.append(service);
    }
    return catalog;
}

QJsonArray CloudEmulator::catalogV3(const QJsonArray &sampleCatalog) const
{
    QJsonArray catalog;
    for (const QJsonValue serviceValue : sampleCatalog) {
        QJsonObject service = serviceValue.toObject();
        const QString type = service.value(QLatin1String("type")).toString();
        QJsonArray endpoints = service.value(QLatin1String("endpoints")).toArray();
        if (type == QLatin1String("compute") && !m_computeRegions.isEmpty() && !endpoints.isEmpty()) {
            // Every interface of the sample's first region, once per region asked for.
            const QString firstRegion = endpoints.first().toObject().value(QLatin1String("region")).toString();
            QJsonArray group;
            for (const QJsonValue endpoint : std::as_const(endpoints)) {
                if (endpoint.toObject().value(QLatin1String("region")).toString() == firstRegion)
                    group.append(endpoint);
            }
            endpoints = QJsonArray();
            for (const QString &region : m_computeRegions) {
                for (const QJsonValue value : std::as_const(group)) {
                    QJsonObject endpoint = value.toObject();
                    put(endpoint, QLatin1String("region"), region);
                    put(endpoint, QLatin1String("region_id"), region);
                    put(endpoint, QLatin1String("id"), newHexId());
                    endpoints.append(endpoint);
                }
            }
        }
        for (QJsonValueRef endpointRef : endpoints) {
            QJsonObject endpoint = endpointRef.toObject();
            put(endpoint, QLatin1String("url"),
                rewriteUrl(endpoint.value(QLatin1String("url")).toString(), type,
                           endpoint.value(QLatin1String("region")).toString(),
                           endpoint.value(QLatin1String("interface")).toString()));
            endpointRef = endpoint;
        }
        put(service, QLatin1String("endpoints"), endpoints);
        catalog.append(service);
    }
    return catalog;
}

// ---- Nova ----

HttpReply CloudEmulator::compute(Call &call)
{
    QStringList rest = call.segments.mid(3);
    const QString prefix = computePrefix(call.region, call.interface).toString();
    if (rest.isEmpty()) {
        if (call.http.method != "GET")
            return novaError(405, QStringLiteral("The method is not allowed for the requested URL."));
        const QString sampleOrigin = QStringLiteral("http://openstack.example.com");
        const QJsonObject versions = sample(QStringLiteral("nova/versions/versions-get-resp.json"));
        return jsonReply(200, replaceInStrings(versions, sampleOrigin, prefix).toObject());
    }
    call.version = rest.takeFirst();
    if (call.version != QLatin1String("v2") && call.version != QLatin1String("v2.1"))
        return novaError(404, QStringLiteral("The resource could not be found."));

    const bool legacy = call.version == QLatin1String("v2");
    if (rest.isEmpty() && call.http.method == "GET") {
        // A version's own document, unauthenticated as on Nova: the entry the versions sample has for it.
        const QString sampleOrigin = QStringLiteral("http://openstack.example.com");
        for (const QJsonValue version : sample(QStringLiteral("nova/versions/versions-get-resp.json"))
                                            .value(QLatin1String("versions"))
                                            .toArray()) {
            const QString id = version.toObject().value(QLatin1String("id")).toString();
            if (id == call.version || (legacy && id == QLatin1String("v2.0"))) {
                return jsonReply(
                    200, {{QStringLiteral("version"), replaceInStrings(version, sampleOrigin, prefix).toObject()}});
            }
        }
    }
    const QString requestId = QStringLiteral("req-") + newUuid();
    const auto finish = [&call, legacy, &requestId](HttpReply reply) {
        addHeader(reply, "X-Compute-Request-Id", requestId.toLatin1());
        if (!legacy) {
            const QByteArray version = "2." + QByteArray::number(call.microversion);
            addHeader(reply, "OpenStack-API-Version", QByteArray("compute " + version));
            addHeader(reply, "X-OpenStack-Nova-API-Version", version);
            addHeader(reply, "Vary", "OpenStack-API-Version, X-OpenStack-Nova-API-Version");
            if (call.microversion >= RequestIdHeaderMicroversion)
                addHeader(reply, "X-OpenStack-Request-Id", requestId.toLatin1());
        }
        return reply;
    };

    // The token first: keystonemiddleware stands in front of Nova and refuses before Nova looks at anything.
    call.token = validToken(call.http.header("X-Auth-Token"));
    if (!call.token || !call.token->scoped) {
        HttpReply reply;
        if (m_profile == Profile::Rackspace) {
            reply = novaError(401, QStringLiteral("No valid token provided. Please use the 'X-Auth-Token' header "
                                                  "with a valid token."));
        } else {
            reply = jsonReply(401, {{QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("code"), 401},
                                                 {QStringLiteral("message"),
                                                  QStringLiteral("The request you have made requires authentication.")},
                                                 {QStringLiteral("title"), keystoneTitle(401)}}}});
            addHeader(reply, "WWW-Authenticate", QByteArray("Keystone uri=\"" + identityUrl().toEncoded() + '"'));
        }
        return reply;
    }

    if (legacy) {
        call.microversion = LegacyMicroversion;
    } else {
        const int maximum = [this] {
            for (const QJsonValue version : sample(QStringLiteral("nova/versions/versions-get-resp.json"))
                                                .value(QLatin1String("versions"))
                                                .toArray()) {
                if (version.toObject().value(QLatin1String("id")).toString() == QLatin1String("v2.1"))
                    return version.toObject()
                        .value(QLatin1String("version"))
                        .toString()
                        .section(QLatin1Char('.'), 1)
                        .toInt();
            }
            return 1;
        }();
        QString asked;
        const QByteArray generic = call.http.header("OpenStack-API-Version");
        for (const QByteArray &part : generic.split(',')) {
            const QList<QByteArray> words = part.simplified().split(' ');
            if (words.size() == 2 && words.at(0).toLower() == "compute")
                asked = QString::fromLatin1(words.at(1));
        }
        if (asked.isEmpty())
            asked = QString::fromLatin1(call.http.header("X-OpenStack-Nova-API-Version")).trimmed();
        call.microversion = 1;
        if (asked == QLatin1String("latest")) {
            call.microversion = maximum;
        } else if (!asked.isEmpty()) {
            static const QRegularExpression format(QStringLiteral("^2\\.([0-9]+)$"));
            const auto match = format.match(asked);
            if (!match.hasMatch()) {
                return finish(novaError(400, QStringLiteral("API Version String %1 is of invalid format. Must be of "
                                                            "format MajorNum.MinorNum.")
                                                 .arg(asked)));
            }
            call.microversion = match.captured(1).toInt();
            if (call.microversion < 1 || call.microversion > maximum) {
                const int shown = call.microversion;
                call.microversion = 1;
                return finish(novaError(406, QStringLiteral("Version 2.%1 is not supported by the API. Minimum is "
                                                            "2.1 and maximum is 2.%2.")
                                                 .arg(shown)
                                                 .arg(maximum)));
            }
        }
    }

    static const QStringList collections = {QStringLiteral("servers"), QStringLiteral("flavors"),
                                            QStringLiteral("images"), QStringLiteral("os-keypairs"),
                                            QStringLiteral("limits")};
    QString tenant;
    if (!rest.isEmpty() && !collections.contains(rest.first())) {
        tenant = rest.takeFirst();
        if (tenant != call.token->user.projectId) {
            return finish(novaError(400, QStringLiteral("Malformed request URL: URL's project_id '%1' doesn't match "
                                                        "Context's project_id '%2'")
                                             .arg(tenant, call.token->user.projectId)));
        }
    }
    const QString tenantPart = tenant.isEmpty() ? QString() : QLatin1Char('/') + tenant;
    call.base = prefix + QLatin1Char('/') + call.version + tenantPart;
    call.bookmarkBase = prefix + tenantPart;

    const QString collection = rest.value(0);
    if (collection == QLatin1String("flavors"))
        return finish(flavors(call, rest));
    if (collection == QLatin1String("images"))
        return finish(novaImages(call, rest));
    if (collection == QLatin1String("os-keypairs"))
        return finish(keypairs(call, rest));
    if (collection == QLatin1String("servers"))
        return finish(serversCollection(call, rest));
    if (collection == QLatin1String("limits") && rest.size() == 1 && call.http.method == "GET")
        return finish(limits(call));
    return finish(novaError(404, QStringLiteral("The resource could not be found.")));
}

QJsonObject CloudEmulator::linksFor(const Call &call, const QString &collection, const QString &id) const
{
    // The shape every Nova resource has: [{"href": self, "rel": "self"}, {"href": bookmark, "rel": "bookmark"}].
    return {{QStringLiteral("self"), QString(call.base + QLatin1Char('/') + collection + QLatin1Char('/') + id)},
            {QStringLiteral("bookmark"),
             QString(call.bookmarkBase + QLatin1Char('/') + collection + QLatin1Char('/') + id)}};
}

namespace {

// Writes hrefs into a sample's links array, by rel, keeping its shape.
QJsonArray relinked(const QJsonArray &sampleLinks, const QJsonObject &hrefByRel)
{
    QJsonArray links;
    for (const QJsonValue value : sampleLinks) {
        QJsonObject link = value.toObject();
        const QString rel = link.value(QLatin1String("rel")).toString();
        if (hrefByRel.contains(rel))
            link[QLatin1String("href")] = hrefByRel.value(rel);
        links.append(link);
    }
    return links;
}

struct Page
{
    QList<int> indices;
    QString nextMarker; // empty: no next link
    std::optional<HttpReply> error;
};

// Nova's pagination: limit (capped at max_limit) and marker (an id from the previous page, 400 when
// unknown); a "next" link whenever a page came back full, even if nothing follows.
Page paginate(const QUrlQuery &query, const QStringList &ids)
{
    Page page;
    int start = 0;
    const QString marker = query.queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
    if (!marker.isEmpty()) {
        const qsizetype at = ids.indexOf(marker);
        if (at < 0) {
            page.error = novaError(400, QStringLiteral("marker [%1] not found").arg(marker));
            return page;
        }
        start = static_cast<int>(at) + 1;
    }
    int limit = NovaMaxLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0) {
            page.error = novaError(400, QStringLiteral("limit param must be positive"));
            return page;
        }
        limit = std::min(limit, NovaMaxLimit);
    }
    for (int i = start; i < ids.size() && page.indices.size() < limit; ++i)
        page.indices.append(i);
    if (limit > 0 && page.indices.size() == limit)
        page.nextMarker = ids.at(page.indices.last());
    return page;
}

QJsonArray nextLink(const QString &collectionUrl, const QUrlQuery &query, const QString &marker,
                    const QJsonArray &sampleLinks)
{
    QUrlQuery next = query;
    next.removeAllQueryItems(QStringLiteral("marker"));
    next.addQueryItem(QStringLiteral("marker"), marker);
    QJsonObject link = sampleLinks.isEmpty() ? QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")}}
                                             : sampleLinks.first().toObject();
    link[QLatin1String("href")] = QString(collectionUrl + QLatin1Char('?') + next.toString(QUrl::FullyEncoded));
    return QJsonArray{link};
}

// One page of a Nova collection as Nova answers a list: `entry(i)` renders ids[i]; "<name>_links" holds a
// next link when the page came back full (shaped like the sample's links when there are some).
HttpReply pagedList(const QUrlQuery &query, const QString &name, const QString &collectionUrl, const QStringList &ids,
                    const std::function<QJsonObject(int)> &entry, const QJsonArray &sampleLinks = {})
{
    const Page page = paginate(query, ids);
    if (page.error)
        return *page.error;
    QJsonArray list;
    for (const int index : page.indices)
        list.append(entry(index));
    QJsonObject document{{name, list}};
    if (!page.nextMarker.isEmpty())
        document.insert(name + QStringLiteral("_links"), nextLink(collectionUrl, query, page.nextMarker, sampleLinks));
    return jsonReply(200, document);
}

} // namespace

QJsonObject CloudEmulator::renderFlavor(const Call &call, const QJsonObject &flavor, bool detail) const
{
    const QString id = flavor.value(QLatin1String("id")).toString();
    const QJsonObject links = linksFor(call, QStringLiteral("flavors"), id);
    if (!detail) {
        QJsonObject brief = sample(QStringLiteral("nova/flavors/flavors-list-resp.json"))
                                .value(QLatin1String("flavors"))
                                .toArray()
                                .first()
                                .toObject();
        put(brief, QLatin1String("id"), id);
        put(brief, QLatin1String("name"), flavor.value(QLatin1String("name")));
        put(brief, QLatin1String("links"), relinked(brief.value(QLatin1String("links")).toArray(), links));
        return brief;
    }
    QJsonObject full = flavor;
    put(full, QLatin1String("links"), relinked(full.value(QLatin1String("links")).toArray(), links));
    return full;
}

HttpReply CloudEmulator::flavors(Call &call, const QStringList &rest)
{
    if (call.http.method != "GET")
        return novaError(405, QStringLiteral("The method is not allowed for the requested URL."));
    if (rest.size() == 2 && rest.at(1) != QLatin1String("detail")) {
        for (const QJsonValue flavor : std::as_const(m_flavors)) {
            if (flavor.toObject().value(QLatin1String("id")).toString() == rest.at(1)) {
                QJsonObject document = sample(QStringLiteral("nova/flavors/flavor-get-resp.json"));
                QJsonObject shown = document.value(QLatin1String("flavor")).toObject();
                const QJsonObject rendered = renderFlavor(call, flavor.toObject(), true);
                for (auto it = rendered.begin(); it != rendered.end(); ++it)
                    put(shown, QLatin1String(it.key().toLatin1()), it.value());
                put(document, QLatin1String("flavor"), shown);
                return jsonReply(200, document);
            }
        }
        return novaError(404, QStringLiteral("Flavor %1 could not be found.").arg(rest.at(1)));
    }
    const bool known = std::any_of(m_flavors.begin(), m_flavors.end(), [&rest](const QJsonValue &flavor) {
        return flavor.toObject().value(QLatin1String("id")).toString() == rest.value(1);
    });
    if (rest.size() == 3 && rest.at(2) == QLatin1String("os-extra_specs") && known) {
        // The sample flavors have no extra specs; the shape is the Nova API reference's
        // flavor-extra-specs-list-resp.json (the official CLI asks for them when it lists flavors).
        return jsonReply(200, {{QStringLiteral("extra_specs"), QJsonObject()}});
    }
    if (rest.size() > 2)
        return novaError(404, QStringLiteral("The resource could not be found."));
    const bool detail = rest.size() == 2;
    QStringList ids;
    for (const QJsonValue flavor : std::as_const(m_flavors))
        ids.append(flavor.toObject().value(QLatin1String("id")).toString());
    // Nova adds flavors_links only when a page came back full, shaped like servers_links.
    return pagedList(call.query, QStringLiteral("flavors"),
                     call.base + (detail ? QStringLiteral("/flavors/detail") : QStringLiteral("/flavors")), ids,
                     [&](int index) { return renderFlavor(call, m_flavors.at(index).toObject(), detail); });
}

QJsonObject CloudEmulator::renderNovaImage(const Call &call, ImageState &image, bool detail, bool countPoll)
{
    advanceImage(image, countPoll);
    QJsonObject links = linksFor(call, QStringLiteral("images"), image.id);
    links.insert(QStringLiteral("alternate"), QString(call.glanceBase + QStringLiteral("/images/") + image.id));
    if (!detail) {
        QJsonObject brief = sample(QStringLiteral("nova/images/images-list-get-resp.json"))
                                .value(QLatin1String("images"))
                                .toArray()
                                .first()
                                .toObject();
        put(brief, QLatin1String("id"), image.id);
        put(brief, QLatin1String("name"), image.name);
        put(brief, QLatin1String("links"), relinked(brief.value(QLatin1String("links")).toArray(), links));
        return brief;
    }
    // Nova's image view: Glance status mapped to Nova's, progress by status (views/images.py).
    static const QHash<QString, QString> novaStatus = {
        {QStringLiteral("active"), QStringLiteral("ACTIVE")}, {QStringLiteral("queued"), QStringLiteral("SAVING")},
        {QStringLiteral("saving"), QStringLiteral("SAVING")}, {QStringLiteral("deleted"), QStringLiteral("DELETED")},
        {QStringLiteral("killed"), QStringLiteral("ERROR")},
    };
    static const QHash<QString, int> progress = {
        {QStringLiteral("queued"), 25}, {QStringLiteral("saving"), 50}, {QStringLiteral("active"), 100}};
    QJsonObject shown = image.novaTemplate;
    put(shown, QLatin1String("id"), image.id);
    put(shown, QLatin1String("name"), image.name);
    put(shown, QLatin1String("created"), formatLike(shown.value(QLatin1String("created")).toString(), image.created));
    put(shown, QLatin1String("updated"), formatLike(shown.value(QLatin1String("updated")).toString(), image.updated));
    put(shown, QLatin1String("status"), novaStatus.value(image.glanceStatus, QStringLiteral("UNKNOWN")));
    put(shown, QLatin1String("progress"), progress.value(image.glanceStatus, 0));
    put(shown, QLatin1String("minDisk"), image.minDisk);
    put(shown, QLatin1String("minRam"), image.minRam);
    put(shown, QLatin1String("metadata"), image.properties);
    if (shown.contains(QLatin1String("OS-EXT-IMG-SIZE:size")))
        put(shown, QLatin1String("OS-EXT-IMG-SIZE:size"), double(image.size));
    put(shown, QLatin1String("links"), relinked(shown.value(QLatin1String("links")).toArray(), links));
    if (!image.serverId.isEmpty()) {
        // Nova adds the server a snapshot was made of (nova/api/openstack/compute/views/images.py).
        const QJsonObject serverLinks = linksFor(call, QStringLiteral("servers"), image.serverId);
        shown.insert(
            QStringLiteral("server"),
            QJsonObject{{QStringLiteral("id"), image.serverId},
                        {QStringLiteral("links"),
                         QJsonArray{QJsonObject{{QStringLiteral("href"), serverLinks.value(QLatin1String("self"))},
                                                {QStringLiteral("rel"), QStringLiteral("self")}},
                                    QJsonObject{{QStringLiteral("href"), serverLinks.value(QLatin1String("bookmark"))},
                                                {QStringLiteral("rel"), QStringLiteral("bookmark")}}}}});
    }
    return shown;
}

HttpReply CloudEmulator::novaImages(Call &call, const QStringList &rest)
{
    const auto visible = [](const ImageState &image) { return image.glanceStatus != QLatin1String("deleted"); };
    if (rest.size() == 2 && rest.at(1) != QLatin1String("detail")) {
        ImageState *image = findImage(rest.at(1));
        if (image)
            advanceImage(*image, false);
        if (!image || !visible(*image))
            return novaError(404, QStringLiteral("Image not found."));
        if (call.http.method == "DELETE") {
            image->glanceStatus = QStringLiteral("deleted");
            return emptyReply(204);
        }
        if (call.http.method != "GET")
            return novaError(405, QStringLiteral("The method is not allowed for the requested URL."));
        QJsonObject document = sample(QStringLiteral("nova/images/image-get-resp.json"));
        const QJsonObject shown = renderNovaImage(call, *image, true, true);
        if (!visible(*image))
            return novaError(404, QStringLiteral("Image not found."));
        document[QLatin1String("image")] = shown;
        return jsonReply(200, document);
    }
    if (rest.size() > 2)
        return novaError(404, QStringLiteral("The resource could not be found."));
    if (call.http.method != "GET")
        return novaError(405, QStringLiteral("The method is not allowed for the requested URL."));
    const bool detail = rest.size() == 2;
    QList<ImageState *> listed;
    QStringList ids;
    for (qsizetype i = m_images.size() - 1; i >= 0; --i) {
        ImageState *image = m_images.at(i).get();
        advanceImage(*image, false);
        if (visible(*image)) {
            listed.append(image);
            ids.append(image->id);
        }
    }
    return pagedList(call.query, QStringLiteral("images"),
                     call.base + (detail ? QStringLiteral("/images/detail") : QStringLiteral("/images")), ids,
                     [&](int index) { return renderNovaImage(call, *listed.at(index), detail, detail); });
}

HttpReply CloudEmulator::keypairs(Call &call, const QStringList &rest)
{
    const QString userId = call.token->user.id;
    const bool newStatuses = call.microversion >= KeypairStatusChangedMicroversion;
    if (rest.size() == 1 && call.http.method == "GET") {
        const QJsonObject document = sample(QStringLiteral("nova/os-keypairs/keypairs-list-resp.json"));
        const QJsonObject entryTemplate = document.value(QLatin1String("keypairs"))
                                              .toArray()
                                              .first()
                                              .toObject()
                                              .value(QLatin1String("keypair"))
                                              .toObject();
        QJsonArray list;
        for (const auto &keypair : std::as_const(m_keypairs)) {
            if (keypair->userId != userId)
                continue;
            QJsonObject entry = entryTemplate;
            put(entry, QLatin1String("fingerprint"), keypair->fingerprint);
            put(entry, QLatin1String("name"), keypair->name);
            put(entry, QLatin1String("public_key"), keypair->publicKey);
            list.append(QJsonObject{{QStringLiteral("keypair"), entry}});
        }
        return jsonReply(200, {{QStringLiteral("keypairs"), list}});
    }
    if (rest.size() == 1 && call.http.method == "POST") {
        bool ok = false;
        const QJsonObject given = call.json(&ok).value(QLatin1String("keypair")).toObject();
        const QString name = given.value(QLatin1String("name")).toString();
        static const QRegularExpression validName(QStringLiteral("^[a-zA-Z0-9 _-]+$"));
        if (!ok || given.isEmpty() || name.isEmpty() || name.size() > 255 || !validName.match(name).hasMatch()) {
            return novaError(400, QStringLiteral("Invalid input for field/attribute name. Value: %1. "
                                                 "Keypair name contains unsafe characters")
                                      .arg(name));
        }
        if (!given.contains(QLatin1String("public_key"))) {
            // Nova generated key pairs before microversion 2.92; the emulator only imports, as 2.92 does.
            return novaError(400, QStringLiteral("Invalid input for field/attribute keypair. Value: %1. "
                                                 "'public_key' is a required property")
                                      .arg(QString::fromUtf8(toBody(given))));
        }
        const QString publicKey = given.value(QLatin1String("public_key")).toString();
        const QString fingerprint = sshFingerprint(publicKey);
        if (fingerprint.isEmpty())
            return novaError(400, QStringLiteral("Keypair data is invalid: failed to generate fingerprint"));
        for (const auto &keypair : std::as_const(m_keypairs)) {
            if (keypair->userId == userId && keypair->name == name)
                return novaError(409, QStringLiteral("Key pair '%1' already exists.").arg(name));
        }
        auto keypair = std::make_shared<Keypair>(
            Keypair{++m_keypairSequence, userId, name, publicKey, fingerprint, QDateTime::currentDateTimeUtc()});
        m_keypairs.append(keypair);
        QJsonObject document = sample(QStringLiteral("nova/os-keypairs/keypairs-import-post-resp.json"));
        QJsonObject entry = document.value(QLatin1String("keypair")).toObject();
        put(entry, QLatin1String("fingerprint"), fingerprint);
        put(entry, QLatin1String("name"), name);
        put(entry, QLatin1String("public_key"), publicKey);
        put(entry, QLatin1String("user_id"), userId);
        put(document, QLatin1String("keypair"), entry);
        return jsonReply(newStatuses ? 201 : 200, document);
    }
    if (rest.size() == 2) {
        const auto found = std::find_if(m_keypairs.begin(), m_keypairs.end(), [&](const auto &keypair) {
            return keypair->userId == userId && keypair->name == rest.at(1);
        });
        if (found == m_keypairs.end())
            return novaError(404, QStringLiteral("Keypair %1 not found for user %2").arg(rest.at(1), userId));
        if (call.http.method == "DELETE") {
            m_keypairs.erase(found);
            return emptyReply(newStatuses ? 204 : 202);
        }
        if (call.http.method == "GET") {
            const Keypair &keypair = **found;
            QJsonObject document = sample(QStringLiteral("nova/os-keypairs/keypairs-get-resp.json"));
            QJsonObject entry = document.value(QLatin1String("keypair")).toObject();
            put(entry, QLatin1String("fingerprint"), keypair.fingerprint);
            put(entry, QLatin1String("name"), keypair.name);
            put(entry, QLatin1String("public_key"), keypair.publicKey);
            put(entry, QLatin1String("user_id"), keypair.userId);
            put(entry, QLatin1String("created_at"),
                formatLike(entry.value(QLatin1String("created_at")).toString(), keypair.created));
            put(entry, QLatin1String("id"), keypair.id);
            put(document, QLatin1String("keypair"), entry);
            return jsonReply(200, document);
        }
    }
    return novaError(405, QStringLiteral("The method is not allowed for the requested URL."));
}

QJsonObject CloudEmulator::renderServer(const Call &call, ServerState &server, bool detail, bool countPoll)
{
    advanceServer(server, countPoll);
    const QJsonObject links = linksFor(call, QStringLiteral("servers"), server.id);
    if (!detail) {
        QJsonObject brief = sample(QStringLiteral("nova/servers/servers-list-resp.json"))
                                .value(QLatin1String("servers"))
                                .toArray()
                                .first()
                                .toObject();
        put(brief, QLatin1String("id"), server.id);
        put(brief, QLatin1String("name"), server.name);
        put(brief, QLatin1String("links"), relinked(brief.value(QLatin1String("links")).toArray(), links));
        return brief;
    }
    const Server now = describe(server);
    QJsonObject shown =
        sample(QStringLiteral("nova/servers/server-get-resp.json")).value(QLatin1String("server")).toObject();
    // Timestamps in the styles the sample uses: "created" for the API's own, "launched_at" for usage times.
    const QString apiTimeStyle = shown.value(QLatin1String("created")).toString();
    const QString usageTimeStyle = shown.value(QLatin1String("OS-SRV-USG:launched_at")).toString();
    put(shown, QLatin1String("accessIPv4"), now.accessIPv4);
    put(shown, QLatin1String("accessIPv6"), now.accessIPv6);

    const bool addressed =
        !(server.phase == ServerState::Phase::Building && now.taskState == QLatin1String("scheduling"));
    const QJsonObject sampleAddresses = shown.value(QLatin1String("addresses")).toObject();
    const QString sampleLabel = sampleAddresses.keys().value(0);
    const QJsonObject addressTemplate = sampleAddresses.value(sampleLabel).toArray().first().toObject();
    const int k = server.sequence;
    const auto address = [&addressTemplate, k](const QString &addr, int version, int nic) {
        QJsonObject entry = addressTemplate;
        put(entry, QLatin1String("addr"), addr);
        put(entry, QLatin1String("OS-EXT-IPS-MAC:mac_addr"),
            QStringLiteral("fa:16:3e:%1:%2:%3")
                .arg(nic, 2, 16, QLatin1Char('0'))
                .arg((k >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                .arg(k & 0xff, 2, 16, QLatin1Char('0')));
        put(entry, QLatin1String("version"), version);
        return entry;
    };
    QJsonObject addresses;
    if (addressed && m_profile == Profile::Rackspace) {
        const bool all = server.networks.isEmpty();
        if (all || server.networks.contains(RackspacePublicNet)) {
            addresses.insert(QStringLiteral("public"),
                             QJsonArray{address(QStringLiteral("198.51.100.%1").arg(2 + k % 250), 4, 1),
                                        address(QStringLiteral("2001:db8::%1").arg(k, 0, 16), 6, 1)});
        }
        if (all || server.networks.contains(RackspaceServiceNet)) {
            addresses.insert(QStringLiteral("private"),
                             QJsonArray{address(QStringLiteral("10.176.%1.%2").arg(k / 250).arg(2 + k % 250), 4, 2)});
        }
    } else if (addressed) {
        addresses.insert(sampleLabel, QJsonArray{address(QStringLiteral("192.168.1.%1").arg(2 + k % 250), 4, 1)});
    }
    put(shown, QLatin1String("addresses"), addresses);

    put(shown, QLatin1String("created"), formatLike(shown.value(QLatin1String("created")).toString(), server.created));
    put(shown, QLatin1String("updated"), formatLike(shown.value(QLatin1String("updated")).toString(), server.updated));
    QJsonObject flavor = shown.value(QLatin1String("flavor")).toObject();
    put(flavor, QLatin1String("id"), server.flavorRef);
    put(flavor, QLatin1String("links"),
        relinked(flavor.value(QLatin1String("links")).toArray(),
                 linksFor(call, QStringLiteral("flavors"), server.flavorRef)));
    put(shown, QLatin1String("flavor"), flavor);
    QJsonObject image = shown.value(QLatin1String("image")).toObject();
    put(image, QLatin1String("id"), server.imageRef);
    put(image, QLatin1String("links"),
        relinked(image.value(QLatin1String("links")).toArray(),
                 linksFor(call, QStringLiteral("images"), server.imageRef)));
    put(shown, QLatin1String("image"), image);
    const QString hostName = QStringLiteral("compute-%1").arg(1 + k % 7);
    put(shown, QLatin1String("hostId"),
        addressed
            ? QString::fromLatin1(
                  QCryptographicHash::hash((server.tenantId + hostName).toUtf8(), QCryptographicHash::Sha224).toHex())
            : QString());
    put(shown, QLatin1String("id"), server.id);
    put(shown, QLatin1String("key_name"), nullable(server.keyName));
    put(shown, QLatin1String("links"), relinked(shown.value(QLatin1String("links")).toArray(), links));
    put(shown, QLatin1String("metadata"), now.metadata);
    put(shown, QLatin1String("name"), server.name);
    put(shown, QLatin1String("config_drive"), QString());
    put(shown, QLatin1String("OS-DCF:diskConfig"), server.diskConfig);
    put(shown, QLatin1String("OS-EXT-AZ:availability_zone"), server.availabilityZone);
    put(shown, QLatin1String("OS-EXT-SRV-ATTR:host"), addressed ? hostName : QString());
    put(shown, QLatin1String("OS-EXT-SRV-ATTR:hypervisor_hostname"), addressed ? hostName : QString());
    put(shown, QLatin1String("OS-EXT-SRV-ATTR:instance_name"),
        QStringLiteral("instance-%1").arg(k, 8, 16, QLatin1Char('0')));
    static const QHash<QString, QString> vmStates = {{QStringLiteral("BUILD"), QStringLiteral("building")},
                                                     {QStringLiteral("ACTIVE"), QStringLiteral("active")},
                                                     {QStringLiteral("ERROR"), QStringLiteral("error")},
                                                     {QStringLiteral("DELETED"), QStringLiteral("deleted")}};
    put(shown, QLatin1String("OS-EXT-STS:power_state"), now.status == QLatin1String("ACTIVE") ? 1 : 0);
    put(shown, QLatin1String("OS-EXT-STS:task_state"), nullable(now.taskState));
    put(shown, QLatin1String("OS-EXT-STS:vm_state"), vmStates.value(now.status));
    put(shown, QLatin1String("os-extended-volumes:volumes_attached"), QJsonArray());
    put(shown, QLatin1String("OS-SRV-USG:launched_at"),
        server.launched.isValid() ? QJsonValue(formatLike(usageTimeStyle, server.launched))
                                  : QJsonValue(QJsonValue::Null));
    put(shown, QLatin1String("OS-SRV-USG:terminated_at"),
        server.terminated.isValid() ? QJsonValue(formatLike(usageTimeStyle, server.terminated))
                                    : QJsonValue(QJsonValue::Null));
    put(shown, QLatin1String("progress"), now.progress);
    put(shown, QLatin1String("security_groups"), server.securityGroups);
    put(shown, QLatin1String("status"), now.status);
    put(shown, QLatin1String("tenant_id"), server.tenantId);
    put(shown, QLatin1String("user_id"), server.userId);
    if (now.status == QLatin1String("ERROR")) {
        // Nova shows what put a server in ERROR as "fault": code, created, message (Nova API reference,
        // "Show Server Details"; details only for administrators).
        shown.insert(QStringLiteral("fault"),
                     QJsonObject{{QStringLiteral("code"), server.faultCode},
                                 {QStringLiteral("created"), formatLike(apiTimeStyle, server.faultCreated)},
                                 {QStringLiteral("message"), server.faultMessage}});
    }
    return shown;
}

HttpReply CloudEmulator::serversCollection(Call &call, const QStringList &rest)
{
    if (rest.size() == 1 && call.http.method == "POST")
        return createServer(call);
    if (rest.size() == 1 || (rest.size() == 2 && rest.at(1) == QLatin1String("detail"))) {
        if (call.http.method != "GET")
            return novaError(405, QStringLiteral("The method is not allowed for the requested URL."));
        const bool detail = rest.size() == 2;
        // Newest first, as Nova sorts by created_at descending; name is a regular expression, as in Nova.
        const QString name = call.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
        const QString status = call.query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
        QRegularExpression nameFilter(name);
        if (!nameFilter.isValid())
            nameFilter = QRegularExpression(QRegularExpression::escape(name));
        QList<ServerState *> listed;
        QStringList ids;
        for (qsizetype i = m_servers.size() - 1; i >= 0; --i) {
            ServerState *server = m_servers.at(i).get();
            advanceServer(*server, false);
            if (server->phase == ServerState::Phase::Gone || server->region != call.region ||
                server->tenantId != call.token->user.projectId)
                continue;
            if (!name.isEmpty() && !nameFilter.match(server->name).hasMatch())
                continue;
            if (!status.isEmpty() && describe(*server).status.compare(status, Qt::CaseInsensitive) != 0)
                continue;
            listed.append(server);
            ids.append(server->id);
        }
        const QJsonArray sampleLinks = sample(detail ? QStringLiteral("nova/servers/servers-details-resp.json")
                                                     : QStringLiteral("nova/servers/servers-list-resp.json"))
                                           .value(QLatin1String("servers_links"))
                                           .toArray();
        return pagedList(
            call.query, QStringLiteral("servers"),
            call.base + (detail ? QStringLiteral("/servers/detail") : QStringLiteral("/servers")), ids,
            [&](int index) { return renderServer(call, *listed.at(index), detail, detail); }, sampleLinks);
    }

    ServerState *server = findServer(call, rest.at(1));
    if (server) {
        advanceServer(*server, false);
        if (server->phase == ServerState::Phase::Gone)
            server = nullptr;
    }
    if (!server)
        return novaError(404, QStringLiteral("Instance %1 could not be found.").arg(rest.at(1)));
    if (rest.size() == 3 && rest.at(2) == QLatin1String("action") && call.http.method == "POST")
        return serverAction(call, *server);
    if (rest.size() != 2)
        return novaError(404, QStringLiteral("The resource could not be found."));
    if (call.http.method == "GET") {
        const QJsonObject shown = renderServer(call, *server, true, true);
        if (server->phase == ServerState::Phase::Gone)
            return novaError(404, QStringLiteral("Instance %1 could not be found.").arg(server->id));
        return jsonReply(200, {{QStringLiteral("server"), shown}});
    }
    if (call.http.method == "DELETE") {
        if (server->phase != ServerState::Phase::Deleting) {
            server->phaseBeforeDelete = server->phase;
            server->phase = ServerState::Phase::Deleting;
            server->deletePollsSeen = 0;
            server->updated = QDateTime::currentDateTimeUtc();
        }
        return emptyReply(204);
    }
    return novaError(405, QStringLiteral("The method is not allowed for the requested URL."));
}

HttpReply CloudEmulator::createServer(Call &call)
{
    bool ok = false;
    const QJsonObject body = call.json(&ok);
    const QJsonObject request = body.value(QLatin1String("server")).toObject();
    const auto invalid = [](const QString &field, const QString &why) {
        return novaError(400, QStringLiteral("Invalid input for field/attribute %1. %2").arg(field, why));
    };
    if (!ok || request.isEmpty())
        return invalid(QStringLiteral("server"), QStringLiteral("'server' is a required property"));
    const QString name = request.value(QLatin1String("name")).toString();
    if (!request.value(QLatin1String("name")).isString() || name.trimmed().isEmpty() || name.size() > 255)
        return invalid(QStringLiteral("name"),
                       QStringLiteral("Value: %1. 'name' must be a non-empty string").arg(name));
    if (!request.value(QLatin1String("flavorRef")).isString() && !request.value(QLatin1String("flavorRef")).isDouble())
        return invalid(QStringLiteral("server"), QStringLiteral("'flavorRef' is a required property"));
    const QString flavorRef = request.value(QLatin1String("flavorRef")).isString()
                                  ? request.value(QLatin1String("flavorRef")).toString()
                                  : QString::number(request.value(QLatin1String("flavorRef")).toInt());
    const auto flavor = std::find_if(m_flavors.begin(), m_flavors.end(), [&flavorRef](const QJsonValue &value) {
        return value.toObject().value(QLatin1String("id")).toString() == flavorRef;
    });
    if (flavor == m_flavors.end())
        return novaError(400, QStringLiteral("Flavor %1 could not be found.").arg(flavorRef));
    const QString imageRef = request.value(QLatin1String("imageRef")).toString();
    if (imageRef.isEmpty())
        return invalid(QStringLiteral("server"), QStringLiteral("'imageRef' is a required property"));
    ImageState *image = findImage(imageRef);
    if (image)
        advanceImage(*image, false);
    if (!image || image->glanceStatus != QLatin1String("active"))
        return novaError(400, QStringLiteral("Can not find requested image"));
    const QString keyName = request.value(QLatin1String("key_name")).toString();
    if (!keyName.isEmpty() && !keypairNames(call.token->user.id).contains(keyName))
        return novaError(400, QStringLiteral("Invalid key_name provided."));

    QList<QPair<QString, QByteArray>> personality;
    if (request.contains(QLatin1String("personality"))) {
        if (call.microversion >= PersonalityRemovedMicroversion)
            return invalid(QStringLiteral("server"),
                           QStringLiteral("Additional properties are not allowed ('personality' was unexpected)"));
        for (const QJsonValue file : request.value(QLatin1String("personality")).toArray()) {
            const QString path = file.toObject().value(QLatin1String("path")).toString();
            const auto contents =
                QByteArray::fromBase64Encoding(file.toObject().value(QLatin1String("contents")).toString().toLatin1(),
                                               QByteArray::AbortOnBase64DecodingErrors);
            if (path.isEmpty() || !contents)
                return novaError(400, QStringLiteral("Personality content for %1 cannot be decoded.").arg(path));
            personality.append({path, *contents});
        }
    }
    QByteArray userData;
    if (request.contains(QLatin1String("user_data"))) {
        const auto decoded = QByteArray::fromBase64Encoding(
            request.value(QLatin1String("user_data")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return invalid(QStringLiteral("user_data"), QStringLiteral("User data needs to be valid base 64."));
        userData = *decoded;
    }
    const QJsonValue metadataValue = request.value(QLatin1String("metadata"));
    QJsonObject metadata = metadataValue.toObject();
    if (!metadataValue.isUndefined() && !metadataValue.isObject())
        return invalid(QStringLiteral("metadata"), QStringLiteral("Value is not an object"));
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (!it.value().isString())
            return invalid(QStringLiteral("metadata"), QStringLiteral("Value of %1 is not a string").arg(it.key()));
    }
    QStringList networks;
    if (request.contains(QLatin1String("networks"))) {
        const QJsonValue value = request.value(QLatin1String("networks"));
        if (value.isArray()) {
            for (const QJsonValue network : value.toArray()) {
                const QString uuid = network.toObject().value(QLatin1String("uuid")).toString();
                if (uuid.isEmpty() && !network.toObject().contains(QLatin1String("port")))
                    return invalid(QStringLiteral("networks"), QStringLiteral("each network needs a uuid or a port"));
                if (!uuid.isEmpty())
                    networks.append(uuid);
            }
        } else if (!(value.isString() && call.microversion >= NetworksRequiredMicroversion)) {
            return invalid(QStringLiteral("networks"), QStringLiteral("Value is not a list"));
        }
    } else if (call.microversion >= NetworksRequiredMicroversion) {
        return invalid(QStringLiteral("server"), QStringLiteral("'networks' is a required property"));
    }

    int used = 0;
    for (const auto &existing : std::as_const(m_servers)) {
        used += existing->tenantId == call.token->user.projectId && existing->phase != ServerState::Phase::Gone &&
                        existing->phase != ServerState::Phase::Deleting
                    ? 1
                    : 0;
    }
    if (used >= m_maxServers) {
        return novaError(403, QStringLiteral("Quota exceeded for instances: Requested 1, but already used %1 of %2 "
                                             "instances")
                                  .arg(used)
                                  .arg(m_maxServers));
    }

    auto server = std::make_shared<ServerState>();
    server->sequence = ++m_serverSequence;
    server->id = call.nonUuidIds ? QString::number(100000 + server->sequence) : newUuid();
    server->name = name;
    server->region = call.region;
    server->tenantId = call.token->user.projectId;
    server->userId = call.token->user.id;
    server->imageRef = imageRef;
    server->flavorRef = flavorRef;
    server->keyName = keyName;
    server->adminPass = randomAlphanumeric(12);
    server->accessIPv4 = request.value(QLatin1String("accessIPv4")).toString();
    server->accessIPv6 = request.value(QLatin1String("accessIPv6")).toString();
    server->availabilityZone = request.value(QLatin1String("availability_zone")).toString(QStringLiteral("nova"));
    server->diskConfig = request.value(QLatin1String("OS-DCF:diskConfig")).toString(QStringLiteral("MANUAL"));
    server->securityGroups = request.contains(QLatin1String("security_groups"))
                                 ? request.value(QLatin1String("security_groups")).toArray()
                                 : QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("default")}}};
    server->metadata = metadata;
    server->userData = userData;
    server->personality = personality;
    server->networks = networks;
    server->created = server->updated = QDateTime::currentDateTimeUtc();
    server->rackConnect = m_rackConnect;
    if (m_failBuilds > 0) {
        --m_failBuilds;
        server->failBuild = true;
        server->faultCode = m_failCode;
        server->faultMessage = m_failMessage;
    }
    m_servers.append(server);

    const QJsonObject links = linksFor(call, QStringLiteral("servers"), server->id);
    QJsonObject document = sample(QStringLiteral("nova/servers/server-create-resp.json"));
    QJsonObject created = document.value(QLatin1String("server")).toObject();
    put(created, QLatin1String("OS-DCF:diskConfig"), server->diskConfig);
    put(created, QLatin1String("adminPass"), server->adminPass);
    put(created, QLatin1String("id"), server->id);
    put(created, QLatin1String("links"), relinked(created.value(QLatin1String("links")).toArray(), links));
    put(created, QLatin1String("security_groups"), server->securityGroups);
    put(document, QLatin1String("server"), created);
    HttpReply reply = jsonReply(202, document);
    addHeader(reply, "Location", links.value(QLatin1String("self")).toString().toLatin1());
    return reply;
}

HttpReply CloudEmulator::serverAction(Call &call, ServerState &server)
{
    bool ok = false;
    const QJsonObject body = call.json(&ok);
    if (!ok || body.size() != 1)
        return novaError(400, QStringLiteral("Malformed request body"));
    const QString action = body.keys().first();
    if (action == QLatin1String("os-getConsoleOutput"))
        return consoleOutput(call, server);
    if (action != QLatin1String("createImage"))
        return novaError(400, QStringLiteral("There is no such action: %1").arg(action));
    const QJsonObject request = body.value(action).toObject();
    const QString name = request.value(QLatin1String("name")).toString();
    if (name.trimmed().isEmpty())
        return novaError(400, QStringLiteral("Invalid input for field/attribute createImage. "
                                             "'name' is a required property"));
    // Nova refuses an action while another runs or the server is not ready: "Cannot '<action>' instance <id>
    // while it is in <attribute> <state>" (nova.exception.InstanceInvalidState as 409 conflictingRequest).
    const Server now = describe(server);
    const auto conflict = [&server](const QString &attribute, const QString &state) {
        return novaError(
            409,
            QStringLiteral("Cannot 'createImage' instance %1 while it is in %2 %3").arg(server.id, attribute, state));
    };
    if (!now.taskState.isEmpty())
        return conflict(QStringLiteral("task_state"), now.taskState);
    if (now.status != QLatin1String("ACTIVE"))
        return conflict(QStringLiteral("vm_state"),
                        now.status == QLatin1String("BUILD") ? QStringLiteral("building") : now.status.toLower());

    auto image = std::make_shared<ImageState>();
    image->id = call.nonUuidIds ? QString::number(500000 + static_cast<int>(m_images.size())) : newUuid();
    image->name = name;
    image->novaTemplate =
        sample(QStringLiteral("nova/images/image-get-resp.json")).value(QLatin1String("image")).toObject();
    image->glanceTemplate = sample(QStringLiteral("glance-v2/image-show-response.json"));
    image->glanceStatus = QStringLiteral("queued");
    image->serverId = server.id;
    image->ownerId = server.tenantId;
    image->visibility = QStringLiteral("private");
    // What Nova records on a snapshot, and the metadata the request asked for.
    image->properties = request.value(QLatin1String("metadata")).toObject();
    image->properties.insert(QStringLiteral("image_type"), QStringLiteral("snapshot"));
    image->properties.insert(QStringLiteral("instance_uuid"), server.id);
    image->properties.insert(QStringLiteral("base_image_ref"), server.imageRef);
    image->properties.insert(QStringLiteral("user_id"), server.userId);
    for (const QJsonValue flavor : std::as_const(m_flavors)) {
        if (flavor.toObject().value(QLatin1String("id")).toString() == server.flavorRef)
            image->minDisk = flavor.toObject().value(QLatin1String("disk")).toInt();
    }
    image->created = image->updated = QDateTime::currentDateTimeUtc();
    if (m_failImages > 0) {
        --m_failImages;
        image->outcome = m_failImageOutcome;
    }
    m_images.append(image);
    server.imagingId = image->id;
    server.updated = image->created;

    if (call.microversion >= ImageIdInBodyMicroversion) {
        QJsonObject document = sample(QStringLiteral("nova/servers/v2.45/server-action-create-image-resp.json"));
        put(document, QLatin1String("image_id"), image->id);
        return jsonReply(202, document);
    }
    // Before 2.45 the answer is only a Location header: Nova points it at the image in Glance; Rackspace's
    // Cloud Servers at its own images resource.
    HttpReply reply = emptyReply(202);
    const QString location = m_profile == Profile::Rackspace ? call.base + QStringLiteral("/images/") + image->id
                                                             : call.glanceBase + QStringLiteral("/images/") + image->id;
    addHeader(reply, "Location", location.toLatin1());
    return reply;
}

HttpReply CloudEmulator::consoleOutput(Call &call, const ServerState &server)
{
    // Nova's schema: an integer from -1 up, the same as a string, or null; none or -1 mean the whole log.
    const QJsonValue given =
        call.json().value(QLatin1String("os-getConsoleOutput")).toObject().value(QLatin1String("length"));
    bool numeric = true;
    const int length = given.isString() ? given.toString().toInt(&numeric) : given.toInt(-1);
    if (!numeric || length < -1 || (given.isDouble() && given.toDouble() != length) ||
        !(given.isUndefined() || given.isNull() || given.isString() || given.isDouble()))
        return novaError(400, QStringLiteral("Invalid input for field/attribute length. Value is not valid under "
                                             "any of the given schemas"));
    // nova.exception.InstanceNotReady: no host yet, so no console.
    if (describe(server).status == QLatin1String("BUILD"))
        return novaError(409, QStringLiteral("Instance %1 is not ready").arg(server.id));
    QString log = server.console
                      ? *server.console
                      : QStringLiteral("[    0.000000] Linux version 6.1.0-13-amd64\n"
                                       "Cloud-init v. 22.4.2 running 'modules:config'\n"
                                       "ci-info: no authorized SSH keys fingerprints found for user debian.\n"
                                       "-----BEGIN SSH HOST KEY FINGERPRINTS-----\n"
                                       "256 %1 root@%2 (ED25519)\n"
                                       "-----END SSH HOST KEY FINGERPRINTS-----\n"
                                       "Cloud-init v. 22.4.2 finished. Datasource DataSourceOpenStack.\n")
                            .arg(consoleFingerprint(server.id), server.name);
    if (length >= 0) {
        QStringList lines = log.split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        lines = lines.mid(std::max<qsizetype>(0, lines.size() - length));
        log = lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return jsonReply(200, QJsonObject{{QStringLiteral("output"), log}});
}

HttpReply CloudEmulator::limits(Call &call)
{
    QJsonObject document = sample(QStringLiteral("nova/limits/limit-get-resp.json"));
    QJsonObject limitsJson = document.value(QLatin1String("limits")).toObject();
    QJsonObject absolute = limitsJson.value(QLatin1String("absolute")).toObject();
    int instances = 0;
    int cores = 0;
    int ram = 0;
    for (const auto &server : std::as_const(m_servers)) {
        if (server->tenantId != call.token->user.projectId || server->phase == ServerState::Phase::Gone)
            continue;
        ++instances;
        for (const QJsonValue flavor : std::as_const(m_flavors)) {
            if (flavor.toObject().value(QLatin1String("id")).toString() == server->flavorRef) {
                cores += flavor.toObject().value(QLatin1String("vcpus")).toInt();
                ram += flavor.toObject().value(QLatin1String("ram")).toInt();
            }
        }
    }
    put(absolute, QLatin1String("maxTotalInstances"), m_maxServers);
    put(absolute, QLatin1String("totalInstancesUsed"), instances);
    put(absolute, QLatin1String("totalCoresUsed"), cores);
    put(absolute, QLatin1String("totalRAMUsed"), ram);
    put(limitsJson, QLatin1String("absolute"), absolute);
    put(document, QLatin1String("limits"), limitsJson);
    return jsonReply(200, document);
}

// ---- Glance ----

QJsonObject CloudEmulator::renderGlanceImage(const Call &, ImageState &image, bool countPoll)
{
    advanceImage(image, countPoll);
    QJsonObject shown = image.glanceTemplate;
    const bool active = image.glanceStatus == QLatin1String("active");
    const QString path = QStringLiteral("/v2/images/") + image.id;
    put(shown, QLatin1String("status"), image.glanceStatus);
    put(shown, QLatin1String("name"), image.name);
    put(shown, QLatin1String("created_at"),
        formatLike(shown.value(QLatin1String("created_at")).toString(), image.created));
    put(shown, QLatin1String("updated_at"),
        formatLike(shown.value(QLatin1String("updated_at")).toString(), image.updated));
    put(shown, QLatin1String("visibility"), image.visibility);
    put(shown, QLatin1String("self"), path);
    put(shown, QLatin1String("min_disk"), image.minDisk);
    put(shown, QLatin1String("id"), image.id);
    put(shown, QLatin1String("file"), QString(path + QStringLiteral("/file")));
    // Glance knows checksum and size only once the data is uploaded.
    put(shown, QLatin1String("checksum"),
        active ? QJsonValue(
                     QString::fromLatin1(QCryptographicHash::hash(image.id.toUtf8(), QCryptographicHash::Md5).toHex()))
               : QJsonValue(QJsonValue::Null));
    put(shown, QLatin1String("os_hash_value"),
        active ? QJsonValue(QString::fromLatin1(
                     QCryptographicHash::hash(image.id.toUtf8(), QCryptographicHash::Sha512).toHex()))
               : QJsonValue(QJsonValue::Null));
    put(shown, QLatin1String("owner"), image.ownerId.isEmpty() ? shown.value(QLatin1String("owner")) : image.ownerId);
    put(shown, QLatin1String("size"), active ? QJsonValue(double(image.size)) : QJsonValue(QJsonValue::Null));
    put(shown, QLatin1String("min_ram"), image.minRam);
    // Glance v2 shows an image's additional properties as top-level keys (Glance API reference, "Show image").
    for (auto it = image.properties.begin(); it != image.properties.end(); ++it) {
        if (!shown.contains(it.key()))
            shown.insert(it.key(), it.value());
    }
    return shown;
}

HttpReply CloudEmulator::glance(Call &call)
{
    QStringList rest = call.segments.mid(3);
    if (call.http.method == "GET" && (rest.isEmpty() || rest == QStringList{QStringLiteral("v2")})) {
        // Version discovery, unauthenticated as on Glance. The samples hold no versions document; the shape
        // is the Glance API reference's image-versions-response.json.
        const QJsonObject current{
            {QStringLiteral("id"), QStringLiteral("v2.16")},
            {QStringLiteral("links"),
             QJsonArray{QJsonObject{{QStringLiteral("href"), QString(call.glanceBase + QStringLiteral("/v2/"))},
                                    {QStringLiteral("rel"), QStringLiteral("self")}}}},
            {QStringLiteral("status"), QStringLiteral("CURRENT")}};
        return jsonReply(300, {{QStringLiteral("versions"), QJsonArray{current}}});
    }
    call.token = validToken(call.http.header("X-Auth-Token"));
    if (!call.token || !call.token->scoped) {
        if (m_profile == Profile::Rackspace)
            return novaError(401, QStringLiteral("No valid token provided. Please use the 'X-Auth-Token' header "
                                                 "with a valid token."));
        HttpReply reply = jsonReply(
            401, {{QStringLiteral("error"),
                   QJsonObject{{QStringLiteral("code"), 401},
                               {QStringLiteral("message"), QStringLiteral("The request you have made requires "
                                                                          "authentication.")},
                               {QStringLiteral("title"), keystoneTitle(401)}}}});
        addHeader(reply, "WWW-Authenticate", QByteArray("Keystone uri=\"" + identityUrl().toEncoded() + '"'));
        return reply;
    }
    if (rest.size() < 2 || rest.at(0) != QLatin1String("v2") || rest.at(1) != QLatin1String("images") ||
        rest.size() > 3)
        return glanceError(404, QStringLiteral("The resource could not be found."));
    if (call.http.method != "GET")
        return glanceError(405, QStringLiteral("The method is not allowed for this resource."));
    const auto visible = [](const ImageState &image) { return image.glanceStatus != QLatin1String("deleted"); };
    if (rest.size() == 3) {
        ImageState *image = findImage(rest.at(2));
        if (image)
            advanceImage(*image, false);
        if (!image || !visible(*image))
            return glanceError(404, QStringLiteral("No image found with ID %1").arg(rest.at(2)));
        const QJsonObject shown = renderGlanceImage(call, *image, true);
        if (!visible(*image))
            return glanceError(404, QStringLiteral("No image found with ID %1").arg(rest.at(2)));
        return jsonReply(200, shown);
    }
    QJsonObject document = sample(QStringLiteral("glance-v2/images-list-response.json"));
    QJsonArray list;
    for (qsizetype i = m_images.size() - 1; i >= 0; --i) {
        ImageState &image = *m_images.at(i);
        advanceImage(image, false);
        if (visible(image))
            list.append(renderGlanceImage(call, image, true));
    }
    put(document, QLatin1String("images"), list);
    return jsonReply(200, document);
}

} // namespace quayside::test
