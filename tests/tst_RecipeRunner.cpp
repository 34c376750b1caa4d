// RecipeRunner on a real shell (LocalShell): checks skip what is done, applies do the rest, a half-done
// host is finished, failures stop the run with the host's own words, and values reach scripts literally.
#include "LocalShell.h"
#include "ManagedProcess.h"

#include "provision/RecipeRunner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using quayside::test::fileMode;
using quayside::test::LocalShell;
using quayside::test::readFile;

namespace {

ProvisionStep step(const QString &id, const QString &check, const QString &apply)
{
    ProvisionStep made;
    made.id = id;
    made.title = id;
    made.checkScript = check;
    made.applyScript = apply;
    made.timeoutMs = 10000;
    return made;
}

struct Run
{
    bool ok = false;
    QString message;
    QList<StepOutcome> outcomes;
    QStringList output;
};

} // namespace

class tst_RecipeRunner : public QObject
{
    Q_OBJECT

private:
    Run run(const Recipe &recipe, const std::function<void(RecipeRunner &)> &during = {})
    {
        RecipeRunner runner(m_shell.get(), recipe);
        Run result;
        bool done = false;
        connect(&runner, &RecipeRunner::stepFinished, this,
                [&result](int, StepOutcome outcome, qint64, const QString &) { result.outcomes << outcome; });
        connect(&runner, &RecipeRunner::stepOutput, this,
                [&result](int, RemoteShell::Stream, const QString &line) { result.output << line; });
        connect(&runner, &RecipeRunner::finished, this, [&](bool ok, const QString &message) {
            result.ok = ok;
            result.message = message;
            done = true;
        });
        runner.start();
        if (during)
            during(runner);
        if (!QTest::qWaitFor([&done] { return done; }, 30000))
            result.message = QStringLiteral("the test gave up waiting");
        return result;
    }

    Recipe twoSteps() const
    {
        ProvisionStep marker = step(QStringLiteral("marker"), QStringLiteral("[ -f \"$ROOT/marker\" ]"),
                                    QStringLiteral("echo making the marker; touch \"$ROOT/marker\""));
        ProvisionStep config =
            step(QStringLiteral("config"), QStringLiteral("grep -qx 'port 2376' \"$ROOT/etc/app.conf\""),
                 QStringLiteral("chmod 0640 \"$ROOT/etc/app.conf\""));
        config.uploads = {ProvisionUpload{QStringLiteral("/etc/app.conf"), "port 2376\n", 0600}};
        return Recipe{QStringLiteral("test"), QStringLiteral("Test"), {marker, config}};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalShell> m_shell;

private Q_SLOTS:
    void init()
    {
        QVERIFY(QDir(m_dir.path()).removeRecursively());
        QVERIFY(QDir().mkpath(m_dir.path() + QStringLiteral("/etc")));
        m_shell = std::make_unique<LocalShell>(m_dir.path());
    }

    void appliesThenChangesNothing()
    {
        const Run first = run(twoSteps());
        QVERIFY2(first.ok, qPrintable(first.message));
        QCOMPARE(first.outcomes, QList<StepOutcome>({StepOutcome::Applied, StepOutcome::Applied}));
        QVERIFY(first.output.contains(QStringLiteral("making the marker")));
        QCOMPARE(readFile(m_dir.path() + QStringLiteral("/etc/app.conf")), QByteArray("port 2376\n"));
        QCOMPARE(fileMode(m_dir.path() + QStringLiteral("/etc/app.conf")), 0640);

        const int before = int(m_shell->commands().size());
        const Run second = run(twoSteps());
        QVERIFY2(second.ok, qPrintable(second.message));
        QCOMPARE(second.outcomes, QList<StepOutcome>({StepOutcome::AlreadyDone, StepOutcome::AlreadyDone}));
        QCOMPARE(m_shell->commands().size() - before, 2); // the two checks, nothing else
        QVERIFY(second.output.isEmpty());
    }

    void finishesAHalfDoneHost()
    {
        QVERIFY(test::writeFile(m_dir.path() + QStringLiteral("/marker"), ""));
        const Run result = run(twoSteps());
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.outcomes, QList<StepOutcome>({StepOutcome::AlreadyDone, StepOutcome::Applied}));
    }

    void aFailingStepStopsTheRunWithTheHostsWords()
    {
        Recipe recipe = twoSteps();
        recipe.steps.prepend(step(QStringLiteral("broken"), QStringLiteral("false"),
                                  QStringLiteral("echo 'E: Unable to locate package docker.io' >&2; exit 100")));
        const Run result = run(recipe);
        QVERIFY(!result.ok);
        QCOMPARE(result.outcomes, QList<StepOutcome>({StepOutcome::Failed}));
        QVERIFY2(result.message.contains(QLatin1String("Unable to locate package docker.io")),
                 qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String("exit status 100")));
        QVERIFY(!QFile::exists(m_dir.path() + QStringLiteral("/marker")));
    }

    void anApplyThatDoesNotDoItsJobFails()
    {
        Recipe recipe{QStringLiteral("lazy"),
                      QStringLiteral("Lazy"),
                      {step(QStringLiteral("lazy"), QStringLiteral("[ -f \"$ROOT/never\" ]"),
                            QStringLiteral("echo 'looks fine to me' >&2"))}};
        const Run result = run(recipe);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("still does not pass its check")), qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String("looks fine to me")));
    }

    void valuesReachTheScriptLiterally()
    {
        const QString hostile = QStringLiteral("it's $(touch \"$ROOT/pwned\") `id` ; rm -rf x\nsecond line");
        ProvisionStep write =
            step(QStringLiteral("write"), QString(), QStringLiteral("printf '%s' \"$VALUE\" > \"$ROOT/value\""));
        write.variables = {{QStringLiteral("VALUE"), hostile}};
        const Run result = run(Recipe{QStringLiteral("values"), QStringLiteral("Values"), {write}});
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(QString::fromUtf8(readFile(m_dir.path() + QStringLiteral("/value"))), hostile);
        QVERIFY(!QFile::exists(m_dir.path() + QStringLiteral("/pwned")));
    }

    void aLocalCheckHasTheLastWord()
    {
        int asked = 0;
        ProvisionStep remote =
            step(QStringLiteral("remote"), QStringLiteral("[ -f \"$ROOT/up\" ]"), QStringLiteral("touch \"$ROOT/up\""));
        remote.localCheck = [&asked](QObject *, std::function<void(const Result<bool> &)> done) {
            ++asked;
            done(asked > 1); // not yet on the first look, answering after the apply
        };
        QVERIFY(test::writeFile(m_dir.path() + QStringLiteral("/up"), ""));
        const Run result = run(Recipe{QStringLiteral("local"), QStringLiteral("Local"), {remote}});
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.outcomes, QList<StepOutcome>({StepOutcome::Applied}));
        QCOMPARE(asked, 2);
    }

    void stepsQuaysideDoesItself()
    {
        bool built = false;
        ProvisionStep local;
        local.id = QStringLiteral("build");
        local.title = QStringLiteral("build");
        local.localCheck = [&built](QObject *, std::function<void(const Result<bool> &)> done) { done(built); };
        local.localApply = [&built](QObject *, std::function<void(const QString &)> output,
                                    std::function<void(const Result<void> &)> done) {
            output(QStringLiteral("Step 1/1 : building"));
            built = true;
            done(Result<void>());
        };
        const Recipe recipe{QStringLiteral("local"), QStringLiteral("Local"), {local}};
        QVERIFY(recipe.complete().ok());
        const Run first = run(recipe);
        QVERIFY2(first.ok, qPrintable(first.message));
        QCOMPARE(first.outcomes, QList<StepOutcome>({StepOutcome::Applied}));
        QCOMPARE(first.output, QStringList({QStringLiteral("Step 1/1 : building")}));
        const Run second = run(recipe);
        QCOMPARE(second.outcomes, QList<StepOutcome>({StepOutcome::AlreadyDone}));
        QVERIFY(m_shell->commands().isEmpty()); // nothing ran on the host

        local.localApply = [](QObject *, std::function<void(const QString &)>,
                              std::function<void(const Result<void> &)> done) {
            done(Error{Error::Kind::Http, 500, QStringLiteral("the engine refused the build")});
        };
        built = false;
        const Run failed = run(Recipe{QStringLiteral("local"), QStringLiteral("Local"), {local}});
        QVERIFY(!failed.ok);
        QCOMPARE(failed.message, QStringLiteral("the engine refused the build"));
    }

    void cancelStopsAfterTheRunningCommand()
    {
        Recipe recipe = twoSteps();
        recipe.steps.prepend(step(QStringLiteral("slow"), QString(), QStringLiteral("sleep 0.3")));
        const Run result = run(recipe, [](RecipeRunner &runner) { runner.cancel(); });
        QVERIFY(!result.ok);
        QCOMPARE(result.outcomes.last(), StepOutcome::Cancelled);
        QVERIFY(!QFile::exists(m_dir.path() + QStringLiteral("/marker")));
    }

    void refusesBadVariableNames()
    {
        QVERIFY(!RecipeRunner::commandFor(QStringLiteral("true"), {{QStringLiteral("A;B"), QStringLiteral("x")}}).ok());
        QVERIFY(
            !RecipeRunner::commandFor(QStringLiteral("true"), {{QStringLiteral("lower"), QStringLiteral("x")}}).ok());
        const auto command =
            RecipeRunner::commandFor(QStringLiteral("echo \"$A\""), {{QStringLiteral("A"), QStringLiteral("1")}});
        QVERIFY(command.ok());
        QCOMPARE(command.value(), QStringLiteral("A='1' sh -c 'echo \"$A\"'"));
    }
};

QTEST_GUILESS_MAIN(tst_RecipeRunner)
#include "tst_RecipeRunner.moc"
