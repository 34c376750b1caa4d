#include "provision/FleetSession.h"

#include "cloud/CloudAccountImport.h"
#include "cloud/CloudAccountStore.h"
#include "cloud/CloudSession.h"
#include "cloud/NovaClient.h"
#include "pki/FleetPki.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshKeyPassphrases.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPointer>

namespace quayside {

bool FleetCloud::isSandbox() const
{
    return account.id == FleetSession::sandboxAccountId();
}

Result<FleetCloud> FleetSession::sandboxCloud(const QString &dataFolder, const QUrl &authUrl)
{
    const QString clouds = QDir(dataFolder).filePath(QStringLiteral("clouds.yaml"));
    if (!QFile::exists(clouds))
        return Error{Error::Kind::NotFound, 0,
                     tr("There are no sandbox credentials in %1. Start the sandbox (quayside-sandbox) first.")
                         .arg(QDir::toNativeSeparators(dataFolder))};
    CloudAccountImport import;
    const auto imported = import.fromCloudsYamlFile(clouds);
    if (!imported)
        return imported.error();
    FleetCloud cloud{imported.value().first().account, imported.value().first().secret};
    cloud.account.id = sandboxAccountId();
    if (!authUrl.isEmpty())
        cloud.account.authUrl = authUrl;
    if (!cloud.account.authUrl.isValid() || !CloudAccountStore::isAllowedAuthUrl(cloud.account.authUrl))
        return Error{Error::Kind::InvalidInput, 0,
                     tr("The sandbox's identity URL %1 is not usable: it must be http on this machine or https.")
                         .arg(cloud.account.authUrl.toString())};
    return cloud;
}

FleetSession::FleetSession(FleetCloud cloud, QString recordPath, QString sshKeyPath, SecretStore *secrets,
                           QObject *parent)
    : QObject(parent)
    , m_cloud(std::move(cloud))
    , m_recordPath(std::move(recordPath))
    , m_sshKeyPath(std::move(sshKeyPath))
    , m_secrets(secrets)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_session = std::make_unique<CloudSession>(m_cloud.account, m_cloud.secret, m_network.get());
    m_nova = std::make_unique<NovaClient>(m_session.get(), m_network.get());
    // The sandbox builds in seconds; a real cloud in minutes, where looking every 5 s is plenty.
    if (m_cloud.isSandbox())
        m_nova->setPollInterval(500);
}

FleetSession::~FleetSession()
{
    // The plan and the provisioner use the clients: they go first.
    m_plan.reset();
    m_provisioner.reset();
}

FleetProvisionOptions FleetSession::provisionOptions(const Fleet &fleet, const SshKey &identity) const
{
    FleetProvisionOptions options;
    options.identity = identity;
    options.knownHostsPath = KnownHosts::defaultPath();
    options.balancerPath = Fleet::folderFor(m_recordPath, fleet.name) + QStringLiteral("/balancer.json");
    options.tomcat.aptSource = m_aptSource;
    if (m_cloud.isSandbox()) {
        // The sandbox's hosts are containers: Docker inside them cannot stack overlay file systems, and they
        // reach no registry.
        options.dockerHost.extraDaemonFlags = QStringLiteral("--storage-driver vfs");
        options.baseImageArchive = sandboxBaseArchive();
        options.tomcat.baseImage = sandboxBaseImage();
        // A sandbox server is ACTIVE once its sshd answers, its console written before.
        options.consoleWaitMs = 15000;
        options.sshAttempts = 5;
        options.sshRetryPauseMs = 1000;
    }
    return options;
}

void FleetSession::openRecord(QObject *context, Callback<void> done)
{
    const auto record = FleetFile::load(m_recordPath);
    if (!record)
        return done(record.error());
    open(record.value(), context, std::move(done));
}

void FleetSession::open(const Fleet &fleet, QObject *context, Callback<void> done)
{
    if (isRunning())
        return done(Error{Error::Kind::InvalidInput, 0, tr("The fleet's plan is running already.")});
    m_plan.reset();
    m_provisioner.reset();
    m_pki.reset();
    m_hasIdentity = false;
    m_passphrases = std::make_unique<SshKeyPassphrases>(m_secrets);
    QPointer<QObject> guard(context);
    m_passphrases->load(m_sshKeyPath, this, [this, guard, fleet, done](const Result<SshKey> &key) {
        if (!guard)
            return;
        if (!key)
            return done(key.error());
        m_hasIdentity = true;
        m_pki = std::make_unique<FleetPki>(fleet.name, Fleet::folderFor(m_recordPath, fleet.name), m_secrets);
        m_pki->open(this, [this, guard, fleet, key = key.value(), done](const Result<void> &opened) {
            if (!guard)
                return;
            if (!opened)
                return done(opened.error());
            m_provisioner = std::make_unique<FleetProvisioner>(m_nova.get(), m_pki.get(), m_network.get(),
                                                               provisionOptions(fleet, key));
            connect(m_provisioner.get(), &FleetProvisioner::output, this, &FleetSession::output);
            makePlan(fleet);
            m_plan->setPublicKey(key.publicKeyLine());
            m_provisioner->install(m_plan.get());
            done(Result<void>());
        });
    });
}

void FleetSession::makePlan(const Fleet &fleet)
{
    m_plan = std::make_unique<FleetPlan>(m_nova.get(), m_recordPath, fleet);
    connect(m_plan.get(), &FleetPlan::phaseStarted, this, &FleetSession::phaseStarted);
    connect(m_plan.get(), &FleetPlan::phaseProgress, this, &FleetSession::phaseProgress);
    connect(m_plan.get(), &FleetPlan::phaseFinished, this, &FleetSession::phaseFinished);
    connect(m_plan.get(), &FleetPlan::phaseSkipped, this, &FleetSession::phaseSkipped);
    connect(m_plan.get(), &FleetPlan::phaseFailed, this, &FleetSession::phaseFailed);
    connect(m_plan.get(), &FleetPlan::logLine, this, &FleetSession::logLine);
    connect(m_plan.get(), &FleetPlan::finished, this, &FleetSession::finished);
    connect(m_plan.get(), &FleetPlan::takenDown, this, &FleetSession::takenDown);
    connect(m_plan.get(), &FleetPlan::failed, this, [this](const Error &error) {
        Q_EMIT failed(error);
        if (m_takeDownAfterRun && !isRunning()) {
            m_takeDownAfterRun = false;
            takeDownNow();
        }
    });
}

void FleetSession::run()
{
    runThrough(FleetPlan::phases().last());
}

void FleetSession::runThrough(FleetPlan::Phase last)
{
    if (!isOpen()) {
        Q_EMIT failed(Error{Error::Kind::InvalidInput, 0, tr("The fleet is not open yet.")});
        return;
    }
    m_plan->runThrough(last);
}

void FleetSession::cancel()
{
    if (m_plan)
        m_plan->cancel();
}

bool FleetSession::isRunning() const
{
    return m_plan && m_plan->isRunning();
}

void FleetSession::takeDown()
{
    if (isRunning()) {
        m_takeDownAfterRun = true;
        m_plan->cancel();
        return;
    }
    takeDownNow();
}

void FleetSession::takeDownNow()
{
    if (!m_plan) {
        const auto record = FleetFile::load(m_recordPath);
        if (!record) {
            Q_EMIT failed(record.error());
            return;
        }
        makePlan(record.value());
    }
    m_plan->takeDown();
}

const Fleet &FleetSession::fleet() const
{
    static const Fleet none;
    return m_plan ? m_plan->fleet() : none;
}

FleetCheckReport FleetSession::lastCheck() const
{
    return m_provisioner ? m_provisioner->lastCheck() : FleetCheckReport{};
}

} // namespace quayside
