#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

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

} // namespace quayside::cli
