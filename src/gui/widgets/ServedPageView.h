#pragma once

#include <QTextBrowser>
#include <QUrl>

namespace quayside {

// Shows a page a server of the fleet served (Tomcat's welcome page, the user's application) as the user would
// see it, as far as rich text goes: HTML is rendered, anything else shown as text. It loads nothing else (no
// images, no style sheets, no local files a relative link could name) and follows no link: the page comes from
// a server, not from the user.
class ServedPageView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ServedPageView(QWidget *parent = nullptr);

    // `contentType` as the server sent it ("text/html;charset=UTF-8"); an empty body shows `placeholder`.
    void showPage(const QByteArray &body, const QByteArray &contentType);
    void showPlaceholder(const QString &text);
    // The page's text as shown, for tests and screen readers.
    QString shownText() const { return toPlainText(); }

    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace quayside
