#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <csignal>
#include <functional>

namespace quayside::test {

// The result of a short command the harness runs to prepare a server (openssl, ssh-keygen, ip, docker).
struct ToolResult
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return started && !timedOut && exitCode == 0; }
    // "program args: exit 1: <stderr>" for failure messages.
    QString describe(const QString &program, const QStringList &arguments) const;
};

struct ToolOptions
{
    QByteArray input;
    int timeoutMs = 60000;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

ToolResult runTool(const QString &program, const QStringList &arguments, const ToolOptions &options = {});

// Writes a whole file (configuration for a server); false if it could not.
bool writeFile(const QString &path, const QByteArray &content);
// A whole file, or nothing if it cannot be read.
QByteArray readFile(const QString &path);
// A file's permission bits (0644...), or -1 if it is not there.
int fileMode(const QString &path);

// A long-running child (a server) with its stdout and stderr merged and kept for error messages. If
// the test process dies without tearing down, the kernel sends the child `deathSignal` (PR_SET_PDEATHSIG),
// so a crashed test leaves no server running.
class ManagedProcess
{
public:
    explicit ManagedProcess(QString name);
    ~ManagedProcess();
    ManagedProcess(const ManagedProcess &) = delete;
    ManagedProcess &operator=(const ManagedProcess &) = delete;

    bool start(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
               int deathSignal = SIGTERM);
    void writeAndCloseInput(const QByteArray &data);

    // Waits until `needle` appears in the output; false on timeout or if the process exits first.
    bool waitForOutput(const QByteArray &needle, int timeoutMs);
    // Polls `ready` until it holds; false on timeout or if the process exits first.
    bool waitUntil(const std::function<bool()> &ready, int timeoutMs);

    // Stops a server that did not come up and says whether it failed because its port was taken.
    bool stopAfterFailedStart();

    // SIGTERM, then SIGKILL after graceMs. Safe to call twice.
    void stop(int graceMs = 5000);

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 pid() const { return m_process.processId(); }
    QByteArray output();
    // The last lines of output with the name of the process, for a failure message.
    QString report(int lines = 15);

private:
    void drain();

    QString m_name;
    QProcess m_process;
    QByteArray m_output;
};

} // namespace quayside::test
