#include "cli/KeyCommands.h"

#include "secrets/KeychainSecretStore.h"
#include "ssh/SshKeyPassphrases.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace quayside::cli {

namespace {

// Turns the terminal's echo off while it lives, when standard input is a terminal.
class HiddenInput
{
public:
    HiddenInput()
    {
        if (::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios hidden = m_saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            m_hidden = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden) == 0;
        }
    }
    ~HiddenInput()
    {
        if (m_hidden)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

    bool isTerminal() const { return m_hidden; }

private:
    termios m_saved = {};
    bool m_hidden = false;
};

// One line of standard input without its line end; nullopt at the end of input before any.
std::optional<QByteArray> readLine()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = input.readLine();
    if (line.isEmpty())
        return std::nullopt;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool isEncryptedKeyFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && SshKey::isEncryptedPrivateKey(file.readAll());
}

} // namespace

int KeyCommands::rememberPassphrase(const Invocation &call)
{
    const QString path = call.arguments.at(0);
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFile::exists(path))
        return call.fail(tr("There is no key file %1.").arg(shown));
    if (!isEncryptedKeyFile(path))
        return call.fail(tr("%1 is not protected by a passphrase (or is not a private key): there is nothing to "
                            "keep.")
                             .arg(shown));
    std::optional<QByteArray> passphrase;
    {
        const HiddenInput hidden;
        if (hidden.isTerminal()) {
            call.err << tr("Passphrase of %1: ").arg(shown);
            call.err.flush();
        }
        passphrase = readLine();
        if (hidden.isTerminal())
            call.err << Qt::endl;
    }
    if (!passphrase || passphrase->isEmpty())
        return call.fail(tr("No passphrase was given on standard input; nothing was kept."));

    KeychainSecretStore keychain;
    SshKeyPassphrases passphrases(&keychain);
    return runUntilFinished([&](const auto &finish) {
        passphrases.loadWith(path, *passphrase, true, &passphrases, [&call, &shown, finish](const Result<SshKey> &key) {
            if (!key) {
                finish(call.fail(key.error().kind == Error::Kind::Unauthorized
                                     ? tr("That passphrase does not open %1; nothing was kept.").arg(shown)
                                     : key.error().message));
                return;
            }
            call.out << tr("The keychain keeps the passphrase of %1 (%2) now.").arg(shown, key.value().fingerprint())
                     << Qt::endl;
            finish(Success);
        });
    });
}

int KeyCommands::forgetPassphrase(const Invocation &call)
{
    const QString path = call.arguments.at(0);
    const QString shown = QDir::toNativeSeparators(path);
    KeychainSecretStore keychain;
    SshKeyPassphrases passphrases(&keychain);
    return runUntilFinished([&](const auto &finish) {
        passphrases.forget(path, &passphrases, [&call, &shown, finish](const Result<void> &forgotten) {
            if (!forgotten) {
                finish(call.fail(forgotten.error().message));
                return;
            }
            call.out << tr("The keychain keeps no passphrase of %1.").arg(shown) << Qt::endl;
            finish(Success);
        });
    });
}

} // namespace quayside::cli
