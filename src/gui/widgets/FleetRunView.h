#pragma once

#include "core/Error.h"
#include "provision/FleetPlan.h"
#include "provision/FleetSession.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;

namespace Ui {
class FleetRunView;
}

namespace quayside {

// Shows a FleetSession's run as it goes: one row per phase of the plan with a progress bar (busy while
// the phase runs, full when done, red when it failed) and its latest news, a live log of what the plan and
// the hosts print, Retry after a failure or a stop (the same runThrough again, which resumes from the
// record), and Stop (FleetPlan::cancel: ends after the step under way, what was made stays recorded).
// The wizard's pages show the phases they run; the view never blocks: everything arrives by signal.
class FleetRunView : public QWidget
{
    Q_OBJECT

public:
    enum class StepState { Waiting, Running, Done, Failed, Stopped, Skipped };
    Q_ENUM(StepState)

    explicit FleetRunView(QWidget *parent = nullptr);
    ~FleetRunView() override;

    // The session whose run is shown; not owned. Phases its record lists as finished show as done.
    void setSession(FleetSession *session);
    FleetSession *session() const { return m_session; }
    // The phases shown, one row each, in the plan's order (default: every phase).
    void setPhases(const QList<FleetPlan::Phase> &phases);
    QList<FleetPlan::Phase> phases() const;

    // Runs the session through `last` (see FleetPlan::runThrough); Retry runs the same again.
    void runThrough(FleetPlan::Phase last);
    // Stops the run after the step under way.
    void cancel();
    bool isRunning() const { return m_running; }

    StepState state(FleetPlan::Phase phase) const;
    // The row's latest news ("demo-docker-1: BUILD (40 %)", "Done in 3.1 s", the error).
    QString detail(FleetPlan::Phase phase) const;
    // The line above the rows: what the run is doing, or how it ended.
    QString summary() const;
    // Re-reads which phases are finished from the session's fleet (after it was opened again).
    void showRecord();

Q_SIGNALS:
    void runningChanged(bool running);
    // The run went through its last phase.
    void finished();
    // The run failed or was stopped (Error::Kind::Cancelled).
    void failed(const quayside::Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        FleetPlan::Phase phase;
        QLabel *title = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *detail = nullptr;
        StepState state = StepState::Waiting;
    };

    Row *row(FleetPlan::Phase phase);
    const Row *row(FleetPlan::Phase phase) const;
    void setState(Row &row, StepState state, const QString &detail);
    void setRunning(bool running);
    void appendLog(const QString &line);
    void retranslate();
    void onStarted(FleetPlan::Phase phase);
    void onFailed(const Error &error);

    std::unique_ptr<Ui::FleetRunView> m_ui;
    QPointer<FleetSession> m_session;
    QList<QMetaObject::Connection> m_connections;
    std::vector<Row> m_rows;
    FleetPlan::Phase m_last = FleetPlan::Phase::FinalCheck;
    bool m_running = false;
};

} // namespace quayside
