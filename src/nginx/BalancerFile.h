#pragma once

#include "nginx/BalancerConfig.h"

#include <QCoreApplication>
#include <QString>

namespace quayside {

// The balancer model in a file of its own (BalancerJson), by default balancer.json in the app's data
// folder. Saving validates first and replaces the file all at once (AtomicFile), so a refused model or a
// full disk leaves the last good file as it was.
class BalancerFile
{
    Q_DECLARE_TR_FUNCTIONS(BalancerFile)

public:
    // balancer.json in the data folder (AppDataLocation) of the application Quayside, shared by quaysidectl.
    static QString defaultPath();

    // NotFound if there is no such file; InvalidInput, naming the file and the place, if it cannot be used.
    static Result<BalancerConfig> load(const QString &path);
    // Creates the file's folder if needed.
    static Result<void> save(const QString &path, const BalancerConfig &config);
};

} // namespace quayside
