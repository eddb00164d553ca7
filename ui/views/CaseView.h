// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Activity.h"
#include "core/domain/Actor.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Consent.h"
#include "core/domain/Patient.h"

#include <QWidget>
#include <functional>
#include <memory>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace koordinera::core {
class Settings;
class Workspace;
} // namespace koordinera::core

namespace koordinera::ui {

class RecordTableModel;

// One case: who, "dag N i sjukperioden" with the checkpoints ahead, consent warnings, and tabs for sick
// leave and diagnoses, contacts, consents and the activity log. Every edit goes through the undo stack,
// except entries in the activity log, which are never taken back (they are corrected instead).
class CaseView : public QWidget
{
    Q_OBJECT

public:
    enum class Tab
    {
        SickLeave,
        Contacts,
        Consents,
        Activities,
        Plan,
        Meetings,
        Documents,
    };

    explicit CaseView(QUndoStack* undoStack, QWidget* parent = nullptr);
    ~CaseView() override;

    void setWorkspace(core::Workspace* workspace);
    void showCase(qint64 caseId, Tab tab = Tab::SickLeave);
    qint64 caseId() const { return m_caseId; }
    Tab currentTab() const;
    QString caseTitle() const;
    // The case's reference (K-2026-0042): names the case without naming the patient.
    QString caseReference() const;
    // Reads the case again, e.g. after the rules in the settings changed.
    void reload() { refresh(); }

    // Actions, also reachable from the buttons (public so tests and menus can call them).
    void editCase();
    void addPeriod();
    void addDiagnosis();
    void addContact();
    void addConsent();
    void addActivity();
    // Copies the identity number for pasting into the journal or an FK form; it is cleared again after 30
    // seconds and the copy is access-logged.
    void copyIdentityNumber();
    void setClipboard(class SensitiveClipboard* clipboard);
    // The letterhead (logo) and the letter template for printed documents.
    void setSettings(core::Settings* settings);
    // Asked before a document is made (MainWindow::requireSigner).
    void setSignerCheck(std::function<bool()> check);
    class CaseDocumentActions* documentActions() const { return m_documentActions; }
    class DocumentsPanel* documentsPanel() const { return m_documents; }
    enum class Back
    {
        Cases,
        Worklist,
        Calendar,
    };
    // "← Ärenden", "← Idag" or "← Kalender": where Back (Esc) leads.
    void setBackTo(Back target);

Q_SIGNALS:
    void backRequested();
    // Passed on from the tabs: something to show in the status bar.
    void notice(const QString& text);

private:
    void refresh();
    void refreshHeader();
    void refreshTables();
    QWidget* buildHeader();
    QWidget* buildSickLeaveTab();
    QWidget* buildContactsTab();
    QWidget* buildConsentsTab();
    QWidget* buildActivitiesTab();
    QTableView* makeTable(RecordTableModel* model, int stretchColumn, const std::function<void()>& onActivate);
    QPushButton* makeButton(const QString& text, const QString& objectName, const std::function<void()>& action);
    qint64 selectedId(QTableView* table, RecordTableModel* model) const;
    QList<core::Actor> linkedActors() const;
    void showSelectedNote();

    void editPeriod();
    void removePeriod();
    void editDiagnosis();
    void removeDiagnosis();
    void editContact();
    void removeContact();
    void editConsent();
    void correctActivity();
    void showActivityHistory();

    QUndoStack* m_undoStack;
    core::Workspace* m_workspace = nullptr;
    qint64 m_caseId = 0;
    core::Patient m_patient;
    core::CaseRecord m_case;
    QMetaObject::Connection m_changedConnection;

    SensitiveClipboard* m_clipboard = nullptr;
    QPushButton* m_back = nullptr;
    class PlanPanel* m_plan = nullptr;
    class MeetingsPanel* m_meetings = nullptr;
    class CaseDocumentActions* m_documentActions = nullptr;
    class DocumentsPanel* m_documents = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_sickDay = nullptr;
    class FlowLayout* m_chips = nullptr;
    QWidget* m_warnings = nullptr;
    // The banner's height is held while one case is open, so the tab row under it does not move (see refreshHeader).
    qint64 m_warningsHeldFor = 0;
    void holdWarningsHeight(bool warned);
    int m_warningsHeight = 0;
    QTabWidget* m_tabs = nullptr;

    RecordTableModel* m_periods;
    RecordTableModel* m_diagnoses;
    RecordTableModel* m_contacts;
    RecordTableModel* m_consents;
    RecordTableModel* m_activities;
    QTableView* m_periodTable = nullptr;
    QTableView* m_diagnosisTable = nullptr;
    QTableView* m_contactTable = nullptr;
    QTableView* m_consentTable = nullptr;
    QTableView* m_activityTable = nullptr;
    QTextBrowser* m_noteView = nullptr;
    QList<core::Activity> m_activityRecords;
    QList<core::Consent> m_consentRecords;
};

} // namespace koordinera::ui
