#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace quayside {

// The one way a value reaches a POSIX shell (a remote host's sh over SSH, or a line the user pastes into
// their own terminal): wrapped in single quotes, inside which the shell gives no character a meaning, and
// every single quote written as '\''. Names, paths and passwords are never spliced into a command any other
// way. A NUL cannot be passed through a shell at all and is refused.
class ShellQuote
{
    Q_DECLARE_TR_FUNCTIONS(ShellQuote)

public:
    static Result<QString> quote(const QString &value);
    // The words of one command line, each quoted, joined by spaces.
    static Result<QString> command(const QStringList &words);
};

} // namespace quayside
