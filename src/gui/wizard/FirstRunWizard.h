#pragma once

#include "gui/wizard/WizardState.h"

#include <QWizard>

namespace quayside {

// The guided first-time setup. Each page is one step of building the fleet; the pages share what they
// decided through state(). Every page checks its input asynchronously before the wizard moves on
// (WizardPage), so the window never freezes.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    // QWizard goes from page to page in the order of these ids.
    enum PageId {
        WelcomePageId,        // 1: what will be built, which cloud
        CredentialsPageId,    // 2: sign in, keep the secret in the keychain
        CloudResourcesPageId, // 3: region, flavor, base image, networks
        SshKeyPageId,         // 4: the key the servers will trust
        // The plan's pages (5 first Docker host, 6 Tomcat image, 7 snapshot, 8 nginx host, 9 more Docker
        // hosts, 10 check, 11 done) get their ids here, in this order, and are added with setPage() in the
        // constructor. Until then the wizard ends with Finish on the SSH key page.
    };
    Q_ENUM(PageId)

    explicit FirstRunWizard(QWidget *parent = nullptr);
    explicit FirstRunWizard(const WizardEnvironment &environment, QWidget *parent = nullptr);

    WizardState *state() const { return m_state; }

private:
    WizardState *m_state;
};

} // namespace quayside
