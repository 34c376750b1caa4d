#include "gui/wizard/WelcomePage.h"

#include "ui_WelcomePage.h"

namespace quayside {

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    m_ui->architecturePicture->setSource(QStringLiteral(":/architecture.svg"));
}

WelcomePage::~WelcomePage() = default;

} // namespace quayside
