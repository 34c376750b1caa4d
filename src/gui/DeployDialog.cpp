#include "gui/DeployDialog.h"

#include "ui_DeployDialog.h"

#include "core/Logging.h"
#include "provision/SshRemoteShell.h"
#include "secrets/KeychainSecretStore.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshKeyPassphrases.h"
#include "ssh/SshSession.h"

#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QSettings>
#include <QTextCursor>
#include <QTime>

#include <algorithm>

namespace quayside {

namespace {

const QColor kErrorColor(0xb0, 0x00, 0x20);
const QString kSettingsGroup = QStringLiteral("deploy");

QFont fixedFont()
{
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setStyleHint(QFont::Monospace);
    fixed.setFixedPitch(true);
    return fixed;
}

QTextCharFormat diffFormat(const QString &line)
{
    QTextCharFormat format;
    if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---"))) {
        format.setFontWeight(QFont::Bold);
    } else if (line.startsWith(QLatin1Char('+'))) {
        format.setForeground(QColor(0x11, 0x63, 0x29));
        format.setBackground(QColor(0xe6, 0xff, 0xec));
    } else if (line.startsWith(QLatin1Char('-'))) {
        format.setForeground(QColor(0xa4, 0x0e, 0x26));
        format.setBackground(QColor(0xff, 0xeb, 0xe9));
    } else if (line.startsWith(QLatin1String("@@"))) {
        format.setForeground(QColor(0x05, 0x50, 0xae));
    }
    return format;
}

} // namespace

DeployDialog::DeployDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeployDialog>())
    , m_knownHostsPath(KnownHosts::defaultPath())
{
    m_ui->setupUi(this);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_ui->logView, m_ui->diffView, m_ui->fingerprintEdit})
        widget->setFont(fixedFont());
    QFont bold = m_ui->hostKeyTitle->font();
    bold.setBold(true);
    m_ui->hostKeyTitle->setFont(bold);
    m_ui->hostKeyHelp->setText(
        tr("Check it before you trust it. On the server, `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` prints "
           "the fingerprint of its ed25519 key (use the .pub file of the key type the server offers); a cloud "
           "server's console log shows the same fingerprints after its first boot. If they differ, do not trust "
           "it: something else answers at this address."));
    m_ui->hostKeyFrame->hide();
    m_ui->passphraseFrame->hide();
    m_ui->advancedWidget->hide();
    m_ui->splitter->setSizes({420, 660});
    m_ui->versionsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->versionsTree->header()->setStretchLastSection(true);
    // Shown only while something runs, without moving the buttons around.
    QSizePolicy barPolicy = m_ui->progressBar->sizePolicy();
    barPolicy.setRetainSizeWhenHidden(true);
    m_ui->progressBar->setSizePolicy(barPolicy);
    m_ui->progressBar->hide();
    m_ui->bottomRow->setStretch(0, 1);
    m_ui->progressBar->setAccessibleName(tr("Progress"));
    m_ui->logView->setAccessibleName(tr("Deployment log"));
    m_ui->diffView->setAccessibleName(tr("Differences between the selected versions"));
    m_ui->versionsTree->setAccessibleName(tr("Versions on the balancer"));

    m_secrets = new KeychainSecretStore(this);
    m_passphrases = new SshKeyPassphrases(m_secrets, this);

    connect(m_ui->advancedButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->advancedWidget->setVisible(shown);
        m_ui->advancedButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_ui->keyBrowseButton, &QPushButton::clicked, this, &DeployDialog::chooseKeyFile);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &DeployDialog::connectToBalancer);
    connect(m_ui->deployButton, &QPushButton::clicked, this, &DeployDialog::deploy);
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, &DeployDialog::rollBack);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &DeployDialog::restoreSelected);
    connect(m_ui->trustButton, &QPushButton::clicked, this, &DeployDialog::trustHostKey);
    connect(m_ui->hostKeyCancelButton, &QPushButton::clicked, this, &DeployDialog::cancelQuestion);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &DeployDialog::unlockKey);
    connect(m_ui->passphraseEdit, &QLineEdit::returnPressed, this, &DeployDialog::unlockKey);
    connect(m_ui->passphraseCancelButton, &QPushButton::clicked, this, &DeployDialog::cancelQuestion);
    connect(m_ui->versionsTree, &QTreeWidget::itemSelectionChanged, this, &DeployDialog::selectionChanged);

    // Another destination is another connection.
    const auto changed = [this] {
        if (m_link)
            dropConnection();
    };
    for (QLineEdit *edit : m_ui->destinationGroup->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, changed);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->sudoCheck, &QCheckBox::toggled, this, changed);

    loadSettings();
    setConfigProblem(tr("There is no balancer to deploy yet: edit one in Fleet > Load Balancer and save it."));
    updateButtons();
}

DeployDialog::~DeployDialog() = default;

void DeployDialog::setConfig(const BalancerConfig &config)
{
    m_config = config;
    m_configProblem.clear();
    QStringList pools;
    for (const UpstreamPool &pool : config.pools)
        pools << (pool.servers.size() == 1 ? tr("%1 (1 server)").arg(pool.name)
                                           : tr("%1 (%2 servers)").arg(pool.name).arg(pool.servers.size()));
    m_ui->modelLabel->setPalette(palette());
    m_ui->modelLabel->setText(tr("Deploys the load balancer with the pools %1.").arg(pools.join(QStringLiteral(", "))));
    updateButtons();
}

void DeployDialog::setConfigProblem(const QString &problem)
{
    m_config.reset();
    m_configProblem = problem;
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, kErrorColor);
    m_ui->modelLabel->setPalette(errorPalette);
    m_ui->modelLabel->setText(problem + QLatin1Char(' ') +
                              tr("You can still connect, compare the versions kept on the balancer and roll back."));
    updateButtons();
}

void DeployDialog::setKnownHostsPath(const QString &path)
{
    m_knownHostsPath = path;
}

void DeployDialog::setSecretStore(SecretStore *secrets)
{
    delete m_passphrases;
    m_secrets = secrets;
    m_passphrases = new SshKeyPassphrases(secrets, this);
}

NginxDeployTarget DeployDialog::deployTarget() const
{
    NginxDeployTarget target;
    const auto field = [](const QLineEdit *edit, const QString &fallback) {
        const QString text = edit->text().trimmed();
        return text.isEmpty() ? fallback : text;
    };
    target.configRoot = field(m_ui->configRootEdit, target.configRoot);
    target.mainConfig = field(m_ui->mainConfigEdit, target.mainConfig);
    target.confDirectory = field(m_ui->confDirEdit, target.confDirectory);
    target.stateDirectory = field(m_ui->stateDirEdit, target.stateDirectory);
    target.pidFile = field(m_ui->pidFileEdit, target.pidFile);
    target.prefix = m_ui->prefixEdit->text().trimmed();
    target.nginx = field(m_ui->programEdit, target.nginx);
    return target;
}

QString DeployDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

void DeployDialog::loadSettings()
{
    const NginxDeployTarget defaults;
    const QList<SshKeyCandidate> keys = SshKey::candidates();
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    m_ui->hostEdit->setText(settings.value(QStringLiteral("host")).toString());
    m_ui->portSpin->setValue(settings.value(QStringLiteral("port"), 22).toInt());
    m_ui->userEdit->setText(settings.value(QStringLiteral("user"), QStringLiteral("root")).toString());
    m_ui->keyEdit->setText(
        settings.value(QStringLiteral("keyFile"), keys.isEmpty() ? QString() : keys.first().privateKeyPath).toString());
    m_ui->sudoCheck->setChecked(settings.value(QStringLiteral("sudo"), false).toBool());
    m_ui->configRootEdit->setText(settings.value(QStringLiteral("configRoot"), defaults.configRoot).toString());
    m_ui->mainConfigEdit->setText(settings.value(QStringLiteral("mainConfig"), defaults.mainConfig).toString());
    m_ui->confDirEdit->setText(settings.value(QStringLiteral("confDirectory"), defaults.confDirectory).toString());
    m_ui->stateDirEdit->setText(settings.value(QStringLiteral("stateDirectory"), defaults.stateDirectory).toString());
    m_ui->pidFileEdit->setText(settings.value(QStringLiteral("pidFile"), defaults.pidFile).toString());
    m_ui->prefixEdit->setText(settings.value(QStringLiteral("prefix"), defaults.prefix).toString());
    m_ui->programEdit->setText(settings.value(QStringLiteral("nginx"), defaults.nginx).toString());
}

void DeployDialog::saveSettings() const
{
    // Where and as whom only: the passphrase goes to the keychain, if anywhere.
    const NginxDeployTarget target = deployTarget();
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("host"), m_ui->hostEdit->text().trimmed());
    settings.setValue(QStringLiteral("port"), m_ui->portSpin->value());
    settings.setValue(QStringLiteral("user"), m_ui->userEdit->text().trimmed());
    settings.setValue(QStringLiteral("keyFile"), m_ui->keyEdit->text().trimmed());
    settings.setValue(QStringLiteral("sudo"), m_ui->sudoCheck->isChecked());
    settings.setValue(QStringLiteral("configRoot"), target.configRoot);
    settings.setValue(QStringLiteral("mainConfig"), target.mainConfig);
    settings.setValue(QStringLiteral("confDirectory"), target.confDirectory);
    settings.setValue(QStringLiteral("stateDirectory"), target.stateDirectory);
    settings.setValue(QStringLiteral("pidFile"), target.pidFile);
    settings.setValue(QStringLiteral("prefix"), target.prefix);
    settings.setValue(QStringLiteral("nginx"), target.nginx);
}

void DeployDialog::chooseKeyFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the Private Key"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const QString current = m_ui->keyEdit->text().trimmed();
    dialog->setDirectory(current.isEmpty() ? SshKey::defaultFolder() : QFileInfo(current).absolutePath());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_ui->keyEdit->setText(dialog->selectedFiles().value(0));
        if (m_link)
            dropConnection();
    });
    dialog->open();
}

Result<SshTarget> DeployDialog::destination() const
{
    SshTarget target;
    target.host = m_ui->hostEdit->text().trimmed();
    target.port = quint16(m_ui->portSpin->value());
    target.user = m_ui->userEdit->text().trimmed();
    if (target.host.isEmpty())
        return Error{Error::Kind::InvalidInput, 0, tr("Enter the balancer's host name or address.")};
    if (target.user.isEmpty())
        return Error{Error::Kind::InvalidInput, 0, tr("Enter the user to log in as (root, or a user with sudo).")};
    if (m_ui->keyEdit->text().trimmed().isEmpty())
        return Error{Error::Kind::InvalidInput, 0, tr("Choose the private key file to log in with.")};
    const auto layout = deployTarget().validate();
    if (!layout)
        return Error{Error::Kind::InvalidInput, 0, tr("Check the Advanced settings: %1").arg(layout.error().message)};
    return target;
}

void DeployDialog::dropConnection()
{
    if (m_link)
        m_link->deleteLater(); // perhaps from within one of its session's callbacks
    m_link = nullptr;
    m_session = nullptr;
    m_deployer = nullptr;
    m_versions.clear();
    fillVersions();
    m_ui->diffView->clear();
    m_ui->connectionLabel->setText(tr("Not connected."));
    updateButtons();
}

void DeployDialog::connectToBalancer()
{
    if (m_busy)
        return;
    const auto target = destination();
    if (!target) {
        showResult(target.error().message, true);
        return;
    }
    dropConnection();
    showQuestion(Question::None);
    m_key = SshKey();
    const QString keyFile = m_ui->keyEdit->text().trimmed();
    setBusy(true, tr("Reading the private key %1…").arg(QDir::toNativeSeparators(keyFile)));
    appendLog(tr("Connecting to %1").arg(target.value().where()));
    m_passphrases->load(keyFile, this, [this](const Result<SshKey> &key) { keyLoaded(key); });
}

void DeployDialog::keyLoaded(const Result<SshKey> &key)
{
    if (key) {
        m_key = key.value();
        openSession(HostKeyPolicy::refuseUnknown());
    } else if (key.error().kind == Error::Kind::Unauthorized) {
        setBusy(false);
        askPassphrase(key.error().message);
    } else {
        setBusy(false);
        showResult(key.error().message, true);
        appendLog(key.error().message);
    }
}

void DeployDialog::askPassphrase(const QString &why)
{
    m_ui->passphraseText->setText(why);
    showResult(tr("Not logged in yet: the private key needs its passphrase."), false);
    m_ui->passphraseEdit->clear();
    showQuestion(Question::Passphrase);
    m_ui->passphraseEdit->setFocus();
}

void DeployDialog::unlockKey()
{
    if (m_question != Question::Passphrase)
        return;
    const QByteArray passphrase = m_ui->passphraseEdit->text().toUtf8();
    m_ui->passphraseEdit->clear();
    const bool remember = m_ui->rememberCheck->isChecked();
    const QString keyFile = m_ui->keyEdit->text().trimmed();
    showQuestion(Question::None);
    setBusy(true, tr("Opening the private key %1…").arg(QDir::toNativeSeparators(keyFile)));
    m_passphrases->loadWith(keyFile, passphrase, remember, this, [this, keyFile](const Result<SshKey> &key) {
        if (!key && key.error().kind == Error::Kind::Unauthorized) {
            setBusy(false);
            askPassphrase(
                tr("That passphrase does not open %1. Enter it again.").arg(QDir::toNativeSeparators(keyFile)));
            return;
        }
        keyLoaded(key);
    });
}

void DeployDialog::openSession(const HostKeyPolicy &policy)
{
    auto target = destination();
    if (!target) {
        setBusy(false);
        showResult(target.error().message, true);
        return;
    }
    SshTarget login = target.value();
    login.identity = m_key;
    dropConnection();
    auto *link = new QObject(this);
    m_link = link;
    auto *session = new SshSession(link);
    m_session = session;
    setBusy(true, tr("Connecting to %1…").arg(login.where()));
    const KnownHosts knownHosts(m_knownHostsPath);
    const bool confirmed = policy.mode == HostKeyPolicy::Mode::TrustOnFirstUse;
    const bool sudo = m_ui->sudoCheck->isChecked();
    const QString where = login.where();
    session->connectToHost(
        login, &knownHosts, policy, link, [this, link, session, confirmed, sudo, where](const Result<void> &connected) {
            if (link != m_link)
                return;
            if (!connected) {
                sessionFailed(connected.error(), session->hostKeyCheck(), confirmed);
                return;
            }
            auto *shell = new SshRemoteShell(session, sudo, link);
            m_deployer = new NginxDeployer(shell, deployTarget(), link);
            connect(m_deployer, &NginxDeployer::progress, this, &DeployDialog::appendLog);
            m_key = SshKey();
            saveSettings();
            m_ui->connectionLabel->setText(tr("Connected to %1.").arg(where));
            appendLog(tr("Logged in to %1").arg(where));
            qCInfo(lcGui) << "deploy dialog connected to" << where;
            refreshVersions([this] {
                showResult(tr("Connected. Versions kept on the balancer: %1.").arg(m_versions.size()), false);
                setBusy(false);
            });
        });
}

void DeployDialog::sessionFailed(const Error &error, const HostKeyCheck &check, bool askedAlready)
{
    dropConnection();
    setBusy(false);
    if (check.status == HostKeyCheck::Status::Unknown && !check.presentedFingerprint.isEmpty() && !askedAlready) {
        askHostKey(check.presentedFingerprint);
        return;
    }
    m_key = SshKey();
    QString message = error.message;
    if (check.status == HostKeyCheck::Status::Changed)
        message = tr("WARNING: the server's host key has changed, so Quayside refused to log in.") + QLatin1Char(' ') +
                  message;
    showResult(message, true);
    appendLog(message);
}

void DeployDialog::askHostKey(const QString &fingerprint)
{
    m_offeredFingerprint = fingerprint;
    const auto target = destination();
    m_ui->hostKeyText->setText(tr("%1 presented a host key that Quayside has not seen before. Its fingerprint is:")
                                   .arg(target ? target.value().where() : m_ui->hostEdit->text()));
    m_ui->fingerprintEdit->setText(fingerprint);
    showResult(tr("Not logged in yet: check the server's host key first."), false);
    appendLog(tr("Unknown host key %1: waiting for you to check it").arg(fingerprint));
    showQuestion(Question::HostKey);
    m_ui->trustButton->setFocus();
}

void DeployDialog::trustHostKey()
{
    if (m_question != Question::HostKey || m_key.isNull())
        return;
    showQuestion(Question::None);
    appendLog(tr("Trusting exactly the host key %1, as you confirmed").arg(m_offeredFingerprint));
    openSession(HostKeyPolicy::trustOnFirstUse(m_offeredFingerprint));
}

void DeployDialog::cancelQuestion()
{
    const Question question = m_question;
    showQuestion(Question::None);
    m_key = SshKey();
    m_ui->passphraseEdit->clear();
    const QString message = question == Question::HostKey ? tr("Not connected: the host key was not trusted.")
                                                          : tr("Not connected: the private key stays locked.");
    showResult(message, false);
    appendLog(message);
}

void DeployDialog::showQuestion(Question question)
{
    m_question = question;
    m_ui->hostKeyFrame->setVisible(question == Question::HostKey);
    m_ui->passphraseFrame->setVisible(question == Question::Passphrase);
    updateButtons();
    if (question != Question::None)
        Q_EMIT questionAsked();
}

void DeployDialog::deploy()
{
    if (m_busy || !m_deployer || !m_config)
        return;
    const BalancerConfig config = *m_config;
    runVersionChange(tr("Deploying the load balancer to %1").arg(m_session ? m_session->target().where() : QString()),
                     [this, config](NginxDeployer::Callback<DeployedVersion> done) {
                         m_deployer->deploy(config, m_link, std::move(done));
                     });
}

void DeployDialog::rollBack()
{
    if (m_busy || !m_deployer)
        return;
    confirm(tr("Roll Back"),
            tr("Put the version before version %1 back in service? It is checked like any deployment and kept as a "
               "new version; no version is deleted.")
                .arg(currentVersion()),
            tr("Roll &Back"), [this] {
                runVersionChange(tr("Rolling back to the previous version"),
                                 [this](NginxDeployer::Callback<DeployedVersion> done) {
                                     m_deployer->rollback(m_link, std::move(done));
                                 });
            });
}

void DeployDialog::restoreSelected()
{
    const QList<QTreeWidgetItem *> selected = m_ui->versionsTree->selectedItems();
    if (m_busy || !m_deployer || selected.size() != 1)
        return;
    const int number = selected.first()->data(0, Qt::UserRole).toInt();
    confirm(tr("Restore Version %1").arg(number),
            tr("Put the files of version %1 back in service? They are checked like any deployment and kept as a new "
               "version.")
                .arg(number),
            tr("R&estore"), [this, number] {
                runVersionChange(tr("Restoring version %1").arg(number),
                                 [this, number](NginxDeployer::Callback<DeployedVersion> done) {
                                     m_deployer->rollbackTo(number, m_link, std::move(done));
                                 });
            });
}

void DeployDialog::confirm(const QString &title, const QString &text, const QString &action, std::function<void()> then)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
    QPushButton *accept = box->addButton(action, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, accept, then = std::move(then)](QAbstractButton *clicked) {
        if (clicked == accept && m_deployer && !m_busy)
            then();
    });
    box->open();
}

void DeployDialog::runVersionChange(const QString &what,
                                    const std::function<void(NginxDeployer::Callback<DeployedVersion>)> &run)
{
    const int before = currentVersion();
    setBusy(true, what + QStringLiteral("…"));
    appendLog(what);
    QObject *link = m_link;
    run([this, link, before](const Result<DeployedVersion> &result) {
        if (link == m_link)
            finishVersionChange(result, before);
    });
}

void DeployDialog::finishVersionChange(const Result<DeployedVersion> &result, int previousCurrent)
{
    if (result) {
        const int number = result.value().number;
        showResult(number == previousCurrent
                       ? tr("Unchanged: version %1 is in service already, so nothing was reloaded.").arg(number)
                       : tr("Version %1 is in service.").arg(number),
                   false);
    } else {
        showResult(result.error().message, true);
    }
    appendLog(resultText());
    refreshVersions([this] { setBusy(false); });
}

void DeployDialog::refreshVersions(const std::function<void()> &then)
{
    if (!m_deployer) {
        then();
        return;
    }
    QObject *link = m_link;
    m_deployer->versions(link, [this, link, then](const Result<QList<DeployedVersion>> &listed) {
        if (link != m_link)
            return;
        if (listed) {
            m_versions = listed.value();
        } else {
            appendLog(tr("Could not list the versions: %1").arg(listed.error().message));
        }
        fillVersions();
        then();
    });
}

void DeployDialog::fillVersions()
{
    QSet<int> selected;
    for (const QTreeWidgetItem *item : m_ui->versionsTree->selectedItems())
        selected << item->data(0, Qt::UserRole).toInt();
    const QSignalBlocker blocker(m_ui->versionsTree);
    m_ui->versionsTree->clear();
    for (auto version = m_versions.crbegin(); version != m_versions.crend(); ++version) {
        auto *item = new QTreeWidgetItem(m_ui->versionsTree);
        item->setData(0, Qt::UserRole, version->number);
        item->setText(0,
                      version->current ? tr("%1 (in service)").arg(version->number) : QString::number(version->number));
        item->setText(1, version->deployedAt.isValid() ? QLocale().toString(version->deployedAt.toLocalTime(),
                                                                            QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                                       : QString());
        item->setText(2, version->note.isEmpty() ? tr("deployed") : version->note);
        if (version->current) {
            QFont font = item->font(0);
            font.setBold(true);
            for (int column = 0; column < m_ui->versionsTree->columnCount(); ++column)
                item->setFont(column, font);
        }
        item->setSelected(selected.contains(version->number));
    }
    updateButtons();
}

void DeployDialog::selectionChanged()
{
    updateButtons();
    const QList<QTreeWidgetItem *> selected = m_ui->versionsTree->selectedItems();
    QList<int> numbers;
    for (const QTreeWidgetItem *item : selected)
        numbers << item->data(0, Qt::UserRole).toInt();
    std::sort(numbers.begin(), numbers.end());
    // One version is compared with the one in service: what restoring it would change.
    const int current = currentVersion();
    if (numbers.size() == 1 && current >= 0 && numbers.first() != current)
        numbers = {current, numbers.first()};
    if (numbers.size() != 2 || !m_deployer)
        return;
    const int request = ++m_diffRequest;
    const int from = numbers.at(0);
    const int to = numbers.at(1);
    QObject *link = m_link;
    m_deployer->diff(from, to, link, [this, link, request, from, to](const Result<QString> &diff) {
        if (link == m_link && request == m_diffRequest)
            showDiff(from, to, diff);
    });
}

void DeployDialog::showDiff(int from, int to, const Result<QString> &diff)
{
    QPlainTextEdit *view = m_ui->diffView;
    view->clear();
    m_ui->detailTabs->setCurrentWidget(m_ui->diffTab);
    if (!diff) {
        view->setPlainText(diff.error().message);
    } else if (diff.value().isEmpty()) {
        view->setPlainText(tr("Versions %1 and %2 have the same files.").arg(from).arg(to));
    } else {
        QTextCursor cursor(view->document());
        QTextCharFormat heading;
        heading.setFontWeight(QFont::Bold);
        cursor.insertText(tr("From version %1 to version %2:").arg(from).arg(to), heading);
        for (const QString &line : diff.value().split(QLatin1Char('\n'))) {
            cursor.insertBlock();
            cursor.insertText(line, diffFormat(line));
        }
        view->moveCursor(QTextCursor::Start);
    }
    Q_EMIT diffShown();
}

void DeployDialog::appendLog(const QString &line)
{
    m_ui->logView->appendPlainText(
        QStringLiteral("[%1] %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
}

void DeployDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_ui->progressBar->setRange(0, busy ? 0 : 1);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(busy);
    if (busy && !what.isEmpty())
        showResult(what, false);
    if (busy)
        m_ui->detailTabs->setCurrentWidget(m_ui->logTab);
    updateButtons();
    Q_EMIT busyChanged(busy);
}

void DeployDialog::showResult(const QString &text, bool error)
{
    m_resultIsError = error;
    QPalette shown = palette();
    if (error)
        shown.setColor(QPalette::WindowText, kErrorColor);
    m_ui->resultLabel->setPalette(shown);
    m_ui->resultLabel->setText(text);
}

int DeployDialog::currentVersion() const
{
    for (const DeployedVersion &version : m_versions) {
        if (version.current)
            return version.number;
    }
    return -1;
}

void DeployDialog::updateButtons()
{
    const bool idle = !m_busy && m_question == Question::None;
    const bool connected = m_deployer != nullptr;
    m_ui->destinationGroup->setEnabled(idle);
    m_ui->connectButton->setEnabled(idle);
    m_ui->deployButton->setEnabled(idle && connected && m_config.has_value());
    m_ui->deployButton->setToolTip(m_config ? tr("Check the configuration with nginx on the balancer, keep it as a "
                                                 "new version and put it in service")
                                            : m_configProblem);
    const int current = currentVersion();
    const bool earlier = std::any_of(m_versions.cbegin(), m_versions.cend(),
                                     [current](const DeployedVersion &version) { return version.number < current; });
    m_ui->rollbackButton->setEnabled(idle && connected && earlier);
    const QList<QTreeWidgetItem *> selected = m_ui->versionsTree->selectedItems();
    m_ui->restoreButton->setEnabled(idle && connected && selected.size() == 1 &&
                                    selected.first()->data(0, Qt::UserRole).toInt() != current);
}

void DeployDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        if (m_question != Question::None) {
            cancelQuestion();
            return;
        }
        if (m_busy) {
            // Close stays available; Esc alone should not drop a deployment by accident.
            m_ui->connectionLabel->setText(
                tr("Busy: wait for the result, or press Close (a deployment the balancer has started finishes "
                   "there)."));
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

} // namespace quayside
