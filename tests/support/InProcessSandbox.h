#pragma once

#include "core/Fleet.h"
#include "sandbox/InMemorySandboxBackend.h"
#include "sandbox/SandboxServer.h"

#include <QString>

#include <memory>

namespace quayside::test {

// The sandbox cloud in-process for fleet tests: SandboxServer over the in-memory backend on loopback, with
// the credentials quayside-sandbox writes for its users (clouds.yaml) in a folder of the test's, and quick
// builds. Servers print no SSH host key on their console, so only the plan's cloud phases can finish.
class InProcessSandbox
{
public:
    bool start(const QString &credentialsFolder, const QByteArray &password);
    QString errorString() const { return m_error; }

    InMemorySandboxBackend *backend() const { return m_backend.get(); }
    SandboxServer *server() const { return m_server.get(); }
    QString credentialsFolder() const { return m_folder; }
    // A new fleet on it: 2 Docker hosts, 4 containers, flavor 1 and the sandbox's base image.
    Fleet newFleet(const QString &name) const;
    // How many of its servers have names starting with `prefix`.
    int serversNamed(const QString &prefix) const;

private:
    std::unique_ptr<InMemorySandboxBackend> m_backend;
    std::unique_ptr<SandboxServer> m_server;
    QString m_folder;
    QString m_error;
};

} // namespace quayside::test
