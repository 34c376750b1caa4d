#include "gui/wizard/FirstRunWizard.h"

#include "gui/wizard/CloudResourcesPage.h"
#include "gui/wizard/CredentialsPage.h"
#include "gui/wizard/FleetPages.h"
#include "gui/wizard/PlanPage.h"
#include "gui/wizard/SshKeyPage.h"
#include "gui/wizard/TomcatImagePage.h"
#include "gui/wizard/WelcomePage.h"
#include "gui/wizard/WizardStatus.h"
#include "provision/FleetSession.h"

#include <QAbstractButton>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>

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
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Re&move what was created…"));
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            removeCreated();
    });

    setPage(WelcomePageId, new WelcomePage(m_state, this));
    setPage(CredentialsPageId, new CredentialsPage(m_state, this));
    setPage(CloudResourcesPageId, new CloudResourcesPage(m_state, this));
    auto *sshKeyPage = new SshKeyPage(m_state, this);
    // From here on the setup makes things in the cloud.
    sshKeyPage->setCommitPage(true);
    sshKeyPage->setButtonText(QWizard::CommitButton, tr("&Start building"));
    setPage(SshKeyPageId, sshKeyPage);
    setPage(FirstDockerHostPageId, new StepPage(m_state, StepPage::Step::FirstDockerHost, this));
    setPage(TomcatImagePageId, new TomcatImagePage(m_state, this));
    setPage(SnapshotPageId, new StepPage(m_state, StepPage::Step::Snapshot, this));
    setPage(NginxHostPageId, new StepPage(m_state, StepPage::Step::NginxHost, this));
    setPage(MoreHostsPageId, new MoreHostsPage(m_state, this));
    setPage(CheckPageId, new CheckPage(m_state, this));
    setPage(DonePageId, new DonePage(m_state, this));
    setPage(ResumePageId, new ResumePage(m_state, this));
    // A setup that stopped (or one that is done) is picked up where the record says.
    setStartId(m_state->savedFleet() ? ResumePageId : WelcomePageId);
    connect(this, &QWizard::currentIdChanged, this, &FirstRunWizard::updateRemoveButton);
    resize(1280, 800);
}

bool FirstRunWizard::hasUnfinishedSetup(const QString &recordPath)
{
    const auto saved = FleetFile::load(recordPath.isEmpty() ? FleetFile::defaultPath() : recordPath);
    return saved && ResumePage::pageFor(saved.value()) != DonePageId;
}

void FirstRunWizard::updateRemoveButton()
{
    // Shown where something may have been made: from the first plan page on, and when resuming.
    const int id = currentId();
    const bool shown = id >= FirstDockerHostPageId;
    button(QWizard::CustomButton1)->setVisible(shown);
    button(QWizard::CustomButton1)->setEnabled(shown && !m_removing);
}

void FirstRunWizard::removeCreated()
{
    if (m_removing)
        return;
    auto *confirm = new QMessageBox(
        QMessageBox::Warning, tr("Remove what was created"),
        tr("Delete every server, the snapshot and the key pair that this setup created in the cloud, and its record? "
           "Tomcat, nginx and everything on those servers go with them. This cannot be undone."),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmRemoval"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->button(QMessageBox::Yes)->setText(tr("&Delete them"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            startRemoval();
    });
    confirm->open();
}

void FirstRunWizard::startRemoval()
{
    m_removing = true;
    updateRemoveButton();
    auto *progress = new QProgressDialog(tr("Removing what was created…"), QString(), 0, 0, this);
    progress->setObjectName(QStringLiteral("removalProgress"));
    progress->setWindowTitle(tr("Remove what was created"));
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setMinimumWidth(560);
    progress->open();
    const auto ended = [this, progress](const Result<void> &result) {
        progress->deleteLater();
        m_removing = false;
        if (!result) {
            updateRemoveButton();
            auto *box = new QMessageBox(QMessageBox::Critical, tr("Remove what was created"),
                                        tr("Not everything could be removed: %1\nWhat is gone is no longer listed; "
                                           "try again to remove the rest.")
                                            .arg(result.error().message),
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("removalFailed"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            Q_EMIT removalFinished(false);
            return;
        }
        m_state->closeFleet();
        // A new setup starts from the beginning.
        setStartId(WelcomePageId);
        restart();
        if (auto *welcome = qobject_cast<WizardPage *>(page(WelcomePageId)); welcome && welcome->status())
            welcome->status()->showSuccess(tr("Everything the setup had created was removed from the cloud."));
        Q_EMIT removalFinished(true);
    };
    m_state->prepareFleet(progress, [this, progress, ended](const Result<void> &prepared) {
        if (!prepared)
            return ended(prepared);
        FleetSession *session = m_state->fleetSession();
        connect(session, &FleetSession::logLine, progress, &QProgressDialog::setLabelText);
        connect(session, &FleetSession::takenDown, progress, [ended] { ended(Result<void>()); });
        connect(session, &FleetSession::failed, progress, [ended](const Error &error) {
            // A run under way is stopped first; its Cancelled is not the removal's outcome.
            if (error.kind != Error::Kind::Cancelled)
                ended(error);
        });
        session->takeDown();
    });
}

void FirstRunWizard::reject()
{
    FleetSession *session = m_state->fleetSession();
    if (session && session->isRunning() && !m_closing) {
        m_closing = true;
        // What was made is recorded; the step under way ends first so that nothing is left half-recorded.
        connect(session, &FleetSession::failed, this, [this] { QWizard::reject(); });
        connect(session, &FleetSession::finished, this, [this] { QWizard::reject(); });
        session->cancel();
        button(QWizard::CancelButton)->setText(tr("Close &now"));
        if (auto *current = qobject_cast<WizardPage *>(currentPage()); current && current->status())
            current->status()->showBusy(tr("Stopping after the step under way; the setup resumes where it stopped "
                                           "when you open it again…"));
        return;
    }
    QWizard::reject();
}

} // namespace quayside
