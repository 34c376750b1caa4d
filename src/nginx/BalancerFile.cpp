#include "nginx/BalancerFile.h"

#include "core/Application.h"
#include "core/AtomicFile.h"
#include "nginx/BalancerJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace quayside {

QString BalancerFile::defaultPath()
{
    return sharedDataFolder() + QStringLiteral("/balancer.json");
}

Result<BalancerConfig> BalancerFile::load(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return Error{
            Error::Kind::NotFound, 0,
            tr("There is no balancer file %1 yet: import an nginx configuration or save one first.").arg(shown)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, 0, tr("Cannot read the balancer file %1: %2").arg(shown, file.errorString())};
    auto config = BalancerJson::fromJson(file.readAll());
    if (!config)
        return Error{config.error().kind, 0,
                     tr("The balancer file %1 cannot be used: %2. Correct it or import the nginx configuration "
                        "again.")
                         .arg(shown, config.error().message)};
    return config;
}

Result<void> BalancerFile::save(const QString &path, const BalancerConfig &config)
{
    const auto valid = config.validate();
    if (!valid)
        return valid.error();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{Error::Kind::Io, 0,
                     tr("Cannot create the folder %1 for the balancer file.").arg(QDir::toNativeSeparators(folder))};
    return AtomicFile::write(path, BalancerJson::toJson(config),
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                 QFileDevice::ReadOther);
}

} // namespace quayside
