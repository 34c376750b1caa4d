#include "cli/FleetCommands.h"
#include "cli/Invocation.h"
#include "cli/KeyCommands.h"
#include "cli/NginxCommands.h"
#include "core/Application.h"
#include "core/BuildInfo.h"
#include "core/Fleet.h"
#include "nginx/BalancerFile.h"
#include "nginx/NginxExport.h"
#include "nginx/NginxImporter.h"
#include "nginx/NginxRenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace {

using namespace quayside;

using namespace quayside::cli;

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

Result<RenderedBalancer> renderBalancerFile(const QString &path)
{
    const auto config = BalancerFile::load(path);
    if (!config)
        return config.error();
    return NginxRenderer::render(config.value());
}

int printVersion(const Invocation &call)
{
    call.out << "quaysidectl " << BuildInfo::version() << '\n' << BuildInfo::libraryVersions() << '\n';
    return Success;
}

int showNginx(const Invocation &call)
{
    const auto rendered = renderBalancerFile(call.balancerPath);
    if (!rendered)
        return call.fail(rendered.error().message);
    const QStringList names = NginxExport::entryNames();
    call.out << "==> " << names.at(0) << " <==\n" << rendered.value().backends << '\n';
    call.out << "==> " << names.at(1) << " <==\n" << rendered.value().site;
    return Success;
}

int exportNginx(const Invocation &call)
{
    const auto rendered = renderBalancerFile(call.balancerPath);
    if (!rendered)
        return call.fail(rendered.error().message);
    const QString destination = call.arguments.at(0);
    const NginxExport::Format format = NginxExport::formatFor(destination);
    const auto written = NginxExport::write(rendered.value(), destination, format);
    if (!written)
        return call.fail(written.error().message);
    const QString shown = QDir::toNativeSeparators(destination);
    call.out << (format == NginxExport::Format::TarGz
                     ? Cli::tr("Wrote %1 with conf.d/backends and conf.d/default.conf.").arg(shown)
                     : Cli::tr("Wrote conf.d/backends and conf.d/default.conf into %1.").arg(shown))
             << '\n';
    return Success;
}

int importNginx(const Invocation &call)
{
    QList<QByteArray> contents;
    for (const QString &path : call.arguments) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return call.fail(Cli::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        contents << file.readAll();
    }
    const auto imported = NginxImporter::import(contents.at(0), contents.at(1));
    if (!imported)
        return call.fail(imported.error().message);
    for (const QString &warning : imported.value().warnings)
        call.err << Cli::tr("quaysidectl: warning: %1").arg(warning) << '\n';
    const auto saved = BalancerFile::save(call.balancerPath, imported.value().config);
    if (!saved)
        return call.fail(saved.error().message);
    call.out << Cli::tr("Saved the balancer to %1.").arg(QDir::toNativeSeparators(call.balancerPath)) << '\n';
    return Success;
}

// Which options a command reads; any other option on its command line is a usage error.
enum OptionGroup : unsigned {
    NoOptions = 0,
    BalancerOption = 1,
    RemoteOptions = 2,
    RollbackOptions = 4,
    RecordOptions = 8,
    CloudOptions = 16,
    UpOptions = 32,
};

struct Command
{
    const char *name;
    const char *arguments; // as shown in the help
    const char *summary;
    int argumentCount;
    unsigned options;
    int (*run)(const Invocation &);
};

const Command kCommands[] = {
    {"version", "", QT_TRANSLATE_NOOP("main", "print the version of quaysidectl and of its libraries"), 0, NoOptions,
     &printVersion},
    {"up",
     "[--cloud ACCOUNT-ID | --sandbox URL] [--docker-hosts N] [--containers N] [--flavor F] [--image I] "
     "[--dockerfile FILE] [--war FILE]",
     QT_TRANSLATE_NOOP("main", "set up a fleet as the seed's plan does (SSH key, first Docker host, Tomcat image, "
                               "snapshot, nginx host, more hosts from the snapshot, Tomcat containers, nginx backends, "
                               "final check), or resume the one the fleet record lists"),
     0, RecordOptions | CloudOptions | UpOptions, &FleetCommands::up},
    {"scale", "--containers N [--fleet FILE]",
     QT_TRANSLATE_NOOP("main", "run N Tomcat containers over the fleet's Docker hosts: new ones are started, nginx "
                               "is sent to the wanted ones, the ones it no longer uses are removed"),
     0, RecordOptions | CloudOptions | UpOptions, &FleetCommands::scale},
    {"status", "[--fleet FILE]", QT_TRANSLATE_NOOP("main", "print what the fleet record lists"), 0, RecordOptions,
     &FleetCommands::status},
    {"down", "[--fleet FILE]",
     QT_TRANSLATE_NOOP("main", "delete the servers, snapshot and key pair the fleet record lists (nothing else), then "
                               "the record"),
     0, RecordOptions | CloudOptions, &FleetCommands::down},
    {"show-nginx", "[--balancer FILE | --fleet FILE]",
     QT_TRANSLATE_NOOP("main", "print the nginx files rendered from the balancer (the fleet's, when there is a fleet)"),
     0, BalancerOption | RecordOptions, &showNginx},
    {"export-nginx", "DEST [--balancer FILE | --fleet FILE]",
     QT_TRANSLATE_NOOP("main", "write conf.d/backends and conf.d/default.conf (the fleet's, when there is a fleet) "
                               "into the folder DEST, or into the archive DEST if it ends in .tar.gz or .tgz"),
     1, BalancerOption | RecordOptions, &exportNginx},
    {"import-nginx", "BACKENDS SITE [--balancer FILE]",
     QT_TRANSLATE_NOOP("main",
                       "read an existing backends file and site file (default.conf) into the balancer file, reporting "
                       "what Quayside leaves out"),
     2, BalancerOption, &importNginx},
    {"deploy-nginx", "USER@HOST[:PORT] [--balancer FILE]",
     QT_TRANSLATE_NOOP("main", "put the balancer in service on an nginx host over SSH, as a new version kept there "
                               "(nginx checks it first; the version in service stays if nginx refuses it)"),
     1, BalancerOption | RemoteOptions, &NginxCommands::deploy},
    {"nginx-versions", "USER@HOST[:PORT]",
     QT_TRANSLATE_NOOP("main", "list the versions kept on the nginx host; * marks the one in service"), 1,
     RemoteOptions, &NginxCommands::versions},
    {"nginx-diff", "USER@HOST[:PORT] FROM TO",
     QT_TRANSLATE_NOOP("main", "print a unified diff of the files of two versions on the nginx host"), 3, RemoteOptions,
     &NginxCommands::diff},
    {"rollback-nginx", "USER@HOST[:PORT] [--to N]",
     QT_TRANSLATE_NOOP("main", "put the version before the current one (or version N) back in service, as a new "
                               "version"),
     1, RemoteOptions | RollbackOptions, &NginxCommands::rollback},
    {"remember-passphrase", "KEY",
     QT_TRANSLATE_NOOP("main", "read the passphrase of the encrypted private key KEY from the terminal or standard "
                               "input (never from the command line) and keep it in the keychain once it opens the "
                               "key, for --identity KEY"),
     1, NoOptions, &KeyCommands::rememberPassphrase},
    {"forget-passphrase", "KEY", QT_TRANSLATE_NOOP("main", "remove the passphrase of KEY from the keychain"), 1,
     NoOptions, &KeyCommands::forgetPassphrase},
};

QString commandHelp()
{
    QString text = Cli::tr("Commands:");
    for (const Command &command : kCommands) {
        const QString usage =
            QStringLiteral("%1 %2").arg(QLatin1String(command.name), QLatin1String(command.arguments));
        text += QStringLiteral("\n  %1\n      %2").arg(usage.trimmed(), Cli::tr(command.summary));
    }
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    quayside::setUpApplication(&app, QStringLiteral("quaysidectl"));
    // The commands narrate on standard output; the log's info lines on standard error would say it all
    // twice. Warnings stay; QT_LOGGING_RULES (e.g. quayside.*.info=true) brings the rest back.
    QLoggingCategory::setFilterRules(QStringLiteral("quayside.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Command-line face of Quayside: stand up and run Tomcat fleets on OpenStack clouds.") +
        QStringLiteral("\n\n") + commandHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption balancerOption(QStringLiteral("balancer"),
                                            Cli::tr("The balancer file the nginx commands use (default: %1).")
                                                .arg(QDir::toNativeSeparators(quayside::BalancerFile::defaultPath())),
                                            QStringLiteral("FILE"));
    parser.addOption(balancerOption);
    const QList<QCommandLineOption> remoteOptions = NginxCommands::remoteOptions();
    const QList<QCommandLineOption> rollbackOptions = NginxCommands::rollbackOptions();
    parser.addOptions(remoteOptions);
    parser.addOptions(rollbackOptions);
    const QList<QCommandLineOption> recordOptions = FleetCommands::recordOptions();
    const QList<QCommandLineOption> cloudOptions = FleetCommands::cloudOptions();
    const QList<QCommandLineOption> upOptions = FleetCommands::upOptions();
    parser.addOptions(recordOptions);
    parser.addOptions(cloudOptions);
    parser.addOptions(upOptions);
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("What to do (see Commands)."),
                                 QStringLiteral("command [arguments]"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    // parse() rather than process(): a malformed command line is a usage error (2), not a failure (1).
    if (!parser.parse(QCoreApplication::arguments())) {
        err << Cli::tr("quaysidectl: %1 See quaysidectl --help.").arg(parser.errorText()) << '\n';
        return Usage;
    }
    parser.process(QCoreApplication::arguments()); // --help, --help-all and --version answer and exit
    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << Cli::tr("quaysidectl: no command given; see quaysidectl --help.") << '\n';
        return Usage;
    }
    const QString name = args.takeFirst();
    const auto command = std::find_if(std::begin(kCommands), std::end(kCommands),
                                      [&name](const Command &c) { return name == QLatin1String(c.name); });
    if (command == std::end(kCommands)) {
        err << Cli::tr("quaysidectl: unknown command \"%1\"; see quaysidectl --help.").arg(name) << '\n';
        return Usage;
    }
    if (args.size() != command->argumentCount) {
        err << Cli::tr("quaysidectl: usage: quaysidectl %1 %2; see quaysidectl --help.")
                   .arg(name, QLatin1String(command->arguments))
            << '\n';
        return Usage;
    }
    const std::pair<unsigned, QList<QCommandLineOption>> groups[] = {
        {BalancerOption, {balancerOption}}, {RemoteOptions, remoteOptions}, {RollbackOptions, rollbackOptions},
        {RecordOptions, recordOptions},     {CloudOptions, cloudOptions},   {UpOptions, upOptions}};
    for (const auto &[group, options] : groups) {
        for (const QCommandLineOption &option : options) {
            if (!(command->options & group) && parser.isSet(option)) {
                err << Cli::tr("quaysidectl: --%1 does not apply to %2; see quaysidectl --help.")
                           .arg(option.names().constFirst(), name)
                    << '\n';
                return Usage;
            }
        }
    }
    QString balancerPath =
        parser.isSet(balancerOption) ? parser.value(balancerOption) : quayside::BalancerFile::defaultPath();
    // show-nginx and export-nginx: the fleet's nginx configuration when there is a fleet (--fleet, or the
    // default record), unless --balancer names a file.
    if ((command->options & RecordOptions) && (command->options & BalancerOption) && !parser.isSet(balancerOption)) {
        const bool named = parser.isSet(recordOptions.constFirst());
        const QString record = named ? parser.value(recordOptions.constFirst()) : quayside::FleetFile::defaultPath();
        if (named || QFileInfo::exists(record)) {
            const auto fleetBalancer = FleetCommands::balancerOf(record);
            if (!fleetBalancer) {
                err << Cli::tr("quaysidectl: %1").arg(fleetBalancer.error().message) << '\n';
                return Failure;
            }
            balancerPath = fleetBalancer.value();
        }
    }
    return command->run(Invocation{name, args, parser, balancerPath, out, err});
}
