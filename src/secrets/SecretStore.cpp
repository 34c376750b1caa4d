#include "secrets/SecretStore.h"

namespace quayside {

bool SecretStore::isValidKey(const QString &key)
{
    if (key.size() > 512 || !key.startsWith(QStringLiteral("quayside/")) || key.endsWith(QLatin1Char('/')))
        return false;
    for (const QChar c : key) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

Error SecretStore::invalidKeyError(const QString &key)
{
    return Error{Error::Kind::InvalidInput, 0,
                 tr("\"%1\" is not a valid keychain entry name: it must start with \"quayside/\" and use "
                    "printable ASCII without spaces.")
                     .arg(key.left(80))};
}

} // namespace quayside
