// FleetRunView offscreen over a FleetSession against the sandbox cloud in-process (SandboxServer over the
// in-memory backend, through Quayside's real cloud clients over HTTP), with the fleet's certificate
// authority in a real keyring: the rows follow the plan, a server that ends in ERROR shows as a failed row
// and Retry replaces it, Stop ends the run safely and Retry goes on, and a session opened again from the
// record (the app started again) shows what was done. Screenshots land in the build folder.
#include "Await.h"
#include "InProcessSandbox.h"
#include "TestSecretService.h"

#include "core/Fleet.h"
#include "gui/widgets/FleetRunView.h"
#include "provision/FleetSession.h"
#include "secrets/KeychainSecretStore.h"
#include "ssh/SshKey.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using Phase = FleetPlan::Phase;
using State = FleetRunView::StepState;

namespace {

// The first Docker host's page of the wizard: its phases.
const QList<Phase> kFirstHostPhases{Phase::KeyPair, Phase::FirstDockerHost, Phase::DockerHostSetup};

} // namespace

class tst_FleetRunView : public QObject
{
    Q_OBJECT

private:
    QString recordPath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".json")); }

    std::unique_ptr<FleetSession> makeSession(const QString &name)
    {
        const auto cloud = FleetSession::sandboxCloud(m_dir.filePath(QStringLiteral("sandbox")));
        if (!cloud)
            return nullptr;
        return std::make_unique<FleetSession>(cloud.value(), recordPath(name), m_keyFile, &m_secrets);
    }

    Result<void> open(FleetSession &session, const std::optional<Fleet> &fleet)
    {
        return quayside::test::await<void>([&](auto done) {
            if (fleet)
                session.open(*fleet, this, done);
            else
                session.openRecord(this, done);
        });
    }

    // A session over a new fleet named `name`, opened.
    std::unique_ptr<FleetSession> openNewFleet(const QString &name)
    {
        auto session = makeSession(name);
        if (!session || !open(*session, m_sandbox.newFleet(name)))
            return nullptr;
        return session;
    }

    static void show(FleetRunView &view, FleetSession *session, const QList<Phase> &phases)
    {
        view.setPhases(phases);
        view.setSession(session);
        view.resize(1280, 800);
        view.show();
    }

    static QPushButton *button(FleetRunView &view, const char *name)
    {
        return view.findChild<QPushButton *>(QLatin1String(name));
    }

    static QString logText(FleetRunView &view)
    {
        return view.findChild<QPlainTextEdit *>(QStringLiteral("logView"))->toPlainText();
    }

    QList<SandboxInstance> serversNamed(const QString &name) const
    {
        QList<SandboxInstance> found;
        for (const SandboxInstance &server : m_sandbox.backend()->servers()) {
            if (server.name == name)
                found << server;
        }
        return found;
    }

    void screenshot(QWidget &widget, const QString &name)
    {
        const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    QTemporaryDir m_dir;
    quayside::test::TestSecretService m_keyring; // the fleet's certificate authority goes into the keychain
    KeychainSecretStore m_secrets;
    quayside::test::InProcessSandbox m_sandbox;
    QString m_keyFile;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY2(m_sandbox.start(m_dir.filePath(QStringLiteral("sandbox")), "fleet run view password"),
                 qPrintable(m_sandbox.errorString()));
        const auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("view@test"));
        VERIFY_OK(key);
        m_keyFile = m_dir.filePath(QStringLiteral("key"));
        VERIFY_OK(key.value().writePrivateKeyFile(m_keyFile));
    }

    void runsThroughTheFirstDockerHost()
    {
        auto session = openNewFleet(QStringLiteral("first"));
        QVERIFY(session);
        FleetRunView view;
        show(view, session.get(), kFirstHostPhases);
        QCOMPARE(view.phases(), kFirstHostPhases);
        QCOMPARE(view.findChildren<QProgressBar *>().size(), 3);
        QVERIFY(!button(view, "cancelButton")->isEnabled());
        QVERIFY(button(view, "retryButton")->isHidden());

        QSignalSpy finished(&view, &FleetRunView::finished);
        QSignalSpy running(&view, &FleetRunView::runningChanged);
        // What the running row said right after each of the plan's lines (connected after the view).
        QStringList details;
        connect(session.get(), &FleetSession::logLine, this, [&] { details << view.detail(Phase::FirstDockerHost); });
        view.runThrough(Phase::FirstDockerHost);
        QVERIFY(view.isRunning());
        QVERIFY(button(view, "cancelButton")->isEnabled());
        // The server's build shows while it goes on: a busy or filling bar and the cloud's status.
        QTRY_VERIFY_WITH_TIMEOUT(view.state(Phase::FirstDockerHost) == State::Running, 10000);
        QCOMPARE(view.summary(), QStringLiteral("Working on: First Docker host…"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(running.size(), 2);
        QCOMPARE(view.state(Phase::KeyPair), State::Done);
        QCOMPARE(view.state(Phase::FirstDockerHost), State::Done);
        QCOMPARE(view.state(Phase::DockerHostSetup), State::Waiting); // after `last`: not run
        QVERIFY2(view.detail(Phase::FirstDockerHost).startsWith(QStringLiteral("Done in ")),
                 qPrintable(view.detail(Phase::FirstDockerHost)));
        QCOMPARE(view.summary(), QStringLiteral("Done through \"First Docker host\"."));
        QVERIFY2(logText(view).contains(QStringLiteral("Server first-docker-1 is active at")),
                 qPrintable(logText(view)));
        QVERIFY2(logText(view).contains(QStringLiteral("==> SSH key pair")), qPrintable(logText(view)));
        QVERIFY(!button(view, "cancelButton")->isEnabled());
        QVERIFY(button(view, "retryButton")->isHidden());
        const auto bars = view.findChildren<QProgressBar *>();
        QCOMPARE(bars.at(1)->value(), bars.at(1)->maximum());
        QCOMPARE(bars.at(1)->accessibleName(), QStringLiteral("Progress of First Docker host"));
        QCOMPARE(serversNamed(QStringLiteral("first-docker-1")).size(), 1);
        QVERIFY2(details.contains(QStringLiteral("Creating server first-docker-1.")), qPrintable(details.join(u'|')));
        screenshot(view, QStringLiteral("fleet-run-view"));

        // The app starts again: a new session over the record shows what was done, and goes on from there.
        view.setSession(nullptr);
        session.reset();
        auto again = makeSession(QStringLiteral("first"));
        VERIFY_OK(open(*again, std::nullopt));
        FleetRunView reopened;
        reopened.setSession(again.get());
        QCOMPARE(reopened.state(Phase::KeyPair), State::Done);
        QCOMPARE(reopened.detail(Phase::FirstDockerHost), QStringLiteral("Done before"));
        QCOMPARE(reopened.state(Phase::Snapshot), State::Waiting);

        // "Remove what was created": the session deletes what the record lists.
        QSignalSpy takenDown(again.get(), &FleetSession::takenDown);
        again->takeDown();
        QTRY_COMPARE_WITH_TIMEOUT(takenDown.size(), 1, 10000);
        QVERIFY(serversNamed(QStringLiteral("first-docker-1")).isEmpty());
        QVERIFY(!QFile::exists(recordPath(QStringLiteral("first"))));
    }

    void failedServerIsRetried()
    {
        auto session = openNewFleet(QStringLiteral("broken"));
        QVERIFY(session);
        FleetRunView view;
        show(view, session.get(), kFirstHostPhases);
        m_sandbox.backend()->failNextBuilds(1, SandboxFault{500, QStringLiteral("No valid host was found.")});
        QSignalSpy failed(&view, &FleetRunView::failed);
        QSignalSpy finished(&view, &FleetRunView::finished);
        view.runThrough(Phase::FirstDockerHost);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(view.state(Phase::KeyPair), State::Done);
        QCOMPARE(view.state(Phase::FirstDockerHost), State::Failed);
        QVERIFY2(view.detail(Phase::FirstDockerHost).contains(QStringLiteral("No valid host was found.")),
                 qPrintable(view.detail(Phase::FirstDockerHost)));
        QCOMPARE(view.summary(),
                 QStringLiteral("\"First Docker host\" failed. Retry runs it again; what was made is kept."));
        QCOMPARE(view.detail(Phase::DockerHostSetup), QStringLiteral("Not started"));
        QPushButton *retry = button(view, "retryButton");
        QVERIFY(retry->isVisible());
        QVERIFY(retry->isEnabled());
        QVERIFY(!view.isRunning());
        const auto broken = serversNamed(QStringLiteral("broken-docker-1"));
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken.first().status, QStringLiteral("ERROR"));
        screenshot(view, QStringLiteral("fleet-run-view-failed"));

        // By keyboard: Retry has the focus after a failure.
        view.activateWindow();
        QTRY_VERIFY(retry->hasFocus());
        QTest::keyClick(retry, Qt::Key_Space);
        QVERIFY(view.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(view.state(Phase::FirstDockerHost), State::Done);
        QVERIFY(retry->isHidden());
        const auto replaced = serversNamed(QStringLiteral("broken-docker-1"));
        QCOMPARE(replaced.size(), 1);
        QVERIFY(replaced.first().id != broken.first().id);
        QCOMPARE(replaced.first().status, QStringLiteral("ACTIVE"));
        QVERIFY(logText(view).contains(QStringLiteral("is of no use (it ended in ERROR)")));
        QVERIFY(logText(view).contains(QStringLiteral("SSH key pair: finished before, skipped.")));
    }

    void stopThenRetryGoesOn()
    {
        auto session = openNewFleet(QStringLiteral("stopped"));
        QVERIFY(session);
        FleetRunView view;
        show(view, session.get(), FleetPlan::phases());
        QCOMPARE(view.phases(), FleetPlan::phases());
        m_sandbox.backend()->setBuildMs(5000);
        QSignalSpy failed(&view, &FleetRunView::failed);
        QSignalSpy finished(&view, &FleetRunView::finished);
        view.runThrough(Phase::FirstDockerHost);
        // The build is under way (the cloud reports its progress): Stop leaves the wait at once.
        QTRY_VERIFY_WITH_TIMEOUT(view.detail(Phase::FirstDockerHost).contains(QStringLiteral("BUILD")), 10000);
        QCOMPARE(view.state(Phase::FirstDockerHost), State::Running);
        screenshot(view, QStringLiteral("fleet-run-view-running"));
        QTest::mouseClick(button(view, "cancelButton"), Qt::LeftButton);
        QVERIFY(!button(view, "cancelButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 3000);
        QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Cancelled);
        QCOMPARE(view.state(Phase::FirstDockerHost), State::Stopped);
        QVERIFY2(view.summary().startsWith(QStringLiteral("Stopped.")), qPrintable(view.summary()));
        QVERIFY(button(view, "retryButton")->isVisible());
        QCOMPARE(serversNamed(QStringLiteral("stopped-docker-1")).size(), 1);
        screenshot(view, QStringLiteral("fleet-run-view-stopped"));

        m_sandbox.backend()->setBuildMs(200);
        QTest::mouseClick(button(view, "retryButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(view.state(Phase::FirstDockerHost), State::Done);
        QCOMPARE(serversNamed(QStringLiteral("stopped-docker-1")).size(), 1); // waited for, not made again
        QCOMPARE(view.state(Phase::Snapshot), State::Waiting);
    }
};

QTEST_MAIN(tst_FleetRunView)
#include "tst_FleetRunView.moc"
