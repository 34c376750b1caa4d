#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace quayside {

// A Docker Engine API version such as 1.41. Quayside speaks kOldest..kNewest and picks, per engine, the
// newest version both sides accept; it never hard-codes one.
struct DockerApiVersion
{
    int major = 0;
    int minor = 0;

    static const DockerApiVersion kOldest; // 1.41: Debian 12's docker.io 20.10
    static const DockerApiVersion kNewest; // the newest Quayside was written against

    static std::optional<DockerApiVersion> parse(const QString &text);
    QString toString() const { return QStringLiteral("%1.%2").arg(major).arg(minor); }
    bool isValid() const { return major > 0; }

    friend bool operator<(DockerApiVersion a, DockerApiVersion b)
    {
        return a.major != b.major ? a.major < b.major : a.minor < b.minor;
    }
    friend bool operator==(DockerApiVersion a, DockerApiVersion b) { return a.major == b.major && a.minor == b.minor; }
    friend bool operator!=(DockerApiVersion a, DockerApiVersion b) { return !(a == b); }
};

struct DockerApiNegotiation
{
    Q_DECLARE_TR_FUNCTIONS(DockerApiNegotiation)

public:
    // The version to use with an engine that reports `engineNewest` (ApiVersion) and `engineOldest`
    // (MinAPIVersion), or an Unsupported error saying which side is too old.
    static Result<DockerApiVersion> negotiate(const QString &engineNewest, const QString &engineOldest,
                                              const QString &engineName);
};

} // namespace quayside
