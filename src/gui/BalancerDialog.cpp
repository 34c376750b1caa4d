#include "gui/BalancerDialog.h"

#include "ui_BalancerDialog.h"

#include "gui/DeployDialog.h"
#include "nginx/NginxImporter.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QRegularExpression>

namespace quayside {

namespace {

const QColor kErrorColor(0xb0, 0x00, 0x20);

BalancerConfig startingConfig()
{
    UpstreamPool pool;
    pool.name = QStringLiteral("tomcat");
    ServerBlock site;
    site.pool = pool.name;
    return BalancerConfig{{pool}, {site}};
}

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

BalancerDialog::BalancerDialog(const QString &balancerPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BalancerDialog>())
    , m_path(balancerPath)
{
    m_ui->setupUi(this);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setStyleHint(QFont::Monospace);
    fixed.setFixedPitch(true);
    m_ui->backendsPreview->setFont(fixed);
    m_ui->sitePreview->setFont(fixed);
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, kErrorColor);
    m_ui->errorLabel->setPalette(errorPalette);
    // The preview gets room for the longest rendered line (a server with all its parameters).
    m_ui->splitter->setSizes({540, 640});

    m_ui->methodCombo->addItem(tr("Round robin"), int(BalanceMethod::RoundRobin));
    m_ui->methodCombo->addItem(tr("Least connections"), int(BalanceMethod::LeastConnections));
    m_ui->methodCombo->addItem(tr("Client address hash (ip_hash)"), int(BalanceMethod::IpHash));
    m_ui->methodCombo->addItem(tr("Sticky sessions (JSESSIONID)"), int(BalanceMethod::StickySession));

    QHeaderView *header = m_ui->serverTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Address, QHeaderView::Stretch);

    connect(m_ui->poolCombo, &QComboBox::currentIndexChanged, this, &BalancerDialog::showPool);
    connect(m_ui->methodCombo, &QComboBox::activated, this, [this] {
        if (UpstreamPool *pool = currentPool()) {
            pool->method = BalanceMethod(m_ui->methodCombo->currentData().toInt());
            refresh();
        }
    });
    connect(m_ui->serverTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling) {
            readServerRow(item->row());
            refresh();
        }
    });
    connect(m_ui->addServerButton, &QPushButton::clicked, this, &BalancerDialog::addServer);
    connect(m_ui->removeServerButton, &QPushButton::clicked, this, &BalancerDialog::removeServer);
    connect(m_ui->listenPortSpin, &QSpinBox::valueChanged, this, &BalancerDialog::editSite);
    connect(m_ui->serverNamesEdit, &QLineEdit::textEdited, this, &BalancerDialog::editSite);
    connect(m_ui->importButton, &QPushButton::clicked, this, &BalancerDialog::chooseImportFiles);
    connect(m_ui->exportFolderButton, &QPushButton::clicked, this, &BalancerDialog::chooseExportFolder);
    connect(m_ui->exportArchiveButton, &QPushButton::clicked, this, &BalancerDialog::chooseExportArchive);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &BalancerDialog::save);
    connect(m_ui->deployButton, &QPushButton::clicked, this, &BalancerDialog::openDeployDialog);

    const auto loaded = BalancerFile::load(m_path);
    setConfig(loaded ? loaded.value() : startingConfig());
    if (!loaded && loaded.error().kind != Error::Kind::NotFound) {
        Error error = loaded.error();
        error.message += QLatin1Char(' ') + tr("Saving replaces it with the balancer shown here.");
        report(error, QString());
    }
}

BalancerDialog::~BalancerDialog()
{
    // An open cell editor commits while QWidget deletes the children, when this is no longer a BalancerDialog.
    disconnect(m_ui->serverTable, nullptr, this, nullptr);
}

void BalancerDialog::setConfig(const BalancerConfig &config)
{
    m_config = config;
    {
        const QSignalBlocker blocker(m_ui->poolCombo);
        m_ui->poolCombo->clear();
        for (const UpstreamPool &pool : std::as_const(m_config.pools))
            m_ui->poolCombo->addItem(pool.name);
    }
    showPool(m_config.pools.isEmpty() ? -1 : 0);
}

UpstreamPool *BalancerDialog::currentPool()
{
    const int index = m_ui->poolCombo->currentIndex();
    return index >= 0 && index < m_config.pools.size() ? &m_config.pools[index] : nullptr;
}

ServerBlock *BalancerDialog::currentSite()
{
    const UpstreamPool *pool = currentPool();
    for (ServerBlock &site : m_config.sites) {
        if (pool && site.pool == pool->name)
            return &site;
    }
    return nullptr;
}

void BalancerDialog::showPool(int index)
{
    {
        const QSignalBlocker blocker(m_ui->poolCombo);
        m_ui->poolCombo->setCurrentIndex(index);
    }
    const UpstreamPool *pool = currentPool();
    m_ui->poolGroup->setEnabled(pool != nullptr);
    if (pool)
        m_ui->methodCombo->setCurrentIndex(m_ui->methodCombo->findData(int(pool->method)));
    fillServerTable();

    const ServerBlock *site = currentSite();
    m_ui->siteGroup->setEnabled(site != nullptr);
    {
        const QSignalBlocker portBlocker(m_ui->listenPortSpin);
        m_ui->listenPortSpin->setValue(site ? site->listenPort : 80);
    }
    m_ui->serverNamesEdit->setText(site ? site->serverNames.join(QLatin1Char(' ')) : QString());
    refresh();
}

void BalancerDialog::fillServerTable()
{
    m_filling = true;
    const UpstreamPool *pool = currentPool();
    QTableWidget *table = m_ui->serverTable;
    table->setRowCount(pool ? int(pool->servers.size()) : 0);
    for (int row = 0; row < table->rowCount(); ++row) {
        const UpstreamServer &server = pool->servers.at(row);
        table->setItem(row, Address, new QTableWidgetItem(server.address));
        table->setItem(row, Port, numberItem(server.port));
        table->setItem(row, Weight, numberItem(server.weight));
        table->setItem(row, MaxFails, numberItem(server.maxFails));
        table->setItem(row, FailTimeout, numberItem(server.failTimeoutS));
        table->setItem(row, Backup, checkItem(server.backup));
        table->setItem(row, Down, checkItem(server.down));
    }
    m_ui->removeServerButton->setEnabled(table->rowCount() > 0);
    m_filling = false;
}

void BalancerDialog::readServerRow(int row)
{
    UpstreamPool *pool = currentPool();
    if (!pool || row < 0 || row >= pool->servers.size())
        return;
    const QTableWidget *table = m_ui->serverTable;
    const auto number = [table, row](int column) { return table->item(row, column)->data(Qt::EditRole).toInt(); };
    UpstreamServer &server = pool->servers[row];
    server.address = table->item(row, Address)->text().trimmed();
    server.port = number(Port);
    server.weight = number(Weight);
    server.maxFails = number(MaxFails);
    server.failTimeoutS = number(FailTimeout);
    server.backup = table->item(row, Backup)->checkState() == Qt::Checked;
    server.down = table->item(row, Down)->checkState() == Qt::Checked;
}

void BalancerDialog::addServer()
{
    UpstreamPool *pool = currentPool();
    if (!pool)
        return;
    pool->servers << UpstreamServer{};
    fillServerTable();
    refresh();
    const int row = m_ui->serverTable->rowCount() - 1;
    m_ui->serverTable->setCurrentCell(row, Address);
    m_ui->serverTable->editItem(m_ui->serverTable->item(row, Address));
}

void BalancerDialog::removeServer()
{
    UpstreamPool *pool = currentPool();
    const int row = m_ui->serverTable->currentRow();
    if (!pool || row < 0 || row >= pool->servers.size())
        return;
    pool->servers.removeAt(row);
    fillServerTable();
    m_ui->serverTable->setCurrentCell(qMin(row, m_ui->serverTable->rowCount() - 1), Address);
    refresh();
}

void BalancerDialog::editSite()
{
    ServerBlock *site = currentSite();
    if (!site)
        return;
    site->listenPort = m_ui->listenPortSpin->value();
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    site->serverNames = m_ui->serverNamesEdit->text().split(spaces, Qt::SkipEmptyParts);
    refresh();
}

void BalancerDialog::refresh()
{
    const auto rendered = NginxRenderer::render(m_config);
    m_error = rendered ? QString() : rendered.error().message;
    if (rendered) {
        m_rendered = rendered.value();
        // Replaced only when different, so an unchanged file keeps its scroll position.
        const QString backends = QString::fromUtf8(m_rendered.backends);
        const QString site = QString::fromUtf8(m_rendered.site);
        if (m_ui->backendsPreview->toPlainText() != backends)
            m_ui->backendsPreview->setPlainText(backends);
        if (m_ui->sitePreview->toPlainText() != site)
            m_ui->sitePreview->setPlainText(site);
    }
    m_ui->errorLabel->setText(m_error);
    m_ui->errorLabel->setVisible(!m_error.isEmpty());
    // While invalid the preview keeps the last good files; greyed so they are not mistaken for the current ones.
    m_ui->previewTabs->setEnabled(m_error.isEmpty());
    for (QPushButton *button :
         {m_ui->saveButton, m_ui->exportFolderButton, m_ui->exportArchiveButton, m_ui->deployButton})
        button->setEnabled(m_error.isEmpty());
}

QString BalancerDialog::errorText() const
{
    return m_error;
}

bool BalancerDialog::isValid() const
{
    return m_error.isEmpty();
}

Result<RenderedBalancer> BalancerDialog::rendered() const
{
    if (!m_error.isEmpty())
        return Error{Error::Kind::InvalidInput, 0, m_error};
    return m_rendered;
}

void BalancerDialog::report(const Result<void> &result, const QString &success)
{
    QPalette palette = m_ui->statusLabel->palette();
    palette.setColor(QPalette::WindowText, result ? this->palette().color(QPalette::WindowText) : kErrorColor);
    m_ui->statusLabel->setPalette(palette);
    m_ui->statusLabel->setText(result ? success : result.error().message);
}

Result<void> BalancerDialog::exportTo(const QString &destination, NginxExport::Format format)
{
    const auto files = rendered();
    const Result<void> written =
        files ? NginxExport::write(files.value(), destination, format) : Result<void>(files.error());
    const QString shown = QDir::toNativeSeparators(destination);
    report(written, format == NginxExport::Format::TarGz
                        ? tr("Exported the nginx configuration as %1.").arg(shown)
                        : tr("Exported conf.d/backends and conf.d/default.conf into %1.").arg(shown));
    return written;
}

Result<void> BalancerDialog::importFrom(const QString &backendsPath, const QString &sitePath)
{
    QList<QByteArray> contents;
    for (const QString &path : {backendsPath, sitePath}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            const Error error{Error::Kind::Io, 0,
                              tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
            report(error, QString());
            return error;
        }
        contents << file.readAll();
    }
    const auto imported = NginxImporter::import(contents.at(0), contents.at(1));
    if (!imported) {
        report(imported.error(), QString());
        return imported.error();
    }
    setConfig(imported.value().config);
    QString message = tr("Imported %1 and %2; save to keep them.")
                          .arg(QDir::toNativeSeparators(backendsPath), QDir::toNativeSeparators(sitePath));
    if (!imported.value().warnings.isEmpty())
        message += QLatin1Char(' ') + tr("Left out: %1").arg(imported.value().warnings.join(QLatin1Char(' ')));
    report({}, message);
    return {};
}

Result<void> BalancerDialog::save()
{
    const Result<void> saved = m_error.isEmpty() ? BalancerFile::save(m_path, m_config)
                                                 : Result<void>(Error{Error::Kind::InvalidInput, 0, m_error});
    report(saved, tr("Saved to %1.").arg(QDir::toNativeSeparators(m_path)));
    return saved;
}

DeployDialog *BalancerDialog::openDeployDialog()
{
    if (!m_error.isEmpty())
        return nullptr;
    if (!m_deployDialog) {
        m_deployDialog = new DeployDialog(this);
        m_deployDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    // What is shown here, saved or not: the dialog deploys the model the user is looking at (a deployment
    // already running keeps the model it started with).
    m_deployDialog->setConfig(m_config);
    m_deployDialog->show();
    m_deployDialog->raise();
    m_deployDialog->activateWindow();
    return m_deployDialog;
}

QFileDialog *BalancerDialog::fileDialog(const QString &title)
{
    auto *dialog = new QFileDialog(this, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    return dialog;
}

void BalancerDialog::chooseImportFiles()
{
    QFileDialog *first = fileDialog(tr("Import: Choose the Backends File"));
    first->setFileMode(QFileDialog::ExistingFile);
    connect(first, &QDialog::accepted, this, [this, first] {
        const QString backends = first->selectedFiles().value(0);
        QFileDialog *second = fileDialog(tr("Import: Choose the Site File (default.conf)"));
        second->setFileMode(QFileDialog::ExistingFile);
        second->setDirectory(QFileInfo(backends).absolutePath());
        connect(second, &QDialog::accepted, this,
                [this, second, backends] { importFrom(backends, second->selectedFiles().value(0)); });
        second->open();
    });
    first->open();
}

void BalancerDialog::chooseExportFolder()
{
    QFileDialog *dialog = fileDialog(tr("Export to Folder"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setLabelText(QFileDialog::Accept, tr("Export"));
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { exportTo(dialog->selectedFiles().value(0), NginxExport::Format::Folder); });
    dialog->open();
}

void BalancerDialog::chooseExportArchive()
{
    QFileDialog *dialog = fileDialog(tr("Export as .tar.gz"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Compressed tar archives (*.tar.gz *.tgz)"));
    dialog->selectFile(QStringLiteral("nginx-balancer.tar.gz"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString file = dialog->selectedFiles().value(0);
        if (NginxExport::formatFor(file) != NginxExport::Format::TarGz)
            file += QStringLiteral(".tar.gz");
        exportTo(file, NginxExport::Format::TarGz);
    });
    dialog->open();
}

} // namespace quayside
