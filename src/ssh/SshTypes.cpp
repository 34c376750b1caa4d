#include "ssh/SshTypes.h"

namespace quayside {

QString SshTarget::where() const
{
    const QString shownHost = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("%1@%2:%3").arg(user, shownHost).arg(port);
}

} // namespace quayside
