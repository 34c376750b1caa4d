#pragma once

#include "docker/DockerClient.h"
#include "docker/DockerEventStream.h"
#include "nginx/BalancerApplier.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace quayside {

// One running container serving a pool, as the balancer sees it.
struct LiveBackend
{
    QString host;        // the name given to addHost()
    QString containerId; // the engine's full id
    QString containerName;
    QString pool;
    QString address; // how nginx reaches the container's host
    int port = 0;    // the host port published for the container's service port
    int weight = 1;
    bool healthy = true;   // false after `fall` failed health checks in a row
    bool draining = false; // drain() or retire() asked for it: sent nothing
    bool down() const { return draining || !healthy; }
};

struct HealthCheckSettings
{
    int intervalMs = 5000;
    int timeoutMs = 2000;
    int fall = 3; // consecutive failures that mark a backend down
    int rise = 2; // consecutive successes that bring it back
    QString path = QStringLiteral("/");
};

// Keeps nginx's pools in step with the containers that run on a fleet's hosts.
//
// A container joins pool P when it runs with the label quayside.pool=P; nginx reaches it at its host's
// backend address on the host port the engine published for its service port (label quayside.port,
// default 8080/tcp); quayside.weight sets its weight. Each host's event stream only says *that* something
// changed: the host's containers are then listed again, which is right however many events were missed,
// repeated or reordered. Changes are debounced (a quiet window capped by a longest delay), so a burst of
// starts becomes one deployment; one deployment runs at a time, changes made meanwhile become exactly one
// more, and a configuration equal to the one in service is not deployed again. A host that cannot be
// reached keeps its last known backends (the health checks still see whether they answer) rather than
// emptying its pools. Health checks (HTTP GET from where Quayside runs) mark a backend down after `fall`
// failures and up again after `rise` successes. drain() and retire() take a backend out without failing a
// request: it is marked down, and only once nginx's old workers have finished is anything stopped.
class LiveBackends : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<void> &)>;

    // `applier` puts configurations in service; `network` carries the health checks. Neither is owned.
    LiveBackends(BalancerApplier *applier, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~LiveBackends() override;

    // The sites and pools (method, keepalive, ...) to deploy. Servers listed in a pool stay in it; the live
    // backends are added to them. A pool left with no server gets one placeholder marked down, so that nginx
    // accepts the configuration and answers 502 at once rather than keeping servers that are gone.
    void setTemplate(const BalancerConfig &config);
    // The quiet window a change waits for, and the longest it waits however busy the engines are.
    void setDebounce(int quietMs, int mostMs);
    void setHealthChecks(const HealthCheckSettings &settings);
    // Pauses of a host's event stream before it reconnects, and before a failed listing is tried again.
    void setRetryDelays(int firstMs, int mostMs);

    // A host whose containers may serve pools: `client` (not owned) reaches its engine, nginx reaches its
    // published ports at `backendAddress`.
    void addHost(const QString &name, DockerClient *client, const QString &backendAddress);
    void removeHost(const QString &name);

    // Follows every host's events and lists their containers. The first deployment waits until every host
    // has answered once (removeHost() drops one that never will): deploying without a host's backends
    // could take servers that work out of service.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    QList<LiveBackend> backends() const;
    // What was last put in service (empty before the first deployment).
    const BalancerConfig &appliedConfig() const { return m_applied; }
    int applyCount() const { return m_applyCount; } // deployments that succeeded
    bool isHostReachable(const QString &hostName) const;

    // Marks the container's backend down and deploys; `done` runs once nginx sends it nothing more.
    void drain(const QString &hostName, const QString &containerId, QObject *context, Done done);
    // Drains, then stops the container; it leaves its pool when the engine reports it stopped.
    void retire(const QString &hostName, const QString &containerId, int graceSeconds, QObject *context, Done done);

Q_SIGNALS:
    // The backends of `pool`, or their state, changed (a deployment follows).
    void poolChanged(const QString &pool);
    void backendHealthChanged(const QString &host, const QString &containerId, bool healthy);
    void hostReachabilityChanged(const QString &host, bool reachable, const QString &message);
    // A deployment finished: ok, or the applier's message (the configuration before stays in service).
    void applied(bool ok, const QString &message);

private:
    struct Host
    {
        QString name;
        QPointer<DockerClient> client;
        QString backendAddress;
        std::unique_ptr<DockerEventStream> events;
        QList<LiveBackend> backends;
        // Listed successfully at least once. Until every host has been, nothing is deployed: a pool
        // deployed without an unknown host's backends could take working servers out of service.
        bool listed = false;
        bool listing = false; // a listing is in flight
        bool relist = false;  // another is due once it finishes
        bool reachable = true;
        int nextRetryMs = 0;
    };
    struct HealthState
    {
        int failures = 0;
        int successes = 0;
        bool checking = false;
    };
    struct DrainWaiter
    {
        QString key;
        Done done; // guarded by the caller's context
    };

    static QString keyOf(const QString &host, const QString &containerId)
    {
        return host + QLatin1Char('/') + containerId;
    }
    Host *findHost(const QString &name);
    void connectEvents(Host &host);
    void changed(const QString &host);
    void flushChanges();
    void list(Host &host);
    void listed(const QString &hostName, const Result<QList<ContainerSummary>> &result);
    void setReachable(Host &host, bool reachable, const QString &message);
    QList<LiveBackend> backendsFrom(const Host &host, const QList<ContainerSummary> &containers) const;
    BalancerConfig desiredConfig() const;
    void reconcile();
    void finishApply(const BalancerConfig &config, const Result<void> &result);
    // Runs the drains that `attempt` (put in service, or failed with `failure`) settles.
    void settleDrains(const BalancerConfig &attempt, const std::optional<Error> &failure);
    // Whether `config` sends the backend `key` nothing: it is down there, or its container is gone.
    bool sendsNothingTo(const BalancerConfig &config, const QString &key) const;
    bool allListed() const;
    void checkHealth();
    void recordHealth(const QString &key, bool ok, const QString &why);
    LiveBackend *findBackend(const QString &key);
    const LiveBackend *findBackend(const QString &key) const;

    QPointer<BalancerApplier> m_applier;
    QPointer<QNetworkAccessManager> m_network;
    BalancerConfig m_template;
    QList<std::shared_ptr<Host>> m_hosts;
    bool m_running = false;

    QTimer m_quiet;
    QTimer m_most;
    QSet<QString> m_dirtyHosts;
    int m_firstRetryMs = 1000;
    int m_mostRetryMs = 30000;

    bool m_applying = false;
    bool m_reconcileAgain = false;
    BalancerConfig m_applied;
    bool m_hasApplied = false;
    int m_applyCount = 0;
    QTimer m_applyRetry;
    int m_nextApplyRetryMs = 1000;

    HealthCheckSettings m_health;
    QTimer m_healthTimer;
    QHash<QString, HealthState> m_healthState;
    QList<QPointer<QNetworkReply>> m_checks;
    QSet<QString> m_draining;
    QList<DrainWaiter> m_drainWaiters;
};

} // namespace quayside
