#pragma once

#include "provision/Recipe.h"
#include "provision/RemoteShell.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace quayside {

enum class StepOutcome { AlreadyDone, Applied, Failed, Cancelled };

// Runs a recipe's steps on one host, one after the other, and reports each step's start, output lines and
// result with its duration, for progress bars and logs. The first step that fails ends the run; the steps
// before it stay done, and running the recipe again starts where it stopped.
class RecipeRunner : public QObject
{
    Q_OBJECT

public:
    RecipeRunner(RemoteShell *host, Recipe recipe, QObject *parent = nullptr);

    const Recipe &recipe() const { return m_recipe; }
    bool isRunning() const { return m_running; }
    void start();
    // Stops after the command running now; the step counts as cancelled.
    void cancel();

    // The shell command that runs `script` with `variables` set: NAME='value' ... sh -c 'script'.
    static Result<QString> commandFor(const QString &script, const QMap<QString, QString> &variables);

Q_SIGNALS:
    void stepStarted(int index, const QString &title);
    void stepOutput(int index, quayside::RemoteShell::Stream stream, const QString &line);
    void stepFinished(int index, quayside::StepOutcome outcome, qint64 durationMs, const QString &message);
    void finished(bool ok, const QString &message);

private:
    void runStep(int index);
    void check(int index, bool afterApply, std::function<void(const Result<bool> &)> done);
    void apply(int index, int upload);
    void finishStep(int index, StepOutcome outcome, const QString &message);
    void runScript(int index, const QString &script, std::function<void(const Result<CommandResult> &)> done);
    QString lastErrorLines() const;

    QPointer<RemoteShell> m_host;
    Recipe m_recipe;
    bool m_running = false;
    bool m_cancelled = false;
    QElapsedTimer m_stepClock;
    QStringList m_errorTail; // the step's last stderr lines, for the failure message
};

} // namespace quayside
