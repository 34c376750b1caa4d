#include "provision/SshRemoteShell.h"

#include "ssh/SshSession.h"

namespace quayside {

SshRemoteShell::SshRemoteShell(SshSession *session, bool sudo, QObject *parent)
    : RemoteShell(parent)
    , m_session(session)
    , m_sudo(sudo)
{}

QString SshRemoteShell::describe() const
{
    return m_session ? m_session->target().where() : tr("a closed SSH session");
}

void SshRemoteShell::run(const QString &command, int timeoutMs, QObject *context, LineCallback onLine,
                         Callback<CommandResult> done)
{
    if (!m_session) {
        done(Error{Error::Kind::Cancelled, 0, tr("The SSH session is closed.")});
        return;
    }
    RunOptions options;
    options.timeoutMs = timeoutMs;
    options.sudo = m_sudo;
    const QString where = describe();
    m_session->run(
        command, options, context,
        [onLine](OutputStream stream, const QString &line) {
            onLine(stream == OutputStream::Stdout ? Stream::Out : Stream::Err, line);
        },
        [done, where](const Result<RunResult> &ran) {
            if (!ran) {
                done(ran.error());
            } else if (ran.value().exitStatus < 0) {
                done(Error{
                    Error::Kind::Protocol, 0,
                    tr("A command on %1 ended by signal %2.")
                        .arg(where, ran.value().exitSignal.isEmpty() ? tr("(unknown)") : ran.value().exitSignal)});
            } else {
                done(CommandResult{ran.value().exitStatus, ran.value().durationMs});
            }
        });
}

void SshRemoteShell::upload(const QByteArray &data, const QString &path, int mode, QObject *context,
                            Callback<void> done)
{
    if (!m_session) {
        done(Error{Error::Kind::Cancelled, 0, tr("The SSH session is closed.")});
        return;
    }
    // Files of a recipe belong to root, whoever logs in.
    m_session->upload(data, path, mode, m_sudo ? QStringLiteral("root:root") : QString(), context, std::move(done));
}

} // namespace quayside
