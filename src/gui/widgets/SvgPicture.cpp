#include "gui/widgets/SvgPicture.h"

#include <QPainter>

namespace quayside {

SvgPicture::SvgPicture(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void SvgPicture::setSource(const QString &fileName)
{
    m_renderer.load(fileName);
    updateGeometry();
    update();
}

QSize SvgPicture::sizeHint() const
{
    return m_renderer.isValid() ? m_renderer.defaultSize() : QSize(200, 100);
}

int SvgPicture::heightForWidth(int width) const
{
    const QSize size = m_renderer.defaultSize();
    return size.width() > 0 ? width * size.height() / size.width() : 0;
}

void SvgPicture::paintEvent(QPaintEvent *)
{
    if (!m_renderer.isValid())
        return;
    QSizeF target = m_renderer.defaultSize();
    target.scale(size(), Qt::KeepAspectRatio);
    const QRectF area((width() - target.width()) / 2.0, (height() - target.height()) / 2.0, target.width(),
                      target.height());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    m_renderer.render(&painter, area);
}

} // namespace quayside
