#include "gui/wizard/CloudResourcesPage.h"

#include "ui_CloudResourcesPage.h"

#include "cloud/CloudSession.h"
#include "cloud/NovaClient.h"
#include "gui/wizard/WizardState.h"
#include "gui/wizard/WizardStatus.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStandardItemModel>

#include <algorithm>

namespace quayside {

namespace {

// The Debian release in an image's name ("Debian 12 (Bookworm)", "debian-12"); 0 when it is none.
int debianRelease(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("debian[^0-9]{0,3}(\\d+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(name);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// The Ubuntu LTS release in an image's name ("Ubuntu 22.04 LTS" gives 2204); 0 when it is none. LTS releases
// come in April of even years.
int ubuntuLtsRelease(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("ubuntu[^0-9]{0,3}(\\d\\d)\\.(\\d\\d)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return 0;
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    return year % 2 == 0 && month == 4 ? year * 100 + month : 0;
}

} // namespace

CloudResourcesPage::CloudResourcesPage(WizardState *state, QWidget *parent)
    : WizardPage(state, parent)
    , m_ui(std::make_unique<Ui::CloudResourcesPage>())
{
    m_ui->setupUi(this);
    setStatusWidget(m_ui->status);
    connect(m_ui->regionCombo, &QComboBox::activated, this,
            [this] { loadRegion(m_ui->regionCombo->currentData().toString()); });
    for (QComboBox *combo : {m_ui->flavorCombo, m_ui->imageCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            invalidate();
            Q_EMIT completeChanged();
        });
    connect(m_ui->serviceNetCheck, &QCheckBox::toggled, this, [this] { invalidate(); });
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &CloudResourcesPage::load);
}

CloudResourcesPage::~CloudResourcesPage() = default;

bool CloudResourcesPage::canBeSnapshotted(const NovaFlavor &flavor)
{
    return flavor.diskGb > 0;
}

std::optional<NovaFlavor> CloudResourcesPage::proposedFlavor(const QList<NovaFlavor> &flavors)
{
    std::optional<NovaFlavor> best;
    const auto smaller = [](const NovaFlavor &a, const NovaFlavor &b) {
        return std::tie(a.ramMb, a.diskGb, a.vcpus) < std::tie(b.ramMb, b.diskGb, b.vcpus);
    };
    for (const NovaFlavor &flavor : flavors) {
        if (flavor.ramMb >= 1024 && canBeSnapshotted(flavor) && (!best || smaller(flavor, *best)))
            best = flavor;
    }
    return best;
}

std::optional<NovaImage> CloudResourcesPage::proposedImage(const QList<NovaImage> &images)
{
    std::optional<NovaImage> bestDebian;
    std::optional<NovaImage> bestUbuntu;
    for (const NovaImage &image : images) {
        if (image.isSnapshot || image.status != QLatin1String("ACTIVE"))
            continue;
        const int debian = debianRelease(image.name);
        if (debian > 0 && (!bestDebian || debian > debianRelease(bestDebian->name)))
            bestDebian = image;
        const int ubuntu = ubuntuLtsRelease(image.name);
        if (ubuntu > 0 && (!bestUbuntu || ubuntu > ubuntuLtsRelease(bestUbuntu->name)))
            bestUbuntu = image;
    }
    return bestDebian ? bestDebian : bestUbuntu;
}

void CloudResourcesPage::initializePage()
{
    const bool rackspace = state()->account().method == CloudAuthMethod::RackspaceApiKey;
    m_ui->publicNetCheck->setVisible(rackspace);
    m_ui->serviceNetCheck->setVisible(rackspace);
    m_ui->defaultNetworkLabel->setVisible(!rackspace);
    const QString account = state()->account().id + QLatin1Char(' ') + state()->account().authUrl.toString();
    if (account != m_loadedFor || m_ui->flavorCombo->count() == 0)
        load();
}

void CloudResourcesPage::load()
{
    m_loadedFor = state()->account().id + QLatin1Char(' ') + state()->account().authUrl.toString();
    m_ui->regionCombo->clear();
    m_ui->flavorCombo->clear();
    m_ui->imageCombo->clear();
    if (!state()->session()) {
        endWork(tr("Sign in on the previous page first."));
        return;
    }
    QObject *work = beginWork(tr("Reading the cloud's regions..."));
    state()->session()->token(work, [this](const Result<KeystoneToken> &token) {
        if (!token) {
            failLoading(token.error());
            return;
        }
        const QStringList regions = token.value().catalog.regions(QStringLiteral("compute"));
        if (regions.isEmpty()) {
            failLoading(Error{Error::Kind::NotFound, 0,
                              tr("The cloud's catalog lists no compute service (Nova) for this account, so Quayside "
                                 "cannot make servers there. Check the project.")});
            return;
        }
        // The account's region, else the one the cloud names as the user's default (Rackspace), else the first.
        QString chosen = state()->account().region;
        if (!regions.contains(chosen))
            chosen = token.value().defaultRegion;
        if (!regions.contains(chosen))
            chosen = regions.first();
        const QSignalBlocker blocker(m_ui->regionCombo);
        for (const QString &region : regions)
            m_ui->regionCombo->addItem(region.isEmpty() ? tr("(unnamed region)") : region, region);
        m_ui->regionCombo->setCurrentIndex(int(regions.indexOf(chosen)));
        loadRegion(chosen);
    });
}

void CloudResourcesPage::loadRegion(const QString &region)
{
    m_ui->flavorCombo->clear();
    m_ui->imageCombo->clear();
    state()->session()->setRegion(region);
    QObject *work = beginWork(tr("Reading the flavors and images of region %1...").arg(region));
    state()->nova()->flavors(work, [this, work](const Result<QList<NovaFlavor>> &flavors) {
        if (!flavors) {
            failLoading(flavors.error());
            return;
        }
        fillFlavors(flavors.value());
        state()->nova()->images(work, [this](const Result<QList<NovaImage>> &images) {
            if (!images) {
                failLoading(images.error());
                return;
            }
            fillImages(images.value());
            endWork();
            if (!proposedImage(images.value()))
                status()->showSuccess(tr("The cloud offers no Debian or Ubuntu LTS image here: choose the base "
                                         "image yourself. Quayside's recipes need Debian or Ubuntu."));
            Q_EMIT loaded(true);
            Q_EMIT completeChanged();
        });
    });
}

void CloudResourcesPage::failLoading(const Error &error)
{
    endWork(tr("Quayside could not read what the cloud offers: %1 Press Reload to try again.").arg(error.message));
    Q_EMIT loaded(false);
}

void CloudResourcesPage::fillFlavors(const QList<NovaFlavor> &flavors)
{
    QList<NovaFlavor> sorted = flavors;
    std::sort(sorted.begin(), sorted.end(), [](const NovaFlavor &a, const NovaFlavor &b) {
        return std::tie(a.ramMb, a.diskGb, a.vcpus, a.name) < std::tie(b.ramMb, b.diskGb, b.vcpus, b.name);
    });
    const auto proposed = proposedFlavor(sorted);
    const QSignalBlocker blocker(m_ui->flavorCombo);
    auto *model = qobject_cast<QStandardItemModel *>(m_ui->flavorCombo->model());
    const QLocale locale;
    for (const NovaFlavor &flavor : std::as_const(sorted)) {
        QString text = tr("%1: %n vCPU(s), %2 memory, %3 GB disk", nullptr, flavor.vcpus)
                           .arg(flavor.name, locale.formattedDataSize(qint64(flavor.ramMb) * 1024 * 1024, 1,
                                                                      QLocale::DataSizeTraditionalFormat))
                           .arg(flavor.diskGb);
        const bool usable = canBeSnapshotted(flavor);
        if (!usable)
            text = tr("%1 (no disk of its own: cannot be snapshotted)").arg(text);
        m_ui->flavorCombo->addItem(text, flavor.id);
        if (!usable && model)
            model->item(m_ui->flavorCombo->count() - 1)->setEnabled(false);
        if (proposed && proposed->id == flavor.id)
            m_ui->flavorCombo->setCurrentIndex(m_ui->flavorCombo->count() - 1);
    }
    if (!proposed)
        m_ui->flavorCombo->setCurrentIndex(-1);
}

void CloudResourcesPage::fillImages(const QList<NovaImage> &images)
{
    QList<NovaImage> offered;
    for (const NovaImage &image : images) {
        if (!image.isSnapshot && image.status == QLatin1String("ACTIVE"))
            offered << image;
    }
    std::sort(offered.begin(), offered.end(),
              [](const NovaImage &a, const NovaImage &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    const auto proposed = proposedImage(offered);
    const QSignalBlocker blocker(m_ui->imageCombo);
    for (const NovaImage &image : std::as_const(offered)) {
        m_ui->imageCombo->addItem(image.name.isEmpty() ? image.id : image.name, image.id);
        m_ui->imageCombo->setItemData(m_ui->imageCombo->count() - 1, image.id, Qt::ToolTipRole);
    }
    m_ui->imageCombo->setCurrentIndex(proposed ? m_ui->imageCombo->findData(proposed->id) : -1);
}

QString CloudResourcesPage::selectedRegion() const
{
    return m_ui->regionCombo->currentData().toString();
}

QString CloudResourcesPage::selectedFlavorId() const
{
    return m_ui->flavorCombo->currentData().toString();
}

QString CloudResourcesPage::selectedImageId() const
{
    return m_ui->imageCombo->currentData().toString();
}

QStringList CloudResourcesPage::selectedNetworks() const
{
    if (state()->account().method != CloudAuthMethod::RackspaceApiKey)
        return {};
    QStringList networks{rackspacePublicNet()};
    if (m_ui->serviceNetCheck->isChecked())
        networks << rackspaceServiceNet();
    return networks;
}

bool CloudResourcesPage::isInputComplete() const
{
    return !selectedFlavorId().isEmpty() && !selectedImageId().isEmpty();
}

void CloudResourcesPage::startCheck()
{
    state()->setCloudResources(selectedRegion(), selectedFlavorId(), selectedImageId(), selectedNetworks());
    passCheck();
}

} // namespace quayside
