// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Validation.h"

#include <QHash>
#include <QString>
#include <functional>

class QFormLayout;
class QLabel;
class QWidget;

namespace koordinera::ui {

// Shows core's validation messages next to the fields they concern: a red line under each field, hidden
// while the field is fine. Messages for fields without a place go to a general label.
class FormErrors
{
public:
    // Adds `field` to `form` with its label, plus an error line under it; returns the error label.
    QLabel* addRow(QFormLayout* form, const QString& labelText, QWidget* field, const QString& fieldName);
    // The same, with `companion` (e.g. who an identity number belongs to) in the place under the field while there
    // is no error. The place keeps room for two lines, so that neither text moves the fields below as it comes
    // and goes.
    QLabel* addRow(QFormLayout* form, const QString& labelText, QWidget* field, const QString& fieldName,
                   QLabel* companion);
    void setGeneralLabel(QLabel* label) { m_general = label; }

    void show(const core::FieldErrors& errors);
    void clear();
    QString messageFor(const QString& fieldName) const;
    // What the general label says: the reasons no field has a place for.
    QString generalMessage() const;
    bool isEmpty() const;

    static QLabel* makeErrorLabel(QWidget* parent);
    // Runs `save`; when it throws a ValidationError (its first message) or a StorageError, shows why in `label`
    // (made by makeErrorLabel) and returns false. The label is hidden first.
    static bool saveShowing(QLabel* label, const std::function<void()>& save);

private:
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QLabel*> m_companions;
    QLabel* m_general = nullptr;
};

} // namespace koordinera::ui
