#include "gui/wizard/PlanPage.h"

#include "ui_StepPage.h"

#include "gui/widgets/FleetRunView.h"
#include "gui/wizard/WizardState.h"
#include "gui/wizard/WizardStatus.h"
#include "provision/FleetSession.h"

#include <QEvent>
#include <QWizard>

namespace quayside {

PlanPage::PlanPage(WizardState *state, QList<FleetPlan::Phase> phases, QWidget *parent)
    : WizardPage(state, parent)
    , m_phases(std::move(phases))
{
    // What a plan page made is in the cloud: going back to change what it was made from cannot undo it.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
}

void PlanPage::setRunView(FleetRunView *view, WizardStatus *status)
{
    m_view = view;
    setStatusWidget(status);
    m_view->setPhases(m_phases);
    connect(m_view, &FleetRunView::runningChanged, this, &PlanPage::completeChanged);
    connect(m_view, &FleetRunView::finished, this, [this] {
        if (phasesFinished())
            runSucceeded();
        Q_EMIT completeChanged();
    });
}

FleetSession *PlanPage::session() const
{
    return state()->fleetSession();
}

bool PlanPage::phasesFinished() const
{
    const FleetSession *fleet = session();
    if (!fleet || !fleet->isOpen())
        return false;
    return std::all_of(m_phases.cbegin(), m_phases.cend(), [fleet](FleetPlan::Phase phase) {
        return fleet->fleet().isFinished(FleetPlan::phaseId(phase));
    });
}

bool PlanPage::isRunning() const
{
    return session() && session()->isRunning();
}

bool PlanPage::isInputComplete() const
{
    // After the fleet could not be opened, Next tries again.
    return m_openFailed || (phasesFinished() && !isRunning());
}

void PlanPage::startCheck()
{
    if (phasesFinished()) {
        passCheck();
        return;
    }
    // Only reached after the fleet could not be opened: Next opens it again.
    initializePage();
}

void PlanPage::initializePage()
{
    if (!m_watchingWizard && wizard()) {
        m_watchingWizard = true;
        // A page left behind stops showing the session's news (the next page's phases are not its own).
        connect(wizard(), &QWizard::currentIdChanged, this,
                [this] { attach(wizard() && wizard()->currentPage() == this); });
    }
    openThen([this] {
        attach(true);
        fleetOpened();
        if (phasesFinished())
            runSucceeded();
        else if (startsByItself())
            startRun();
        Q_EMIT completeChanged();
    });
}

void PlanPage::attach(bool attached)
{
    if (!m_view)
        return;
    FleetSession *wanted = attached ? session() : nullptr;
    if (m_view->session() != wanted)
        m_view->setSession(wanted);
}

void PlanPage::openThen(const std::function<void()> &next)
{
    if (session() && session()->isOpen()) {
        next();
        return;
    }
    QObject *work = beginWork(tr("Opening the fleet…"));
    state()->openFleet(work, [this, next](const Result<void> &opened) {
        if (!opened) {
            m_openFailed = true;
            endWork(tr("%1\nPress Next to try again.").arg(opened.error().message));
            Q_EMIT completeChanged();
            return;
        }
        m_openFailed = false;
        endWork();
        next();
    });
}

void PlanPage::startRun()
{
    openThen([this] {
        attach(true);
        m_view->runThrough(m_phases.last());
        Q_EMIT completeChanged();
    });
}

StepPage::StepPage(WizardState *state, Step step, QWidget *parent)
    : PlanPage(state, phasesOf(step), parent)
    , m_step(step)
    , m_ui(std::make_unique<Ui::StepPage>())
{
    m_ui->setupUi(this);
    setRunView(m_ui->runView, m_ui->status);
    retranslate();
}

StepPage::~StepPage() = default;

QList<FleetPlan::Phase> StepPage::phasesOf(Step step)
{
    using Phase = FleetPlan::Phase;
    switch (step) {
    case Step::FirstDockerHost: return {Phase::KeyPair, Phase::FirstDockerHost, Phase::DockerHostSetup};
    case Step::Snapshot: return {Phase::Snapshot};
    case Step::NginxHost: return {Phase::NginxHost, Phase::NginxHostSetup};
    }
    return {};
}

void StepPage::retranslate()
{
    switch (m_step) {
    case Step::FirstDockerHost:
        setTitle(tr("First Docker host"));
        setSubTitle(tr("Quayside boots the first server, waits until it runs, trusts its SSH host key and installs "
                       "Docker on it."));
        m_ui->explanation->setText(
            tr("Its SSH host key is trusted only when the cloud's console log shows the same key, so nobody can "
               "stand in for the new server. Docker's API then listens on port 2376 for Quayside's own client "
               "certificate only (mutual TLS, from this fleet's certificate authority), never open to anyone "
               "else."));
        break;
    case Step::Snapshot:
        setTitle(tr("Snapshot"));
        setSubTitle(tr("The first Docker host, with Docker and the Tomcat image, is saved as an image of the cloud."));
        m_ui->explanation->setText(
            tr("Every further Docker host boots from this snapshot, ready to run Tomcat containers: nothing is "
               "installed twice. The cloud may take several minutes to save it; the bar follows its progress."));
        break;
    case Step::NginxHost:
        setTitle(tr("nginx host"));
        setSubTitle(tr("A server for nginx, the load balancer in front of the Tomcat containers."));
        m_ui->explanation->setText(
            tr("Quayside boots it, trusts its SSH host key from the console log, installs nginx and gives it its "
               "first configuration. Every later change of the configuration is checked with nginx -t before "
               "it is swapped in, and the previous one is kept for a rollback."));
        break;
    }
}

void StepPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    PlanPage::changeEvent(event);
}

} // namespace quayside
