// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/SavedVersions.h"

#include <QUndoStack>

namespace koordinera::ui {

SavedVersions::SavedVersions(QUndoStack* stack) : QObject(stack)
{
    if (!stack)
        return;
    // clear() leaves no command: the versions belonged to the database the commands edited.
    connect(stack, &QUndoStack::indexChanged, this, [this, stack] {
        if (stack->count() == 0)
            m_versions.clear();
    });
}

SavedVersions& SavedVersions::of(QUndoStack* stack)
{
    // Without a stack (a save not to be undone) there is nothing to undo or redo over: nothing is kept.
    if (!stack) {
        static SavedVersions unstacked(nullptr);
        unstacked.m_versions.clear();
        return unstacked;
    }
    if (auto* existing = stack->findChild<SavedVersions*>(QString(), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new SavedVersions(stack);
}

} // namespace koordinera::ui
