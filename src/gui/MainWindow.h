#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace quayside {

class BalancerDialog;
class DeployDialog;
class FirstRunWizard;

// The fleet window: menus, the topology area (empty until a fleet exists) and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the setup wizard if the user has never finished or dismissed it.
    void showFirstRunWizardIfNeeded();
    static bool firstRunDone();

    // The open wizard, if any (for tests and for bringing it to the front).
    FirstRunWizard *setupWizard() const { return m_wizard; }
    // The open load balancer dialog, if any.
    BalancerDialog *balancerDialog() const;
    // The open Deploy to Balancer dialog opened from the Fleet menu, if any.
    DeployDialog *deployDialog() const;

public Q_SLOTS:
    void openSetupWizard();
    void showAbout();
    void openBalancerDialog();
    // Deploys the saved load balancer (balancer.json).
    void openDeployDialog();

private:
    void openDataFolder();

    std::unique_ptr<Ui::MainWindow> m_ui;
    FirstRunWizard *m_wizard = nullptr;
    QPointer<BalancerDialog> m_balancerDialog;
    QPointer<DeployDialog> m_deployDialog;
};

} // namespace quayside
