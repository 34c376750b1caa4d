#pragma once

#include "provision/RemoteShell.h"

#include <QString>

namespace quayside::test {

// A RemoteShell that is this machine's own /bin/sh, with paths taken inside a root folder of the test's:
// the step runner's logic tested against a real shell, without a network between.
class LocalShell : public RemoteShell
{
    Q_OBJECT

public:
    explicit LocalShell(QString root, QObject *parent = nullptr);

    QString describe() const override { return QStringLiteral("local shell in %1").arg(m_root); }
    void run(const QString &command, int timeoutMs, QObject *context, LineCallback onLine,
             Callback<CommandResult> done) override;
    void upload(const QByteArray &data, const QString &path, int mode, QObject *context, Callback<void> done) override;

    QStringList commands() const { return m_commands; }

private:
    QString m_root;
    QStringList m_commands;
};

} // namespace quayside::test
