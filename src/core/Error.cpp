#include "core/Error.h"

namespace quayside {

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::CertificateNameMismatch: return QStringLiteral("certificate-name-mismatch");
    case Kind::Unsupported: return QStringLiteral("unsupported");
    case Kind::Http: return QStringLiteral("http");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::Protocol: return QStringLiteral("protocol");
    case Kind::InvalidInput: return QStringLiteral("invalid-input");
    case Kind::Io: return QStringLiteral("io");
    case Kind::Secrets: return QStringLiteral("secrets");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

QString Error::toString() const
{
    QString text = kindName(kind);
    if (httpStatus != 0)
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    return text + QStringLiteral(": ") + message;
}

} // namespace quayside
