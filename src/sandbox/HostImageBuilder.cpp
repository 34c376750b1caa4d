#include "sandbox/HostImageBuilder.h"

#include "core/AtomicFile.h"
#include "core/Logging.h"
#include "sandbox/DockerSandboxBackend.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace quayside {

namespace {

constexpr int kLastLines = 20;

QByteArray resource(const char *path)
{
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

HostImageBuilder::HostImageBuilder(DockerCli *docker, HostImageOptions options, QObject *parent)
    : QObject(parent)
    , m_docker(docker)
    , m_options(std::move(options))
{
    m_limit.setSingleShot(true);
    m_grace.setSingleShot(true);
    connect(&m_limit, &QTimer::timeout, this, &HostImageBuilder::onTimeout);
    connect(&m_grace, &QTimer::timeout, this, [this] {
        if (m_process && m_process->processId() > 0)
            ::kill(-pid_t(m_process->processId()), SIGKILL);
    });
}

HostImageBuilder::~HostImageBuilder()
{
    stopBuild();
}

QByteArray HostImageBuilder::script()
{
    return resource(":/sandbox/make-host-rootfs.sh");
}

QByteArray HostImageBuilder::bootScript()
{
    return resource(":/sandbox/quayside-boot");
}

void HostImageBuilder::ensure(QObject *context, const Progress &progress, const Done &done)
{
    if (m_busy) {
        QTimer::singleShot(0, context, [done] {
            done(Error{Error::Kind::Conflict, 0, tr("The host image is being made already.")});
        });
        return;
    }
    m_busy = true;
    m_timedOut = false;
    m_context = context;
    m_progress = progress;
    m_done = done;
    m_docker->run({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                   QStringLiteral("{{.Id}}"), m_options.image},
                  m_options.callTimeoutMs, this, [this](const Result<QByteArray> &inspected) {
                      if (inspected)
                          finish(false);
                      else if (inspected.error().kind != Error::Kind::NotFound)
                          finish(Error{inspected.error().kind, 0,
                                       tr("The Docker Engine could not be asked whether it has the host image "
                                          "%1: %2")
                                           .arg(m_options.image, inspected.error().message)});
                      else
                          build();
                  });
}

void HostImageBuilder::build()
{
    const QString why = tr("The Docker Engine has no image %1, which the sandbox's servers boot from, and making it")
                            .arg(m_options.image);
    if (::geteuid() != 0) {
        finish(Error{Error::Kind::Unauthorized, 0,
                     tr("%1 needs root (debootstrap makes it from Debian's packages): run `sudo quayside-sandbox "
                        "--prepare-image` once, then start the sandbox as yourself; or name an image you have "
                        "with --host-image.")
                         .arg(why)});
        return;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("debootstrap")).isEmpty()) {
        finish(Error{Error::Kind::Unsupported, 0,
                     tr("%1 needs debootstrap, which is not installed (or not on PATH): install the Debian package "
                        "debootstrap.")
                         .arg(why)});
        return;
    }
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (bash.isEmpty()) {
        finish(Error{Error::Kind::Unsupported, 0, tr("%1 needs bash, which is not on PATH.").arg(why)});
        return;
    }
    QString parent = m_options.temporaryParent;
    if (parent.isEmpty())
        parent = qEnvironmentVariable("TMPDIR", QStringLiteral("/var/tmp"));
    m_folder = std::make_unique<QTemporaryDir>(QDir(parent).filePath(QStringLiteral("quayside-sandbox-image-XXXXXX")));
    if (!m_folder->isValid()) {
        const QString error = m_folder->errorString();
        m_folder.reset();
        finish(Error{Error::Kind::Io, 0,
                     tr("%1 needs a work folder in %2, which could not be made: %3. Set TMPDIR to a folder with a "
                        "few GB free.")
                         .arg(why, parent, error)});
        return;
    }
    const QString script = m_folder->filePath(QStringLiteral("make-host-rootfs.sh"));
    for (const auto &[path, content] : {std::pair{script, HostImageBuilder::script()},
                                        std::pair{m_folder->filePath(QStringLiteral("quayside-boot")), bootScript()}}) {
        const auto written = AtomicFile::write(path, content, QFile::ReadOwner | QFile::WriteOwner);
        if (!written) {
            finish(written.error());
            return;
        }
    }

    QStringList arguments = {script, m_folder->filePath(QStringLiteral("rootfs.tar"))};
    if (!m_options.mirror.isEmpty())
        arguments << m_options.mirror;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_folder->path());
    // A group of its own, so that a time limit stops debootstrap and apt with the script.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    m_pending.clear();
    m_lastLines.clear();
    connect(m_process, &QProcess::readyRead, this, &HostImageBuilder::onOutput);
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) { onBuilt(exitCode, status != QProcess::NormalExit); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onBuilt(-1, true);
    });
    qCInfo(lcSandbox) << "making the host image" << m_options.image << "in" << m_folder->path();
    m_process->start(bash, arguments);
    m_limit.start(m_options.buildTimeoutMs);
}

void HostImageBuilder::onOutput()
{
    m_pending += m_process->readAll();
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
        m_pending.remove(0, end + 1);
        if (line.isEmpty())
            continue;
        m_lastLines << line;
        if (m_lastLines.size() > kLastLines)
            m_lastLines.removeFirst();
        if (m_context && m_progress)
            m_progress(line);
    }
}

QString HostImageBuilder::lastWords() const
{
    QStringList lines = m_lastLines;
    if (!m_pending.trimmed().isEmpty())
        lines << QString::fromUtf8(m_pending).trimmed();
    return lines.join(QLatin1Char('\n'));
}

void HostImageBuilder::onTimeout()
{
    if (!m_process)
        return;
    m_timedOut = true;
    if (m_process->processId() > 0)
        ::kill(-pid_t(m_process->processId()), SIGTERM);
    m_grace.start(m_options.stopGraceMs);
}

void HostImageBuilder::onBuilt(int exitCode, bool crashed)
{
    if (!m_process)
        return;
    m_limit.stop();
    m_grace.stop();
    onOutput();
    const QString startError = m_process->error() == QProcess::FailedToStart ? m_process->errorString() : QString();
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    if (m_timedOut) {
        finish(Error{Error::Kind::Timeout, 0,
                     tr("Making the host image %1 did not finish within %2 s and was stopped: is the Debian mirror "
                        "slow or unreachable? Name a nearer one with --mirror. Its last words:\n%3")
                         .arg(m_options.image)
                         .arg(std::max(1, m_options.buildTimeoutMs / 1000))
                         .arg(lastWords())});
        return;
    }
    if (!startError.isEmpty()) {
        finish(Error{Error::Kind::Unsupported, 0,
                     tr("The script that makes the host image could not be run: %1").arg(startError)});
        return;
    }
    if (crashed || exitCode != 0) {
        finish(Error{Error::Kind::Http, 0,
                     tr("Making the host image %1 failed (exit status %2); nothing was kept. Check that the Debian "
                        "mirror answers (--mirror names another). Its last words:\n%3")
                         .arg(m_options.image)
                         .arg(exitCode)
                         .arg(lastWords())});
        return;
    }
    import();
}

void HostImageBuilder::import()
{
    if (m_context && m_progress)
        m_progress(tr("host image: importing it into the Docker Engine as %1").arg(m_options.image));
    const QStringList arguments = {QStringLiteral("import"),
                                   QStringLiteral("--change"),
                                   DockerSandboxBackend::hostImageEntrypoint(),
                                   QStringLiteral("--message"),
                                   QStringLiteral("quayside-sandbox host image"),
                                   m_folder->filePath(QStringLiteral("rootfs.tar")),
                                   m_options.image};
    m_docker->run(arguments, m_options.importTimeoutMs, this, [this](const Result<QByteArray> &imported) {
        if (imported) {
            finish(true);
            return;
        }
        // An import cut off by its time limit may still end on the engine: no half-made image stays.
        m_docker->run(
            {QStringLiteral("rmi"), QStringLiteral("-f"), m_options.image}, m_options.callTimeoutMs, this,
            [this, error = imported.error()](const Result<QByteArray> &) {
                finish(Error{error.kind, 0,
                             tr("The host image could not be imported into the Docker Engine: %1").arg(error.message)});
            });
    });
}

void HostImageBuilder::stopBuild()
{
    m_limit.stop();
    m_grace.stop();
    if (!m_process)
        return;
    m_process->disconnect(this);
    const qint64 pid = m_process->processId();
    if (pid > 0) {
        // The script's own trap removes its work and unmounts what it mounted.
        ::kill(-pid_t(pid), SIGTERM);
        if (!m_process->waitForFinished(m_options.stopGraceMs)) {
            ::kill(-pid_t(pid), SIGKILL);
            m_process->waitForFinished(5000);
        }
    }
    delete m_process;
    m_process = nullptr;
}

void HostImageBuilder::finish(const Result<bool> &result)
{
    m_folder.reset(); // removes the work folder and all in it
    m_busy = false;
    const Done done = std::move(m_done);
    m_done = nullptr;
    m_progress = nullptr;
    if (!result)
        qCWarning(lcSandbox) << "the host image" << m_options.image << "was not made:" << result.error().message;
    if (m_context && done)
        done(result);
}

} // namespace quayside
