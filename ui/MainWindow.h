// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Worklist.h"
#include "core/storage/SealedStore.h"
#include "ui/dialogs/PassphraseDialog.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace koordinera::core {
class Settings;
class Workspace;
} // namespace koordinera::core

namespace koordinera::ui {

class AuditLogDialog;
class CaseListPage;
class CaseView;
class OlderFileDialog;
class RestoreDialog;
class RetentionDialog;
class SensitiveClipboard;
class SessionWatcher;
class WorklistPage;

// The main window: navigation on the left (Ärenden now; Idag, Kalender and Statistik join later), the case
// list and the case view in the middle, File/Edit/Case/Help menus. Owns the open workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Seams so tests can answer file dialogs and see error messages without a modal box.
    using FileChooser = std::function<QString(QWidget* parent, bool forSaving)>;
    using ErrorReporter = std::function<void(QWidget* parent, const QString& message)>;
    struct PassphraseRequest
    {
        PassphraseDialog::Mode mode;
        QString fileName;
        QString error; // why the last attempt failed, shown in the dialog
    };
    // Returns the passphrase as UTF-8, or nothing when the user cancels.
    using PassphraseProvider = std::function<std::optional<QByteArray>(QWidget* parent, const PassphraseRequest&)>;
    using Confirmer = std::function<bool(QWidget* parent, const QString& question)>;

    explicit MainWindow(core::Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }
    // Good news that still needs reading (e.g. "the database is intact"); same shape as the error reporter.
    void setInformer(ErrorReporter informer) { m_inform = std::move(informer); }
    void setPassphraseProvider(PassphraseProvider provider) { m_askPassphrase = std::move(provider); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    // The key-derivation cost for new databases (tests use libsodium's minimum).
    void setKdfParams(const core::KdfParams& params) { m_kdfParams = params; }

    // Takes over an open workspace (e.g. the demo database from the command line).
    void setWorkspace(std::unique_ptr<core::Workspace> workspace);
    core::Workspace* workspace() const { return m_workspace.get(); }
    bool openDatabase(const QString& path);
    bool createDatabase(const QString& path);
    void openDemo();
    void closeDatabase();
    bool changePassphrase();
    // Writes a backup to the folder from the settings now; false (with a message) when it cannot.
    bool backupNow();

    // Closes every patient view, drops the working database and wipes the key; unlocking asks for the
    // passphrase and returns to the case and tab the user was on.
    void lockNow();
    bool unlockNow();
    bool isLocked() const { return !m_lockedPath.isEmpty(); }
    // The idle time before locking, in milliseconds (from settings; tests set it short).
    void setAutoLockInterval(int milliseconds);
    bool importOldDatabase(const QString& plainPath, const QString& sealedPath);

    void newCase();
    void openCase(qint64 caseId);
    void showCaseList();
    void showWorklist();
    void showCalendar();
    void showStatistics();
    // Importera ärendelista: a CSV file from Excel into the open database, with its summary at the end.
    void importCaseList();
    // Opens a case where the matter is (from the worklist).
    void openCaseAt(qint64 caseId, core::CaseArea area);
    void editSettings();
    // Help › Manual (F1), opened at the chapter about what is on screen.
    void showHelp();
    class HelpWindow* helpWindow() const { return m_help; }
    QString helpChapter() const;
    void editKvaCodes();
    void showAuditLog();
    // Integrity of the database and of the access log's chain, reported to the user; true when both hold.
    bool checkDatabase();
    QString lastCheckReport() const { return m_lastCheckReport; }
    // Opens the backup read-only, shows what it holds, and restores it only when the user confirms; a
    // backup of the current state is written first.
    bool restoreBackup(const QString& backupPath);
    void purgeOldCases();
    // Makes sure the settings say who signs (asks when they do not; a demo signs with a made-up name) and gives
    // the open database that name and unit; false when the user declined.
    bool requireSigner();
    // Asks who signs, to change it.
    void changeSigner();
    QPushButton* signerButton() const { return m_signerButton; }
    // Seams for tests: called with a dialog before it is shown (answer it, look at it).
    void setAuditDialogHook(std::function<void(class AuditLogDialog&)> hook)
    {
        m_configureAuditDialog = std::move(hook);
    }
    void setOlderFileDialogHook(std::function<void(class OlderFileDialog&)> hook)
    {
        m_configureOlderFileDialog = std::move(hook);
    }
    void setRestoreDialogHook(std::function<void(class RestoreDialog&)> hook)
    {
        m_configureRestoreDialog = std::move(hook);
    }
    void setImportFileChooser(std::function<QString(QWidget* parent)> chooser)
    {
        m_chooseImportFile = std::move(chooser);
    }
    void setImportDialogHook(std::function<void(class ImportDialog&)> hook)
    {
        m_configureImportDialog = std::move(hook);
    }
    void setRetentionDialogHook(std::function<void(class RetentionDialog&)> hook)
    {
        m_configureRetentionDialog = std::move(hook);
    }

    CaseListPage* caseListPage() const { return m_caseList; }
    WorklistPage* worklistPage() const { return m_worklist; }
    class CalendarPage* calendarPage() const { return m_calendar; }
    class StatisticsPage* statisticsPage() const { return m_statistics; }
    CaseView* caseView() const { return m_caseView; }
    SensitiveClipboard* clipboard() const { return m_clipboard; }
    SessionWatcher* sessionWatcher() const { return m_sessionWatcher; }
    QUndoStack* undoStack() const { return m_undoStack; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    bool adoptDatabase(const QString& path, bool create);
    std::unique_ptr<core::Workspace> unlock(const QString& path);
    // Shows what a file that is not the newest holds (read-only) and asks whether to work in it as it is.
    bool acceptOlderFile(const QString& path, const QByteArray& passphrase, const QString& finding);
    QWidget* buildWelcomePage();
    QWidget* buildLockPage();
    void updateInactivityWatch();
    void backUpIfDue();
    void updateTitle();
    void updateSigner();
    void updateRecentMenu();
    void reportError(const QString& message);
    QString safetyCopyFolder() const;
    void showAbout();

    core::Settings& m_settings;
    std::unique_ptr<core::Workspace> m_workspace;
    QUndoStack* m_undoStack;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QWidget* m_welcome;
    QWidget* m_lockPage = nullptr;
    QLabel* m_lockLabel = nullptr;
    QPushButton* m_signerButton = nullptr;
    class InactivityWatcher* m_inactivity = nullptr;
    class SensitiveClipboard* m_clipboard = nullptr;
    class SessionWatcher* m_sessionWatcher = nullptr;
    QString m_lockedPath;
    qint64 m_lockedCaseId = 0;
    int m_lockedTab = 0;
    QAction* m_lockAction = nullptr;
    QAction* m_backupAction = nullptr;
    bool m_backupFailureShown = false;
    enum NavigationRow
    {
        NavigationToday,
        NavigationCases,
        NavigationCalendar,
        NavigationStatistics,
    };
    class WorklistPage* m_worklist = nullptr;
    class CalendarPage* m_calendar = nullptr;
    class StatisticsPage* m_statistics = nullptr;
    class HelpWindow* m_help = nullptr;
    QList<QAction*> m_viewActions;
    QWidget* m_returnPage = nullptr; // where Back leads from a case
    CaseListPage* m_caseList;
    CaseView* m_caseView;
    QLabel* m_demoBanner;
    QMenu* m_recentMenu = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_newCaseAction = nullptr;
    QAction* m_printPlanAction = nullptr;
    QAction* m_summaryAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_kvaAction = nullptr;
    FileChooser m_chooseFile;
    ErrorReporter m_reportError;
    ErrorReporter m_inform;
    PassphraseProvider m_askPassphrase;
    Confirmer m_confirm;
    core::KdfParams m_kdfParams = core::KdfParams::standard();
    QAction* m_changePassphraseAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_auditAction = nullptr;
    QAction* m_importAction = nullptr;
    std::function<QString(QWidget* parent)> m_chooseImportFile;
    std::function<void(class ImportDialog&)> m_configureImportDialog;
    QAction* m_checkAction = nullptr;
    QAction* m_retentionAction = nullptr;
    QString m_lastCheckReport;
    // Wrong passphrases per database, written to its log once it is opened with the right one.
    QHash<QString, QList<QDateTime>> m_failedUnlocks;
    std::function<void(AuditLogDialog&)> m_configureAuditDialog;
    std::function<void(RestoreDialog&)> m_configureRestoreDialog;
    std::function<void(OlderFileDialog&)> m_configureOlderFileDialog;
    std::function<void(RetentionDialog&)> m_configureRetentionDialog;
};

} // namespace koordinera::ui
