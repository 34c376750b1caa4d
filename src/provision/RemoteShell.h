#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace quayside {

struct CommandResult
{
    int exitStatus = 0;
    qint64 durationMs = 0;
};

// What a recipe needs of a host: run a shell command with its output streamed line by line, and put a file
// in place. Over SSH for real hosts; the step runner knows nothing else of them.
class RemoteShell : public QObject
{
    Q_OBJECT

public:
    enum class Stream { Out, Err };
    using LineCallback = std::function<void(Stream stream, const QString &line)>;
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    using QObject::QObject;

    // Who and where, for messages: "root@203.0.113.5".
    virtual QString describe() const = 0;
    // `command` is given to the remote sh as it is: every value in it must have gone through ShellQuote.
    virtual void run(const QString &command, int timeoutMs, QObject *context, LineCallback onLine,
                     Callback<CommandResult> done) = 0;
    // Writes `data` to `path` (a temporary name first, then renamed) with `mode`, e.g. 0600.
    virtual void upload(const QByteArray &data, const QString &path, int mode, QObject *context,
                        Callback<void> done) = 0;
};

} // namespace quayside
