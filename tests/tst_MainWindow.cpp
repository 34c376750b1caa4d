// The main window and the first-run wizard, opened offscreen; screenshots land in the build folder.
#include "core/BuildInfo.h"
#include "core/Fleet.h"
#include "gui/AboutDialog.h"
#include "gui/MainWindow.h"
#include "gui/widgets/SvgPicture.h"
#include "gui/wizard/FirstRunWizard.h"
#include "provision/FleetPlan.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>
#include <QWizard>

using quayside::FirstRunWizard;
using quayside::MainWindow;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Quayside-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_MainWindow"));
    }

    void init() { QSettings().clear(); }

    void menusTopologyAreaAndStatusBar()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text().remove(QLatin1Char('&'));
        QCOMPARE(titles, (QStringList{QStringLiteral("File"), QStringLiteral("Fleet"), QStringLiteral("Help")}));
        QVERIFY(window.findChild<QStackedWidget *>(QStringLiteral("topologyArea")));
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionQuit"))->shortcut().isEmpty());
        saveScreenshot(&window, QStringLiteral("main-window"));
    }

    void firstStartShowsTheWizardOnce()
    {
        QVERIFY(!MainWindow::firstRunDone());
        {
            MainWindow window;
            window.show();
            window.showFirstRunWizardIfNeeded();
            FirstRunWizard *wizard = window.setupWizard();
            QVERIFY(wizard);
            QVERIFY(QTest::qWaitForWindowExposed(wizard));
            QCOMPARE(wizard->currentId(), int(FirstRunWizard::WelcomePageId));
            auto *picture = wizard->currentPage()->findChild<quayside::SvgPicture *>();
            QVERIFY(picture);
            QVERIFY(picture->isValid());
            QVERIFY(picture->height() > 100);
            wizard->resize(1280, 800);
            saveScreenshot(wizard, QStringLiteral("wizard-welcome"));
            // Dismissed on its first page (Finish needs every page checked: tst_FirstRunWizard goes there).
            wizard->reject();
            QTRY_VERIFY(!window.setupWizard());
        }
        QVERIFY(MainWindow::firstRunDone());
        MainWindow again;
        again.show();
        again.showFirstRunWizardIfNeeded();
        QVERIFY(!again.setupWizard());
    }

    void unfinishedSetupResumesAtStart()
    {
        QSettings().setValue(QStringLiteral("firstRun/done"), true);
        // A setup that stopped after its first Docker host: the record lists it, the later phases are not done.
        quayside::Fleet fleet;
        fleet.name = QStringLiteral("halfway");
        fleet.cloudAccountId = QStringLiteral("(sandbox)");
        fleet.keyPairName = QStringLiteral("halfway-key");
        quayside::FleetServer host;
        host.name = QStringLiteral("halfway-docker-1");
        host.novaId = QStringLiteral("3f6c0b5e-1111-4a4a-9c9c-000000000001");
        host.address = QStringLiteral("10.0.0.5");
        host.phase = quayside::FleetServer::Phase::Active;
        fleet.servers << host;
        fleet.finishedPhases = {QStringLiteral("key-pair"), QStringLiteral("first-docker-host")};
        const QString record = quayside::FleetFile::defaultPath();
        QVERIFY(quayside::FleetFile::save(record, fleet));
        QVERIFY(FirstRunWizard::hasUnfinishedSetup());
        {
            MainWindow window;
            window.show();
            window.showFirstRunWizardIfNeeded();
            FirstRunWizard *wizard = window.setupWizard();
            QVERIFY(wizard);
            QCOMPARE(wizard->currentId(), int(FirstRunWizard::ResumePageId));
            QCOMPARE(wizard->nextId(), int(FirstRunWizard::FirstDockerHostPageId));
            auto *created = wizard->currentPage()->findChild<QTreeWidget *>(QStringLiteral("createdTree"));
            QVERIFY(created);
            QCOMPARE(created->topLevelItemCount(), 2); // the key pair and the server
            QCOMPARE(created->topLevelItem(1)->text(1), QStringLiteral("halfway-docker-1"));
            QCOMPARE(created->topLevelItem(1)->text(3), QStringLiteral("10.0.0.5"));
            QVERIFY(wizard->button(QWizard::CustomButton1)->isVisible());
            wizard->reject();
            QTRY_VERIFY(!window.setupWizard());
        }
        // Once the setup is done, the app starts without the wizard again.
        fleet.finishedPhases.clear();
        for (const auto phase : quayside::FleetPlan::phases())
            fleet.finishedPhases << quayside::FleetPlan::phaseId(phase);
        QVERIFY(quayside::FleetFile::save(record, fleet));
        QVERIFY(!FirstRunWizard::hasUnfinishedSetup());
        MainWindow again;
        again.show();
        again.showFirstRunWizardIfNeeded();
        QVERIFY(!again.setupWizard());
        QVERIFY(quayside::FleetFile::remove(record));
    }

    void setupWizardReopensFromTheFleetMenu()
    {
        QSettings().setValue(QStringLiteral("firstRun/done"), true);
        MainWindow window;
        window.show();
        window.findChild<QAction *>(QStringLiteral("actionSetupWizard"))->trigger();
        QVERIFY(window.setupWizard());
        FirstRunWizard *first = window.setupWizard();
        window.findChild<QAction *>(QStringLiteral("actionSetupWizard"))->trigger();
        QCOMPARE(window.setupWizard(), first); // one wizard at a time
        first->reject();
        QTRY_VERIFY(!window.setupWizard());
    }

    void aboutShowsTheVersion()
    {
        MainWindow window;
        window.show();
        window.showAbout();
        auto *about = window.findChild<quayside::AboutDialog *>();
        QVERIFY(about);
        QVERIFY(QTest::qWaitForWindowExposed(about));
        const QString title = about->findChild<QLabel *>(QStringLiteral("titleLabel"))->text();
        QVERIFY2(title.contains(quayside::BuildInfo::version()), qPrintable(title));
        QVERIFY(
            about->findChild<QLabel *>(QStringLiteral("librariesLabel"))->text().contains(QStringLiteral("libssh")));
        saveScreenshot(about, QStringLiteral("about"));
        about->close();
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
