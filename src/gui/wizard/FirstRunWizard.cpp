#include "gui/wizard/FirstRunWizard.h"

#include "gui/wizard/WelcomePage.h"

#include <QIcon>

namespace quayside {

FirstRunWizard::FirstRunWizard(QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Quayside Setup"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/quayside.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePageId, new WelcomePage(this));
    setStartId(WelcomePageId);
    resize(900, 700);
}

} // namespace quayside
