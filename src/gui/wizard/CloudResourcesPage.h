#pragma once

#include "cloud/NovaTypes.h"
#include "gui/wizard/WizardPage.h"

#include <memory>
#include <optional>

namespace Ui {
class CloudResourcesPage;
}

namespace quayside {

// Page 3: region, flavor and base image, listed from the live cloud with the signed-in session (regions
// from the token's catalog, flavors and images from Nova in the chosen region), each with a proposal, and
// the networks (public + ServiceNet on Rackspace, the cloud's default elsewhere).
class CloudResourcesPage : public WizardPage
{
    Q_OBJECT

public:
    explicit CloudResourcesPage(WizardState *state, QWidget *parent = nullptr);
    ~CloudResourcesPage() override;

    void initializePage() override;

    // Whether a server of this flavor can be snapshotted as the plan does it: a flavor without a root disk of
    // its own boots from a volume, whose createImage is a volume snapshot, not an image to boot clones from.
    static bool canBeSnapshotted(const NovaFlavor &flavor);
    // The smallest flavor (by memory, then disk, then vCPUs) with at least 1 GiB that can be snapshotted.
    static std::optional<NovaFlavor> proposedFlavor(const QList<NovaFlavor> &flavors);
    // An active base image (no snapshot) of Debian, the newest release; else of an Ubuntu LTS, the newest.
    static std::optional<NovaImage> proposedImage(const QList<NovaImage> &images);

    QString selectedRegion() const;
    QString selectedFlavorId() const;
    QString selectedImageId() const;
    QStringList selectedNetworks() const;

Q_SIGNALS:
    // The lists were filled (or failed to be) for a region.
    void loaded(bool ok);

protected:
    bool isInputComplete() const override;
    void startCheck() override;

private:
    void load();
    void loadRegion(const QString &region);
    void fillFlavors(const QList<NovaFlavor> &flavors);
    void fillImages(const QList<NovaImage> &images);
    void failLoading(const Error &error);

    std::unique_ptr<Ui::CloudResourcesPage> m_ui;
    QString m_loadedFor; // the account the lists are of
};

} // namespace quayside
