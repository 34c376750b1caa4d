#include "cli/FleetCommands.h"

#include "cloud/CloudAccountImport.h"
#include "cloud/CloudAccountStore.h"
#include "cloud/CloudSession.h"
#include "cloud/NovaClient.h"
#include "core/Application.h"
#include "pki/FleetPki.h"
#include "provision/FleetPlan.h"
#include "provision/FleetProvisioner.h"
#include "provision/FleetSession.h"
#include "secrets/KeychainSecretStore.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshKey.h"
#include "ssh/SshKeyPassphrases.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

namespace quayside::cli {

namespace {

const char kFleet[] = "fleet";
const char kCloud[] = "cloud";
const char kSandbox[] = "sandbox";
const char kSandboxData[] = "sandbox-data";
const char kName[] = "name";
const char kDockerHosts[] = "docker-hosts";
const char kContainers[] = "containers";
const char kFlavor[] = "flavor";
const char kImage[] = "image";
const char kIdentity[] = "ssh-key";
const char kSshUser[] = "ssh-user";
const char kAptSource[] = "apt-source";
const char kDockerfile[] = "dockerfile";
const char kWar[] = "war";
const char kVerbose[] = "verbose";

QString value(const Invocation &call, const char *name)
{
    return call.parser.value(QLatin1String(name));
}

bool isSet(const Invocation &call, const char *name)
{
    return call.parser.isSet(QLatin1String(name));
}

QString recordPath(const Invocation &call)
{
    return isSet(call, kFleet) ? value(call, kFleet) : FleetFile::defaultPath();
}

QString defaultSandboxData()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("quayside/sandbox"));
}

QString fleetKeyPath()
{
    return sharedDataFolder() + QStringLiteral("/fleet_ed25519");
}

using OpenedCloud = FleetCloud;

// Everything a command talking to the cloud holds while it runs; the run itself is a FleetSession's.
struct CloudWork
{
    std::unique_ptr<QObject> context = std::make_unique<QObject>();
    std::unique_ptr<KeychainSecretStore> secrets;
    std::unique_ptr<CloudAccountStore> accounts;
    std::unique_ptr<FleetSession> session;
    // runUntilFinished's `finish`, kept here: the callbacks run after the call that handed it over returned.
    std::function<void(int)> finish;
};

Result<OpenedCloud> openSandbox(const Invocation &call, const Fleet *record)
{
    const QString folder = isSet(call, kSandboxData) ? value(call, kSandboxData) : defaultSandboxData();
    if (!QFile::exists(QDir(folder).filePath(QStringLiteral("clouds.yaml"))))
        return Error{Error::Kind::NotFound, 0,
                     FleetCommands::tr("There are no sandbox credentials in %1. Start the sandbox (quayside-sandbox) "
                                       "first, or give its folder with --sandbox-data.")
                         .arg(QDir::toNativeSeparators(folder))};
    QUrl authUrl;
    if (isSet(call, kSandbox))
        authUrl = QUrl(value(call, kSandbox));
    else if (record && !record->authUrl.isEmpty())
        authUrl = QUrl(record->authUrl);
    return FleetSession::sandboxCloud(folder, authUrl);
}

// The cloud the command works on: the record's when there is one, else --cloud's account, else the sandbox.
void openCloud(const Invocation &call, const Fleet *record, CloudWork &work,
               const std::function<void(const Result<OpenedCloud> &)> &done)
{
    const QString accountId = record ? record->cloudAccountId : value(call, kCloud);
    if (accountId.isEmpty() || accountId == FleetCommands::sandboxAccountId())
        return done(openSandbox(call, record));
    work.secrets = std::make_unique<KeychainSecretStore>();
    auto settings = std::make_unique<QSettings>(QCoreApplication::organizationName(), QStringLiteral("Quayside"));
    work.accounts = std::make_unique<CloudAccountStore>(settings.get(), work.secrets.get());
    settings.release()->setParent(work.context.get());
    const auto account = work.accounts->account(accountId);
    if (!account)
        return done(account.error());
    work.accounts->secret(accountId, work.context.get(),
                          [account = account.value(), done](const Result<QByteArray> &secret) {
                              if (!secret)
                                  return done(secret.error());
                              done(OpenedCloud{account, secret.value()});
                          });
}

void connectSession(CloudWork &work, const OpenedCloud &cloud, const QString &recordPath, const QString &identity)
{
    if (!work.secrets)
        work.secrets = std::make_unique<KeychainSecretStore>();
    work.session = std::make_unique<FleetSession>(cloud, recordPath, identity, work.secrets.get());
}

// The flavor or image given by id or name; without one, what `fallback` picks.
template<typename T>
Result<T> pick(const QList<T> &offered, const QString &wanted, const QString &what,
               const std::function<std::optional<T>(const QList<T> &)> &fallback)
{
    for (const T &each : offered) {
        if (!wanted.isEmpty() && (each.id == wanted || each.name == wanted))
            return each;
    }
    QStringList names;
    for (const T &each : offered)
        names << each.name;
    if (wanted.isEmpty()) {
        if (auto chosen = fallback(offered))
            return *chosen;
        return Error{Error::Kind::InvalidInput, 0,
                     FleetCommands::tr("Choose the %1 with --%1; the cloud offers: %2.")
                         .arg(what, names.join(QLatin1String(", ")))};
    }
    return Error{Error::Kind::NotFound, 0,
                 FleetCommands::tr("The cloud has no %1 \"%2\"; it offers: %3.")
                     .arg(what, wanted, names.join(QLatin1String(", ")))};
}

std::optional<NovaFlavor> smallestUsableFlavor(const QList<NovaFlavor> &flavors)
{
    std::optional<NovaFlavor> best;
    for (const NovaFlavor &flavor : flavors) {
        if (flavor.ramMb >= 1024 && (!best || flavor.ramMb < best->ramMb))
            best = flavor;
    }
    return best;
}

std::optional<NovaImage> debianImage(const QList<NovaImage> &images)
{
    for (const NovaImage &image : images) {
        if (!image.isSnapshot && image.status == QLatin1String("ACTIVE") &&
            image.name.contains(QLatin1String("debian"), Qt::CaseInsensitive))
            return image;
    }
    return std::nullopt;
}

// The private key of the fleet's key pair: --identity's, the one the fleet's record names (a key the setup
// wizard was given), or the fleet's own, made on first use and kept (0600) beside the record, as ssh keeps
// ~/.ssh/id_ed25519.
Result<QString> identityPath(const Invocation &call, const QString &recorded)
{
    if (isSet(call, kIdentity))
        return value(call, kIdentity);
    if (!recorded.isEmpty())
        return recorded;
    const QString path = fleetKeyPath();
    if (QFile::exists(path))
        return path;
    const auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("quayside-fleet"));
    if (!key)
        return key.error();
    if (!QDir().mkpath(sharedDataFolder()))
        return Error{
            Error::Kind::Io, 0,
            FleetCommands::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(sharedDataFolder()))};
    auto written = key.value().writePrivateKeyFile(path);
    if (written)
        written = key.value().writePublicKeyFile(path + QStringLiteral(".pub"));
    if (!written)
        return written.error();
    return path;
}

Result<int> count(const Invocation &call, const char *name, int least, int fallback)
{
    if (!isSet(call, name))
        return fallback;
    bool ok = false;
    const int number = value(call, name).toInt(&ok);
    if (!ok || number < least)
        return Error{
            Error::Kind::InvalidInput, 0,
            FleetCommands::tr("--%1 must be a whole number of at least %2.").arg(QLatin1String(name)).arg(least)};
    return number;
}

QString seconds(qint64 milliseconds)
{
    return FleetCommands::tr("%1 s").arg(QString::number(milliseconds / 1000.0, 'f', 1));
}

void printFleet(QTextStream &out, const Fleet &fleet)
{
    const QString account = fleet.cloudAccountId == FleetCommands::sandboxAccountId() ? FleetCommands::tr("the sandbox")
                                                                                      : fleet.cloudAccountId;
    out << FleetCommands::tr("Fleet %1 on %2 (%3), region %4").arg(fleet.name, account, fleet.authUrl, fleet.region)
        << '\n';
    out << FleetCommands::tr("  flavor %1, image %2, key pair %3")
               .arg(fleet.flavorId, fleet.baseImageId, fleet.keyPairName)
        << '\n';
    out << FleetCommands::tr("  wanted: %1 Docker hosts, %2 containers").arg(fleet.dockerHosts).arg(fleet.containers)
        << '\n';
    for (const FleetServer &server : fleet.servers) {
        out << QStringLiteral("  %1  %2  %3  %4  %5%6\n")
                   .arg(FleetServer::roleName(server.role), -11)
                   .arg(server.name, -20)
                   .arg(server.novaId.isEmpty() ? QStringLiteral("-") : server.novaId, -36)
                   .arg(server.address.isEmpty() ? QStringLiteral("-") : server.address, -15)
                   .arg(FleetServer::phaseName(server.phase),
                        server.fromSnapshot ? FleetCommands::tr(" (from the snapshot)") : QString());
    }
    if (fleet.snapshot)
        out << FleetCommands::tr("  snapshot %1: %2 (%3)")
                   .arg(fleet.snapshot->name, fleet.snapshot->id.isEmpty() ? QStringLiteral("-") : fleet.snapshot->id,
                        fleet.snapshot->active ? FleetCommands::tr("saved") : FleetCommands::tr("not saved yet"))
            << '\n';
    for (const FleetContainer &container : fleet.containerList)
        out << FleetCommands::tr("  container %1 on %2 in pool %3").arg(container.id, container.host, container.pool)
            << '\n';
    QStringList pending;
    for (FleetPlan::Phase phase : FleetPlan::phases()) {
        if (!fleet.isFinished(FleetPlan::phaseId(phase)))
            pending << FleetPlan::phaseId(phase);
    }
    out << FleetCommands::tr("  finished: %1")
               .arg(fleet.finishedPhases.isEmpty() ? QStringLiteral("-")
                                                   : fleet.finishedPhases.join(QLatin1String(", ")))
        << '\n';
    out << FleetCommands::tr("  to do:    %1")
               .arg(pending.isEmpty() ? QStringLiteral("-") : pending.join(QLatin1String(", ")))
        << '\n';
}

// The plan's signals as lines on standard output.
void report(FleetSession &plan, QTextStream &out)
{
    auto lastProgress = std::make_shared<QString>();
    QObject::connect(&plan, &FleetSession::phaseStarted, &plan,
                     [&out](FleetPlan::Phase phase) { out << "==> " << FleetPlan::phaseTitle(phase) << Qt::endl; });
    QObject::connect(&plan, &FleetSession::phaseProgress, &plan,
                     [&out, lastProgress](FleetPlan::Phase, const QString &what) {
                         if (what == *lastProgress)
                             return;
                         *lastProgress = what;
                         out << "    " << what << Qt::endl;
                     });
    QObject::connect(&plan, &FleetSession::phaseFinished, &plan, [&out](FleetPlan::Phase phase, qint64 elapsedMs) {
        out << "    " << FleetCommands::tr("%1: done in %2").arg(FleetPlan::phaseTitle(phase), seconds(elapsedMs))
            << Qt::endl;
    });
    QObject::connect(&plan, &FleetSession::phaseSkipped, &plan, [&out](FleetPlan::Phase phase, const QString &why) {
        out << "--- " << FleetCommands::tr("%1: skipped, %2").arg(FleetPlan::phaseTitle(phase), why) << Qt::endl;
    });
    QObject::connect(&plan, &FleetSession::logLine, &plan,
                     [&out](const QString &line) { out << "    " << line << Qt::endl; });
}

// --dockerfile and --war as the fleet's Tomcat sources (FleetSession::setTomcatSources); what is not given
// stays as saved. Then `next`, unless saving failed.
void keepTomcatSources(const Invocation &call, CloudWork &work, const QString &recordPath, const QString &fleetName,
                       const std::function<void()> &next)
{
    if (!isSet(call, kDockerfile) && !isSet(call, kWar))
        return next();
    const QString savedDockerfile = FleetSession::tomcatDockerfilePath(recordPath, fleetName);
    const QString savedWar = FleetSession::tomcatWarPath(recordPath, fleetName);
    const QString dockerfilePath = isSet(call, kDockerfile)
                                       ? value(call, kDockerfile)
                                       : (QFileInfo::exists(savedDockerfile) ? savedDockerfile : QString());
    QByteArray dockerfile;
    if (!dockerfilePath.isEmpty()) {
        QFile file(dockerfilePath);
        if (!file.open(QIODevice::ReadOnly))
            return work.finish(call.fail(FleetCommands::tr("Cannot read the Dockerfile %1: %2")
                                             .arg(QDir::toNativeSeparators(dockerfilePath), file.errorString())));
        dockerfile = file.readAll();
        if (dockerfile.isEmpty())
            return work.finish(call.fail(
                FleetCommands::tr("The Dockerfile %1 is empty.").arg(QDir::toNativeSeparators(dockerfilePath))));
    }
    const QString warPath =
        isSet(call, kWar) ? value(call, kWar) : (QFileInfo::exists(savedWar) ? savedWar : QString());
    work.session->setTomcatSources(fleetName, dockerfile, warPath, work.context.get(),
                                   [&call, &work, next](const Result<void> &kept) {
                                       if (!kept)
                                           return work.finish(call.fail(kept.error().message));
                                       next();
                                   });
}

// What Quayside kept on this machine for a fleet that is gone: the servers' host keys, the fleet's folder
// (certificate copies, the balancer's configuration) and its certificates' keys in the keychain. What
// cannot be removed is reported, not fatal: the cloud resources are gone already.
void forgetLocally(const Fleet &fleet, const QString &recordPath, CloudWork &work,
                   const std::function<void(const QStringList &problems)> &done)
{
    auto problems = std::make_shared<QStringList>();
    KnownHosts known(KnownHosts::defaultPath());
    for (const FleetServer &server : fleet.servers) {
        if (server.address.isEmpty())
            continue;
        if (const auto forgotten = known.forget(server.address, 22); !forgotten)
            *problems << forgotten.error().message;
    }
    const QString folder = Fleet::folderFor(recordPath, fleet.name);
    if (QFileInfo::exists(folder) && !QDir(folder).removeRecursively())
        *problems << FleetCommands::tr("Cannot remove the folder %1.").arg(QDir::toNativeSeparators(folder));
    if (!FleetPki::isValidFleetId(fleet.name))
        return done(*problems);
    if (!work.secrets)
        work.secrets = std::make_unique<KeychainSecretStore>();
    const FleetPki pki(fleet.name, folder, work.secrets.get());
    auto keys = std::make_shared<QStringList>(QStringList{pki.secretKeyOfAuthority(), pki.secretKeyOfClient()});
    for (const FleetServer &server : fleet.servers)
        *keys << pki.secretKeyOfServer(server.name);
    auto next = std::make_shared<std::function<void()>>();
    *next = [&work, keys, problems, done, weak = std::weak_ptr<std::function<void()>>(next)] {
        if (keys->isEmpty())
            return done(*problems);
        const auto self = weak.lock();
        work.secrets->remove(keys->takeFirst(), work.context.get(), [problems, self](const Result<void> &removed) {
            if (!removed && removed.error().kind != Error::Kind::NotFound)
                *problems << removed.error().message;
            (*self)();
        });
    };
    (*next)();
}
} // namespace

QList<QCommandLineOption> FleetCommands::recordOptions()
{
    return {QCommandLineOption(
        QLatin1String(kFleet),
        tr("The fleet record (default: %1).").arg(QDir::toNativeSeparators(FleetFile::defaultPath())),
        QStringLiteral("FILE"))};
}

QList<QCommandLineOption> FleetCommands::cloudOptions()
{
    return {QCommandLineOption(QLatin1String(kCloud), tr("The cloud account to use (its id); default: the sandbox."),
                               QStringLiteral("ACCOUNT-ID")),
            QCommandLineOption(
                QLatin1String(kSandbox),
                tr("The sandbox's identity URL (default: the one in its credentials, %1).").arg(defaultSandboxUrl()),
                QStringLiteral("URL")),
            QCommandLineOption(QLatin1String(kSandboxData),
                               tr("The sandbox's data folder, with its credentials (default: %1).")
                                   .arg(QDir::toNativeSeparators(defaultSandboxData())),
                               QStringLiteral("FOLDER"))};
}

QList<QCommandLineOption> FleetCommands::upOptions()
{
    return {
        QCommandLineOption(QLatin1String(kName),
                           tr("The fleet's name, prefix of its servers' names (default: quayside)."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QLatin1String(kDockerHosts), tr("How many Docker hosts (default: 2)."), QStringLiteral("N")),
        QCommandLineOption(QLatin1String(kContainers), tr("How many Tomcat containers (default: 4)."),
                           QStringLiteral("N")),
        QCommandLineOption(QLatin1String(kFlavor),
                           tr("The servers' flavor, by id or name (default: the smallest with 1 GiB of memory)."),
                           QStringLiteral("FLAVOR")),
        QCommandLineOption(QLatin1String(kImage),
                           tr("The base image, by id or name (default: the cloud's Debian image)."),
                           QStringLiteral("IMAGE")),
        QCommandLineOption(QLatin1String(kIdentity),
                           tr("The SSH private key whose public key the servers let in; a passphrase comes from the "
                              "keychain (remember-passphrase) (default: a key of the fleet's own, %1).")
                               .arg(QDir::toNativeSeparators(fleetKeyPath())),
                           QStringLiteral("KEY")),
        QCommandLineOption(QLatin1String(kSshUser),
                           tr("The user the servers' image lets in, with sudo when not root (default: root)."),
                           QStringLiteral("USER")),
        QCommandLineOption(QLatin1String(kAptSource),
                           tr("One \"deb ...\" line the Tomcat image installs its packages from instead of the "
                              "base image's own sources (a local mirror)."),
                           QStringLiteral("LINE")),
        QCommandLineOption(QLatin1String(kDockerfile),
                           tr("The Dockerfile the Tomcat image is built from, kept in the fleet's folder (default: "
                              "the built-in one; \"\" goes back to it)."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QLatin1String(kWar),
                           tr("The application (a .war) Tomcat serves as its root, kept in the fleet's folder "
                              "(default: Tomcat's welcome page; \"\" goes back to it)."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QLatin1String(kVerbose), tr("Print every line the servers print while they are set up."))};
}

Result<QString> FleetCommands::balancerOf(const QString &recordPath)
{
    const auto record = FleetFile::load(recordPath);
    if (!record)
        return record.error();
    const QString path = Fleet::folderFor(recordPath, record.value().name) + QStringLiteral("/balancer.json");
    if (!QFileInfo::exists(path))
        return Error{Error::Kind::NotFound, 0,
                     tr("The fleet %1 has no nginx configuration yet: run quaysidectl up until its nginx backends "
                        "phase is done.")
                         .arg(record.value().name)};
    return path;
}

int FleetCommands::status(const Invocation &call)
{
    const auto record = FleetFile::load(recordPath(call));
    if (!record)
        return call.fail(record.error().message);
    printFleet(call.out, record.value());
    return Success;
}

int FleetCommands::down(const Invocation &call)
{
    const QString path = recordPath(call);
    const auto record = FleetFile::load(path);
    if (!record && record.error().kind == Error::Kind::NotFound) {
        call.out << tr("Nothing to take down: there is no fleet record %1.").arg(QDir::toNativeSeparators(path))
                 << '\n';
        return Success;
    }
    if (!record)
        return call.fail(record.error().message);
    CloudWork work;
    return runUntilFinished([&](const std::function<void(int)> &finish) {
        work.finish = finish;
        openCloud(call, &record.value(), work, [&](const Result<OpenedCloud> &cloud) {
            if (!cloud)
                return work.finish(call.fail(cloud.error().message));
            connectSession(work, cloud.value(), path, QString());
            report(*work.session, call.out);
            QObject::connect(work.session.get(), &FleetSession::takenDown, work.context.get(), [&] {
                forgetLocally(record.value(), path, work, [&](const QStringList &problems) {
                    for (const QString &problem : problems)
                        call.err << problem << '\n';
                    call.out << tr("Fleet %1 is gone.").arg(record.value().name) << '\n';
                    work.finish(Success);
                });
            });
            QObject::connect(work.session.get(), &FleetSession::failed, work.context.get(), [&](const Error &error) {
                work.finish(call.fail(
                    tr("%1 What is left stays in the record; run quaysidectl down again.").arg(error.message)));
            });
            work.session->takeDown();
        });
    });
}

int FleetCommands::scale(const Invocation &call)
{
    const QString path = recordPath(call);
    auto loaded = FleetFile::load(path);
    if (!loaded)
        return call.fail(loaded.error().message);
    if (!isSet(call, kContainers))
        return call.misuse(tr("scale needs --containers N"));
    const auto containers = count(call, kContainers, 1, 4);
    if (!containers)
        return call.misuse(containers.error().message);
    Fleet fleet = loaded.value();
    for (const FleetPlan::Phase phase : {FleetPlan::Phase::FirstDockerHost, FleetPlan::Phase::MoreDockerHosts}) {
        if (!fleet.isFinished(FleetPlan::phaseId(phase)))
            return call.fail(tr("The fleet %1 is not set up yet: run quaysidectl up first.").arg(fleet.name));
    }
    call.out << tr("Fleet %1: %2 Tomcat containers instead of %3.")
                    .arg(fleet.name)
                    .arg(containers.value())
                    .arg(fleet.containers)
             << '\n';
    fleet.containers = containers.value();
    // The containers, nginx's backends and the check run again; what is in place stays.
    for (const FleetPlan::Phase phase :
         {FleetPlan::Phase::Containers, FleetPlan::Phase::NginxBackends, FleetPlan::Phase::FinalCheck})
        fleet.finishedPhases.removeAll(FleetPlan::phaseId(phase));
    const auto saved = FleetFile::save(path, fleet);
    if (!saved)
        return call.fail(saved.error().message);
    return run(call, true);
}

int FleetCommands::up(const Invocation &call)
{
    return run(call, false);
}

int FleetCommands::run(const Invocation &call, bool resumeOnly)
{
    const QString path = recordPath(call);
    const auto loaded = FleetFile::load(path);
    if (!loaded && loaded.error().kind != Error::Kind::NotFound)
        return call.fail(loaded.error().message);
    const auto dockerHosts = count(call, kDockerHosts, 1, 2);
    const auto containers = count(call, kContainers, 1, 4);
    if (!dockerHosts)
        return call.misuse(dockerHosts.error().message);
    if (!containers)
        return call.misuse(containers.error().message);
    const std::optional<Fleet> record = loaded ? std::optional<Fleet>(loaded.value()) : std::nullopt;
    if (record) {
        for (const char *option : {kCloud, kName, kFlavor, kImage, kDockerHosts, kContainers, kSshUser}) {
            if (isSet(call, option) && !(resumeOnly && option == kContainers))
                return call.misuse(tr("the fleet %1 exists already (%2); --%3 applies to a new fleet only")
                                       .arg(record->name, QDir::toNativeSeparators(path), QLatin1String(option)));
        }
        for (const char *option : {kDockerfile, kWar}) {
            if (isSet(call, option) && record->isFinished(FleetPlan::phaseId(FleetPlan::Phase::TomcatImage)))
                return call.misuse(tr("the Tomcat image of fleet %1 is built already; --%2 applies until it is")
                                       .arg(record->name, QLatin1String(option)));
        }
        if (!resumeOnly)
            call.out << tr("Resuming fleet %1 from %2.").arg(record->name, QDir::toNativeSeparators(path)) << '\n';
    }
    const auto identity = identityPath(call, record ? record->sshKeyPath : QString());
    if (!identity)
        return call.fail(identity.error().message);

    CloudWork work;
    QElapsedTimer clock;
    clock.start();
    QList<QPair<FleetPlan::Phase, qint64>> timings;
    const auto printTimings = [&] {
        call.out << tr("Wall time of %1: %2").arg(call.command, seconds(clock.elapsed())) << '\n';
        for (const auto &[phase, elapsed] : timings)
            call.out << QStringLiteral("  %1  %2\n").arg(seconds(elapsed), 9).arg(FleetPlan::phaseTitle(phase));
        call.out.flush();
    };
    const auto startPlan = [&] {
        FleetSession &session = *work.session;
        if (isSet(call, kVerbose))
            QObject::connect(&session, &FleetSession::output, work.context.get(),
                             [&call](const QString &host, const QString &line) {
                                 call.out << "      " << host << "| " << line << Qt::endl;
                             });
        report(session, call.out);
        QObject::connect(&session, &FleetSession::phaseFinished, work.context.get(),
                         [&call, &session, &timings](FleetPlan::Phase phase, qint64 elapsedMs) {
                             timings << qMakePair(phase, elapsedMs);
                             // The page Tomcat served (what the GUI shows), in brief.
                             const auto answered = [&call](const QString &url, int status, const QByteArray &type,
                                                           qint64 size) {
                                 call.out << "    "
                                          << tr("%1 answered %2 with %3 bytes of %4")
                                                 .arg(url)
                                                 .arg(status)
                                                 .arg(size)
                                                 .arg(QString::fromLatin1(type))
                                          << Qt::endl;
                             };
                             if (phase == FleetPlan::Phase::TomcatImage && session.tomcatPage().status != 0)
                                 answered(session.tomcatPage().url.toString(), session.tomcatPage().status,
                                          session.tomcatPage().contentType, session.tomcatPage().body.size());
                             if (phase == FleetPlan::Phase::FinalCheck && session.lastCheck().answered > 0)
                                 answered(session.lastCheck().url, 200, session.lastCheck().contentType,
                                          session.lastCheck().page.size());
                         });
        QObject::connect(
            &session, &FleetSession::finished, work.context.get(), [&](const QList<FleetPlan::Phase> &skipped) {
                call.out << '\n';
                printFleet(call.out, work.session->fleet());
                printTimings();
                if (!skipped.isEmpty())
                    return work.finish(call.fail(tr("Some phases did not run.")));
                const FleetServer *nginx =
                    work.session->fleet().server(work.session->fleet().name + QStringLiteral("-nginx"));
                call.out << tr("nginx serves Tomcat at http://%1/").arg(nginx ? nginx->address : QString()) << Qt::endl;
                work.finish(Success);
            });
        QObject::connect(&session, &FleetSession::failed, work.context.get(), [&](const Error &error) {
            printTimings();
            work.finish(call.fail(tr("%1 Run quaysidectl up again to resume; what was made is in %2.")
                                      .arg(error.message, QDir::toNativeSeparators(path))));
        });
        session.run();
    };
    const auto runPlan = [&](const Fleet &fleet) {
        work.session->setAptSource(value(call, kAptSource));
        keepTomcatSources(call, work, path, fleet.name, [&, fleet] {
            work.session->open(fleet, work.context.get(), [&](const Result<void> &opened) {
                if (!opened && !work.session->hasIdentity())
                    return work.finish(call.fail(
                        tr("%1 (an encrypted key's passphrase can be kept with quaysidectl remember-passphrase)")
                            .arg(opened.error().message)));
                if (!opened)
                    return work.finish(call.fail(opened.error().message));
                startPlan();
            });
        });
    };
    return runUntilFinished([&](const std::function<void(int)> &finish) {
        work.finish = finish;
        openCloud(call, record ? &*record : nullptr, work, [&](const Result<OpenedCloud> &cloud) {
            if (!cloud)
                return work.finish(call.fail(cloud.error().message));
            connectSession(work, cloud.value(), path, identity.value());
            if (record)
                return runPlan(*record);
            Fleet fleet;
            fleet.name = isSet(call, kName) ? value(call, kName) : QStringLiteral("quayside");
            if (isSet(call, kIdentity))
                fleet.sshKeyPath = QFileInfo(value(call, kIdentity)).absoluteFilePath();
            if (!FleetPki::isValidFleetId(fleet.name))
                return work.finish(call.misuse(
                    tr("--name must be 1 to 64 of a-z, 0-9, '-' and '_', as it names the fleet's servers.")));
            if (isSet(call, kSshUser))
                fleet.sshUser = value(call, kSshUser);
            fleet.cloudAccountId = cloud.value().account.id;
            fleet.authUrl = cloud.value().account.authUrl.toString();
            fleet.region = work.session->cloudSession()->region();
            fleet.dockerHosts = dockerHosts.value();
            fleet.containers = containers.value();
            work.session->nova()->flavors(
                work.context.get(), [&, fleet](const Result<QList<NovaFlavor>> &flavors) mutable {
                    if (!flavors)
                        return work.finish(call.fail(flavors.error().message));
                    const auto flavor = pick<NovaFlavor>(flavors.value(), value(call, kFlavor),
                                                         QStringLiteral("flavor"), &smallestUsableFlavor);
                    if (!flavor)
                        return work.finish(call.fail(flavor.error().message));
                    fleet.flavorId = flavor.value().id;
                    work.session->nova()->images(
                        work.context.get(), [&, fleet](const Result<QList<NovaImage>> &images) mutable {
                            if (!images)
                                return work.finish(call.fail(images.error().message));
                            const auto image = pick<NovaImage>(images.value(), value(call, kImage),
                                                               QStringLiteral("image"), &debianImage);
                            if (!image)
                                return work.finish(call.fail(image.error().message));
                            fleet.baseImageId = image.value().id;
                            runPlan(fleet);
                        });
                });
        });
    });
}

} // namespace quayside::cli
