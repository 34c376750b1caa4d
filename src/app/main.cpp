#include "core/Application.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <memory>

int main(int argc, char *argv[])
{
    // --version and --help must answer on a machine without a display, where QApplication cannot start.
    std::unique_ptr<QCoreApplication> app;
    if (quayside::asksOnlyForVersionOrHelp(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    quayside::setUpApplication(app.get(), QStringLiteral("Quayside"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Stand up and run Tomcat applications in Docker containers on OpenStack clouds."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(*app);

    quayside::MainWindow window;
    window.show();
    QTimer::singleShot(0, &window, &quayside::MainWindow::showFirstRunWizardIfNeeded);
    return app->exec();
}
