// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ProgressRunner.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <exception>
#include <memory>

namespace koordinera::ui {

namespace {

std::atomic<int> running{0};
std::atomic<bool> cancelAll{false};

ProgressRunner::Observer& observer()
{
    static ProgressRunner::Observer instance;
    return instance;
}

// What the worker and the GUI thread share: plain atomics, no locks the GUI thread could wait on.
struct SharedProgress
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancelled{false};
};

// A window-modal progress dialog that appears only when the work takes longer than a moment and stays until
// closed.
void prepare(QProgressDialog& dialog, const char* objectName)
{
    dialog.setObjectName(QString::fromLatin1(objectName));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
}

// Until the progress dialog shows (it waits a moment, so quick work flashes nothing) its window modality blocks
// nothing: this keeps every click and key press away from the rest of the program meanwhile, since the worker
// may be using the database. Closing a window is held off too; input to the dialog itself passes.
class InputBlocker : public QObject
{
public:
    explicit InputBlocker(QWidget* allowed) : m_allowed(allowed)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!blocks(event->type()))
            return false;
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && (widget == m_allowed || m_allowed->isAncestorOf(widget)))
            return false;
        if (event->type() == QEvent::Close)
            event->ignore();
        return widget != nullptr || watched->isWindowType();
    }

private:
    static bool blocks(QEvent::Type type)
    {
        switch (type) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::ShortcutOverride:
        case QEvent::Shortcut:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TouchEnd:
        case QEvent::ContextMenu:
        case QEvent::Close:
            return true;
        default:
            return false;
        }
    }

    QWidget* m_allowed;
};

// Starts `worker` and runs an event loop, `tick` going, until it has finished. `finished` reaches the loop as a
// queued call, so a worker that is done before exec() still ends it.
void runUntilFinished(QThread& worker, QTimer& tick, QWidget& dialog)
{
    const InputBlocker blocker(&dialog);
    QEventLoop loop;
    QObject::connect(&worker, &QThread::finished, &loop, &QEventLoop::quit);
    tick.start();
    ++running;
    worker.start();
    loop.exec();
    worker.wait();
    if (--running == 0)
        cancelAll = false;
    tick.stop();
}

} // namespace

bool ProgressRunner::isRunning()
{
    return running.load() > 0;
}

void ProgressRunner::cancelRunning()
{
    cancelAll = true;
}

void ProgressRunner::setObserver(Observer observer)
{
    ::koordinera::ui::observer() = std::move(observer);
}

core::ExportResult ProgressRunner::run(QWidget* parent, const QString& label, const Work<core::ExportResult>& work)
{
    auto shared = std::make_shared<SharedProgress>();
    core::ExportResult result;
    const core::ExportProgress progress = [shared](qint64 done, qint64 total) {
        shared->done = done;
        shared->total = total;
        return !shared->cancelled.load();
    };
    std::unique_ptr<QThread> worker(QThread::create([&result, &work, progress] { result = work(progress); }));

    QProgressDialog dialog(label, QCoreApplication::translate("ProgressRunner", "Cancel"), 0, 100, parent);
    prepare(dialog, "progressDialog");
    dialog.setValue(0);

    QTimer tick;
    tick.setInterval(50);
    QObject::connect(&tick, &QTimer::timeout, &dialog, [&dialog, shared] {
        const qint64 total = shared->total;
        const int percent = total > 0 ? int(100 * shared->done / total) : 0;
        dialog.setValue(std::min(percent, 99));
        if ((observer() && !observer()(percent)) || cancelAll)
            dialog.cancel();
        if (dialog.wasCanceled())
            shared->cancelled = true;
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [shared] { shared->cancelled = true; });
    // If the user cancels after the worker's last check, the work finished anyway and its result stands.
    runUntilFinished(*worker, tick, dialog);
    dialog.close();
    return result;
}

void ProgressRunner::wait(QWidget* parent, const QString& label, const std::function<void()>& work)
{
    std::exception_ptr failure;
    std::unique_ptr<QThread> worker(QThread::create([&work, &failure] {
        try {
            work();
        } catch (...) {
            failure = std::current_exception();
        }
    }));
    QProgressDialog dialog(label, QString(), 0, 0, parent);
    prepare(dialog, "busyDialog");
    dialog.setCancelButton(nullptr);
    // A busy dialog only shows once its value is set after the minimum duration: nudge it while waiting.
    QTimer tick;
    tick.setInterval(100);
    QObject::connect(&tick, &QTimer::timeout, &dialog, [&dialog] { dialog.setValue(0); });
    runUntilFinished(*worker, tick, dialog);
    dialog.close();
    if (failure)
        std::rethrow_exception(failure);
}

core::ExportResult ProgressRunner::runExclusive(QWidget* parent, core::Database& database, const QString& label,
                                                const Work<core::ExportResult>& work)
{
    core::Database::Loan loan(database);
    return run(parent, label, [&loan, &work](const core::ExportProgress& progress) {
        const core::Database::Loan::Use use(loan);
        return work(progress);
    });
}

void ProgressRunner::waitExclusive(QWidget* parent, core::Database& database, const QString& label,
                                   const std::function<void()>& work)
{
    core::Database::Loan loan(database);
    wait(parent, label, [&loan, &work] {
        const core::Database::Loan::Use use(loan);
        work();
    });
}

} // namespace koordinera::ui
