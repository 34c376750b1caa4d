#include "core/BuildInfo.h"

#include <QtGlobal>

#include <archive.h>
#include <libssh/libssh.h>
#include <openssl/crypto.h>

namespace quayside::BuildInfo {

QString version()
{
    return QStringLiteral(QUAYSIDE_VERSION);
}

QString libraryVersions()
{
    return QStringLiteral("Qt %1, libssh %2, %3, %4")
        .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(ssh_version(0)),
             QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)), QString::fromLatin1(archive_version_string()));
}

} // namespace quayside::BuildInfo
