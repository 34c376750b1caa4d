#include "gui/wizard/CredentialsPage.h"

#include "ui_CredentialsPage.h"

#include "cloud/CloudAccountStore.h"
#include "cloud/CloudSession.h"
#include "gui/wizard/WizardState.h"
#include "gui/wizard/WizardStatus.h"

#include <QDir>
#include <QFileDialog>

namespace quayside {

namespace {

enum Method { PasswordMethod, ApplicationCredentialMethod };

bool unreachable(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::Tls:
    case Error::Kind::CertificateNameMismatch: return true;
    default: return false;
    }
}

// What a service that is not Keystone answers to a sign-in: no such path, a method it refuses, a reply that
// is not a token.
bool notIdentityService(const Error &error)
{
    return error.kind == Error::Kind::NotFound || error.kind == Error::Kind::Protocol ||
           error.kind == Error::Kind::Unsupported ||
           (error.kind == Error::Kind::Http && error.httpStatus >= 400 && error.httpStatus < 500);
}

QString orDefault(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("Default") : text;
}

} // namespace

CredentialsPage::CredentialsPage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::CredentialsPage>())
{
    m_ui->setupUi(this);
    setStatusWidget(m_ui->status);
    m_ui->rackspaceIdentityCombo->addItem(CloudAccount::rackspaceUsIdentity().toString());
    m_ui->rackspaceIdentityCombo->addItem(CloudAccount::rackspaceUkIdentity().toString());
    m_ui->rackspaceIdentityCombo->setToolTip(
        tr("US accounts (and those of Hong Kong and Sydney) sign in at the first, London accounts at the second."));
    m_ui->importedCombo->hide();
    methodChanged();
    // The labels of the cloud's fields and of the account's name line up, although they sit in two grids.
    int labelWidth = 0;
    const QList<QLabel *> labels{m_ui->rackspaceUserLabel,
                                 m_ui->rackspaceApiKeyLabel,
                                 m_ui->rackspaceIdentityLabel,
                                 m_ui->authUrlLabel,
                                 m_ui->methodLabel,
                                 m_ui->userLabel,
                                 m_ui->appCredentialIdLabel,
                                 m_ui->secretLabel,
                                 m_ui->projectLabel,
                                 m_ui->userDomainLabel,
                                 m_ui->projectDomainLabel,
                                 m_ui->regionLabel,
                                 m_ui->sandboxUrlTitle,
                                 m_ui->sandboxUserTitle,
                                 m_ui->sandboxFolderTitle,
                                 m_ui->nameLabel};
    for (QLabel *label : labels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(labelWidth);

    const auto changed = [this] {
        invalidate();
        Q_EMIT completeChanged();
    };
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, changed);
    connect(m_ui->rackspaceIdentityCombo, &QComboBox::currentTextChanged, this, changed);
    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this, [this, changed] {
        methodChanged();
        changed();
    });
    // Until the user names the account, it is named after the cloud's host.
    connect(m_ui->authUrlEdit, &QLineEdit::textEdited, this, [this] {
        if (!m_ui->nameEdit->isModified())
            m_ui->nameEdit->setText(defaultName());
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, &CredentialsPage::chooseImportFile);
    connect(m_ui->importedCombo, &QComboBox::activated, this, &CredentialsPage::fillFromImport);
}

CredentialsPage::~CredentialsPage() = default;

void CredentialsPage::initializePage()
{
    switch (state()->cloudKind()) {
    case WizardState::CloudKind::Rackspace:
        showPanel(m_ui->rackspacePage);
        setSubTitle(tr("Your Rackspace user name and API key. Quayside signs in to check them, then keeps the key "
                       "in your system keychain."));
        break;
    case WizardState::CloudKind::OpenStack:
        showPanel(m_ui->openStackPage);
        setSubTitle(tr("Where the cloud's identity service (Keystone) is, and who you are there. Quayside signs in "
                       "to check them, then keeps the secret in your system keychain."));
        break;
    case WizardState::CloudKind::Sandbox:
        showPanel(m_ui->sandboxPage);
        setSubTitle(tr("The sandbox on this computer. Its password stays in the sandbox's own folder."));
        m_ui->sandboxUrlLabel->setText(state()->account().authUrl.toDisplayString());
        m_ui->sandboxUserLabel->setText(
            tr("%1 (project %2)").arg(state()->account().userName, state()->account().projectName));
        m_ui->sandboxFolderLabel->setText(QDir::toNativeSeparators(state()->sandboxFolder()));
        break;
    }
    m_ui->nameRow->setVisible(state()->cloudKind() != WizardState::CloudKind::Sandbox);
    if (m_ui->nameEdit->text().isEmpty() || !m_ui->nameEdit->isModified())
        m_ui->nameEdit->setText(defaultName());
    // The kind may have changed since the last visit: what was checked then no longer counts.
    invalidate();
    Q_EMIT completeChanged();
}

void CredentialsPage::showPanel(QWidget *panel)
{
    // One panel of fields at a time; hidden ones take no room, so the account's name follows the fields.
    for (QWidget *each : {m_ui->rackspacePage, m_ui->openStackPage, m_ui->sandboxPage})
        each->setVisible(each == panel);
}

QString CredentialsPage::defaultName() const
{
    switch (state()->cloudKind()) {
    case WizardState::CloudKind::Rackspace: return tr("Rackspace");
    case WizardState::CloudKind::OpenStack: {
        if (m_hasImportBase && !m_importBase.displayName.isEmpty())
            return m_importBase.displayName;
        const QString host = QUrl(m_ui->authUrlEdit->text().trimmed()).host();
        return host.isEmpty() ? tr("OpenStack") : host;
    }
    case WizardState::CloudKind::Sandbox: break;
    }
    return tr("Sandbox");
}

void CredentialsPage::methodChanged()
{
    const bool password = m_ui->methodCombo->currentIndex() == PasswordMethod;
    m_ui->appCredentialIdLabel->setVisible(!password);
    m_ui->appCredentialIdEdit->setVisible(!password);
    m_ui->secretLabel->setText(password ? tr("&Password:") : tr("Se&cret:"));
    // An application credential carries its project; the user is needed only with its name.
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->projectLabel), static_cast<QWidget *>(m_ui->projectEdit),
          static_cast<QWidget *>(m_ui->projectDomainLabel), static_cast<QWidget *>(m_ui->projectDomainEdit)})
        widget->setVisible(password);
    m_ui->userEdit->setPlaceholderText(password ? QString() : tr("only with a credential name instead of an ID"));
}

bool CredentialsPage::isInputComplete() const
{
    switch (state()->cloudKind()) {
    case WizardState::CloudKind::Rackspace:
        return !m_ui->rackspaceUserEdit->text().trimmed().isEmpty() && !m_ui->rackspaceApiKeyEdit->text().isEmpty() &&
               !m_ui->nameEdit->text().trimmed().isEmpty();
    case WizardState::CloudKind::OpenStack: {
        const bool password = m_ui->methodCombo->currentIndex() == PasswordMethod;
        const bool who = password ? !m_ui->userEdit->text().trimmed().isEmpty()
                                  : !m_ui->appCredentialIdEdit->text().trimmed().isEmpty();
        return !m_ui->authUrlEdit->text().trimmed().isEmpty() && who && !m_ui->secretEdit->text().isEmpty() &&
               !m_ui->nameEdit->text().trimmed().isEmpty();
    }
    case WizardState::CloudKind::Sandbox: return state()->session() != nullptr;
    }
    return false;
}

CloudAccount CredentialsPage::accountFromForm() const
{
    if (state()->cloudKind() == WizardState::CloudKind::Sandbox)
        return state()->account();
    CloudAccount account;
    account.displayName = m_ui->nameEdit->text().trimmed();
    if (state()->cloudKind() == WizardState::CloudKind::Rackspace) {
        account.method = CloudAuthMethod::RackspaceApiKey;
        account.authUrl = QUrl(m_ui->rackspaceIdentityCombo->currentText().trimmed());
        account.userName = m_ui->rackspaceUserEdit->text().trimmed();
        return account;
    }
    if (m_hasImportBase)
        account = m_importBase;
    account.displayName = m_ui->nameEdit->text().trimmed();
    account.authUrl = QUrl(m_ui->authUrlEdit->text().trimmed());
    const bool password = m_ui->methodCombo->currentIndex() == PasswordMethod;
    // Imported ids count only while the names shown are the imported ones.
    const auto keep = [](QString &id, const QString &importedName, const QString &shownName) {
        if (importedName != shownName)
            id.clear();
    };
    const QString user = m_ui->userEdit->text().trimmed();
    const QString project = m_ui->projectEdit->text().trimmed();
    const QString userDomain = m_ui->userDomainEdit->text().trimmed();
    const QString projectDomain = m_ui->projectDomainEdit->text().trimmed();
    keep(account.userId, account.userName, user);
    keep(account.projectId, account.projectName, project);
    keep(account.userDomainId, account.userDomainName, userDomain);
    keep(account.projectDomainId, account.projectDomainName, projectDomain);
    account.userName = user;
    account.projectName = project;
    // Keystone's own domain is "Default"; the fields show that as their placeholder.
    account.userDomainName =
        userDomain.isEmpty() && account.userDomainId.isEmpty() ? QStringLiteral("Default") : userDomain;
    account.projectDomainName =
        projectDomain.isEmpty() && account.projectDomainId.isEmpty() ? QStringLiteral("Default") : projectDomain;
    account.region = m_ui->regionEdit->text().trimmed();
    if (password) {
        account.method = account.authUrl.path().contains(QLatin1String("/v2.0")) ? CloudAuthMethod::KeystoneV2Password
                                                                                 : CloudAuthMethod::KeystoneV3Password;
        account.applicationCredentialId.clear();
        account.applicationCredentialName.clear();
    } else {
        account.method = CloudAuthMethod::KeystoneV3ApplicationCredential;
        // A credential is named by id, or by name together with its user.
        const QString credential = m_ui->appCredentialIdEdit->text().trimmed();
        if (user.isEmpty()) {
            account.applicationCredentialId = credential;
            account.applicationCredentialName.clear();
        } else {
            account.applicationCredentialName = credential;
            account.applicationCredentialId.clear();
        }
    }
    return account;
}

QByteArray CredentialsPage::secretFromForm() const
{
    switch (state()->cloudKind()) {
    case WizardState::CloudKind::Rackspace: return m_ui->rackspaceApiKeyEdit->text().trimmed().toUtf8();
    case WizardState::CloudKind::OpenStack: return m_ui->secretEdit->text().toUtf8();
    case WizardState::CloudKind::Sandbox: break;
    }
    return state()->secret();
}

QString CredentialsPage::accountId(const QString &displayName) const
{
    if (!m_storedId.isEmpty())
        return m_storedId;
    QSet<QString> taken;
    for (const CloudAccount &account : state()->accounts()->accounts())
        taken.insert(account.id);
    return CloudAccountImport::makeId(displayName, taken);
}

void CredentialsPage::startCheck()
{
    if (state()->cloudKind() == WizardState::CloudKind::Sandbox) {
        // Page 1 read the sandbox's credentials; the sign-in is asked again (at once while the token lasts).
        QObject *work = beginWork(tr("Signing in to the sandbox..."));
        state()->session()->token(work, [this](const Result<KeystoneToken> &token) {
            if (token)
                passCheck(tr("Signed in to the sandbox as %1.").arg(token.value().userName));
            else
                explainRefusal(state()->account(), {}, token.error());
        });
        return;
    }
    CloudAccount account = accountFromForm();
    account.id = accountId(account.displayName);
    const QByteArray secret = secretFromForm();
    const auto valid = CloudAccountStore::validate(account);
    if (!valid) {
        failCheck(valid.error().message, Failure::InputRefused);
        return;
    }
    state()->setAccount(account, secret);
    QObject *work = beginWork(tr("Signing in to %1...").arg(account.authUrl.host()));
    state()->session()->token(work, [this, account, secret](const Result<KeystoneToken> &token) {
        if (!token) {
            explainRefusal(account, secret, token.error());
            return;
        }
        storeAccount(account, token.value().userName.isEmpty() ? account.userName : token.value().userName);
    });
}

void CredentialsPage::storeAccount(const CloudAccount &account, const QString &userName)
{
    QObject *work = beginWork(tr("Saving the account in the keychain..."));
    const auto stored = [this, account, userName](const Result<void> &result) {
        if (!result) {
            failCheck(tr("Signed in, but the account could not be saved: %1").arg(result.error().message));
            return;
        }
        m_storedId = account.id;
        state()->setAccountStored();
        passCheck(tr("Signed in as %1. The account \"%2\" is saved, its %3 in the keychain.")
                      .arg(userName, account.displayName, CloudAccountStore::secretName(account.method)));
    };
    if (m_storedId.isEmpty())
        state()->accounts()->add(account, state()->secret(), work, stored);
    else
        state()->accounts()->update(account, state()->secret(), work, stored);
}

void CredentialsPage::explainRefusal(const CloudAccount &account, const QByteArray &secret, const Error &error)
{
    const QString address = account.authUrl.toDisplayString();
    const bool sandbox = state()->cloudKind() == WizardState::CloudKind::Sandbox;
    if (unreachable(error)) {
        failCheck(sandbox ? tr("The sandbox does not answer at %1: start it with the command quayside-sandbox and "
                               "try again. (%2)")
                                .arg(address, error.message)
                          : tr("The address is wrong or unreachable: Quayside cannot reach the identity service at "
                               "%1. Check the address and this computer's network. (%2)")
                                .arg(address, error.message));
        m_ui->authUrlEdit->setFocus();
        return;
    }
    if (notIdentityService(error)) {
        failCheck(tr("The address is wrong: %1 does not answer like an OpenStack identity service (Keystone). "
                     "Such addresses usually end in /v3 (or /v2.0 on old clouds). (%2)")
                      .arg(address, error.message),
                  Failure::InputRefused);
        m_ui->authUrlEdit->setFocus();
        return;
    }
    if (error.kind == Error::Kind::Unauthorized && error.httpStatus == 403) {
        failCheck(tr("The project was refused: the identity service accepted the user but does not let it use "
                     "the project \"%1\". Check the project and that the user has a role in it. (%2)")
                      .arg(account.projectName.isEmpty() ? account.projectId : account.projectName, error.message),
                  Failure::InputRefused);
        m_ui->projectEdit->setFocus();
        return;
    }
    if (error.kind != Error::Kind::Unauthorized) {
        failCheck(error.message,
                  error.kind == Error::Kind::InvalidInput ? Failure::InputRefused : Failure::MayPassLater);
        return;
    }
    const auto userRefused = [this, account] {
        switch (account.method) {
        case CloudAuthMethod::RackspaceApiKey:
            failCheck(tr("The user name or the API key is wrong: Rackspace did not accept them. Copy the API key "
                         "again from the Cloud Control Panel."),
                      Failure::InputRefused);
            m_ui->rackspaceApiKeyEdit->setFocus();
            return;
        case CloudAuthMethod::KeystoneV3ApplicationCredential:
            failCheck(tr("The application credential or its secret is wrong: the identity service did not accept "
                         "them. Check that the credential still exists and has not expired."),
                      Failure::InputRefused);
            m_ui->secretEdit->setFocus();
            return;
        default:
            failCheck(tr("The user name or the password is wrong: the identity service did not accept them. Check "
                         "them, and the user's domain (%1).")
                          .arg(orDefault(account.userDomainName)),
                      Failure::InputRefused);
            m_ui->secretEdit->setFocus();
            return;
        }
    };
    if (!KeystoneClient::canSignInUnscoped(account.method) || !state()->session()) {
        userRefused();
        return;
    }
    // A project-scoped sign-in refused: the user alone tells whether the user or the project was wrong.
    QObject *work = beginWork(tr("Checking whether the user or the project was refused..."));
    state()->session()->keystone().checkUserUnscoped(
        account, secret, work, [this, account, userRefused](const Result<void> &user) {
            if (!user) {
                userRefused();
                return;
            }
            failCheck(tr("The project is wrong: the user name and password are right, but the project \"%1\" (domain "
                         "%2) does not exist or the user has no role in it.")
                          .arg(account.projectName.isEmpty() ? account.projectId : account.projectName,
                               orDefault(account.projectDomainName)),
                      Failure::InputRefused);
            m_ui->projectEdit->setFocus();
        });
}

void CredentialsPage::chooseImportFile()
{
    auto *dialog = new QFileDialog(this, tr("Import a clouds.yaml or openrc file"), QDir::homePath(),
                                   tr("OpenStack credentials (clouds.yaml clouds.yml *.yaml *.yml *openrc* *.sh);;"
                                      "All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { importFile(path); });
    dialog->open();
}

bool CredentialsPage::importFile(const QString &path)
{
    invalidate();
    CloudAccountImport import;
    const bool yaml = path.endsWith(QLatin1String(".yaml")) || path.endsWith(QLatin1String(".yml"));
    const auto imported = yaml ? import.fromCloudsYamlFile(path) : import.fromOpenRcFile(path);
    if (!imported) {
        status()->showError(imported.error().message);
        return false;
    }
    m_imported = imported.value();
    m_ui->importedCombo->clear();
    for (const ImportedAccount &each : std::as_const(m_imported))
        m_ui->importedCombo->addItem(each.account.displayName);
    m_ui->importedCombo->setVisible(m_imported.size() > 1);
    fillFromImport(0);
    return true;
}

void CredentialsPage::fillFromImport(int index)
{
    if (index < 0 || index >= m_imported.size())
        return;
    invalidate();
    const ImportedAccount &imported = m_imported.at(index);
    m_importBase = imported.account;
    m_hasImportBase = true;
    const CloudAccount &account = imported.account;
    m_ui->authUrlEdit->setText(account.authUrl.toString());
    const bool credential = account.method == CloudAuthMethod::KeystoneV3ApplicationCredential;
    m_ui->methodCombo->setCurrentIndex(credential ? ApplicationCredentialMethod : PasswordMethod);
    m_ui->userEdit->setText(account.userName);
    m_ui->appCredentialIdEdit->setText(account.applicationCredentialId.isEmpty() ? account.applicationCredentialName
                                                                                 : account.applicationCredentialId);
    m_ui->projectEdit->setText(account.projectName);
    m_ui->userDomainEdit->setText(account.userDomainName);
    m_ui->projectDomainEdit->setText(account.projectDomainName);
    m_ui->regionEdit->setText(account.region);
    m_ui->secretEdit->setText(QString::fromUtf8(imported.secret));
    m_ui->nameEdit->setText(account.displayName);
    m_ui->nameEdit->setModified(true);
    QStringList notes = imported.warnings;
    if (imported.needsSecret || imported.secret.isEmpty()) {
        notes.prepend(tr("The file holds no secret: type it in."));
        m_ui->secretEdit->setFocus();
    }
    if (notes.isEmpty())
        status()->showSuccess(tr("Imported \"%1\". Press Next to sign in.").arg(account.displayName));
    else
        status()->showSuccess(notes.join(QLatin1Char(' ')));
    Q_EMIT completeChanged();
}

} // namespace quayside
