// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Plan.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QTextBrowser;

namespace koordinera::ui {

// Two versions of a case's plan side by side as a list of what changed: fields, and actions added, removed
// or changed (matched across versions, whatever their order).
class PlanCompareDialog : public QDialog
{
    Q_OBJECT

public:
    PlanCompareDialog(QList<core::PlanVersion> versions, QHash<qint64, QString> actorNames, QWidget* parent = nullptr);
    // Compares the versions with these numbers.
    void compare(int before, int after);
    QString changesText() const;

private:
    void showChanges();

    QList<core::PlanVersion> m_versions;
    QHash<qint64, QString> m_actorNames;
    QComboBox* m_before;
    QComboBox* m_after;
    QTextBrowser* m_changes;
};

} // namespace koordinera::ui
