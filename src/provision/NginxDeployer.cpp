#include "provision/NginxDeployer.h"

#include "core/Guarded.h"
#include "core/Logging.h"
#include "core/ShellQuote.h"
#include "provision/Recipe.h"
#include "provision/RecipeRunner.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUuid>

namespace quayside {

namespace {

constexpr int kQuickCommandMs = 60000;
constexpr int kCheckAllowanceS = 120; // copying the configuration root and nginx -t on it

QString versionName(int number)
{
    return QStringLiteral("%1").arg(number, 6, 10, QLatin1Char('0'));
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool isInside(const QString &path, const QString &folder)
{
    return path.startsWith(folder + QLatin1Char('/'));
}

} // namespace

struct NginxDeployer::Outcome
{
    int exitStatus = 0;
    QStringList out;
    QStringList err;
    QString failedStep;
    QStringList nginxLines;
    QMap<QString, QByteArray> files; // "file NAME" followed by "data BASE64" lines
};

Result<void> NginxDeployTarget::validate() const
{
    static const QRegularExpression safePath(QStringLiteral("^/[A-Za-z0-9_./-]*[A-Za-z0-9_.-]\\z"));
    static const QRegularExpression safeName(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*\\z"));
    const auto refuse = [](const QString &message) { return Error{Error::Kind::InvalidInput, 0, message}; };
    for (const QString &path : {configRoot, mainConfig, confDirectory, stateDirectory, pidFile}) {
        if (!safePath.match(path).hasMatch() || path.contains(QLatin1String("..")) ||
            path.contains(QLatin1String("//")))
            return refuse(NginxDeployer::tr("\"%1\" is not a plain absolute path on the balancer.").arg(path));
    }
    if (!prefix.isEmpty() && (!safePath.match(prefix).hasMatch() || prefix.contains(QLatin1String(".."))))
        return refuse(NginxDeployer::tr("\"%1\" is not a plain absolute path on the balancer.").arg(prefix));
    if (nginx.isEmpty() || nginx.startsWith(QLatin1Char('-')))
        return refuse(NginxDeployer::tr("\"%1\" cannot name the nginx program.").arg(nginx));
    if (!safeName.match(backendsName).hasMatch() || !safeName.match(siteName).hasMatch() || backendsName == siteName)
        return refuse(NginxDeployer::tr("\"%1\" and \"%2\" cannot be the names of the backends and site files.")
                          .arg(backendsName, siteName));
    if (!isInside(mainConfig, configRoot) || !isInside(confDirectory, configRoot))
        return refuse(
            NginxDeployer::tr("nginx's main configuration and %1 must be inside %2.").arg(confDirectory, configRoot));
    if (isInside(stateDirectory, configRoot) || isInside(configRoot, stateDirectory) || stateDirectory == configRoot)
        return refuse(NginxDeployer::tr("Quayside's folder %1 cannot be inside nginx's %2, nor the other way round.")
                          .arg(stateDirectory, configRoot));
    if (lockTimeoutS < 1 || reloadTimeoutS < 1 || drainTimeoutS < 1)
        return refuse(NginxDeployer::tr("The deployment's time limits must be at least one second."));
    return {};
}

NginxDeployer::NginxDeployer(RemoteShell *shell, NginxDeployTarget target, QObject *parent)
    : BalancerApplier(parent)
    , m_shell(shell)
    , m_target(std::move(target))
{}

NginxDeployer::Variables NginxDeployer::variables() const
{
    return {
        {QStringLiteral("STATE"), m_target.stateDirectory},
        {QStringLiteral("ROOT"), m_target.configRoot},
        {QStringLiteral("MAIN"), m_target.mainConfig},
        {QStringLiteral("CONF_DIR"), m_target.confDirectory},
        {QStringLiteral("BACKENDS_NAME"), m_target.backendsName},
        {QStringLiteral("SITE_NAME"), m_target.siteName},
        {QStringLiteral("NGINX_PROGRAM"), m_target.nginx},
        {QStringLiteral("PREFIX"), m_target.prefix},
        {QStringLiteral("PID_FILE"), m_target.pidFile},
        {QStringLiteral("LOCK_SECONDS"), QString::number(m_target.lockTimeoutS)},
        {QStringLiteral("RELOAD_SECONDS"), QString::number(m_target.reloadTimeoutS)},
        {QStringLiteral("DRAIN_SECONDS"), QString::number(m_target.drainTimeoutS)},
        {QStringLiteral("MODE"), QString()},
        {QStringLiteral("INCOMING"), QString()},
        {QStringLiteral("VERSION"), QString()},
    };
}

void NginxDeployer::runScript(const QString &name, const Variables &extra, int timeoutMs, QObject *context,
                              Callback<Outcome> done)
{
    done = guarded(context, std::move(done));
    const auto valid = m_target.validate();
    if (!valid) {
        done(valid.error());
        return;
    }
    if (!m_shell) {
        done(Error{Error::Kind::Cancelled, 0, tr("The connection to the balancer is closed.")});
        return;
    }
    const QString common = ProvisionStep::script(QStringLiteral("nginx-deploy/common"));
    const QString script = ProvisionStep::script(QStringLiteral("nginx-deploy/") + name);
    if (common.isEmpty() || script.isEmpty()) {
        done(Error{Error::Kind::Internal, 0, tr("The deployment script \"%1\" is missing from this build.").arg(name)});
        return;
    }
    Variables all = variables();
    all.insert(extra);
    const auto command = RecipeRunner::commandFor(common + QLatin1Char('\n') + script, all);
    if (!command) {
        done(command.error());
        return;
    }
    auto outcome = std::make_shared<Outcome>();
    auto current = std::make_shared<QString>();
    QPointer<NginxDeployer> self(this);
    m_shell->run(
        command.value(), timeoutMs, this,
        [self, outcome, current](RemoteShell::Stream stream, const QString &line) {
            if (stream == RemoteShell::Stream::Err) {
                outcome->err << line;
                return;
            }
            outcome->out << line;
            const QString word = line.section(QLatin1Char(' '), 0, 0);
            const QString rest = line.section(QLatin1Char(' '), 1);
            if (word == QLatin1String("failed"))
                outcome->failedStep = rest;
            else if (word == QLatin1String("nginx"))
                outcome->nginxLines << rest;
            else if (word == QLatin1String("file")) {
                *current = rest;
                outcome->files.insert(rest, QByteArray());
            } else if (word == QLatin1String("data"))
                outcome->files[*current] += QByteArray::fromBase64(rest.toLatin1());
            if (self)
                self->onScriptLine(line);
        },
        [outcome, done](const Result<CommandResult> &ran) {
            if (!ran) {
                done(ran.error());
                return;
            }
            outcome->exitStatus = ran.value().exitStatus;
            done(*outcome);
        });
}

void NginxDeployer::onScriptLine(const QString &line)
{
    const QString word = line.section(QLatin1Char(' '), 0, 0);
    const QString rest = line.section(QLatin1Char(' '), 1);
    const QString where = m_shell ? m_shell->describe() : QString();
    if (word == QLatin1String("nginx")) {
        Q_EMIT progress(rest);
    } else if (word == QLatin1String("adopted")) {
        Q_EMIT progress(tr("The configuration found on %1 is kept as version %2.").arg(where).arg(rest.toInt()));
    } else if (word == QLatin1String("unchanged")) {
        Q_EMIT progress(tr("%1 serves this configuration already: no new version, no reload.").arg(where));
    } else if (word == QLatin1String("drain-timeout")) {
        Q_EMIT progress(
            tr("nginx's old workers on %1 still hold requests after %2 s.").arg(where).arg(m_target.drainTimeoutS));
    } else if (word == QLatin1String("step")) {
        const QString step = rest.section(QLatin1Char(' '), 0, 0);
        if (step == QLatin1String("lock"))
            Q_EMIT progress(tr("Waiting for any other deployment to %1 to finish").arg(where));
        else if (step == QLatin1String("adopt"))
            Q_EMIT progress(tr("Keeping the configuration found on %1 as a version").arg(where));
        else if (step == QLatin1String("validate"))
            Q_EMIT progress(tr("nginx checks the new configuration in a copy of %1").arg(m_target.configRoot));
        else if (step == QLatin1String("swap"))
            Q_EMIT progress(tr("Putting version %1 in service").arg(rest.section(QLatin1Char(' '), 1).toInt()));
        else if (step == QLatin1String("reload"))
            Q_EMIT progress(tr("Reloading nginx"));
        else if (step == QLatin1String("drain"))
            Q_EMIT progress(tr("Waiting for nginx's old workers to finish their requests"));
    }
}

DeployedVersion NginxDeployer::parseVersion(const QString &line)
{
    QMap<QString, QString> fields;
    for (const QString &field : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        fields.insert(field.section(QLatin1Char('='), 0, 0), field.section(QLatin1Char('='), 1));
    DeployedVersion version;
    version.number = fields.value(QStringLiteral("v"), QStringLiteral("-1")).toInt();
    bool timeKnown = false;
    const qint64 at = fields.value(QStringLiteral("at")).toLongLong(&timeKnown);
    if (timeKnown)
        version.deployedAt = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
    version.sha256 = fields.value(QStringLiteral("sha256")).toLatin1();
    version.current = fields.value(QStringLiteral("current")) == QLatin1String("1");
    const QString origin = fields.value(QStringLiteral("origin"));
    const QString from = fields.value(QStringLiteral("from"));
    if (origin == QLatin1String("found")) {
        version.origin = DeployedVersion::Origin::FoundOnHost;
        version.note = tr("found on the host");
    } else if (origin == QLatin1String("rollback") && !from.isEmpty()) {
        version.origin = DeployedVersion::Origin::RolledBack;
        version.restoredFrom = from.toInt();
        version.note = tr("roll back to version %1").arg(version.restoredFrom);
    }
    return version;
}

Result<DeployedVersion> NginxDeployer::finishedVersion(const Outcome &outcome) const
{
    for (auto line = outcome.out.crbegin(); line != outcome.out.crend(); ++line) {
        if (line->startsWith(QLatin1String("version "))) {
            DeployedVersion version = parseVersion(*line);
            version.unchanged = outcome.out.contains(QStringLiteral("unchanged"));
            return version;
        }
    }
    return Error{Error::Kind::Protocol, 0,
                 tr("The deployment on %1 ended without naming the version in service.")
                     .arg(m_shell ? m_shell->describe() : QString())};
}

Error NginxDeployer::failure(const Outcome &outcome, const QString &action) const
{
    const QString where = m_shell ? m_shell->describe() : QString();
    const QString said = outcome.err.mid(std::max<qsizetype>(0, outcome.err.size() - 8)).join(QLatin1Char('\n'));
    const QString &step = outcome.failedStep;
    const QString unchanged = tr("The configuration in service is unchanged.");
    if (step == QLatin1String("refused"))
        return Error{Error::Kind::InvalidInput, 0,
                     tr("nginx on %1 refused the new configuration. %2\n%3")
                         .arg(where, unchanged, outcome.nginxLines.join(QLatin1Char('\n')))};
    if (step == QLatin1String("not-running"))
        return Error{Error::Kind::NotFound, 0,
                     tr("nginx is not running on %1 (no live process has the pid in %2): start it, then try again. %3")
                         .arg(where, m_target.pidFile, unchanged)};
    if (step == QLatin1String("lock"))
        return Error{Error::Kind::Conflict, 0,
                     tr("Another deployment to %1 held the lock for more than %2 s; try again when it is finished. "
                        "%3")
                         .arg(where)
                         .arg(m_target.lockTimeoutS)
                         .arg(unchanged)};
    if (step == QLatin1String("flock-missing"))
        return Error{Error::Kind::Unsupported, 0,
                     tr("%1 has no flock command, which keeps deployments from running into each other: install "
                        "util-linux there. %2")
                         .arg(where, unchanged)};
    if (step == QLatin1String("reload"))
        return Error{Error::Kind::Conflict, 0,
                     tr("nginx on %1 did not load the new configuration and kept its old workers (its error log says "
                        "why, for example a port already taken); the previous version is back in place. %2")
                         .arg(where, unchanged)};
    if (step == QLatin1String("no-earlier"))
        return Error{Error::Kind::NotFound, 0, tr("There is no earlier version on %1 to roll back to.").arg(where)};
    if (step == QLatin1String("no-such-version"))
        return Error{Error::Kind::NotFound, 0,
                     tr("That version does not exist on %1: list the versions to see which are kept.").arg(where)};
    if (step == QLatin1String("state") || step == QLatin1String("store") || step == QLatin1String("adopt"))
        return Error{Error::Kind::Io, 0,
                     tr("Quayside could not write its versions in %1 on %2 (%3). %4")
                         .arg(m_target.stateDirectory, where, said.isEmpty() ? step : said, unchanged)};
    if (!step.isEmpty())
        return Error{Error::Kind::Protocol, 0,
                     tr("%1 on %2 failed at step \"%3\": %4. %5").arg(action, where, step, said, unchanged)};
    return Error{Error::Kind::Protocol, 0,
                 tr("%1 on %2 stopped with exit status %3: %4")
                     .arg(action, where)
                     .arg(outcome.exitStatus)
                     .arg(said.isEmpty() ? tr("(it printed no error)") : said)};
}

void NginxDeployer::deploy(const BalancerConfig &config, QObject *context, Callback<DeployedVersion> done)
{
    done = guarded(context, std::move(done));
    const auto valid = m_target.validate();
    if (!valid) {
        done(valid.error());
        return;
    }
    const auto rendered =
        NginxRenderer::render(config, m_target.confDirectory + QLatin1Char('/') + m_target.backendsName);
    if (!rendered) {
        done(rendered.error());
        return;
    }
    const RenderedBalancer files = rendered.value();
    const QString incoming =
        m_target.stateDirectory + QStringLiteral("/incoming/") + QUuid::createUuid().toString(QUuid::Id128);
    const Variables prepare = {{QStringLiteral("BACKENDS_SHA256"), sha256Hex(files.backends)},
                               {QStringLiteral("SITE_SHA256"), sha256Hex(files.site)},
                               {QStringLiteral("INCOMING"), incoming}};
    const QString action = tr("Deploying the balancer's configuration");
    QPointer<NginxDeployer> self(this);
    // prepare waits (shared) for a deployment under way, so it may take as long as the lock allows.
    const int prepareTimeoutMs = kQuickCommandMs + m_target.lockTimeoutS * 1000;
    runScript(QStringLiteral("prepare"), prepare, prepareTimeoutMs, this, [=](const Result<Outcome> &prepared) {
        if (!self)
            return;
        if (!prepared) {
            done(prepared.error());
            return;
        }
        if (prepared.value().exitStatus != 0) {
            done(failure(prepared.value(), action));
            return;
        }
        if (prepared.value().out.contains(QStringLiteral("unchanged"))) {
            done(finishedVersion(prepared.value()));
            return;
        }
        if (!m_shell) {
            done(Error{Error::Kind::Cancelled, 0, tr("The connection to the balancer is closed.")});
            return;
        }
        const QString where = m_shell->describe();
        const auto uploadFailed = [self, where, incoming](const Error &error) {
            self->discard(incoming);
            return Error{error.kind, error.httpStatus,
                         tr("Uploading the new configuration to %1 failed: %2 The configuration in service is "
                            "unchanged.")
                             .arg(where, error.message)};
        };
        Q_EMIT progress(tr("Uploading the new configuration to %1").arg(where));
        m_shell->upload(
            files.backends, incoming + QLatin1Char('/') + m_target.backendsName, 0644, this,
            [=](const Result<void> &first) {
                if (!self)
                    return;
                if (!first || !m_shell) {
                    done(uploadFailed(first ? Error{Error::Kind::Cancelled, 0, QString()} : first.error()));
                    return;
                }
                m_shell->upload(
                    files.site, incoming + QLatin1Char('/') + m_target.siteName, 0644, this,
                    [=](const Result<void> &second) {
                        if (!self)
                            return;
                        if (!second) {
                            done(uploadFailed(second.error()));
                            return;
                        }
                        runDeploy(QStringLiteral("deploy"), {{QStringLiteral("INCOMING"), incoming}}, this, done);
                    });
            });
    });
}

void NginxDeployer::discard(const QString &incoming)
{
    const auto command = ShellQuote::command({QStringLiteral("rm"), QStringLiteral("-rf"), incoming});
    if (m_shell && command)
        m_shell->run(
            command.value(), kQuickCommandMs, this, [](RemoteShell::Stream, const QString &) {},
            [](const Result<CommandResult> &) {});
}

void NginxDeployer::runDeploy(const QString &mode, const Variables &extra, QObject *context,
                              Callback<DeployedVersion> done)
{
    Variables all = extra;
    all.insert(QStringLiteral("MODE"), mode);
    const int timeoutMs =
        (m_target.lockTimeoutS + m_target.reloadTimeoutS + m_target.drainTimeoutS + kCheckAllowanceS) * 1000;
    const QString action = mode == QLatin1String("rollback") ? tr("Rolling back the balancer's configuration")
                                                             : tr("Deploying the balancer's configuration");
    const QString where = m_shell ? m_shell->describe() : QString();
    QPointer<NginxDeployer> self(this);
    runScript(QStringLiteral("deploy"), all, timeoutMs, context, [=](const Result<Outcome> &ran) {
        if (!self)
            return;
        if (!ran) {
            // The host goes on without Quayside (the script ignores a closed connection): it either finishes
            // the deployment or leaves the previous version in service, never half of one.
            done(Error{ran.error().kind, ran.error().httpStatus,
                       tr("%1 on %2 was cut off: %3 The host completes or undoes the change on its own; list the "
                          "versions to see which one is in service.")
                           .arg(action, where, ran.error().message)});
            return;
        }
        if (ran.value().exitStatus != 0) {
            done(failure(ran.value(), action));
            return;
        }
        const auto version = finishedVersion(ran.value());
        if (version && ran.value().out.contains(QStringLiteral("drain-timeout"))) {
            done(Error{Error::Kind::Timeout, 0,
                       tr("Version %1 is in service on %2, but nginx's old workers still held requests after %3 s.")
                           .arg(version.value().number)
                           .arg(where)
                           .arg(m_target.drainTimeoutS)});
            return;
        }
        if (version)
            qCInfo(lcProvision) << "nginx version" << version.value().number << "in service on" << where;
        done(version);
    });
}

void NginxDeployer::apply(const BalancerConfig &config, QObject *context, Done done)
{
    deploy(config, context, [done](const Result<DeployedVersion> &deployed) {
        done(deployed ? Result<void>() : Result<void>(deployed.error()));
    });
}

template<typename T>
void NginxDeployer::query(const QString &script, const Variables &extra, const QString &action, QObject *context,
                          Callback<T> done, std::function<T(const Outcome &)> read)
{
    QPointer<NginxDeployer> self(this);
    runScript(script, extra, kQuickCommandMs, context, [=](const Result<Outcome> &ran) {
        if (!self)
            return;
        if (!ran)
            done(ran.error());
        else if (ran.value().exitStatus != 0)
            done(self->failure(ran.value(), action));
        else
            done(read(ran.value()));
    });
}

void NginxDeployer::versions(QObject *context, Callback<QList<DeployedVersion>> done)
{
    query<QList<DeployedVersion>>(QStringLiteral("versions"), {}, tr("Listing the balancer's versions"), context,
                                  std::move(done), [](const Outcome &outcome) {
                                      QList<DeployedVersion> list;
                                      for (const QString &line : outcome.out) {
                                          if (line.startsWith(QLatin1String("version ")))
                                              list << parseVersion(line);
                                      }
                                      return list;
                                  });
}

void NginxDeployer::diff(int from, int to, QObject *context, Callback<QString> done)
{
    if (from < 0 || to < 0) {
        guarded(context, done)(Error{Error::Kind::InvalidInput, 0, tr("Versions are numbered from 0.")});
        return;
    }
    const Variables extra = {{QStringLiteral("MODE"), QStringLiteral("diff")},
                             {QStringLiteral("FROM"), versionName(from)},
                             {QStringLiteral("TO"), versionName(to)}};
    const NginxDeployTarget target = m_target;
    query<QString>(QStringLiteral("show"), extra, tr("Comparing two versions of the balancer's configuration"), context,
                   std::move(done), [target](const Outcome &outcome) {
                       return QString::fromUtf8(outcome.files.value(target.backendsName) +
                                                outcome.files.value(target.siteName));
                   });
}

void NginxDeployer::fetch(int version, QObject *context, Callback<RenderedBalancer> done)
{
    if (version < 0) {
        guarded(context, done)(Error{Error::Kind::InvalidInput, 0, tr("Versions are numbered from 0.")});
        return;
    }
    const Variables extra = {{QStringLiteral("MODE"), QStringLiteral("fetch")},
                             {QStringLiteral("VERSION"), versionName(version)}};
    const NginxDeployTarget target = m_target;
    query<RenderedBalancer>(
        QStringLiteral("show"), extra, tr("Reading a version of the balancer's configuration"), context,
        std::move(done), [target](const Outcome &outcome) {
            return RenderedBalancer{outcome.files.value(target.backendsName), outcome.files.value(target.siteName)};
        });
}

void NginxDeployer::rollback(QObject *context, Callback<DeployedVersion> done)
{
    runDeploy(QStringLiteral("rollback"), {}, context, std::move(done));
}

void NginxDeployer::rollbackTo(int version, QObject *context, Callback<DeployedVersion> done)
{
    if (version < 0) {
        guarded(context, done)(Error{Error::Kind::InvalidInput, 0, tr("Versions are numbered from 0.")});
        return;
    }
    runDeploy(QStringLiteral("rollback"), {{QStringLiteral("VERSION"), versionName(version)}}, context,
              std::move(done));
}

} // namespace quayside
