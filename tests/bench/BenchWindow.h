// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks of the real main window share: the coordinator's answers to its questions, and settings of
// their own in which the coordinator has said who signs (so that opening a file does not stop to ask).
#pragma once

#include "BenchData.h"
#include "core/settings/Settings.h"
#include "ui/Prompts.h"
#include "ui/dialogs/PassphraseDialog.h"

#include <QSettings>
#include <QTemporaryDir>
#include <memory>

namespace koordinera::bench {

// The passphrase, and nothing else asked: an unexpected question stops the run.
struct BenchPrompts : ui::Prompts::Driver
{
    QString chooseFile(QWidget*, const ui::Prompts::FileRequest& request) override
    {
        qFatal("koordinera benchmark: unexpected file dialog %s", qPrintable(request.title));
    }
    bool confirm(QWidget*, const QString&) override { qFatal("koordinera benchmark: unexpected question"); }
    void error(QWidget*, const QString&) override { qFatal("koordinera benchmark: an error was reported"); }
    void inform(QWidget*, const QString&) override {}
    std::optional<QByteArray> passphrase(QWidget*, const ui::PassphraseRequest&) override { return Passphrase; }
    std::optional<int> exec(QDialog&) override { return std::nullopt; }
};

// Settings in `folder`, never the developer's own.
inline std::unique_ptr<core::Settings> benchSettings(const QTemporaryDir& folder)
{
    auto settings = std::make_unique<core::Settings>(
        std::make_unique<QSettings>(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    settings->setCoordinatorName(QStringLiteral("Anna Lindberg"));
    settings->setCoordinatorTitle(QStringLiteral("Rehabkoordinator"));
    settings->setUnitName(QStringLiteral("Vårdcentralen Ekbacken"));
    return settings;
}

} // namespace koordinera::bench
