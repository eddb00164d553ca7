// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QPainter;

namespace koordinera::ui {

// The network around a child as a picture (issue 23): the family in the middle, each actor around it joined to it
// by a line, named with what it is. One painter for the window and for paper, so both show the same network.
struct NetworkDrawing
{
    QString centre;                       // "Elsa och Liam" — the children, or the family
    QList<QPair<QString, QString>> nodes; // the actor's name, and what it is (its kind, the contact person)
};

// Draws `drawing` within `area` in `font`; ink and paper are the caller's (the window's palette, or black on white).
void paintNetwork(QPainter& painter, const QRectF& area, const NetworkDrawing& drawing, const QFont& font,
                  const QColor& ink, const QColor& fill, const QColor& centreFill);

class NetworkPicture : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkPicture(QWidget* parent = nullptr);
    void setDrawing(const NetworkDrawing& drawing);
    const NetworkDrawing& drawing() const { return m_drawing; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    NetworkDrawing m_drawing;
};

} // namespace koordinera::ui
