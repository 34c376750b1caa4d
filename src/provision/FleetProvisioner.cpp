#include "provision/FleetProvisioner.h"

#include "cloud/NovaClient.h"
#include "core/Logging.h"
#include "core/ShellQuote.h"
#include "docker/DockerClient.h"
#include "nginx/BalancerFile.h"
#include "nginx/NginxRenderer.h"
#include "pki/FleetPki.h"
#include "provision/FleetPlan.h"
#include "provision/NginxDeployer.h"
#include "provision/NginxHostRecipe.h"
#include "provision/RecipeRunner.h"
#include "provision/SshRemoteShell.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshSession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>

namespace quayside {

namespace {

constexpr int kConsolePauseMs = 3000;
constexpr int kCheckPauseMs = 1000;
constexpr int kRequestTimeoutMs = 10000;
const QString kFleetLabel = QStringLiteral("quayside.fleet");

QString backendOf(const QString &address, int port)
{
    return QStringLiteral("%1:%2").arg(address).arg(port);
}

// Runs `count` asynchronous jobs at once and reports once all ended: the first failure, or success.
class Together : public QObject
{
public:
    Together(int count, std::function<void(const Result<void> &)> done, QObject *parent)
        : QObject(parent)
        , m_left(count)
        , m_done(std::move(done))
    {}
    void ended(const Result<void> &result)
    {
        if (!result && !m_failure)
            m_failure = result.error();
        if (--m_left > 0)
            return;
        m_failure ? m_done(*m_failure) : m_done(Result<void>());
        deleteLater();
    }

private:
    int m_left;
    std::function<void(const Result<void> &)> m_done;
    std::optional<Error> m_failure;
};

// The final check: requests through nginx until every expected backend served Tomcat's page once (the
// containers start at their own pace), then `requests` more, counted per backend.
class FinalCheck : public QObject
{
    Q_OBJECT

public:
    FinalCheck(QNetworkAccessManager *network, QUrl url, QString token, bool anyPage, QSet<QString> expected,
               int requests, int readyMs, QObject *parent)
        : QObject(parent)
        , m_network(network)
        , m_url(std::move(url))
        , m_token(std::move(token))
        , m_anyPage(anyPage)
        , m_expected(std::move(expected))
        , m_requests(requests)
        , m_readyMs(readyMs)
    {
        m_report.url = m_url.toString();
    }

    void start()
    {
        m_clock.start();
        m_starting = m_expected;
        waitForContainers();
    }
    const FleetCheckReport &report() const { return m_report; }

Q_SIGNALS:
    void ended(const quayside::Result<void> &result);

private:
    // Each container directly first: a request nginx sent to a Tomcat still starting would mark that
    // container failed for a while in the nginx worker that sent it, and later requests would skip it.
    void waitForContainers()
    {
        if (m_starting.isEmpty())
            return warmUp();
        if (m_clock.elapsed() > m_readyMs)
            return timedOut(m_starting);
        const QString backend = *m_starting.cbegin();
        QUrl direct(m_url);
        direct.setHost(backend.section(QLatin1Char(':'), 0, 0));
        direct.setPort(backend.section(QLatin1Char(':'), 1, 1).toInt());
        probe(direct, [this, backend](bool ok, const QString &) {
            if (ok)
                m_starting.remove(backend);
            QTimer::singleShot(ok ? 0 : kCheckPauseMs, this, [this] { waitForContainers(); });
        });
    }

    void timedOut(const QSet<QString> &missing)
    {
        QStringList names(missing.cbegin(), missing.cend());
        names.sort();
        Q_EMIT ended(Error{Error::Kind::Timeout, 0,
                           FleetProvisioner::tr("These containers did not serve Tomcat's page within %1 s (asked "
                                                "directly, then through nginx at %2): %3.")
                               .arg(m_readyMs / 1000)
                               .arg(m_url.toString(), names.join(QStringLiteral(", ")))});
    }

    void probe(const std::function<void(bool ok, const QString &backend)> &done) { probe(m_url, done); }
    void probe(const QUrl &url, const std::function<void(bool ok, const QString &backend)> &done)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(kRequestTimeoutMs);
        request.setRawHeader("X-Quayside-Check", m_token.toLatin1());
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, url, reply, done] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->read(TomcatPage::kMaxBody);
            const bool ok = status == 200 && (m_anyPage || body.contains("Tomcat"));
            // The page as nginx served it, for the user to see.
            if (ok && url == m_url && !m_pageKept) {
                m_pageKept = true;
                m_report.page = body;
                m_report.contentType = reply->rawHeader("Content-Type");
            }
            done(ok, QString::fromLatin1(reply->rawHeader("X-Quayside-Backend")));
        });
    }

    void warmUp()
    {
        probe([this](bool ok, const QString &backend) {
            if (ok)
                m_seen << backend;
            if (m_seen.contains(m_expected))
                return count(0);
            if (m_clock.elapsed() > m_readyMs)
                return timedOut(m_expected - m_seen);
            QTimer::singleShot(ok ? 0 : kCheckPauseMs, this, [this] { warmUp(); });
        });
    }

    void count(int index)
    {
        if (index >= m_requests)
            return finish();
        probe([this, index](bool ok, const QString &backend) {
            ++m_report.requests;
            if (ok) {
                ++m_report.answered;
                m_report.backends[backend.isEmpty() ? FleetProvisioner::tr("(not named)") : backend] += 1;
            }
            count(index + 1);
        });
    }

    void finish()
    {
        for (const QString &backend : m_expected) {
            if (!m_report.backends.contains(backend))
                m_report.unreached << backend;
        }
        m_report.unreached.sort();
        if (m_report.answered < m_report.requests)
            return Q_EMIT ended(Error{Error::Kind::Http, 0,
                                      FleetProvisioner::tr("Only %1 of %2 requests through %3 got the page.")
                                          .arg(m_report.answered)
                                          .arg(m_report.requests)
                                          .arg(m_url.toString())});
        if (!m_report.unreached.isEmpty())
            return Q_EMIT ended(Error{Error::Kind::Http, 0,
                                      FleetProvisioner::tr("nginx sent none of %1 requests to %2.")
                                          .arg(m_report.requests)
                                          .arg(m_report.unreached.join(QStringLiteral(", ")))});
        Q_EMIT ended(Result<void>());
    }

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QString m_token;
    bool m_anyPage;
    QSet<QString> m_expected;
    int m_requests;
    int m_readyMs;
    QElapsedTimer m_clock;
    QSet<QString> m_starting; // not yet answering directly
    QSet<QString> m_seen;     // answered through nginx
    bool m_pageKept = false;
    FleetCheckReport m_report;
};

} // namespace

struct FleetProvisioner::Host
{
    std::unique_ptr<SshSession> session;
    std::unique_ptr<SshRemoteShell> shell;
    std::unique_ptr<DockerClient> docker;
};

FleetProvisioner::FleetProvisioner(NovaClient *nova, FleetPki *pki, QNetworkAccessManager *network,
                                   FleetProvisionOptions options, QObject *parent)
    : QObject(parent)
    , m_nova(nova)
    , m_pki(pki)
    , m_network(network)
    , m_options(std::move(options))
{}

FleetProvisioner::~FleetProvisioner()
{
    // The deployer and shells use the sessions: they go first.
    m_deployer.reset();
    for (auto &[name, host] : m_hosts) {
        host->docker.reset();
        host->shell.reset();
    }
}

void FleetProvisioner::install(FleetPlan *plan)
{
    m_plan = plan;
    using Phase = FleetPlan::Phase;
    const auto hook = [this](void (FleetProvisioner::*step)(Fleet &, Callback<void>)) {
        return [this, step](Fleet &fleet, const FleetPlan::HookDone &done) { (this->*step)(fleet, done); };
    };
    plan->setHook(Phase::DockerHostSetup, hook(&FleetProvisioner::setupFirstDockerHost));
    plan->setHook(Phase::TomcatImage, hook(&FleetProvisioner::buildTomcatImage));
    plan->setHook(Phase::NginxHostSetup, hook(&FleetProvisioner::setupNginxHost));
    plan->setHook(Phase::Containers, hook(&FleetProvisioner::setupContainers));
    plan->setHook(Phase::NginxBackends, hook(&FleetProvisioner::deployBackends));
    plan->setHook(Phase::FinalCheck, hook(&FleetProvisioner::finalCheck));
}

QStringList FleetProvisioner::dockerHosts(const Fleet &fleet)
{
    QStringList names;
    for (const FleetServer &server : fleet.servers) {
        if (server.role == FleetServer::Role::DockerHost && names.size() < fleet.dockerHosts)
            names << server.name;
    }
    return names;
}

QList<ContainerPlacement> FleetProvisioner::placements(const Fleet &fleet, int firstHostPort)
{
    const QStringList hosts = dockerHosts(fleet);
    QList<ContainerPlacement> placed;
    if (hosts.isEmpty())
        return placed;
    for (int n = 0; n < fleet.containers; ++n) {
        placed << ContainerPlacement{QStringLiteral("%1-tomcat-%2").arg(fleet.name).arg(n + 1),
                                     hosts.at(n % hosts.size()), firstHostPort + int(n / hosts.size())};
    }
    return placed;
}

BalancerConfig FleetProvisioner::balancerFor(const Fleet &fleet, const FleetProvisionOptions &options,
                                             const QString &checkToken)
{
    UpstreamPool pool;
    pool.name = options.pool;
    if (!fleet.containerList.isEmpty()) {
        for (const FleetContainer &container : fleet.containerList) {
            const FleetServer *host = fleet.server(container.host);
            if (host && !host->address.isEmpty())
                pool.servers << UpstreamServer{host->address, container.hostPort};
        }
    } else {
        for (const ContainerPlacement &placement : placements(fleet, options.firstHostPort)) {
            const FleetServer *host = fleet.server(placement.host);
            if (host && !host->address.isEmpty())
                pool.servers << UpstreamServer{host->address, placement.hostPort};
        }
    }
    ServerBlock site;
    site.pool = options.pool;
    BalancerConfig config;
    config.pools << pool;
    config.sites << site;
    config.checkToken = checkToken;
    return config;
}

void FleetProvisioner::note(const QString &line)
{
    if (m_plan)
        m_plan->note(line);
}

FleetProvisioner::Host &FleetProvisioner::host(const QString &name)
{
    auto &slot = m_hosts[name];
    if (!slot)
        slot = std::make_unique<Host>();
    return *slot;
}

void FleetProvisioner::connectHost(Fleet &fleet, const QString &name, Callback<Host *> done)
{
    const FleetServer *server = fleet.server(name);
    if (!server || server->address.isEmpty())
        return done(Error{Error::Kind::Internal, 0, tr("The server %1 has no address in the fleet record.").arg(name)});
    Host &entry = host(name);
    if (entry.session && entry.session->isConnected() && entry.session->target().host == server->address)
        return done(&entry);
    if (server->phase >= FleetServer::Phase::Trusted)
        return login(fleet, name, true, QString(), std::move(done));
    // A new server: its key is trusted when the cloud's console shows it, as cloud-init prints it at boot.
    note(tr("Reading the console of %1 for its SSH host key.").arg(name));
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + m_options.consoleWaitMs;
    readConsole(name, server->novaId, deadline, [this, &fleet, name, done](const Result<QString> &log) {
        if (!log)
            return done(log.error());
        const FleetServer *server = fleet.server(name);
        if (!server)
            return done(Error{Error::Kind::Internal, 0, tr("The server %1 left the fleet record.").arg(name)});
        // The cloud gave this new server its address: a key kept for that address belonged to a server that
        // no longer holds it.
        KnownHosts known(m_options.knownHostsPath);
        const auto forgotten = known.forget(server->address, 22);
        if (!forgotten)
            return done(forgotten.error());
        login(fleet, name, false, log.value(), done);
    });
}

void FleetProvisioner::readConsole(const QString &name, const QString &serverId, qint64 deadline,
                                   Callback<QString> done)
{
    if (!m_nova)
        return done(Error{Error::Kind::Cancelled, 0, tr("The cloud connection is gone.")});
    m_nova->consoleOutput(serverId, 200, this, [this, name, serverId, deadline, done](const Result<QString> &log) {
        if (log && !KnownHosts::fingerprintsFromConsoleLog(log.value()).isEmpty())
            return done(log.value());
        if (m_plan && m_plan->isCancelling())
            return done(FleetPlan::cancelledError());
        if (QDateTime::currentMSecsSinceEpoch() > deadline)
            return done(
                log ? Error{Error::Kind::Timeout, 0,
                            tr("The console of %1 shows no SSH host key fingerprints after %2 s, so Quayside cannot "
                               "tell its real key from an impostor's. Check that the image runs cloud-init, then "
                               "run up again.")
                                .arg(name)
                                .arg(m_options.consoleWaitMs / 1000)}
                    : log.error());
        QTimer::singleShot(kConsolePauseMs, this,
                           [this, name, serverId, deadline, done] { readConsole(name, serverId, deadline, done); });
    });
}

void FleetProvisioner::login(Fleet &fleet, const QString &name, bool trusted, const QString &consoleLog,
                             Callback<Host *> done)
{
    const FleetServer *server = fleet.server(name);
    Host &entry = host(name);
    entry.docker.reset();
    entry.shell.reset();
    entry.session = std::make_unique<SshSession>();
    SshTarget target;
    target.host = server->address;
    target.user = fleet.sshUser;
    target.identity = m_options.identity;
    target.attempts = m_options.sshAttempts;
    target.retryPauseMs = m_options.sshRetryPauseMs;
    const KnownHosts known(m_options.knownHostsPath);
    const HostKeyPolicy policy =
        trusted ? HostKeyPolicy::refuseUnknown() : HostKeyPolicy::trustIfConsoleLogMatches(consoleLog);
    SshSession *session = entry.session.get();
    session->connectToHost(
        target, &known, policy, this, [this, &fleet, name, trusted, session, done](const Result<void> &connected) {
            if (!connected)
                return done(Error{connected.error().kind, 0, tr("%1: %2").arg(name, connected.error().message)});
            Host &entry = host(name);
            entry.shell = std::make_unique<SshRemoteShell>(session, fleet.sshUser != QLatin1String("root"));
            if (!trusted) {
                FleetServer *server = fleet.server(name);
                server->hostKeyFingerprint = session->hostKeyCheck().presentedFingerprint;
                server->phase = FleetServer::Phase::Trusted;
                note(tr("Trusted the SSH host key of %1 (%2): the cloud's console shows the same key.")
                         .arg(name, server->hostKeyFingerprint));
                if (m_plan) {
                    const auto saved = m_plan->saveRecord();
                    if (!saved)
                        return done(saved.error());
                }
            }
            done(&entry);
        });
}

void FleetProvisioner::runRecipe(const QString &name, Host *host, const Result<Recipe> &recipe, Callback<void> done)
{
    if (!recipe)
        return done(recipe.error());
    if (m_plan && m_plan->isCancelling())
        return done(FleetPlan::cancelledError());
    auto *runner = new RecipeRunner(host->shell.get(), recipe.value(), this);
    // A recipe's steps can all run again, so stopping after the command running now is safe.
    if (m_plan)
        connect(m_plan.data(), &FleetPlan::cancelRequested, runner, &RecipeRunner::cancel);
    const QString title = recipe.value().title;
    connect(runner, &RecipeRunner::stepStarted, this,
            [this, name](int, const QString &step) { note(tr("%1: %2").arg(name, step)); });
    connect(runner, &RecipeRunner::stepOutput, this,
            [this, name](int, RemoteShell::Stream, const QString &line) { Q_EMIT output(name, line); });
    connect(runner, &RecipeRunner::stepFinished, this,
            [this, name](int, StepOutcome outcome, qint64 durationMs, const QString &) {
                if (outcome == StepOutcome::AlreadyDone)
                    note(tr("%1:   in place already").arg(name));
                else if (outcome == StepOutcome::Applied)
                    note(tr("%1:   done in %2 s").arg(name).arg(QString::number(durationMs / 1000.0, 'f', 1)));
            });
    connect(runner, &RecipeRunner::finished, this, [this, runner, name, title, done](bool ok, const QString &message) {
        runner->deleteLater();
        if (ok)
            return done(Result<void>());
        if (m_plan && m_plan->isCancelling())
            return done(FleetPlan::cancelledError());
        done(Error{Error::Kind::Internal, 0, tr("%1 on %2 failed: %3").arg(title, name, message)});
    });
    runner->start();
}

DockerClient *FleetProvisioner::docker(const Fleet &fleet, const QString &name)
{
    Host &entry = host(name);
    const FleetServer *server = fleet.server(name);
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(server ? server->address : QString());
    url.setPort(m_options.dockerHost.port);
    if (!entry.docker || entry.docker->endpoint().url != url)
        entry.docker = std::make_unique<DockerClient>(DockerEndpoint{name, url, m_pki->dockerClientTls()}, m_network);
    return entry.docker.get();
}

void FleetProvisioner::markProvisioned(Fleet &fleet, const QString &name)
{
    if (FleetServer *server = fleet.server(name))
        server->phase = FleetServer::Phase::Provisioned;
    if (m_plan)
        m_plan->saveRecord();
}

void FleetProvisioner::setupFirstDockerHost(Fleet &fleet, Callback<void> done)
{
    setupDockerHost(fleet, FleetPlan::firstDockerHostName(fleet), true, std::move(done));
}

// `first`: the first Docker host stays short of Provisioned until its Tomcat image is built.
void FleetProvisioner::setupDockerHost(Fleet &fleet, const QString &name, bool first, Callback<void> done)
{
    if (!m_pki || !m_pki->isOpen())
        return done(Error{Error::Kind::Internal, 0, tr("The fleet's certificate authority is not open.")});
    connectHost(fleet, name, [this, &fleet, name, first, done](const Result<Host *> &connected) {
        if (!connected)
            return done(connected.error());
        Host *entry = connected.value();
        const FleetServer *server = fleet.server(name);
        // Issued for the address the host has now: a host booted from the snapshot carries the first
        // host's certificate, which names another address.
        const ServerIdentity identity{name, {}, {QHostAddress(server->address)}};
        m_pki->issueServer(
            identity, this, [this, &fleet, name, first, entry, done](const Result<IssuedCertificate> &cert) {
                if (!cert)
                    return done(cert.error());
                DockerClient *client = docker(fleet, name);
                const auto recipe = DockerHostRecipe::make(
                    m_options.dockerHost, m_pki->authorityCertificatePem(), cert.value(),
                    DockerHostRecipe::pingCheck(client->endpoint().url, m_pki->dockerClientTls(), m_network, 120000));
                runRecipe(name, entry, recipe, [this, &fleet, name, first, done](const Result<void> &ran) {
                    if (ran && !first)
                        markProvisioned(fleet, name);
                    done(ran);
                });
            });
    });
}

void FleetProvisioner::buildTomcatImage(Fleet &fleet, Callback<void> done)
{
    if (!m_pki || !m_pki->isOpen())
        return done(Error{Error::Kind::Internal, 0, tr("The fleet's certificate authority is not open.")});
    const QString name = FleetPlan::firstDockerHostName(fleet);
    connectHost(fleet, name, [this, &fleet, name, done](const Result<Host *> &connected) {
        if (!connected)
            return done(connected.error());
        Host *entry = connected.value();
        importBaseImage(name, entry, [this, &fleet, name, entry, done](const Result<void> &imported) {
            if (!imported)
                return done(imported);
            TomcatImageOptions tomcat = m_options.tomcat;
            QPointer<FleetProvisioner> self(this);
            tomcat.servedPage = [self](const TomcatPage &page) {
                if (self)
                    self->m_tomcatPage = page;
            };
            runRecipe(name, entry, TomcatImageRecipe::make(docker(fleet, name), m_network, tomcat),
                      [this, &fleet, name, done](const Result<void> &built) {
                          if (built)
                              markProvisioned(fleet, name);
                          done(built);
                      });
        });
    });
}

void FleetProvisioner::importBaseImage(const QString &name, Host *host, Callback<void> done)
{
    if (m_options.baseImageArchive.isEmpty())
        return done(Result<void>());
    const auto inspect = ShellQuote::command(
        {QStringLiteral("docker"), QStringLiteral("image"), QStringLiteral("inspect"), m_options.tomcat.baseImage});
    const auto import = ShellQuote::command(
        {QStringLiteral("docker"), QStringLiteral("import"), m_options.baseImageArchive, m_options.tomcat.baseImage});
    if (!inspect || !import)
        return done(inspect ? import.error() : inspect.error());
    note(
        tr("%1: the Tomcat image's base %2 from %3").arg(name, m_options.tomcat.baseImage, m_options.baseImageArchive));
    const QString command = QStringLiteral("%1 >/dev/null 2>&1 || %2").arg(inspect.value(), import.value());
    auto lastLines = std::make_shared<QStringList>();
    host->shell->run(
        command, 15 * 60 * 1000, this,
        [this, name, lastLines](RemoteShell::Stream, const QString &line) {
            *lastLines = (QStringList(*lastLines) << line).mid(std::max(0, int(lastLines->size()) - 9));
            Q_EMIT output(name, line);
        },
        [this, name, lastLines, done](const Result<CommandResult> &ran) {
            if (!ran)
                return done(ran.error());
            if (ran.value().exitStatus != 0)
                return done(Error{Error::Kind::Internal, 0,
                                  tr("%1 could not import the base image %2 from %3: %4")
                                      .arg(name, m_options.tomcat.baseImage, m_options.baseImageArchive,
                                           lastLines->join(QLatin1Char('\n')))});
            done(Result<void>());
        });
}

void FleetProvisioner::setupNginxHost(Fleet &fleet, Callback<void> done)
{
    const QString name = fleet.name + QStringLiteral("-nginx");
    connectHost(fleet, name, [this, &fleet, name, done](const Result<Host *> &connected) {
        if (!connected)
            return done(connected.error());
        // Until the containers run, nginx sends the pool to the ones planned on the hosts made so far.
        const auto rendered = NginxRenderer::render(balancerFor(fleet, m_options, checkToken()));
        if (!rendered)
            return done(rendered.error());
        runRecipe(name, connected.value(),
                  NginxHostRecipe::make(NginxHostOptions{}, rendered.value().backends, rendered.value().site),
                  [this, &fleet, name, done](const Result<void> &ran) {
                      if (ran)
                          markProvisioned(fleet, name);
                      done(ran);
                  });
    });
}

void FleetProvisioner::setupContainers(Fleet &fleet, Callback<void> done)
{
    QStringList fresh;
    for (const QString &name : dockerHosts(fleet)) {
        if (fleet.server(name)->phase != FleetServer::Phase::Provisioned)
            fresh << name;
    }
    if (fresh.isEmpty())
        return placeContainers(fleet, std::move(done));
    note(tr("Setting up %1 in parallel.").arg(fresh.join(QStringLiteral(", "))));
    auto *together = new Together(
        int(fresh.size()),
        [this, &fleet, done](const Result<void> &all) {
            if (!all)
                return done(all);
            placeContainers(fleet, done);
        },
        this);
    for (const QString &name : fresh)
        setupDockerHost(fleet, name, false, [together](const Result<void> &ended) { together->ended(ended); });
}

void FleetProvisioner::placeContainers(Fleet &fleet, Callback<void> done)
{
    const QList<ContainerPlacement> placed = placements(fleet, m_options.firstHostPort);
    const QStringList hosts = dockerHosts(fleet);
    auto found = std::make_shared<QMap<QString, QList<FleetContainer>>>();
    auto *together = new Together(
        int(hosts.size()),
        [this, &fleet, placed, found, done](const Result<void> &all) {
            // What was made is recorded even when another host failed.
            fleet.containerList.clear();
            for (const ContainerPlacement &placement : placed) {
                for (const FleetContainer &container : found->value(placement.host)) {
                    if (container.name == placement.name)
                        fleet.containerList << container;
                }
            }
            if (m_plan)
                m_plan->saveRecord();
            done(all);
        },
        this);
    for (const QString &hostName : hosts) {
        QList<ContainerPlacement> wanted;
        for (const ContainerPlacement &placement : placed) {
            if (placement.host == hostName)
                wanted << placement;
        }
        placeOnHost(fleet, hostName, wanted,
                    [together, found, hostName](const Result<QList<FleetContainer>> &containers) {
                        if (containers)
                            found->insert(hostName, containers.value());
                        together->ended(containers ? Result<void>() : Result<void>(containers.error()));
                    });
    }
}

void FleetProvisioner::placeOnHost(Fleet &fleet, const QString &hostName, const QList<ContainerPlacement> &wanted,
                                   Callback<QList<FleetContainer>> done)
{
    DockerClient *client = docker(fleet, hostName);
    const QString fleetName = fleet.name;
    client->containers(
        {{kFleetLabel, fleetName}}, true, this,
        [this, client, fleetName, hostName, wanted, done](const Result<QList<ContainerSummary>> &existing) {
            if (!existing)
                return done(Error{existing.error().kind, 0, tr("%1: %2").arg(hostName, existing.error().message)});
            // One container after the other; each callback holds the next step alive, nothing else does.
            auto made = std::make_shared<QList<FleetContainer>>();
            auto next = std::make_shared<std::function<void(int)>>();
            *next = [this, client, fleetName, hostName, wanted, existing = existing.value(), made,
                     weak = std::weak_ptr<std::function<void(int)>>(next), done](int index) {
                if (index >= wanted.size())
                    return done(*made);
                const auto self = weak.lock();
                const ContainerPlacement placement = wanted.at(index);
                const auto record = [this, self, made, index, hostName, placement](const QString &id) {
                    *made << FleetContainer{hostName, id, m_options.pool, placement.name, placement.hostPort};
                    (*self)(index + 1);
                };
                const auto failed = [done, hostName, placement](const Error &error) {
                    done(Error{error.kind, 0, tr("%1 on %2: %3").arg(placement.name, hostName, error.message)});
                };
                for (const ContainerSummary &summary : existing) {
                    if (summary.name != placement.name)
                        continue;
                    if (summary.state == QLatin1String("running"))
                        return record(summary.id);
                    client->startContainer(summary.id, this,
                                           [record, failed, id = summary.id](const Result<void> &started) {
                                               started ? record(id) : failed(started.error());
                                           });
                    return;
                }
                ContainerSpec spec;
                spec.name = placement.name;
                spec.image = m_options.tomcat.tag;
                spec.labels = {{kFleetLabel, fleetName},
                               {QStringLiteral("quayside.pool"), m_options.pool},
                               {QStringLiteral("quayside.port"), QString::number(m_options.tomcatPort)}};
                spec.ports = {PortBinding{m_options.tomcatPort, QStringLiteral("tcp"), QString(), placement.hostPort}};
                spec.restartPolicy = RestartPolicy::UnlessStopped;
                note(tr("%1: starting %2 on port %3").arg(hostName, placement.name).arg(placement.hostPort));
                client->createContainer(spec, this, [this, client, record, failed](const Result<QString> &created) {
                    if (!created)
                        return failed(created.error());
                    client->startContainer(created.value(), this,
                                           [record, failed, id = created.value()](const Result<void> &started) {
                                               started ? record(id) : failed(started.error());
                                           });
                });
            };
            (*next)(0);
        });
}

QString FleetProvisioner::checkToken()
{
    if (!m_checkToken.isEmpty())
        return m_checkToken;
    if (QFileInfo::exists(m_options.balancerPath)) {
        const auto kept = BalancerFile::load(m_options.balancerPath);
        if (kept && !kept.value().checkToken.isEmpty())
            m_checkToken = kept.value().checkToken;
    }
    if (m_checkToken.isEmpty())
        m_checkToken = BalancerConfig::makeCheckToken();
    return m_checkToken;
}

void FleetProvisioner::deployBackends(Fleet &fleet, Callback<void> done)
{
    const QString name = fleet.name + QStringLiteral("-nginx");
    connectHost(fleet, name, [this, &fleet, name, done](const Result<Host *> &connected) {
        if (!connected)
            return done(connected.error());
        const BalancerConfig config = balancerFor(fleet, m_options, checkToken());
        m_deployer = std::make_unique<NginxDeployer>(connected.value()->shell.get(), NginxDeployTarget{});
        connect(m_deployer.get(), &NginxDeployer::progress, this,
                [this, name](const QString &line) { Q_EMIT output(name, line); });
        m_deployer->deploy(config, this, [this, &fleet, config, name, done](const Result<DeployedVersion> &deployed) {
            if (!deployed)
                return done(Error{deployed.error().kind, 0, tr("%1: %2").arg(name, deployed.error().message)});
            note(deployed.value().unchanged
                     ? tr("nginx serves these backends already (version %1).").arg(deployed.value().number)
                     : tr("nginx serves %1 backends as version %2.")
                           .arg(config.pools.first().servers.size())
                           .arg(deployed.value().number));
            const auto saved = BalancerFile::save(m_options.balancerPath, config);
            if (!saved)
                return done(saved);
            // nginx no longer sends to containers beyond the wanted ones (scaled down), and its old workers
            // finished their requests: they can go.
            retireExtras(fleet, done);
        });
    });
}

void FleetProvisioner::retireExtras(Fleet &fleet, Callback<void> done)
{
    QSet<QString> kept;
    for (const FleetContainer &container : fleet.containerList)
        kept << container.id;
    const QStringList hosts = dockerHosts(fleet);
    auto *together = new Together(int(hosts.size()), done, this);
    for (const QString &hostName : hosts) {
        DockerClient *client = docker(fleet, hostName);
        client->containers(
            {{kFleetLabel, fleet.name}}, true, this,
            [this, client, hostName, kept, together](const Result<QList<ContainerSummary>> &found) {
                if (!found)
                    return together->ended(
                        Error{found.error().kind, 0, tr("%1: %2").arg(hostName, found.error().message)});
                QStringList extra;
                for (const ContainerSummary &summary : found.value()) {
                    if (!kept.contains(summary.id))
                        extra << summary.id;
                }
                if (extra.isEmpty())
                    return together->ended(Result<void>());
                auto *removals = new Together(
                    int(extra.size()), [together](const Result<void> &all) { together->ended(all); }, this);
                for (const QString &id : extra) {
                    note(tr("%1: removing container %2, which nginx no longer uses").arg(hostName, id.left(12)));
                    client->removeContainer(id, true, this,
                                            [removals](const Result<void> &removed) { removals->ended(removed); });
                }
            });
    }
}

void FleetProvisioner::finalCheck(Fleet &fleet, Callback<void> done)
{
    const FleetServer *nginx = fleet.server(fleet.name + QStringLiteral("-nginx"));
    if (!nginx || nginx->address.isEmpty())
        return done(Error{Error::Kind::Internal, 0, tr("The nginx host has no address in the fleet record.")});
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(nginx->address);
    url.setPath(QStringLiteral("/"));
    QSet<QString> expected;
    for (const FleetContainer &container : fleet.containerList) {
        if (const FleetServer *host = fleet.server(container.host))
            expected << backendOf(host->address, container.hostPort);
    }
    note(tr("Waiting until each of the %1 containers answers through %2.").arg(expected.size()).arg(url.toString()));
    auto *check = new FinalCheck(m_network, url, checkToken(), !m_options.tomcat.war.isEmpty(), expected,
                                 m_options.checkRequests, m_options.tomcatReadyMs, this);
    connect(check, &FinalCheck::ended, this, [this, check, done](const Result<void> &result) {
        m_lastCheck = check->report();
        check->deleteLater();
        QStringList served;
        for (auto it = m_lastCheck.backends.cbegin(); it != m_lastCheck.backends.cend(); ++it)
            served << tr("%1 served %2").arg(it.key()).arg(it.value());
        if (m_lastCheck.requests > 0)
            note(tr("%1 of %2 requests through %3 got the page: %4.")
                     .arg(m_lastCheck.answered)
                     .arg(m_lastCheck.requests)
                     .arg(m_lastCheck.url, served.join(QStringLiteral(", "))));
        done(result);
    });
    check->start();
}

} // namespace quayside

#include "FleetProvisioner.moc"
