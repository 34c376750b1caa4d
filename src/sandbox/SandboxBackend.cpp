#include "sandbox/SandboxBackend.h"

#include "core/Logging.h"
#include "ssh/SshKey.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace quayside {

namespace {

// Nova's limits (the "absolute" limits it reports), enforced as Nova does.
constexpr int kMaxNameLength = 255;
constexpr int kMaxMetadataItems = 128;
constexpr int kMaxPersonalityFiles = 5;
constexpr int kMaxPersonalityBytes = 10240;

Error badRequest(const QString &message)
{
    return Error{Error::Kind::InvalidInput, 400, message};
}

Error notFound(const QString &message)
{
    return Error{Error::Kind::NotFound, 404, message};
}

Error conflict(const QString &message)
{
    return Error{Error::Kind::Conflict, 409, message};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Nova's fingerprint of a key pair: MD5 of the key blob, as colon-separated hex.
QString md5Fingerprint(const QByteArray &blob)
{
    return QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Md5).toHex(':'));
}

QString adminPassword()
{
    static const QString alphabet = QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 12; ++i)
        password += alphabet.at(int(QRandomGenerator::system()->bounded(alphabet.size())));
    return password;
}

} // namespace

SandboxBackend::SandboxBackend(QObject *parent)
    : QObject(parent)
{}

SandboxBackend::~SandboxBackend() = default;

std::optional<SandboxFlavor> SandboxBackend::flavor(const QString &id) const
{
    for (const SandboxFlavor &flavor : m_flavors) {
        if (flavor.id == id)
            return flavor;
    }
    return std::nullopt;
}

std::optional<SandboxImage> SandboxBackend::image(const QString &id) const
{
    for (const SandboxImage &image : m_images) {
        if (image.id == id)
            return image;
    }
    return std::nullopt;
}

SandboxImage *SandboxBackend::findImage(const QString &id)
{
    for (SandboxImage &image : m_images) {
        if (image.id == id)
            return &image;
    }
    return nullptr;
}

std::optional<SandboxKeypair> SandboxBackend::keypair(const QString &name) const
{
    for (const SandboxKeypair &keypair : m_keypairs) {
        if (keypair.name == name)
            return keypair;
    }
    return std::nullopt;
}

std::optional<SandboxInstance> SandboxBackend::server(const QString &id) const
{
    for (const SandboxInstance &server : m_servers) {
        if (server.id == id)
            return server;
    }
    return std::nullopt;
}

SandboxInstance *SandboxBackend::findServer(const QString &id)
{
    for (SandboxInstance &server : m_servers) {
        if (server.id == id)
            return &server;
    }
    return nullptr;
}

Result<void> SandboxBackend::deleteImage(const QString &id)
{
    SandboxImage *image = findImage(id);
    if (!image)
        return notFound(tr("Image %1 could not be found.").arg(id));
    if (image->serverId.isEmpty())
        return Error{Error::Kind::Unauthorized, 403,
                     tr("Image %1 is one of the sandbox's base images, which cannot be deleted.").arg(id)};
    if (image->status == SandboxImage::Status::Queued || image->status == SandboxImage::Status::Saving)
        return conflict(tr("Image %1 is still being saved; delete it once it is active.").arg(id));
    const SandboxImage gone = *image;
    m_images.removeIf([&id](const SandboxImage &candidate) { return candidate.id == id; });
    qCInfo(lcSandbox) << "deleted image" << id;
    discardImage(gone);
    return {};
}

Result<void> SandboxBackend::checkKeypairName(const QString &name) const
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9 _.@-]{1,255}\\z"));
    if (!allowed.match(name).hasMatch() || name.trimmed().isEmpty())
        return badRequest(tr("Keypair name \"%1\" is not allowed: use 1 to 255 letters, digits, spaces and the "
                             "characters _ . @ -.")
                              .arg(name));
    if (keypair(name))
        return conflict(tr("Key pair '%1' already exists.").arg(name));
    return {};
}

Result<SandboxKeypair> SandboxBackend::addKeypair(const QString &name, const QString &publicKey)
{
    auto key = SshKey::fromPublicKeyLine(publicKey);
    if (!key)
        return badRequest(tr("Keypair data is invalid: %1").arg(key.error().message));
    SandboxKeypair made;
    made.name = name;
    made.publicKey = key.value().publicKeyLine();
    made.fingerprint = md5Fingerprint(key.value().publicKeyBlob());
    made.created = QDateTime::currentDateTimeUtc();
    m_keypairs << made;
    qCInfo(lcSandbox) << "key pair" << name << "added," << made.fingerprint;
    return made;
}

Result<SandboxKeypair> SandboxBackend::importKeypair(const QString &name, const QString &publicKey)
{
    auto allowed = checkKeypairName(name);
    if (!allowed)
        return allowed.error();
    return addKeypair(name, publicKey.trimmed());
}

Result<QPair<SandboxKeypair, QByteArray>> SandboxBackend::generateKeypair(const QString &name)
{
    auto allowed = checkKeypairName(name);
    if (!allowed)
        return allowed.error();
    auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("Generated-by-quayside-sandbox"));
    if (!key)
        return Error{Error::Kind::Internal, 500, tr("A key pair could not be generated: %1").arg(key.error().message)};
    auto privateText = key.value().privateKeyText();
    if (!privateText)
        return Error{Error::Kind::Internal, 500,
                     tr("A key pair could not be generated: %1").arg(privateText.error().message)};
    auto added = addKeypair(name, key.value().publicKeyLine());
    if (!added)
        return added.error();
    return qMakePair(added.value(), privateText.value());
}

Result<void> SandboxBackend::deleteKeypair(const QString &name)
{
    if (!keypair(name))
        return notFound(tr("Keypair %1 not found.").arg(name));
    m_keypairs.removeIf([&name](const SandboxKeypair &candidate) { return candidate.name == name; });
    qCInfo(lcSandbox) << "key pair" << name << "deleted";
    return {};
}

Result<SandboxInstance> SandboxBackend::createServer(const SandboxServerRequest &request)
{
    if (request.name.trimmed().isEmpty() || request.name.size() > kMaxNameLength)
        return badRequest(tr("A server needs a name of 1 to %1 characters.").arg(kMaxNameLength));
    const auto bootImage = image(request.imageId);
    if (!bootImage)
        return badRequest(tr("Image %1 could not be found.").arg(request.imageId));
    if (bootImage->status != SandboxImage::Status::Active)
        return badRequest(tr("Image %1 is not active.").arg(request.imageId));
    if (!flavor(request.flavorId))
        return badRequest(tr("Flavor %1 could not be found.").arg(request.flavorId));
    std::optional<SandboxKeypair> key;
    if (!request.keyName.isEmpty()) {
        key = keypair(request.keyName);
        if (!key)
            return badRequest(tr("Invalid key_name provided: there is no key pair %1.").arg(request.keyName));
    }
    if (request.metadata.size() > kMaxMetadataItems)
        return Error{Error::Kind::Unauthorized, 403,
                     tr("Quota exceeded for metadata items: at most %1 are allowed.").arg(kMaxMetadataItems)};
    for (auto it = request.metadata.begin(); it != request.metadata.end(); ++it) {
        if (it.key().isEmpty() || it.key().size() > kMaxNameLength || it.value().size() > kMaxNameLength)
            return badRequest(tr("Metadata key \"%1\": keys need 1 to %2 characters, values at most %2.")
                                  .arg(it.key())
                                  .arg(kMaxNameLength));
    }
    if (request.personality.size() > kMaxPersonalityFiles)
        return Error{Error::Kind::Unauthorized, 403,
                     tr("Personality file limit exceeded: at most %1 files are allowed.").arg(kMaxPersonalityFiles)};
    for (const auto &file : request.personality) {
        if (file.first.isEmpty() || file.first.size() > kMaxNameLength)
            return badRequest(tr("A personality file needs a path of 1 to %1 characters.").arg(kMaxNameLength));
        if (file.second.size() > kMaxPersonalityBytes)
            return Error{Error::Kind::Unauthorized, 403,
                         tr("Personality file %1 is too long: at most %2 bytes are allowed.")
                             .arg(file.first)
                             .arg(kMaxPersonalityBytes)};
    }

    SandboxInstance made;
    made.id = newId();
    made.name = request.name;
    made.taskState = QStringLiteral("spawning");
    made.imageId = request.imageId;
    made.flavorId = request.flavorId;
    made.keyName = request.keyName;
    made.publicKey = key ? key->publicKey : QString();
    made.metadata = request.metadata;
    made.userData = request.userData;
    made.personality = request.personality;
    made.networks = request.networks;
    made.adminPass = adminPassword();
    made.created = made.updated = QDateTime::currentDateTimeUtc();
    m_servers << made;
    qCInfo(lcSandbox) << "server" << made.id << made.name << "building from image" << made.imageId;
    boot(made);
    return made;
}

Result<void> SandboxBackend::deleteServer(const QString &id)
{
    SandboxInstance *server = findServer(id);
    if (!server)
        return notFound(tr("Instance %1 could not be found.").arg(id));
    if (server->taskState == QLatin1String("deleting"))
        return {};
    server->taskState = QStringLiteral("deleting");
    server->updated = QDateTime::currentDateTimeUtc();
    qCInfo(lcSandbox) << "server" << id << "deleting";
    destroy(*server);
    return {};
}

Result<SandboxImage> SandboxBackend::createImage(const QString &serverId, const QString &name,
                                                 const QMap<QString, QString> &metadata)
{
    SandboxInstance *server = findServer(serverId);
    if (!server)
        return notFound(tr("Instance %1 could not be found.").arg(serverId));
    if (name.trimmed().isEmpty() || name.size() > kMaxNameLength)
        return badRequest(tr("A snapshot needs a name of 1 to %1 characters.").arg(kMaxNameLength));
    if (server->status != QLatin1String("ACTIVE") || !server->taskState.isEmpty())
        return conflict(
            tr("Cannot 'createImage' instance %1 while it is in status %2%3.")
                .arg(serverId, server->status,
                     server->taskState.isEmpty() ? QString() : QStringLiteral(", task_state ") + server->taskState));
    SandboxImage made;
    made.id = newId();
    made.name = name;
    made.serverId = serverId;
    made.metadata = metadata;
    made.metadata.insert(QStringLiteral("instance_uuid"), serverId);
    made.metadata.insert(QStringLiteral("image_type"), QStringLiteral("snapshot"));
    made.metadata.insert(QStringLiteral("base_image_ref"), server->imageId);
    if (const auto size = flavor(server->flavorId)) {
        made.minDiskGb = size->diskGb;
        made.minRamMb = size->ramMb;
    }
    made.created = made.updated = QDateTime::currentDateTimeUtc();
    m_images << made;
    server->taskState = QStringLiteral("image_snapshot");
    server->updated = made.created;
    qCInfo(lcSandbox) << "server" << serverId << "snapshot" << made.id << "queued";
    snapshot(*server, made);
    return made;
}

void SandboxBackend::addFlavor(const SandboxFlavor &flavor)
{
    m_flavors << flavor;
}

void SandboxBackend::addImage(const SandboxImage &image)
{
    SandboxImage active = image;
    active.status = SandboxImage::Status::Active;
    if (!active.created.isValid())
        active.created = active.updated = QDateTime::currentDateTimeUtc();
    m_images << active;
}

void SandboxBackend::addStandardCatalog(qint64 baseImageBytes)
{
    addFlavor(SandboxFlavor{QStringLiteral("1"), QStringLiteral("sandbox.small"), 1, 1024, 10});
    addFlavor(SandboxFlavor{QStringLiteral("2"), QStringLiteral("sandbox.medium"), 2, 2048, 20});
    addFlavor(SandboxFlavor{QStringLiteral("3"), QStringLiteral("sandbox.large"), 4, 4096, 40});
    SandboxImage debian;
    debian.id = baseImageId();
    debian.name = QStringLiteral("debian-12");
    debian.metadata = {{QStringLiteral("os_distro"), QStringLiteral("debian")},
                       {QStringLiteral("os_version"), QStringLiteral("12")}};
    debian.sizeBytes = baseImageBytes;
    addImage(debian);
}

void SandboxBackend::setImageSize(const QString &imageId, qint64 sizeBytes)
{
    if (SandboxImage *image = findImage(imageId))
        image->sizeBytes = sizeBytes;
}

void SandboxBackend::reportConsoleLog(const QString &serverId, const QString &text)
{
    if (SandboxInstance *server = findServer(serverId))
        server->consoleLog = text;
}

void SandboxBackend::reportBuildProgress(const QString &serverId, int percent)
{
    SandboxInstance *server = findServer(serverId);
    if (!server || server->status != QLatin1String("BUILD"))
        return;
    server->progress = std::clamp(percent, 0, 100);
    server->updated = QDateTime::currentDateTimeUtc();
    Q_EMIT serverChanged(serverId);
}

void SandboxBackend::reportActive(const QString &serverId, const QList<SandboxAddress> &addresses)
{
    SandboxInstance *server = findServer(serverId);
    if (!server)
        return;
    server->status = QStringLiteral("ACTIVE");
    if (server->taskState == QLatin1String("spawning"))
        server->taskState.clear();
    server->progress = 100;
    server->addresses = addresses;
    server->accessIPv4.clear();
    for (const SandboxAddress &address : addresses) {
        // The sandbox's servers are reached from this machine at their own address: that is their public one.
        if (address.version == 4) {
            server->accessIPv4 = address.address;
            break;
        }
    }
    server->updated = server->launched = QDateTime::currentDateTimeUtc();
    qCInfo(lcSandbox) << "server" << serverId << "active at" << server->accessIPv4;
    Q_EMIT serverChanged(serverId);
}

void SandboxBackend::reportFailed(const QString &serverId, const SandboxFault &fault)
{
    SandboxInstance *server = findServer(serverId);
    if (!server)
        return;
    server->status = QStringLiteral("ERROR");
    if (server->taskState != QLatin1String("deleting"))
        server->taskState.clear();
    server->fault = fault;
    server->updated = QDateTime::currentDateTimeUtc();
    qCInfo(lcSandbox) << "server" << serverId << "failed:" << fault.message;
    Q_EMIT serverChanged(serverId);
}

void SandboxBackend::reportGone(const QString &serverId)
{
    if (m_servers.removeIf([&serverId](const SandboxInstance &server) { return server.id == serverId; }) == 0)
        return;
    qCInfo(lcSandbox) << "server" << serverId << "gone";
    Q_EMIT serverChanged(serverId);
}

void SandboxBackend::reportImageSaving(const QString &imageId)
{
    SandboxImage *image = findImage(imageId);
    if (!image || image->status != SandboxImage::Status::Queued)
        return;
    image->status = SandboxImage::Status::Saving;
    image->updated = QDateTime::currentDateTimeUtc();
    Q_EMIT imageChanged(imageId);
}

void SandboxBackend::reportImageSaved(const QString &imageId, qint64 sizeBytes)
{
    SandboxImage *image = findImage(imageId);
    if (!image)
        return;
    image->status = SandboxImage::Status::Active;
    image->sizeBytes = sizeBytes;
    image->updated = QDateTime::currentDateTimeUtc();
    qCInfo(lcSandbox) << "image" << imageId << "saved," << sizeBytes << "bytes";
    endSnapshotTask(image->serverId);
    Q_EMIT imageChanged(imageId);
}

void SandboxBackend::reportImageFailed(const QString &imageId)
{
    SandboxImage *image = findImage(imageId);
    if (!image)
        return;
    image->status = SandboxImage::Status::Killed;
    image->updated = QDateTime::currentDateTimeUtc();
    qCInfo(lcSandbox) << "image" << imageId << "failed";
    endSnapshotTask(image->serverId);
    Q_EMIT imageChanged(imageId);
}

void SandboxBackend::endSnapshotTask(const QString &serverId)
{
    SandboxInstance *server = findServer(serverId);
    if (server && server->taskState == QLatin1String("image_snapshot")) {
        server->taskState.clear();
        server->updated = QDateTime::currentDateTimeUtc();
        Q_EMIT serverChanged(serverId);
    }
}

} // namespace quayside
