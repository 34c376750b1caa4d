#pragma once

#include "cli/Invocation.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

namespace quayside::cli {

// quaysidectl's commands that work on an nginx host over SSH through NginxDeployer: deploy-nginx,
// nginx-versions, nginx-diff and rollback-nginx. Each connects (the key's passphrase only from the keychain,
// an unknown host key only with --trust and exactly its fingerprint), does its one thing and disconnects.
// Interrupted (SIGINT, SIGTERM, SIGHUP), it lets go of the host without stopping what runs there, so a
// deployment under way completes or leaves the version before in service, never half of one.
class NginxCommands
{
    Q_DECLARE_TR_FUNCTIONS(NginxCommands)

public:
    // Where and how to log in, and the nginx layout when it is not Debian's.
    static QList<QCommandLineOption> remoteOptions();
    // --to N
    static QList<QCommandLineOption> rollbackOptions();

    static int deploy(const Invocation &call);
    static int versions(const Invocation &call);
    static int diff(const Invocation &call);
    static int rollback(const Invocation &call);
};

} // namespace quayside::cli
