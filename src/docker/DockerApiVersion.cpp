#include "docker/DockerApiVersion.h"

#include <QRegularExpression>

namespace quayside {

const DockerApiVersion DockerApiVersion::kOldest{1, 41};
const DockerApiVersion DockerApiVersion::kNewest{1, 47};

std::optional<DockerApiVersion> DockerApiVersion::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([1-9][0-9]{0,2})\\.([0-9]{1,3})\\z"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return DockerApiVersion{match.captured(1).toInt(), match.captured(2).toInt()};
}

Result<DockerApiVersion> DockerApiNegotiation::negotiate(const QString &engineNewest, const QString &engineOldest,
                                                         const QString &engineName)
{
    const auto newest = DockerApiVersion::parse(engineNewest);
    // Engines before API 1.25 did not report MinAPIVersion; they accept anything older than their own.
    const auto oldest = engineOldest.isEmpty() ? std::optional<DockerApiVersion>(DockerApiVersion{1, 12})
                                               : DockerApiVersion::parse(engineOldest);
    if (!newest || !oldest)
        return Error{Error::Kind::Protocol, 0,
                     tr("The Docker Engine at %1 reported API versions Quayside cannot read (\"%2\", \"%3\").")
                         .arg(engineName, engineNewest.left(20), engineOldest.left(20))};
    if (*newest < DockerApiVersion::kOldest)
        return Error{Error::Kind::Unsupported, 0,
                     tr("The Docker Engine at %1 speaks API %2 at most; Quayside needs %3 or newer. Upgrade "
                        "Docker on that host (Debian 12's docker.io or newer).")
                         .arg(engineName, newest->toString(), DockerApiVersion::kOldest.toString())};
    if (DockerApiVersion::kNewest < *oldest)
        return Error{Error::Kind::Unsupported, 0,
                     tr("The Docker Engine at %1 accepts API %2 or newer only; this Quayside speaks up to %3. "
                        "Update Quayside.")
                         .arg(engineName, oldest->toString(), DockerApiVersion::kNewest.toString())};
    return *newest < DockerApiVersion::kNewest ? *newest : DockerApiVersion::kNewest;
}

} // namespace quayside
