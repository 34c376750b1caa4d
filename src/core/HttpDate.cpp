#include "core/HttpDate.h"

namespace quayside {

QDateTime parseHttpDate(QByteArray value)
{
    value = value.trimmed();
    if (value.endsWith(" GMT"))
        value.replace(value.size() - 3, 3, "+0000");
    return QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
}

} // namespace quayside
