#include "provision/SshRemoteShell.h"

#include "core/ShellQuote.h"
#include "ssh/SshSession.h"

#include <QUuid>

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
    if (!m_sudo) {
        m_session->upload(data, path, mode, QString(), context, std::move(done));
        return;
    }
    // A user who is not root cannot write under /etc: the file goes to a private name in /tmp first, then
    // root puts it beside the target with its mode and owner and renames it into place.
    const QString staging = QStringLiteral("/tmp/.quayside-upload-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString beside = path + QStringLiteral(".quayside-new");
    auto install = ShellQuote::command({QStringLiteral("install"), QStringLiteral("-m"), QString::number(mode, 8),
                                        QStringLiteral("-o"), QStringLiteral("root"), QStringLiteral("-g"),
                                        QStringLiteral("root"), staging, beside});
    auto move = ShellQuote::command({QStringLiteral("mv"), QStringLiteral("-f"), beside, path});
    auto clean = ShellQuote::command({QStringLiteral("rm"), QStringLiteral("-f"), staging});
    if (!install || !move || !clean) {
        done(Error{Error::Kind::InvalidInput, 0, tr("\"%1\" cannot be a path on the server.").arg(path)});
        return;
    }
    const QString command = install.value() + QStringLiteral(" && ") + move.value() + QStringLiteral("; status=$?; ") +
                            clean.value() + QStringLiteral("; exit $status");
    QPointer<SshSession> session = m_session;
    QPointer<QObject> guard(context);
    const QString where = describe();
    m_session->upload(data, staging, 0600, QString(), context, [=](const Result<void> &staged) {
        if (!staged || !session || !guard) {
            done(staged);
            return;
        }
        RunOptions options;
        options.sudo = true;
        options.timeoutMs = 60000;
        auto errors = std::make_shared<QStringList>();
        session->run(
            command, options, guard,
            [errors](OutputStream stream, const QString &line) {
                if (stream == OutputStream::Stderr)
                    *errors << line;
            },
            [=](const Result<RunResult> &ran) {
                if (!ran)
                    done(ran.error());
                else if (ran.value().exitStatus != 0)
                    done(Error{Error::Kind::Unauthorized, 0,
                               tr("Putting %1 in place on %2 as root failed: %3")
                                   .arg(path, where, errors->join(QLatin1Char(' ')))});
                else
                    done(Result<void>());
            });
    });
}

} // namespace quayside
