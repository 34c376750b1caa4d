#pragma once

#include "cli/Invocation.h"
#include "core/Result.h"
#include "provision/FleetSession.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

namespace quayside::cli {

// quaysidectl's fleet commands over the fleet record (FleetFile) and FleetPlan: `up` runs the plan against
// a cloud account of the user's (--cloud) or the sandbox cloud (the default) and resumes a run that was
// interrupted, `status` prints what the record says, `down` deletes what the record lists and the record.
// The SSH and Docker phases are FleetProvisioner's; `down` also forgets what this machine kept for the fleet.
class FleetCommands
{
    Q_DECLARE_TR_FUNCTIONS(FleetCommands)

public:
    // The id a fleet record gives the sandbox cloud: not a valid account id, so no account of the user's
    // is ever taken for it.
    static QString sandboxAccountId() { return FleetSession::sandboxAccountId(); }
    static QString defaultSandboxUrl() { return QStringLiteral("http://127.0.0.1:8770/identity/v3"); }

    // --fleet FILE
    static QList<QCommandLineOption> recordOptions();
    // --cloud, --sandbox, --sandbox-data
    static QList<QCommandLineOption> cloudOptions();
    // --name, --docker-hosts, --containers, --flavor, --image, --ssh-key, --ssh-user, --apt-source, --verbose
    static QList<QCommandLineOption> upOptions();

    static int up(const Invocation &call);
    // Sets the fleet's number of Tomcat containers (--containers N) and runs the plan's container phases
    // again: new containers are started, nginx is sent to the wanted ones, and the ones it no longer uses go.
    static int scale(const Invocation &call);
    // The fleet's nginx configuration (a BalancerFile beside the record), for export-nginx and show-nginx.
    static Result<QString> balancerOf(const QString &recordPath);
    static int status(const Invocation &call);
    static int down(const Invocation &call);

private:
    static int run(const Invocation &call, bool resumeOnly);
};

} // namespace quayside::cli
