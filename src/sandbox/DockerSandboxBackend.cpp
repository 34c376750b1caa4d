#include "sandbox/DockerSandboxBackend.h"

#include "core/Logging.h"
#include "docker/BuildContext.h"
#include "provision/FleetSession.h"
#include "sandbox/HostImageBuilder.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace quayside {

namespace {

constexpr int kProbeMs = 2000;
constexpr int kProbePauseMs = 300;
constexpr int kConsoleTailLines = 20;

// A host name from the server's name, as Nova makes one: letters, digits and dashes, at most 63.
QString hostName(const QString &name, const QString &id)
{
    QString made = name.toLower();
    made.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]+")), QStringLiteral("-"));
    made = made.left(63);
    while (made.startsWith(QLatin1Char('-')))
        made.remove(0, 1);
    while (made.endsWith(QLatin1Char('-')))
        made.chop(1);
    return made.isEmpty() ? id.left(8) : made;
}

QString lastLines(const QByteArray &text, int count)
{
    const QStringList lines = QString::fromUtf8(text).trimmed().split(QLatin1Char('\n'));
    return lines.mid(std::max(0, int(lines.size()) - count)).join(QLatin1Char('\n'));
}

} // namespace

// One path for the image's script and the fleet's provisioning, which imports the tar on the first host.
QString DockerSandboxBackend::baseImageTarPath()
{
    return FleetSession::sandboxBaseArchive();
}

QString DockerSandboxBackend::containerName(const QString &serverId)
{
    return QStringLiteral("quayside-sandbox-") + serverId;
}

QString DockerSandboxBackend::defaultHostImage()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(HostImageBuilder::script());
    hash.addData(HostImageBuilder::bootScript());
    return QStringLiteral("quayside-sandbox/host:") + QString::fromLatin1(hash.result().toHex().left(12));
}

DockerSandboxBackend::DockerSandboxBackend(DockerCli *docker, DockerSandboxOptions options, QObject *parent)
    : SandboxBackend(parent)
    , m_docker(docker)
    , m_options(std::move(options))
{
    addStandardCatalog(0);
}

QStringList DockerSandboxBackend::cloudHostOptions(const QString &authorizedKey)
{
    return {
        QStringLiteral("--cap-add"),
        QStringLiteral("ALL"),
        QStringLiteral("--cap-drop"),
        QStringLiteral("SYS_RESOURCE"),
        QStringLiteral("--security-opt"),
        QStringLiteral("seccomp=unconfined"),
        QStringLiteral("--security-opt"),
        QStringLiteral("apparmor=unconfined"),
        QStringLiteral("--security-opt"),
        QStringLiteral("systempaths=unconfined"),
        QStringLiteral("--device-cgroup-rule"),
        QStringLiteral("a *:* rwm"),
        QStringLiteral("--env"),
        QStringLiteral("AUTHORIZED_KEY=") + authorizedKey,
    };
}

QStringList DockerSandboxBackend::runArguments(const SandboxInstance &server, const QString &image,
                                               const QStringList &cloneCommand) const
{
    QStringList arguments = {
        QStringLiteral("create"),
        QStringLiteral("--pull"),
        QStringLiteral("never"),
        QStringLiteral("--name"),
        containerName(server.id),
        QStringLiteral("--hostname"),
        hostName(server.name, server.id),
        QStringLiteral("--network"),
        m_options.network,
        QStringLiteral("--label"),
        instanceLabel() + QLatin1Char('=') + m_options.instanceId,
        QStringLiteral("--label"),
        serverLabel() + QLatin1Char('=') + server.id,
    };
    arguments << cloudHostOptions(server.publicKey);
    for (const QString &variable : m_options.environment)
        arguments << QStringLiteral("--env") << variable;
    if (cloneCommand.isEmpty())
        return arguments << image;
    return arguments << QStringLiteral("--entrypoint") << QStringLiteral("/bin/sh") << image << QStringLiteral("-c")
                     << QStringLiteral("rm -f /etc/ssh/ssh_host_*_key /etc/ssh/ssh_host_*_key.pub && exec \"$@\"")
                     << QStringLiteral("quayside-clone") << cloneCommand;
}

bool DockerSandboxBackend::stillWanted(const QString &serverId)
{
    const auto record = server(serverId);
    if (record && record->taskState != QLatin1String("deleting"))
        return true;
    m_booting.remove(serverId);
    remove(serverId);
    return false;
}

void DockerSandboxBackend::fail(const QString &serverId, const QString &message)
{
    if (!stillWanted(serverId))
        return;
    m_booting.remove(serverId);
    qCWarning(lcSandbox) << "server" << serverId << "failed:" << message;
    reportFailed(serverId, SandboxFault{500, message});
}

void DockerSandboxBackend::boot(const SandboxInstance &server)
{
    const QString id = server.id;
    const bool fromSnapshot = server.imageId != baseImageId();
    const QString image = fromSnapshot ? snapshotRepository() + QLatin1Char(':') + server.imageId : m_options.hostImage;
    if (image.isEmpty()) {
        reportFailed(id, SandboxFault{500, tr("The sandbox has no host image to boot: start it with --host-image.")});
        return;
    }
    m_booting.insert(id);
    reportBuildProgress(id, 10);
    if (!fromSnapshot) {
        create(server, image, {});
        return;
    }
    // A clone must not share its original's SSH host keys, which the snapshot holds: as cloud-init does for
    // a new instance, they are removed before the image's own entry point runs, and it makes new ones.
    m_docker->run({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                   QStringLiteral("{{json .Config}}"), image},
                  m_options.callTimeoutMs, this, [this, server, image](const Result<QByteArray> &inspected) {
                      if (!inspected) {
                          fail(server.id,
                               tr("The snapshot's image %1 cannot be read: %2").arg(image, inspected.error().message));
                          return;
                      }
                      const QJsonObject config = QJsonDocument::fromJson(inspected.value()).object();
                      QStringList command;
                      for (const char *part : {"Entrypoint", "Cmd"}) {
                          for (const auto &word : config.value(QLatin1String(part)).toArray())
                              command << word.toString();
                      }
                      if (command.isEmpty()) {
                          fail(server.id, tr("The snapshot's image %1 has no command to boot.").arg(image));
                          return;
                      }
                      if (stillWanted(server.id))
                          create(server, image, command);
                  });
}

void DockerSandboxBackend::create(const SandboxInstance &server, const QString &image, const QStringList &cloneCommand)
{
    m_docker->run(runArguments(server, image, cloneCommand), m_options.callTimeoutMs, this,
                  [this, server, image](const Result<QByteArray> &created) {
                      if (created || created.error().kind == Error::Kind::Timeout)
                          m_created.insert(server.id);
                      if (!created) {
                          fail(server.id, tr("The server's container could not be created from the image %1: %2")
                                              .arg(image, created.error().message));
                          return;
                      }
                      if (stillWanted(server.id))
                          seed(server);
                  });
}

void DockerSandboxBackend::seed(const SandboxInstance &server)
{
    const QString id = server.id;
    BuildContext files;
    for (const auto &file : server.personality) {
        const auto added = files.addFile(file.first.mid(file.first.startsWith(QLatin1Char('/')) ? 1 : 0), file.second);
        if (!added) {
            fail(id, tr("The personality file %1 cannot be placed: %2").arg(file.first, added.error().message));
            return;
        }
    }
    if (!server.userData.isEmpty())
        files.addFile(QStringLiteral("var/lib/cloud/instance/user-data.txt"), server.userData, 0600);
    if (server.personality.isEmpty() && server.userData.isEmpty()) {
        start(id);
        return;
    }
    const auto tar = files.toTar();
    if (!tar) {
        fail(id, tar.error().message);
        return;
    }
    m_docker->run(
        {QStringLiteral("cp"), QStringLiteral("-"), containerName(id) + QStringLiteral(":/")}, m_options.callTimeoutMs,
        this,
        [this, id](const Result<QByteArray> &copied) {
            if (!copied)
                fail(id, tr("The server's files could not be put in place: %1").arg(copied.error().message));
            else if (stillWanted(id))
                start(id);
        },
        tar.value());
}

void DockerSandboxBackend::start(const QString &serverId)
{
    reportBuildProgress(serverId, 30);
    m_docker->run({QStringLiteral("start"), containerName(serverId)}, m_options.callTimeoutMs, this,
                  [this, serverId](const Result<QByteArray> &started) {
                      if (!started) {
                          fail(serverId,
                               tr("The server's container could not be started: %1").arg(started.error().message));
                          return;
                      }
                      if (stillWanted(serverId)) {
                          reportBuildProgress(serverId, 60);
                          waitForSsh(serverId, QDateTime::currentMSecsSinceEpoch() + m_options.sshWaitMs);
                      }
                  });
}

void DockerSandboxBackend::waitForSsh(const QString &serverId, qint64 deadline)
{
    const QString name = containerName(serverId);
    m_docker->run(
        {QStringLiteral("inspect"), QStringLiteral("--type"), QStringLiteral("container"), name},
        m_options.callTimeoutMs, this, [this, serverId, deadline, name](const Result<QByteArray> &inspected) {
            if (!stillWanted(serverId))
                return;
            const auto state = inspected ? DockerCli::parseInspect(inspected.value(), m_options.network)
                                         : Result<DockerContainerState>(inspected.error());
            if (!state) {
                fail(serverId, tr("The server's container could not be inspected: %1").arg(state.error().message));
                return;
            }
            if (!state.value().running) {
                const int exitCode = state.value().exitCode;
                m_docker->logs(name, kConsoleTailLines, m_options.callTimeoutMs, this,
                               [this, serverId, exitCode](const Result<QByteArray> &logs) {
                                   fail(serverId, tr("The server's container stopped while booting (exit status "
                                                     "%1). Its last words:\n%2")
                                                      .arg(exitCode)
                                                      .arg(logs ? lastLines(logs.value(), kConsoleTailLines)
                                                                : logs.error().message));
                               });
                return;
            }
            if (state.value().address.isEmpty()) {
                fail(serverId, tr("The server's container has no address on the network %1.").arg(m_options.network));
                return;
            }
            probeSsh(serverId, state.value().address, state.value().mac, deadline);
        });
}

void DockerSandboxBackend::probeSsh(const QString &serverId, const QString &address, const QString &mac,
                                    qint64 deadline)
{
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    // Called once: the first of an answer, an error or the time limit stops the other two.
    auto settle = [this, socket, timer, serverId, address, mac, deadline](bool answered) {
        timer->stop();
        socket->disconnect();
        socket->deleteLater();
        if (answered) {
            finishBoot(serverId, address, mac);
        } else if (QDateTime::currentMSecsSinceEpoch() > deadline) {
            fail(serverId, tr("The server's SSH service did not answer on %1 port 22 within %2 s.")
                               .arg(address)
                               .arg(m_options.sshWaitMs / 1000));
        } else {
            QTimer::singleShot(kProbePauseMs, this, [this, serverId, deadline] {
                if (stillWanted(serverId))
                    waitForSsh(serverId, deadline);
            });
        }
    };
    connect(timer, &QTimer::timeout, socket, [settle] { settle(false); });
    connect(socket, &QTcpSocket::errorOccurred, socket, [settle] { settle(false); });
    connect(socket, &QTcpSocket::readyRead, socket, [socket, settle] {
        if (socket->bytesAvailable() >= 4)
            settle(socket->peek(4) == "SSH-");
    });
    timer->start(kProbeMs);
    socket->connectToHost(address, 22);
}

void DockerSandboxBackend::finishBoot(const QString &serverId, const QString &address, const QString &mac)
{
    m_docker->logs(containerName(serverId), 0, m_options.callTimeoutMs, this,
                   [this, serverId, address, mac](const Result<QByteArray> &logs) {
                       if (!stillWanted(serverId))
                           return;
                       m_booting.remove(serverId);
                       if (logs)
                           reportConsoleLog(serverId, QString::fromUtf8(logs.value()));
                       SandboxAddress reached;
                       reached.address = address;
                       reached.mac = mac;
                       reportActive(serverId, {reached});
                   });
}

void DockerSandboxBackend::destroy(const SandboxInstance &server)
{
    // A boot in flight notices the deletion at its next step and removes the container then.
    if (m_booting.contains(server.id))
        return;
    if (m_created.contains(server.id))
        remove(server.id);
    else // nothing was made: gone at once, reported after this call as every report is
        QTimer::singleShot(0, this, [this, id = server.id] { reportGone(id); });
}

void DockerSandboxBackend::remove(const QString &serverId)
{
    m_docker->run({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v"), containerName(serverId)},
                  m_options.callTimeoutMs, this, [this, serverId](const Result<QByteArray> &removed) {
                      if (!removed && removed.error().kind != Error::Kind::NotFound) {
                          qCWarning(lcSandbox)
                              << "server" << serverId << "could not be removed:" << removed.error().message;
                          reportFailed(serverId, SandboxFault{500, tr("The server's container could not be "
                                                                      "removed: %1")
                                                                       .arg(removed.error().message)});
                          return;
                      }
                      m_created.remove(serverId);
                      reportGone(serverId);
                  });
}

void DockerSandboxBackend::snapshot(const SandboxInstance &server, const SandboxImage &image)
{
    const QString imageId = image.id;
    const QString tag = snapshotRepository() + QLatin1Char(':') + imageId;
    reportImageSaving(imageId);
    const QStringList arguments = {
        QStringLiteral("commit"),
        QStringLiteral("--change"),
        QStringLiteral("LABEL %1=\"%2\"").arg(instanceLabel(), m_options.instanceId),
        QStringLiteral("--change"),
        QStringLiteral("LABEL %1=\"%2\"").arg(imageLabel(), imageId),
        containerName(server.id),
        tag,
    };
    m_docker->run(arguments, m_options.commitTimeoutMs, this, [this, imageId, tag](const Result<QByteArray> &made) {
        if (!made) {
            qCWarning(lcSandbox) << "snapshot" << imageId << "failed:" << made.error().message;
            reportImageFailed(imageId);
            return;
        }
        m_docker->run({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                       QStringLiteral("{{.Size}}"), tag},
                      m_options.callTimeoutMs, this, [this, imageId](const Result<QByteArray> &size) {
                          reportImageSaved(imageId, size ? size.value().trimmed().toLongLong() : 0);
                      });
    });
}

void DockerSandboxBackend::checkHostImage(QObject *context, const std::function<void(const Result<qint64> &)> &done)
{
    QPointer<QObject> guard(context);
    m_docker->run({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                   QStringLiteral("{{.Size}}"), m_options.hostImage},
                  m_options.callTimeoutMs, this, [this, guard, done](const Result<QByteArray> &inspected) {
                      if (!guard)
                          return;
                      if (!inspected) {
                          done(inspected.error().kind == Error::Kind::NotFound
                                   ? Error{Error::Kind::NotFound, 0,
                                           tr("The Docker Engine has no image %1, which servers boot from: start the "
                                              "sandbox without --host-image to have it make its own (as root "
                                              "once: sudo quayside-sandbox --prepare-image), or name another "
                                              "with --host-image.")
                                               .arg(m_options.hostImage)}
                                   : inspected.error());
                          return;
                      }
                      const qint64 size = inspected.value().trimmed().toLongLong();
                      setImageSize(baseImageId(), size);
                      done(size);
                  });
}

void DockerSandboxBackend::removeListed(const QStringList &list, const QStringList &remove,
                                        const std::function<void(const Result<int> &)> &done)
{
    m_docker->run(list, m_options.callTimeoutMs, this, [this, remove, done](const Result<QByteArray> &listed) {
        if (!listed) {
            done(listed.error());
            return;
        }
        QStringList ids = QString::fromUtf8(listed.value()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        ids.removeDuplicates(); // an image is listed once per tag
        if (ids.isEmpty()) {
            done(0);
            return;
        }
        m_docker->run(remove + ids, m_options.commitTimeoutMs, this,
                      [done, count = int(ids.size())](const Result<QByteArray> &gone) {
                          if (gone)
                              done(count);
                          else
                              done(gone.error());
                      });
    });
}

void DockerSandboxBackend::removeLeftovers(QObject *context, const std::function<void(const Result<Leftovers> &)> &done)
{
    const QString filter = QStringLiteral("label=%1=%2").arg(instanceLabel(), m_options.instanceId);
    QPointer<QObject> guard(context);
    auto report = [guard, done](const Result<Leftovers> &result) {
        if (guard)
            done(result);
    };
    // Containers first: an image a container still uses cannot go.
    removeListed({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"), filter},
                 {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v")},
                 [this, filter, report](const Result<int> &containers) {
                     if (!containers) {
                         report(containers.error());
                         return;
                     }
                     removeListed({QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("--filter"), filter},
                                  {QStringLiteral("rmi"), QStringLiteral("-f")},
                                  [report, removed = containers.value()](const Result<int> &images) {
                                      if (images)
                                          report(Leftovers{removed, images.value()});
                                      else
                                          report(images.error());
                                  });
                 });
}

void DockerSandboxBackend::discardImage(const SandboxImage &image)
{
    const QString tag = snapshotRepository() + QLatin1Char(':') + image.id;
    m_docker->run(
        {QStringLiteral("rmi"), tag}, m_options.callTimeoutMs, this, [tag](const Result<QByteArray> &removed) {
            if (!removed && removed.error().kind != Error::Kind::NotFound)
                qCWarning(lcSandbox) << "snapshot image" << tag << "could not be removed:" << removed.error().message;
        });
}

} // namespace quayside
