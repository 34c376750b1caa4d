#pragma once

#include "ManagedProcess.h"
#include "TestDockerEngine.h"

#include "core/Result.h"

#include <QString>

namespace quayside {
class SshKey;
} // namespace quayside

namespace quayside::test {

// A disposable cloud server for provisioning tests: a container on the harness's Docker Engine, booted
// from the Debian 12 image that tests/host-image/prepare.sh made (quickstart.sh test runs it) with the
// sandbox's own script (resources/sandbox/make-host-rootfs.sh), reached at
// its own address on the engine's bridge: SSH as root with a key the test authorizes, and, once a recipe
// set it up, its own Docker Engine. Packages come from the prepared apt repository, which this serves on
// the bridge, so nothing reaches the internet. Like a real cloud server it makes fresh SSH host keys at
// boot and prints their fingerprints to its console. Removed by the destructor (and with the engine).
class TestCloudHost
{
public:
    explicit TestCloudHost(TestDockerEngine *engine);
    ~TestCloudHost();
    TestCloudHost(const TestCloudHost &) = delete;
    TestCloudHost &operator=(const TestCloudHost &) = delete;

    bool start(const QByteArray &authorizedKeyLine);
    QString errorString() const { return m_error; }

    QString address() const { return m_address; }
    // The "deb ..." line of the local package repository this serves on the bridge.
    QString aptSource() const;
    QString containerName() const { return m_name; }
    // What the server printed while booting: the host key fingerprints among it.
    QString consoleLog() const;

    static QString cacheDirectory();
    static QString imageName() { return QStringLiteral("quayside-test/host:bookworm"); }
    // Where the server keeps a plain Debian 12 root file system (gzipped tar) to `docker import` as the base
    // of the Tomcat image: DockerSandboxBackend::baseImageTarPath().
    static QString baseImageTarPath();

    // Puts the prepared image on the engine (each test's engine is new, so it is imported from the cache
    // as the cache is now) also under the name quayside-sandbox gives its own host image, so that the
    // sandbox boots it without --host-image and without building it. Fails, saying so, when the cache was
    // made from other scripts than this checkout's (prepare.sh wrote the name it gave them beside it).
    bool tagAsSandboxImage();

private:
    bool fail(const QString &message);
    bool serveRepository();
    bool importImage();

    TestDockerEngine *m_engine;
    ManagedProcess m_repository{QStringLiteral("apt repository (busybox httpd)")};
    quint16 m_repositoryPort = 0;
    QString m_name;
    QString m_address;
    QString m_error;
};

// Logs in to a cloud server (a TestCloudHost, or a server of the sandbox cloud) at `address` as `user` with
// `key`, trusting the host key whose fingerprint `consoleLog` shows as cloud-init prints it (known hosts
// kept in `knownHostsFile`, a new file for a new server), and runs `command`: its output, trimmed, or why
// the login or the command failed.
Result<QString> runOnCloudServer(const QString &address, const QString &user, const SshKey &key,
                                 const QString &consoleLog, const QString &knownHostsFile, const QString &command);

} // namespace quayside::test
