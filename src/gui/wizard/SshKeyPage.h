#pragma once

#include "gui/wizard/WizardPage.h"
#include "ssh/SshKey.h"

#include <memory>

namespace Ui {
class SshKeyPage;
}

namespace quayside {

// Page 4: the SSH key the fleet's servers will trust. Either Quayside makes one (Ed25519, written 0600 as
// fleet_ed25519 in its data folder, the key quaysidectl up makes too; one made earlier is used again, never
// overwritten), or the user picks one of theirs from ~/.ssh (or any file). An encrypted key is opened with
// the passphrase kept in the keychain, else with the one typed here, which is kept if the user asks to.
// Keys are made, read and written on pool threads.
class SshKeyPage : public WizardPage
{
    Q_OBJECT

public:
    explicit SshKeyPage(WizardState *state, QWidget *parent = nullptr);
    ~SshKeyPage() override;

    void initializePage() override;

    QString generatedKeyPath() const;
    // The key files listed (private key paths), and the one selected.
    QStringList listedKeys() const;
    void selectKey(const QString &privateKeyPath);
    // Adds a key file to the list and selects it.
    void addKeyFile(const QString &privateKeyPath);
    bool isPassphraseShown() const;

protected:
    bool isInputComplete() const override;
    void startCheck() override;

private:
    void listKeys();
    void modeChanged();
    void chooseKeyFile();
    QString selectedKey() const;
    void generate();
    void open(const QString &path);
    void finishWith(const QString &path, const Result<SshKey> &key, const QString &message);

    std::unique_ptr<Ui::SshKeyPage> m_ui;
};

} // namespace quayside
