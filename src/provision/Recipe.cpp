#include "provision/Recipe.h"

#include <QCoreApplication>
#include <QFile>

namespace quayside {

QString ProvisionStep::script(const QString &path)
{
    QFile file(QStringLiteral(":/recipes/%1.sh").arg(path));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

ProvisionStep ProvisionStep::fromScript(const QString &id, const QString &title, const QString &path,
                                        const QMap<QString, QString> &variables)
{
    const QString text = script(path);
    ProvisionStep step;
    step.id = id;
    step.title = title;
    if (!text.isEmpty()) {
        step.checkScript = QStringLiteral("QUAYSIDE_MODE=check\n") + text;
        step.applyScript = QStringLiteral("QUAYSIDE_MODE=apply\n") + text;
    }
    step.variables = variables;
    return step;
}

ProvisionStep ProvisionStep::waitForCloudInit(const QMap<QString, QString> &variables)
{
    return fromScript(QStringLiteral("cloud-init"),
                      QCoreApplication::translate("ProvisionStep", "Wait for the server's first boot (cloud-init)"),
                      QStringLiteral("common/cloud-init"), variables)
        .withTimeout(20 * 60 * 1000);
}

Result<Recipe> Recipe::complete() const
{
    for (const ProvisionStep &step : steps) {
        if (step.applyScript.isEmpty() && !step.localApply)
            return Error{
                Error::Kind::Internal, 0,
                QCoreApplication::translate("Recipe", "The provisioning script of \"%1\" is missing from this build.")
                    .arg(step.title)};
    }
    return *this;
}

} // namespace quayside
