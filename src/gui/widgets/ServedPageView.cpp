#include "gui/widgets/ServedPageView.h"

#include <QStringDecoder>

namespace quayside {

ServedPageView::ServedPageView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

void ServedPageView::showPage(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray type = contentType.toLower();
    const bool html = type.startsWith("text/html") || (type.isEmpty() && body.trimmed().startsWith('<'));
    // The charset the server named, else UTF-8 (Tomcat's pages say so).
    QString text;
    const int charset = type.indexOf("charset=");
    const QByteArray name = charset >= 0 ? type.mid(charset + 8).split(';').first().trimmed() : QByteArray("UTF-8");
    QStringDecoder decoder(name.constData());
    if (decoder.isValid())
        text = decoder.decode(body);
    else
        text = QString::fromUtf8(body);
    if (html)
        setHtml(text);
    else
        setPlainText(text);
}

void ServedPageView::showPlaceholder(const QString &text)
{
    setPlainText(text);
}

QVariant ServedPageView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

} // namespace quayside
