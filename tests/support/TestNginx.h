#pragma once

#include "ManagedProcess.h"

#include "provision/NginxDeployer.h"

#include <QTemporaryDir>
#include <QUrl>

namespace quayside::test {

// A real nginx in the foreground with its own prefix. Its nginx.conf includes conf.d/*.conf the way
// Debian's does; conf.d/default.conf serves html/ on 127.0.0.1:port() until a test replaces it.
class TestNginx
{
public:
    TestNginx();
    ~TestNginx();

    bool start();
    QString errorString() const { return m_error; }

    quint16 port() const { return m_port; }
    QUrl url(const QString &path = QStringLiteral("/")) const;
    QString prefix() const { return m_dir.path(); }
    QString mainConfig() const { return m_dir.filePath(QStringLiteral("nginx.conf")); }
    QString confDir() const { return m_dir.filePath(QStringLiteral("conf.d")); }
    QString pidFile() const { return m_dir.filePath(QStringLiteral("nginx.pid")); }
    // Where NginxDeployer finds this server's files, with its versions kept in `stateDirectory`.
    NginxDeployTarget deployTarget(const QString &stateDirectory) const;
    QString htmlRoot() const { return m_dir.filePath(QStringLiteral("html")); }

    // `nginx -t` on the given main config (this server's by default); the error line is in the result.
    ToolResult validate(const QString &config = QString()) const;
    // Tells the master to re-read its configuration (SIGHUP).
    bool reload();
    // reload(), then waits until the old workers are gone, so that requests see the new configuration.
    bool reloadAndWait(int timeoutMs = 10000);
    QStringList workers() const;

private:
    bool fail(const QString &message);
    bool writeConfig();

    QTemporaryDir m_dir;
    ManagedProcess m_daemon{QStringLiteral("nginx")};
    quint16 m_port = 0;
    QString m_error;
};

} // namespace quayside::test
