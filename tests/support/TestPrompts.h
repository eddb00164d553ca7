// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Prompts.h"

#include <QDialog>
#include <QHash>
#include <QString>
#include <functional>
#include <type_traits>

namespace koordinera::tests {

// Answers every prompt of the program in the GUI tests (ui::Prompts), so no test waits on a modal box. UiTestMain
// installs one for the whole run and resets it before every test case: by default a file dialog, a question or an
// error fails the test, a notice is ignored, a passphrase prompt is cancelled, "who signs?" goes unanswered, a new
// database holds a clinic's work, and other dialogs run as usual. A test sets what it expects.
struct TestPrompts : ui::Prompts::Driver
{
    std::function<QString(QWidget* parent, const ui::Prompts::FileRequest& request)> onFile;
    std::function<bool(QWidget* parent, const QString& question)> onConfirm;
    std::function<void(QWidget* parent, const QString& message)> onError;
    std::function<void(QWidget* parent, const QString& message)> onInform;
    std::function<std::optional<QByteArray>(QWidget* parent, const ui::PassphraseRequest& request)> onPassphrase;

    // Calls `handler` with every dialog of type D before it runs, in place of any handler set for D before. A
    // handler that returns an int answers the dialog with it, and the dialog is not run; one that returns nothing
    // lets it run (it may close it with a timer).
    template <typename D, typename Handler> void onDialog(Handler handler)
    {
        m_dialogs.insert(QString::fromLatin1(D::staticMetaObject.className()),
                         [handler](QDialog& dialog) -> std::optional<int> {
                             D& typed = static_cast<D&>(dialog);
                             if constexpr (std::is_void_v<std::invoke_result_t<Handler, D&>>) {
                                 handler(typed);
                                 return std::nullopt;
                             } else {
                                 return handler(typed);
                             }
                         });
    }

    void reset();

    QString chooseFile(QWidget* parent, const ui::Prompts::FileRequest& request) override;
    bool confirm(QWidget* parent, const QString& question) override;
    void error(QWidget* parent, const QString& message) override;
    void inform(QWidget* parent, const QString& message) override;
    std::optional<QByteArray> passphrase(QWidget* parent, const ui::PassphraseRequest& request) override;
    std::optional<int> exec(QDialog& dialog) override;

private:
    // By the class name of the dialog they handle.
    QHash<QString, std::function<std::optional<int>(QDialog&)>> m_dialogs;
};

// The one the GUI tests share.
TestPrompts& prompts();

} // namespace koordinera::tests
