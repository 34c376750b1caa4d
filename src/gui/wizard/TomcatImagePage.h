#pragma once

#include "gui/wizard/PlanPage.h"

#include <memory>

namespace Ui {
class TomcatImagePage;
}

namespace quayside {

// Page 6: the Tomcat image. The Dockerfile is shown and can be edited (Quayside's own is the start, and can be
// restored), a WAR file can be chosen to deploy as the root application; "Build and try it" keeps both in the
// fleet's folder (so a resumed run builds the same), builds the image on the first Docker host and starts a
// test container of it, whose page is then shown. A failed build is fixed in the editor and built again.
class TomcatImagePage : public PlanPage
{
    Q_OBJECT

public:
    explicit TomcatImagePage(WizardState *state, QWidget *parent = nullptr);
    ~TomcatImagePage() override;

    QString dockerfileText() const;
    void setDockerfileText(const QString &text);
    QString warPath() const;
    void setWarPath(const QString &path);
    // Starts the build, as the button does.
    void build();
    QString shownPageText() const;

protected:
    bool startsByItself() const override { return false; }
    void fleetOpened() override;
    void runSucceeded() override;

private:
    void chooseWar();
    void updateButtons();

    std::unique_ptr<Ui::TomcatImagePage> m_ui;
    bool m_sourcesLoaded = false;
};

} // namespace quayside
