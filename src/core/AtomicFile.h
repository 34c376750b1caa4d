#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace quayside {

// Replaces a file's content all at once or not at all: the data goes to a temporary file beside it (made
// with `permissions` from the start, so a key is never readable by others, not even for a moment), is
// flushed to disk, and is renamed over the old file only when every byte got there. A full disk or any
// other failure leaves the old file as it was and says so.
//
// Not QSaveFile: Qt 6.4's QSaveFile can report success and leave an empty file behind when the disk
// fills while it flushes (seen here on a full tmpfs), the very case this exists for.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    static Result<void> write(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions);
};

} // namespace quayside
