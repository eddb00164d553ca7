// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/FunctionCommand.h"
#include "ui/commands/SavedVersions.h"

#include <QString>
#include <functional>
#include <memory>

class QUndoStack;

namespace koordinera::ui {

// Saves `after` as an undoable edit; undo restores `before`. A new record (id 0) keeps the id it gets on the first
// save, so a redo after an undo puts it back under the same id. An existing record is saved over the version it was
// read at, and undone and redone over the version the last save left (SavedVersions).
template <typename T>
void performSave(QUndoStack* stack, const QString& text, const T& before, const T& after, std::function<void(T&)> save,
                 std::function<void(qint64)> remove)
{
    if (before.id == 0) {
        auto state = std::make_shared<T>(after);
        FunctionCommand::perform(
            stack, text, [state, save] { save(*state); }, [state, remove] { remove(state->id); });
    } else {
        FunctionCommand::perform(
            stack, text, [stack, after, save] { saveOverVersion(stack, after, save); },
            [stack, before, save] { saveOverVersion(stack, before, save); });
    }
}

// Removes `before` as an undoable edit; undo saves it again.
template <typename T>
void performRemove(QUndoStack* stack, const QString& text, const T& before, std::function<void(T&)> save,
                   std::function<void(qint64)> remove)
{
    FunctionCommand::perform(
        stack, text, [id = before.id, remove] { remove(id); },
        [before, save] {
            T copy = before;
            save(copy);
        });
}

} // namespace koordinera::ui
