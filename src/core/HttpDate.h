#pragma once

#include <QByteArray>
#include <QDateTime>

namespace quayside {

// An HTTP date as servers send it in Date and Retry-After headers ("Wed, 25 Nov 2026 12:30:18 GMT"),
// or an invalid QDateTime. Qt reads RFC 2822 dates with a numeric zone only, and HTTP dates are GMT.
QDateTime parseHttpDate(QByteArray value);

} // namespace quayside
