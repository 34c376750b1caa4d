#pragma once

#include "gui/wizard/PlanPage.h"

#include <memory>

namespace Ui {
class CheckPage;
class DonePage;
class MoreHostsPage;
class ResumePage;
} // namespace Ui

namespace quayside {

struct Fleet;
class TopologyView;

// Page 9: how many more Docker hosts (booted from the snapshot in parallel) and how many Tomcat containers on
// each; "Launch" boots them, starts the containers and points nginx at them.
class MoreHostsPage : public PlanPage
{
    Q_OBJECT

public:
    explicit MoreHostsPage(WizardState *state, QWidget *parent = nullptr);
    ~MoreHostsPage() override;

    void setCounts(int moreHosts, int containersPerHost);
    // The fleet as it will be with the counts chosen.
    TopologyView *topologyView() const;
    // Starts the run, as the Launch button does.
    void launch();

protected:
    bool startsByItself() const override { return false; }
    void fleetOpened() override;
    void runSucceeded() override;

private:
    void updateTotal();

    std::unique_ptr<Ui::MoreHostsPage> m_ui;
};

// Page 10: the final check through nginx, then the page it served and which containers answered.
class CheckPage : public PlanPage
{
    Q_OBJECT

public:
    explicit CheckPage(WizardState *state, QWidget *parent = nullptr);
    ~CheckPage() override;

    // Container name -> requests it answered, as the table shows them.
    QMap<QString, int> answeredBy() const;
    QString shownPageText() const;

protected:
    void runSucceeded() override;

private:
    std::unique_ptr<Ui::CheckPage> m_ui;
};

// Page 11: the topology of the fleet as built, its nginx configuration with an export button, and where the
// fleet's record and files are kept.
class DonePage : public WizardPage
{
    Q_OBJECT

public:
    explicit DonePage(WizardState *state, QWidget *parent = nullptr);
    ~DonePage() override;

    void initializePage() override;
    int nextId() const override { return -1; }
    QString configText() const;
    // Writes the configuration to `destination`: a folder, or a file ending in .tar.gz.
    Result<void> exportTo(const QString &destination);

private:
    void chooseExport();

    std::unique_ptr<Ui::DonePage> m_ui;
};

// The first page when a setup stopped before it was done (the app was closed, or the wizard cancelled): what
// the fleet record lists as created, and Next goes on with the first page whose steps are not finished.
class ResumePage : public WizardPage
{
    Q_OBJECT

public:
    explicit ResumePage(WizardState *state, QWidget *parent = nullptr);
    ~ResumePage() override;

    void initializePage() override;
    int nextId() const override;
    // The page the setup goes on with, for the fleet in the record.
    static int pageFor(const Fleet &fleet);
    // The rows of what was created, as shown ("Docker host|quayside-docker-1|provisioned|10.0.0.5").
    QStringList createdRows() const;

protected:
    void startCheck() override;

private:
    std::unique_ptr<Ui::ResumePage> m_ui;
    int m_next = -1;
};

} // namespace quayside
