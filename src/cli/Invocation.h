#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace quayside::cli {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

// One run of a quaysidectl command: what it was given and where it writes.
struct Invocation
{
    Q_DECLARE_TR_FUNCTIONS(Invocation)

public:
    QString command;
    QStringList arguments; // after the command's name
    const QCommandLineParser &parser;
    QString balancerPath;
    QTextStream &out;
    QTextStream &err;

    int fail(const QString &message) const
    {
        err << "quaysidectl: " << message << Qt::endl;
        return Failure;
    }
    // A command line that cannot be right: exit status 2, as for a malformed one.
    int misuse(const QString &message) const
    {
        err << tr("quaysidectl: %1; see quaysidectl --help.").arg(message) << Qt::endl;
        return Usage;
    }
};

// Starts asynchronous work and runs the event loop until it calls `finish` with the exit status (at once if
// it did so before returning).
inline int runUntilFinished(const std::function<void(const std::function<void(int exitCode)> &finish)> &start)
{
    std::optional<int> code;
    QEventLoop loop;
    const auto finish = [&code, &loop](int exitCode) {
        if (!code) {
            code = exitCode;
            loop.quit();
        }
    };
    start(finish);
    if (!code)
        loop.exec();
    return *code;
}

} // namespace quayside::cli
