#pragma once

#include "cloud/CloudAccount.h"
#include "cloud/CloudAccountStore.h"
#include "cloud/NovaClient.h"
#include "core/Fleet.h"
#include "core/Result.h"
#include "provision/FleetSession.h"
#include "secrets/SecretStore.h"
#include "ssh/SshKey.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QSettings;

namespace quayside {

class SshKeyPassphrases;

// What the wizard works with, so that tests can give it a private keychain, settings file and folders.
// Anything left empty or null is the real thing: the system keychain, Quayside's QSettings, the sandbox's
// default data folder, ~/.ssh and Quayside's shared data folder.
struct WizardEnvironment
{
    QNetworkAccessManager *network = nullptr;
    SecretStore *secrets = nullptr;
    CloudAccountStore *accounts = nullptr;
    QString sandboxFolder; // where quayside-sandbox keeps clouds.yaml and secure.yaml
    QString sshFolder;     // the user's keys, offered on the SSH key page
    QString keyFolder;     // where a key made by the wizard is written (fleet_ed25519, as quaysidectl's)
    QString recordPath;    // the fleet record the wizard builds (FleetFile::defaultPath(), as quaysidectl's)
    QString aptSource;     // one "deb ..." line the Tomcat image installs its packages from (a local mirror)
};

// What the pages of the setup wizard decide, shared by all of them: each page writes its part once its
// check passed, and the pages after it read it. The plan pages (5-11) work through fleetSession(), which
// openFleet() makes from what pages 1-4 chose, or from the fleet record a setup that stopped left behind
// (the wizard then resumes there, and pages 1-4 are not shown).
//
// The account's secret is held here only until the keychain has it (secretPending()); the CloudSession keeps
// its own copy for signing in again, and both are wiped when they go.
class WizardState : public QObject
{
    Q_OBJECT

public:
    enum class CloudKind { Rackspace, OpenStack, Sandbox };
    Q_ENUM(CloudKind)

    // The id fleet records give the sandbox cloud, as quaysidectl's (FleetSession's): not a valid account id,
    // so it never names an account of the user's.
    static QString sandboxAccountId();
    // quayside-sandbox's data folder when none is given (as quaysidectl's --sandbox-data default).
    static QString defaultSandboxFolder();
    // Where the wizard writes the key it makes: <shared data>/fleet_ed25519, the key quaysidectl up makes too.
    static QString generatedKeyName() { return QStringLiteral("fleet_ed25519"); }

    explicit WizardState(const WizardEnvironment &environment, QObject *parent = nullptr);
    ~WizardState() override;

    QNetworkAccessManager *network() const { return m_network; }
    SecretStore *secrets() const { return m_secrets; }
    CloudAccountStore *accounts() const { return m_accounts; }
    SshKeyPassphrases *passphrases() const { return m_passphrases; }
    QString sandboxFolder() const { return m_sandboxFolder; }
    QString sshFolder() const { return m_sshFolder; }
    QString keyFolder() const { return m_keyFolder; }
    QString recordPath() const { return m_recordPath; }
    // The name the wizard gives the fleet (the prefix of its servers' names), as quaysidectl up's default.
    static QString fleetName() { return QStringLiteral("quayside"); }

    // Page 1.
    CloudKind cloudKind() const { return m_kind; }
    void setCloudKind(CloudKind kind);
    // The sandbox's account and password as its data folder holds them (clouds.yaml + secure.yaml).
    Result<std::pair<CloudAccount, QByteArray>> readSandboxCredentials() const;

    // Page 2. The account as checked against the cloud, and a session signed in with it. setAccount drops
    // the previous session.
    const CloudAccount &account() const { return m_account; }
    void setAccount(const CloudAccount &account, const QByteArray &secret);
    QByteArray secret() const { return m_secret; }
    bool secretPending() const { return !m_secret.isEmpty(); }
    // The account is in the store and its secret in the keychain; the copy here is wiped.
    void setAccountStored();
    bool isAccountStored() const { return m_accountStored; }
    CloudSession *session() const { return m_session; }
    NovaClient *nova() const { return m_nova; }

    // Page 3.
    QString region() const { return m_region; }
    QString flavorId() const { return m_flavorId; }
    QString imageId() const { return m_imageId; }
    // Network uuids for NovaServerSpec::networks; empty: the cloud's default.
    QStringList networks() const { return m_networks; }
    // Also points session() at the region.
    void setCloudResources(const QString &region, const QString &flavorId, const QString &imageId,
                           const QStringList &networks);

    // Page 4: the private key (opened, passphrase already applied) and its file.
    QString sshKeyPath() const { return m_sshKeyPath; }
    SshKey sshKey() const { return m_sshKey; }
    void setSshKey(const QString &path, const SshKey &key);

    // A fleet record with what the wizard chose (account, region, flavor, base image), for the plan pages
    // to name and size.
    Fleet fleetTemplate() const;

    // The record at recordPath(): a setup under way or done. NotFound when there is none.
    Result<Fleet> savedFleet() const;
    // The session the plan pages run, once openFleet() made it; null before.
    FleetSession *fleetSession() const { return m_fleetSession; }
    // Makes (prepareFleet) and opens fleetSession(): over the saved record when there is one (its cloud's secret from
    // the keychain, or the sandbox's folder), else over fleetTemplate(); the SSH key is the one page 4 chose or the one
    // the record names. Calls `done` once unless `context` is gone; an open session is kept.
    void openFleet(QObject *context, std::function<void(const Result<void> &)> done);
    // Makes fleetSession() without opening it (enough to take the recorded fleet down, even when its SSH key is
    // gone). Calls `done` once unless `context` is gone.
    void prepareFleet(QObject *context, std::function<void(const Result<void> &)> done);
    // Drops fleetSession() (after the fleet was taken down), so that a new setup starts from page 1.
    void closeFleet();

Q_SIGNALS:
    void changed();

private:
    QPointer<QNetworkAccessManager> m_network;
    QPointer<SecretStore> m_secrets;
    QPointer<CloudAccountStore> m_accounts;
    std::unique_ptr<QSettings> m_settings;
    SshKeyPassphrases *m_passphrases = nullptr;
    QString m_sandboxFolder;
    QString m_sshFolder;
    QString m_keyFolder;
    QString m_recordPath;
    QString m_aptSource;

    CloudKind m_kind = CloudKind::Sandbox;
    CloudAccount m_account;
    QByteArray m_secret;
    bool m_accountStored = false;
    QPointer<CloudSession> m_session;
    QPointer<NovaClient> m_nova;
    QString m_region;
    QString m_flavorId;
    QString m_imageId;
    QStringList m_networks;
    QString m_sshKeyPath;
    SshKey m_sshKey;
    QPointer<FleetSession> m_fleetSession;
    Fleet m_newFleet; // what a new fleet's session opens with
};

} // namespace quayside
