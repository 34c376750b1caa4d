#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace quayside {

// First page of the setup wizard: the picture of what will be built, and the plan in words.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace quayside
