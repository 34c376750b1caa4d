#include "gui/wizard/WizardState.h"

#include "provision/FleetSession.h"

#include "cloud/CloudAccountImport.h"
#include "cloud/CloudAccountStore.h"
#include "cloud/CloudSession.h"
#include "cloud/NovaClient.h"
#include "core/Application.h"
#include "secrets/KeychainSecretStore.h"
#include "ssh/SshKeyPassphrases.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

namespace quayside {

QString WizardState::defaultSandboxFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("quayside/sandbox"));
}

WizardState::WizardState(const WizardEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_network(environment.network)
    , m_secrets(environment.secrets)
    , m_accounts(environment.accounts)
    , m_sandboxFolder(environment.sandboxFolder.isEmpty() ? defaultSandboxFolder() : environment.sandboxFolder)
    , m_sshFolder(environment.sshFolder.isEmpty() ? SshKey::defaultFolder() : environment.sshFolder)
    , m_keyFolder(environment.keyFolder.isEmpty() ? sharedDataFolder() : environment.keyFolder)
    , m_recordPath(environment.recordPath.isEmpty() ? FleetFile::defaultPath() : environment.recordPath)
    , m_aptSource(environment.aptSource)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(this);
    if (!m_accounts) {
        m_settings = std::make_unique<QSettings>();
        m_accounts = new CloudAccountStore(m_settings.get(), m_secrets, this);
    }
    m_passphrases = new SshKeyPassphrases(m_secrets, this);
}

WizardState::~WizardState()
{
    m_secret.fill('\0');
    // The fleet's run and the session and its clients go before the settings the account store reads.
    delete m_fleetSession;
    delete m_nova;
    delete m_session;
    if (m_settings)
        delete m_accounts;
}

void WizardState::setCloudKind(CloudKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    Q_EMIT changed();
}

QString WizardState::sandboxAccountId()
{
    return FleetSession::sandboxAccountId();
}

Result<std::pair<CloudAccount, QByteArray>> WizardState::readSandboxCredentials() const
{
    const auto cloud = FleetSession::sandboxCloud(m_sandboxFolder);
    if (!cloud && cloud.error().kind == Error::Kind::NotFound)
        return Error{Error::Kind::NotFound, 0,
                     tr("The sandbox has not run on this computer yet: there are no sandbox credentials in %1. "
                        "Start it with the command quayside-sandbox, then try again.")
                         .arg(QDir::toNativeSeparators(m_sandboxFolder))};
    if (!cloud)
        return cloud.error();
    return std::make_pair(cloud.value().account, cloud.value().secret);
}

void WizardState::setAccount(const CloudAccount &account, const QByteArray &secret)
{
    delete m_nova;
    delete m_session;
    m_secret.fill('\0');
    m_account = account;
    m_secret = secret;
    m_accountStored = false;
    m_session = new CloudSession(account, secret, m_network, this);
    m_nova = new NovaClient(m_session, m_network, this);
    // The sandbox builds in seconds; a real cloud in minutes, where looking every 5 s is plenty.
    if (m_kind == CloudKind::Sandbox)
        m_nova->setPollInterval(500);
    Q_EMIT changed();
}

void WizardState::setAccountStored()
{
    m_accountStored = true;
    m_secret.fill('\0');
    m_secret.clear();
    Q_EMIT changed();
}

void WizardState::setCloudResources(const QString &region, const QString &flavorId, const QString &imageId,
                                    const QStringList &networks)
{
    m_region = region;
    // A session made again since (the credentials page revisited) starts in the account's region.
    if (m_session)
        m_session->setRegion(region);
    m_flavorId = flavorId;
    m_imageId = imageId;
    m_networks = networks;
    Q_EMIT changed();
}

void WizardState::setSshKey(const QString &path, const SshKey &key)
{
    m_sshKeyPath = path;
    m_sshKey = key;
    Q_EMIT changed();
}

Fleet WizardState::fleetTemplate() const
{
    Fleet fleet;
    fleet.cloudAccountId = m_account.id;
    fleet.authUrl = m_account.authUrl.toString();
    fleet.region = m_region;
    fleet.flavorId = m_flavorId;
    fleet.baseImageId = m_imageId;
    return fleet;
}

Result<Fleet> WizardState::savedFleet() const
{
    return FleetFile::load(m_recordPath);
}

void WizardState::openFleet(QObject *context, std::function<void(const Result<void> &)> done)
{
    if (m_fleetSession && m_fleetSession->isOpen())
        return done(Result<void>());
    QPointer<QObject> guard(context);
    prepareFleet(context, [this, guard, done](const Result<void> &prepared) {
        if (!guard)
            return;
        if (!prepared)
            return done(prepared);
        const auto opened = [guard, done](const Result<void> &result) {
            if (guard)
                done(result);
        };
        if (savedFleet())
            m_fleetSession->openRecord(this, opened);
        else
            m_fleetSession->open(m_newFleet, this, opened);
    });
}

void WizardState::prepareFleet(QObject *context, std::function<void(const Result<void> &)> done)
{
    if (m_fleetSession)
        return done(Result<void>());
    auto saved = savedFleet();
    if (!saved && saved.error().kind != Error::Kind::NotFound)
        return done(saved.error());
    Fleet fleet;
    if (saved) {
        fleet = saved.value();
    } else {
        fleet = fleetTemplate();
        fleet.name = fleetName();
        fleet.networks = m_networks;
        fleet.sshKeyPath = m_sshKeyPath;
    }
    m_newFleet = fleet;
    const QString keyPath =
        fleet.sshKeyPath.isEmpty() ? QDir(m_keyFolder).filePath(generatedKeyName()) : fleet.sshKeyPath;
    QPointer<QObject> guard(context);
    const auto withCloud = [this, guard, fleet, keyPath, done](const Result<FleetCloud> &cloud) {
        if (!guard)
            return;
        if (!cloud)
            return done(cloud.error());
        FleetCloud where = cloud.value();
        // The fleet lives in the region page 3 chose, which need not be the account's own.
        if (!fleet.region.isEmpty())
            where.account.region = fleet.region;
        delete m_fleetSession;
        m_fleetSession = new FleetSession(where, m_recordPath, keyPath, m_secrets, this);
        m_fleetSession->setAptSource(m_aptSource);
        done(Result<void>());
    };
    if (fleet.cloudAccountId == sandboxAccountId())
        return withCloud(FleetSession::sandboxCloud(m_sandboxFolder));
    // The secret the credentials page checked, when it is still here; else the keychain's.
    if (!saved && secretPending())
        return withCloud(FleetCloud{m_account, m_secret});
    const auto account = m_accounts->account(fleet.cloudAccountId);
    if (!account)
        return withCloud(account.error());
    m_accounts->secret(fleet.cloudAccountId, this,
                       [withCloud, account = account.value()](const Result<QByteArray> &secret) {
                           if (!secret)
                               return withCloud(secret.error());
                           withCloud(FleetCloud{account, secret.value()});
                       });
}

void WizardState::closeFleet()
{
    delete m_fleetSession;
}

} // namespace quayside
