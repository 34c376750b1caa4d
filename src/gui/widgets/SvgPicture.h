#pragma once

#include <QSvgRenderer>
#include <QWidget>

namespace quayside {

// Shows an SVG drawing scaled to the widget while keeping its proportions (QSvgWidget stretches it).
class SvgPicture : public QWidget
{
    Q_OBJECT

public:
    explicit SvgPicture(QWidget *parent = nullptr);

    void setSource(const QString &fileName);
    bool isValid() const { return m_renderer.isValid(); }

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return m_renderer.isValid(); }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSvgRenderer m_renderer;
};

} // namespace quayside
