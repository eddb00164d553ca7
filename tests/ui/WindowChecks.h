// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the accessibility and small-screen checks share: the windows they open and how they walk them.

#include "core/settings/Settings.h"
#include "core/workspace/Workspace.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace koordinera::tests {

// "QLabel name \"text\"": enough to find the widget in the code.
QString describe(const QWidget* widget);

// Inside an item view or scroll area, being partly out of sight is what scrolling is for.
bool scrolls(const QWidget* widget, const QWidget* root);

bool shown(const QWidget* widget, const QWidget* root);

// Each tab of every tab widget in turn, so that hidden pages are checked too; `check` gets "" or "-tabN".
void forEachTab(QWidget* root, const std::function<void(const QString&)>& check);

struct Subject
{
    QString name;
    std::function<std::unique_ptr<QWidget>(core::Workspace&, core::Settings&)> make;
};

// Every dialog and separate window of the program, on empty or given data.
QList<Subject> everyDialog();

} // namespace koordinera::tests
