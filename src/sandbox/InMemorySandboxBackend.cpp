#include "sandbox/InMemorySandboxBackend.h"

#include <QTimer>

namespace quayside {

InMemorySandboxBackend::InMemorySandboxBackend(QObject *parent)
    : SandboxBackend(parent)
{
    addStandardCatalog(qint64(120) * 1024 * 1024);
}

void InMemorySandboxBackend::failNextBuilds(int count, const SandboxFault &fault)
{
    m_failBuilds = count;
    m_buildFault = fault;
}

void InMemorySandboxBackend::boot(const SandboxInstance &server)
{
    const QString id = server.id;
    const bool fail = m_failBuilds > 0;
    if (fail)
        --m_failBuilds;
    SandboxAddress address;
    address.address = QStringLiteral("10.254.0.%1").arg(m_nextHost);
    address.mac = QStringLiteral("fa:16:3e:00:00:%1").arg(m_nextHost % 256, 2, 16, QLatin1Char('0'));
    m_nextHost = m_nextHost >= 250 ? 10 : m_nextHost + 1;
    QTimer::singleShot(m_buildMs / 2, this, [this, id] { reportBuildProgress(id, 50); });
    QTimer::singleShot(m_buildMs, this, [this, id, fail, address, fault = m_buildFault] {
        if (fail)
            reportFailed(id, fault);
        else
            reportActive(id, {address});
    });
}

void InMemorySandboxBackend::destroy(const SandboxInstance &server)
{
    QTimer::singleShot(m_deleteMs, this, [this, id = server.id] { reportGone(id); });
}

void InMemorySandboxBackend::snapshot(const SandboxInstance &server, const SandboxImage &image)
{
    Q_UNUSED(server)
    const bool fail = m_failSnapshots > 0;
    if (fail)
        --m_failSnapshots;
    QTimer::singleShot(m_snapshotMs / 2, this, [this, id = image.id] { reportImageSaving(id); });
    QTimer::singleShot(m_snapshotMs, this, [this, id = image.id, fail] {
        if (fail)
            reportImageFailed(id);
        else
            reportImageSaved(id, qint64(150) * 1024 * 1024);
    });
}

void InMemorySandboxBackend::discardImage(const SandboxImage &image)
{
    Q_UNUSED(image)
}

} // namespace quayside
