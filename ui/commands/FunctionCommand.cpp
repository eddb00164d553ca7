// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/FunctionCommand.h"

#include "core/domain/Validation.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace koordinera::ui {

namespace {

std::function<void(const QString&)>& errorHandler()
{
    static std::function<void(const QString&)> handler;
    return handler;
}

} // namespace

FunctionCommand::FunctionCommand(const QString& text, Action redo, Action undo)
    : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo))
{}

void FunctionCommand::perform(QUndoStack* stack, const QString& text, const Action& redo, const Action& undo)
{
    redo(); // throws on invalid input: nothing pushed, the caller shows the message
    if (stack)
        stack->push(new FunctionCommand(text, redo, undo));
}

void FunctionCommand::setErrorHandler(std::function<void(const QString&)> handler)
{
    errorHandler() = std::move(handler);
}

void FunctionCommand::redo()
{
    if (m_done) {
        m_done = false; // QUndoStack::push calls redo() once; the edit is already made
        return;
    }
    run(m_redo);
}

void FunctionCommand::undo()
{
    run(m_undo);
}

void FunctionCommand::run(const Action& action)
{
    QString message;
    try {
        action();
        return;
    } catch (const core::ValidationError& error) {
        message = error.errors().isEmpty() ? QString() : error.errors().first().message;
    } catch (const core::StorageError& error) {
        message = error.userMessage();
    }
    setObsolete(true);
    if (errorHandler()) {
        errorHandler()(QCoreApplication::translate("FunctionCommand",
                                                   "“%1” could not be undone or redone, because the data has "
                                                   "changed since. %2")
                           .arg(text(), message));
    }
}

} // namespace koordinera::ui
