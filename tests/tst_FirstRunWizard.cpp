// The setup wizard's pages 1-4 driven offscreen as a user would (fields typed, buttons clicked) against the
// sandbox cloud in-process (SandboxServer over the in-memory backend, with the credentials it writes) and the
// OpenStack / Rackspace emulator, with a real keychain (gnome-keyring on a private bus). Every page is saved
// as a 1280x800 screenshot in the build folder (screenshots/wizard-*.png) for review.
#include "Await.h"
#include "CloudEmulator.h"
#include "InProcessSandbox.h"
#include "TestSecretService.h"

#include "cli/FleetCommands.h"
#include "cloud/CloudAccountStore.h"
#include "cloud/CloudSession.h"
#include "cloud/NovaClient.h"
#include "cloud/NovaTypes.h"
#include "gui/widgets/FleetRunView.h"
#include "gui/widgets/SvgPicture.h"
#include "gui/wizard/CloudResourcesPage.h"
#include "gui/wizard/CredentialsPage.h"
#include "gui/wizard/FirstRunWizard.h"
#include "gui/wizard/FleetPages.h"
#include "gui/wizard/PlanPage.h"
#include "gui/wizard/SshKeyPage.h"
#include "gui/wizard/WelcomePage.h"
#include "gui/wizard/WizardStatus.h"
#include "sandbox/InMemorySandboxBackend.h"
#include "sandbox/SandboxCredentials.h"
#include "sandbox/SandboxServer.h"
#include "secrets/KeychainSecretStore.h"
#include "ssh/SshKeyPassphrases.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using quayside::test::await;
using quayside::test::CloudEmulator;

class tst_FirstRunWizard : public QObject
{
    Q_OBJECT

private:
    // One wizard with its own account index, key folders and network, over the test's keychain.
    struct Run
    {
        QNetworkAccessManager network;
        std::unique_ptr<CloudAccountStore> accounts;
        std::unique_ptr<FirstRunWizard> wizard;
    };

    // `recordPath`: the fleet record the plan pages write (a new one for each run unless given).
    std::unique_ptr<Run> start(const QString &sandboxFolder = {}, const QString &recordPath = {})
    {
        ++m_runs;
        auto run = std::make_unique<Run>();
        run->accounts = std::make_unique<CloudAccountStore>(
            m_dir.filePath(QStringLiteral("accounts-%1.ini").arg(m_runs)), m_secrets.get());
        WizardEnvironment environment;
        environment.network = &run->network;
        environment.secrets = m_secrets.get();
        environment.accounts = run->accounts.get();
        environment.sandboxFolder = sandboxFolder.isEmpty() ? sandboxData() : sandboxFolder;
        environment.sshFolder = m_dir.filePath(QStringLiteral("home/.ssh"));
        environment.keyFolder = m_dir.filePath(QStringLiteral("data-%1").arg(m_runs));
        environment.recordPath =
            recordPath.isEmpty() ? m_dir.filePath(QStringLiteral("fleet-%1.json").arg(m_runs)) : recordPath;
        run->wizard = std::make_unique<FirstRunWizard>(environment);
        run->wizard->resize(1280, 800);
        run->wizard->show();
        if (!QTest::qWaitForWindowExposed(run->wizard.get()))
            return nullptr;
        return run;
    }

    QString sandboxData() const { return m_dir.filePath(QStringLiteral("sandbox")); }

    template<typename T>
    static T *child(QWizard *wizard, const char *name)
    {
        T *found = wizard->currentPage()->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s on the page", name);
        return found;
    }

    static void type(QWizard *wizard, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(wizard, name);
        QVERIFY(edit);
        edit->clear();
        edit->setFocus();
        QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
    }

    static void saveScreenshot(QWizard *wizard, const QString &name)
    {
        const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(wizard->size(), QSize(1280, 800));
        QVERIFY(wizard->grab().save(dir + QStringLiteral("/wizard-") + name + QStringLiteral(".png")));
    }

    static WizardStatus *statusOf(QWizard *wizard)
    {
        return wizard->currentPage()->findChild<WizardStatus *>(QStringLiteral("status"));
    }

    // Presses Next (or Finish), which must be enabled, and checks that the page is busy at once (Next off)
    // when it checks asynchronously.
    static void pressNext(QWizard *wizard, bool expectBusy = true)
    {
        QAbstractButton *button = wizard->button(wizard->currentPage()->isCommitPage() ? QWizard::CommitButton
                                                 : wizard->nextId() == -1              ? QWizard::FinishButton
                                                                                       : QWizard::NextButton);
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        const int before = wizard->currentId();
        button->click();
        if (expectBusy && wizard->currentId() == before) {
            auto *page = qobject_cast<WizardPage *>(wizard->currentPage());
            QVERIFY(page);
            if (page->isBusy()) {
                QVERIFY(!button->isEnabled());
                QCOMPARE(statusOf(wizard)->state(), WizardStatus::State::Busy);
            }
        }
    }

    static void waitForPage(QWizard *wizard, int id)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(wizard->currentId() == id,
                                  qPrintable(QStringLiteral("still on page %1: %2")
                                                 .arg(wizard->currentId())
                                                 .arg(statusOf(wizard) ? statusOf(wizard)->text() : QString())),
                                  20000);
    }

    static void chooseCloud(QWizard *wizard, const char *radio)
    {
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::WelcomePageId));
        auto *button = child<QRadioButton>(wizard, radio);
        QVERIFY(button);
        button->click();
        QVERIFY(button->isChecked());
    }

    static void waitForLists(QWizard *wizard)
    {
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::CloudResourcesPageId));
        auto *page = qobject_cast<WizardPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        QVERIFY2(child<QComboBox>(wizard, "imageCombo")->count() > 0, qPrintable(statusOf(wizard)->text()));
    }

    static QString currentData(QWizard *wizard, const char *combo)
    {
        return child<QComboBox>(wizard, combo)->currentData().toString();
    }

    // Pages 1-3 with the sandbox and what they propose, up to the SSH key page.
    static void throughSandboxPages(QWizard *wizard)
    {
        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::CredentialsPageId);
        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::CloudResourcesPageId);
        waitForLists(wizard);
        pressNext(wizard, false);
        waitForPage(wizard, FirstRunWizard::SshKeyPageId);
    }

    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        return server.serverPort(); // closed again when the server goes
    }

    void makeKey(const QString &path, const QByteArray &passphrase, const QString &comment)
    {
        const auto key = SshKey::generate(SshKey::Algorithm::Ed25519, comment);
        VERIFY_OK(key);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        VERIFY_OK(key.value().writePrivateKeyFile(path, passphrase));
        VERIFY_OK(key.value().writePublicKeyFile(path + QStringLiteral(".pub")));
    }

    void fillOpenStack(QWizard *wizard, const QString &authUrl, const QString &password, const QString &project)
    {
        type(wizard, "authUrlEdit", authUrl);
        type(wizard, "userEdit", QStringLiteral("alice"));
        type(wizard, "secretEdit", password);
        type(wizard, "projectEdit", project);
    }

    QTemporaryDir m_dir;
    quayside::test::TestSecretService m_keyring;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<InMemorySandboxBackend> m_backend;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<CloudEmulator> m_openStack;
    std::unique_ptr<CloudEmulator> m_rackspace;
    QString m_ubuntuLts;
    QString m_rackspaceDebian;
    int m_runs = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        m_secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("quayside-test-wizard"));

        m_backend = std::make_unique<InMemorySandboxBackend>();
        SandboxIdentity identity;
        identity.password = "wizard sandbox password";
        m_sandbox = std::make_unique<SandboxServer>(m_backend.get(), identity);
        QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
        VERIFY_OK(SandboxCredentials::write(sandboxData(), m_sandbox->authUrl(), identity));

        m_openStack = std::make_unique<CloudEmulator>(CloudEmulator::Profile::OpenStack);
        QVERIFY2(m_openStack->start(), qPrintable(m_openStack->errorString()));
        CloudEmulator::User alice;
        alice.name = QStringLiteral("alice");
        alice.password = QStringLiteral("alice's password");
        alice.projectName = QStringLiteral("web");
        m_openStack->addUser(alice);
        m_openStack->addImage(QStringLiteral("Ubuntu 20.04 LTS"));
        m_ubuntuLts = m_openStack->addImage(QStringLiteral("Ubuntu 22.04 LTS (Jammy Jellyfish)"));
        m_openStack->addImage(QStringLiteral("Ubuntu 23.10"));

        m_rackspace = std::make_unique<CloudEmulator>(CloudEmulator::Profile::Rackspace);
        QVERIFY2(m_rackspace->start(), qPrintable(m_rackspace->errorString()));
        CloudEmulator::User bob;
        bob.name = QStringLiteral("bob");
        bob.apiKey = QStringLiteral("0123456789abcdef0123456789abcdef");
        bob.defaultRegion = QStringLiteral("IAD");
        m_rackspace->addUser(bob);
        m_rackspace->addFlavor(QStringLiteral("general1-1"), QStringLiteral("1 GB General Purpose v1"), 1024, 20, 1);
        m_rackspace->addFlavor(QStringLiteral("compute1-4"), QStringLiteral("3.75 GB Compute v1"), 3840, 0, 2);
        m_rackspace->addFlavor(QStringLiteral("general1-half"), QStringLiteral("512 MB General Purpose"), 512, 20, 1);
        m_rackspace->addImage(QStringLiteral("Ubuntu 22.04 LTS (Jammy Jellyfish) (PVHVM)"));
        m_rackspace->addImage(QStringLiteral("Debian 11 (Bullseye) (PVHVM)"));
        m_rackspaceDebian = m_rackspace->addImage(QStringLiteral("Debian 12 (Bookworm) (PVHVM)"));
    }

    void sandboxHappyPath()
    {
        auto run = start();
        QVERIFY(run);
        FirstRunWizard *wizard = run->wizard.get();
        QVERIFY(child<SvgPicture>(wizard, "architecturePicture")->isValid());
        QVERIFY(child<QRadioButton>(wizard, "sandboxRadio")->isChecked());
        saveScreenshot(wizard, QStringLiteral("1-welcome"));

        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::CredentialsPageId);
        QCOMPARE(wizard->state()->cloudKind(), WizardState::CloudKind::Sandbox);
        QCOMPARE(child<QLabel>(wizard, "sandboxUrlLabel")->text(), m_sandbox->authUrl().toDisplayString());
        QVERIFY(!child<QWidget>(wizard, "nameRow")->isVisible());
        saveScreenshot(wizard, QStringLiteral("2-credentials-sandbox"));

        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::CloudResourcesPageId);
        waitForLists(wizard);
        QCOMPARE(currentData(wizard, "regionCombo"), SandboxServer::region());
        QCOMPARE(currentData(wizard, "flavorCombo"), QStringLiteral("1")); // sandbox.small: 1 GiB, 10 GB disk
        QCOMPARE(currentData(wizard, "imageCombo"), SandboxBackend::baseImageId());
        QVERIFY(!child<QCheckBox>(wizard, "serviceNetCheck")->isVisible());
        QVERIFY(child<QLabel>(wizard, "defaultNetworkLabel")->isVisible());
        saveScreenshot(wizard, QStringLiteral("3-resources-sandbox"));

        pressNext(wizard, false);
        waitForPage(wizard, FirstRunWizard::SshKeyPageId);
        QVERIFY(child<QRadioButton>(wizard, "generateRadio")->isChecked());
        QVERIFY(wizard->button(QWizard::CommitButton)->isVisible());
        saveScreenshot(wizard, QStringLiteral("4-ssh-key-generate"));

        // "Start building" goes on to the first plan page.
        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::FirstDockerHostPageId);

        // What the plan pages will start from.
        const WizardState *state = wizard->state();
        QCOMPARE(state->account().id, cli::FleetCommands::sandboxAccountId());
        QCOMPARE(state->account().authUrl, m_sandbox->authUrl());
        QVERIFY(!state->isAccountStored()); // the sandbox's password stays in its own folder
        QVERIFY(run->accounts->accounts().isEmpty());
        const Fleet fleet = state->fleetTemplate();
        QCOMPARE(fleet.cloudAccountId, cli::FleetCommands::sandboxAccountId());
        QCOMPARE(fleet.region, SandboxServer::region());
        QCOMPARE(fleet.flavorId, QStringLiteral("1"));
        QCOMPARE(fleet.baseImageId, SandboxBackend::baseImageId());
        QVERIFY(state->networks().isEmpty());
        // The generated key: 0600, its public half beside it, and the one in memory.
        const QString keyPath = QDir(state->keyFolder()).filePath(QStringLiteral("fleet_ed25519"));
        QCOMPARE(state->sshKeyPath(), keyPath);
        QVERIFY(state->sshKey().isPrivate());
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                          QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(keyPath) & (others | QFile::ExeOwner), QFile::Permissions());
        QVERIFY(QFile::permissions(keyPath) & QFile::ReadOwner);
        const auto onDisk = SshKey::fromPublicKeyFile(keyPath + QStringLiteral(".pub"));
        VERIFY_OK(onDisk);
        QVERIFY(onDisk.value().hasSamePublicKey(state->sshKey()));
        QCOMPARE(state->sshKey().typeName(), QStringLiteral("ssh-ed25519"));
    }

    void sandboxNotRunning_data()
    {
        QTest::addColumn<bool>("hasCredentials");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stopped") << true << QStringLiteral("The sandbox is not running");
        QTest::newRow("never started") << false << QStringLiteral("has not run on this computer yet");
    }

    void sandboxNotRunning()
    {
        QFETCH(bool, hasCredentials);
        QFETCH(QString, expected);
        const QString folder = m_dir.filePath(QStringLiteral("stopped-sandbox-%1").arg(m_runs));
        if (hasCredentials) {
            SandboxIdentity identity;
            identity.password = "stopped";
            const QUrl url(QStringLiteral("http://127.0.0.1:%1/identity/v3").arg(closedPort()));
            VERIFY_OK(SandboxCredentials::write(folder, url, identity));
        }
        auto run = start(folder);
        QVERIFY(run);
        FirstRunWizard *wizard = run->wizard.get();
        pressNext(wizard);
        WizardStatus *status = statusOf(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(status->state(), WizardStatus::State::Error, 20000);
        QVERIFY2(status->text().contains(expected), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("quayside-sandbox")), qPrintable(status->text()));
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::WelcomePageId));
        // Starting the sandbox and pressing Next again must be possible.
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        if (hasCredentials)
            saveScreenshot(wizard, QStringLiteral("1-welcome-sandbox-not-running"));
    }

    void openStackHappyPath()
    {
        auto run = start();
        QVERIFY(run);
        FirstRunWizard *wizard = run->wizard.get();
        chooseCloud(wizard, "openStackRadio");
        pressNext(wizard, false);
        waitForPage(wizard, FirstRunWizard::CredentialsPageId);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // nothing typed yet
        fillOpenStack(wizard, m_openStack->identityV3Url().toString(), QStringLiteral("alice's password"),
                      QStringLiteral("web"));
        type(wizard, "nameEdit", QStringLiteral("Example Cloud"));
        saveScreenshot(wizard, QStringLiteral("2-credentials-openstack"));

        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::CloudResourcesPageId);
        // Saved: the index has the account, the keychain its password, and the wizard no copy of it.
        const QList<CloudAccount> accounts = run->accounts->accounts();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().displayName, QStringLiteral("Example Cloud"));
        QCOMPARE(accounts.first().id, QStringLiteral("example-cloud"));
        QCOMPARE(accounts.first().method, CloudAuthMethod::KeystoneV3Password);
        QCOMPARE(accounts.first().projectName, QStringLiteral("web"));
        QVERIFY(wizard->state()->isAccountStored());
        QVERIFY(!wizard->state()->secretPending());
        const auto secret =
            await<QByteArray>([&](auto done) { run->accounts->secret(QStringLiteral("example-cloud"), this, done); });
        VERIFY_OK(secret);
        QCOMPARE(secret.value(), QByteArray("alice's password"));
        QVERIFY(!QFile(m_dir.filePath(QStringLiteral("accounts-%1.ini").arg(m_runs))).readAll().contains("alice's"));

        waitForLists(wizard);
        QCOMPARE(currentData(wizard, "flavorCombo"), QStringLiteral("2")); // m1.small: the smallest with >= 1 GiB
        QCOMPARE(currentData(wizard, "imageCombo"), m_ubuntuLts);          // no Debian: the newest Ubuntu LTS
        QVERIFY(!child<QComboBox>(wizard, "regionCombo")->currentText().isEmpty());
        saveScreenshot(wizard, QStringLiteral("3-resources-openstack"));
        pressNext(wizard, false);
        waitForPage(wizard, FirstRunWizard::SshKeyPageId);
        QCOMPARE(wizard->state()->flavorId(), QStringLiteral("2"));
        QCOMPARE(wizard->state()->imageId(), m_ubuntuLts);
        QVERIFY(wizard->state()->networks().isEmpty());

        // Back to the credentials and forward again: the same account is updated, not a second one added.
        wizard->back();
        wizard->back();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::CredentialsPageId));
        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::CloudResourcesPageId);
        QCOMPARE(run->accounts->accounts().size(), 1);
        // The new session works in the region chosen, and the plan pages can use it at once.
        pressNext(wizard, false);
        waitForPage(wizard, FirstRunWizard::SshKeyPageId);
        QCOMPARE(wizard->state()->session()->region(), wizard->state()->region());
        const auto flavors = await<QList<NovaFlavor>>([&](auto done) { wizard->state()->nova()->flavors(this, done); });
        VERIFY_OK(flavors);
        QVERIFY(!flavors.value().isEmpty());
    }

    void refusedCredentials_data()
    {
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("address"); // "emulator", "closed" or a path on the emulator
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("focused");
        QTest::addColumn<bool>("inputRefused");
        const QString password = QStringLiteral("alice's password");
        const QString project = QStringLiteral("web");
        QTest::newRow("wrong password") << QStringLiteral("openstack") << QStringLiteral("emulator")
                                        << QStringLiteral("not it") << project
                                        << QStringLiteral("The user name or the password is wrong")
                                        << QStringLiteral("secretEdit") << true;
        QTest::newRow("wrong project") << QStringLiteral("openstack") << QStringLiteral("emulator") << password
                                       << QStringLiteral("nope") << QStringLiteral("The project is wrong")
                                       << QStringLiteral("projectEdit") << true;
        QTest::newRow("unreachable") << QStringLiteral("openstack") << QStringLiteral("closed") << password << project
                                     << QStringLiteral("The address is wrong or unreachable")
                                     << QStringLiteral("authUrlEdit") << false;
        QTest::newRow("not keystone") << QStringLiteral("openstack") << QStringLiteral("/nothing/here/v3") << password
                                      << project << QStringLiteral("does not answer like an OpenStack identity")
                                      << QStringLiteral("authUrlEdit") << true;
        QTest::newRow("wrong API key") << QStringLiteral("rackspace") << QStringLiteral("emulator")
                                       << QStringLiteral("ffffffffffffffffffffffffffffffff") << QString()
                                       << QStringLiteral("The user name or the API key is wrong")
                                       << QStringLiteral("rackspaceApiKeyEdit") << true;
    }

    void refusedCredentials()
    {
        QFETCH(QString, cloud);
        QFETCH(QString, address);
        QFETCH(QString, secret);
        QFETCH(QString, project);
        QFETCH(QString, expected);
        QFETCH(QString, focused);
        QFETCH(bool, inputRefused);
        auto run = start();
        QVERIFY(run);
        FirstRunWizard *wizard = run->wizard.get();
        const bool rackspace = cloud == QLatin1String("rackspace");
        chooseCloud(wizard, rackspace ? "rackspaceRadio" : "openStackRadio");
        pressNext(wizard, false);
        waitForPage(wizard, FirstRunWizard::CredentialsPageId);
        QString url;
        if (address == QLatin1String("emulator"))
            url = (rackspace ? m_rackspace->identityV2Url() : m_openStack->identityV3Url()).toString();
        else if (address == QLatin1String("closed"))
            url = QStringLiteral("http://127.0.0.1:%1/v3").arg(closedPort());
        else
            url = m_openStack->baseUrl().toString() + address;
        if (rackspace) {
            type(wizard, "rackspaceUserEdit", QStringLiteral("bob"));
            type(wizard, "rackspaceApiKeyEdit", secret);
            auto *identity = child<QComboBox>(wizard, "rackspaceIdentityCombo");
            identity->setEditText(url);
        } else {
            fillOpenStack(wizard, url, secret, project);
        }
        pressNext(wizard);
        WizardStatus *status = statusOf(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(status->state(), WizardStatus::State::Error, 40000);
        QVERIFY2(status->text().contains(expected), qPrintable(status->text()));
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::CredentialsPageId));
        QCOMPARE(QApplication::focusWidget()->objectName(), focused);
        QVERIFY(run->accounts->accounts().isEmpty());
        QVERIFY(!wizard->state()->isAccountStored());
        // Refused input keeps Next off until it changes; a cloud that did not answer may be asked again.
        QCOMPARE(wizard->button(QWizard::NextButton)->isEnabled(), !inputRefused);
        if (qstrcmp(QTest::currentDataTag(), "wrong password") == 0)
            saveScreenshot(wizard, QStringLiteral("2-credentials-wrong-password"));
        if (inputRefused) {
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("x"));
            QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        }
    }

    void rackspaceWithAKeyOfMine()
    {
        const QString ssh = m_dir.filePath(QStringLiteral("home/.ssh"));
        makeKey(ssh + QStringLiteral("/id_ed25519"), {}, QStringLiteral("me@laptop"));
        const QString protectedKey = m_dir.filePath(QStringLiteral("keys/work_key"));
        makeKey(protectedKey, "correct horse", QStringLiteral("me@work"));

        auto run = start();
        QVERIFY(run);
        FirstRunWizard *wizard = run->wizard.get();
        chooseCloud(wizard, "rackspaceRadio");
        pressNext(wizard, false);
        waitForPage(wizard, FirstRunWizard::CredentialsPageId);
        type(wizard, "rackspaceUserEdit", QStringLiteral("bob"));
        type(wizard, "rackspaceApiKeyEdit", QStringLiteral("0123456789abcdef0123456789abcdef"));
        child<QComboBox>(wizard, "rackspaceIdentityCombo")->setEditText(m_rackspace->identityV2Url().toString());
        saveScreenshot(wizard, QStringLiteral("2-credentials-rackspace"));
        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::CloudResourcesPageId);
        QCOMPARE(run->accounts->accounts().size(), 1);
        QCOMPARE(run->accounts->accounts().first().method, CloudAuthMethod::RackspaceApiKey);

        waitForLists(wizard);
        auto *regions = child<QComboBox>(wizard, "regionCombo");
        QStringList offered;
        for (int i = 0; i < regions->count(); ++i)
            offered << regions->itemData(i).toString();
        QCOMPARE(offered, (QStringList{QStringLiteral("DFW"), QStringLiteral("HKG"), QStringLiteral("IAD"),
                                       QStringLiteral("SYD")}));
        QCOMPARE(currentData(wizard, "regionCombo"), QStringLiteral("IAD")); // the user's default region
        QCOMPARE(currentData(wizard, "flavorCombo"), QStringLiteral("general1-1"));
        QCOMPARE(currentData(wizard, "imageCombo"), m_rackspaceDebian);
        // A flavor without a disk of its own is listed but cannot be chosen.
        auto *flavors = child<QComboBox>(wizard, "flavorCombo");
        const int diskless = flavors->findData(QStringLiteral("compute1-4"));
        QVERIFY(diskless >= 0);
        QVERIFY(!(flavors->model()->flags(flavors->model()->index(diskless, 0)) & Qt::ItemIsEnabled));
        QVERIFY(child<QCheckBox>(wizard, "serviceNetCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(wizard, "publicNetCheck")->isEnabled());
        saveScreenshot(wizard, QStringLiteral("3-resources-rackspace"));

        // Another region: the lists come from that region's endpoint.
        m_rackspace->clearRequests();
        regions->setCurrentIndex(regions->findData(QStringLiteral("DFW")));
        Q_EMIT regions->activated(regions->currentIndex());
        waitForLists(wizard);
        QVERIFY(m_rackspace->requestCount("GET", QStringLiteral("^/compute/dfw/public/.*/flavors")) > 0);
        QVERIFY(m_rackspace->requestCount("GET", QStringLiteral("^/compute/dfw/public/.*/images")) > 0);

        child<QCheckBox>(wizard, "serviceNetCheck")->click();
        pressNext(wizard, false);
        waitForPage(wizard, FirstRunWizard::SshKeyPageId);
        QCOMPARE(wizard->state()->region(), QStringLiteral("DFW"));
        QCOMPARE(wizard->state()->networks(), QStringList{rackspacePublicNet()});

        // The key list shows ~/.ssh; another file is added through "Other key file...".
        auto *page = qobject_cast<SshKeyPage *>(wizard->currentPage());
        QVERIFY(page);
        QCOMPARE(page->listedKeys(), QStringList{ssh + QStringLiteral("/id_ed25519")});
        page->addKeyFile(protectedKey);
        QVERIFY(child<QRadioButton>(wizard, "existingRadio")->isChecked());
        QVERIFY(page->isPassphraseShown());
        // Finish without the passphrase: the page asks for it and Finish stays off until it is typed.
        pressNext(wizard);
        WizardStatus *status = statusOf(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(status->state(), WizardStatus::State::Error, 20000);
        QVERIFY2(status->text().contains(QStringLiteral("protected by a passphrase")), qPrintable(status->text()));
        QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("passphraseEdit"));
        type(wizard, "passphraseEdit", QStringLiteral("wrong"));
        pressNext(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("does not open")), 20000);
        type(wizard, "passphraseEdit", QStringLiteral("correct horse"));
        child<QCheckBox>(wizard, "rememberCheck")->setChecked(true);
        saveScreenshot(wizard, QStringLiteral("4-ssh-key-passphrase"));
        // "Start building" goes on to the first plan page.
        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::FirstDockerHostPageId);
        QCOMPARE(wizard->state()->sshKeyPath(), protectedKey);
        QVERIFY(wizard->state()->sshKey().isPrivate());
        QCOMPARE(wizard->state()->sshKey().comment(), QStringLiteral("me@work"));
        // The passphrase went to the keychain, under the key's fingerprint.
        const auto kept = await<QByteArray>([&](auto done) {
            m_secrets->read(SshKeyPassphrases::secretKeyFor(wizard->state()->sshKey().fingerprint()), this, done);
        });
        VERIFY_OK(kept);
        QCOMPARE(kept.value(), QByteArray("correct horse"));
    }

    void keyFromSshFolderAndGeneratedKeyKept()
    {
        const QString ssh = m_dir.filePath(QStringLiteral("home/.ssh"));
        makeKey(ssh + QStringLiteral("/id_ed25519"), {}, QStringLiteral("me@laptop"));
        auto run = start();
        QVERIFY(run);
        FirstRunWizard *wizard = run->wizard.get();
        throughSandboxPages(wizard);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::SshKeyPageId));
        auto *page = qobject_cast<SshKeyPage *>(wizard->currentPage());
        page->selectKey(ssh + QStringLiteral("/id_ed25519"));
        QVERIFY(!page->isPassphraseShown());
        saveScreenshot(wizard, QStringLiteral("4-ssh-key-mine"));
        // "Start building" goes on to the first plan page.
        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::FirstDockerHostPageId);
        QCOMPARE(wizard->state()->sshKeyPath(), ssh + QStringLiteral("/id_ed25519"));
        QCOMPARE(wizard->state()->sshKey().comment(), QStringLiteral("me@laptop"));
        // Nothing was generated.
        QVERIFY(!QFile::exists(QDir(wizard->state()->keyFolder()).filePath(QStringLiteral("fleet_ed25519"))));
    }

    void generatedKeyIsNeverOverwritten()
    {
        auto run = start();
        QVERIFY(run);
        const QString keyPath = QDir(run->wizard->state()->keyFolder()).filePath(QStringLiteral("fleet_ed25519"));
        makeKey(keyPath, {}, QStringLiteral("quayside-fleet"));
        const auto before = SshKey::fromPublicKeyFile(keyPath + QStringLiteral(".pub"));
        VERIFY_OK(before);
        FirstRunWizard *wizard = run->wizard.get();
        throughSandboxPages(wizard);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::SshKeyPageId));
        QVERIFY(child<QRadioButton>(wizard, "generateRadio")->text().contains(QStringLiteral("earlier")));
        // "Start building" goes on to the first plan page.
        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::FirstDockerHostPageId);
        QVERIFY(wizard->state()->sshKey().hasSamePublicKey(before.value()));
    }

    void importCloudsYaml()
    {
        const QString path = m_dir.filePath(QStringLiteral("import/clouds.yaml"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("clouds:\n"
                                  "  lab:\n"
                                  "    auth:\n"
                                  "      auth_url: %1\n"
                                  "      username: alice\n"
                                  "      password: \"alice's password\"\n"
                                  "      project_name: web\n"
                                  "      user_domain_name: Default\n"
                                  "      project_domain_name: Default\n"
                                  "  other:\n"
                                  "    auth:\n"
                                  "      auth_url: https://keystone.example.com/v3\n"
                                  "      username: carol\n"
                                  "      project_name: x\n")
                       .arg(m_openStack->identityV3Url().toString())
                       .toUtf8());
        file.close();
        auto run = start();
        QVERIFY(run);
        FirstRunWizard *wizard = run->wizard.get();
        chooseCloud(wizard, "openStackRadio");
        pressNext(wizard, false);
        waitForPage(wizard, FirstRunWizard::CredentialsPageId);
        auto *page = qobject_cast<CredentialsPage *>(wizard->currentPage());
        QVERIFY(page->importFile(path));
        QVERIFY(child<QComboBox>(wizard, "importedCombo")->isVisible()); // two clouds: the user picks
        QCOMPARE(child<QLineEdit>(wizard, "userEdit")->text(), QStringLiteral("alice"));
        QCOMPARE(child<QLineEdit>(wizard, "nameEdit")->text(), QStringLiteral("lab"));
        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::CloudResourcesPageId);
        QCOMPARE(run->accounts->accounts().size(), 1);
        QCOMPARE(run->accounts->accounts().first().id, QStringLiteral("lab"));
    }

    // Page 5 against the sandbox in-process: the first Docker host goes to ERROR, Retry replaces it; the wizard is
    // destroyed while the page still works, and a new one resumes from the record, listing what was made; then
    // "Remove what was created" deletes it all. (The in-memory servers print no SSH host key, so the page cannot
    // finish here; tst_WizardPlan runs every page against the real sandbox.)
    void serverInErrorRetriedResumedAndRemoved()
    {
        using Phase = FleetPlan::Phase;
        using State = FleetRunView::StepState;
        const QString record = m_dir.filePath(QStringLiteral("fleet-resumed.json"));
        // A sandbox of this test's own: the others leave servers and key pairs in theirs.
        quayside::test::InProcessSandbox sandbox;
        const QString folder = m_dir.filePath(QStringLiteral("sandbox-resumed"));
        QVERIFY2(sandbox.start(folder, "resumed sandbox password"), qPrintable(sandbox.errorString()));
        QString firstId;
        {
            auto run = start(folder, record);
            QVERIFY(run);
            FirstRunWizard *wizard = run->wizard.get();
            throughSandboxPages(wizard);
            sandbox.backend()->failNextBuilds(1, SandboxFault{500, QStringLiteral("No valid host was found.")});
            pressNext(wizard);
            waitForPage(wizard, FirstRunWizard::FirstDockerHostPageId);
            QVERIFY(wizard->button(QWizard::CustomButton1)->isVisible());
            auto *page = qobject_cast<PlanPage *>(wizard->currentPage());
            QVERIFY(page);
            FleetRunView *view = page->runView();
            QTRY_COMPARE_WITH_TIMEOUT(view->state(Phase::FirstDockerHost), State::Failed, 20000);
            QCOMPARE(view->state(Phase::KeyPair), State::Done);
            QVERIFY2(view->detail(Phase::FirstDockerHost).contains(QStringLiteral("No valid host was found.")),
                     qPrintable(view->detail(Phase::FirstDockerHost)));
            // Next stays off: the page's steps are not done.
            QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
            saveScreenshot(wizard, QStringLiteral("5-first-docker-host-error"));
            const auto broken = FleetFile::load(record);
            VERIFY_OK(broken);
            QCOMPARE(broken.value().servers.size(), 1);
            const QString brokenId = broken.value().servers.first().novaId;

            auto *retry = view->findChild<QAbstractButton *>(QStringLiteral("retryButton"));
            QVERIFY(retry && retry->isVisible());
            retry->click();
            QTRY_COMPARE_WITH_TIMEOUT(view->state(Phase::FirstDockerHost), State::Done, 20000);
            const auto replaced = FleetFile::load(record);
            VERIFY_OK(replaced);
            QCOMPARE(replaced.value().servers.size(), 1);
            firstId = replaced.value().servers.first().novaId;
            QVERIFY(!firstId.isEmpty());
            QVERIFY(firstId != brokenId);
            // The ERROR server was deleted, not left to cost money.
            QTRY_COMPARE_WITH_TIMEOUT(sandbox.serversNamed(QStringLiteral("quayside-")), 1, 20000);
            // The wizard goes while the host key is still awaited (as when Quayside is closed).
        }
        auto run = start(folder, record);
        QVERIFY(run);
        FirstRunWizard *wizard = run->wizard.get();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::ResumePageId));
        auto *resume = qobject_cast<ResumePage *>(wizard->currentPage());
        QVERIFY(resume);
        const QStringList rows = resume->createdRows();
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(0).startsWith(QStringLiteral("SSH key pair|quayside")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(rows.at(1).startsWith(QStringLiteral("Docker host|quayside-docker-1|")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(wizard->button(QWizard::CustomButton1)->isVisible());
        saveScreenshot(wizard, QStringLiteral("0-resume"));
        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::FirstDockerHostPageId);
        FleetRunView *view = qobject_cast<PlanPage *>(wizard->currentPage())->runView();
        QCOMPARE(view->state(Phase::KeyPair), State::Done);
        QCOMPARE(view->state(Phase::FirstDockerHost), State::Done);
        QCOMPARE(wizard->state()->fleetSession()->fleet().servers.first().novaId, firstId);

        QSignalSpy removed(wizard, &FirstRunWizard::removalFinished);
        wizard->button(QWizard::CustomButton1)->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = wizard->findChild<QMessageBox *>(QStringLiteral("confirmRemoval"))));
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 60000);
        QCOMPARE(removed.first().first().toBool(), true);
        QVERIFY(!QFile::exists(record));
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.serversNamed(QStringLiteral("quayside-")), 0, 20000);
        QVERIFY(sandbox.backend()->keypairs().isEmpty());
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::WelcomePageId));
        QCOMPARE(statusOf(wizard)->state(), WizardStatus::State::Success);
    }

    // Cancel while page 5 works: the wizard stays until the step under way has ended (it says so), then closes;
    // what was made is in the record for the next time.
    void cancelStopsAfterTheStepUnderWay()
    {
        using Phase = FleetPlan::Phase;
        using State = FleetRunView::StepState;
        const QString record = m_dir.filePath(QStringLiteral("fleet-cancelled.json"));
        quayside::test::InProcessSandbox sandbox;
        const QString folder = m_dir.filePath(QStringLiteral("sandbox-cancelled"));
        QVERIFY2(sandbox.start(folder, "cancelled sandbox password"), qPrintable(sandbox.errorString()));
        auto run = start(folder, record);
        QVERIFY(run);
        FirstRunWizard *wizard = run->wizard.get();
        throughSandboxPages(wizard);
        pressNext(wizard);
        waitForPage(wizard, FirstRunWizard::FirstDockerHostPageId);
        FleetRunView *view = qobject_cast<PlanPage *>(wizard->currentPage())->runView();
        // The host is made; its host key is awaited on the console (which the in-memory servers never show).
        QTRY_COMPARE_WITH_TIMEOUT(view->state(Phase::DockerHostSetup), State::Running, 20000);
        QSignalSpy rejected(wizard, &QDialog::rejected);
        wizard->button(QWizard::CancelButton)->click();
        QVERIFY(wizard->isVisible());
        QCOMPARE(rejected.size(), 0);
        QCOMPARE(statusOf(wizard)->state(), WizardStatus::State::Busy);
        QVERIFY2(statusOf(wizard)->text().contains(QStringLiteral("Stopping after the step under way")),
                 qPrintable(statusOf(wizard)->text()));
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 40000);
        const auto kept = FleetFile::load(record);
        VERIFY_OK(kept);
        QVERIFY(kept.value().isFinished(QStringLiteral("first-docker-host")));
        QVERIFY(!kept.value().isFinished(QStringLiteral("docker-host-setup")));
        QCOMPARE(kept.value().servers.size(), 1);
        QVERIFY(FirstRunWizard::hasUnfinishedSetup(record));
    }

    void keyboardAccess()
    {
        auto run = start();
        QVERIFY(run);
        FirstRunWizard *wizard = run->wizard.get();
        // Every label with a mnemonic has a buddy, and no two visible controls of a page share a mnemonic
        // (the wizard's own buttons included).
        const QList<int> ids = wizard->pageIds();
        QCOMPARE(ids.size(), 12);
        for (int id : ids) {
            QWizardPage *page = wizard->page(id);
            QMap<QChar, QString> used;
            static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
            const auto claim = [&](const QString &text, const QString &owner, bool shown) {
                const QRegularExpressionMatch match = mnemonic.match(text);
                if (!match.hasMatch() || !shown)
                    return;
                const QChar key = match.captured(1).at(0).toLower();
                QVERIFY2(!used.contains(key) || used.value(key) == owner,
                         qPrintable(QStringLiteral("%1 and %2 share &%3").arg(used.value(key), owner, QString(key))));
                used.insert(key, owner);
            };
            for (QLabel *label : page->findChildren<QLabel *>()) {
                if (!mnemonic.match(label->text()).hasMatch())
                    continue;
                QVERIFY2(label->buddy(), qPrintable(label->objectName()));
            }
            // Mnemonics count per panel shown: each cloud's panel of the credentials page stands alone.
            auto *stack = page->findChild<QWidget *>(QStringLiteral("kindPages"));
            QList<QWidget *> scopes{page};
            if (stack)
                for (const char *panel : {"rackspacePage", "openStackPage", "sandboxPage"})
                    scopes << stack->findChild<QWidget *>(QLatin1String(panel));
            const auto inScope = [stack, page](QWidget *widget, QWidget *scope) {
                return scope != page || !stack || !stack->isAncestorOf(widget);
            };
            for (QWidget *scope : scopes) {
                used = {{QLatin1Char('b'), QStringLiteral("Back")},
                        {QLatin1Char('n'), QStringLiteral("Next")},
                        {QLatin1Char('f'), QStringLiteral("Finish")},
                        {QLatin1Char('m'), QStringLiteral("Remove what was created")}};
                // The controls outside the stack are shown with every stack page.
                QList<QWidget *> widgets = scope->findChildren<QWidget *>();
                if (scope != page)
                    for (QWidget *widget : page->findChildren<QWidget *>())
                        if (inScope(widget, page))
                            widgets << widget;
                for (QWidget *widget : std::as_const(widgets)) {
                    if (!inScope(widget, scope))
                        continue;
                    if (auto *label = qobject_cast<QLabel *>(widget))
                        claim(label->text(), label->objectName(), true);
                    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                        claim(button->text(), button->objectName(), true);
                }
            }
        }
    }
};

QTEST_MAIN(tst_FirstRunWizard)
#include "tst_FirstRunWizard.moc"
