// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/Accessibility.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocumentFragment>
#include <QWidget>

namespace koordinera::ui {

namespace {

// "Huvud&diagnos:" -> "Huvuddiagnos"; "<b>Åtgärder</b>" -> "Åtgärder".
QString spokenText(const QLabel* label)
{
    QString text = label->text();
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    text = text.simplified();
    if (text.endsWith(u':'))
        text.chop(1);
    return text;
}

bool needsName(const QWidget* widget)
{
    if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->accessibleName().isEmpty())
        return false;
    const auto* button = qobject_cast<const QAbstractButton*>(widget);
    return !button || button->text().isEmpty();
}

class NameOnShow : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(watched);
            if (widget->isWindow()) {
                nameControlsFromLabels(widget);
                nameFieldsFromPlaceholders(widget);
            }
        }
        return false;
    }
};

} // namespace

void nameControlsFromLabels(QWidget* root)
{
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        QWidget* buddy = label->buddy();
        if (!buddy)
            continue;
        const QString name = spokenText(label);
        if (name.isEmpty())
            continue;
        if (needsName(buddy))
            buddy->setAccessibleName(name);
        for (QWidget* inside : buddy->findChildren<QWidget*>()) {
            if (needsName(inside) && inside->focusProxy() == nullptr && !buddy->focusProxy())
                inside->setAccessibleName(name);
        }
    }
}

void nameFieldsFromPlaceholders(QWidget* root)
{
    for (QLineEdit* edit : root->findChildren<QLineEdit*>()) {
        if (edit->accessibleName().isEmpty() && !edit->placeholderText().isEmpty())
            edit->setAccessibleName(edit->placeholderText());
    }
}

void chainTabOrder(std::initializer_list<QWidget*> widgets)
{
    QWidget* previous = nullptr;
    for (QWidget* widget : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

void installAccessibleNames(QObject* application)
{
    application->installEventFilter(new NameOnShow(application));
}

} // namespace koordinera::ui
