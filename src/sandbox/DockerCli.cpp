#include "sandbox/DockerCli.h"

#include "core/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace quayside {

namespace {

// The arguments for messages: the command and its first operands, never the environment a container
// gets (it may carry keys).
QString describeCall(const QStringList &arguments)
{
    QStringList shown;
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1Char('-')) || shown.size() >= 2)
            break;
        shown << argument;
    }
    return QStringLiteral("docker ") + shown.join(QLatin1Char(' '));
}

} // namespace

DockerCli::DockerCli(DockerCliEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{}

DockerCli::~DockerCli()
{
    for (QProcess *process : findChildren<QProcess *>(QString(), Qt::FindDirectChildrenOnly)) {
        process->disconnect(this);
        process->kill();
        process->waitForFinished(1000);
    }
}

QProcessEnvironment DockerCli::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!m_endpoint.host.isEmpty())
        environment.insert(QStringLiteral("DOCKER_HOST"), m_endpoint.host);
    if (!m_endpoint.tlsDirectory.isEmpty()) {
        environment.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
        environment.insert(QStringLiteral("DOCKER_CERT_PATH"), m_endpoint.tlsDirectory);
    } else if (!m_endpoint.host.isEmpty()) {
        environment.remove(QStringLiteral("DOCKER_TLS_VERIFY"));
        environment.remove(QStringLiteral("DOCKER_CERT_PATH"));
    }
    return environment;
}

void DockerCli::run(const QStringList &arguments, int timeoutMs, QObject *context, const Callback<QByteArray> &done,
                    const QByteArray &input)
{
    launch(arguments, timeoutMs, context, done, input, false);
}

void DockerCli::logs(const QString &container, int tailLines, int timeoutMs, QObject *context,
                     const Callback<QByteArray> &done)
{
    QStringList arguments = {QStringLiteral("logs")};
    if (tailLines > 0)
        arguments << QStringLiteral("--tail") << QString::number(tailLines);
    launch(arguments << container, timeoutMs, context, done, {}, true);
}

void DockerCli::launch(const QStringList &arguments, int timeoutMs, QObject *context, const Callback<QByteArray> &done,
                       const QByteArray &input, bool mergeOutput)
{
    auto *process = new QProcess(this);
    if (mergeOutput)
        process->setProcessChannelMode(QProcess::MergedChannels);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    process->setProcessEnvironment(environment());
    const QString what = describeCall(arguments);
    QPointer<QObject> guard(context);
    // Exactly one of the handlers below calls `finish`.
    auto finish = [process, timer, guard, done](const Result<QByteArray> &result) {
        timer->stop();
        process->disconnect();
        process->deleteLater();
        if (guard)
            done(result);
    };
    connect(timer, &QTimer::timeout, this, [process, what, timeoutMs, finish] {
        process->disconnect(); // its finished() while it is killed must not report a second time
        process->kill();
        process->waitForFinished(1000);
        finish(Error{Error::Kind::Timeout, 0,
                     tr("%1 did not finish within %2 s: is the Docker Engine overloaded or hanging?")
                         .arg(what)
                         .arg(std::max(1, timeoutMs / 1000))});
    });
    connect(process, &QProcess::errorOccurred, this, [process, what, finish](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        finish(Error{Error::Kind::Unsupported, 0,
                     tr("%1 could not be run (%2): install the docker command-line client (Debian package "
                        "docker.io).")
                         .arg(what, process->errorString())});
    });
    connect(process, &QProcess::finished, this, [process, what, finish](int exitCode, QProcess::ExitStatus status) {
        const QByteArray out = process->readAllStandardOutput();
        const QString err = QString::fromUtf8(process->readAllStandardError()).trimmed();
        if (status != QProcess::NormalExit || exitCode != 0) {
            const Error::Kind kind = err.contains(QLatin1String("No such")) ? Error::Kind::NotFound
                                     : err.contains(QLatin1String("Cannot connect to the Docker daemon")) ||
                                             err.contains(QLatin1String("error during connect"))
                                         ? Error::Kind::Network
                                         : Error::Kind::Http;
            finish(Error{kind, 0,
                         tr("%1 failed: %2").arg(what, err.isEmpty() ? tr("exit status %1").arg(exitCode) : err)});
            return;
        }
        finish(out);
    });
    qCDebug(lcSandbox) << "running" << what;
    process->start(m_program, arguments);
    timer->start(timeoutMs);
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
}

Result<DockerContainerState> DockerCli::parseInspect(const QByteArray &json, const QString &network)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject container = document.isArray() ? document.array().at(0).toObject() : document.object();
    const QJsonObject state = container.value(QLatin1String("State")).toObject();
    if (container.value(QLatin1String("Id")).toString().isEmpty() || state.isEmpty())
        return Error{Error::Kind::Protocol, 0, tr("docker inspect gave no container in its answer.")};
    DockerContainerState parsed;
    parsed.id = container.value(QLatin1String("Id")).toString();
    parsed.status = state.value(QLatin1String("Status")).toString();
    parsed.running = state.value(QLatin1String("Running")).toBool();
    parsed.exitCode = state.value(QLatin1String("ExitCode")).toInt();
    parsed.error = state.value(QLatin1String("Error")).toString();
    const QJsonObject attached = container.value(QLatin1String("NetworkSettings"))
                                     .toObject()
                                     .value(QLatin1String("Networks"))
                                     .toObject()
                                     .value(network)
                                     .toObject();
    parsed.address = attached.value(QLatin1String("IPAddress")).toString();
    parsed.mac = attached.value(QLatin1String("MacAddress")).toString();
    return parsed;
}

} // namespace quayside
