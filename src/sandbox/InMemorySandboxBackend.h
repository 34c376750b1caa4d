#pragma once

#include "sandbox/SandboxBackend.h"

namespace quayside {

// A sandbox backend whose servers are only records: they go BUILD -> ACTIVE after a while, get an address
// on a made-up private network, and their snapshots save after a while. It makes no machine, so it serves
// where the API alone matters (the clients' tests, the API's own tests) and starts in no time.
//
// It offers the flavors sandbox.small/medium/large and one base image, "debian-12".
class InMemorySandboxBackend : public SandboxBackend
{
    Q_OBJECT

public:
    explicit InMemorySandboxBackend(QObject *parent = nullptr);

    // How long each phase takes: a build (halfway it reports 50 % progress), a snapshot (queued for the
    // first half, saving for the second), a deletion.
    void setBuildMs(int milliseconds) { m_buildMs = milliseconds; }
    void setSnapshotMs(int milliseconds) { m_snapshotMs = milliseconds; }
    void setDeleteMs(int milliseconds) { m_deleteMs = milliseconds; }
    // The next `count` builds end in ERROR with this fault, as when a cloud has no room.
    void failNextBuilds(int count, const SandboxFault &fault);
    // The next `count` snapshots end killed.
    void failNextSnapshots(int count) { m_failSnapshots = count; }
    // What the server's console shows (os-getConsoleOutput), as a booted machine would print it; the
    // in-memory servers print nothing by themselves.
    void setConsoleLog(const QString &serverId, const QString &text) { reportConsoleLog(serverId, text); }

protected:
    void boot(const SandboxInstance &server) override;
    void destroy(const SandboxInstance &server) override;
    void snapshot(const SandboxInstance &server, const SandboxImage &image) override;
    void discardImage(const SandboxImage &image) override;

private:
    int m_buildMs = 3000;
    int m_snapshotMs = 3000;
    int m_deleteMs = 1000;
    int m_failBuilds = 0;
    SandboxFault m_buildFault;
    int m_failSnapshots = 0;
    int m_nextHost = 10;
};

} // namespace quayside
