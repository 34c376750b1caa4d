#pragma once

#include "cloud/CloudAccountImport.h"
#include "gui/wizard/WizardPage.h"

#include <memory>

namespace Ui {
class CredentialsPage;
}

namespace quayside {

// Page 2: the fields the chosen cloud needs (Rackspace: user and API key; OpenStack: identity URL, user,
// password or application credential, project, domains, region, or an imported clouds.yaml / openrc file;
// the sandbox: nothing to type). Next signs in; a refusal says whether the address, the user and secret, or
// the project was wrong. On success the account is saved (CloudAccountStore) with its secret in the keychain;
// the sandbox's password stays in the sandbox's own folder, as quaysidectl reads it.
class CredentialsPage : public WizardPage
{
    Q_OBJECT

public:
    explicit CredentialsPage(WizardState *state, QWidget *parent = nullptr);
    ~CredentialsPage() override;

    void initializePage() override;
    // Fills the OpenStack form from a clouds.yaml (.yaml/.yml) or openrc file; false with the reason in the
    // status line when nothing could be imported.
    bool importFile(const QString &path);
    // The account the fields describe, and its secret.
    CloudAccount accountFromForm() const;
    QByteArray secretFromForm() const;

protected:
    bool isInputComplete() const override;
    void startCheck() override;

private:
    void showPanel(QWidget *panel);
    void chooseImportFile();
    void fillFromImport(int index);
    void methodChanged();
    void storeAccount(const CloudAccount &account, const QString &userName);
    void explainRefusal(const CloudAccount &account, const QByteArray &secret, const Error &error);
    QString accountId(const QString &displayName) const;
    QString defaultName() const;

    std::unique_ptr<Ui::CredentialsPage> m_ui;
    QList<ImportedAccount> m_imported;
    // The imported account the form started from: its ids (project, user, domains) count for as long as the
    // matching name fields keep the imported names.
    CloudAccount m_importBase;
    bool m_hasImportBase = false;
    // The id the account was saved under in this run of the wizard: going back and changing the fields
    // updates that account rather than adding another.
    QString m_storedId;
};

} // namespace quayside
