#include "pki/FleetPki.h"

#include "core/AtomicFile.h"
#include "core/Guarded.h"
#include "core/Logging.h"
#include "core/ShellQuote.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>

namespace quayside {

namespace {

constexpr QLatin1String kCertificateBegin("-----BEGIN CERTIFICATE-----");

// One keychain entry: the private key, then its certificate.
QByteArray bundle(const IssuedCertificate &pair)
{
    return pair.privateKeyPem + pair.certificatePem;
}

std::optional<IssuedCertificate> unbundle(const QByteArray &entry)
{
    const qsizetype split = entry.indexOf(QByteArray(kCertificateBegin.data(), kCertificateBegin.size()));
    if (split <= 0)
        return std::nullopt;
    return IssuedCertificate{entry.mid(split), entry.left(split)};
}

} // namespace

FleetPki::FleetPki(QString fleetId, QString dataFolder, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_fleetId(std::move(fleetId))
    , m_dataFolder(std::move(dataFolder))
    , m_secrets(secrets)
{
    Q_ASSERT(isValidFleetId(m_fleetId));
}

FleetPki::~FleetPki() = default;

bool FleetPki::isValidFleetId(const QString &fleetId)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{1,64}\\z"));
    return pattern.match(fleetId).hasMatch();
}

QString FleetPki::certificateFolder() const
{
    return m_dataFolder + QStringLiteral("/pki");
}

QString FleetPki::secretKeyOfAuthority() const
{
    return QStringLiteral("quayside/pki/%1/authority").arg(m_fleetId);
}

QString FleetPki::secretKeyOfClient() const
{
    return QStringLiteral("quayside/pki/%1/client").arg(m_fleetId);
}

QString FleetPki::secretKeyOfServer(const QString &hostName) const
{
    return QStringLiteral("quayside/pki/%1/server/%2").arg(m_fleetId, hostName.toLower());
}

Error FleetPki::keychainError(const QString &what, const Error &error) const
{
    return Error{error.kind, 0, tr("%1 of fleet %2: %3").arg(what, m_fleetId, error.message)};
}

QByteArray FleetPki::authorityCertificatePem() const
{
    return m_authority ? m_authority->certificatePem() : QByteArray();
}

QDateTime FleetPki::clientExpiresAt() const
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(m_client.certificatePem);
    return certificates.isEmpty() ? QDateTime() : certificates.first().expiryDate();
}

QSslConfiguration FleetPki::dockerClientTls() const
{
    return clientTls(authorityCertificatePem(), m_client);
}

QSslConfiguration FleetPki::clientTls(const QByteArray &authorityPem, const IssuedCertificate &client)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(authorityPem));
    const QList<QSslCertificate> own = QSslCertificate::fromData(client.certificatePem);
    if (!own.isEmpty())
        tls.setLocalCertificate(own.first());
    tls.setPrivateKey(QSslKey(client.privateKeyPem, QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

void FleetPki::open(QObject *context, Callback<void> done)
{
    auto guardedDone = guarded<void>(context, std::move(done));
    // Open means wholly open: any failure on the way leaves nothing half-loaded behind.
    auto finish = [this, guardedDone](const Result<void> &result) {
        if (!result) {
            m_authority.reset();
            m_client = {};
        }
        guardedDone(result);
    };
    if (!m_secrets) {
        finish(Error{Error::Kind::Internal, 0, tr("No secret store was given to fleet %1.").arg(m_fleetId)});
        return;
    }
    m_secrets->read(secretKeyOfAuthority(), this, [this, finish](const Result<QByteArray> &entry) {
        if (!entry) {
            if (entry.error().kind != Error::Kind::NotFound) {
                finish(keychainError(tr("Reading the certificate authority"), entry.error()));
                return;
            }
            if (QFileInfo::exists(certificateFolder() + QStringLiteral("/ca.pem"))) {
                finish(Error{Error::Kind::Secrets, 0,
                             tr("Fleet %1 has certificates in %2, but the keychain no longer holds its "
                                "authority's key. Restore the keychain from a backup; making a new authority "
                                "would cut Quayside off from every host of the fleet until each is set up again.")
                                 .arg(m_fleetId, QDir::toNativeSeparators(certificateFolder()))});
                return;
            }
            createAuthority(finish);
            return;
        }
        const auto pair = unbundle(entry.value());
        if (!pair) {
            finish(
                Error{Error::Kind::Protocol, 0,
                      tr("The keychain entry %1 is damaged. Restore it from a backup.").arg(secretKeyOfAuthority())});
            return;
        }
        auto authority = CertificateAuthority::load(pair->certificatePem, pair->privateKeyPem);
        if (!authority) {
            finish(authority.error());
            return;
        }
        m_authority.emplace(std::move(authority).value());
        loadClient(finish);
    });
}

void FleetPki::createAuthority(const std::function<void(const Result<void> &)> &done)
{
    auto authority = CertificateAuthority::create(QStringLiteral("Quayside fleet %1").arg(m_fleetId));
    if (!authority) {
        done(authority.error());
        return;
    }
    const IssuedCertificate pair{authority.value().certificatePem(), authority.value().privateKeyPem()};
    auto made = std::make_shared<CertificateAuthority>(std::move(authority).value());
    m_secrets->write(secretKeyOfAuthority(), bundle(pair), this, [this, made, done](const Result<void> &written) {
        if (!written) {
            done(keychainError(tr("Keeping the new certificate authority"), written.error()));
            return;
        }
        qCInfo(lcPki) << "made the certificate authority of fleet" << m_fleetId;
        m_authority.emplace(std::move(*made));
        issueClient(done);
    });
}

void FleetPki::loadClient(const std::function<void(const Result<void> &)> &done)
{
    m_secrets->read(secretKeyOfClient(), this, [this, done](const Result<QByteArray> &entry) {
        if (!entry) {
            if (entry.error().kind == Error::Kind::NotFound)
                issueClient(done);
            else
                done(keychainError(tr("Reading Quayside's client certificate"), entry.error()));
            return;
        }
        const auto pair = unbundle(entry.value());
        const auto checked = pair ? m_authority->checkIssued(*pair) : Result<QDateTime>(Error{});
        if (!checked) {
            qCWarning(lcPki) << "the client certificate of fleet" << m_fleetId << "is unusable; issuing a new one";
            issueClient(done);
            return;
        }
        if (checked.value() < QDateTime::currentDateTimeUtc().addDays(kRenewClientDaysBefore)) {
            qCInfo(lcPki) << "renewing the client certificate of fleet" << m_fleetId << "that expires"
                          << checked.value();
            issueClient(done);
            return;
        }
        m_client = *pair;
        done(writeCopies());
    });
}

void FleetPki::issueClient(const std::function<void(const Result<void> &)> &done)
{
    auto issued = m_authority->issueClient(QStringLiteral("quayside-%1").arg(m_fleetId));
    if (!issued) {
        done(issued.error());
        return;
    }
    const IssuedCertificate &pair = issued.value();
    m_secrets->write(secretKeyOfClient(), bundle(pair), this, [this, pair, done](const Result<void> &written) {
        if (!written) {
            done(keychainError(tr("Keeping Quayside's client certificate"), written.error()));
            return;
        }
        m_client = pair;
        done(writeCopies());
    });
}

Result<void> FleetPki::writeCopy(const QString &relativePath, const QByteArray &pem) const
{
    const QString path = certificateFolder() + QLatin1Char('/') + relativePath;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == pem)
        return {};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{Error::Kind::Io, 0,
                     tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))};
    return AtomicFile::write(
        path, pem, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

Result<void> FleetPki::writeCopies() const
{
    auto written = writeCopy(QStringLiteral("ca.pem"), authorityCertificatePem());
    if (!written)
        return written;
    return writeCopy(QStringLiteral("client.pem"), m_client.certificatePem);
}

void FleetPki::issueServer(const ServerIdentity &identity, QObject *context, Callback<IssuedCertificate> done)
{
    auto finish = guarded<IssuedCertificate>(context, std::move(done));
    if (!isOpen()) {
        finish(Error{Error::Kind::Internal, 0, tr("The certificates of fleet %1 are not open yet.").arg(m_fleetId)});
        return;
    }
    auto issued = m_authority->issueServer(identity);
    if (!issued) {
        finish(issued.error());
        return;
    }
    const IssuedCertificate &pair = issued.value();
    const QString hostName = identity.hostName.toLower();
    m_secrets->write(
        secretKeyOfServer(hostName), bundle(pair), this, [this, pair, hostName, finish](const Result<void> &written) {
            if (!written) {
                finish(keychainError(tr("Keeping the certificate of %1").arg(hostName), written.error()));
                return;
            }
            qCInfo(lcPki) << "issued the server certificate of" << hostName << "in fleet" << m_fleetId;
            const auto copied = writeCopy(QStringLiteral("hosts/%1.pem").arg(hostName), pair.certificatePem);
            if (!copied)
                finish(copied.error());
            else
                finish(pair);
        });
}

void FleetPki::serverCertificate(const QString &hostName, QObject *context, Callback<IssuedCertificate> done)
{
    auto finish = guarded<IssuedCertificate>(context, std::move(done));
    if (!isOpen()) {
        finish(Error{Error::Kind::Internal, 0, tr("The certificates of fleet %1 are not open yet.").arg(m_fleetId)});
        return;
    }
    if (!CertificateAuthority::isValidDnsName(hostName)) {
        finish(Error{Error::Kind::InvalidInput, 0, tr("\"%1\" is not a host name.").arg(hostName)});
        return;
    }
    m_secrets->read(secretKeyOfServer(hostName), this, [this, hostName, finish](const Result<QByteArray> &entry) {
        if (!entry) {
            finish(entry.error().kind == Error::Kind::NotFound
                       ? Error{Error::Kind::NotFound, 0,
                               tr("No certificate was issued to %1 in fleet %2.").arg(hostName, m_fleetId)}
                       : keychainError(tr("Reading the certificate of %1").arg(hostName), entry.error()));
            return;
        }
        const auto pair = unbundle(entry.value());
        const auto checked = pair ? m_authority->checkIssued(*pair) : Result<QDateTime>(Error{});
        if (!checked) {
            finish(Error{Error::Kind::Protocol, 0,
                         tr("The kept certificate of %1 is unusable (%2); issue a new one.")
                             .arg(hostName, pair ? checked.error().message : tr("damaged entry"))});
            return;
        }
        finish(*pair);
    });
}

void FleetPki::forgetServer(const QString &hostName, QObject *context, Callback<void> done)
{
    auto finish = guarded<void>(context, std::move(done));
    if (!CertificateAuthority::isValidDnsName(hostName)) {
        finish(Error{Error::Kind::InvalidInput, 0, tr("\"%1\" is not a host name.").arg(hostName)});
        return;
    }
    const QString lower = hostName.toLower();
    m_secrets->remove(secretKeyOfServer(lower), this, [this, lower, finish](const Result<void> &removed) {
        if (!removed) {
            finish(keychainError(tr("Removing the certificate of %1").arg(lower), removed.error()));
            return;
        }
        const QString copy = certificateFolder() + QStringLiteral("/hosts/%1.pem").arg(lower);
        if (QFileInfo::exists(copy) && !QFile::remove(copy)) {
            finish(Error{Error::Kind::Io, 0, tr("Cannot remove %1.").arg(QDir::toNativeSeparators(copy))});
            return;
        }
        finish({});
    });
}

Result<QString> FleetPki::exportDockerCliEnvironment(const QString &folder, const QUrl &engine) const
{
    if (!isOpen())
        return Error{Error::Kind::Internal, 0, tr("The certificates of fleet %1 are not open yet.").arg(m_fleetId)};
    if (engine.scheme() != QLatin1String("https") || engine.host().isEmpty())
        return Error{
            Error::Kind::InvalidInput, 0,
            tr("%1 is not a Docker Engine address of this fleet (https://host:port).").arg(engine.toDisplayString())};
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (!QFileInfo::exists(absolute)) {
        if (!QDir().mkpath(absolute) ||
            !QFile::setPermissions(absolute, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return Error{Error::Kind::Io, 0,
                         tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(absolute))};
    } else if (!QFileInfo(absolute).isDir()) {
        return Error{Error::Kind::InvalidInput, 0,
                     tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(absolute))};
    }
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QList<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("ca.pem"), authorityCertificatePem()},
        {QStringLiteral("cert.pem"), m_client.certificatePem},
        {QStringLiteral("key.pem"), m_client.privateKeyPem},
    };
    for (const auto &[name, pem] : files) {
        auto written = AtomicFile::write(absolute + QLatin1Char('/') + name, pem, ownerOnly);
        if (!written)
            return written.error();
    }
    QUrl host;
    host.setScheme(QStringLiteral("tcp"));
    host.setHost(engine.host());
    host.setPort(engine.port(2376));
    const QList<std::pair<QString, QString>> variables = {
        {QStringLiteral("DOCKER_HOST"), host.toString()},
        {QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")},
        {QStringLiteral("DOCKER_CERT_PATH"), absolute},
    };
    QString lines;
    for (const auto &[name, value] : variables) {
        auto quoted = ShellQuote::quote(value);
        if (!quoted)
            return quoted.error();
        lines += QStringLiteral("export %1=%2\n").arg(name, quoted.value());
    }
    return lines;
}

} // namespace quayside
