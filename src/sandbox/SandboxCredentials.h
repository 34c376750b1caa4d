#pragma once

#include "core/Result.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace quayside {

// Where a sandbox keeps the way in, in its data folder, as openstacksdk and Quayside's account import
// read it: clouds.yaml names the cloud "quayside-sandbox" (auth URL, user, project, region; no secret,
// mode 0644) and secure.yaml beside it holds the password (mode 0600). The password is made once and kept,
// so accounts set up against the sandbox keep working after a restart; it is never printed or logged.
class SandboxCredentials
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCredentials)

public:
    static QString cloudName() { return QStringLiteral("quayside-sandbox"); }
    static QString cloudsPath(const QString &folder);
    static QString securePath(const QString &folder);

    // The password kept in the folder, or a new random one when there is none (nothing is written yet).
    static Result<QByteArray> loadOrCreatePassword(const QString &folder);
    // Writes both files (each to a temporary name, then renamed), creating the folder (0700) if needed.
    static Result<void> write(const QString &folder, const QUrl &authUrl, const SandboxIdentity &identity);
};

} // namespace quayside
