#pragma once

#include "gui/wizard/WizardPage.h"
#include "gui/wizard/WizardState.h"

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace quayside {

// Page 1: the picture of what will be built, and where: Rackspace, another OpenStack cloud or the local
// sandbox. Choosing the sandbox checks on Next that it is running (its credentials read from its data
// folder, a sign-in), and says how to start it if not.
class WelcomePage : public WizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(WizardState *state, QWidget *parent = nullptr);
    ~WelcomePage() override;

    WizardState::CloudKind cloudKind() const;
    void setCloudKind(WizardState::CloudKind kind);

protected:
    void startCheck() override;

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace quayside
