#pragma once

#include "cli/Invocation.h"

#include <QCoreApplication>

namespace quayside::cli {

// quaysidectl's commands for the passphrase of an encrypted SSH key, which the commands that log in take
// only from the keychain: remember-passphrase reads it from the terminal (without echo) or from standard
// input, never from the command line, and keeps it once it opens the key; forget-passphrase removes it.
class KeyCommands
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommands)

public:
    static int rememberPassphrase(const Invocation &call);
    static int forgetPassphrase(const Invocation &call);
};

} // namespace quayside::cli
