#include "LocalShell.h"

#include "core/AtomicFile.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace quayside::test {

LocalShell::LocalShell(QString root, QObject *parent)
    : RemoteShell(parent)
    , m_root(std::move(root))
{}

void LocalShell::run(const QString &command, int timeoutMs, QObject *context, LineCallback onLine,
                     Callback<CommandResult> done)
{
    m_commands << command;
    auto *process = new QProcess(this);
    process->setWorkingDirectory(m_root);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ROOT"), m_root);
    process->setProcessEnvironment(environment);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QPointer<QObject> guard(context);
    const auto emitLines = [process, onLine, guard](QProcess::ProcessChannel channel, bool flush) {
        process->setReadChannel(channel);
        while (process->canReadLine() || (flush && process->bytesAvailable() > 0)) {
            const QString line = QString::fromUtf8(process->readLine()).chopped(0).trimmed();
            if (guard)
                onLine(channel == QProcess::StandardOutput ? Stream::Out : Stream::Err, line);
        }
    };
    connect(process, &QProcess::readyReadStandardOutput, this,
            [emitLines] { emitLines(QProcess::StandardOutput, false); });
    connect(process, &QProcess::readyReadStandardError, this,
            [emitLines] { emitLines(QProcess::StandardError, false); });
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, &QProcess::kill);
    connect(process, &QProcess::finished, this, [process, emitLines, clock, guard, done, timer](int exitCode) {
        emitLines(QProcess::StandardOutput, true);
        emitLines(QProcess::StandardError, true);
        process->deleteLater();
        if (!guard)
            return;
        if (!timer->isActive())
            done(Error{Error::Kind::Timeout, 0, QStringLiteral("the command timed out")});
        else
            done(CommandResult{exitCode, clock->elapsed()});
    });
    timer->start(timeoutMs);
    process->start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
}

void LocalShell::upload(const QByteArray &data, const QString &path, int mode, QObject *context, Callback<void> done)
{
    QFileDevice::Permissions permissions;
    const std::pair<int, QFileDevice::Permission> bits[] = {
        {0400, QFileDevice::ReadOwner}, {0200, QFileDevice::WriteOwner}, {0100, QFileDevice::ExeOwner},
        {0040, QFileDevice::ReadGroup}, {0020, QFileDevice::WriteGroup}, {0010, QFileDevice::ExeGroup},
        {0004, QFileDevice::ReadOther}, {0002, QFileDevice::WriteOther}, {0001, QFileDevice::ExeOther}};
    for (const auto &[bit, permission] : bits) {
        if (mode & bit)
            permissions |= permission;
    }
    const auto written = AtomicFile::write(m_root + path, data, permissions);
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        this,
        [guard, done, written] {
            if (guard)
                done(written);
        },
        Qt::QueuedConnection);
}

} // namespace quayside::test
