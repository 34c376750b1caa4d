#include "InProcessSandbox.h"

#include "provision/FleetSession.h"
#include "sandbox/SandboxCredentials.h"

namespace quayside::test {

bool InProcessSandbox::start(const QString &credentialsFolder, const QByteArray &password)
{
    m_folder = credentialsFolder;
    m_backend = std::make_unique<InMemorySandboxBackend>();
    m_backend->setBuildMs(200);
    m_backend->setSnapshotMs(100);
    m_backend->setDeleteMs(50);
    SandboxIdentity identity;
    identity.password = password;
    m_server = std::make_unique<SandboxServer>(m_backend.get(), identity);
    if (!m_server->listen()) {
        m_error = m_server->errorString();
        return false;
    }
    const auto written = SandboxCredentials::write(m_folder, m_server->authUrl(), identity);
    if (!written) {
        m_error = written.error().message;
        return false;
    }
    return true;
}

Fleet InProcessSandbox::newFleet(const QString &name) const
{
    Fleet fleet;
    fleet.name = name;
    fleet.cloudAccountId = FleetSession::sandboxAccountId();
    fleet.authUrl = m_server->authUrl().toString();
    fleet.region = SandboxServer::region();
    fleet.flavorId = QStringLiteral("1");
    fleet.baseImageId = InMemorySandboxBackend::baseImageId();
    fleet.dockerHosts = 2;
    fleet.containers = 4;
    return fleet;
}

int InProcessSandbox::serversNamed(const QString &prefix) const
{
    int count = 0;
    for (const SandboxInstance &server : m_backend->servers())
        count += server.name.startsWith(prefix) ? 1 : 0;
    return count;
}

} // namespace quayside::test
