#include "gui/wizard/FleetPages.h"

#include "ui_CheckPage.h"
#include "ui_DonePage.h"
#include "ui_MoreHostsPage.h"
#include "ui_ResumePage.h"

#include "gui/widgets/FleetRunView.h"
#include "gui/widgets/TopologyView.h"
#include "gui/wizard/FirstRunWizard.h"
#include "gui/wizard/WizardState.h"
#include "gui/wizard/WizardStatus.h"
#include "nginx/BalancerFile.h"
#include "nginx/NginxExport.h"
#include "nginx/NginxRenderer.h"
#include "provision/FleetSession.h"

#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QStandardPaths>

namespace quayside {

namespace {

// "address:port" of each container, as nginx names its backends.
QMap<QString, const FleetContainer *> containersByBackend(const Fleet &fleet)
{
    QMap<QString, const FleetContainer *> found;
    for (const FleetContainer &container : fleet.containerList) {
        const FleetServer *host = fleet.server(container.host);
        if (host)
            found.insert(QStringLiteral("%1:%2").arg(host->address).arg(container.hostPort), &container);
    }
    return found;
}

} // namespace

MoreHostsPage::MoreHostsPage(WizardState *state, QWidget *parent)
    : PlanPage(state,
               {FleetPlan::Phase::MoreDockerHosts, FleetPlan::Phase::Containers, FleetPlan::Phase::NginxBackends},
               parent)
    , m_ui(std::make_unique<Ui::MoreHostsPage>())
{
    m_ui->setupUi(this);
    setRunView(m_ui->runView, m_ui->status);
    connect(m_ui->moreHostsSpin, &QSpinBox::valueChanged, this, &MoreHostsPage::updateTotal);
    connect(m_ui->perHostSpin, &QSpinBox::valueChanged, this, &MoreHostsPage::updateTotal);
    connect(m_ui->launchButton, &QPushButton::clicked, this, &MoreHostsPage::launch);
    connect(m_ui->runView, &FleetRunView::runningChanged, this, &MoreHostsPage::updateTotal);
    updateTotal();
}

MoreHostsPage::~MoreHostsPage() = default;

void MoreHostsPage::setCounts(int moreHosts, int containersPerHost)
{
    m_ui->moreHostsSpin->setValue(moreHosts);
    m_ui->perHostSpin->setValue(containersPerHost);
}

void MoreHostsPage::fleetOpened()
{
    const Fleet &fleet = session()->fleet();
    const int hosts = std::max(1, fleet.dockerHosts);
    setCounts(hosts - 1, std::max(1, (fleet.containers + hosts - 1) / hosts));
    updateTotal();
}

void MoreHostsPage::runSucceeded()
{
    updateTotal();
}

TopologyView *MoreHostsPage::topologyView() const
{
    return m_ui->topologyView;
}

void MoreHostsPage::updateTotal()
{
    const int hosts = 1 + m_ui->moreHostsSpin->value();
    const int containers = hosts * m_ui->perHostSpin->value();
    m_ui->totalLabel->setText(
        tr("In all: Docker hosts: %1; Tomcat containers behind nginx: %2.").arg(hosts).arg(containers));
    // The picture shows the fleet as it will be: what is not made yet is drawn dashed.
    if (session() && session()->isOpen()) {
        Fleet planned = session()->fleet();
        if (!phasesFinished()) {
            planned.dockerHosts = hosts;
            planned.containers = containers;
        }
        m_ui->topologyView->setFleet(planned);
    }
    const bool editable = !isRunning() && !phasesFinished();
    m_ui->moreHostsSpin->setEnabled(editable);
    m_ui->perHostSpin->setEnabled(editable);
    m_ui->launchButton->setEnabled(editable && session() && session()->isOpen());
}

void MoreHostsPage::launch()
{
    if (!session() || !session()->isOpen() || isRunning() || phasesFinished())
        return;
    Fleet fleet = session()->fleet();
    fleet.dockerHosts = 1 + m_ui->moreHostsSpin->value();
    fleet.containers = fleet.dockerHosts * m_ui->perHostSpin->value();
    // The plan is made again over the new counts; what the record lists stays as it is.
    QObject *work = beginWork(tr("Planning the fleet…"));
    session()->open(fleet, work, [this](const Result<void> &opened) {
        if (!opened) {
            endWork(opened.error().message);
            return;
        }
        endWork();
        startRun();
    });
}

CheckPage::CheckPage(WizardState *state, QWidget *parent)
    : PlanPage(state, {FleetPlan::Phase::FinalCheck}, parent)
    , m_ui(std::make_unique<Ui::CheckPage>())
{
    m_ui->setupUi(this);
    setRunView(m_ui->runView, m_ui->status);
    m_ui->pageView->showPlaceholder(tr("Not checked yet."));
}

CheckPage::~CheckPage() = default;

QMap<QString, int> CheckPage::answeredBy() const
{
    QMap<QString, int> answered;
    for (int row = 0; row < m_ui->backendsTable->rowCount(); ++row)
        answered.insert(m_ui->backendsTable->item(row, 0)->text(), m_ui->backendsTable->item(row, 2)->text().toInt());
    return answered;
}

QString CheckPage::shownPageText() const
{
    return m_ui->pageView->shownText();
}

void CheckPage::runSucceeded()
{
    const FleetCheckReport report = session()->lastCheck();
    const Fleet &fleet = session()->fleet();
    if (report.requests == 0) {
        m_ui->backendsLabel->setText(tr("The check passed before."));
        m_ui->pageView->showPlaceholder(tr("Nothing to show: the check ran in an earlier session."));
        return;
    }
    m_ui->backendsLabel->setText(
        tr("%1 of %2 requests got the page; each container answered some:").arg(report.answered).arg(report.requests));
    const auto byBackend = containersByBackend(fleet);
    m_ui->backendsTable->setRowCount(0);
    for (auto it = report.backends.cbegin(); it != report.backends.cend(); ++it) {
        const int row = m_ui->backendsTable->rowCount();
        m_ui->backendsTable->insertRow(row);
        const FleetContainer *container = byBackend.value(it.key());
        const QString name = container ? container->name : tr("(not in the record)");
        m_ui->backendsTable->setItem(row, 0, new QTableWidgetItem(name));
        m_ui->backendsTable->setItem(row, 1, new QTableWidgetItem(it.key()));
        auto *count = new QTableWidgetItem(QString::number(it.value()));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->backendsTable->setItem(row, 2, count);
    }
    m_ui->backendsTable->resizeColumnsToContents();
    m_ui->pageLabel->setText(tr("The page nginx served at <a href=\"%1\">%1</a>:").arg(report.url.toHtmlEscaped()));
    m_ui->pageView->showPage(report.page, report.contentType);
}

DonePage::DonePage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::DonePage>())
{
    m_ui->setupUi(this);
    setStatusWidget(m_ui->status);
    m_ui->configView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->exportButton, &QPushButton::clicked, this, &DonePage::chooseExport);
}

DonePage::~DonePage() = default;

QString DonePage::configText() const
{
    return m_ui->configView->toPlainText();
}

void DonePage::initializePage()
{
    const FleetSession *session = state()->fleetSession();
    if (!session)
        return;
    const Fleet &fleet = session->fleet();
    m_ui->topologyView->setFleet(fleet);
    // What the check just saw: the requests each container answered through nginx.
    const FleetCheckReport check = session->lastCheck();
    if (check.requests > 0) {
        m_ui->topologyView->setBackendHits(check.backends);
        const auto byBackend = containersByBackend(fleet);
        for (auto it = byBackend.cbegin(); it != byBackend.cend(); ++it)
            m_ui->topologyView->setBackendState(it.value()->name, check.backends.value(it.key()) > 0
                                                                      ? TopologyView::BackendState::Up
                                                                      : TopologyView::BackendState::Down);
    }
    const QString balancer = Fleet::folderFor(state()->recordPath(), fleet.name) + QStringLiteral("/balancer.json");
    const auto config = BalancerFile::load(balancer);
    const auto rendered = config ? NginxRenderer::render(config.value()) : Result<RenderedBalancer>(config.error());
    if (rendered) {
        const QStringList names = NginxExport::entryNames();
        m_ui->configView->setPlainText(
            QStringLiteral("# %1\n").arg(names.value(0)) + QString::fromUtf8(rendered.value().backends) +
            QStringLiteral("\n# %1\n").arg(names.value(1)) + QString::fromUtf8(rendered.value().site));
    } else {
        m_ui->configView->setPlainText(rendered.error().message);
    }
    m_ui->exportButton->setEnabled(bool(rendered));

    QString nginxUrl;
    for (const FleetServer &server : fleet.servers) {
        if (server.role == FleetServer::Role::NginxHost && !server.address.isEmpty())
            nginxUrl = QStringLiteral("http://%1/").arg(server.address);
    }
    const QString folder = Fleet::folderFor(state()->recordPath(), fleet.name);
    m_ui->whereLabel->setText(
        tr("<p><b>Your application:</b> <a href=\"%1\">%1</a></p>"
           "<p><b>The fleet's record:</b> %2<br/>(what was made, in the cloud and on the servers)</p>"
           "<p><b>Its files:</b> %3<br/>(the balancer's configuration, certificates' public halves)</p>"
           "<p>Secrets (the cloud's, the certificates' keys) are in the system keychain only.</p>"
           "<p>From a terminal: <tt>quaysidectl status</tt>, <tt>quaysidectl scale --containers N</tt>, "
           "<tt>quaysidectl down</tt>.</p>")
            .arg(nginxUrl.toHtmlEscaped(), QDir::toNativeSeparators(state()->recordPath()).toHtmlEscaped(),
                 QDir::toNativeSeparators(folder).toHtmlEscaped()));
}

Result<void> DonePage::exportTo(const QString &destination)
{
    const FleetSession *session = state()->fleetSession();
    if (!session)
        return Error{Error::Kind::InvalidInput, 0, tr("No fleet is open.")};
    const QString balancer =
        Fleet::folderFor(state()->recordPath(), session->fleet().name) + QStringLiteral("/balancer.json");
    const auto config = BalancerFile::load(balancer);
    if (!config)
        return config.error();
    const auto rendered = NginxRenderer::render(config.value());
    if (!rendered)
        return rendered.error();
    const auto written = NginxExport::write(rendered.value(), destination, NginxExport::formatFor(destination));
    if (written)
        status()->showSuccess(tr("Exported to %1.").arg(QDir::toNativeSeparators(destination)));
    else
        status()->showError(written.error().message);
    return written;
}

void DonePage::chooseExport()
{
    auto *dialog = new QFileDialog(this, tr("Export the nginx configuration"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("Archive (*.tar.gz);;Folder (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(QStringLiteral("nginx-%1.tar.gz").arg(WizardState::fleetName()));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { exportTo(file); });
    dialog->open();
}

ResumePage::ResumePage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::ResumePage>())
{
    m_ui->setupUi(this);
    setStatusWidget(m_ui->status);
}

ResumePage::~ResumePage() = default;

int ResumePage::pageFor(const Fleet &fleet)
{
    using Phase = FleetPlan::Phase;
    const QList<std::pair<QList<Phase>, int>> pages = {
        {{Phase::KeyPair, Phase::FirstDockerHost, Phase::DockerHostSetup}, FirstRunWizard::FirstDockerHostPageId},
        {{Phase::TomcatImage}, FirstRunWizard::TomcatImagePageId},
        {{Phase::Snapshot}, FirstRunWizard::SnapshotPageId},
        {{Phase::NginxHost, Phase::NginxHostSetup}, FirstRunWizard::NginxHostPageId},
        {{Phase::MoreDockerHosts, Phase::Containers, Phase::NginxBackends}, FirstRunWizard::MoreHostsPageId},
        {{Phase::FinalCheck}, FirstRunWizard::CheckPageId},
    };
    for (const auto &[phases, page] : pages) {
        for (const Phase phase : phases) {
            if (!fleet.isFinished(FleetPlan::phaseId(phase)))
                return page;
        }
    }
    return FirstRunWizard::DonePageId;
}

void ResumePage::initializePage()
{
    const auto saved = state()->savedFleet();
    m_ui->createdTree->clear();
    if (!saved) {
        m_ui->introLabel->setText(saved.error().message);
        m_next = -1;
        return;
    }
    const Fleet &fleet = saved.value();
    m_next = pageFor(fleet);
    const QString cloud =
        fleet.cloudAccountId == WizardState::sandboxAccountId() ? tr("the local sandbox") : fleet.cloudAccountId;
    if (m_next == FirstRunWizard::DonePageId) {
        setTitle(tr("Fleet %1").arg(fleet.name));
        m_ui->introLabel->setText(
            tr("The setup of fleet %1 on %2 is complete. This is what it is made of.").arg(fleet.name, cloud));
        m_ui->nextLabel->setText(
            tr("Next shows its topology and nginx configuration. \"Remove what was created\" deletes it all."));
    } else {
        setTitle(tr("Setup under way"));
        m_ui->introLabel->setText(
            tr("A setup of fleet %1 on %2 stopped before it was done. This is what it created so far; it is kept "
               "in the cloud (and costs money there) until the setup goes on or it is removed.")
                .arg(fleet.name, cloud));
        m_ui->nextLabel->setText(tr("Next goes on from where it stopped. \"Remove what was created\" deletes the "
                                    "servers, the snapshot and the key pair listed here."));
    }
    const auto add = [this](const QString &what, const QString &name, const QString &stateText, const QString &where) {
        new QTreeWidgetItem(m_ui->createdTree, {what, name, stateText, where});
    };
    if (!fleet.keyPairName.isEmpty())
        add(tr("SSH key pair"), fleet.keyPairName, fleet.keyPairImported ? tr("imported") : tr("the cloud's"),
            QString());
    const auto serverState = [](FleetServer::Phase phase) {
        switch (phase) {
        case FleetServer::Phase::Requested: return tr("create sent, not yet confirmed");
        case FleetServer::Phase::Created: return tr("booting");
        case FleetServer::Phase::Active: return tr("running");
        case FleetServer::Phase::Trusted: return tr("running, host key trusted");
        case FleetServer::Phase::Provisioned: return tr("set up");
        }
        return QString();
    };
    for (const FleetServer &server : fleet.servers)
        add(server.role == FleetServer::Role::NginxHost ? tr("nginx host") : tr("Docker host"), server.name,
            serverState(server.phase), server.address.isEmpty() ? server.novaId : server.address);
    if (fleet.snapshot)
        add(tr("Snapshot"), fleet.snapshot->name, fleet.snapshot->active ? tr("active") : tr("saving"),
            fleet.snapshot->id);
    for (const FleetContainer &container : fleet.containerList)
        add(tr("Tomcat container"), container.name, tr("on %1").arg(container.host),
            QStringLiteral(":%1").arg(container.hostPort));
    for (int column = 0; column < m_ui->createdTree->columnCount(); ++column)
        m_ui->createdTree->resizeColumnToContents(column);
    m_ui->topologyView->setFleet(fleet);
}

QStringList ResumePage::createdRows() const
{
    QStringList rows;
    for (int row = 0; row < m_ui->createdTree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_ui->createdTree->topLevelItem(row);
        QStringList cells;
        for (int column = 0; column < m_ui->createdTree->columnCount(); ++column)
            cells << item->text(column);
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

int ResumePage::nextId() const
{
    return m_next;
}

void ResumePage::startCheck()
{
    // The fleet opens with its cloud's secret from the keychain and its SSH key: a failure is said here.
    QObject *work = beginWork(tr("Opening the fleet…"));
    state()->openFleet(work, [this](const Result<void> &opened) {
        if (!opened) {
            failCheck(opened.error().message);
            return;
        }
        passCheck();
    });
}

} // namespace quayside
