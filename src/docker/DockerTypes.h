#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace quayside {

struct DockerVersion
{
    QString version;       // the engine's release, e.g. 20.10.24
    QString apiVersion;    // the newest API it speaks
    QString minApiVersion; // the oldest it accepts
    QString os;
    QString arch;
    QString kernelVersion;
};

// What the scheduler needs to know about an engine's host.
struct DockerInfo
{
    QString name;
    QString serverVersion;
    QString operatingSystem;
    int cpus = 0;
    qint64 memoryBytes = 0;
    int containers = 0;
    int containersRunning = 0;
    int images = 0;
};

struct DockerImage
{
    QString id;
    QStringList tags;
    qint64 sizeBytes = 0;
    QDateTime created;
    QMap<QString, QString> labels; // the list (/images/json) and inspect both carry them
};

// What a build needs besides its context: the tag, the Dockerfile's name, --build-arg values and labels.
struct ImageBuild
{
    QString tag;
    QString dockerfile; // empty: "Dockerfile"
    QMap<QString, QString> buildArgs;
    QMap<QString, QString> labels;
};

// A published port: container port/protocol -> host address and port.
struct PortBinding
{
    int containerPort = 0;
    QString protocol = QStringLiteral("tcp");
    QString hostIp;   // empty: all addresses
    int hostPort = 0; // 0: the engine chooses
};

enum class RestartPolicy { No, OnFailure, UnlessStopped, Always };

// Everything needed to create a container.
struct ContainerSpec
{
    QString name; // empty: the engine chooses
    QString image;
    QStringList command; // empty: the image's CMD
    QMap<QString, QString> environment;
    QMap<QString, QString> labels;
    QList<PortBinding> ports;
    RestartPolicy restartPolicy = RestartPolicy::UnlessStopped;
    qint64 memoryLimitBytes = 0; // 0: no limit
    double cpuLimit = 0;         // in CPUs, 0: no limit
};

struct ContainerSummary
{
    QString id;
    QString name;
    QString image;
    QString state; // created, running, exited, ...
    QString status;
    QMap<QString, QString> labels;
    QList<PortBinding> ports;
};

struct ContainerDetails
{
    QString id;
    QString name;
    QString image;
    QString state;
    bool running = false;
    int exitCode = 0;
    QMap<QString, QString> labels;
    QList<PortBinding> ports; // published ports as the engine bound them
};

struct ContainerStats
{
    double cpuPercent = 0;
    qint64 memoryUsageBytes = 0;
    qint64 memoryLimitBytes = 0;
};

struct DockerEvent
{
    QString type;   // container, image, network, ...
    QString action; // start, die, stop, destroy, ...
    QString actorId;
    QMap<QString, QString> attributes; // name, image, and the container's labels
    qint64 timeNano = 0;
};

// Turning the engine's JSON into these types. Every reader checks the shape it needs and returns a
// Protocol error for malformed, truncated or unexpected input, never a half-filled value.
class DockerJson
{
    Q_DECLARE_TR_FUNCTIONS(DockerJson)

public:
    static Result<DockerVersion> version(const QByteArray &json);
    static Result<DockerInfo> info(const QByteArray &json);
    static Result<QList<DockerImage>> images(const QByteArray &json);
    static Result<DockerImage> image(const QByteArray &json);
    static Result<QString> createdId(const QByteArray &json);
    static Result<QList<ContainerSummary>> containers(const QByteArray &json);
    static Result<ContainerDetails> container(const QByteArray &json);
    static Result<ContainerStats> stats(const QByteArray &json);
    static Result<DockerEvent> event(const QByteArray &json);
    static QByteArray containerCreateBody(const ContainerSpec &spec);
    // The engine's {"message": "..."} error text, or the body itself when it is not that shape.
    static QString errorMessage(const QByteArray &body);
};

} // namespace quayside
