#include "TestSecretService.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace quayside::test {

TestSecretService::TestSecretService()
    : m_dir(QDir::tempPath() + QStringLiteral("/quayside-keyring-XXXXXX"))
{}

TestSecretService::~TestSecretService()
{
    m_keyring.stop();
    m_bus.stop();
    if (m_addressReplaced) {
        if (m_previousAddress.isNull())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", m_previousAddress);
    }
}

bool TestSecretService::fail(const QString &message)
{
    m_error = QStringLiteral("test Secret Service: ") + message;
    return false;
}

QProcessEnvironment TestSecretService::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

bool TestSecretService::waitForSecretService(int timeoutMs)
{
    const QString probeName = QStringLiteral("quayside-test-probe");
    bool registered = false;
    {
        QDBusConnection bus = QDBusConnection::connectToBus(m_busAddress, probeName);
        if (!bus.isConnected())
            m_error = bus.lastError().message();
        QElapsedTimer timer;
        timer.start();
        while (bus.isConnected() && !timer.hasExpired(timeoutMs) && m_keyring.isRunning()) {
            if (bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"))) {
                registered = true;
                break;
            }
            QThread::msleep(25);
        }
    }
    QDBusConnection::disconnectFromBus(probeName);
    return registered;
}

bool TestSecretService::start()
{
    if (!m_dir.isValid())
        return fail(QStringLiteral("cannot create a temporary folder: ") + m_dir.errorString());
    for (const char *sub : {"home", "runtime", "data", "config"})
        QDir().mkpath(m_dir.filePath(QString::fromLatin1(sub)));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // Our own bus configuration: no service activation, so nothing but our keyring can answer.
    const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1").arg(config));
    file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                              " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                              "<busconfig>\n"
                              "  <type>session</type>\n"
                              "  <listen>unix:path=%1/bus</listen>\n"
                              "  <auth>EXTERNAL</auth>\n"
                              "  <policy context=\"default\">\n"
                              "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                              "    <allow eavesdrop=\"true\"/>\n"
                              "    <allow own=\"*\"/>\n"
                              "  </policy>\n"
                              "</busconfig>\n")
                   .arg(m_dir.path())
                   .toUtf8());
    file.close();

    if (!m_bus.start(QStringLiteral("dbus-daemon"),
                     {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                      QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1")}))
        return fail(QStringLiteral("dbus-daemon is not installed or did not start: ") + m_bus.report());
    // The address is the line of output starting with "unix:" (warnings may come before it).
    const auto findAddress = [this] {
        for (const QByteArray &line : m_bus.output().split('\n')) {
            if (line.startsWith("unix:") && m_bus.output().contains(QByteArray(line + '\n')))
                m_busAddress = QString::fromLatin1(line.trimmed());
        }
        return !m_busAddress.isEmpty();
    };
    if (!m_bus.waitUntil(findAddress, 10000))
        return fail(QStringLiteral("dbus-daemon printed no address: ") + m_bus.report());

    if (!m_keyring.start(
            QStringLiteral("gnome-keyring-daemon"),
            {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")},
            environment()))
        return fail(QStringLiteral("gnome-keyring-daemon is not installed or did not start: ") + m_keyring.report());
    // --unlock reads the password of the login keyring it creates from standard input.
    m_keyring.writeAndCloseInput("quayside-test-keyring-password");
    if (!waitForSecretService(15000))
        return fail(
            QStringLiteral("org.freedesktop.secrets did not appear on the bus %1 (%2): ").arg(m_busAddress, m_error) +
            m_keyring.report());

    m_previousAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        m_previousAddress = QByteArray();
    m_addressReplaced = true;
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toLatin1());
    return true;
}

} // namespace quayside::test
