// DeployDialog offscreen against the harness's real sshd and real nginx, with loopback HTTP backends: the
// form is filled, Connect shows the server's host key fingerprint and waits, Trust logs in, deployments put
// requests on the new backends and show as versions, two versions give a coloured diff, Roll back and
// Restore follow, nginx's own [emerg] line is shown when it refuses a model, and an unreachable port or a
// changed host key give a clear error with the form usable again. Screenshots land in the build folder.
#include "Await.h"
#include "ManagedProcess.h"
#include "NamedBackends.h"
#include "Network.h"
#include "TestNginx.h"
#include "TestSecretService.h"
#include "TestSshServer.h"

#include "gui/BalancerDialog.h"
#include "gui/DeployDialog.h"
#include "gui/MainWindow.h"
#include "nginx/BalancerFile.h"
#include "secrets/KeychainSecretStore.h"
#include "ssh/KnownHosts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>

using namespace quayside;
using namespace quayside::test;

class tst_DeployDialog : public QObject
{
    Q_OBJECT

private:
    using Pool = NamedBackends;

    template<typename T>
    static T *child(const QWidget *dialog, const char *name)
    {
        T *widget = dialog->findChild<T *>(QLatin1String(name));
        Q_ASSERT(widget);
        return widget;
    }
    static QPushButton *button(const QWidget *dialog, const char *name) { return child<QPushButton>(dialog, name); }
    static QString log(const QWidget *dialog) { return child<QPlainTextEdit>(dialog, "logView")->toPlainText(); }
    static QTreeWidget *tree(const QWidget *dialog) { return child<QTreeWidget>(dialog, "versionsTree"); }

    BalancerConfig config(const Pool &servers) const { return balancerFor(servers, m_nginx.port()); }

    QSet<QByteArray> served() { return answeredBy(m_network, m_nginx.url(QStringLiteral("/"))); }
    static QSet<QByteArray> names(const QByteArray &name, int size) { return backendNames(name, size); }

    QString state() const { return m_dir.filePath(QStringLiteral("state")); }

    // What a user types: the sshd's address and login, the test key, and the test nginx's layout.
    void fill(DeployDialog &dialog, quint16 port = 0) const
    {
        child<QLineEdit>(&dialog, "hostEdit")->setText(m_sshd.host());
        child<QSpinBox>(&dialog, "portSpin")->setValue(port ? port : m_sshd.port());
        child<QLineEdit>(&dialog, "userEdit")->setText(m_sshd.userName());
        child<QLineEdit>(&dialog, "keyEdit")->setText(m_sshd.clientKey());
        child<QCheckBox>(&dialog, "sudoCheck")->setChecked(false);
        const NginxDeployTarget target = m_nginx.deployTarget(state());
        child<QLineEdit>(&dialog, "configRootEdit")->setText(target.configRoot);
        child<QLineEdit>(&dialog, "mainConfigEdit")->setText(target.mainConfig);
        child<QLineEdit>(&dialog, "confDirEdit")->setText(target.confDirectory);
        child<QLineEdit>(&dialog, "stateDirEdit")->setText(target.stateDirectory);
        child<QLineEdit>(&dialog, "pidFileEdit")->setText(target.pidFile);
        child<QLineEdit>(&dialog, "prefixEdit")->setText(target.prefix);
        child<QLineEdit>(&dialog, "programEdit")->setText(target.nginx);
    }

    std::unique_ptr<DeployDialog> makeDialog(const QString &knownHosts) const
    {
        auto dialog = std::make_unique<DeployDialog>();
        dialog->setKnownHostsPath(knownHosts);
        dialog->setSecretStore(nullptr);
        dialog->resize(1100, 750);
        dialog->show();
        return dialog;
    }

    static bool waitIdle(DeployDialog &dialog, int timeoutMs = 90000)
    {
        return QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, timeoutMs);
    }

    // Clicks a button and waits until what it started has finished.
    static bool clickAndWait(DeployDialog &dialog, const char *name)
    {
        QTest::mouseClick(button(&dialog, name), Qt::LeftButton);
        return dialog.isBusy() && waitIdle(dialog);
    }

    // Answers the window-modal confirmation the dialog opened with its action button.
    static bool confirm(DeployDialog &dialog)
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = dialog.findChild<QMessageBox *>()) && box->isVisible(); }, 5000))
            return false;
        for (QAbstractButton *answer : box->buttons()) {
            if (box->buttonRole(answer) == QMessageBox::AcceptRole) {
                QTest::mouseClick(answer, Qt::LeftButton);
                return dialog.isBusy() && waitIdle(dialog);
            }
        }
        return false;
    }

    int currentShown(DeployDialog &dialog) const
    {
        for (int i = 0; i < tree(&dialog)->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree(&dialog)->topLevelItem(i);
            if (item->font(0).bold())
                return item->data(0, Qt::UserRole).toInt();
        }
        return -1;
    }

    void selectVersions(DeployDialog &dialog, const QList<int> &numbers)
    {
        tree(&dialog)->clearSelection();
        for (int i = 0; i < tree(&dialog)->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = tree(&dialog)->topLevelItem(i);
            if (numbers.contains(item->data(0, Qt::UserRole).toInt()))
                item->setSelected(true);
        }
    }

    void screenshot(QWidget &dialog, const QString &name)
    {
        const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        QVERIFY(dialog.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    TestSecretService m_keyring; // first: it points this process at its own D-Bus session bus
    QTemporaryDir m_dir;
    TestNginx m_nginx;
    TestSshServer m_sshd;
    QNetworkAccessManager m_network;
    Pool m_poolA;
    Pool m_poolB;
    std::unique_ptr<DeployDialog> m_dialog; // connected from trustingTheHostKey on

    QString knownHosts() const { return m_dir.filePath(QStringLiteral("known_hosts")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Quayside-test"));
        QCoreApplication::setApplicationName(QStringLiteral("Quayside"));
        QSettings().remove(QStringLiteral("deploy"));
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString()));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        m_poolA = namedBackends("A", 2);
        m_poolB = namedBackends("B", 2);
        QCOMPARE(m_poolA.size(), 2);
        QCOMPARE(m_poolB.size(), 2);
    }

    void aClosedPortGivesAClearErrorAndTheFormStaysUsable()
    {
        auto dialog = makeDialog(knownHosts());
        fill(*dialog, freeLoopbackPort());
        QVERIFY(!button(dialog.get(), "deployButton")->isEnabled());
        QVERIFY(clickAndWait(*dialog, "connectButton"));
        QVERIFY(!dialog->isConnected());
        QVERIFY(dialog->resultIsError());
        QVERIFY2(dialog->resultText().contains(m_sshd.host()), qPrintable(dialog->resultText()));
        QVERIFY(child<QWidget>(dialog.get(), "destinationGroup")->isEnabled());
        QVERIFY(button(dialog.get(), "connectButton")->isEnabled());
        QVERIFY(!child<QFrame>(dialog.get(), "hostKeyFrame")->isVisible());
        QVERIFY(!child<QProgressBar>(dialog.get(), "progressBar")->isVisible());
    }

    void anUnknownHostKeyIsShownAndTrustedOnlyWhenAccepted()
    {
        m_dialog = makeDialog(knownHosts());
        DeployDialog &dialog = *m_dialog;
        fill(dialog);
        QSignalSpy asked(&dialog, &DeployDialog::questionAsked);
        QTest::mouseClick(button(&dialog, "connectButton"), Qt::LeftButton);
        QVERIFY(asked.wait(30000));
        QVERIFY(!dialog.isBusy());
        QVERIFY(!dialog.isConnected());
        QVERIFY(child<QFrame>(&dialog, "hostKeyFrame")->isVisible());
        QCOMPARE(child<QLineEdit>(&dialog, "fingerprintEdit")->text(), m_sshd.hostKeyFingerprint());
        QVERIFY(m_sshd.hostKeyFingerprint().startsWith(QLatin1String("SHA256:")));
        QVERIFY(child<QLabel>(&dialog, "hostKeyHelp")->text().contains(QLatin1String("ssh-keygen -lf")));
        QVERIFY(!button(&dialog, "connectButton")->isEnabled());
        // Nothing is trusted before the user says so.
        const auto kept = KnownHosts(knownHosts()).keysOf(m_sshd.host(), m_sshd.port());
        QVERIFY(kept.ok() && kept.value().isEmpty());
        screenshot(dialog, QStringLiteral("deploy-dialog-host-key"));

        QVERIFY(clickAndWait(dialog, "trustButton"));
        QVERIFY2(dialog.isConnected(), qPrintable(dialog.resultText()));
        QVERIFY(!child<QFrame>(&dialog, "hostKeyFrame")->isVisible());
        const auto trusted = KnownHosts(knownHosts()).keysOf(m_sshd.host(), m_sshd.port());
        QVERIFY(trusted.ok() && trusted.value().size() == 1);
        QCOMPARE(trusted.value().first().fingerprint(), m_sshd.hostKeyFingerprint());
        // The destination is remembered, nothing secret with it.
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("deploy/port")).toInt(), int(m_sshd.port()));
        QCOMPARE(settings.value(QStringLiteral("deploy/stateDirectory")).toString(), state());
        QVERIFY(dialog.versions().isEmpty());
        QVERIFY(!button(&dialog, "deployButton")->isEnabled()); // no model yet
    }

    void aDeploymentReachesTheBackendsAndShowsAsTheCurrentVersion()
    {
        QVERIFY(m_dialog && m_dialog->isConnected());
        DeployDialog &dialog = *m_dialog;
        dialog.setConfig(config(m_poolA));
        QVERIFY(button(&dialog, "deployButton")->isEnabled());
        QVERIFY(clickAndWait(dialog, "deployButton"));
        QVERIFY2(!dialog.resultIsError(), qPrintable(dialog.resultText()));
        QCOMPARE(dialog.resultText(), QStringLiteral("Version 1 is in service."));
        QVERIFY2(log(&dialog).contains(QLatin1String("nginx checks the new configuration")), qPrintable(log(&dialog)));
        QVERIFY(log(&dialog).contains(
            QRegularExpression(QStringLiteral("^\\[\\d\\d:\\d\\d:\\d\\d\\] "), QRegularExpression::MultilineOption)));
        QCOMPARE(served(), names("A", 2));
        QCOMPARE(tree(&dialog)->topLevelItemCount(), 2); // the files found on the host, and ours
        QCOMPARE(currentShown(dialog), 1);
        QCOMPARE(tree(&dialog)->topLevelItem(0)->data(0, Qt::UserRole).toInt(), 1); // newest first
        QVERIFY(!button(&dialog, "rollbackButton")->isEnabled() || dialog.versions().size() == 2);
    }

    void twoVersionsGiveAColouredDiff()
    {
        DeployDialog &dialog = *m_dialog;
        dialog.setConfig(config(m_poolB));
        QVERIFY(clickAndWait(dialog, "deployButton"));
        QCOMPARE(dialog.resultText(), QStringLiteral("Version 2 is in service."));
        QCOMPARE(served(), names("B", 2));
        QCOMPARE(currentShown(dialog), 2);

        QSignalSpy shown(&dialog, &DeployDialog::diffShown);
        selectVersions(dialog, {1, 2});
        QVERIFY(shown.wait(20000));
        QPlainTextEdit *view = child<QPlainTextEdit>(&dialog, "diffView");
        const QString diff = view->toPlainText();
        const QString removed = QStringLiteral("-    server 127.0.0.1:%1 ").arg(m_poolA.first()->port());
        const QString added = QStringLiteral("+    server 127.0.0.1:%1 ").arg(m_poolB.first()->port());
        QVERIFY2(diff.contains(removed) && diff.contains(added), qPrintable(diff));
        QColor addedColour;
        QColor removedColour;
        for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
            const QColor colour = block.begin().fragment().charFormat().foreground().color();
            if (block.text().startsWith(added))
                addedColour = colour;
            if (block.text().startsWith(removed))
                removedColour = colour;
        }
        QVERIFY(addedColour.isValid() && removedColour.isValid());
        QVERIFY(addedColour.green() > addedColour.red());
        QVERIFY(removedColour.red() > removedColour.green());
        QCOMPARE(view->font().styleHint(), QFont::Monospace);
        screenshot(dialog, QStringLiteral("deploy-dialog"));
    }

    void rollingBackPutsThePreviousVersionBack()
    {
        DeployDialog &dialog = *m_dialog;
        QVERIFY(button(&dialog, "rollbackButton")->isEnabled());
        QTest::mouseClick(button(&dialog, "rollbackButton"), Qt::LeftButton);
        QVERIFY(confirm(dialog));
        QCOMPARE(dialog.resultText(), QStringLiteral("Version 3 is in service."));
        QCOMPARE(served(), names("A", 2));
        QCOMPARE(currentShown(dialog), 3);
        QVERIFY(tree(&dialog)->topLevelItem(0)->text(2).contains(QLatin1String("1")));
    }

    void aModelNginxRefusesShowsItsWordsAndChangesNothing()
    {
        DeployDialog &dialog = *m_dialog;
        const QList<DeployedVersion> before = dialog.versions();
        BalancerConfig broken = config(m_poolB);
        broken.sites.first().tlsCertificatePath = m_dir.filePath(QStringLiteral("missing.pem"));
        broken.sites.first().tlsKeyPath = m_dir.filePath(QStringLiteral("missing.key"));
        VERIFY_OK(broken.validate());
        dialog.setConfig(broken);
        QVERIFY(clickAndWait(dialog, "deployButton"));
        QVERIFY(dialog.resultIsError());
        const QString message = dialog.resultText();
        QVERIFY2(message.contains(QLatin1String("[emerg]")) && message.contains(QLatin1String("missing.pem")),
                 qPrintable(message));
        QVERIFY(log(&dialog).contains(QLatin1String("[emerg]")));
        QCOMPARE(dialog.versions().size(), before.size());
        QCOMPARE(currentShown(dialog), 3);
        QCOMPARE(served(), names("A", 2));
        QVERIFY(button(&dialog, "deployButton")->isEnabled());
        screenshot(dialog, QStringLiteral("deploy-dialog-refused"));
    }

    void theModelInServiceIsUnchanged()
    {
        DeployDialog &dialog = *m_dialog;
        dialog.setConfig(config(m_poolA));
        QVERIFY(clickAndWait(dialog, "deployButton"));
        QVERIFY2(dialog.resultText().startsWith(QLatin1String("Unchanged")), qPrintable(dialog.resultText()));
        QCOMPARE(currentShown(dialog), 3);
    }

    void restoringASelectedVersion()
    {
        DeployDialog &dialog = *m_dialog;
        selectVersions(dialog, {2});
        QVERIFY(button(&dialog, "restoreButton")->isEnabled());
        QTest::mouseClick(button(&dialog, "restoreButton"), Qt::LeftButton);
        QVERIFY(confirm(dialog));
        QCOMPARE(dialog.resultText(), QStringLiteral("Version 4 is in service."));
        QCOMPARE(served(), names("B", 2));
        QCOMPARE(currentShown(dialog), 4);
    }

    void escapeWaitsWhileBusyAndClosingThenIsSafe()
    {
        DeployDialog &dialog = *m_dialog;
        dialog.setConfig(config(m_poolA));
        QTest::mouseClick(button(&dialog, "deployButton"), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QTest::mouseClick(button(&dialog, "closeButton"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        m_dialog.reset(); // the session goes with it; the host finishes or drops the deployment by itself
        QTest::qWait(200);

        // The balancer is fine afterwards, and a new dialog knows it (no host key question any more).
        auto again = makeDialog(knownHosts());
        fill(*again);
        QVERIFY(clickAndWait(*again, "connectButton"));
        QVERIFY2(again->isConnected(), qPrintable(again->resultText()));
        const int current = currentShown(*again);
        QVERIFY2(current == 4 || current == 5, qPrintable(QString::number(current)));
        QCOMPARE(served(), current == 4 ? names("B", 2) : names("A", 2));
        QTest::keyClick(again.get(), Qt::Key_Escape);
        QVERIFY(!again->isVisible());
    }

    void anEncryptedKeyAsksForItsPassphrase()
    {
        const QString keyFile = m_dir.filePath(QStringLiteral("locked_ed25519"));
        const auto key = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("locked"));
        VERIFY_OK(key);
        VERIFY_OK(key.value().writePrivateKeyFile(keyFile, "right horse"));
        VERIFY_OK(key.value().writePublicKeyFile(keyFile + QStringLiteral(".pub")));
        QVERIFY(m_sshd.authorize(key.value().publicKeyLine().toUtf8()));

        // The host key is known already: this is about the client's key.
        const QString trusted = m_dir.filePath(QStringLiteral("known_hosts.passphrase"));
        const auto hostKey = SshKey::fromPublicKeyFile(m_sshd.hostPublicKey());
        VERIFY_OK(hostKey);
        VERIFY_OK(KnownHosts(trusted).trust(m_sshd.host(), m_sshd.port(), hostKey.value()));

        KeychainSecretStore keychain(QStringLiteral("Quayside-test"));
        auto dialog = makeDialog(trusted);
        dialog->setSecretStore(&keychain);
        fill(*dialog);
        child<QLineEdit>(dialog.get(), "keyEdit")->setText(keyFile);
        QSignalSpy asked(dialog.get(), &DeployDialog::questionAsked);
        QTest::mouseClick(button(dialog.get(), "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 20000);
        QVERIFY(child<QFrame>(dialog.get(), "passphraseFrame")->isVisible());
        QLineEdit *passphrase = child<QLineEdit>(dialog.get(), "passphraseEdit");
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);

        QTest::keyClicks(passphrase, QStringLiteral("wrong"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, 20000);
        QVERIFY2(child<QLabel>(dialog.get(), "passphraseText")->text().contains(QLatin1String("does not open")),
                 qPrintable(child<QLabel>(dialog.get(), "passphraseText")->text()));

        QTest::keyClicks(passphrase, QStringLiteral("right horse"));
        child<QCheckBox>(dialog.get(), "rememberCheck")->setChecked(true);
        QTest::mouseClick(button(dialog.get(), "unlockButton"), Qt::LeftButton);
        QVERIFY(waitIdle(*dialog));
        QVERIFY2(dialog->isConnected(), qPrintable(dialog->resultText()));
        QVERIFY(passphrase->text().isEmpty());
        QSettings settings;
        settings.sync();
        QVERIFY(!readFile(settings.fileName()).contains("right horse"));
        QVERIFY(!log(dialog.get()).contains(QLatin1String("right horse")));

        // Kept in the keychain, it is not asked for again.
        auto again = makeDialog(trusted);
        again->setSecretStore(&keychain);
        QCOMPARE(child<QLineEdit>(again.get(), "keyEdit")->text(), keyFile);
        QSignalSpy askedAgain(again.get(), &DeployDialog::questionAsked);
        QVERIFY(clickAndWait(*again, "connectButton"));
        QVERIFY2(again->isConnected(), qPrintable(again->resultText()));
        QCOMPARE(askedAgain.size(), 0);
    }

    void enterInTheFormConnects()
    {
        auto dialog = makeDialog(m_dir.filePath(QStringLiteral("known_hosts.enter")));
        fill(*dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        QSignalSpy asked(dialog.get(), &DeployDialog::questionAsked);
        QTest::keyClick(child<QLineEdit>(dialog.get(), "hostEdit"), Qt::Key_Return);
        QVERIFY(asked.wait(20000)); // the host key question: Connect ran, not the file chooser
        QVERIFY(!dialog->findChild<QFileDialog *>());
        QTest::keyClick(dialog.get(), Qt::Key_Escape); // answers the question with Cancel
        QVERIFY(!child<QFrame>(dialog.get(), "hostKeyFrame")->isVisible());
        QVERIFY(dialog->isVisible());
        QVERIFY(button(dialog.get(), "connectButton")->isEnabled());
    }

    void aChangedHostKeyIsRefused()
    {
        const QString otherHosts = m_dir.filePath(QStringLiteral("known_hosts.changed"));
        const auto impostor = SshKey::generate(SshKey::Algorithm::Ed25519, QStringLiteral("old server"));
        VERIFY_OK(impostor);
        KnownHosts hosts(otherHosts);
        VERIFY_OK(hosts.trust(m_sshd.host(), m_sshd.port(), impostor.value().publicKey()));

        auto dialog = makeDialog(otherHosts);
        fill(*dialog);
        QSignalSpy asked(dialog.get(), &DeployDialog::questionAsked);
        QVERIFY(clickAndWait(*dialog, "connectButton"));
        QCOMPARE(asked.size(), 0);
        QVERIFY(!dialog->isConnected());
        QVERIFY(dialog->resultIsError());
        QVERIFY2(dialog->resultText().contains(QLatin1String("WARNING")) &&
                     dialog->resultText().contains(m_sshd.hostKeyFingerprint()),
                 qPrintable(dialog->resultText()));
        QVERIFY(button(dialog.get(), "connectButton")->isEnabled());
        // The kept key is not replaced behind the user's back.
        const auto kept = hosts.keysOf(m_sshd.host(), m_sshd.port());
        QVERIFY(kept.ok() && kept.value().size() == 1);
        QVERIFY(kept.value().first().hasSamePublicKey(impostor.value()));
        child<QToolButton>(dialog.get(), "advancedButton")->click();
        QVERIFY(child<QWidget>(dialog.get(), "advancedWidget")->isVisible());
        screenshot(*dialog, QStringLiteral("deploy-dialog-changed-key"));
    }

    void theKeyboardReachesEveryField()
    {
        auto dialog = makeDialog(knownHosts());
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        QLineEdit *host = child<QLineEdit>(dialog.get(), "hostEdit");
        // Mnemonics reach the fields from anywhere in the dialog.
        QTest::keyClick(dialog.get(), Qt::Key_U, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog.get(), "userEdit"));
        QTest::keyClick(dialog.get(), Qt::Key_H, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), host);
        // Tab goes through the destination in reading order.
        const auto focusedIs = [](QWidget *widget) {
            QWidget *focused = QApplication::focusWidget();
            return focused == widget || widget->isAncestorOf(focused);
        };
        const QList<const char *> order = {"portSpin",  "userEdit",       "keyEdit",      "keyBrowseButton",
                                           "sudoCheck", "advancedButton", "connectButton"};
        for (const char *name : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY2(focusedIs(child<QWidget>(dialog.get(), name)),
                     qPrintable(QStringLiteral("%1 instead of %2")
                                    .arg(QApplication::focusWidget()->objectName(), QLatin1String(name))));
        }
        // Advanced opens from the keyboard, and its fields come next in the tab order.
        QTest::keyClick(dialog.get(), Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY(child<QWidget>(dialog.get(), "advancedWidget")->isVisible()); // an animated click
        host->setFocus();
        QTest::keyClick(dialog.get(), Qt::Key_R, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog.get(), "configRootEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog.get(), "mainConfigEdit"));
        // Esc closes it when idle.
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }

    void theBalancerDialogAndTheFleetMenuOpenIt()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("balancer.json"));
        VERIFY_OK(BalancerFile::save(path, config(m_poolA)));
        BalancerDialog balancer(path);
        balancer.show();
        QPushButton *deployButton = button(&balancer, "deployButton");
        QVERIFY(deployButton->isEnabled());
        QTest::mouseClick(deployButton, Qt::LeftButton);
        auto *opened = balancer.findChild<DeployDialog *>();
        QVERIFY(opened);
        QVERIFY(opened->isVisible());
        QVERIFY(opened->config().has_value());
        QCOMPARE(*opened->config(), config(m_poolA));
        // The last destination is filled in again.
        QCOMPARE(child<QSpinBox>(opened, "portSpin")->value(), int(m_sshd.port()));
        QCOMPARE(child<QLineEdit>(opened, "stateDirEdit")->text(), state());
        // Deploy… again brings the same dialog back, with the model as it is now.
        child<QSpinBox>(&balancer, "listenPortSpin")->setValue(m_nginx.port() + 1);
        QTest::mouseClick(deployButton, Qt::LeftButton);
        QCOMPARE(balancer.findChildren<DeployDialog *>().size(), 1);
        QCOMPARE(opened->config()->sites.first().listenPort, m_nginx.port() + 1);
        opened->close();

        QFile::remove(BalancerFile::defaultPath());
        MainWindow window;
        window.findChild<QAction *>(QStringLiteral("actionDeployBalancer"))->trigger();
        QVERIFY(window.deployDialog());
        QVERIFY(!window.deployDialog()->config().has_value());
        QVERIFY(!button(window.deployDialog(), "deployButton")->isEnabled());
        window.deployDialog()->close();
        QTRY_VERIFY(!window.deployDialog());
    }
};

QTEST_MAIN(tst_DeployDialog)
#include "tst_DeployDialog.moc"
