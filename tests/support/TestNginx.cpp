#include "TestNginx.h"

#include "Network.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

#include <csignal>

namespace quayside::test {

namespace {

QString nginxProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
}

} // namespace

TestNginx::TestNginx()
    : m_dir(QDir::tempPath() + QStringLiteral("/quayside-nginx-XXXXXX"))
{}

TestNginx::~TestNginx()
{
    m_daemon.stop();
}

bool TestNginx::fail(const QString &message)
{
    m_error = QStringLiteral("test nginx: ") + message;
    return false;
}

QUrl TestNginx::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

ToolResult TestNginx::validate(const QString &config) const
{
    return runTool(nginxProgram(), {QStringLiteral("-t"), QStringLiteral("-q"), QStringLiteral("-c"),
                                    config.isEmpty() ? mainConfig() : config, QStringLiteral("-p"), prefix()});
}

bool TestNginx::reload()
{
    if (!m_daemon.isRunning())
        return fail(QStringLiteral("reload asked but nginx is not running"));
    return ::kill(static_cast<pid_t>(m_daemon.pid()), SIGHUP) == 0;
}

QStringList TestNginx::workers() const
{
    const ToolResult children =
        runTool(QStringLiteral("pgrep"), {QStringLiteral("-P"), QString::number(m_daemon.pid())});
    return QString::fromLatin1(children.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool TestNginx::reloadAndWait(int timeoutMs)
{
    const QStringList before = workers();
    if (!reload())
        return false;
    // The new configuration serves once every worker of the old one is gone and a new one runs.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        const QStringList now = workers();
        const bool oldGone =
            std::none_of(before.begin(), before.end(), [&now](const QString &pid) { return now.contains(pid); });
        if (oldGone && !now.isEmpty())
            return true;
        QThread::msleep(20);
    }
    return fail(QStringLiteral("nginx did not finish reloading within %1 ms").arg(timeoutMs));
}

bool TestNginx::writeConfig()
{
    const QString root = m_dir.path();
    const QByteArray main = QStringLiteral("daemon off;\n"
                                           "master_process on;\n"
                                           "worker_processes 1;\n"
                                           "pid %1/nginx.pid;\n"
                                           "error_log stderr notice;\n"
                                           "events { worker_connections 128; }\n"
                                           "http {\n"
                                           "    access_log %1/logs/access.log;\n"
                                           "    client_body_temp_path %1/temp/client_body;\n"
                                           "    proxy_temp_path %1/temp/proxy;\n"
                                           "    fastcgi_temp_path %1/temp/fastcgi;\n"
                                           "    uwsgi_temp_path %1/temp/uwsgi;\n"
                                           "    scgi_temp_path %1/temp/scgi;\n"
                                           "    default_type text/html;\n"
                                           "    include %1/conf.d/*.conf;\n"
                                           "}\n")
                                .arg(root)
                                .toLocal8Bit();
    const QByteArray server = QStringLiteral("server {\n"
                                             "    listen 127.0.0.1:%1;\n"
                                             "    root %2/html;\n"
                                             "}\n")
                                  .arg(m_port)
                                  .arg(root)
                                  .toLocal8Bit();
    return writeFile(mainConfig(), main) && writeFile(confDir() + QStringLiteral("/default.conf"), server);
}

bool TestNginx::start()
{
    if (!m_dir.isValid())
        return fail(QStringLiteral("cannot create a temporary folder: ") + m_dir.errorString());
    if (nginxProgram().isEmpty())
        return fail(QStringLiteral("nginx is not installed (README: the test command installs it)"));
    // Workers run as nobody when the master is root: they must be able to read html/.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                            QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    for (const char *sub : {"conf.d", "html", "logs", "temp"})
        QDir().mkpath(m_dir.filePath(QString::fromLatin1(sub)));
    writeFile(htmlRoot() + QStringLiteral("/index.html"),
              "<!DOCTYPE html><title>Quayside test nginx</title><p>served by the test harness</p>\n");

    m_port = launchOnFreePort([this](quint16 port) {
        m_port = port;
        if (!writeConfig()) {
            m_error = QStringLiteral("cannot write the configuration in %1").arg(m_dir.path());
            return Launch::Failed;
        }
        const ToolResult check = validate();
        if (!check.ok()) {
            m_error = check.describe(QStringLiteral("nginx"), {QStringLiteral("-t")});
            return Launch::Failed;
        }
        if (!m_daemon.start(nginxProgram(), {QStringLiteral("-c"), mainConfig(), QStringLiteral("-p"), prefix()}))
            return Launch::Failed;
        if (m_daemon.waitUntil([port] { return canConnect(port); }, 10000))
            return Launch::Ready;
        return m_daemon.stopAfterFailedStart() ? Launch::PortTaken : Launch::Failed;
    });
    return m_port != 0 ||
           fail(m_error.isEmpty() ? QStringLiteral("nginx did not start: ") + m_daemon.report() : m_error);
}

NginxDeployTarget TestNginx::deployTarget(const QString &stateDirectory) const
{
    NginxDeployTarget target;
    target.configRoot = prefix();
    target.mainConfig = mainConfig();
    target.confDirectory = confDir();
    target.prefix = prefix();
    target.pidFile = pidFile();
    target.stateDirectory = stateDirectory;
    target.nginx = QStringLiteral("/usr/sbin/nginx");
    target.reloadTimeoutS = 3;
    target.drainTimeoutS = 15;
    return target;
}

} // namespace quayside::test
