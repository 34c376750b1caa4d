#pragma once

#include "ManagedProcess.h"

#include <QTemporaryDir>

namespace quayside::test {

// A private D-Bus session bus with an unlocked gnome-keyring serving the Secret Service on it, so
// QtKeychain stores into a real keyring without touching the user's. start() points this process's
// DBUS_SESSION_BUS_ADDRESS at the private bus; call it before anything in the test talks to D-Bus.
class TestSecretService
{
public:
    TestSecretService();
    ~TestSecretService();

    bool start();
    QString errorString() const { return m_error; }

    QString busAddress() const { return m_busAddress; }
    QString directory() const { return m_dir.path(); }
    // The environment of a program that should see this keyring (secret-tool, for cross-checks).
    QProcessEnvironment environment() const;

private:
    bool fail(const QString &message);
    bool waitForSecretService(int timeoutMs);

    QTemporaryDir m_dir;
    ManagedProcess m_bus{QStringLiteral("dbus-daemon")};
    ManagedProcess m_keyring{QStringLiteral("gnome-keyring-daemon")};
    QString m_busAddress;
    QByteArray m_previousAddress;
    bool m_addressReplaced = false;
    QString m_error;
};

} // namespace quayside::test
