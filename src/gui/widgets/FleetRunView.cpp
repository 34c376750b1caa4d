#include "gui/widgets/FleetRunView.h"

#include "provision/FleetSession.h"

#include "ui_FleetRunView.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QMetaEnum>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScrollBar>

#include <algorithm>

namespace quayside {

namespace {

constexpr int kLogLines = 20000;

QString seconds(qint64 milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'f', 1);
}

// The percentage in the plan's progress news ("demo-docker-1: BUILD (40 %)"), or -1.
int percentIn(const QString &what)
{
    static const QRegularExpression percent(QStringLiteral("\\((\\d{1,3}) %\\)$"));
    const auto match = percent.match(what);
    return match.hasMatch() ? qBound(0, match.captured(1).toInt(), 100) : -1;
}

} // namespace

FleetRunView::FleetRunView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FleetRunView>())
{
    m_ui->setupUi(this);
    m_ui->logView->setMaximumBlockCount(kLogLines);
    m_ui->logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->retryButton->hide();
    m_ui->cancelButton->setEnabled(false);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] { runThrough(m_last); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &FleetRunView::cancel);
    setPhases(FleetPlan::phases());
    m_ui->summaryLabel->setText(tr("Not started yet."));
}

FleetRunView::~FleetRunView() = default;

void FleetRunView::setSession(FleetSession *session)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_session = session;
    setRunning(session && session->isRunning());
    if (!session)
        return;
    m_connections << connect(session, &FleetSession::phaseStarted, this, &FleetRunView::onStarted);
    m_connections << connect(session, &FleetSession::phaseProgress, this,
                             [this](FleetPlan::Phase phase, const QString &what) {
                                 Row *shown = row(phase);
                                 if (!shown)
                                     return;
                                 const int percent = percentIn(what);
                                 if (percent > 0) {
                                     shown->bar->setRange(0, 100);
                                     shown->bar->setValue(percent);
                                 }
                                 shown->detail->setText(what);
                             });
    m_connections << connect(
        session, &FleetSession::phaseFinished, this, [this](FleetPlan::Phase phase, qint64 elapsedMs) {
            appendLog(tr("%1: done in %2 s").arg(FleetPlan::phaseTitle(phase), seconds(elapsedMs)));
            if (Row *shown = row(phase))
                setState(*shown, StepState::Done, tr("Done in %1 s").arg(seconds(elapsedMs)));
        });
    m_connections << connect(session, &FleetSession::phaseSkipped, this,
                             [this](FleetPlan::Phase phase, const QString &why) {
                                 if (Row *shown = row(phase))
                                     setState(*shown, StepState::Skipped, tr("Skipped: %1").arg(why));
                             });
    m_connections << connect(session, &FleetSession::phaseFailed, this,
                             [this](FleetPlan::Phase phase, const Error &error) {
                                 Row *shown = row(phase);
                                 if (!shown)
                                     return;
                                 if (error.kind == Error::Kind::Cancelled)
                                     setState(*shown, StepState::Stopped, tr("Stopped"));
                                 else
                                     setState(*shown, StepState::Failed, error.message);
                             });
    // The plan's news (a recipe's step on a host, a server made) is also the running row's latest.
    m_connections << connect(session, &FleetSession::logLine, this, [this](const QString &line) {
        appendLog(line);
        for (Row &each : m_rows) {
            if (each.state == StepState::Running)
                each.detail->setText(line);
        }
    });
    m_connections << connect(session, &FleetSession::output, this, [this](const QString &host, const QString &line) {
        // Hosts end their lines with \n or \r\n, which the log adds itself.
        QString text = line;
        while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        appendLog(QStringLiteral("    %1| %2").arg(host, text));
    });
    m_connections << connect(session, &FleetSession::finished, this, [this] {
        if (!m_running)
            return;
        setRunning(false);
        m_ui->retryButton->hide();
        m_ui->summaryLabel->setText(m_last == FleetPlan::phases().last()
                                        ? tr("Every step is done.")
                                        : tr("Done through \"%1\".").arg(FleetPlan::phaseTitle(m_last)));
        Q_EMIT finished();
    });
    m_connections << connect(session, &FleetSession::failed, this, &FleetRunView::onFailed);
    showRecord();
}

void FleetRunView::setPhases(const QList<FleetPlan::Phase> &phases)
{
    for (Row &each : m_rows) {
        delete each.title;
        delete each.bar;
        delete each.detail;
    }
    m_rows.clear();
    int line = 0;
    for (const FleetPlan::Phase phase : FleetPlan::phases()) {
        if (!phases.contains(phase))
            continue;
        Row added{phase};
        added.title = new QLabel(m_ui->stepsBox);
        added.bar = new QProgressBar(m_ui->stepsBox);
        added.bar->setTextVisible(false);
        added.bar->setMinimumWidth(160);
        added.bar->setMaximumWidth(240);
        added.detail = new QLabel(m_ui->stepsBox);
        added.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        added.detail->setWordWrap(true);
        m_ui->stepsLayout->addWidget(added.title, line, 0);
        m_ui->stepsLayout->addWidget(added.bar, line, 1);
        m_ui->stepsLayout->addWidget(added.detail, line, 2);
        ++line;
        m_rows.push_back(added);
        setState(m_rows.back(), StepState::Waiting, QString());
    }
    m_ui->stepsLayout->setColumnStretch(2, 1);
    retranslate();
    showRecord();
}

QList<FleetPlan::Phase> FleetRunView::phases() const
{
    QList<FleetPlan::Phase> shown;
    for (const Row &each : m_rows)
        shown << each.phase;
    return shown;
}

FleetRunView::Row *FleetRunView::row(FleetPlan::Phase phase)
{
    for (Row &each : m_rows) {
        if (each.phase == phase)
            return &each;
    }
    return nullptr;
}

const FleetRunView::Row *FleetRunView::row(FleetPlan::Phase phase) const
{
    return const_cast<FleetRunView *>(this)->row(phase);
}

FleetRunView::StepState FleetRunView::state(FleetPlan::Phase phase) const
{
    const Row *shown = row(phase);
    return shown ? shown->state : StepState::Waiting;
}

QString FleetRunView::detail(FleetPlan::Phase phase) const
{
    const Row *shown = row(phase);
    return shown ? shown->detail->text() : QString();
}

QString FleetRunView::summary() const
{
    return m_ui->summaryLabel->text();
}

void FleetRunView::setState(Row &shown, StepState state, const QString &detail)
{
    shown.state = state;
    shown.detail->setText(detail);
    QProgressBar *bar = shown.bar;
    bar->setPalette(QPalette());
    switch (state) {
    case StepState::Waiting:
        bar->setRange(0, 1);
        bar->setValue(0);
        if (detail.isEmpty())
            shown.detail->setText(tr("Not started"));
        break;
    case StepState::Running:
        bar->setRange(0, 0); // busy until the phase reports a percentage
        break;
    case StepState::Done:
        bar->setRange(0, 1);
        bar->setValue(1);
        break;
    case StepState::Failed: {
        bar->setRange(0, 1);
        bar->setValue(1);
        QPalette failed = bar->palette();
        failed.setColor(QPalette::Highlight, QColor(0xc0, 0x1c, 0x28));
        bar->setPalette(failed);
        break;
    }
    case StepState::Stopped:
    case StepState::Skipped:
        bar->setRange(0, 1);
        bar->setValue(0);
        break;
    }
    QFont font = shown.detail->font();
    font.setBold(state == StepState::Failed);
    shown.detail->setFont(font);
    QPalette text = shown.detail->palette();
    text.setColor(QPalette::WindowText,
                  state == StepState::Failed ? QColor(0xc0, 0x1c, 0x28) : palette().color(QPalette::WindowText));
    shown.detail->setPalette(text);
    const QString title = FleetPlan::phaseTitle(shown.phase);
    bar->setAccessibleName(tr("Progress of %1").arg(title));
    static const QMetaEnum states = QMetaEnum::fromType<StepState>();
    bar->setAccessibleDescription(QString::fromLatin1(states.valueToKey(int(state))));
}

void FleetRunView::showRecord()
{
    if (!m_session)
        return;
    const Fleet &fleet = m_session->fleet();
    for (Row &each : m_rows) {
        if (fleet.isFinished(FleetPlan::phaseId(each.phase))) {
            if (each.state != StepState::Done)
                setState(each, StepState::Done, tr("Done before"));
        } else if (each.state != StepState::Running) {
            setState(each, StepState::Waiting, QString());
        }
    }
}

void FleetRunView::runThrough(FleetPlan::Phase last)
{
    if (!m_session || m_running)
        return;
    m_last = last;
    showRecord();
    m_ui->retryButton->hide();
    m_ui->summaryLabel->setText(tr("Working…"));
    setRunning(true);
    if (!m_session->isRunning())
        m_session->runThrough(last);
}

void FleetRunView::cancel()
{
    if (!m_session || !m_running)
        return;
    m_ui->cancelButton->setEnabled(false);
    m_ui->summaryLabel->setText(tr("Stopping after the step under way…"));
    m_session->cancel();
}

void FleetRunView::onStarted(FleetPlan::Phase phase)
{
    const QString title = FleetPlan::phaseTitle(phase);
    appendLog(QStringLiteral("==> %1").arg(title));
    if (!m_running) { // a run started on the session directly
        m_ui->retryButton->hide();
        setRunning(true);
    }
    if (m_session && !m_session->plan()->isCancelling())
        m_ui->summaryLabel->setText(tr("Working on: %1…").arg(title));
    if (Row *shown = row(phase))
        setState(*shown, StepState::Running, tr("Running"));
}

void FleetRunView::onFailed(const Error &error)
{
    if (!m_running)
        return;
    setRunning(false);
    for (Row &each : m_rows) {
        if (each.state == StepState::Running)
            setState(each, StepState::Stopped, tr("Stopped"));
    }
    appendLog(error.message);
    const auto failedRow =
        std::find_if(m_rows.cbegin(), m_rows.cend(), [](const Row &each) { return each.state == StepState::Failed; });
    if (error.kind == Error::Kind::Cancelled)
        m_ui->summaryLabel->setText(
            tr("Stopped. What was made is kept in the fleet record; Retry goes on from where it stopped."));
    else if (failedRow != m_rows.cend()) // its row shows why
        m_ui->summaryLabel->setText(tr("\"%1\" failed. Retry runs it again; what was made is kept.")
                                        .arg(FleetPlan::phaseTitle(failedRow->phase)));
    else
        m_ui->summaryLabel->setText(
            tr("%1\nRetry runs the failed step again; what was made is kept.").arg(error.message));
    m_ui->retryButton->show();
    m_ui->retryButton->setFocus();
    Q_EMIT failed(error);
}

void FleetRunView::setRunning(bool running)
{
    m_ui->cancelButton->setEnabled(running);
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

void FleetRunView::appendLog(const QString &line)
{
    QScrollBar *scroll = m_ui->logView->verticalScrollBar();
    const bool atEnd = scroll->value() >= scroll->maximum();
    m_ui->logView->appendPlainText(line);
    // Follows the end unless the user scrolled up to read.
    if (atEnd)
        scroll->setValue(scroll->maximum());
}

void FleetRunView::retranslate()
{
    for (Row &each : m_rows) {
        each.title->setText(FleetPlan::phaseTitle(each.phase));
        each.bar->setAccessibleName(tr("Progress of %1").arg(FleetPlan::phaseTitle(each.phase)));
    }
}

void FleetRunView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace quayside
