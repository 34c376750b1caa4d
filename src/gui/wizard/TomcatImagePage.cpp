#include "gui/wizard/TomcatImagePage.h"

#include "ui_TomcatImagePage.h"

#include "gui/widgets/FleetRunView.h"
#include "gui/wizard/WizardState.h"
#include "gui/wizard/WizardStatus.h"
#include "provision/FleetSession.h"
#include "provision/TomcatImageRecipe.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QStandardPaths>

namespace quayside {

TomcatImagePage::TomcatImagePage(WizardState *state, QWidget *parent)
    : PlanPage(state, {FleetPlan::Phase::TomcatImage}, parent)
    , m_ui(std::make_unique<Ui::TomcatImagePage>())
{
    m_ui->setupUi(this);
    setRunView(m_ui->runView, m_ui->status);
    m_ui->dockerfileEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->dockerfileEdit->setPlainText(QString::fromUtf8(TomcatImageRecipe::dockerfile()));
    m_ui->pageView->showPlaceholder(tr("Not built yet."));
    connect(m_ui->resetButton, &QPushButton::clicked, this,
            [this] { m_ui->dockerfileEdit->setPlainText(QString::fromUtf8(TomcatImageRecipe::dockerfile())); });
    connect(m_ui->warButton, &QPushButton::clicked, this, &TomcatImagePage::chooseWar);
    connect(m_ui->buildButton, &QPushButton::clicked, this, &TomcatImagePage::build);
    connect(m_ui->runView, &FleetRunView::runningChanged, this, &TomcatImagePage::updateButtons);
    connect(m_ui->runView, &FleetRunView::failed, this, [this](const Error &error) {
        m_ui->pageView->showPlaceholder(error.kind == Error::Kind::Cancelled
                                            ? tr("Stopped before a test container served a page.")
                                            : tr("No page: the build or its test failed. The log below says why; "
                                                 "change the Dockerfile and build again, or Retry."));
    });
    connect(m_ui->dockerfileEdit, &QPlainTextEdit::textChanged, this, &TomcatImagePage::updateButtons);
}

TomcatImagePage::~TomcatImagePage() = default;

QString TomcatImagePage::dockerfileText() const
{
    return m_ui->dockerfileEdit->toPlainText();
}

void TomcatImagePage::setDockerfileText(const QString &text)
{
    m_ui->dockerfileEdit->setPlainText(text);
}

QString TomcatImagePage::warPath() const
{
    return m_ui->warEdit->text().trimmed();
}

void TomcatImagePage::setWarPath(const QString &path)
{
    m_ui->warEdit->setText(path);
}

QString TomcatImagePage::shownPageText() const
{
    return m_ui->pageView->shownText();
}

void TomcatImagePage::fleetOpened()
{
    if (m_sourcesLoaded)
        return;
    m_sourcesLoaded = true;
    // What an earlier visit kept in the fleet's folder is what the next build uses.
    const Fleet &fleet = session()->fleet();
    QFile saved(FleetSession::tomcatDockerfilePath(state()->recordPath(), fleet.name));
    if (saved.open(QIODevice::ReadOnly))
        m_ui->dockerfileEdit->setPlainText(QString::fromUtf8(saved.readAll()));
    const QString war = FleetSession::tomcatWarPath(state()->recordPath(), fleet.name);
    if (QFile::exists(war))
        m_ui->warEdit->setText(war);
    updateButtons();
}

void TomcatImagePage::chooseWar()
{
    auto *dialog =
        new QFileDialog(this, tr("Choose the application to deploy"),
                        QStandardPaths::writableLocation(QStandardPaths::HomeLocation), tr("Web applications (*.war)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_ui->warEdit->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

void TomcatImagePage::build()
{
    if (isRunning() || phasesFinished() || !session())
        return;
    const QByteArray builtIn = TomcatImageRecipe::dockerfile();
    QByteArray text = m_ui->dockerfileEdit->toPlainText().toUtf8();
    if (text == builtIn)
        text.clear(); // Quayside's own: later versions of Quayside may improve it
    const QString war = QDir::fromNativeSeparators(warPath());
    QObject *work = beginWork(war.isEmpty() ? tr("Keeping the Dockerfile in the fleet's folder…")
                                            : tr("Copying the application into the fleet's folder…"));
    session()->setTomcatSources(text, war, work, [this](const Result<void> &kept) {
        if (!kept) {
            endWork(kept.error().message);
            return;
        }
        endWork();
        m_ui->pageView->showPlaceholder(tr("Building…"));
        startRun();
    });
}

void TomcatImagePage::runSucceeded()
{
    const TomcatPage &page = session()->tomcatPage();
    if (page.body.isEmpty()) {
        m_ui->pageLabel->setText(tr("The image was built and tried before."));
        m_ui->pageView->showPlaceholder(tr("A test container of it served its page then; the snapshot carries it."));
    } else {
        m_ui->pageLabel->setText(
            tr("The page the test container served at %1 (HTTP %2):").arg(page.url.toString()).arg(page.status));
        m_ui->pageView->showPage(page.body, page.contentType);
    }
    updateButtons();
}

void TomcatImagePage::updateButtons()
{
    // Once built, the image is what the snapshot will carry: the sources stay as they were.
    const bool editable = !isRunning() && !phasesFinished();
    m_ui->dockerfileEdit->setReadOnly(!editable);
    m_ui->resetButton->setEnabled(editable);
    m_ui->warEdit->setReadOnly(!editable);
    m_ui->warButton->setEnabled(editable);
    m_ui->buildButton->setEnabled(editable && !m_ui->dockerfileEdit->toPlainText().trimmed().isEmpty());
}

} // namespace quayside
