// The setup wizard through every page, as a person uses it, against quayside-sandbox on the harness's real
// Docker Engine: the sandbox chosen, its credentials, region/flavor/image, a generated SSH key; page 5 boots and
// sets up the first Docker host (host key checked against the console, Docker over mutual TLS); page 6 builds
// the Tomcat image from a Dockerfile edited to fail, shows the failure, and builds again from Quayside's own
// with a WAR of the test's, showing the page a test container of it served; page 7 snapshots the host; then the
// wizard is destroyed (Quayside closed) and a new one resumes from the record, listing what was made; page 8 the
// nginx host; page 9 one more Docker host from the snapshot with 2 containers on each; page 10 checks through
// nginx and shows which containers answered and the application's page; page 11 shows the topology and exports
// the nginx configuration; "Remove what was created" then leaves nothing on the engine. Every page is saved as
// a 1280x800 screenshot (screenshots/plan-*.png) for review; the test runs in Xvfb.
// Nothing reaches the internet: the servers' packages come from the harness's apt repository on the bridge.
#include "Await.h"
#include "TestCloudHost.h"
#include "TestDockerEngine.h"
#include "TestSecretService.h"

#include "cloud/CloudAccountStore.h"
#include "core/Fleet.h"
#include "gui/widgets/FleetRunView.h"
#include "gui/widgets/TopologyView.h"
#include "gui/wizard/FirstRunWizard.h"
#include "gui/wizard/FleetPages.h"
#include "gui/wizard/PlanPage.h"
#include "gui/wizard/TomcatImagePage.h"
#include "gui/wizard/WizardStatus.h"
#include "provision/FleetSession.h"
#include "provision/TomcatImageRecipe.h"
#include "secrets/KeychainSecretStore.h"
#include "ssh/SshKey.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>
#include <csignal>
#include <sys/prctl.h>

using namespace quayside;
using namespace quayside::test;

namespace {

constexpr int kStepMs = 20 * 60 * 1000;
const QByteArray kApplicationPage = "<html><body><h1>Quayside wizard test application</h1></body></html>\n";

// A web application as a user has one: a WAR (a zip) with its start page.
bool writeWar(const QString &path)
{
    std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), &archive_write_free);
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), &archive_entry_free);
    if (!writer || !entry || archive_write_set_format_zip(writer.get()) != ARCHIVE_OK ||
        archive_write_open_filename(writer.get(), QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return false;
    archive_entry_set_pathname(entry.get(), "index.html");
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), kApplicationPage.size());
    return archive_write_header(writer.get(), entry.get()) == ARCHIVE_OK &&
           archive_write_data(writer.get(), kApplicationPage.constData(), size_t(kApplicationPage.size())) ==
               kApplicationPage.size() &&
           archive_write_close(writer.get()) == ARCHIVE_OK;
}

} // namespace

class tst_WizardPlan : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        QNetworkAccessManager network;
        std::unique_ptr<CloudAccountStore> accounts;
        std::unique_ptr<FirstRunWizard> wizard;
    };

    std::unique_ptr<Run> start()
    {
        auto run = std::make_unique<Run>();
        run->accounts =
            std::make_unique<CloudAccountStore>(m_dir.filePath(QStringLiteral("accounts.ini")), m_secrets.get());
        WizardEnvironment environment;
        environment.network = &run->network;
        environment.secrets = m_secrets.get();
        environment.accounts = run->accounts.get();
        environment.sandboxFolder = sandboxData();
        environment.sshFolder = m_dir.filePath(QStringLiteral("home/.ssh"));
        environment.keyFolder = m_dir.filePath(QStringLiteral("keys"));
        environment.recordPath = recordPath();
        environment.aptSource = m_harnessHost->aptSource();
        run->wizard = std::make_unique<FirstRunWizard>(environment);
        run->wizard->resize(1280, 800);
        run->wizard->show();
        if (!QTest::qWaitForWindowExposed(run->wizard.get()))
            return nullptr;
        return run;
    }

    QString sandboxData() const { return m_dir.filePath(QStringLiteral("sandbox")); }
    QString recordPath() const { return m_dir.filePath(QStringLiteral("fleet.json")); }

    static void saveScreenshot(QWizard *wizard, const QString &name)
    {
        const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(wizard->size(), QSize(1280, 800));
        QVERIFY(wizard->grab().save(dir + QStringLiteral("/plan-") + name + QStringLiteral(".png")));
    }

    static WizardStatus *statusOf(QWizard *wizard)
    {
        return wizard->currentPage()->findChild<WizardStatus *>(QStringLiteral("status"));
    }

    static QAbstractButton *forward(QWizard *wizard)
    {
        return wizard->button(wizard->currentPage()->isCommitPage() ? QWizard::CommitButton
                              : wizard->nextId() == -1              ? QWizard::FinishButton
                                                                    : QWizard::NextButton);
    }

    static void pressNext(QWizard *wizard)
    {
        QAbstractButton *button = forward(wizard);
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        button->click();
    }

    static void waitForPage(QWizard *wizard, int id, int timeoutMs = 30000)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(wizard->currentId() == id,
                                  qPrintable(QStringLiteral("still on page %1: %2")
                                                 .arg(wizard->currentId())
                                                 .arg(statusOf(wizard) ? statusOf(wizard)->text() : QString())),
                                  timeoutMs);
    }

    // Waits until the plan page's run has ended, and says how it went.
    static void waitForRun(QWizard *wizard, bool expectSuccess = true)
    {
        auto *page = qobject_cast<PlanPage *>(wizard->currentPage());
        QVERIFY(page);
        FleetRunView *view = page->runView();
        QElapsedTimer clock;
        clock.start();
        // The run starts when the fleet is open (page 5, or after a resume) or when a button was pressed.
        QTRY_VERIFY_WITH_TIMEOUT(view->isRunning() || page->phasesFinished(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), kStepMs);
        qInfo().noquote() << wizard->currentPage()->title() << "ran for" << clock.elapsed() / 1000
                          << "s:" << view->summary();
        if (expectSuccess) {
            QVERIFY2(page->phasesFinished(), qPrintable(view->summary() + QLatin1Char('\n') + logOf(view)));
            QTRY_VERIFY(forward(wizard)->isEnabled());
        }
    }

    static QString logOf(FleetRunView *view)
    {
        auto *log = view->findChild<QPlainTextEdit *>(QStringLiteral("logView"));
        return log ? log->toPlainText().right(6000) : QString();
    }

    QSet<QString> containers() const
    {
        QSet<QString> found;
        const QStringList lines =
            QString::fromUtf8(
                m_engine.docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--no-trunc")}).out)
                .split(QLatin1Char('\n'));
        for (const QString &line : lines)
            if (!line.trimmed().isEmpty())
                found << line.trimmed();
        return found;
    }

    QTemporaryDir m_dir;
    TestSecretService m_keyring;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    TestDockerEngine m_engine;
    std::unique_ptr<TestCloudHost> m_harnessHost;
    QProcess m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Quayside's own files (known_hosts above all) go to the test's folder, not the user's.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        m_secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("quayside-test-wizard-plan"));
        QVERIFY2(m_engine.start(), qPrintable(m_engine.errorString()));
        const auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("wizard-plan"));
        VERIFY_OK(key);
        m_harnessHost = std::make_unique<TestCloudHost>(&m_engine);
        QVERIFY2(m_harnessHost->start(key.value().publicKeyLine().toUtf8()), qPrintable(m_harnessHost->errorString()));
        QVERIFY2(m_harnessHost->tagAsSandboxImage(), qPrintable(m_harnessHost->errorString()));

        m_sandbox.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + m_engine.unixSocket());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("quayside.*.debug=false"));
        m_sandbox.setProcessEnvironment(env);
        m_sandbox.setProcessChannelMode(QProcess::MergedChannels);
        m_sandbox.start(
            QStringLiteral(QUAYSIDE_SANDBOX_BINARY),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), sandboxData(),
             QStringLiteral("--host-image"), TestCloudHost::imageName(), QStringLiteral("--server-env"),
             QStringLiteral("APT_REPOSITORY=") + m_harnessHost->aptSource().section(QLatin1Char(' '), 2, 2)});
        QByteArray said;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         said += m_sandbox.readAll();
                         return said.contains("auth URL") || m_sandbox.state() == QProcess::NotRunning;
                     },
                     30000),
                 said.constData());
        QVERIFY2(said.contains("auth URL"), said.constData());
    }

    void cleanupTestCase()
    {
        if (m_sandbox.state() != QProcess::NotRunning) {
            m_sandbox.terminate();
            if (!m_sandbox.waitForFinished(30000))
                m_sandbox.kill();
        }
        qInfo().noquote() << "sandbox:" << QString::fromUtf8(m_sandbox.readAll()).right(3000);
    }

    void everyPage()
    {
        using Phase = FleetPlan::Phase;
        using State = FleetRunView::StepState;
        const QSet<QString> containersBefore = containers();
        QElapsedTimer total;
        total.start();

        auto run = start();
        QVERIFY(run);
        FirstRunWizard *wizard = run->wizard.get();
        // Pages 1-4 with what they propose for the sandbox (tst_FirstRunWizard checks them in detail).
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::WelcomePageId));
        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::CredentialsPageId);
        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::CloudResourcesPageId);
        QTRY_VERIFY_WITH_TIMEOUT(forward(wizard)->isEnabled(), 30000);
        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::SshKeyPageId);
        pressNext(wizard); // "Start building"

        // 5: the first Docker host.
        waitForPage(wizard, FirstRunWizard::FirstDockerHostPageId);
        // What was made cannot be unmade by going back.
        QVERIFY(
            !(wizard->button(QWizard::BackButton)->isVisible() && wizard->button(QWizard::BackButton)->isEnabled()));
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<PlanPage *>(wizard->currentPage())->runView()->isRunning(), 60000);
        QVERIFY(!forward(wizard)->isEnabled()); // not while it runs
        saveScreenshot(wizard, QStringLiteral("5-first-docker-host-running"));
        waitForRun(wizard);
        saveScreenshot(wizard, QStringLiteral("5-first-docker-host"));
        {
            const auto record = FleetFile::load(recordPath());
            VERIFY_OK(record);
            const FleetServer *first = record.value().server(QStringLiteral("quayside-docker-1"));
            QVERIFY(first);
            QVERIFY(first->hostKeyFingerprint.startsWith(QLatin1String("SHA256:")));
        }
        pressNext(wizard);

        // 6: the Tomcat image, first from a Dockerfile that fails, then from Quayside's own.
        waitForPage(wizard, FirstRunWizard::TomcatImagePageId);
        auto *image = qobject_cast<TomcatImagePage *>(wizard->currentPage());
        QVERIFY(image);
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard->currentPage()->findChild<QAbstractButton *>(QStringLiteral("buildButton"))->isEnabled(), 30000);
        QCOMPARE(image->dockerfileText(), QString::fromUtf8(TomcatImageRecipe::dockerfile()));
        QVERIFY(!forward(wizard)->isEnabled()); // nothing built yet
        image->setDockerfileText(image->dockerfileText() +
                                 QStringLiteral("\nRUN echo 'a step of the test that fails' && exit 3\n"));
        wizard->currentPage()->findChild<QAbstractButton *>(QStringLiteral("buildButton"))->click();
        waitForRun(wizard, false);
        FleetRunView *imageView = image->runView();
        QCOMPARE(imageView->state(Phase::TomcatImage), State::Failed);
        QVERIFY(!forward(wizard)->isEnabled());
        QVERIFY2(logOf(imageView).contains(QStringLiteral("a step of the test that fails")),
                 qPrintable(logOf(imageView)));
        {
            QFile kept(FleetSession::tomcatDockerfilePath(recordPath(), QStringLiteral("quayside")));
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QVERIFY(kept.readAll().contains("exit 3"));
        }
        saveScreenshot(wizard, QStringLiteral("6-tomcat-image-failed"));
        // Quayside's own Dockerfile again, and the user's application to deploy.
        wizard->currentPage()->findChild<QAbstractButton *>(QStringLiteral("resetButton"))->click();
        QCOMPARE(image->dockerfileText(), QString::fromUtf8(TomcatImageRecipe::dockerfile()));
        const QString war = m_dir.filePath(QStringLiteral("application.war"));
        QVERIFY(writeWar(war));
        image->setWarPath(war);
        wizard->currentPage()->findChild<QAbstractButton *>(QStringLiteral("buildButton"))->click();
        waitForRun(wizard);
        QCOMPARE(imageView->state(Phase::TomcatImage), State::Done);
        QVERIFY2(image->shownPageText().contains(QStringLiteral("Quayside wizard test application")),
                 qPrintable(image->shownPageText()));
        // Quayside's own Dockerfile is not kept as a custom one; the application is kept for a resumed run.
        QVERIFY(!QFile::exists(FleetSession::tomcatDockerfilePath(recordPath(), QStringLiteral("quayside"))));
        QFile keptWar(FleetSession::tomcatWarPath(recordPath(), QStringLiteral("quayside")));
        QVERIFY(keptWar.open(QIODevice::ReadOnly));
        QFile givenWar(war);
        QVERIFY(givenWar.open(QIODevice::ReadOnly));
        QCOMPARE(keptWar.readAll(), givenWar.readAll());
        saveScreenshot(wizard, QStringLiteral("6-tomcat-image"));
        pressNext(wizard);

        // 7: the snapshot.
        waitForPage(wizard, FirstRunWizard::SnapshotPageId);
        waitForRun(wizard);
        saveScreenshot(wizard, QStringLiteral("7-snapshot"));
        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::NginxHostPageId);

        // Quayside is closed here (the nginx host's page had started), and opened again: the wizard resumes.
        run.reset();
        run = start();
        QVERIFY(run);
        wizard = run->wizard.get();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::ResumePageId));
        const QStringList created = qobject_cast<ResumePage *>(wizard->currentPage())->createdRows();
        qInfo().noquote() << "resumed with:" << created;
        QVERIFY2(created.filter(QStringLiteral("Docker host|quayside-docker-1|set up")).size() == 1,
                 qPrintable(created.join(QLatin1Char('\n'))));
        QVERIFY2(created.filter(QStringLiteral("Snapshot|quayside-snapshot|active")).size() == 1,
                 qPrintable(created.join(QLatin1Char('\n'))));
        QCOMPARE(wizard->nextId(), int(FirstRunWizard::NginxHostPageId));
        saveScreenshot(wizard, QStringLiteral("0-resume"));
        pressNext(wizard);

        // 8: the nginx host.
        waitForPage(wizard, FirstRunWizard::NginxHostPageId);
        waitForRun(wizard);
        saveScreenshot(wizard, QStringLiteral("8-nginx-host"));
        pressNext(wizard);

        // 9: one more Docker host from the snapshot, 2 containers on each.
        waitForPage(wizard, FirstRunWizard::MoreHostsPageId);
        auto *more = qobject_cast<MoreHostsPage *>(wizard->currentPage());
        QVERIFY(more);
        QTRY_VERIFY(more->findChild<QAbstractButton *>(QStringLiteral("launchButton"))->isEnabled());
        more->setCounts(1, 2);
        saveScreenshot(wizard, QStringLiteral("9-more-hosts-asked"));
        more->launch();
        waitForRun(wizard);
        saveScreenshot(wizard, QStringLiteral("9-more-hosts"));
        pressNext(wizard);

        // 10: the check through nginx: every container answered, and the page is Tomcat's.
        waitForPage(wizard, FirstRunWizard::CheckPageId);
        waitForRun(wizard);
        auto *check = qobject_cast<CheckPage *>(wizard->currentPage());
        const QMap<QString, int> answered = check->answeredBy();
        qInfo() << "answered by" << answered;
        QCOMPARE(answered.keys(),
                 (QStringList{QStringLiteral("quayside-tomcat-1"), QStringLiteral("quayside-tomcat-2"),
                              QStringLiteral("quayside-tomcat-3"), QStringLiteral("quayside-tomcat-4")}));
        for (int count : answered)
            QVERIFY(count > 0);
        QVERIFY2(check->shownPageText().contains(QStringLiteral("Quayside wizard test application")),
                 qPrintable(check->shownPageText()));
        saveScreenshot(wizard, QStringLiteral("10-check"));
        pressNext(wizard);

        // 11: done: the topology, the configuration and its export.
        waitForPage(wizard, FirstRunWizard::DonePageId);
        auto *done = qobject_cast<DonePage *>(wizard->currentPage());
        QVERIFY(done);
        QVERIFY2(done->configText().contains(QStringLiteral("upstream")), qPrintable(done->configText()));
        auto *topology = done->findChild<TopologyView *>();
        QVERIFY(topology);
        QVERIFY2(topology->summary().contains(QStringLiteral("4")), qPrintable(topology->summary()));
        const QString exported = m_dir.filePath(QStringLiteral("nginx.tar.gz"));
        VERIFY_OK(done->exportTo(exported));
        QVERIFY(QFileInfo(exported).size() > 0);
        QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
        saveScreenshot(wizard, QStringLiteral("11-done"));
        qInfo() << "the whole setup took" << total.elapsed() / 1000 << "s";

        // Remove what was created: nothing of the fleet is left on the engine or on disk.
        QSignalSpy removed(wizard, &FirstRunWizard::removalFinished);
        wizard->button(QWizard::CustomButton1)->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = wizard->findChild<QMessageBox *>(QStringLiteral("confirmRemoval"))));
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10 * 60 * 1000);
        QCOMPARE(removed.first().first().toBool(), true);
        QVERIFY(!QFile::exists(recordPath()));
        QTRY_COMPARE_WITH_TIMEOUT(containers(), containersBefore, 60000);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::WelcomePageId));
    }
};

QTEST_MAIN(tst_WizardPlan)
#include "tst_WizardPlan.moc"
