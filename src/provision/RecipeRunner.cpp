#include "provision/RecipeRunner.h"

#include "core/Logging.h"
#include "core/ShellQuote.h"

#include <QRegularExpression>

namespace quayside {

namespace {

constexpr int kErrorTailLines = 15;

} // namespace

RecipeRunner::RecipeRunner(RemoteShell *host, Recipe recipe, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_recipe(std::move(recipe))
{}

Result<QString> RecipeRunner::commandFor(const QString &script, const QMap<QString, QString> &variables)
{
    static const QRegularExpression name(QStringLiteral("^[A-Z_][A-Z0-9_]*\\z"));
    QString command;
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        if (!name.match(it.key()).hasMatch())
            return Error{Error::Kind::Internal, 0,
                         tr("\"%1\" cannot name a variable of a provisioning script.").arg(it.key())};
        auto value = ShellQuote::quote(it.value());
        if (!value)
            return value.error();
        command += it.key() + QLatin1Char('=') + value.value() + QLatin1Char(' ');
    }
    auto quotedScript = ShellQuote::quote(script);
    if (!quotedScript)
        return quotedScript.error();
    return QString(command + QStringLiteral("sh -c ") + quotedScript.value());
}

void RecipeRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    qCInfo(lcProvision) << "recipe" << m_recipe.id << "on" << (m_host ? m_host->describe() : QString());
    runStep(0);
}

void RecipeRunner::cancel()
{
    m_cancelled = true;
}

QString RecipeRunner::lastErrorLines() const
{
    return m_errorTail.join(QLatin1Char('\n'));
}

void RecipeRunner::runScript(int index, const QString &script, std::function<void(const Result<CommandResult> &)> done)
{
    const ProvisionStep &step = m_recipe.steps.at(index);
    auto command = commandFor(script, step.variables);
    if (!command) {
        done(command.error());
        return;
    }
    m_host->run(
        command.value(), step.timeoutMs, this,
        [this, index](RemoteShell::Stream stream, const QString &line) {
            if (stream == RemoteShell::Stream::Err) {
                m_errorTail << line;
                if (m_errorTail.size() > kErrorTailLines)
                    m_errorTail.removeFirst();
            }
            Q_EMIT stepOutput(index, stream, line);
        },
        std::move(done));
}

void RecipeRunner::check(int index, bool afterApply, std::function<void(const Result<bool> &)> done)
{
    const ProvisionStep &step = m_recipe.steps.at(index);
    const auto withLocal = [this, index, done](bool remoteDone) {
        const ProvisionStep &step = m_recipe.steps.at(index);
        if (!remoteDone || !step.localCheck) {
            done(remoteDone);
            return;
        }
        step.localCheck(this, done);
    };
    if (step.checkScript.isEmpty()) {
        // Only Quayside's own check, if there is one; with none at all there is no way to tell beforehand:
        // apply always, and afterwards the apply's success is the answer.
        if (afterApply || step.localCheck)
            withLocal(true);
        else
            done(false);
        return;
    }
    runScript(index, step.checkScript, [withLocal, done](const Result<CommandResult> &ran) {
        if (!ran) {
            done(ran.error());
            return;
        }
        withLocal(ran.value().exitStatus == 0);
    });
}

void RecipeRunner::runStep(int index)
{
    if (!m_host) {
        m_running = false;
        Q_EMIT finished(false, tr("The host went away."));
        return;
    }
    if (index >= m_recipe.steps.size()) {
        m_running = false;
        qCInfo(lcProvision) << "recipe" << m_recipe.id << "done on" << m_host->describe();
        Q_EMIT finished(true, QString());
        return;
    }
    if (m_cancelled) {
        finishStep(index, StepOutcome::Cancelled, tr("Stopped before \"%1\".").arg(m_recipe.steps.at(index).title));
        return;
    }
    m_stepClock.start();
    m_errorTail.clear();
    Q_EMIT stepStarted(index, m_recipe.steps.at(index).title);
    check(index, false, [this, index](const Result<bool> &done) {
        if (!done) {
            finishStep(index, StepOutcome::Failed, done.error().message);
            return;
        }
        if (done.value()) {
            finishStep(index, StepOutcome::AlreadyDone, QString());
            return;
        }
        m_errorTail.clear();
        apply(index, 0);
    });
}

void RecipeRunner::apply(int index, int upload)
{
    if (m_cancelled) {
        finishStep(index, StepOutcome::Cancelled, tr("Stopped during \"%1\".").arg(m_recipe.steps.at(index).title));
        return;
    }
    const ProvisionStep &step = m_recipe.steps.at(index);
    if (upload < step.uploads.size()) {
        const ProvisionUpload &file = step.uploads.at(upload);
        m_host->upload(file.data, file.path, file.mode, this, [this, index, upload](const Result<void> &put) {
            if (!put)
                finishStep(index, StepOutcome::Failed, put.error().message);
            else
                apply(index, upload + 1);
        });
        return;
    }
    const auto verify = [this, index] {
        if (m_cancelled) {
            finishStep(index, StepOutcome::Cancelled, tr("Stopped during \"%1\".").arg(m_recipe.steps.at(index).title));
            return;
        }
        check(index, true, [this, index](const Result<bool> &done) {
            if (!done)
                finishStep(index, StepOutcome::Failed, done.error().message);
            else if (!done.value())
                finishStep(index, StepOutcome::Failed,
                           tr("\"%1\" ran, but the host still does not pass its check.%2")
                               .arg(m_recipe.steps.at(index).title,
                                    m_errorTail.isEmpty() ? QString() : QStringLiteral("\n") + lastErrorLines()));
            else
                finishStep(index, StepOutcome::Applied, QString());
        });
    };
    if (step.localApply) {
        step.localApply(
            this, [this, index](const QString &line) { Q_EMIT stepOutput(index, RemoteShell::Stream::Out, line); },
            [this, index, verify](const Result<void> &applied) {
                if (!applied)
                    finishStep(index, StepOutcome::Failed, applied.error().message);
                else
                    verify();
            });
        return;
    }
    if (step.applyScript.isEmpty()) {
        verify();
        return;
    }
    runScript(index, step.applyScript, [this, index, verify](const Result<CommandResult> &ran) {
        if (!ran) {
            finishStep(index, StepOutcome::Failed, ran.error().message);
        } else if (ran.value().exitStatus != 0) {
            finishStep(index, StepOutcome::Failed,
                       tr("\"%1\" failed on %2 (exit status %3).%4")
                           .arg(m_recipe.steps.at(index).title, m_host ? m_host->describe() : QString())
                           .arg(ran.value().exitStatus)
                           .arg(m_errorTail.isEmpty() ? QString() : QStringLiteral("\n") + lastErrorLines()));
        } else {
            verify();
        }
    });
}

void RecipeRunner::finishStep(int index, StepOutcome outcome, const QString &message)
{
    const qint64 duration = m_stepClock.isValid() ? m_stepClock.elapsed() : 0;
    Q_EMIT stepFinished(index, outcome, duration, message);
    if (outcome == StepOutcome::Failed || outcome == StepOutcome::Cancelled) {
        m_running = false;
        qCWarning(lcProvision) << "recipe" << m_recipe.id << "stopped at" << m_recipe.steps.at(index).id << ":"
                               << message;
        Q_EMIT finished(false, message);
        return;
    }
    runStep(index + 1);
}

} // namespace quayside
