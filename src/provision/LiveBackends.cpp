#include "provision/LiveBackends.h"

#include "core/Guarded.h"
#include "core/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <tuple>

namespace quayside {

namespace {

const QString kPoolLabel = QStringLiteral("quayside.pool");
const QString kPortLabel = QStringLiteral("quayside.port");
const QString kWeightLabel = QStringLiteral("quayside.weight");

// A pool nginx must accept although nothing serves it: one server that is never sent anything.
UpstreamServer placeholderServer()
{
    UpstreamServer server;
    server.address = QStringLiteral("127.0.0.1");
    server.port = 9; // discard: nothing is sent there, the server is down
    server.down = true;
    return server;
}

// "8080", "8080/tcp" or "53/udp".
bool parseServicePort(const QString &label, int *port, QString *protocol)
{
    const QStringList parts = label.split(QLatin1Char('/'));
    if (parts.size() > 2)
        return false;
    bool ok = false;
    *port = parts.first().toInt(&ok);
    *protocol = parts.size() == 2 ? parts.at(1) : QStringLiteral("tcp");
    return ok && *port > 0 && *port < 65536 && !protocol->isEmpty();
}

void deliverLater(QObject *context, const LiveBackends::Done &done, const Result<void> &result)
{
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

} // namespace

LiveBackends::LiveBackends(BalancerApplier *applier, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_applier(applier)
    , m_network(network)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(300);
    m_most.setSingleShot(true);
    m_most.setInterval(2000);
    connect(&m_quiet, &QTimer::timeout, this, &LiveBackends::flushChanges);
    connect(&m_most, &QTimer::timeout, this, &LiveBackends::flushChanges);
    m_applyRetry.setSingleShot(true);
    connect(&m_applyRetry, &QTimer::timeout, this, &LiveBackends::reconcile);
    connect(&m_healthTimer, &QTimer::timeout, this, &LiveBackends::checkHealth);
}

LiveBackends::~LiveBackends()
{
    stop();
}

void LiveBackends::setTemplate(const BalancerConfig &config)
{
    m_template = config;
    if (m_running)
        reconcile();
}

void LiveBackends::setDebounce(int quietMs, int mostMs)
{
    m_quiet.setInterval(quietMs);
    m_most.setInterval(std::max(quietMs, mostMs));
}

void LiveBackends::setHealthChecks(const HealthCheckSettings &settings)
{
    m_health = settings;
    m_health.fall = std::max(1, m_health.fall);
    m_health.rise = std::max(1, m_health.rise);
    m_healthTimer.setInterval(std::max(100, m_health.intervalMs));
}

void LiveBackends::setRetryDelays(int firstMs, int mostMs)
{
    m_firstRetryMs = firstMs;
    m_mostRetryMs = std::max(firstMs, mostMs);
    m_nextApplyRetryMs = firstMs;
    for (const auto &host : std::as_const(m_hosts)) {
        host->events->setRetryDelays(m_firstRetryMs, m_mostRetryMs);
        host->nextRetryMs = m_firstRetryMs;
    }
}

void LiveBackends::addHost(const QString &name, DockerClient *client, const QString &backendAddress)
{
    removeHost(name);
    auto host = std::make_shared<Host>();
    host->name = name;
    host->client = client;
    host->backendAddress = backendAddress;
    host->nextRetryMs = m_firstRetryMs;
    // Only what changes a pool: a container with the pool label starting, ending or pausing.
    host->events = std::make_unique<DockerEventStream>(
        client, QMap<QString, QStringList>{
                    {QStringLiteral("type"), {QStringLiteral("container")}},
                    {QStringLiteral("label"), {kPoolLabel}},
                    {QStringLiteral("event"),
                     {QStringLiteral("start"), QStringLiteral("die"), QStringLiteral("stop"), QStringLiteral("kill"),
                      QStringLiteral("destroy"), QStringLiteral("pause"), QStringLiteral("unpause")}}});
    host->events->setRetryDelays(m_firstRetryMs, m_mostRetryMs);
    m_hosts << host;
    connectEvents(*host);
    if (m_running) {
        host->events->start();
        list(*host);
    }
}

void LiveBackends::removeHost(const QString &name)
{
    for (int i = 0; i < m_hosts.size(); ++i) {
        if (m_hosts.at(i)->name != name)
            continue;
        const std::shared_ptr<Host> host = m_hosts.takeAt(i);
        host->events->stop();
        m_dirtyHosts.remove(name);
        QSet<QString> pools;
        for (const LiveBackend &backend : std::as_const(host->backends)) {
            pools << backend.pool;
            m_healthState.remove(keyOf(name, backend.containerId));
            m_draining.remove(keyOf(name, backend.containerId));
        }
        for (const QString &pool : std::as_const(pools))
            Q_EMIT poolChanged(pool);
        if (m_running)
            reconcile();
        return;
    }
}

void LiveBackends::connectEvents(Host &host)
{
    const QString name = host.name;
    connect(host.events.get(), &DockerEventStream::eventReceived, this, [this, name](const DockerEvent &event) {
        qCDebug(lcProvision) << "live backends:" << name << event.action << event.actorId.left(12);
        changed(name);
    });
    // Listing again after every (re)connection catches whatever happened while the stream was away.
    connect(host.events.get(), &DockerEventStream::connected, this, [this, name] {
        if (Host *found = findHost(name)) {
            setReachable(*found, true, QString());
            changed(name);
        }
    });
    connect(host.events.get(), &DockerEventStream::connectionLost, this,
            [this, name](const Error &error, int retryInMs) {
                Host *found = findHost(name);
                if (!found)
                    return;
                setReachable(*found, false,
                             tr("Lost the events of %1 (%2); keeping its last known backends and trying again in "
                                "%3 s.")
                                 .arg(name, error.message)
                                 .arg(retryInMs / 1000.0, 0, 'f', 1));
            });
}

void LiveBackends::start()
{
    if (m_running)
        return;
    m_running = true;
    m_healthTimer.setInterval(std::max(100, m_health.intervalMs));
    m_healthTimer.start();
    for (const auto &host : std::as_const(m_hosts)) {
        host->events->start();
        list(*host);
    }
}

void LiveBackends::stop()
{
    m_running = false;
    m_quiet.stop();
    m_most.stop();
    m_applyRetry.stop();
    m_healthTimer.stop();
    for (const auto &host : std::as_const(m_hosts))
        host->events->stop();
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_checks)) {
        if (reply)
            reply->abort();
    }
    m_checks.clear();
}

LiveBackends::Host *LiveBackends::findHost(const QString &name)
{
    for (const auto &host : std::as_const(m_hosts)) {
        if (host->name == name)
            return host.get();
    }
    return nullptr;
}

bool LiveBackends::isHostReachable(const QString &hostName) const
{
    for (const auto &host : m_hosts) {
        if (host->name == hostName)
            return host->reachable;
    }
    return false;
}

QList<LiveBackend> LiveBackends::backends() const
{
    QList<LiveBackend> all;
    for (const auto &host : m_hosts)
        all << host->backends;
    return all;
}

LiveBackend *LiveBackends::findBackend(const QString &key)
{
    for (const auto &host : std::as_const(m_hosts)) {
        for (LiveBackend &backend : host->backends) {
            if (keyOf(backend.host, backend.containerId) == key)
                return &backend;
        }
    }
    return nullptr;
}

const LiveBackend *LiveBackends::findBackend(const QString &key) const
{
    return const_cast<LiveBackends *>(this)->findBackend(key);
}

void LiveBackends::changed(const QString &host)
{
    if (!m_running)
        return;
    m_dirtyHosts.insert(host);
    m_quiet.start(); // restarted by every change: waits for a quiet moment
    if (!m_most.isActive())
        m_most.start(); // not restarted: a steady trickle of changes still gets deployed
}

void LiveBackends::flushChanges()
{
    m_quiet.stop();
    m_most.stop();
    const QSet<QString> dirty = std::exchange(m_dirtyHosts, {});
    for (const QString &name : dirty) {
        if (Host *host = findHost(name))
            list(*host);
    }
}

void LiveBackends::list(Host &host)
{
    if (host.listing) {
        host.relist = true;
        return;
    }
    if (!host.client) {
        setReachable(host, false, tr("There is no Docker client for %1.").arg(host.name));
        return;
    }
    host.listing = true;
    const QString name = host.name;
    host.client->containers({{kPoolLabel, QString()}}, false, this,
                            [this, name](const Result<QList<ContainerSummary>> &result) { listed(name, result); });
}

void LiveBackends::listed(const QString &hostName, const Result<QList<ContainerSummary>> &result)
{
    Host *host = findHost(hostName);
    if (!host)
        return;
    host->listing = false;
    QSet<QString> changedPools;
    if (!result) {
        setReachable(*host, false,
                     tr("Could not list the containers of %1 (%2); keeping its last known backends.")
                         .arg(hostName, result.error().message));
        host = findHost(hostName);
        if (!host)
            return; // a slot removed it
        const int delay = host->nextRetryMs;
        host->nextRetryMs = std::min(host->nextRetryMs * 2, m_mostRetryMs);
        QTimer::singleShot(delay, this, [this, hostName] { changed(hostName); });
    } else {
        setReachable(*host, true, QString());
        host = findHost(hostName);
        if (!host)
            return; // a slot removed it
        host->listed = true;
        host->nextRetryMs = m_firstRetryMs;
        const QList<LiveBackend> before = host->backends;
        host->backends = backendsFrom(*host, result.value());
        QSet<QString> pools;
        QSet<QString> present;
        for (const LiveBackend &backend : std::as_const(host->backends))
            present << backend.containerId;
        for (const LiveBackend &old : before) {
            if (!present.contains(old.containerId)) {
                pools << old.pool;
                m_healthState.remove(keyOf(hostName, old.containerId));
                m_draining.remove(keyOf(hostName, old.containerId));
            }
        }
        for (const LiveBackend &now : std::as_const(host->backends)) {
            const auto old = std::find_if(before.begin(), before.end(),
                                          [&now](const LiveBackend &b) { return b.containerId == now.containerId; });
            if (old == before.end() || old->pool != now.pool || old->port != now.port || old->weight != now.weight) {
                pools << now.pool;
                if (old != before.end())
                    pools << old->pool;
            }
        }
        changedPools = pools;
    }
    const bool again = std::exchange(host->relist, false);
    // Last, as a slot may add or remove hosts.
    for (const QString &pool : std::as_const(changedPools))
        Q_EMIT poolChanged(pool);
    if (again) {
        if (Host *found = findHost(hostName))
            list(*found);
        return;
    }
    // A batch of listings becomes one deployment once the last of them is in.
    const bool anyListing =
        std::any_of(m_hosts.begin(), m_hosts.end(), [](const std::shared_ptr<Host> &h) { return h->listing; });
    if (!anyListing)
        reconcile();
}

void LiveBackends::setReachable(Host &host, bool reachable, const QString &message)
{
    if (!reachable)
        qCWarning(lcProvision).noquote() << message;
    if (host.reachable == reachable)
        return;
    host.reachable = reachable;
    if (reachable)
        qCInfo(lcProvision) << "live backends:" << host.name << "reachable again";
    Q_EMIT hostReachabilityChanged(host.name, reachable, message);
}

QList<LiveBackend> LiveBackends::backendsFrom(const Host &host, const QList<ContainerSummary> &containers) const
{
    QList<LiveBackend> result;
    for (const ContainerSummary &container : containers) {
        // Only a running container serves; a paused or restarting one is left out until it runs again.
        const QString pool = container.labels.value(kPoolLabel);
        if (container.state != QLatin1String("running") || pool.isEmpty())
            continue;
        int servicePort = 8080;
        QString protocol = QStringLiteral("tcp");
        if (container.labels.contains(kPortLabel) &&
            !parseServicePort(container.labels.value(kPortLabel), &servicePort, &protocol)) {
            qCWarning(lcProvision) << "live backends: container" << container.name << "on" << host.name
                                   << "has an unusable" << kPortLabel << "label:" << container.labels.value(kPortLabel);
            continue;
        }
        int hostPort = 0;
        for (const PortBinding &binding : container.ports) {
            if (binding.containerPort != servicePort || binding.protocol != protocol || binding.hostPort <= 0)
                continue;
            // The engine lists a port published on every address once per family; either gives the port.
            hostPort = binding.hostPort;
            break;
        }
        if (hostPort == 0) {
            qCWarning(lcProvision) << "live backends: container" << container.name << "on" << host.name
                                   << "does not publish port" << servicePort << "- it cannot join pool" << pool;
            continue;
        }
        LiveBackend backend;
        backend.host = host.name;
        backend.containerId = container.id;
        backend.containerName = container.name;
        backend.pool = pool;
        backend.address = host.backendAddress;
        backend.port = hostPort;
        bool weightOk = true;
        if (container.labels.contains(kWeightLabel))
            backend.weight = container.labels.value(kWeightLabel).toInt(&weightOk);
        if (!weightOk || backend.weight < 1 || backend.weight > 1000) {
            qCWarning(lcProvision) << "live backends: container" << container.name << "has an unusable" << kWeightLabel
                                   << "label; using weight 1";
            backend.weight = 1;
        }
        const auto previous =
            std::find_if(host.backends.begin(), host.backends.end(),
                         [&container](const LiveBackend &b) { return b.containerId == container.id; });
        backend.healthy = previous == host.backends.end() || previous->healthy;
        backend.draining = m_draining.contains(keyOf(host.name, container.id));
        result << backend;
    }
    return result;
}

BalancerConfig LiveBackends::desiredConfig() const
{
    QList<LiveBackend> all = backends();
    // A fixed order, so that the same backends always render the same bytes.
    std::sort(all.begin(), all.end(), [](const LiveBackend &a, const LiveBackend &b) {
        return std::tie(a.host, a.containerName, a.containerId) < std::tie(b.host, b.containerName, b.containerId);
    });
    BalancerConfig config = m_template;
    for (UpstreamPool &pool : config.pools) {
        for (const LiveBackend &backend : std::as_const(all)) {
            if (backend.pool != pool.name)
                continue;
            UpstreamServer server;
            server.address = backend.address;
            server.port = backend.port;
            server.weight = backend.weight;
            server.down = backend.down();
            pool.servers << server;
        }
        if (pool.servers.isEmpty())
            pool.servers << placeholderServer();
    }
    return config;
}

bool LiveBackends::allListed() const
{
    return std::all_of(m_hosts.begin(), m_hosts.end(), [](const std::shared_ptr<Host> &h) { return h->listed; });
}

void LiveBackends::reconcile()
{
    if (!m_running || !allListed())
        return;
    if (m_applying) {
        m_reconcileAgain = true;
        return;
    }
    m_applyRetry.stop();
    const BalancerConfig desired = desiredConfig();
    if (m_hasApplied && desired == m_applied) {
        settleDrains(m_applied, std::nullopt);
        return;
    }
    if (!m_applier) {
        const Error error{Error::Kind::Internal, 0, tr("No load balancer is set to receive the live backends.")};
        Q_EMIT applied(false, error.message);
        settleDrains(desired, error);
        return;
    }
    m_applying = true;
    qCInfo(lcProvision) << "live backends: deploying the balancer";
    m_applier->apply(desired, this, [this, desired](const Result<void> &result) { finishApply(desired, result); });
}

void LiveBackends::finishApply(const BalancerConfig &config, const Result<void> &result)
{
    m_applying = false;
    if (result) {
        m_applied = config;
        m_hasApplied = true;
        ++m_applyCount;
        m_nextApplyRetryMs = m_firstRetryMs;
        qCInfo(lcProvision) << "live backends: balancer deployed";
        Q_EMIT applied(true, QString());
        settleDrains(config, std::nullopt);
    } else {
        qCWarning(lcProvision).noquote() << "live backends: deployment failed:" << result.error().message;
        Q_EMIT applied(false, result.error().message);
        settleDrains(config, result.error());
        if (!m_reconcileAgain) {
            m_applyRetry.start(m_nextApplyRetryMs);
            m_nextApplyRetryMs = std::min(m_nextApplyRetryMs * 2, m_mostRetryMs);
        }
    }
    if (std::exchange(m_reconcileAgain, false))
        reconcile();
}

bool LiveBackends::sendsNothingTo(const BalancerConfig &config, const QString &key) const
{
    const LiveBackend *backend = findBackend(key);
    if (!backend)
        return true;
    for (const UpstreamPool &pool : config.pools) {
        if (pool.name != backend->pool)
            continue;
        for (const UpstreamServer &server : pool.servers) {
            if (server.address == backend->address && server.port == backend->port && !server.down)
                return false;
        }
    }
    return true;
}

void LiveBackends::settleDrains(const BalancerConfig &attempt, const std::optional<Error> &failure)
{
    QList<DrainWaiter> waiting = std::exchange(m_drainWaiters, {});
    for (DrainWaiter &waiter : waiting) {
        const bool inAttempt = sendsNothingTo(attempt, waiter.key);
        if (!failure && m_hasApplied && inAttempt && sendsNothingTo(m_applied, waiter.key)) {
            waiter.done(Result<void>());
        } else if (failure && inAttempt) {
            // The drain did not take effect: the backend is back as it was, still serving.
            m_draining.remove(waiter.key);
            if (LiveBackend *backend = findBackend(waiter.key))
                backend->draining = false;
            waiter.done(*failure);
        } else {
            m_drainWaiters << waiter;
        }
    }
}

void LiveBackends::drain(const QString &hostName, const QString &containerId, QObject *context, Done done)
{
    Done reply = guarded<void>(context, std::move(done));
    LiveBackend *backend = nullptr;
    if (Host *host = findHost(hostName)) {
        for (LiveBackend &candidate : host->backends) {
            if (!containerId.isEmpty() && candidate.containerId.startsWith(containerId))
                backend = &candidate;
        }
    }
    if (!backend) {
        deliverLater(this, reply,
                     Error{Error::Kind::NotFound, 0,
                           tr("Container %1 on %2 is not a backend of any pool.").arg(containerId, hostName)});
        return;
    }
    const QString key = keyOf(hostName, backend->containerId);
    qCInfo(lcProvision) << "live backends: draining" << backend->containerName << "on" << hostName;
    m_draining.insert(key);
    if (!backend->draining) {
        backend->draining = true;
        Q_EMIT poolChanged(backend->pool);
    }
    m_drainWaiters << DrainWaiter{key, reply};
    reconcile();
}

void LiveBackends::retire(const QString &hostName, const QString &containerId, int graceSeconds, QObject *context,
                          Done done)
{
    Done reply = guarded<void>(context, std::move(done));
    drain(hostName, containerId, this, [this, hostName, containerId, graceSeconds, reply](const Result<void> &drained) {
        if (!drained) {
            reply(drained);
            return;
        }
        Host *host = findHost(hostName);
        if (!host || !host->client) {
            reply(Error{Error::Kind::NotFound, 0, tr("Host %1 is no longer followed.").arg(hostName)});
            return;
        }
        qCInfo(lcProvision) << "live backends: stopping" << containerId.left(12) << "on" << hostName;
        host->client->stopContainer(containerId, graceSeconds, this, reply);
    });
}

void LiveBackends::checkHealth()
{
    if (!m_network)
        return;
    m_checks.removeAll(QPointer<QNetworkReply>());
    for (const LiveBackend &backend : backends()) {
        const QString key = keyOf(backend.host, backend.containerId);
        HealthState &state = m_healthState[key];
        if (state.checking)
            continue;
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(backend.address);
        url.setPort(backend.port);
        url.setPath(m_health.path);
        QNetworkRequest request(url);
        request.setTransferTimeout(m_health.timeoutMs);
        // A fresh connection each time: a check must see whether the backend accepts one now.
        request.setRawHeader("Connection", "close");
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        state.checking = true;
        QNetworkReply *reply = m_network->get(request);
        m_checks << reply;
        connect(reply, &QNetworkReply::finished, this, [this, reply, key] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 400;
            recordHealth(key, ok,
                         reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                  : QStringLiteral("HTTP %1").arg(status));
        });
    }
}

void LiveBackends::recordHealth(const QString &key, bool ok, const QString &why)
{
    const auto stateIt = m_healthState.find(key);
    LiveBackend *backend = findBackend(key);
    if (stateIt == m_healthState.end())
        return;
    if (!backend) {
        m_healthState.erase(stateIt);
        return;
    }
    HealthState &state = *stateIt;
    state.checking = false;
    if (!m_running)
        return; // aborted by stop(): says nothing about the backend
    if (ok) {
        state.failures = 0;
        ++state.successes;
    } else {
        state.successes = 0;
        ++state.failures;
        qCDebug(lcProvision) << "live backends: health check of" << backend->containerName << "failed:" << why;
    }
    const bool flips = backend->healthy ? state.failures >= m_health.fall : state.successes >= m_health.rise;
    if (!flips)
        return;
    backend->healthy = !backend->healthy;
    qCInfo(lcProvision) << "live backends:" << backend->containerName << "on" << backend->host
                        << (backend->healthy ? "is healthy again" : "failed its health checks:") << why;
    const QString pool = backend->pool;
    Q_EMIT backendHealthChanged(backend->host, backend->containerId, backend->healthy);
    Q_EMIT poolChanged(pool);
    reconcile();
}

} // namespace quayside
