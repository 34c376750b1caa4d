#include "gui/wizard/FirstRunWizard.h"

#include "gui/wizard/CloudResourcesPage.h"
#include "gui/wizard/CredentialsPage.h"
#include "gui/wizard/SshKeyPage.h"
#include "gui/wizard/WelcomePage.h"

#include <QIcon>

namespace quayside {

FirstRunWizard::FirstRunWizard(QWidget *parent)
    : FirstRunWizard(WizardEnvironment{}, parent)
{}

FirstRunWizard::FirstRunWizard(const WizardEnvironment &environment, QWidget *parent)
    : QWizard(parent)
    , m_state(new WizardState(environment, this))
{
    setWindowTitle(tr("Quayside Setup"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/quayside.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePageId, new WelcomePage(m_state, this));
    setPage(CredentialsPageId, new CredentialsPage(m_state, this));
    setPage(CloudResourcesPageId, new CloudResourcesPage(m_state, this));
    setPage(SshKeyPageId, new SshKeyPage(m_state, this));
    setStartId(WelcomePageId);
    resize(900, 700);
}

} // namespace quayside
