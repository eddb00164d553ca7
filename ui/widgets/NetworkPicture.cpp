// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/NetworkPicture.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace koordinera::ui {

namespace {

// A box for a name and one line under it, as wide as the longer of the two (within `maxWidth`).
QSizeF boxSize(const QFontMetricsF& bold, const QFontMetricsF& plain, const QString& title, const QString& detail,
               qreal maxWidth)
{
    const qreal padding = plain.height() * 0.6;
    const qreal width = std::max(bold.horizontalAdvance(title), plain.horizontalAdvance(detail)) + 2 * padding;
    const qreal height = bold.height() + (detail.isEmpty() ? 0 : plain.height()) + padding;
    return {std::min(width, maxWidth), height};
}

void drawBox(QPainter& painter, const QRectF& box, const QString& title, const QString& detail, const QFont& boldFont,
             const QFont& plainFont, const QColor& ink, const QColor& fill)
{
    const QFontMetricsF bold(boldFont, painter.device());
    const QFontMetricsF plain(plainFont, painter.device());
    const qreal padding = plain.height() * 0.6;
    QPainterPath path;
    path.addRoundedRect(box, padding, padding);
    painter.fillPath(path, fill);
    painter.setPen(QPen(ink, 0));
    painter.drawPath(path);
    const qreal width = box.width() - 2 * padding;
    painter.setFont(boldFont);
    const qreal top = box.top() + padding / 2;
    painter.drawText(QRectF(box.left() + padding, top, width, bold.height()), Qt::AlignCenter,
                     bold.elidedText(title, Qt::ElideRight, width));
    if (!detail.isEmpty()) {
        painter.setFont(plainFont);
        painter.drawText(QRectF(box.left() + padding, top + bold.height(), width, plain.height()), Qt::AlignCenter,
                         plain.elidedText(detail, Qt::ElideRight, width));
    }
}

// The family in the middle: the children's names, wrapped onto more lines rather than cut, within `maxWidth`.
QRectF centreBox(const QFontMetricsF& bold, const QPointF& centre, const QString& text, qreal maxWidth)
{
    const qreal padding = bold.height() * 0.5;
    const QRectF wrapped =
        bold.boundingRect(QRectF(0, 0, maxWidth - 2 * padding, 10 * bold.height()), Qt::TextWordWrap, text);
    const QSizeF size(wrapped.width() + 2 * padding, wrapped.height() + padding);
    return {centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height()};
}

} // namespace

void paintNetwork(QPainter& painter, const QRectF& area, const NetworkDrawing& drawing, const QFont& font,
                  const QColor& ink, const QColor& fill, const QColor& centreFill)
{
    QFont boldFont = font;
    boldFont.setBold(true);
    const QFontMetricsF bold(boldFont, painter.device());
    const QFontMetricsF plain(font, painter.device());
    const int count = int(drawing.nodes.size());
    // Boxes around an ellipse, starting at the top and going clockwise; the family in the middle.
    // Few actors get wide boxes, so their names are whole; many share the ring.
    // One or two sit above and below the family and may take nearly the whole width.
    const qreal nodeWidth = count <= 2 ? area.width() * 0.9
                                       : area.width() / (count <= 4   ? 2.6
                                                         : count <= 8 ? 3.2
                                                                      : 4.2);
    const QPointF centre = area.center();
    QList<QRectF> boxes;
    const qreal nodeHeight = bold.height() + plain.height() + plain.height() * 0.6;
    const qreal radiusX = (area.width() - nodeWidth) / 2;
    const qreal radiusY = (area.height() - nodeHeight) / 2;
    for (int index = 0; index < count; ++index) {
        const qreal angle = -M_PI / 2 + 2 * M_PI * index / count;
        const QPointF at(centre.x() + radiusX * std::cos(angle), centre.y() + radiusY * std::sin(angle));
        const QSizeF size =
            boxSize(bold, plain, drawing.nodes.at(index).first, drawing.nodes.at(index).second, nodeWidth);
        boxes.append(QRectF(at.x() - size.width() / 2, at.y() - size.height() / 2, size.width(), size.height()));
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ink, 0));
    for (const QRectF& box : boxes)
        painter.drawLine(centre, box.center());
    for (int index = 0; index < count; ++index) {
        drawBox(painter, boxes.at(index), drawing.nodes.at(index).first, drawing.nodes.at(index).second, boldFont, font,
                ink, fill);
    }
    // Between the boxes left and right of it, or wider when there are only boxes above and below.
    const QRectF middle = centreBox(bold, centre, drawing.centre, count <= 2 ? area.width() * 0.6 : area.width() / 4);
    QPainterPath path;
    const qreal radius = plain.height() * 0.6;
    path.addRoundedRect(middle, radius, radius);
    painter.fillPath(path, centreFill);
    painter.setPen(QPen(ink, 0));
    painter.drawPath(path);
    painter.setFont(boldFont);
    painter.drawText(middle, Qt::AlignCenter | Qt::TextWordWrap, drawing.centre);
    painter.restore();
}

NetworkPicture::NetworkPicture(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("networkPicture"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void NetworkPicture::setDrawing(const NetworkDrawing& drawing)
{
    m_drawing = drawing;
    QStringList names;
    for (const auto& node : drawing.nodes)
        names << node.first;
    // What the picture shows, for a screen reader.
    setAccessibleDescription(names.isEmpty() ? tr("No actors in the network yet")
                                             : tr("%1, with %2").arg(drawing.centre, names.join(QStringLiteral(", "))));
    update();
}

QSize NetworkPicture::sizeHint() const
{
    return {480, 300};
}

QSize NetworkPicture::minimumSizeHint() const
{
    return {240, 160};
}

void NetworkPicture::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6);
    if (m_drawing.nodes.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No actors in the network yet. Add them on the Network tab, with the family's consent."));
        return;
    }
    paintNetwork(painter, area, m_drawing, font(), palette().color(QPalette::WindowText),
                 palette().color(QPalette::Base), palette().color(QPalette::AlternateBase));
}

} // namespace koordinera::ui
