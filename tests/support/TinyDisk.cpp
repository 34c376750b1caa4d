#include "TinyDisk.h"

#include "ManagedProcess.h"

#include <QDir>
#include <QFile>

namespace quayside::test {

TinyDisk::TinyDisk(QString mountPoint, int kibibytes)
    : m_mountPoint(std::move(mountPoint))
    , m_kibibytes(kibibytes)
{}

TinyDisk::~TinyDisk()
{
    if (m_mounted)
        runTool(QStringLiteral("umount"), {m_mountPoint});
}

bool TinyDisk::mount()
{
    if (!QDir().mkpath(m_mountPoint)) {
        m_error = QStringLiteral("cannot create %1").arg(m_mountPoint);
        return false;
    }
    const QStringList arguments = {QStringLiteral("-t"),
                                   QStringLiteral("tmpfs"),
                                   QStringLiteral("-o"),
                                   QStringLiteral("size=%1k,mode=0755").arg(m_kibibytes),
                                   QStringLiteral("quayside-test"),
                                   m_mountPoint};
    const ToolResult result = runTool(QStringLiteral("mount"), arguments);
    if (!result.ok()) {
        m_error = result.describe(QStringLiteral("mount"), arguments);
        return false;
    }
    m_mounted = true;
    return true;
}

bool TinyDisk::fill()
{
    QFile filler(m_mountPoint + QStringLiteral("/filler"));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        m_error = filler.errorString();
        return false;
    }
    const QByteArray block(1024, '\0');
    while (filler.write(block) == block.size()) {
    }
    // A last partial block may still fit.
    while (filler.write(block.left(1)) == 1) {
    }
    return true;
}

} // namespace quayside::test
