#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>

namespace quayside {

struct ProvisionUpload
{
    QString path;
    QByteArray data;
    int mode = 0644;
};

// One step of a recipe: a check (is it done already?) and an apply that does it. Running a recipe again on
// a host where it was cut off half-way finishes the job; on a finished host it changes nothing, because
// every step's check passes and nothing is applied.
struct ProvisionStep
{
    QString id;    // "install-docker"
    QString title; // what the user reads in the progress list (translated)
    // POSIX sh scripts. The check exits 0 when the step is done; an empty check means "never done", so
    // the apply always runs (it must then be harmless to repeat).
    QString checkScript;
    QString applyScript;
    // Given to both scripts as environment variables, each value quoted on its way to the shell.
    QMap<QString, QString> variables;
    // Put in place before the apply runs.
    QList<ProvisionUpload> uploads;
    int timeoutMs = 10 * 60 * 1000;
    // What only Quayside can see, such as the Docker API answering over TLS from outside. It runs after the
    // remote check passed; the step is done only when it also says so.
    std::function<void(QObject *context, std::function<void(const Result<bool> &)> done)> localCheck;
    // What Quayside does itself instead of a remote apply, such as building an image through the host's
    // Docker API; it reports progress lines as it goes.
    std::function<void(QObject *context, std::function<void(const QString &line)> output,
                       std::function<void(const Result<void> &)> done)>
        localApply;

    // A step whose check and apply are one script from the resources (":/recipes/<path>.sh"), told apart
    // by QUAYSIDE_MODE=check or apply. An empty script if the build lacks it (a test catches that).
    static ProvisionStep fromScript(const QString &id, const QString &title, const QString &path,
                                    const QMap<QString, QString> &variables);
    static QString script(const QString &path);
    // The first step of every recipe for a new cloud server.
    static ProvisionStep waitForCloudInit(const QMap<QString, QString> &variables);
    ProvisionStep &withTimeout(int milliseconds)
    {
        timeoutMs = milliseconds;
        return *this;
    }
};

struct Recipe
{
    QString id;
    QString title;
    QList<ProvisionStep> steps;

    // The recipe, or an error naming a step whose script this build lacks (a step that Quayside applies
    // itself needs none).
    Result<Recipe> complete() const;
};

} // namespace quayside
