// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/CaseFile.h"
#include "core/documents/Document.h"

#include <QObject>
#include <functional>

class QWidget;

namespace koordinera::core {
class Settings;
class Workspace;
} // namespace koordinera::core

namespace koordinera::ui {

class DocumentPreviewDialog;
class LetterDialog;
class SensitiveClipboard;

// Opens a case's documents in the print preview, from wherever the user asks for them (the Dokument tab, the
// plan tab, the meetings tab, the menu). Every way out is recorded on the case and in the access log.
class CaseDocumentActions : public QObject
{
    Q_OBJECT

public:
    explicit CaseDocumentActions(QWidget* parent);

    void setWorkspace(core::Workspace* workspace) { m_workspace = workspace; }
    void setSettings(core::Settings* settings) { m_settings = settings; }
    void setClipboard(SensitiveClipboard* clipboard) { m_clipboard = clipboard; }
    // Asked before any document is made: true when the settings say who signs (see SignerDialog).
    void setSignerCheck(std::function<bool()> check) { m_requireSigner = std::move(check); }

    // Each builds the document and shows the preview; false when there is nothing to show (no plan, no such
    // meeting) or the preview was closed without printing, saving or copying.
    bool showPlan(qint64 caseId, int version = 0); // 0 = the newest version
    bool showBlankForm(qint64 caseId);
    bool showMinutes(qint64 caseId, qint64 meetingId);
    bool showInvitations(qint64 caseId, qint64 meetingId);
    // The form the patient signs to consent to coordination and to sharing with the parties they tick.
    bool showConsentForm(qint64 caseId);
    // The letter to Försäkringskassan that goes with a recorded 4 § impuls.
    bool showImpulseLetter(qint64 caseId, qint64 impulseId);
    bool showSummary(qint64 caseId);
    bool writeLetter(qint64 caseId);

    // Tests: runs on each dialog before it is shown (and may close it).

Q_SIGNALS:
    // After a print, PDF or copy was recorded on the case.
    void recorded(qint64 caseId);

private:
    core::CaseFile read(qint64 caseId) const;
    bool signerGiven() const;
    bool preview(QList<core::Document> documents, const QString& recipient, bool copyable);

    QWidget* m_parent;
    core::Workspace* m_workspace = nullptr;
    core::Settings* m_settings = nullptr;
    SensitiveClipboard* m_clipboard = nullptr;
    std::function<bool()> m_requireSigner;
};

} // namespace koordinera::ui
