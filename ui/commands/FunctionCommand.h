// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>
#include <functional>

class QUndoStack;

namespace koordinera::ui {

// An undoable edit: redo() and undo() each call a core service (save the after-state / save the
// before-state, insert / remove). Use perform(): it makes the edit first, so a validation error reaches
// the dialog that made it and nothing is pushed; only a successful edit lands on the stack.
class FunctionCommand : public QUndoCommand
{
public:
    using Action = std::function<void()>;

    static void perform(QUndoStack* stack, const QString& text, const Action& redo, const Action& undo);
    // Where undo/redo report that the data changed underneath them (the command is then dropped).
    static void setErrorHandler(std::function<void(const QString&)> handler);

    void redo() override;
    void undo() override;

private:
    FunctionCommand(const QString& text, Action redo, Action undo);
    void run(const Action& action);

    Action m_redo;
    Action m_undo;
    bool m_done = true; // constructed after the edit was made
};

} // namespace koordinera::ui
