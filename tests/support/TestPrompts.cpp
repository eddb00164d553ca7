// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPrompts.h"

#include "ui/dialogs/ProfileDialog.h"
#include "ui/dialogs/SignerDialog.h"

#include <QMetaObject>
// The listener below needs Catch2's interfaces for reporters and listeners.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

namespace koordinera::tests {

void TestPrompts::reset()
{
    onFile = [](QWidget*, const ui::Prompts::FileRequest& request) -> QString {
        FAIL("unexpected file dialog: " << request.title.toStdString());
        return {};
    };
    onConfirm = [](QWidget*, const QString& question) -> bool {
        FAIL("unexpected question: " << question.toStdString());
        return false;
    };
    onError = [](QWidget*, const QString& message) {
        FAIL(message.toStdString());
    };
    onInform = [](QWidget*, const QString&) {
    };
    onPassphrase = [](QWidget*, const ui::PassphraseRequest&) {
        return std::optional<QByteArray>();
    };
    m_dialogs.clear();
    // A test that does not expect to be asked who signs leaves the question unanswered rather than waiting on it.
    onDialog<ui::SignerDialog>([](ui::SignerDialog&) { return int(QDialog::Rejected); });
    // A new database holds a clinic's work unless a test chooses the family profile.
    onDialog<ui::ProfileDialog>([](ui::ProfileDialog&) { return int(QDialog::Accepted); });
}

QString TestPrompts::chooseFile(QWidget* parent, const ui::Prompts::FileRequest& request)
{
    return onFile(parent, request);
}

bool TestPrompts::confirm(QWidget* parent, const QString& question)
{
    return onConfirm(parent, question);
}

void TestPrompts::error(QWidget* parent, const QString& message)
{
    onError(parent, message);
}

void TestPrompts::inform(QWidget* parent, const QString& message)
{
    onInform(parent, message);
}

std::optional<QByteArray> TestPrompts::passphrase(QWidget* parent, const ui::PassphraseRequest& request)
{
    return onPassphrase(parent, request);
}

std::optional<int> TestPrompts::exec(QDialog& dialog)
{
    // The handler for the dialog's own class, or for the nearest class it derives from.
    for (const QMetaObject* type = dialog.metaObject(); type; type = type->superClass()) {
        const auto handler = m_dialogs.constFind(QString::fromLatin1(type->className()));
        if (handler != m_dialogs.constEnd())
            return (*handler)(dialog);
    }
    return std::nullopt;
}

TestPrompts& prompts()
{
    static TestPrompts shared;
    return shared;
}

} // namespace koordinera::tests

namespace {

// Every test case starts with the default answers.
struct ResetPrompts : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo&) override { koordinera::tests::prompts().reset(); }
};

} // namespace

CATCH_REGISTER_LISTENER(ResetPrompts)
