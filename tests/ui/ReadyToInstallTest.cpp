// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 7: what a clinic sees of the program itself: the language it speaks, About, and the settings.
#include "MainWindowFixture.h"
#include "TestWorkspace.h"
#include "UiTestHelpers.h"
#include "core/about/BuildInfo.h"
#include "ui/Translations.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/KvaCodesDialog.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <catch2/catch.hpp>

using namespace koordinera;
using tests::child;

TEST_CASE("The language is the setting's, else the system's, else Swedish", "[ui][language]")
{
    CHECK(ui::chooseLanguage(QStringLiteral("en"), {QStringLiteral("sv-SE")}) == QStringLiteral("en"));
    CHECK(ui::chooseLanguage(QStringLiteral("sv"), {QStringLiteral("en-GB")}) == QStringLiteral("sv"));
    CHECK(ui::chooseLanguage(QString(), {QStringLiteral("en-GB"), QStringLiteral("sv-SE")}) == QStringLiteral("en"));
    CHECK(ui::chooseLanguage(QString(), {QStringLiteral("fi-FI"), QStringLiteral("sv_FI")}) == QStringLiteral("sv"));
    CHECK(ui::chooseLanguage(QString(), {QStringLiteral("de-DE")}) == QStringLiteral("sv"));
    CHECK(ui::chooseLanguage(QStringLiteral("fr"), {}) == QStringLiteral("sv"));
}

TEST_CASE("Qt's own dialog texts are in Swedish", "[ui][language]")
{
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Avbryt"));
    CHECK(QCoreApplication::translate("QFileDialog", "File &name:") != QStringLiteral("File &name:"));
    CHECK(QCoreApplication::translate("QCommandLineParser", "Displays version information.") ==
          QStringLiteral("Visar versionsinformation."));

    // Qt's own dialogs, as the program opens them (Qt's file dialog where the desktop offers none).
    QFileDialog files(nullptr, QStringLiteral("Spara som PDF"));
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.show();
    QStringList buttons;
    for (const QPushButton* button : files.findChildren<QPushButton*>())
        buttons << button->text();
    CHECK(buttons.contains(QStringLiteral("&Spara")));
    CHECK(buttons.contains(QStringLiteral("Avbryt")));
    tests::screenshot(&files, QStringLiteral("qt-file-dialog"));
    QPrinter printer;
    QPrintDialog print(&printer);
    print.show();
    tests::screenshot(&print, QStringLiteral("qt-print-dialog"));
    QPushButton* options = nullptr;
    for (QPushButton* button : print.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("&Alternativ >>"))
            options = button;
    }
    REQUIRE(options != nullptr); // Qt's print dialog is in Swedish too
    options->click();
    print.adjustSize();
    tests::screenshot(&print, QStringLiteral("qt-print-dialog-options"));
}

TEST_CASE("About shows the version, the build, the licence and the libraries' licences", "[ui][about]")
{
    ui::AboutDialog dialog(nullptr);
    dialog.show();
    const core::BuildInfo build = core::BuildInfo::current();
    CHECK(dialog.windowTitle() == QStringLiteral("Om Koordinera"));
    CHECK(child<QLabel>(&dialog, "buildLabel")->text().contains(build.commit));
    const QString text = child<QLabel>(&dialog, "aboutText")->text();
    CHECK(text.contains(QStringLiteral("GNU General Public License, version 3")));
    const QString table = child<QLabel>(&dialog, "componentTable")->text();
    for (const QString& expected :
         {QStringLiteral("Qt"), QStringLiteral("SQLite"), QStringLiteral("libsodium"), QStringLiteral("Qt Charts"),
          QStringLiteral("libxlsxwriter"), QStringLiteral("GPL-3.0-only"), QStringLiteral("LGPL-3.0-only"),
          QStringLiteral("Public domain"), QStringLiteral("ISC"), QStringLiteral("BSD-2-Clause"),
          QString::fromLatin1(qVersion())})
        CHECK(table.contains(expected));
    tests::screenshot(&dialog, QStringLiteral("about"));
}

TEST_CASE("Settings hold the small-number threshold, the system language and the KVÅ codes", "[ui][settings]")
{
    tests::MainWindowFixture fixture;
    fixture.settings.setLanguage(QStringLiteral("en"));
    {
        ui::SettingsDialog dialog(fixture.settings);
        CHECK_FALSE(child<QPushButton>(&dialog, "kvaCodesButton")->isEnabled());
        CHECK(child<QComboBox>(&dialog, "languageCombo")->currentText() == QStringLiteral("English"));
    }
    fixture.window.setWorkspace(tests::makeWorkspace());
    bool kvaOpened = false;
    tests::whenDialogOpens<ui::SettingsDialog>([&kvaOpened](ui::SettingsDialog* dialog) {
        auto* tabs = child<QTabWidget>(dialog, "settingsTabs");
        tabs->setCurrentIndex(tabs->count() - 1);
        CHECK(tabs->tabText(tabs->currentIndex()) == QStringLiteral("S&tatistik"));
        auto* threshold = child<QSpinBox>(dialog, "smallNumberSpin");
        CHECK(threshold->value() == 4);
        threshold->setValue(9);
        auto* language = child<QComboBox>(dialog, "languageCombo");
        language->setCurrentIndex(language->findText(QStringLiteral("Systemets språk")));
        auto* kva = child<QPushButton>(dialog, "kvaCodesButton");
        REQUIRE(kva->isEnabled());
        tests::screenshot(dialog, QStringLiteral("settings-statistics"));
        tests::whenDialogOpens<ui::KvaCodesDialog>([&kvaOpened](ui::KvaCodesDialog* codes) {
            kvaOpened = true;
            codes->reject();
        });
        kva->click();
        child<QPushButton>(dialog, "saveButton")->click();
    });
    fixture.window.editSettings();
    CHECK(kvaOpened);
    CHECK(fixture.settings.smallNumberThreshold() == 9);
    CHECK(fixture.settings.language().isEmpty());
}
