#pragma once

#include "core/Result.h"
#include "sandbox/DockerCli.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace quayside {

struct HostImageOptions
{
    // The name the image gets (the sandbox's own: DockerSandboxBackend::defaultHostImage()).
    QString image;
    // The Debian mirror to make it from; empty: the one this machine's apt uses, as the script finds it.
    QString mirror;
    // Where the private work folder goes; empty: $TMPDIR, else /var/tmp (not /tmp, which may be a small
    // tmpfs mounted nodev, where debootstrap fails).
    QString temporaryParent;
    // Limits: the whole root file system build (debootstrap takes about a minute from a near mirror), the
    // import, and the engine's other calls.
    int buildTimeoutMs = 30 * 60 * 1000;
    int importTimeoutMs = 10 * 60 * 1000;
    int callTimeoutMs = 60000;
    // How long the build may take to clean up after SIGTERM before it is killed.
    int stopGraceMs = 30000;
};

// Makes quayside-sandbox's host image on the Docker Engine when the engine lacks it: the script
// resources/sandbox/make-host-rootfs.sh (from the Qt resources, with quayside-boot beside it) runs with bash
// in a private temporary folder and makes the root file system from Debian's packages with debootstrap,
// which then is `docker import`ed under the image's name with the boot script as entry point. No registry
// is involved. debootstrap needs root, so the build refuses to start without it, saying what to do. The
// build runs in a process group of its own, stopped (SIGTERM, which lets the script clean up) when it
// exceeds its time limit or this object is destroyed. Whatever fails leaves no image and no folder behind.
class HostImageBuilder : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<void(const QString &line)>;
    // true: the image was made; false: the engine had it already.
    using Done = std::function<void(const Result<bool> &)>;

    // `docker` must outlive the builder.
    HostImageBuilder(DockerCli *docker, HostImageOptions options, QObject *parent = nullptr);
    ~HostImageBuilder() override;

    // Makes the image unless the engine has it. `progress` gets each line the build prints, `done` the
    // outcome; neither is called once `context` is destroyed. One at a time.
    void ensure(QObject *context, const Progress &progress, const Done &done);

    // The files the image is made from (the script first), as the resources hold them.
    static QByteArray script();
    static QByteArray bootScript();

private:
    void build();
    void onOutput();
    void onBuilt(int exitCode, bool crashed);
    void onTimeout();
    void import();
    void stopBuild();
    void finish(const Result<bool> &result);
    QString lastWords() const;

    DockerCli *m_docker;
    HostImageOptions m_options;
    QPointer<QObject> m_context;
    Progress m_progress;
    Done m_done;
    bool m_busy = false;
    bool m_timedOut = false;
    std::unique_ptr<QTemporaryDir> m_folder;
    QProcess *m_process = nullptr;
    QTimer m_limit;
    QTimer m_grace;
    QByteArray m_pending; // output not yet ended by a newline
    QStringList m_lastLines;
};

} // namespace quayside
