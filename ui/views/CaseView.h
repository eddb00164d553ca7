// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CaseRecord.h"
#include "core/domain/Patient.h"

#include <QWidget>
#include <functional>
#include <memory>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace koordinera::core {
class RehabChain;
class Settings;
class Workspace;
} // namespace koordinera::core

namespace koordinera::ui {

// One case: who, "dag N i sjukperioden" with the checkpoints ahead and consent warnings in the header, and a panel
// per tab (sick leave and diagnoses, contacts, consents, the activity log, the plan, meetings, documents). Every
// edit goes through the undo stack, except entries in the activity log, which are never taken back (they are
// corrected instead).
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
        Family, // shown in a family-support file only (issue 23)
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
    // The case's doctor and care team from the unit's staff list, as one undoable step.
    void editCareTeam();
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

protected:
    // The case is held open on a server while the view shows it (core::CasePresence).
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

Q_SIGNALS:
    void backRequested();
    // Passed on from the tabs: something to show in the status bar.
    void notice(const QString& text);

private:
    void refresh();
    // "Also open at …": who else on the server has the case open now.
    void refreshPresence();
    void refreshHeader(const core::RehabChain& chain);
    void applyProfile();
    bool isFamily() const;
    void showSickLeaveTabIfNeeded(const core::RehabChain& chain);
    QStringList clinicDetails() const;
    QString childrenLine() const;
    QWidget* buildHeader();
    // Every tab is a panel over the case; they are told about the workspace and the case together.
    QList<class CasePanel*> casePanels() const;

    QUndoStack* m_undoStack;
    core::Workspace* m_workspace = nullptr;
    qint64 m_caseId = 0;
    core::Patient m_patient;
    core::CaseRecord m_case;
    QMetaObject::Connection m_changedConnection;
    QMetaObject::Connection m_presenceConnection;

    SensitiveClipboard* m_clipboard = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_team = nullptr;
    class SickLeavePanel* m_sickLeave = nullptr;
    class ContactsPanel* m_contacts = nullptr;
    class ConsentsPanel* m_consents = nullptr;
    class ActivitiesPanel* m_activities = nullptr;
    class FamilyPanel* m_family = nullptr;
    class PlanPanel* m_plan = nullptr;
    class MeetingsPanel* m_meetings = nullptr;
    class CaseDocumentActions* m_documentActions = nullptr;
    class DocumentsPanel* m_documents = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_elsewhere = nullptr;
    QLabel* m_sickDay = nullptr;
    class FlowLayout* m_chips = nullptr;
    QWidget* m_warnings = nullptr;
    // The banner's height is held while one case is open, so the tab row under it does not move (see refreshHeader).
    qint64 m_warningsHeldFor = 0;
    void holdWarningsHeight(bool warned);
    int m_warningsHeight = 0;
    QTabWidget* m_tabs = nullptr;
};

} // namespace koordinera::ui
