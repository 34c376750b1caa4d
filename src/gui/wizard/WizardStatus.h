#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace quayside {

// The line under a wizard page's fields that says what the page is doing or what went wrong: a moving
// busy bar while a check runs, then the outcome in words (an error with the error icon). Pages lay it out
// in their .ui file as a promoted widget.
class WizardStatus : public QWidget
{
    Q_OBJECT

public:
    enum class State { Idle, Busy, Success, Error };
    Q_ENUM(State)

    explicit WizardStatus(QWidget *parent = nullptr);

    State state() const { return m_state; }
    QString text() const;

    void clear();
    void showBusy(const QString &what);
    void showSuccess(const QString &text);
    void showError(const QString &text);

private:
    void show(State state, const QString &text);

    State m_state = State::Idle;
    QProgressBar *m_busy;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace quayside
