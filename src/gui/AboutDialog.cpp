#include "gui/AboutDialog.h"

#include "ui_AboutDialog.h"

#include "core/BuildInfo.h"

#include <QIcon>

namespace quayside {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/quayside.svg")).pixmap(64, 64));
    m_ui->titleLabel->setText(tr("<h2>Quayside %1</h2>").arg(BuildInfo::version().toHtmlEscaped()));
    m_ui->librariesLabel->setText(tr("Built with %1.").arg(BuildInfo::libraryVersions().toHtmlEscaped()));
}

AboutDialog::~AboutDialog() = default;

} // namespace quayside
