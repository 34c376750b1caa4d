#pragma once

#include "gui/wizard/WizardPage.h"
#include "provision/FleetPlan.h"

#include <QPointer>

#include <memory>

namespace Ui {
class StepPage;
}

namespace quayside {

class FleetRunView;
class FleetSession;

// A setup wizard page that runs some phases of the fleet's plan (FleetSession::runThrough) and shows them in a
// FleetRunView: a progress bar per phase, the live log, Retry after a failure, Stop. Entering the page opens the
// fleet (WizardState::openFleet) and, for pages that need no input first, starts the run; Next is enabled once
// every phase of the page is finished in the fleet's record, which is also how a resumed setup finds them done.
// The run is the page's check: it is never started by Next. Plan pages are commit pages: what they made exists
// in the cloud, so there is no going Back past them.
class PlanPage : public WizardPage
{
    Q_OBJECT

public:
    PlanPage(WizardState *state, QList<FleetPlan::Phase> phases, QWidget *parent = nullptr);

    QList<FleetPlan::Phase> phases() const { return m_phases; }
    FleetRunView *runView() const { return m_view; }
    // Whether the record lists every phase of the page as finished.
    bool phasesFinished() const;
    bool isRunning() const;

    void initializePage() override;

protected:
    // The page's FleetRunView and status line from its .ui file; called by the subclass's constructor.
    void setRunView(FleetRunView *view, WizardStatus *status);
    // Whether entering the page starts its run (pages that ask something first start it from a button).
    virtual bool startsByItself() const { return true; }
    // The fleet is open: a page can fill its fields from it.
    virtual void fleetOpened() {}
    // The page's run ended well (also when it found everything done before).
    virtual void runSucceeded() {}
    bool isInputComplete() const override;
    void startCheck() override;
    // Opens the fleet if needed, then runs the page's phases.
    void startRun();
    FleetSession *session() const;

private:
    void openThen(const std::function<void()> &next);
    void attach(bool attached);

    QList<FleetPlan::Phase> m_phases;
    FleetRunView *m_view = nullptr;
    bool m_openFailed = false;
    bool m_watchingWizard = false;
};

// Pages 5, 7 and 8: what the step does, in words, and the run of its phases, started on entering the page.
class StepPage : public PlanPage
{
    Q_OBJECT

public:
    enum class Step { FirstDockerHost, Snapshot, NginxHost };

    StepPage(WizardState *state, Step step, QWidget *parent = nullptr);
    ~StepPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    static QList<FleetPlan::Phase> phasesOf(Step step);
    void retranslate();

    Step m_step;
    std::unique_ptr<Ui::StepPage> m_ui;
};

} // namespace quayside
