// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/CaseDocumentActions.h"

#include "core/documents/CaseDocuments.h"
#include "core/domain/ConsentRules.h"
#include "core/domain/DomainText.h"
#include "core/settings/Settings.h"
#include "core/workspace/Workspace.h"
#include "ui/Prompts.h"
#include "ui/dialogs/LetterDialog.h"
#include "ui/documents/DocumentPreviewDialog.h"

#include <QWidget>
#include <algorithm>

namespace koordinera::ui {

CaseDocumentActions::CaseDocumentActions(QWidget* parent) : QObject(parent), m_parent(parent) {}

core::CaseFile CaseDocumentActions::read(qint64 caseId) const
{
    return core::CaseFile::read(*m_workspace, caseId, m_settings ? m_settings->letterhead() : core::Letterhead{});
}

bool CaseDocumentActions::signerGiven() const
{
    return !m_requireSigner || m_requireSigner();
}

bool CaseDocumentActions::preview(QList<core::Document> documents, const QString& recipient, bool copyable)
{
    const qint64 caseId = documents.first().caseId;
    core::Workspace* workspace = m_workspace;
    int recordedCount = 0;
    DocumentPreviewDialog dialog(
        std::move(documents), recipient,
        [workspace, &recordedCount](core::DocumentRecord& record) {
            workspace->documents().record(record);
            ++recordedCount;
        },
        m_parent);
    if (copyable)
        dialog.setClipboard(m_clipboard);
    Prompts::exec(dialog);
    if (recordedCount > 0)
        Q_EMIT recorded(caseId);
    return recordedCount > 0;
}

bool CaseDocumentActions::showPlan(qint64 caseId, int version)
{
    if (!m_workspace || !signerGiven())
        return false;
    const core::CaseFile file = read(caseId);
    const core::PlanVersion* plan = version > 0 ? file.plan(version) : file.currentPlan();
    if (!plan)
        return false;
    const QString recipient =
        plan->distribution.isEmpty() ? tr("The patient") : plan->distribution.join(QStringLiteral(", "));
    return preview({core::CaseDocuments::plan(file, *plan)}, recipient, true);
}

bool CaseDocumentActions::showBlankForm(qint64 caseId)
{
    if (!m_workspace || !signerGiven())
        return false;
    const core::CaseFile file = read(caseId);
    return preview({core::CaseDocuments::blankForm(file, file.currentPlan())}, tr("The meeting"), false);
}

bool CaseDocumentActions::showMinutes(qint64 caseId, qint64 meetingId)
{
    if (!m_workspace || !signerGiven())
        return false;
    const core::CaseFile file = read(caseId);
    const core::Meeting* meeting = file.meeting(meetingId);
    if (!meeting)
        return false;
    QStringList present;
    for (const core::MeetingParticipant& participant : meeting->participants) {
        if (participant.present)
            present.append(participant.name);
    }
    return preview({core::CaseDocuments::minutes(file, *meeting)}, present.join(QStringLiteral(", ")), true);
}

bool CaseDocumentActions::showInvitations(qint64 caseId, qint64 meetingId)
{
    if (!m_workspace || !signerGiven())
        return false;
    const core::CaseFile file = read(caseId);
    const core::Meeting* meeting = file.meeting(meetingId);
    if (!meeting)
        return false;
    QList<core::Document> documents = core::CaseDocuments::invitations(file, *meeting);
    if (documents.isEmpty()) {
        Prompts::inform(m_parent, tr("No one is invited yet: add the participants with “Change…”."));
        return false;
    }
    QStringList invited;
    for (const core::MeetingParticipant& participant : meeting->participants)
        invited.append(participant.name.isEmpty() ? core::text::labelOf(participant.kind) : participant.name);
    return preview(std::move(documents), invited.join(QStringLiteral(", ")), false);
}

bool CaseDocumentActions::showConsentForm(qint64 caseId)
{
    if (!m_workspace || !signerGiven())
        return false;
    const core::CaseFile file = read(caseId);
    return preview({core::CaseDocuments::consentForm(file)}, file.patient.fullName(), false);
}

bool CaseDocumentActions::showImpulseLetter(qint64 caseId, qint64 impulseId)
{
    if (!m_workspace || !signerGiven())
        return false;
    const core::CaseFile file = read(caseId);
    const auto impulse = std::find_if(file.impulses.begin(), file.impulses.end(),
                                      [impulseId](const core::Impulse& made) { return made.id == impulseId; });
    if (impulse == file.impulses.end())
        return false;
    const QString recipient =
        impulse->fkRecipient.trimmed().isEmpty() ? QStringLiteral("Försäkringskassan") : impulse->fkRecipient;
    return preview({core::CaseDocuments::impulseLetter(file, *impulse)}, recipient, false);
}

bool CaseDocumentActions::showSummary(qint64 caseId)
{
    if (!m_workspace || !signerGiven())
        return false;
    const core::CaseFile file = read(caseId);
    return preview({core::CaseDocuments::summary(file)}, tr("The patient's journal"), true);
}

namespace {

// The case's parties, each with a notice when no valid consent covers sending them the plan.
QList<LetterRecipient> letterRecipients(const core::CaseFile& file)
{
    QList<LetterRecipient> recipients;
    for (const core::CaseContactView& contact : file.contacts) {
        const QString name = contact.person.id ? QStringLiteral("%1, %2").arg(contact.person.name, contact.actor.name)
                                               : contact.actor.name;
        QString notice;
        if (const auto warning = core::ConsentRules::checkActor(contact.actor, file.consents, file.today()))
            notice = warning->message();
        recipients.append({name, contact.actor.address, notice});
    }
    return recipients;
}

} // namespace

bool CaseDocumentActions::writeLetter(qint64 caseId)
{
    if (!m_workspace || !signerGiven())
        return false;
    const core::CaseFile file = read(caseId);
    const core::PlanVersion* plan = file.currentPlan();
    const QString letterTemplate = file.letterhead.templates.text(core::TemplateKind::CoverLetter);
    LetterDialog dialog(
        letterRecipients(file),
        [&file, &letterTemplate](const QString& recipient) {
            return core::CaseDocuments::fillTemplate(letterTemplate, file, recipient);
        },
        plan ? plan->version : 0, m_parent);
    Prompts::exec(dialog);
    if (dialog.result() != QDialog::Accepted)
        return false;
    const auto letter = dialog.letter();
    return preview(core::CaseDocuments::letterWithPlan(file, letter), letter.recipient, false);
}

} // namespace koordinera::ui
