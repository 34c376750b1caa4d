#include "sandbox/SandboxCredentials.h"

#include "cloud/CloudAccountImport.h"
#include "core/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace quayside {

namespace {

QByteArray newPassword()
{
    // Letters and digits only, so the password needs no quoting in YAML or in a shell.
    static const QByteArray alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray password;
    for (int i = 0; i < 32; ++i)
        password += alphabet.at(int(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return password;
}

// A YAML double-quoted scalar.
QByteArray quoted(const QString &text)
{
    QByteArray escaped = text.toUtf8();
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

} // namespace

QString SandboxCredentials::cloudsPath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("clouds.yaml"));
}

QString SandboxCredentials::securePath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("secure.yaml"));
}

Result<QByteArray> SandboxCredentials::loadOrCreatePassword(const QString &folder)
{
    if (!QFileInfo::exists(securePath(folder)))
        return newPassword();
    if (!QFileInfo::exists(cloudsPath(folder)))
        return Error{Error::Kind::Io, 0,
                     tr("%1 is there but %2 is not. Restore it, or delete %1 to make a new password.")
                         .arg(securePath(folder), cloudsPath(folder))};
    CloudAccountImport import;
    const auto accounts = import.fromCloudsYamlFile(cloudsPath(folder), securePath(folder));
    if (!accounts)
        return Error{Error::Kind::Io, 0,
                     tr("The sandbox's credentials could not be read: %1 Delete %2 to make a new password.")
                         .arg(accounts.error().message, securePath(folder))};
    for (const ImportedAccount &account : accounts.value()) {
        if (!account.secret.isEmpty())
            return account.secret;
    }
    return Error{Error::Kind::Io, 0, tr("%1 holds no password. Delete it to make a new one.").arg(securePath(folder))};
}

Result<void> SandboxCredentials::write(const QString &folder, const QUrl &authUrl, const SandboxIdentity &identity)
{
    if (!QDir().mkpath(folder))
        return Error{Error::Kind::Io, 0, tr("The sandbox's data folder %1 could not be made.").arg(folder)};
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray name = cloudName().toUtf8();
    const QByteArray clouds = "# Written by quayside-sandbox; the password is in secure.yaml beside this file.\n"
                              "clouds:\n  " +
                              name +
                              ":\n"
                              "    auth:\n"
                              "      auth_url: " +
                              quoted(authUrl.toString()) + "\n      username: " + quoted(identity.userName) +
                              "\n      user_domain_name: " + quoted(identity.domainName) +
                              "\n      project_name: " + quoted(identity.projectName) +
                              "\n      project_domain_name: " + quoted(identity.domainName) +
                              "\n    region_name: " + quoted(SandboxServer::region()) +
                              "\n    interface: \"public\"\n    identity_api_version: 3\n";
    const QByteArray secure =
        "clouds:\n  " + name + ":\n    auth:\n      password: " + quoted(QString::fromUtf8(identity.password)) + "\n";
    auto written = AtomicFile::write(securePath(folder), secure, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!written)
        return written.error();
    return AtomicFile::write(cloudsPath(folder), clouds,
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                 QFileDevice::ReadOther);
}

} // namespace quayside
