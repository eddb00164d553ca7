// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestPrompts.h"
#include "UiTestHelpers.h"
#include "core/settings/Settings.h"
#include "core/storage/SealedStore.h"
#include "ui/MainWindow.h"
#include "ui/MaintenanceActions.h"
#include "ui/documents/DocumentPreviewDialog.h"

#include <QWidget>
#include <catch2/catch.hpp>

namespace koordinera::tests {

// The named child widget, failing the test when it is missing.
template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

// A main window on temporary settings whose passphrase prompts are answered from a list; other prompts as
// TestPrompts answers them (an error message fails the test unless the test expects one).
struct MainWindowFixture
{
    TemporarySettings temporary;
    core::Settings settings{temporary.make()};
    ui::MainWindow window{settings};
    // The answers to the window's prompts (reset for every test case).
    TestPrompts& prompts = tests::prompts();

    QStringList passphraseErrors; // what each passphrase prompt was told about the attempt before
    QList<QByteArray> passphrases{QByteArrayLiteral("fyra ord som ingen gissar")};

    MainWindowFixture()
    {
        // A coordinator who has said who signs (the first-day tests start without).
        settings.setCoordinatorName(QStringLiteral("Anna Lindberg"));
        settings.setCoordinatorTitle(QStringLiteral("Rehabkoordinator"));
        settings.setUnitName(QStringLiteral("Vårdcentralen Ekbacken"));
        window.setKdfParams(core::KdfParams::forTests());
        prompts.onPassphrase = [this](QWidget*, const ui::PassphraseRequest& request) -> std::optional<QByteArray> {
            passphraseErrors << request.error;
            if (passphrases.isEmpty())
                return std::nullopt;
            return passphrases.size() > 1 ? passphrases.takeFirst() : passphrases.first();
        };
        window.resize(1360, 820);
    }

    // Saves whatever the next print preview shows as a PDF at `path` (no identity number in the suggested name).
    void saveNextPreviewAs(const QString& path)
    {
        prompts.onDialog<ui::DocumentPreviewDialog>([path](ui::DocumentPreviewDialog& dialog) {
            tests::prompts().onFile = [path](QWidget*, const ui::Prompts::FileRequest& request) {
                CHECK(request.suggestedName.endsWith(QStringLiteral(".pdf")));
                CHECK_FALSE(request.suggestedName.contains(QStringLiteral("3234"))); // no identity number in file names
                return path;
            };
            REQUIRE(dialog.savePdf());
            return dialog.result();
        });
    }
};

} // namespace koordinera::tests
