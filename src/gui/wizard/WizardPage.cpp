#include "gui/wizard/WizardPage.h"

#include "gui/wizard/WizardStatus.h"

#include <QWizard>

namespace quayside {

WizardPage::WizardPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{}

bool WizardPage::isComplete() const
{
    return !m_busy && !m_refused && isInputComplete();
}

bool WizardPage::validatePage()
{
    if (m_passed)
        return true;
    if (!isComplete())
        return false;
    // startCheck() may pass at once; the wizard then moves on because this returns true.
    m_validating = true;
    startCheck();
    m_validating = false;
    return m_passed;
}

void WizardPage::cleanupPage()
{
    dropWork();
    if (m_status)
        m_status->clear();
    QWizardPage::cleanupPage();
}

QObject *WizardPage::beginWork(const QString &what)
{
    dropWork();
    m_work = new QObject(this);
    if (m_status)
        m_status->showBusy(what);
    setBusy(true);
    return m_work;
}

void WizardPage::endWork(const QString &error)
{
    dropWork();
    if (m_status) {
        if (error.isEmpty())
            m_status->clear();
        else
            m_status->showError(error);
    }
}

void WizardPage::passCheck(const QString &message)
{
    dropWork();
    m_passed = true;
    if (m_status) {
        if (message.isEmpty())
            m_status->clear();
        else
            m_status->showSuccess(message);
    }
    Q_EMIT checkFinished(true);
    // A check that finished later moves the wizard on itself; one that passed inside validatePage() is
    // moved on by the wizard.
    if (m_validating || !wizard() || wizard()->currentPage() != this)
        return;
    if (wizard()->nextId() == -1)
        wizard()->accept();
    else
        wizard()->next();
}

void WizardPage::failCheck(const QString &message, Failure failure)
{
    dropWork();
    m_passed = false;
    m_refused = failure == Failure::InputRefused;
    Q_EMIT completeChanged();
    if (m_status)
        m_status->showError(message);
    Q_EMIT checkFinished(false);
}

void WizardPage::invalidate()
{
    const bool wasBusy = m_busy;
    const bool wasRefused = m_refused;
    m_passed = false;
    m_refused = false;
    dropWork();
    // What was refused is no longer what the fields hold.
    if ((wasBusy || wasRefused) && m_status)
        m_status->clear();
    if (wasRefused)
        Q_EMIT completeChanged();
}

void WizardPage::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
    Q_EMIT completeChanged();
}

void WizardPage::dropWork()
{
    delete m_work;
    setBusy(false);
}

} // namespace quayside
