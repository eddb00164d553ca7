// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace koordinera::core {

struct FieldError;
using FieldErrors = QList<FieldError>;

// A child in a family supported by the coordinator for parents (issue 23). The child is not a client: the parents
// are, so a child has a name and a birth date, but no identity number is asked for.
struct FamilyChild
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString givenName;
    QString familyName;
    QDate birthDate;
    QString impairment;    // the functional impairment in the family's own words
    QString school;        // school or preschool, as the family names it
    qint64 rowVersion = 0; // the version read from the database (RowVersion); 0 for a new record
};

// A parent, one of the family's clients (a patient row: identity number, name, sex), with what the follow-up
// records at the start and at the end of the support.
struct FamilyParent
{
    qint64 caseId = 0;
    qint64 patientId = 0;
    int position = 1; // 1 or 2, in the order the family gave them
    bool sickListed = false;
    std::optional<ParentOccupation> occupationAtStart;
    std::optional<ParentOccupation> occupationAtEnd;
    // The parent's own rating of how manageable the situation is: 1 (not at all) to 5 (fully).
    std::optional<int> ratingAtStart;
    std::optional<int> ratingAtEnd;
};

// Whether the network around the child works, judged with the family at the start and at the end of the support.
struct FamilyNetwork
{
    qint64 caseId = 0;
    std::optional<NetworkFunction> atStart;
    std::optional<NetworkFunction> atEnd;
};

namespace FamilyRules {

constexpr int MaxParents = 2;
constexpr int LowestRating = 1;
constexpr int HighestRating = 5;
// The model is support to parents of children, up to the year they turn 18.
constexpr int ChildUntilAge = 18;

// The kinds of organisation a case can have as parties, in the order a coordinator looks for them: the clinic's
// as they always were, and for a family the network around the child first.
QList<ActorKind> actorKindsFor(Profile profile);
// Why a case can be closed, and the meetings it can have: a clinic's as they always were; a family's fit the model.
QList<CaseOutcome> outcomesFor(Profile profile);
// A closing reason as the file's work words it: a family, not a patient, declines the support.
QString outcomeLabel(Profile profile, CaseOutcome outcome);
QList<MeetingKind> meetingKindsFor(Profile profile);

// A child's age in whole years on `day`; -1 before the birth or without a date.
int ageOn(const QDate& born, const QDate& day);

// What is wrong with a child's details on `today`: a name, a birth date neither in the future nor 18 years or
// more ago, and texts of a sensible length.
FieldErrors child(const FamilyChild& child, const QDate& today);
// A parent's outcome fields: ratings within the scale, and nothing recorded for the end that has no start.
FieldErrors parent(const FamilyParent& parent);
// Nothing recorded for the end that has no start.
FieldErrors network(const FamilyNetwork& network);
// What the follow-up still lacks for a parent: the start once the support has begun, the end once it is closed.
bool startMissing(const FamilyParent& parent);
bool endMissing(const FamilyParent& parent);

} // namespace FamilyRules

} // namespace koordinera::core
