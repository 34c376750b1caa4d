#include "core/Application.h"
#include "core/BuildInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    quayside::setUpApplication(&app, QStringLiteral("quaysidectl"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Command-line face of Quayside: stand up and run Tomcat fleets on OpenStack clouds.\n\n"
                "Commands:\n  version    print the version of quaysidectl and of its libraries"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("main", "What to do."));
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << QCoreApplication::translate("main", "quaysidectl: no command given; see quaysidectl --help.") << '\n';
        return 2;
    }
    if (args.first() == QLatin1String("version")) {
        out << "quaysidectl " << quayside::BuildInfo::version() << '\n'
            << quayside::BuildInfo::libraryVersions() << '\n';
        return 0;
    }
    err << QCoreApplication::translate("main", "quaysidectl: unknown command \"%1\"; see quaysidectl --help.")
               .arg(args.first())
        << '\n';
    return 2;
}
