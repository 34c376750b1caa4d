#pragma once

#include <QPointer>
#include <QWizardPage>

namespace quayside {

class WizardState;
class WizardStatus;

// A setup wizard page whose input is checked asynchronously before the wizard moves on. Pressing Next (or
// Finish) starts startCheck() and returns at once; while it runs the page is busy: the status line shows a
// busy bar and Next is disabled. The check ends with passCheck(), which moves the wizard on, or failCheck(),
// which says what was wrong and stays. Input the cloud refused (a wrong password) keeps Next disabled until
// it is changed; a failure that may pass by itself (nothing answered) leaves Next on to try again. Work the page does
// is parented to work(): leaving the page with Back, or changing the input (invalidate()), drops it and every answer
// still due for it. Nothing here waits.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    WizardPage(WizardState *state, QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }
    // Whether the page's last check passed (and the input did not change since).
    bool hasPassed() const { return m_passed; }
    WizardStatus *status() const { return m_status; }

    bool isComplete() const final;
    bool validatePage() final;
    void cleanupPage() override;

Q_SIGNALS:
    void busyChanged(bool busy);
    void checkFinished(bool passed);

protected:
    WizardState *state() const { return m_state; }
    // The page's status line, from its .ui file.
    void setStatusWidget(WizardStatus *status) { m_status = status; }
    // Whether the fields hold enough to check (Next is disabled otherwise).
    virtual bool isInputComplete() const { return true; }
    // Checks the input and calls passCheck() or failCheck(), typically later; by default it passes at once.
    virtual void startCheck() { passCheck(); }

    // Becomes busy with `what` and gives the context object for the callbacks of this piece of work.
    QObject *beginWork(const QString &what);
    // The work in flight, or null.
    QObject *work() const { return m_work; }
    // Ends work that is not a check (loading lists): not busy; `error` shown if not empty.
    void endWork(const QString &error = QString());
    void passCheck(const QString &message = QString());
    enum class Failure { MayPassLater, InputRefused };
    void failCheck(const QString &message, Failure failure = Failure::MayPassLater);
    // The input changed: a passed check no longer counts and work in flight is dropped.
    void invalidate();

private:
    void setBusy(bool busy);
    void dropWork();

    WizardState *m_state;
    WizardStatus *m_status = nullptr;
    QPointer<QObject> m_work;
    bool m_busy = false;
    bool m_passed = false;
    bool m_refused = false;
    bool m_validating = false;
};

} // namespace quayside
