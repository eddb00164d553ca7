// SPDX-License-Identifier: GPL-3.0-or-later
// How long the GUI thread is kept from answering while the coordinator works (issue 8: nothing may block it
// for more than 100 ms). Runs the real main window on the offscreen platform over a generated database and
// measures, for each operation, the longest stretch in which the event loop did not run: a 2 ms timer ticks
// on the GUI thread and the widest gap between two ticks is the block the user would feel.
//   koordinera_bench_gui --size N     (makes the file with koordinera_bench --generate)
//   koordinera_bench_gui --size N --file F   (a copy of a file koordinera_bench --generate made before)
#include "BenchWindow.h"
#include "core/domain/Activity.h"
#include "core/records/ActivityRepository.h"
#include "core/reporting/CaseListQuery.h"
#include "core/settings/Settings.h"
#include "ui/MainWindow.h"
#include "ui/Prompts.h"
#include "ui/Translations.h"
#include "ui/dialogs/PassphraseDialog.h"
#include "ui/views/CaseListPage.h"
#include "ui/views/StatisticsPage.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <functional>

using namespace koordinera;

namespace {

constexpr double BudgetMilliseconds = 100;

class StallMeter
{
public:
    StallMeter()
    {
        m_tick.setInterval(2);
        QObject::connect(&m_tick, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_tick.start();
    }

    // The longest the event loop stood still from `trigger` until things settled (`settle` ms after).
    double longestBlock(const std::function<void()>& trigger, int settle = 400)
    {
        spin(60);
        m_last = m_clock.nsecsElapsed();
        m_worst = 0;
        // The trigger may run an event loop of its own (opening waits for its worker thread); settle after it.
        QEventLoop triggered;
        QTimer::singleShot(0, [&] {
            trigger();
            triggered.quit();
        });
        triggered.exec();
        spin(settle);
        return double(m_worst) / 1e6;
    }

    static void spin(int milliseconds)
    {
        QEventLoop loop;
        QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
        loop.exec();
    }

private:
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

void typeKey(QWidget* widget, const QString& text)
{
    QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, text);
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, text);
    QApplication::sendEvent(widget, &release);
}

struct Row
{
    QString what;
    QList<double> blocks;
};

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QTemporaryDir dataHome; // the witnesses of the files measured
    qputenv("XDG_DATA_HOME", dataHome.path().toUtf8());
    QApplication app(argc, argv);
    ui::installTranslations(QStringLiteral("sv"));
    const QStringList args = QCoreApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--size"));
    const int size = at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 500;
    QTextStream out(stdout);
    QTextStream log(stderr);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.koordinera"));
    if (!bench::prepareFile(args, size, path, "koordinera_bench_gui", log))
        return 1;

    const auto settings = bench::benchSettings(dir);
    ui::MainWindow window(*settings);
    window.resize(1360, 820);
    window.show();
    StallMeter meter;
    QList<Row> rows;

    // As the coordinator opens it: the passphrase asked for, the file opened on a worker thread behind a busy
    // indicator, then Idag shown.
    bench::BenchPrompts prompts;
    ui::Prompts::setDriver(&prompts);
    rows.append({QStringLiteral("Opening the database in the window (passphrase given)"),
                 {meter.longestBlock([&] { window.openDatabase(path); }, 800)}});
    if (!window.workspace()) {
        log << "koordinera_bench_gui: could not open " << path << "\n";
        return 1;
    }
    core::Workspace& workspace = *window.workspace();
    workspace.setToday(bench::Today);
    const auto cases = workspace.caseList().rows({}, core::CaseListColumn::Name, true);
    if (cases.isEmpty()) {
        log << "koordinera_bench_gui: no cases\n";
        return 1;
    }

    Row save{QStringLiteral("Saving a note while Idag is shown (Idag and lists follow)"), {}};
    window.showWorklist();
    for (int run = 0; run < 5; ++run) {
        save.blocks << meter.longestBlock([&] {
            core::Activity note;
            note.caseId = cases.at((run * 997) % cases.size()).caseId;
            note.occurredAt = QDateTime(bench::Today, QTime(9, 0));
            note.kvaCode = QStringLiteral("GC001");
            note.note = QStringLiteral("Telefonsamtal med patienten om läget.");
            workspace.activities().add(note);
        });
    }
    rows.append(save);

    Row keystroke{QStringLiteral("One keystroke in the case-list search"), {}};
    window.showCaseList();
    auto* search = window.caseListPage()->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    const QStringList letters{QStringLiteral("a"), QStringLiteral("n"), QStringLiteral("d")};
    for (int run = 0; run < 6; ++run) {
        if (run % 3 == 0)
            search->clear();
        keystroke.blocks << meter.longestBlock([&] { typeKey(search, letters.at(run % 3)); });
    }
    search->clear();
    StallMeter::spin(500); // let the cleared search run its delayed filter before the next measure
    rows.append(keystroke);

    Row open{QStringLiteral("Opening a case"), {}};
    for (int run = 0; run < 5; ++run) {
        const qint64 id = cases.at((run * 7919) % cases.size()).caseId;
        open.blocks << meter.longestBlock([&] { window.openCase(id); });
        window.showCaseList();
    }
    rows.append(open);

    Row statistics{QStringLiteral("Statistics: showing a year"), {}};
    window.showStatistics();
    for (int run = 0; run < 4; ++run) {
        statistics.blocks << meter.longestBlock(
            [&] { window.statisticsPage()->setPeriod(ui::StatisticsPage::PeriodKind::Year, run % 2 ? 2025 : 2026); });
    }
    rows.append(statistics);

    // A new gap rule in Settings brings every case's chain up to date (on a worker); the dialog is answered as a
    // coordinator would, a moment after it opens.
    Row gapRule{QStringLiteral("Settings: a new gap rule (every case's chain anew)"), {}};
    window.showWorklist();
    for (int run = 0; run < 2; ++run) {
        gapRule.blocks << meter.longestBlock(
            [&] {
                QTimer::singleShot(300, [run] {
                    auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
                    if (!dialog || dialog->objectName() != QLatin1String("settingsDialog"))
                        return;
                    dialog->findChild<QSpinBox*>(QStringLiteral("gapSpin"))->setValue(run % 2 ? 5 : 7);
                    dialog->accept();
                });
                window.editSettings();
            },
            800);
    }
    rows.append(gapRule);

    for (const Row& row : rows) {
        const double worst = *std::max_element(row.blocks.begin(), row.blocks.end());
        QList<double> sorted = row.blocks;
        std::sort(sorted.begin(), sorted.end());
        const double median = sorted.at(sorted.size() / 2);
        log << row.what << ":";
        for (const double block : row.blocks)
            log << " " << QString::number(block, 'f', 0);
        log << " ms\n";
        const QString verdict = worst <= BudgetMilliseconds ? QStringLiteral("within %1").arg(BudgetMilliseconds)
                                                            : QStringLiteral("**over %1 by %2**")
                                                                  .arg(BudgetMilliseconds)
                                                                  .arg(worst - BudgetMilliseconds, 0, 'f', 0);
        out << "| GUI thread blocked: " << row.what << " | " << QLocale(QLocale::English).toString(size) << " | "
            << QString::number(median, 'f', 0) << " ms | " << QString::number(worst, 'f', 0) << " ms (longest) | "
            << verdict << " |\n";
    }
    return 0;
}
