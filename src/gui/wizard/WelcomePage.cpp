#include "gui/wizard/WelcomePage.h"

#include "ui_WelcomePage.h"

#include "cloud/CloudSession.h"
#include "gui/wizard/WizardStatus.h"

#include <QDir>

namespace quayside {

WelcomePage::WelcomePage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    setStatusWidget(m_ui->status);
    m_ui->architecturePicture->setSource(QStringLiteral(":/architecture.svg"));
    // The picture gives way to the choice when the window is small.
    m_ui->architecturePicture->setMinimumHeight(120);
    for (QRadioButton *radio : {m_ui->rackspaceRadio, m_ui->openStackRadio, m_ui->sandboxRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on) {
                invalidate();
                status()->clear();
            }
        });
    }
    setCloudKind(state->cloudKind());
}

WelcomePage::~WelcomePage() = default;

WizardState::CloudKind WelcomePage::cloudKind() const
{
    if (m_ui->rackspaceRadio->isChecked())
        return WizardState::CloudKind::Rackspace;
    if (m_ui->openStackRadio->isChecked())
        return WizardState::CloudKind::OpenStack;
    return WizardState::CloudKind::Sandbox;
}

void WelcomePage::setCloudKind(WizardState::CloudKind kind)
{
    switch (kind) {
    case WizardState::CloudKind::Rackspace: m_ui->rackspaceRadio->setChecked(true); break;
    case WizardState::CloudKind::OpenStack: m_ui->openStackRadio->setChecked(true); break;
    case WizardState::CloudKind::Sandbox: m_ui->sandboxRadio->setChecked(true); break;
    }
}

void WelcomePage::startCheck()
{
    state()->setCloudKind(cloudKind());
    if (cloudKind() != WizardState::CloudKind::Sandbox) {
        passCheck();
        return;
    }
    const auto credentials = state()->readSandboxCredentials();
    if (!credentials) {
        failCheck(credentials.error().message);
        return;
    }
    const QUrl url = credentials.value().first.authUrl;
    state()->setAccount(credentials.value().first, credentials.value().second);
    QObject *work = beginWork(tr("Looking for the sandbox at %1...").arg(url.toDisplayString()));
    state()->session()->token(work, [this, url](const Result<KeystoneToken> &token) {
        if (token) {
            passCheck(tr("The sandbox answers at %1.").arg(url.toDisplayString()));
            return;
        }
        const Error &error = token.error();
        if (error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout)
            failCheck(tr("The sandbox is not running: nothing answers at %1. Start it with the command "
                         "quayside-sandbox, leave it running, and press Next again.")
                          .arg(url.toDisplayString()));
        else if (error.kind == Error::Kind::Unauthorized)
            failCheck(tr("The sandbox at %1 does not accept the credentials in %2: another sandbox may be running "
                         "there. Stop it and start quayside-sandbox again.")
                          .arg(url.toDisplayString(), QDir::toNativeSeparators(state()->sandboxFolder())));
        else
            failCheck(error.message);
    });
}

} // namespace quayside
