// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/NoticePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace koordinera::ui {

NoticePage::NoticePage(QWidget* parent) : QWidget(parent) {}

void NoticePage::layOut(const QString& titleText, QLabel* text, const QList<QPushButton*>& buttons)
{
    auto* title = new QLabel(titleText, this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    text->setWordWrap(true);
    text->setMaximumWidth(520);
    auto* column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(text);
    column->addSpacing(20);
    for (QPushButton* button : buttons) {
        button->setMinimumWidth(280);
        column->addWidget(button, 0, Qt::AlignLeft);
    }
    column->addStretch(3);
    auto* layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column);
    layout->addStretch(2);
}

} // namespace koordinera::ui
