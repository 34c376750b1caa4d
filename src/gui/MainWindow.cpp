#include "gui/MainWindow.h"

#include "ui_MainWindow.h"

#include "core/Logging.h"
#include "gui/AboutDialog.h"
#include "gui/BalancerDialog.h"
#include "gui/DeployDialog.h"
#include "gui/wizard/FirstRunWizard.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace quayside {

namespace {
const auto kFirstRunDoneKey = QStringLiteral("firstRun/done");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/quayside.svg")));

    m_ui->actionAbout->setMenuRole(QAction::AboutRole);
    m_ui->actionAboutQt->setMenuRole(QAction::AboutQtRole);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSetupWizard, &QAction::triggered, this, &MainWindow::openSetupWizard);
    connect(m_ui->startWizardButton, &QPushButton::clicked, this, &MainWindow::openSetupWizard);
    connect(m_ui->actionLoadBalancer, &QAction::triggered, this, &MainWindow::openBalancerDialog);
    connect(m_ui->actionDeployBalancer, &QAction::triggered, this, &MainWindow::openDeployDialog);
    connect(m_ui->actionOpenDataFolder, &QAction::triggered, this, &MainWindow::openDataFolder);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    statusBar()->showMessage(tr("Ready. No fleet is open."));
}

MainWindow::~MainWindow() = default;

bool MainWindow::firstRunDone()
{
    return QSettings().value(kFirstRunDoneKey, false).toBool();
}

void MainWindow::showFirstRunWizardIfNeeded()
{
    // Also when a setup stopped half-way (Quayside was closed during it): it resumes where it stopped.
    if (!firstRunDone() || FirstRunWizard::hasUnfinishedSetup())
        openSetupWizard();
}

void MainWindow::openSetupWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new FirstRunWizard(this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    // Finished or dismissed, the wizard is not forced on the user again; it stays in the Fleet menu.
    connect(m_wizard, &QDialog::finished, this, [this](int result) {
        QSettings().setValue(kFirstRunDoneKey, true);
        qCInfo(lcGui) << "setup wizard closed" << (result == QDialog::Accepted ? "(finished)" : "(cancelled)");
        m_wizard = nullptr;
    });
    m_wizard->show();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

BalancerDialog *MainWindow::balancerDialog() const
{
    return m_balancerDialog;
}

void MainWindow::openBalancerDialog()
{
    if (m_balancerDialog) {
        m_balancerDialog->raise();
        m_balancerDialog->activateWindow();
        return;
    }
    m_balancerDialog = new BalancerDialog(BalancerFile::defaultPath(), this);
    m_balancerDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_balancerDialog->show();
}

DeployDialog *MainWindow::deployDialog() const
{
    return m_deployDialog;
}

void MainWindow::openDeployDialog()
{
    if (m_deployDialog) {
        m_deployDialog->raise();
        m_deployDialog->activateWindow();
        return;
    }
    m_deployDialog = new DeployDialog(this);
    m_deployDialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString path = BalancerFile::defaultPath();
    const auto saved = BalancerFile::load(path);
    if (saved) {
        const auto rendered = NginxRenderer::render(saved.value());
        if (rendered)
            m_deployDialog->setConfig(saved.value());
        else
            m_deployDialog->setConfigProblem(
                tr("The saved load balancer cannot be deployed: %1").arg(rendered.error().message));
    } else if (saved.error().kind != Error::Kind::NotFound) {
        m_deployDialog->setConfigProblem(saved.error().message);
    }
    m_deployDialog->show();
}

void MainWindow::openDataFolder()
{
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(path)) {
        statusBar()->showMessage(tr("Could not create the data folder %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        statusBar()->showMessage(tr("No file manager could open %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace quayside
