// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ScreenFit.h"

#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QScreen>
#include <QWidget>

namespace koordinera::ui {

namespace {

// The frame the window system has put around the window; nothing before it has framed it.
QMargins knownFrameOf(const QWidget* window)
{
    const QRect frame = window->frameGeometry();
    const QRect inside = window->geometry();
    return {inside.left() - frame.left(), inside.top() - frame.top(), frame.right() - inside.right(),
            frame.bottom() - inside.bottom()};
}

// At least a title bar and borders, whether or not the window system has said how large they are.
QMargins roomForFrame(const QMargins& known)
{
    return {std::max(known.left(), 4), std::max(known.top(), 32), std::max(known.right(), 4),
            std::max(known.bottom(), 4)};
}

class ScreenFitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(watched);
            const Qt::WindowType type = widget->windowType();
            if (widget->isWindow() && (type == Qt::Window || type == Qt::Dialog))
                fitToScreen(widget);
        }
        return false;
    }
};

} // namespace

void fitToScreen(QWidget* window)
{
    const QScreen* screen = window->screen();
    if (!screen || window->isMaximized() || window->isFullScreen())
        return;
    const QMargins known = knownFrameOf(window);
    const QRect room = screen->availableGeometry().marginsRemoved(roomForFrame(known));
    if (room.isEmpty())
        return;
    window->resize(window->size().boundedTo(room.size()));
    // Moved only when some of it lies off the screen: otherwise where the window system or the user put it stays.
    QRect place(window->geometry().topLeft(), window->size());
    if (room.contains(place))
        return;
    place.moveRight(std::min(place.right(), room.right()));
    place.moveBottom(std::min(place.bottom(), room.bottom()));
    place.moveLeft(std::max(place.left(), room.left()));
    place.moveTop(std::max(place.top(), room.top()));
    window->move(place.topLeft() - QPoint(known.left(), known.top())); // move() places the frame
}

void growToContent(QWidget* window)
{
    if (!window->layout() || !window->isVisible())
        return;
    window->layout()->activate();
    // What the wrapped texts lack at their widths: a layout's own height-for-width is its preferred height, which
    // would grow a dialog far beyond what its messages need.
    int lacking = 0;
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->wordWrap() && label->isVisibleTo(window) && !label->text().isEmpty())
            lacking = std::max(lacking, label->heightForWidth(label->width()) - label->height());
    }
    if (lacking <= 0)
        return;
    int height = window->height() + lacking;
    if (const QScreen* screen = window->screen()) {
        const QRect free = screen->availableGeometry().marginsRemoved(roomForFrame(knownFrameOf(window)));
        height = std::min(height, free.bottom() - window->geometry().top() + 1);
    }
    window->resize(window->width(), std::max(window->height(), height));
}

void installScreenFitting(QObject* application)
{
    application->installEventFilter(new ScreenFitter(application));
}

} // namespace koordinera::ui
