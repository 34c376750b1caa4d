#include "ManagedProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <sys/prctl.h>
#include <sys/stat.h>

namespace quayside::test {

QString ToolResult::describe(const QString &program, const QStringList &arguments) const
{
    const QString command = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    if (!started)
        return QStringLiteral("%1: could not start (is it installed?)").arg(command);
    if (timedOut)
        return QStringLiteral("%1: timed out").arg(command);
    return QStringLiteral("%1: exit %2: %3")
        .arg(command)
        .arg(exitCode)
        .arg(QString::fromLocal8Bit(err.isEmpty() ? out : err).trimmed());
}

ToolResult runTool(const QString &program, const QStringList &arguments, const ToolOptions &options)
{
    ToolResult result;
    QProcess process;
    process.setProcessEnvironment(options.environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return result;
    result.started = true;
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int fileMode(const QString &path)
{
    struct stat status
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 0777) : -1;
}

ManagedProcess::ManagedProcess(QString name)
    : m_name(std::move(name))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ManagedProcess::~ManagedProcess()
{
    stop();
}

bool ManagedProcess::start(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                           int deathSignal)
{
    m_output.clear();
    m_process.setProcessEnvironment(environment);
    m_process.setChildProcessModifier([deathSignal] { ::prctl(PR_SET_PDEATHSIG, deathSignal); });
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000)) {
        m_output = m_process.errorString().toLocal8Bit();
        return false;
    }
    return true;
}

void ManagedProcess::writeAndCloseInput(const QByteArray &data)
{
    m_process.write(data);
    m_process.waitForBytesWritten(5000);
    m_process.closeWriteChannel();
}

void ManagedProcess::drain()
{
    m_output += m_process.readAll();
}

bool ManagedProcess::waitForOutput(const QByteArray &needle, int timeoutMs)
{
    return waitUntil([this, &needle] { return m_output.contains(needle); }, timeoutMs);
}

bool ManagedProcess::waitUntil(const std::function<bool()> &ready, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        drain();
        if (ready())
            return true;
        if (!isRunning() || timer.hasExpired(timeoutMs))
            return false;
        if (!m_process.waitForReadyRead(50))
            QThread::msleep(20);
    }
}

void ManagedProcess::stop(int graceMs)
{
    if (!isRunning())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(graceMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    drain();
}

bool ManagedProcess::stopAfterFailedStart()
{
    const bool portTaken = output().toLower().contains("address already in use");
    stop();
    return portTaken;
}

QByteArray ManagedProcess::output()
{
    drain();
    return m_output;
}

QString ManagedProcess::report(int lines)
{
    drain();
    QList<QByteArray> all = m_output.trimmed().split('\n');
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    QString state =
        isRunning() ? QStringLiteral("running") : QStringLiteral("exited with %1").arg(m_process.exitCode());
    return QStringLiteral("%1 (%2), last output:\n%3").arg(m_name, state, QString::fromLocal8Bit(all.join('\n')));
}

} // namespace quayside::test
