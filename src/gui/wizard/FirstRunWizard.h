#pragma once

#include "gui/wizard/WizardState.h"

#include <QWizard>

namespace quayside {

// The guided first-time setup. Each page is one step of building the fleet; the pages share what they
// decided through state(). Every page checks its input asynchronously before the wizard moves on
// (WizardPage), so the window never freezes. Pages 5-10 run the fleet's plan (PlanPage); what they make is
// recorded as it is made, so Cancel is safe at any point (a run under way stops after its current step) and a
// wizard opened again later starts on the resume page, which lists what was made and goes on from there.
// "Remove what was created" deletes every server, image and key pair the record lists.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    // QWizard goes from page to page in the order of these ids.
    enum PageId {
        WelcomePageId,         // 1: what will be built, which cloud
        CredentialsPageId,     // 2: sign in, keep the secret in the keychain
        CloudResourcesPageId,  // 3: region, flavor, base image, networks
        SshKeyPageId,          // 4: the key the servers will trust
        FirstDockerHostPageId, // 5: boot, trust, Docker
        TomcatImagePageId,     // 6: Dockerfile, WAR, build and try
        SnapshotPageId,        // 7: image of the first host
        NginxHostPageId,       // 8: boot, trust, nginx
        MoreHostsPageId,       // 9: hosts from the snapshot, containers, nginx's backends
        CheckPageId,           // 10: requests through nginx
        DonePageId,            // 11: topology, configuration, where things are
        ResumePageId,          // the start when a setup stopped before it was done (or to show a finished one)
    };
    Q_ENUM(PageId)

    explicit FirstRunWizard(QWidget *parent = nullptr);
    explicit FirstRunWizard(const WizardEnvironment &environment, QWidget *parent = nullptr);

    WizardState *state() const { return m_state; }
    // Whether the default fleet record holds a setup that has not finished (the app offers to resume it).
    static bool hasUnfinishedSetup(const QString &recordPath = QString());

    // Asks, then deletes what the fleet record lists (as the "Remove what was created" button does).
    void removeCreated();
    bool isRemoving() const { return m_removing; }

public Q_SLOTS:
    // Cancel: a run under way is stopped after its current step first (a second Cancel closes at once).
    void reject() override;

Q_SIGNALS:
    // The removal ended: everything the record listed is gone (ok) or it failed (said in a message box).
    void removalFinished(bool removed);

private:
    void updateRemoveButton();
    void startRemoval();

    WizardState *m_state;
    bool m_closing = false;
    bool m_removing = false;
};

} // namespace quayside
