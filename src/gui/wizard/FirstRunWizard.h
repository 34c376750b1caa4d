#pragma once

#include <QWizard>

namespace quayside {

// The guided first-time setup. Each page is one step of building the fleet.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        WelcomePageId,
    };
    Q_ENUM(PageId)

    explicit FirstRunWizard(QWidget *parent = nullptr);
};

} // namespace quayside
