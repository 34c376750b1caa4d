#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

namespace quayside {

// Where the docker command line reaches its engine: the user's local engine by default (the CLI's own
// default, its unix socket), or a host such as tcp://127.0.0.1:2376 with mutual TLS material in
// `tlsDirectory` (ca.pem, cert.pem, key.pem, as DOCKER_CERT_PATH expects them). Not docker/DockerClient.h's
// DockerEndpoint (the API's): one program may use both.
struct DockerCliEndpoint
{
    QString host;         // DOCKER_HOST; empty: the CLI's default
    QString tlsDirectory; // DOCKER_CERT_PATH with DOCKER_TLS_VERIFY=1; empty: no TLS
};

// What `docker inspect` says about one container, as far as the sandbox needs it.
struct DockerContainerState
{
    QString id;
    QString status; // created, running, exited, ...
    bool running = false;
    int exitCode = 0;
    QString error; // the engine's own reason when the container could not start
    QString address;
    QString mac;
};

// The docker command-line client, run asynchronously: each call is a QProcess with its arguments as a
// list (never through a shell) and a time limit, after which the process is killed and the call ends
// with a Timeout error. A call that exits non-zero ends with an error carrying the CLI's own message.
// Destroying the object kills what still runs; its callbacks are then not called.
class DockerCli : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    explicit DockerCli(DockerCliEndpoint endpoint = {}, QObject *parent = nullptr);
    ~DockerCli() override;

    // The CLI to run ("docker" from PATH unless set).
    void setProgram(const QString &program) { m_program = program; }
    const DockerCliEndpoint &endpoint() const { return m_endpoint; }

    // Runs `docker <arguments>`; `input` goes to its stdin. `done` gets stdout, or an error. It is called
    // only while `context` lives.
    void run(const QStringList &arguments, int timeoutMs, QObject *context, const Callback<QByteArray> &done,
             const QByteArray &input = {});

    // What a container printed, its stdout and stderr interleaved as a console shows them; `tailLines`
    // limits it to the last lines (0: all).
    void logs(const QString &container, int tailLines, int timeoutMs, QObject *context,
              const Callback<QByteArray> &done);

    // `docker inspect` output (a JSON array with one container), the address and MAC on `network`.
    static Result<DockerContainerState> parseInspect(const QByteArray &json, const QString &network);

private:
    QProcessEnvironment environment() const;
    void launch(const QStringList &arguments, int timeoutMs, QObject *context, const Callback<QByteArray> &done,
                const QByteArray &input, bool mergeOutput);

    DockerCliEndpoint m_endpoint;
    QString m_program = QStringLiteral("docker");
};

} // namespace quayside
