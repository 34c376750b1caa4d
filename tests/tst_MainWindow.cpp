// The main window and the first-run wizard, opened offscreen; screenshots land in the build folder.
#include "core/BuildInfo.h"
#include "gui/AboutDialog.h"
#include "gui/MainWindow.h"
#include "gui/widgets/SvgPicture.h"
#include "gui/wizard/FirstRunWizard.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

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
