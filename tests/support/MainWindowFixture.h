// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiTestHelpers.h"
#include "core/settings/Settings.h"
#include "core/storage/SealedStore.h"
#include "ui/MainWindow.h"

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

// A main window on temporary settings whose passphrase prompts are answered from a list and whose error
// messages fail the test (tests that expect one replace the reporter).
struct MainWindowFixture
{
    TemporarySettings temporary;
    core::Settings settings{temporary.make()};
    ui::MainWindow window{settings};

    QStringList passphraseErrors; // what each passphrase prompt was told about the attempt before
    QList<QByteArray> passphrases{QByteArrayLiteral("fyra ord som ingen gissar")};

    MainWindowFixture()
    {
        // A coordinator who has said who signs (the first-day tests start without).
        settings.setCoordinatorName(QStringLiteral("Anna Lindberg"));
        settings.setCoordinatorTitle(QStringLiteral("Rehabkoordinator"));
        settings.setUnitName(QStringLiteral("Vårdcentralen Ekbacken"));
        window.setErrorReporter([](QWidget*, const QString& message) { FAIL(message.toStdString()); });
        window.setInformer([](QWidget*, const QString&) {});
        window.setKdfParams(core::KdfParams::forTests());
        window.setPassphraseProvider(
            [this](QWidget*, const ui::MainWindow::PassphraseRequest& request) -> std::optional<QByteArray> {
                passphraseErrors << request.error;
                if (passphrases.isEmpty())
                    return std::nullopt;
                return passphrases.size() > 1 ? passphrases.takeFirst() : passphrases.first();
            });
        window.resize(1360, 820);
    }
};

} // namespace koordinera::tests
