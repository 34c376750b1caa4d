#pragma once

#include "core/Fleet.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>

#include <functional>

namespace quayside {

class NovaClient;
struct NovaServer;

// The seed's plan for a fleet, as ordered phases over a fleet record (Fleet) that is saved after every
// step, so that running it again after an interruption skips what finished and picks up what was half
// done. The cloud phases are done here with NovaClient; the phases that work on the hosts over SSH
// (recipes, containers, nginx) are hooks that the caller supplies; a hook not supplied is reported as
// skipped and left unfinished in the record.
//
// Creating costs money, so nothing is created twice: every server and the snapshot are written into the
// record (name and a request id) before their create is sent, and when the record has no cloud id for
// one, the plan first looks for it in the cloud by that request id. A server that ended in ERROR is
// deleted and made anew when the plan runs again.
//
// A run can stop at a phase (runThrough) and go on later from there, and cancel() stops it safely: see there.
//
// takeDown() deletes exactly what the record lists (servers, the snapshot, the key pair Quayside imported),
// waits until the servers are gone, and then removes the record; each deletion is saved as it happens, so
// running it again after a failure continues.
class FleetPlan : public QObject
{
    Q_OBJECT

public:
    enum class Phase {
        KeyPair,
        FirstDockerHost,
        DockerHostSetup, // hook: trust the host key, Docker host recipe
        TomcatImage,     // hook: Tomcat image recipe on the first Docker host
        Snapshot,
        NginxHost,
        NginxHostSetup, // hook: nginx host recipe
        MoreDockerHosts,
        Containers,    // hook
        NginxBackends, // hook
        FinalCheck,    // hook
    };
    Q_ENUM(Phase)

    using HookDone = std::function<void(const Result<void> &)>;
    // Works on the fleet (it may record host keys, phases, containers) and calls `done` once.
    using Hook = std::function<void(Fleet &fleet, const HookDone &done)>;

    static QList<Phase> phases();
    // The phase's name in the record ("first-docker-host").
    static QString phaseId(Phase phase);
    static QString phaseTitle(Phase phase);
    static bool isHook(Phase phase);
    static QString firstDockerHostName(const Fleet &fleet);

    // `nova` must outlive the plan; `fleet` is saved to `recordPath` as the plan goes.
    FleetPlan(NovaClient *nova, QString recordPath, Fleet fleet, QObject *parent = nullptr);

    const Fleet &fleet() const { return m_fleet; }
    // The OpenSSH public key line the key pair is made from.
    void setPublicKey(const QString &line) { m_publicKey = line; }
    void setHook(Phase phase, Hook hook) { m_hooks.insert(phase, std::move(hook)); }
    void setTimeouts(int serverMs, int imageMs);

    // For hooks: saves what they recorded so far (a host key trusted, a container made) before the phase
    // ends, and writes a line to the plan's log.
    Result<void> saveRecord() { return save(); }
    void note(const QString &line) { log(line); }

    // Runs every phase not yet finished, in order; ends with finished() or failed().
    void run();
    // Runs the phases not yet finished up to and including `last`, in order, and ends with finished() (with
    // the hooks skipped among them) or failed(); the phases after `last` are neither run nor reported. A
    // later runThrough() or run() goes on from where this one stopped. Does nothing while a run is under way.
    void runThrough(Phase last);
    bool isRunning() const { return m_running; }
    // Stops the run under way safely, and ends it with failed() of kind Cancelled (or with the failure of
    // the step under way, if it failed anyway). "Safely" means that nothing is left half-recorded: a create
    // (key pair, server, snapshot) already sent is waited for and its cloud id saved, and none is sent after
    // cancel(); waits for a server or the snapshot to become active are left at once (what they wait for
    // is recorded, and the next run waits again); a hook stops at its next safe point (a recipe after the
    // command running now, as each recipe step can run again); the record is saved before failed().
    // Nothing happens when no run is under way.
    void cancel();
    bool isCancelling() const { return m_cancelling; }
    // What a cancelled run ends with.
    static Error cancelledError();
    // Ends with takenDown() or failed(). Not while a run is under way: cancel it first.
    void takeDown();

Q_SIGNALS:
    void phaseStarted(quayside::FleetPlan::Phase phase);
    void phaseProgress(quayside::FleetPlan::Phase phase, const QString &what);
    void phaseFinished(quayside::FleetPlan::Phase phase, qint64 elapsedMs);
    void phaseSkipped(quayside::FleetPlan::Phase phase, const QString &why);
    void phaseFailed(quayside::FleetPlan::Phase phase, const quayside::Error &error);
    void logLine(const QString &line);
    // Every phase ran; `skipped` lists the hooks nobody supplied.
    void finished(const QList<quayside::FleetPlan::Phase> &skipped);
    void failed(const quayside::Error &error);
    void takenDown();
    // cancel() was called: hooks stop at their next safe point and then report a Cancelled error.
    void cancelRequested();

private:
    using Done = std::function<void(const Result<void> &)>;

    void runPhase(int index);
    void endRun();
    bool stopHere(const Done &done);
    // Runs a wait that cancel() may cut short: `start` gets a context to wait with, and a `done` that
    // reports at most once (Cancelled when cut short).
    void leavableWait(const std::function<void(QObject *context, const Done &done)> &start, const Done &done);
    void startPhase(Phase phase, const Done &done);
    Result<void> save();
    void ensureKeyPair(const Done &done);
    void ensureServer(const QString &name, FleetServer::Role role, const QString &imageId, bool fromSnapshot,
                      const Done &done);
    void findOrCreate(const QString &name, const QString &imageId, const Done &done);
    void create(const QString &name, const QString &imageId, const Done &done);
    void waitActive(const QString &name, const Done &done);
    void replaceBroken(const QString &name, const QString &imageId, const QString &why, const Done &done);
    void ensureSnapshot(const Done &done);
    void waitSnapshot(const Done &done);
    void ensureMoreDockerHosts(const Done &done);
    void deleteServers(const Done &done);
    void deleteSnapshot(const Done &done);
    void deleteKeyPair(const Done &done);
    void log(const QString &line);

    NovaClient *m_nova;
    QString m_recordPath;
    Fleet m_fleet;
    QString m_publicKey;
    QMap<Phase, Hook> m_hooks;
    QList<Phase> m_skipped;
    int m_lastIndex = -1;
    bool m_running = false;
    bool m_cancelling = false;
    int m_serverTimeoutMs = 20 * 60 * 1000;
    int m_imageTimeoutMs = 60 * 60 * 1000;
    QElapsedTimer m_phaseClock;
};

} // namespace quayside
