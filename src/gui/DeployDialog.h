#pragma once

#include "nginx/BalancerConfig.h"
#include "provision/NginxDeployer.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshKey.h"
#include "ssh/SshTypes.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class DeployDialog;
}

namespace quayside {

class SecretStore;
class SshKeyPassphrases;
class SshSession;

// Puts the load balancer in service on an nginx host over SSH with NginxDeployer, and shows the versions
// kept there: compare two, roll back, restore one.
//
// Nothing here blocks the GUI thread: the key is read on a pool thread, SSH works on the session's own
// thread, and every answer arrives through a callback that is dropped once the dialog (or the connection it
// was for) is gone. An unknown host key is shown with its fingerprint and how to check it, and only that
// exact key is trusted when the user says so; a changed host key is refused. Questions (the host key, a
// key's passphrase) are panels inside the dialog and confirmations are window-modal message boxes opened
// with open(), never nested event loops. Closing while busy drops the connection: a deployment the host
// has started finishes there by itself.
class DeployDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeployDialog(QWidget *parent = nullptr);
    ~DeployDialog() override;

    // The balancer to deploy. Without a valid one the dialog still connects, compares versions and rolls
    // back; `problem` says why Deploy is off.
    void setConfig(const BalancerConfig &config);
    void setConfigProblem(const QString &problem);
    const std::optional<BalancerConfig> &config() const { return m_config; }
    // Quayside's known_hosts (KnownHosts::defaultPath() unless set).
    void setKnownHostsPath(const QString &path);
    // Where passphrases are kept when the user agrees (the system keychain unless set; null: never kept).
    void setSecretStore(SecretStore *secrets);

    // The layout on the host as the Advanced fields give it.
    NginxDeployTarget deployTarget() const;
    bool isBusy() const { return m_busy; }
    bool isConnected() const { return m_deployer != nullptr; }
    // The versions as last listed, oldest first.
    QList<DeployedVersion> versions() const { return m_versions; }
    // The last outcome shown: "Version 3 is in service." or the error.
    QString resultText() const;
    bool resultIsError() const { return m_resultIsError; }

public Q_SLOTS:
    void connectToBalancer();
    void deploy();
    // Both ask for confirmation first.
    void rollBack();
    void restoreSelected();

Q_SIGNALS:
    void busyChanged(bool busy);
    // The host key panel or the passphrase panel is showing.
    void questionAsked();
    void diffShown();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Question { None, HostKey, Passphrase };

    void loadSettings();
    void saveSettings() const;
    void chooseKeyFile();
    void dropConnection();
    Result<SshTarget> destination() const;
    void keyLoaded(const Result<SshKey> &key);
    void openSession(const HostKeyPolicy &policy);
    void sessionFailed(const Error &error, const HostKeyCheck &check, bool askedAlready);
    void askHostKey(const QString &fingerprint);
    void askPassphrase(const QString &why);
    void unlockKey();
    void trustHostKey();
    void cancelQuestion();
    void showQuestion(Question question);
    void confirm(const QString &title, const QString &text, const QString &action, std::function<void()> then);
    void runVersionChange(const QString &what,
                          const std::function<void(NginxDeployer::Callback<DeployedVersion>)> &run);
    void finishVersionChange(const Result<DeployedVersion> &result, int previousCurrent);
    void refreshVersions(const std::function<void()> &then);
    void fillVersions();
    void selectionChanged();
    void showDiff(int from, int to, const Result<QString> &diff);
    void appendLog(const QString &line);
    void setBusy(bool busy, const QString &what = QString());
    void showResult(const QString &text, bool error);
    void updateButtons();
    int currentVersion() const;

    std::unique_ptr<Ui::DeployDialog> m_ui;
    std::optional<BalancerConfig> m_config;
    QString m_configProblem;
    QString m_knownHostsPath;
    QPointer<SecretStore> m_secrets;
    SshKeyPassphrases *m_passphrases = nullptr;
    // Parent and callback context of the session, its shell and the deployer: deleting it drops the
    // connection and every answer still due for it.
    QPointer<QObject> m_link;
    QPointer<SshSession> m_session;
    QPointer<NginxDeployer> m_deployer;
    SshKey m_key; // read for the connection being made, kept for a reconnect after the host key question
    QString m_offeredFingerprint;
    Question m_question = Question::None;
    QList<DeployedVersion> m_versions;
    int m_diffRequest = 0;
    bool m_busy = false;
    bool m_resultIsError = false;
};

} // namespace quayside
