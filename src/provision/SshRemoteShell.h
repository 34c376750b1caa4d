#pragma once

#include "provision/RemoteShell.h"

#include <QPointer>

namespace quayside {

class SshSession;

// A recipe's host over an SSH session: commands through the session (as root through sudo when the
// session's user is not root), files through SFTP.
class SshRemoteShell : public RemoteShell
{
    Q_OBJECT

public:
    SshRemoteShell(SshSession *session, bool sudo, QObject *parent = nullptr);

    QString describe() const override;
    void run(const QString &command, int timeoutMs, QObject *context, LineCallback onLine,
             Callback<CommandResult> done) override;
    void upload(const QByteArray &data, const QString &path, int mode, QObject *context, Callback<void> done) override;

private:
    QPointer<SshSession> m_session;
    bool m_sudo;
};

} // namespace quayside
