// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace koordinera::ui {

// A page that says one thing: a title, a line of text and buttons, as one compact block a little above the middle;
// the spare room goes around it, not between its lines. The welcome and the lock page are such pages.
class NoticePage : public QWidget
{
    Q_OBJECT

public:
    explicit NoticePage(QWidget* parent = nullptr);

protected:
    // Lays out the page once its buttons exist; `text` is owned by the page.
    void layOut(const QString& title, QLabel* text, const QList<QPushButton*>& buttons);
};

} // namespace koordinera::ui
