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
    // The session and its clients go before the settings the account store reads.
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

} // namespace quayside
