// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the documents layer: the parts the case documents share (CaseDocuments.cpp, CaseSummary.cpp).

#include "core/documents/CaseFile.h"
#include "core/documents/Document.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace koordinera::core::CaseDocuments::parts {

// The text, or a dash where a field was left empty, so a printed form never shows a gap that looks forgotten.
QString orDash(const QString& text);
// Every document about a case carries the unit, the patient and when and by whom it was printed on every page.
Document frame(const CaseFile& file, const QString& kind, const QString& title);
QList<QPair<QString, QString>> patientFacts(const CaseFile& file);
QString identityOf(const CaseFile& file);
// A filled template as paragraphs, with `place()` adding the document's own part (a table of facts, boxes to tick)
// where the template names `placeField`, or after the text when it does not.
void templateText(Document& document, const QString& filled, const QString& placeField,
                  const std::function<void()>& place);
QString occupationText(const CaseFile& file);
QString sickLeaveText(const CaseFile& file);
QString periodText(const QDate& from, const QDate& to);
DocumentTable actionTable(const CaseFile& file, const QList<PlanAction>& actions);
QString followUpText(const PlanVersion& plan);
QString planStateText(const PlanVersion& plan);
QString meetingPlace(const Meeting& meeting);
QString whenText(const QDateTime& at);
QString participantName(const CaseFile& file, const MeetingParticipant& participant);
QString participantRole(const CaseFile& file, const MeetingParticipant& participant);

} // namespace koordinera::core::CaseDocuments::parts
