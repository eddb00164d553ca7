// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/FormErrors.h"

#include "core/domain/Validation.h"
#include "core/storage/StorageError.h"
#include "ui/TextColors.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace koordinera::ui {

QLabel* FormErrors::makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->setStyleSheet(toneStyle(TextTone::Error, label->palette()));
    label->setVisible(false);
    return label;
}

bool FormErrors::saveShowing(QLabel* label, const std::function<void()>& save)
{
    label->setVisible(false);
    try {
        save();
        return true;
    } catch (const core::ValidationError& error) {
        label->setText(error.errors().isEmpty() ? QString() : error.errors().first().message);
    } catch (const core::StorageError& error) {
        label->setText(error.userMessage());
    }
    label->setVisible(true);
    return false;
}

QLabel* FormErrors::addRow(QFormLayout* form, const QString& labelText, QWidget* field, const QString& fieldName)
{
    return addRow(form, labelText, field, fieldName, nullptr);
}

QLabel* FormErrors::addRow(QFormLayout* form, const QString& labelText, QWidget* field, const QString& fieldName,
                           QLabel* companion)
{
    auto* container = new QWidget(form->parentWidget());
    // As tall as the field and its message at the width it gets (a long message wraps), and no taller: spare
    // height belongs below the form, not inside rows.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    container->setSizePolicy(policy);
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto* error = makeErrorLabel(container);
    error->setObjectName(fieldName + QStringLiteral("Error"));
    layout->addWidget(error);
    if (companion) {
        companion->setParent(container);
        companion->setWordWrap(true);
        companion->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        layout->addWidget(companion);
        layout->addStretch(1);
        const int lines = 2 * error->fontMetrics().lineSpacing();
        container->setMinimumHeight(field->sizeHint().height() + layout->spacing() + lines);
        m_companions.insert(fieldName, companion);
    }
    auto* label = new QLabel(labelText, form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, container);
    m_labels.insert(fieldName, error);
    return error;
}

void FormErrors::show(const core::FieldErrors& errors)
{
    clear();
    QStringList unplaced;
    for (const auto& error : errors) {
        if (QLabel* label = m_labels.value(error.field)) {
            if (!label->isVisible() || label->text().isEmpty()) {
                label->setText(error.message);
                label->setVisible(true);
                if (QLabel* companion = m_companions.value(error.field))
                    companion->setVisible(false);
            }
        } else {
            unplaced << error.message;
        }
    }
    if (m_general && !unplaced.isEmpty()) {
        m_general->setText(unplaced.join(QLatin1Char('\n')));
        m_general->setVisible(true);
    }
}

void FormErrors::clear()
{
    for (QLabel* label : std::as_const(m_labels)) {
        label->clear();
        label->setVisible(false);
    }
    for (QLabel* companion : std::as_const(m_companions))
        companion->setVisible(true);
    if (m_general) {
        m_general->clear();
        m_general->setVisible(false);
    }
}

QString FormErrors::messageFor(const QString& fieldName) const
{
    const QLabel* label = m_labels.value(fieldName);
    return label ? label->text() : QString();
}

QString FormErrors::generalMessage() const
{
    return m_general ? m_general->text() : QString();
}

bool FormErrors::isEmpty() const
{
    for (const QLabel* label : m_labels) {
        if (!label->text().isEmpty())
            return false;
    }
    return !m_general || m_general->text().isEmpty();
}

} // namespace koordinera::ui
