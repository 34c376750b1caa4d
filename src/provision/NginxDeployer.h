#pragma once

#include "nginx/BalancerApplier.h"
#include "nginx/NginxRenderer.h"
#include "provision/RemoteShell.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPointer>

namespace quayside {

// Where nginx keeps its configuration on the balancer, and where Quayside keeps its versions. The defaults
// are Debian's nginx package.
struct NginxDeployTarget
{
    QString configRoot = QStringLiteral("/etc/nginx"); // copied whole to check a candidate
    QString mainConfig = QStringLiteral("/etc/nginx/nginx.conf");
    QString confDirectory = QStringLiteral("/etc/nginx/conf.d");
    QString backendsName = QStringLiteral("backends");
    QString siteName = QStringLiteral("default.conf");
    QString stateDirectory = QStringLiteral("/var/lib/quayside/nginx");
    QString nginx = QStringLiteral("nginx"); // the program
    QString prefix;                          // nginx -p; empty: the one nginx was built with
    QString pidFile = QStringLiteral("/run/nginx.pid");
    int lockTimeoutS = 60;   // how long a deployment waits for another one to the same balancer
    int reloadTimeoutS = 10; // how long nginx may take to start the new workers after a reload
    int drainTimeoutS = 60;  // how long nginx's old workers may take to finish their requests

    // Absolute plain paths (letters, digits, "_", ".", "-", "/"), the main config and conf.d inside the
    // configuration root, the state folder outside it.
    Result<void> validate() const;
};

struct DeployedVersion
{
    enum class Origin { Deployed, FoundOnHost, RolledBack };

    int number = -1;
    QDateTime deployedAt;
    QByteArray sha256; // hex digest of the backends file followed by the site file
    bool current = false;
    Origin origin = Origin::Deployed;
    int restoredFrom = -1; // RolledBack: the version whose files it carries
    QString note;          // for people: "found on the host", "roll back to version 3" (translated)
    // deploy(), rollback(): the files asked for were in service already, so nothing was done.
    bool unchanged = false;
};

// Deploys the balancer's configuration to an nginx host over a RemoteShell, keeping every version.
//
// On the host (resources/recipes/nginx-deploy/common.sh draws it): each version's files live in
// stateDirectory/versions/NNNNNN and never change; stateDirectory/current links to the version in service;
// the live conf.d files link into `current`. A deployment uploads the candidate beside the versions, has
// nginx check it in a copy of configRoot (the live tree is not touched), keeps it as a new version, swaps
// `current` with one rename, reloads nginx and waits until its old workers are gone. A flock on the host
// serializes deployments. Hand-written live files found on the first deployment are kept as a version
// first, so a roll back can return to them. Every failure before the swap leaves the live files and the
// running nginx as they were; a reload nginx refuses puts the previous version back. The host finishes a
// deployment whose connection drops; one killed between its swap and its reload (a timeout) is reloaded
// by the next deployment, which knows from stateDirectory/loaded.
class NginxDeployer : public BalancerApplier
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    NginxDeployer(RemoteShell *shell, NginxDeployTarget target, QObject *parent = nullptr);

    const NginxDeployTarget &target() const { return m_target; }

    // Deploys `config` and reports the version in service. A model that renders the files in service
    // makes no new version and no reload: the current version is reported.
    // A Timeout error after the swap says so: the new version is in service, but nginx's old workers still
    // held requests when drainTimeoutS ran out.
    void deploy(const BalancerConfig &config, QObject *context, Callback<DeployedVersion> done);
    void apply(const BalancerConfig &config, QObject *context, Done done) override;

    // Every version kept on the host, oldest first.
    void versions(QObject *context, Callback<QList<DeployedVersion>> done);
    // A unified diff of both files from version `from` to version `to`; empty when they are the same.
    void diff(int from, int to, QObject *context, Callback<QString> done);
    void fetch(int version, QObject *context, Callback<RenderedBalancer> done);
    // Puts the files of the version before the current one back in service, as a new version checked like
    // any deployment. Before a version that was itself a roll back means before the version it restored,
    // so rolling back again goes further back.
    void rollback(QObject *context, Callback<DeployedVersion> done);
    void rollbackTo(int version, QObject *context, Callback<DeployedVersion> done);

Q_SIGNALS:
    // What the deployment is doing, a line at a time, for a live log.
    void progress(const QString &line);

private:
    struct Outcome;
    using Variables = QMap<QString, QString>;

    Variables variables() const;
    void runScript(const QString &name, const Variables &extra, int timeoutMs, QObject *context,
                   Callback<Outcome> done);
    // Best effort: an upload that failed leaves no files behind (or prepare.sh removes them an hour later).
    void discard(const QString &incoming);
    void runDeploy(const QString &mode, const Variables &extra, QObject *context, Callback<DeployedVersion> done);
    // A script that only reads: its outcome turned into a T by `read`, or the error.
    template<typename T>
    void query(const QString &script, const Variables &extra, const QString &action, QObject *context, Callback<T> done,
               std::function<T(const Outcome &)> read);
    Error failure(const Outcome &outcome, const QString &action) const;
    void onScriptLine(const QString &line);
    Result<DeployedVersion> finishedVersion(const Outcome &outcome) const;
    static DeployedVersion parseVersion(const QString &line);

    QPointer<RemoteShell> m_shell;
    NginxDeployTarget m_target;
};

} // namespace quayside
