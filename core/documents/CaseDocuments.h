// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/CaseFile.h"
#include "core/documents/Document.h"

namespace koordinera::core {

// The documents about one case (issue 5), as content. Each is a pure function of the case file, so print,
// preview, PDF, headless export and the tests all see the same thing.
namespace CaseDocuments {

// The gemensam handlingsplan as it is handed to every party at the meeting table.
Document plan(const CaseFile& file, const PlanVersion& plan);
// The same plan with empty rows and lines to fill in by hand at the meeting; `plan` may be null (no plan yet).
Document blankForm(const CaseFile& file, const PlanVersion* plan);
// Minnesanteckningar from one meeting.
Document minutes(const CaseFile& file, const Meeting& meeting);
// A kallelse to one party invited to a meeting: when, where (or the video link), why, who comes, what to bring, and
// whom to ask (issue 21).
Document invitation(const CaseFile& file, const Meeting& meeting, const MeetingParticipant& to);
// One kallelse for every party invited, the coordinator aside: what goes out before the meeting.
QList<Document> invitations(const CaseFile& file, const Meeting& meeting);
// The whole case, for the journal (PDF/A).
Document summary(const CaseFile& file);

// A cover letter to a party, sent with the plan.
struct Letter
{
    QString recipient;        // e.g. "Anna Ek, Ekbackens Bygg AB"
    QString recipientAddress; // may be empty; several lines
    QString body;             // the user's template, filled in (see fillTemplate) and perhaps edited
    int planVersion = 0;      // the plan sent with it; 0 = none
};
Document letter(const CaseFile& file, const Letter& letter);
// The letter and, when it names a plan version the case has, that plan behind it: what goes in the envelope.
QList<Document> letterWithPlan(const CaseFile& file, const Letter& letter);

// The cover letter's template (DocumentTemplates) with {mottagare}, {patient}, {personnummer}, {datum},
// {uppföljning}, {koordinator} and {enhet} filled in.
QString fillTemplate(const QString& letterTemplate, const CaseFile& file, const QString& recipient);

// The form the patient signs to consent to coordination, with a box to tick for each party to share with.
Document consentForm(const CaseFile& file);
// The letter to Försäkringskassan that goes with a 4 § impuls.
Document impulseLetter(const CaseFile& file, const Impulse& impulse);

// "Anna Andersson, 19800101-1234", as the header of every page reads.
QString patientLine(const CaseFile& file);

} // namespace CaseDocuments

} // namespace koordinera::core
