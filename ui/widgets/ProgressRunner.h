// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/Sheet.h"
#include "core/storage/Database.h"

#include <QString>
#include <functional>

class QWidget;

namespace koordinera::ui {

// Runs long work (an export, an import) on a worker thread while the GUI thread shows a progress dialog that can
// be cancelled (docs/architecture.md §3: the GUI thread never blocks). The dialog appears only when the work takes
// longer than a moment. `work` gets a progress callback to call now and then; it returns false once the user
// has cancelled, and the work should then stop and clean up.
class ProgressRunner
{
public:
    template <typename Result> using Work = std::function<Result(const core::ExportProgress& progress)>;

    static core::ExportResult run(QWidget* parent, const QString& label, const Work<core::ExportResult>& work);

    // Work that cannot be stopped halfway and reports no progress, such as opening a database: a busy indicator
    // without a Cancel button after a moment. An exception thrown by `work` is thrown again here, on the GUI
    // thread. QObjects that `work` makes live on the worker thread: hand them over before returning.
    static void wait(QWidget* parent, const QString& label, const std::function<void()>& work);

    // The same for work that uses the database: the worker borrows the connection (core::Database::Loan) and the
    // GUI thread may not touch it until the work is done; the changes the work commits are announced afterwards, on
    // the GUI thread. Work that uses the database through run() or wait() instead stops the program at its first
    // statement, so this cannot be got wrong silently.
    static core::ExportResult runExclusive(QWidget* parent, core::Database& database, const QString& label,
                                           const Work<core::ExportResult>& work);
    static void waitExclusive(QWidget* parent, core::Database& database, const QString& label,
                              const std::function<void()>& work);

    // Whether long work is under way, and a request that it stop (the screen lock asks before it closes the
    // database the work may be using).
    static bool isRunning();
    static void cancelRunning();

    // For tests: called on the GUI thread each time the dialog is updated, with the share done (0–100); return
    // false to press Avbryt.
    using Observer = std::function<bool(int percent)>;
    static void setObserver(Observer observer);
};

} // namespace koordinera::ui
