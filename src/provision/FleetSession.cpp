#include "provision/FleetSession.h"

#include "cloud/CloudAccountImport.h"
#include "cloud/CloudAccountStore.h"
#include "cloud/CloudSession.h"
#include "cloud/NovaClient.h"
#include "core/AtomicFile.h"
#include "pki/FleetPki.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshKeyPassphrases.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QtConcurrent>

namespace quayside {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Runs `work` on a pool thread; `done` gets its result on `owner`'s thread, unless `owner` is gone by then.
template<typename T>
void offThread(QObject *owner, std::function<Result<T>()> work, std::function<void(const Result<T> &)> done)
{
    auto *watcher = new QFutureWatcher<std::shared_ptr<Result<T>>>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(*watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)] { return std::make_shared<Result<T>>(work()); }));
}

Result<QByteArray> readFile(const QString &path, const QString &what, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, 0,
                     FleetSession::tr("Cannot read %1 %2: %3").arg(what, shown(path), file.errorString())};
    QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Kind::Io, 0,
                     FleetSession::tr("Cannot read %1 %2: %3").arg(what, shown(path), file.errorString())};
    if (data.size() > maxBytes)
        return Error{Error::Kind::InvalidInput, 0,
                     FleetSession::tr("%1 %2 is larger than Quayside takes (%3 MiB).")
                         .arg(what, shown(path))
                         .arg(maxBytes / (1024 * 1024))};
    return data;
}

// A WAR is a zip archive: refused when it does not start like one, or is too large to build an image with.
Result<QByteArray> readWar(const QString &path)
{
    const qint64 size = QFileInfo(path).size();
    if (size > FleetSession::kMaxWarBytes)
        return Error{Error::Kind::InvalidInput, 0,
                     FleetSession::tr("The WAR file %1 is %2 MiB; Quayside builds images with WARs of up to %3 MiB.")
                         .arg(shown(path))
                         .arg(size / (1024 * 1024))
                         .arg(FleetSession::kMaxWarBytes / (1024 * 1024))};
    auto war = readFile(path, FleetSession::tr("the WAR file"), FleetSession::kMaxWarBytes);
    if (war && !war.value().startsWith(QByteArrayLiteral("PK\x03\x04")))
        return Error{Error::Kind::InvalidInput, 0,
                     FleetSession::tr("%1 is not a WAR file: a WAR is a zip archive, and this file is none. Choose "
                                      "the .war file your build made.")
                         .arg(shown(path))};
    return war;
}

Result<void> checkDockerfile(const QByteArray &text)
{
    static const QRegularExpression from(QStringLiteral("^\\s*FROM\\s"), QRegularExpression::MultilineOption |
                                                                             QRegularExpression::CaseInsensitiveOption);
    if (text.size() > FleetSession::kMaxDockerfileBytes)
        return Error{Error::Kind::InvalidInput, 0,
                     FleetSession::tr("The Dockerfile is larger than Quayside takes (%1 KiB).")
                         .arg(FleetSession::kMaxDockerfileBytes / 1024)};
    if (!from.match(QString::fromUtf8(text)).hasMatch())
        return Error{Error::Kind::InvalidInput, 0,
                     FleetSession::tr("The Dockerfile has no FROM line, so Docker cannot build an image from it. Start "
                                      "from the built-in Dockerfile.")};
    return {};
}

// Writes `data` to `path`, or removes the file when `data` is empty.
Result<void> keepOrRemove(const QString &path, const QByteArray &data)
{
    if (!data.isEmpty())
        return AtomicFile::write(path, data, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(path);
    if (file.exists() && !file.remove())
        return Error{Error::Kind::Io, 0, FleetSession::tr("Cannot remove %1: %2").arg(shown(path), file.errorString())};
    return {};
}

struct TomcatSources
{
    QByteArray dockerfile;
    QByteArray war;
};

} // namespace

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

QString FleetSession::tomcatDockerfilePath(const QString &recordPath, const QString &fleetName)
{
    return Fleet::folderFor(recordPath, fleetName) + QStringLiteral("/tomcat/Dockerfile");
}

QString FleetSession::tomcatWarPath(const QString &recordPath, const QString &fleetName)
{
    return Fleet::folderFor(recordPath, fleetName) + QStringLiteral("/tomcat/ROOT.war");
}

Result<void> FleetSession::loadTomcatSources(const QString &recordPath, const QString &fleetName,
                                             TomcatImageOptions &tomcat)
{
    const QString dockerfilePath = tomcatDockerfilePath(recordPath, fleetName);
    if (QFileInfo::exists(dockerfilePath)) {
        const auto text = readFile(dockerfilePath, tr("the fleet's Dockerfile"), kMaxDockerfileBytes);
        if (!text)
            return text.error();
        tomcat.dockerfile = text.value();
    }
    const QString warPath = tomcatWarPath(recordPath, fleetName);
    if (QFileInfo::exists(warPath)) {
        const auto war = readWar(warPath);
        if (!war)
            return war.error();
        tomcat.war = war.value();
    }
    return {};
}

void FleetSession::setTomcatSources(const QByteArray &dockerfile, const QString &warPath, QObject *context,
                                    Callback<void> done)
{
    QString fleetName = fleet().name;
    if (fleetName.isEmpty()) {
        const auto record = FleetFile::load(m_recordPath);
        if (!record && record.error().kind != Error::Kind::NotFound)
            return done(record.error());
        if (!record)
            return done(Error{Error::Kind::InvalidInput, 0,
                              tr("There is no fleet yet to keep the Tomcat sources for: name it first.")});
        fleetName = record.value().name;
    }
    setTomcatSources(fleetName, dockerfile, warPath, context, std::move(done));
}

void FleetSession::setTomcatSources(const QString &fleetName, const QByteArray &dockerfile, const QString &warPath,
                                    QObject *context, Callback<void> done)
{
    if (!dockerfile.isEmpty()) {
        const auto usable = checkDockerfile(dockerfile);
        if (!usable)
            return done(usable);
    }
    const QString dockerfileTarget = tomcatDockerfilePath(m_recordPath, fleetName);
    const QString warTarget = tomcatWarPath(m_recordPath, fleetName);
    QPointer<QObject> guard(context);
    offThread<TomcatSources>(
        this,
        [dockerfile, warPath, dockerfileTarget, warTarget]() -> Result<TomcatSources> {
            TomcatSources sources{dockerfile, {}};
            if (!warPath.isEmpty()) {
                auto war = readWar(warPath);
                if (!war)
                    return war.error();
                sources.war = std::move(war).value();
            }
            const QString folder = QFileInfo(dockerfileTarget).absolutePath();
            if (!QDir().mkpath(folder))
                return Error{Error::Kind::Io, 0,
                             tr("Cannot create the folder %1 for the fleet's Tomcat sources.").arg(shown(folder))};
            auto kept = keepOrRemove(dockerfileTarget, sources.dockerfile);
            if (kept)
                kept = keepOrRemove(warTarget, sources.war);
            if (!kept)
                return kept.error();
            return sources;
        },
        [this, guard, fleetName, done](const Result<TomcatSources> &saved) {
            if (saved && m_provisioner && fleet().name == fleetName) {
                TomcatImageOptions tomcat = m_provisioner->tomcatOptions();
                tomcat.dockerfile = saved.value().dockerfile;
                tomcat.war = saved.value().war;
                m_provisioner->setTomcatOptions(tomcat);
            }
            if (!guard)
                return;
            done(saved ? Result<void>() : Result<void>(saved.error()));
        });
}

Result<FleetProvisionOptions> FleetSession::provisionOptions(const Fleet &fleet, const SshKey &identity) const
{
    FleetProvisionOptions options = cloudOptions(fleet, identity);
    const auto loaded = loadTomcatSources(m_recordPath, fleet.name, options.tomcat);
    if (!loaded)
        return loaded.error();
    return options;
}

FleetProvisionOptions FleetSession::cloudOptions(const Fleet &fleet, const SshKey &identity) const
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
    ++m_openAttempt;
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
            // The fleet's WAR may be large: read on a worker thread.
            const FleetProvisionOptions options = cloudOptions(fleet, key);
            const int attempt = m_openAttempt;
            offThread<TomcatImageOptions>(
                this,
                [recordPath = m_recordPath, name = fleet.name,
                 tomcat = options.tomcat]() mutable -> Result<TomcatImageOptions> {
                    const auto loaded = loadTomcatSources(recordPath, name, tomcat);
                    if (!loaded)
                        return loaded.error();
                    return tomcat;
                },
                [this, guard, fleet, key, options, attempt, done](const Result<TomcatImageOptions> &tomcat) {
                    if (!guard || attempt != m_openAttempt)
                        return;
                    if (!tomcat)
                        return done(tomcat.error());
                    FleetProvisionOptions withSources = options;
                    withSources.tomcat = tomcat.value();
                    startProvisioner(fleet, key, withSources);
                    done(Result<void>());
                });
        });
    });
}

void FleetSession::startProvisioner(const Fleet &fleet, const SshKey &key, const FleetProvisionOptions &options)
{
    m_provisioner = std::make_unique<FleetProvisioner>(m_nova.get(), m_pki.get(), m_network.get(), options);
    connect(m_provisioner.get(), &FleetProvisioner::output, this, &FleetSession::output);
    makePlan(fleet);
    m_plan->setPublicKey(key.publicKeyLine());
    m_provisioner->install(m_plan.get());
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

TomcatPage FleetSession::tomcatPage() const
{
    return m_provisioner ? m_provisioner->lastTomcatPage() : TomcatPage{};
}

} // namespace quayside
