#include "provision/FleetPlan.h"

#include "cloud/NovaClient.h"
#include "core/Logging.h"

#include <QPointer>
#include <QUuid>

#include <memory>

namespace quayside {

namespace {

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString fleetKey()
{
    return QStringLiteral("quayside-fleet");
}

// The first two fields of an OpenSSH public key line (type and key), without the comment.
QString keyWithoutComment(const QString &line)
{
    return line.simplified().section(QLatin1Char(' '), 0, 1);
}

// Calls `done` once `count` parts have reported, with the first failure if any.
std::function<void(const Result<void> &)> joinParts(int count, std::function<void(const Result<void> &)> done)
{
    struct Join
    {
        int left;
        std::optional<Error> firstError;
    };
    auto join = std::make_shared<Join>(Join{count, std::nullopt});
    return [join, done = std::move(done)](const Result<void> &part) {
        if (!part && !join->firstError)
            join->firstError = part.error();
        if (--join->left > 0)
            return;
        if (join->firstError)
            done(*join->firstError);
        else
            done(Result<void>());
    };
}

} // namespace

QList<FleetPlan::Phase> FleetPlan::phases()
{
    return {Phase::KeyPair,    Phase::FirstDockerHost, Phase::DockerHostSetup, Phase::TomcatImage,
            Phase::Snapshot,   Phase::NginxHost,       Phase::NginxHostSetup,  Phase::MoreDockerHosts,
            Phase::Containers, Phase::NginxBackends,   Phase::FinalCheck};
}

QString FleetPlan::phaseId(Phase phase)
{
    switch (phase) {
    case Phase::KeyPair: return QStringLiteral("key-pair");
    case Phase::FirstDockerHost: return QStringLiteral("first-docker-host");
    case Phase::DockerHostSetup: return QStringLiteral("docker-host-setup");
    case Phase::TomcatImage: return QStringLiteral("tomcat-image");
    case Phase::Snapshot: return QStringLiteral("snapshot");
    case Phase::NginxHost: return QStringLiteral("nginx-host");
    case Phase::NginxHostSetup: return QStringLiteral("nginx-host-setup");
    case Phase::MoreDockerHosts: return QStringLiteral("more-docker-hosts");
    case Phase::Containers: return QStringLiteral("containers");
    case Phase::NginxBackends: return QStringLiteral("nginx-backends");
    case Phase::FinalCheck: return QStringLiteral("final-check");
    }
    return {};
}

QString FleetPlan::phaseTitle(Phase phase)
{
    switch (phase) {
    case Phase::KeyPair: return tr("SSH key pair");
    case Phase::FirstDockerHost: return tr("First Docker host");
    case Phase::DockerHostSetup: return tr("Docker on the first host");
    case Phase::TomcatImage: return tr("Tomcat image on the first Docker host");
    case Phase::Snapshot: return tr("Snapshot of the first Docker host");
    case Phase::NginxHost: return tr("nginx host");
    case Phase::NginxHostSetup: return tr("nginx on its host");
    case Phase::MoreDockerHosts: return tr("More Docker hosts from the snapshot");
    case Phase::Containers: return tr("Tomcat containers");
    case Phase::NginxBackends: return tr("nginx backends");
    case Phase::FinalCheck: return tr("Final check through nginx");
    }
    return {};
}

bool FleetPlan::isHook(Phase phase)
{
    return phase == Phase::DockerHostSetup || phase == Phase::TomcatImage || phase == Phase::NginxHostSetup ||
           phase == Phase::Containers || phase == Phase::NginxBackends || phase == Phase::FinalCheck;
}

QString FleetPlan::firstDockerHostName(const Fleet &fleet)
{
    return fleet.name + QStringLiteral("-docker-1");
}

FleetPlan::FleetPlan(NovaClient *nova, QString recordPath, Fleet fleet, QObject *parent)
    : QObject(parent)
    , m_nova(nova)
    , m_recordPath(std::move(recordPath))
    , m_fleet(std::move(fleet))
{}

void FleetPlan::setTimeouts(int serverMs, int imageMs)
{
    m_serverTimeoutMs = serverMs;
    m_imageTimeoutMs = imageMs;
}

void FleetPlan::log(const QString &line)
{
    qCInfo(lcProvision).noquote() << line;
    Q_EMIT logLine(line);
}

Result<void> FleetPlan::save()
{
    return FleetFile::save(m_recordPath, m_fleet);
}

void FleetPlan::run()
{
    runThrough(phases().last());
}

void FleetPlan::runThrough(Phase last)
{
    if (m_running) {
        qCWarning(lcProvision) << "the fleet plan is running already";
        return;
    }
    m_skipped.clear();
    m_lastIndex = int(phases().indexOf(last));
    const auto saved = save();
    if (!saved) {
        Q_EMIT failed(saved.error());
        return;
    }
    m_running = true;
    m_cancelling = false;
    runPhase(0);
}

void FleetPlan::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    log(tr("Cancelling: the step under way ends first."));
    Q_EMIT cancelRequested();
}

void FleetPlan::endRun()
{
    m_running = false;
    m_cancelling = false;
}

Error FleetPlan::cancelledError()
{
    return Error{Error::Kind::Cancelled, 0,
                 tr("Cancelled. What was made so far is in the fleet record; running the plan again goes on from "
                    "there.")};
}

bool FleetPlan::stopHere(const Done &done)
{
    if (!m_cancelling)
        return false;
    done(cancelledError());
    return true;
}

void FleetPlan::leavableWait(const std::function<void(QObject *context, const Done &done)> &start, const Done &done)
{
    if (stopHere(done))
        return;
    // Deleting the context ends the wait's polling; `once` keeps a late answer from reporting twice.
    auto *context = new QObject(this);
    auto once = std::make_shared<Done>(done);
    const Done finish = [context, once](const Result<void> &result) {
        if (!*once)
            return;
        const Done report = std::move(*once);
        *once = nullptr;
        context->deleteLater();
        report(result);
    };
    // Queued: cancel() returns before the run reports its end.
    connect(
        this, &FleetPlan::cancelRequested, context, [finish] { finish(cancelledError()); }, Qt::QueuedConnection);
    start(context, finish);
}

void FleetPlan::runPhase(int index)
{
    const QList<Phase> all = phases();
    if (m_cancelling) {
        endRun();
        Q_EMIT failed(cancelledError());
        return;
    }
    if (index >= all.size() || index > m_lastIndex) {
        endRun();
        Q_EMIT finished(m_skipped);
        return;
    }
    const Phase phase = all.at(index);
    if (m_fleet.isFinished(phaseId(phase))) {
        log(tr("%1: finished before, skipped.").arg(phaseTitle(phase)));
        runPhase(index + 1);
        return;
    }
    if (isHook(phase) && !m_hooks.contains(phase)) {
        m_skipped << phase;
        Q_EMIT phaseSkipped(phase, tr("not wired into the plan yet"));
        runPhase(index + 1);
        return;
    }
    Q_EMIT phaseStarted(phase);
    m_phaseClock.start();
    QPointer<FleetPlan> self(this);
    startPhase(phase, [self, phase, index](const Result<void> &result) {
        if (!self)
            return;
        if (result) {
            self->m_fleet.finishedPhases << phaseId(phase);
            const auto saved = self->save();
            if (saved) {
                Q_EMIT self->phaseFinished(phase, self->m_phaseClock.elapsed());
                self->runPhase(index + 1);
                return;
            }
            self->endRun();
            Q_EMIT self->phaseFailed(phase, saved.error());
            Q_EMIT self->failed(saved.error());
            return;
        }
        self->save(); // what the phase got to; its own failure is the one to report
        self->endRun();
        Q_EMIT self->phaseFailed(phase, result.error());
        Q_EMIT self->failed(result.error());
    });
}

void FleetPlan::startPhase(Phase phase, const Done &done)
{
    switch (phase) {
    case Phase::KeyPair: return ensureKeyPair(done);
    case Phase::FirstDockerHost:
        return ensureServer(firstDockerHostName(m_fleet), FleetServer::Role::DockerHost, m_fleet.baseImageId, false,
                            done);
    case Phase::Snapshot: return ensureSnapshot(done);
    case Phase::NginxHost:
        return ensureServer(m_fleet.name + QStringLiteral("-nginx"), FleetServer::Role::NginxHost, m_fleet.baseImageId,
                            false, done);
    case Phase::MoreDockerHosts: return ensureMoreDockerHosts(done);
    case Phase::DockerHostSetup:
    case Phase::TomcatImage:
    case Phase::NginxHostSetup:
    case Phase::Containers:
    case Phase::NginxBackends:
    case Phase::FinalCheck: break;
    }
    QPointer<FleetPlan> self(this);
    m_hooks.value(phase)(m_fleet, [self, done](const Result<void> &result) {
        if (self)
            done(result);
    });
}

void FleetPlan::ensureKeyPair(const Done &done)
{
    if (m_publicKey.trimmed().isEmpty()) {
        done(Error{Error::Kind::InvalidInput, 0, tr("No SSH public key was given for the fleet's key pair.")});
        return;
    }
    const QString name = m_fleet.name + QStringLiteral("-key");
    // Written down first: if the import reaches the cloud and Quayside does not see the answer, `down`
    // still knows the key pair is the fleet's.
    m_fleet.keyPairName = name;
    m_fleet.keyPairImported = true;
    const auto saved = save();
    if (!saved) {
        done(saved.error());
        return;
    }
    const QString wanted = keyWithoutComment(m_publicKey);
    m_nova->importKeypair(name, m_publicKey, this, [this, name, wanted, done](const Result<NovaKeypair> &imported) {
        if (imported) {
            log(tr("Imported the key pair %1 (%2).").arg(name, imported.value().fingerprint));
            done(Result<void>());
            return;
        }
        if (imported.error().kind != Error::Kind::Conflict) {
            done(imported.error());
            return;
        }
        // There is one of that name: it is ours if it holds the same key (an import that went through
        // before an interruption).
        m_nova->keypairs(this, [this, name, wanted, done](const Result<QList<NovaKeypair>> &listed) {
            if (!listed) {
                done(listed.error());
                return;
            }
            for (const NovaKeypair &keypair : listed.value()) {
                if (keypair.name == name && keyWithoutComment(keypair.publicKey) == wanted) {
                    log(tr("The key pair %1 is there already.").arg(name));
                    done(Result<void>());
                    return;
                }
            }
            m_fleet.keyPairName.clear();
            m_fleet.keyPairImported = false;
            done(Error{Error::Kind::Conflict, 409,
                       tr("The cloud has a key pair named %1 with another key. Remove it or choose another fleet "
                          "name.")
                           .arg(name)});
        });
    });
}

void FleetPlan::ensureServer(const QString &name, FleetServer::Role role, const QString &imageId, bool fromSnapshot,
                             const Done &done)
{
    if (!m_fleet.server(name)) {
        FleetServer server;
        server.role = role;
        server.name = name;
        server.requestId = newRequestId();
        server.fromSnapshot = fromSnapshot;
        m_fleet.servers << server;
        const auto saved = save();
        if (!saved) {
            done(saved.error());
            return;
        }
    }
    const FleetServer &server = *m_fleet.server(name);
    if (server.phase >= FleetServer::Phase::Active) {
        done(Result<void>());
        return;
    }
    if (server.novaId.isEmpty()) {
        findOrCreate(name, imageId, done);
        return;
    }
    // Made before: still building, or broken (ERROR, or deleted behind Quayside's back).
    m_nova->server(server.novaId, this, [this, name, imageId, done](const Result<NovaServer> &found) {
        if (!found && found.error().kind == Error::Kind::NotFound)
            return replaceBroken(name, imageId, tr("it is gone from the cloud"), done);
        if (!found)
            return done(found.error());
        if (found.value().status == QLatin1String("ERROR"))
            return replaceBroken(name, imageId, tr("it ended in ERROR"), done);
        waitActive(name, done);
    });
}

void FleetPlan::findOrCreate(const QString &name, const QString &imageId, const Done &done)
{
    const QString requestId = m_fleet.server(name)->requestId;
    m_nova->findServerByRequestId(
        name, requestId, this, [this, name, imageId, done](const Result<std::optional<NovaServer>> &found) {
            if (!found) {
                done(found.error());
                return;
            }
            if (!found.value()) {
                create(name, imageId, done);
                return;
            }
            FleetServer *server = m_fleet.server(name);
            server->novaId = found.value()->id;
            server->phase = FleetServer::Phase::Created;
            log(tr("Found server %1 (%2), created before the interruption.").arg(name, server->novaId));
            const auto saved = save();
            if (!saved)
                return done(saved.error());
            waitActive(name, done);
        });
}

void FleetPlan::create(const QString &name, const QString &imageId, const Done &done)
{
    if (stopHere(done))
        return;
    const FleetServer &server = *m_fleet.server(name);
    NovaServerSpec spec;
    spec.name = name;
    spec.imageId = imageId;
    spec.flavorId = m_fleet.flavorId;
    spec.keyName = m_fleet.keyPairName;
    spec.networks = m_fleet.networks;
    if (!m_publicKey.isEmpty())
        spec.files = {NovaFile{QStringLiteral("/root/.ssh/authorized_keys"), m_publicKey.trimmed().toUtf8() + '\n'}};
    spec.metadata = {{NovaClient::requestIdKey(), server.requestId},
                     {fleetKey(), m_fleet.name},
                     {QStringLiteral("quayside-role"), FleetServer::roleName(server.role)}};
    log(tr("Creating server %1.").arg(name));
    m_nova->createServer(spec, this, [this, name, done](const Result<NovaServer> &created) {
        if (!created) {
            done(created.error());
            return;
        }
        FleetServer *server = m_fleet.server(name);
        server->novaId = created.value().id;
        server->phase = FleetServer::Phase::Created;
        const auto saved = save();
        if (!saved)
            return done(saved.error());
        waitActive(name, done);
    });
}

void FleetPlan::waitActive(const QString &name, const Done &done)
{
    const QString id = m_fleet.server(name)->novaId;
    const Phase phase = m_fleet.server(name)->fromSnapshot                           ? Phase::MoreDockerHosts
                        : m_fleet.server(name)->role == FleetServer::Role::NginxHost ? Phase::NginxHost
                                                                                     : Phase::FirstDockerHost;
    leavableWait(
        [this, id, name, phase](QObject *context, const Done &done) {
            m_nova->waitForActive(
                id, false, m_serverTimeoutMs, context,
                [this, name, phase](const NovaServer &progress) {
                    Q_EMIT phaseProgress(phase, tr("%1: %2 (%3 %)").arg(name, progress.status).arg(progress.progress));
                },
                [this, name, done](const Result<NovaServer> &active) {
                    if (!active) {
                        done(Error{
                            active.error().kind, active.error().httpStatus,
                            tr("%1 Running up again deletes it and makes a new one.").arg(active.error().message)});
                        return;
                    }
                    FleetServer *server = m_fleet.server(name);
                    server->address = active.value().publicIPv4();
                    if (server->address.isEmpty())
                        server->address = active.value().privateIPv4();
                    server->phase = FleetServer::Phase::Active;
                    log(tr("Server %1 is active at %2.").arg(name, server->address));
                    done(save());
                });
        },
        done);
}

void FleetPlan::replaceBroken(const QString &name, const QString &imageId, const QString &why, const Done &done)
{
    const QString id = m_fleet.server(name)->novaId;
    log(tr("Server %1 (%2) is of no use (%3); deleting it and making a new one.").arg(name, id, why));
    m_nova->deleteServer(id, this, [this, name, imageId, id, done](const Result<void> &deleted) {
        if (!deleted)
            return done(deleted.error());
        m_nova->waitForDeletion(id, m_serverTimeoutMs, this, [this, name, imageId, done](const Result<void> &gone) {
            if (!gone)
                return done(gone.error());
            FleetServer *server = m_fleet.server(name);
            server->novaId.clear();
            server->address.clear();
            server->requestId = newRequestId();
            server->phase = FleetServer::Phase::Requested;
            const auto saved = save();
            if (!saved)
                return done(saved.error());
            create(name, imageId, done);
        });
    });
}

void FleetPlan::ensureSnapshot(const Done &done)
{
    const FleetServer *source = m_fleet.server(firstDockerHostName(m_fleet));
    if (!source || source->novaId.isEmpty()) {
        done(Error{Error::Kind::Internal, 0, tr("The first Docker host is missing from the fleet record.")});
        return;
    }
    if (!m_fleet.snapshot) {
        m_fleet.snapshot =
            FleetImage{m_fleet.name + QStringLiteral("-snapshot"), newRequestId(), {}, source->novaId, false};
        const auto saved = save();
        if (!saved)
            return done(saved.error());
    }
    if (!m_fleet.snapshot->id.isEmpty())
        return waitSnapshot(done);
    const FleetImage wanted = *m_fleet.snapshot;
    m_nova->images(this, [this, wanted, done](const Result<QList<NovaImage>> &listed) {
        if (!listed)
            return done(listed.error());
        for (const NovaImage &image : listed.value()) {
            if (image.metadata.value(NovaClient::requestIdKey()) == wanted.requestId) {
                m_fleet.snapshot->id = image.id;
                log(tr("Found the snapshot %1 (%2), requested before the interruption.").arg(wanted.name, image.id));
                const auto saved = save();
                if (!saved)
                    return done(saved.error());
                return waitSnapshot(done);
            }
        }
        if (stopHere(done))
            return;
        log(tr("Saving the snapshot %1.").arg(wanted.name));
        m_nova->createImage(wanted.serverId, wanted.name,
                            {{NovaClient::requestIdKey(), wanted.requestId}, {fleetKey(), m_fleet.name}},
                            m_imageTimeoutMs, this, [this, done](const Result<QString> &created) {
                                if (!created)
                                    return done(created.error());
                                m_fleet.snapshot->id = created.value();
                                const auto saved = save();
                                if (!saved)
                                    return done(saved.error());
                                waitSnapshot(done);
                            });
    });
}

void FleetPlan::waitSnapshot(const Done &done)
{
    leavableWait(
        [this](QObject *context, const Done &done) {
            m_nova->waitForImage(
                m_fleet.snapshot->id, m_imageTimeoutMs, context,
                [this](const NovaImage &image) {
                    Q_EMIT phaseProgress(Phase::Snapshot,
                                         tr("%1: %2 (%3 %)").arg(image.name, image.status).arg(image.progress));
                },
                [this, done](const Result<NovaImage> &saved) {
                    if (!saved)
                        return done(saved.error());
                    m_fleet.snapshot->active = true;
                    log(tr("The snapshot %1 is saved.").arg(m_fleet.snapshot->name));
                    done(save());
                });
        },
        done);
}

void FleetPlan::ensureMoreDockerHosts(const Done &done)
{
    const int more = m_fleet.dockerHosts - 1;
    if (more <= 0 || !m_fleet.snapshot || m_fleet.snapshot->id.isEmpty()) {
        if (more > 0)
            return done(Error{Error::Kind::Internal, 0, tr("The snapshot is missing from the fleet record.")});
        return done(Result<void>());
    }
    // Every clone is written down before any create is sent; then they boot side by side.
    for (int i = 2; i <= m_fleet.dockerHosts; ++i) {
        const QString name = m_fleet.name + QStringLiteral("-docker-%1").arg(i);
        if (!m_fleet.server(name)) {
            FleetServer server;
            server.name = name;
            server.requestId = newRequestId();
            server.fromSnapshot = true;
            m_fleet.servers << server;
        }
    }
    const auto saved = save();
    if (!saved)
        return done(saved.error());
    const auto part = joinParts(more, done);
    for (int i = 2; i <= m_fleet.dockerHosts; ++i)
        ensureServer(m_fleet.name + QStringLiteral("-docker-%1").arg(i), FleetServer::Role::DockerHost,
                     m_fleet.snapshot->id, true, part);
}

void FleetPlan::takeDown()
{
    if (m_running) {
        Q_EMIT failed(Error{Error::Kind::InvalidInput, 0,
                            tr("The fleet's plan is running: cancel it before removing what it made.")});
        return;
    }
    QPointer<FleetPlan> self(this);
    const auto fail = [self](const Result<void> &result) {
        if (self && !result)
            Q_EMIT self->failed(result.error());
        return !self || !result;
    };
    deleteServers([this, self, fail](const Result<void> &servers) {
        if (fail(servers))
            return;
        deleteSnapshot([this, self, fail](const Result<void> &snapshot) {
            if (fail(snapshot))
                return;
            deleteKeyPair([this, self, fail](const Result<void> &keyPair) {
                if (fail(keyPair) || fail(FleetFile::remove(m_recordPath)))
                    return;
                log(tr("Removed the fleet record %1.").arg(m_recordPath));
                Q_EMIT takenDown();
            });
        });
    });
}

void FleetPlan::deleteServers(const Done &done)
{
    if (m_fleet.servers.isEmpty())
        return done(Result<void>());
    const auto part = joinParts(int(m_fleet.servers.size()), done);
    const QList<FleetServer> servers = m_fleet.servers;
    for (const FleetServer &server : servers) {
        const QString name = server.name;
        // Gone: out of the record at once, so that a later failure does not bring it back.
        const auto forget = [this, name, part](const Result<void> &gone) {
            if (gone) {
                m_fleet.servers.erase(std::remove_if(m_fleet.servers.begin(), m_fleet.servers.end(),
                                                     [&name](const FleetServer &s) { return s.name == name; }),
                                      m_fleet.servers.end());
                log(tr("Deleted server %1.").arg(name));
                return part(save());
            }
            part(gone);
        };
        const auto remove = [this, forget](const QString &id) {
            m_nova->deleteServer(id, this, [this, id, forget](const Result<void> &deleted) {
                if (!deleted)
                    return forget(deleted);
                m_nova->waitForDeletion(id, m_serverTimeoutMs, this, forget);
            });
        };
        if (!server.novaId.isEmpty()) {
            remove(server.novaId);
            continue;
        }
        // A create that may have reached the cloud: the request id tells whether it did.
        m_nova->findServerByRequestId(name, server.requestId, this,
                                      [remove, forget](const Result<std::optional<NovaServer>> &found) {
                                          if (!found)
                                              return forget(found.error());
                                          if (!found.value())
                                              return forget(Result<void>());
                                          remove(found.value()->id);
                                      });
    }
}

void FleetPlan::deleteSnapshot(const Done &done)
{
    if (!m_fleet.snapshot)
        return done(Result<void>());
    const auto remove = [this, done](const QString &id) {
        m_nova->deleteImage(id, this, [this, done](const Result<void> &deleted) {
            if (!deleted)
                return done(deleted);
            log(tr("Deleted the snapshot %1.").arg(m_fleet.snapshot->name));
            m_fleet.snapshot.reset();
            done(save());
        });
    };
    if (!m_fleet.snapshot->id.isEmpty())
        return remove(m_fleet.snapshot->id);
    const QString requestId = m_fleet.snapshot->requestId;
    m_nova->images(this, [this, requestId, remove, done](const Result<QList<NovaImage>> &listed) {
        if (!listed)
            return done(listed.error());
        for (const NovaImage &image : listed.value()) {
            if (image.metadata.value(NovaClient::requestIdKey()) == requestId)
                return remove(image.id);
        }
        m_fleet.snapshot.reset();
        done(save());
    });
}

void FleetPlan::deleteKeyPair(const Done &done)
{
    if (!m_fleet.keyPairImported || m_fleet.keyPairName.isEmpty())
        return done(Result<void>());
    m_nova->deleteKeypair(m_fleet.keyPairName, this, [this, done](const Result<void> &deleted) {
        if (!deleted && deleted.error().kind != Error::Kind::NotFound)
            return done(deleted);
        log(tr("Deleted the key pair %1.").arg(m_fleet.keyPairName));
        m_fleet.keyPairImported = false;
        done(save());
    });
}

} // namespace quayside
