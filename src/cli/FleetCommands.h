#pragma once

#include "cli/Invocation.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

namespace quayside::cli {

// quaysidectl's fleet commands over the fleet record (FleetFile) and FleetPlan: `up` runs the plan against
// a cloud account of the user's (--cloud) or the sandbox cloud (the default) and resumes a run that was
// interrupted, `status` prints what the record says, `down` deletes what the record lists and the record.
// The plan's SSH phases are not wired in yet: `up` stops after the cloud phases and says so.
class FleetCommands
{
    Q_DECLARE_TR_FUNCTIONS(FleetCommands)

public:
    // The id a fleet record gives the sandbox cloud: not a valid account id, so no account of the user's
    // is ever taken for it.
    static QString sandboxAccountId() { return QStringLiteral("(sandbox)"); }
    static QString defaultSandboxUrl() { return QStringLiteral("http://127.0.0.1:8770/identity/v3"); }

    // --fleet FILE
    static QList<QCommandLineOption> recordOptions();
    // --cloud, --sandbox, --sandbox-data
    static QList<QCommandLineOption> cloudOptions();
    // --name, --docker-hosts, --containers, --flavor, --image, --public-key
    static QList<QCommandLineOption> upOptions();

    static int up(const Invocation &call);
    static int status(const Invocation &call);
    static int down(const Invocation &call);
};

} // namespace quayside::cli
