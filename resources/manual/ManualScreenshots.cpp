// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the pictures in the user manual from the program itself, at build time: the main window and
// dialogs on the offscreen platform, in Swedish, on the demo data. So the manual always shows the program as
// it is, never a drawing of it.
//   koordinera_manual_screenshots OUTPUT_FOLDER
#include "core/records/FamilyRepository.h"
#include "core/settings/Settings.h"
#include "core/storage/SealedStore.h"
#include "core/workspace/DemoData.h"
#include "core/workspace/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/views/CaseView.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

namespace {

// Wide enough to read, narrow enough for the manual's page beside its chapter list.
constexpr int ManualWidth = 720;

bool save(QWidget* widget, const QDir& folder, const QString& name)
{
    QApplication::processEvents();
    QImage image = widget->grab().toImage();
    if (image.width() > ManualWidth)
        image = image.scaledToWidth(ManualWidth, Qt::SmoothTransformation);
    const bool saved = image.save(folder.filePath(name + QStringLiteral(".png")));
    if (!saved)
        QTextStream(stderr) << "koordinera_manual_screenshots: could not write " << name << ".png\n";
    return saved;
}

void showTab(koordinera::ui::CaseView* view, koordinera::ui::CaseView::Tab tab)
{
    if (auto* tabs = view->findChild<QTabWidget*>(QStringLiteral("caseTabs")))
        tabs->setCurrentIndex(int(tab));
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace koordinera;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The witness of the file made for the lock page goes to a folder of the run's own, not the developer's.
    const QTemporaryDir dataHome;
    qputenv("XDG_DATA_HOME", dataHome.path().toUtf8());
    QApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: koordinera_manual_screenshots OUTPUT_FOLDER\n";
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(folder.path());
    ui::installTranslations(QStringLiteral("sv"));

    // Settings of its own, never the developer's.
    QTemporaryDir home;
    core::Settings settings(
        std::make_unique<QSettings>(home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    settings.setCoordinatorName(QStringLiteral("Anna Lindberg"));
    settings.setUnitName(QStringLiteral("Vårdcentralen Ekbacken"));
    settings.setLanguage(QStringLiteral("sv"));

    ui::MainWindow window(settings);
    window.resize(1100, 700);
    window.show();
    bool ok = save(&window, folder, QStringLiteral("welcome"));

    window.openDemo();
    core::Workspace* workspace = window.workspace();
    const auto showcase = workspace ? core::DemoData::showcaseCase(*workspace) : std::nullopt;
    if (!showcase) {
        QTextStream(stderr) << "koordinera_manual_screenshots: the demo data has no case to show\n";
        return 1;
    }
    window.showWorklist();
    ok = save(&window, folder, QStringLiteral("worklist")) && ok;
    window.showCaseList();
    ok = save(&window, folder, QStringLiteral("case-list")) && ok;
    window.openCase(showcase->id);
    showTab(window.caseView(), ui::CaseView::Tab::SickLeave);
    ok = save(&window, folder, QStringLiteral("case-overview")) && ok;
    showTab(window.caseView(), ui::CaseView::Tab::Plan);
    ok = save(&window, folder, QStringLiteral("case-plan")) && ok;
    showTab(window.caseView(), ui::CaseView::Tab::Meetings);
    ok = save(&window, folder, QStringLiteral("case-meetings")) && ok;
    showTab(window.caseView(), ui::CaseView::Tab::Documents);
    ok = save(&window, folder, QStringLiteral("case-documents")) && ok;
    window.showStatistics();
    ok = save(&window, folder, QStringLiteral("statistics")) && ok;

    {
        ui::SettingsDialog dialog(settings, &window);
        dialog.show();
        ok = save(&dialog, folder, QStringLiteral("settings")) && ok;
    }
    {
        ui::AuditLogDialog dialog(*workspace, settings.coordinatorName(), &window);
        if (const auto patient = workspace->patients().get(showcase->patientId))
            dialog.setPatientFilter(patient->fullName());
        dialog.resize(1000, 560);
        dialog.show();
        ok = save(&dialog, folder, QStringLiteral("audit-log")) && ok;
    }

    // A family file (the coordinator for parents): a family's case on the Family tab, and the follow-up statistics.
    {
        auto families = core::Workspace::inMemory(settings.rehabRules(), settings.coordinatorName());
        core::FileProfile::set(families->database(), core::Profile::Family);
        core::DemoData::populateFamilies(*families, 40);
        const auto family = core::DemoData::showcaseCase(*families);
        if (!family) {
            QTextStream(stderr) << "koordinera_manual_screenshots: the family demo has no family to show\n";
            return 1;
        }
        window.setWorkspace(std::move(families));
        window.openCase(family->id);
        showTab(window.caseView(), ui::CaseView::Tab::Family);
        ok = save(&window, folder, QStringLiteral("family-case")) && ok;
        window.showStatistics();
        ok = save(&window, folder, QStringLiteral("family-statistics")) && ok;
    }

    // The demo cannot be locked (nothing of it is kept): the lock page is shown for a sealed file of its own.
    const QTemporaryDir lockable;
    window.setWorkspace(core::Workspace::create(lockable.filePath(QStringLiteral("vardcentralen.koordinera")),
                                                QByteArrayLiteral("bilder till handboken"), settings.rehabRules(),
                                                settings.coordinatorName(), core::KdfParams::forTests()));
    window.lockNow();
    ok = window.isLocked() && ok;
    ok = save(&window, folder, QStringLiteral("lock")) && ok;
    return ok ? 0 : 1;
}
