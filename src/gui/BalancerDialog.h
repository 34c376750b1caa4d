#pragma once

#include "nginx/BalancerFile.h"
#include "nginx/NginxExport.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QFileDialog;

namespace Ui {
class BalancerDialog;
}

namespace quayside {

class DeployDialog;

// Edits the load balancer kept in the balancer file: each pool's method and servers in a table, the site's
// port and names, with the two nginx files it renders to shown as they change. Invalid input is named in
// the dialog and blocks Save and Export until it is fixed. Import reads an existing backends /
// default.conf pair; Export writes the files into a folder or a .tar.gz. File choosers are opened
// window-modal with open(), never with a nested event loop; the writes themselves are a few KiB.
class BalancerDialog : public QDialog
{
    Q_OBJECT

public:
    // Loads `balancerPath` if it exists; otherwise starts with one empty pool and a site on port 80.
    explicit BalancerDialog(const QString &balancerPath = BalancerFile::defaultPath(), QWidget *parent = nullptr);
    ~BalancerDialog() override;

    void setConfig(const BalancerConfig &config);
    BalancerConfig config() const { return m_config; }
    QString balancerPath() const { return m_path; }

    // The model's validation error, empty when it renders.
    QString errorText() const;
    bool isValid() const;
    // The files the model renders to; an error while it is invalid.
    Result<RenderedBalancer> rendered() const;

    // What the buttons do once a file chooser has answered. Each reports in the dialog's status line too.
    Result<void> exportTo(const QString &destination, NginxExport::Format format);
    Result<void> importFrom(const QString &backendsPath, const QString &sitePath);
    Result<void> save();
    // Opens the Deploy to Balancer dialog with the model shown here (nothing while it is invalid).
    DeployDialog *openDeployDialog();

    enum Column { Address, Port, Weight, MaxFails, FailTimeout, Backup, Down, ColumnCount };

private:
    void chooseImportFiles();
    void chooseExportFolder();
    void chooseExportArchive();
    void showPool(int index);
    void fillServerTable();
    void readServerRow(int row);
    void addServer();
    void removeServer();
    void editSite();
    // Renders the model again: preview, error line, and whether Save and Export are possible.
    void refresh();
    void report(const Result<void> &result, const QString &success);
    QFileDialog *fileDialog(const QString &title);
    UpstreamPool *currentPool();
    ServerBlock *currentSite();

    std::unique_ptr<Ui::BalancerDialog> m_ui;
    QString m_path;
    BalancerConfig m_config;
    RenderedBalancer m_rendered; // of m_config, when m_error is empty
    QString m_error;
    QPointer<DeployDialog> m_deployDialog;
    bool m_filling = false; // the table is being filled from the model: no edits to read back
};

} // namespace quayside
