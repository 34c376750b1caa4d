#include "gui/wizard/WizardStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>

namespace quayside {

WizardStatus::WizardStatus(QWidget *parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // No minimum and maximum: Qt draws a bar that moves for as long as the work takes.
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(120);
    m_busy->setAccessibleName(tr("Working"));
    m_icon->setFixedSize(20, 20);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_busy, 0, Qt::AlignTop);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    clear();
}

QString WizardStatus::text() const
{
    return m_text->text();
}

void WizardStatus::clear()
{
    show(State::Idle, QString());
}

void WizardStatus::showBusy(const QString &what)
{
    show(State::Busy, what);
}

void WizardStatus::showSuccess(const QString &text)
{
    show(State::Success, text);
}

void WizardStatus::showError(const QString &text)
{
    show(State::Error, text);
}

void WizardStatus::show(State state, const QString &text)
{
    m_state = state;
    m_busy->setVisible(state == State::Busy);
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    if (state == State::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (state == State::Success)
        icon = QStyle::SP_DialogApplyButton;
    m_icon->setVisible(icon != QStyle::SP_CustomBase);
    if (icon != QStyle::SP_CustomBase)
        m_icon->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
    m_text->setText(text);
    m_text->setAccessibleName(state == State::Error ? tr("Error") : tr("Status"));
    setVisible(state != State::Idle);
}

} // namespace quayside
