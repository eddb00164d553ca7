// SPDX-License-Identifier: GPL-3.0-or-later
// How long Koordinera takes from the start of its process to a main window showing a unit's database, beside a bare
// Qt Widgets window with a table view started the same way (issue 26's anchor). Each start is a fresh process on
// the offscreen platform; the clock starts as main() begins, so loading the libraries counts for neither. The key
// derivation is the test parameters' (a few milliseconds), so it is excluded as in the other benchmarks.
//   koordinera_bench_start --size N [--runs R] [--file F]   prints rows of docs/performance.md's ratios table
//   koordinera_bench_start --child bare | --child koordinera FILE   one start; prints its phases in ms
//   koordinera_bench_start --child decrypt FILE   only reads and decrypts the file, as opening does first
#include "BenchWindow.h"
#include "core/settings/Settings.h"
#include "core/storage/SealedStore.h"
#include "ui/MainWindow.h"
#include "ui/Prompts.h"
#include "ui/Translations.h"
#include "ui/dialogs/PassphraseDialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <optional>

using namespace koordinera;

namespace {
// Waits for the next paint of `window` or of anything in it: the frame the user sees.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget& window) : m_window(window) { qApp->installEventFilter(this); }

    void wait()
    {
        m_window.update();
        QTimer::singleShot(5000, &m_loop, &QEventLoop::quit);
        if (!m_painted)
            m_loop.exec();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            auto* widget = qobject_cast<QWidget*>(watched);
            if (widget && widget->window() == &m_window && !m_painted) {
                m_painted = true;
                QTimer::singleShot(0, &m_loop, &QEventLoop::quit);
            }
        }
        return false;
    }

private:
    QWidget& m_window;
    QEventLoop m_loop;
    bool m_painted = false;
};

int bareChild(QElapsedTimer& clock, QTextStream& out)
{
    int appArgc = 1;
    char appName[] = "bare";
    char* appArgv[] = {appName, nullptr};
    QApplication app(appArgc, appArgv);
    const double appReady = double(clock.nsecsElapsed()) / 1e6;
    QMainWindow window;
    QStandardItemModel model(30, 8);
    for (int row = 0; row < 30; ++row)
        for (int column = 0; column < 8; ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("Rad %1, kolumn %2").arg(row).arg(column)));
    auto* table = new QTableView;
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1360, 820);
    FirstPaint painted(window);
    window.show();
    painted.wait();
    const double shown = double(clock.nsecsElapsed()) / 1e6;
    out << appReady << " " << shown << " " << shown << " " << shown << "\n";
    return 0;
}

int koordineraChild(QElapsedTimer& clock, const QString& path, QTextStream& out)
{
    int appArgc = 1;
    char appName[] = "koordinera";
    char* appArgv[] = {appName, nullptr};
    QApplication app(appArgc, appArgv);
    ui::installTranslations(QStringLiteral("sv"));
    const double appReady = double(clock.nsecsElapsed()) / 1e6;
    QTemporaryDir dir;
    const auto settings = bench::benchSettings(dir);
    ui::MainWindow window(*settings);
    window.resize(1360, 820);
    FirstPaint windowPainted(window);
    window.show();
    windowPainted.wait(); // what the user sees before the passphrase is asked
    const double windowShown = double(clock.nsecsElapsed()) / 1e6;
    bench::BenchPrompts prompts;
    ui::Prompts::setDriver(&prompts);
    if (!window.openDatabase(path))
        return 1;
    const double opened = double(clock.nsecsElapsed()) / 1e6;
    FirstPaint painted(window);
    painted.wait();
    out << appReady << " " << windowShown << " " << opened << " " << double(clock.nsecsElapsed()) / 1e6 << "\n";
    return 0;
}

// The floor under opening a file: mapping and decrypting it into fresh memory, no SQLite and no window.
int decryptChild(QElapsedTimer& clock, const QString& path, QTextStream& out)
{
    const double started = double(clock.nsecsElapsed()) / 1e6;
    core::SealedStore::Contents contents;
    core::SealedStore::open(path, bench::Passphrase, contents, core::SealedStore::Access::ReadOnly);
    const double decrypted = double(clock.nsecsElapsed()) / 1e6 - started;
    out << decrypted << " " << decrypted << " " << decrypted << " " << decrypted << "\n";
    return 0;
}

struct Phases
{
    QList<double> appReady, windowShown, opened, shown;
};

std::optional<Phases> runChild(const QStringList& arguments, int runs)
{
    Phases phases;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), arguments);
        child.waitForFinished(-1);
        const QList<QByteArray> numbers = child.readAllStandardOutput().trimmed().split(' ');
        if (child.exitCode() != 0 || numbers.size() != 4)
            return std::nullopt;
        phases.appReady << numbers.at(0).toDouble();
        phases.windowShown << numbers.at(1).toDouble();
        phases.opened << numbers.at(2).toDouble();
        phases.shown << numbers.at(3).toDouble();
    }
    return phases;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer clock;
    clock.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QTextStream out(stdout);
    QTextStream log(stderr);
    if (const qsizetype at = args.indexOf(QStringLiteral("--child")); at >= 0 && at + 1 < args.size()) {
        const QTemporaryDir dataHome; // the witnesses of the files measured
        qputenv("XDG_DATA_HOME", dataHome.path().toUtf8());
        if (args.at(at + 1) == QLatin1String("bare"))
            return bareChild(clock, out);
        if (args.at(at + 1) == QLatin1String("decrypt"))
            return at + 2 < args.size() ? decryptChild(clock, args.at(at + 2), out) : 2;
        return at + 2 < args.size() ? koordineraChild(clock, args.at(at + 2), out) : 2;
    }

    QCoreApplication app(argc, argv);
    const qsizetype sizeAt = args.indexOf(QStringLiteral("--size"));
    const int size = sizeAt >= 0 && sizeAt + 1 < args.size() ? args.at(sizeAt + 1).toInt() : 500;
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    const int runs = runsAt >= 0 && runsAt + 1 < args.size() ? std::max(1, args.at(runsAt + 1).toInt()) : 7;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.koordinera"));
    if (!bench::prepareFile(args, size, path, "koordinera_bench_start", log))
        return 1;
    runChild({QStringLiteral("--child"), QStringLiteral("koordinera"), path}, 1); // the file's first opening
    const auto bare = runChild({QStringLiteral("--child"), QStringLiteral("bare")}, runs);
    const auto ours = runChild({QStringLiteral("--child"), QStringLiteral("koordinera"), path}, runs);
    const auto decrypt = runChild({QStringLiteral("--child"), QStringLiteral("decrypt"), path}, runs);
    if (!bare || !ours || !decrypt) {
        log << "koordinera_bench_start: a start failed\n";
        return 1;
    }
    const double bareShown = median(bare->shown);
    const double windowShown = median(ours->windowShown);
    const double shown = median(ours->shown);
    log << "bare: QApplication " << median(bare->appReady) << " ms, shown " << bareShown << " ms\n"
        << "Koordinera: QApplication " << median(ours->appReady) << " ms, window shown " << windowShown
        << " ms, database open " << median(ours->opened) << " ms, Idag shown " << shown << " ms\n"
        << "decrypting the file alone: " << median(decrypt->shown) << " ms\n";
    const QString cases = QLocale(QLocale::English).toString(size);
    const QString bareWindow =
        QStringLiteral("a bare Qt Widgets window with a table view: %1 ms").arg(bareShown, 0, 'f', 0);
    out << QStringLiteral(
               "| Start to the main window's first frame, before the passphrase is asked (%1 cases) | %2 ms | "
               "%3 | %4× |\n")
               .arg(cases)
               .arg(windowShown, 0, 'f', 0)
               .arg(bareWindow)
               .arg(windowShown / bareShown, 0, 'f', 1);
    out << QStringLiteral("| Start to Idag shown with %1 cases, passphrase given at once (database open at %2 ms) | "
                          "%3 ms | %4 | %5× |\n")
               .arg(cases)
               .arg(median(ours->opened), 0, 'f', 0)
               .arg(shown, 0, 'f', 0)
               .arg(bareWindow)
               .arg(shown / bareShown, 0, 'f', 1);
    // Opening cannot be quicker than decrypting the file: the bare window plus that is the floor for Idag shown.
    const double floor = bareShown + median(decrypt->shown);
    out << QStringLiteral("| – the same | | the bare window plus decrypting the file alone (%1 ms): %2 ms | %3× |\n")
               .arg(median(decrypt->shown), 0, 'f', 0)
               .arg(floor, 0, 'f', 0)
               .arg(shown / floor, 0, 'f', 1);
    return 0;
}
