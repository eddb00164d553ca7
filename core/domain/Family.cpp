// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Family.h"

#include "core/domain/DomainText.h"
#include "core/domain/Validation.h"

#include <QCoreApplication>

namespace koordinera::core::FamilyRules {

namespace {

// Free texts are the family's own words; a few lines, not a journal.
constexpr int MaxTextLength = 2000;

bool outOfScale(const std::optional<int>& rating)
{
    return rating && (*rating < LowestRating || *rating > HighestRating);
}

} // namespace

QList<ActorKind> actorKindsFor(Profile profile)
{
    if (profile == Profile::Family) {
        return {ActorKind::Habilitation,
                ActorKind::ChildPsychiatry,
                ActorKind::ChildHealthCare,
                ActorKind::School,
                ActorKind::LssOfficer,
                ActorKind::SocialServices,
                ActorKind::Forsakringskassan,
                ActorKind::Arbetsformedlingen,
                ActorKind::Employer,
                ActorKind::OtherCareUnit,
                ActorKind::Other};
    }
    return {ActorKind::Employer,     ActorKind::Forsakringskassan,  ActorKind::Arbetsformedlingen,
            ActorKind::Municipality, ActorKind::OccupationalHealth, ActorKind::OtherCareUnit,
            ActorKind::Other};
}

QList<CaseOutcome> outcomesFor(Profile profile)
{
    if (profile == Profile::Family) {
        return {CaseOutcome::SituationManageable, CaseOutcome::OtherActorResponsible, CaseOutcome::Moved,
                CaseOutcome::Declined, CaseOutcome::Other};
    }
    return {CaseOutcome::BackToWork,
            CaseOutcome::OtherActorResponsible,
            CaseOutcome::NoFurtherNeedPatient,
            CaseOutcome::NoFurtherNeedProfessional,
            CaseOutcome::Declined,
            CaseOutcome::Moved,
            CaseOutcome::Deceased,
            CaseOutcome::Other};
}

QString outcomeLabel(Profile profile, CaseOutcome outcome)
{
    if (profile == Profile::Family && outcome == CaseOutcome::Declined)
        return QCoreApplication::translate("Family", "Declined by the family");
    return text::labelOf(outcome);
}

QList<MeetingKind> meetingKindsFor(Profile profile)
{
    if (profile == Profile::Family)
        return {MeetingKind::Network, MeetingKind::Sip, MeetingKind::FollowUp, MeetingKind::Other};
    return {MeetingKind::Avstamning, MeetingKind::FollowUp,     MeetingKind::Sip,
            MeetingKind::Tripartite, MeetingKind::InternalTeam, MeetingKind::Other};
}

FieldErrors network(const FamilyNetwork& network)
{
    if (network.atEnd && !network.atStart) {
        return {{QStringLiteral("networkAtStart"),
                 QCoreApplication::translate("Family", "Record how the network worked at the start as well.")}};
    }
    return {};
}

int ageOn(const QDate& born, const QDate& day)
{
    if (!born.isValid() || !day.isValid() || day < born)
        return -1;
    int age = day.year() - born.year();
    if (day.month() < born.month() || (day.month() == born.month() && day.day() < born.day()))
        --age; // not yet had this year's birthday
    return age;
}

bool startMissing(const FamilyParent& parent)
{
    return !parent.occupationAtStart || !parent.ratingAtStart;
}

bool endMissing(const FamilyParent& parent)
{
    return !parent.occupationAtEnd || !parent.ratingAtEnd;
}

FieldErrors child(const FamilyChild& child, const QDate& today)
{
    FieldErrors errors;
    if (child.givenName.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("givenName"), QCoreApplication::translate("Family", "Enter the child's given name.")});
    if (!child.birthDate.isValid()) {
        errors.append(
            {QStringLiteral("birthDate"), QCoreApplication::translate("Family", "Enter the child's date of birth.")});
    } else if (child.birthDate > today) {
        errors.append({QStringLiteral("birthDate"),
                       QCoreApplication::translate("Family", "The date of birth cannot be in the future.")});
    } else if (child.birthDate.addYears(ChildUntilAge) <= today) {
        errors.append({QStringLiteral("birthDate"),
                       QCoreApplication::translate("Family", "The support is for parents of children under %1; "
                                                             "check the date of birth.")
                           .arg(ChildUntilAge)});
    }
    if (child.impairment.size() > MaxTextLength)
        errors.append({QStringLiteral("impairment"),
                       QCoreApplication::translate("Family", "Describe the impairment in at most %1 characters.")
                           .arg(MaxTextLength)});
    if (child.school.size() > MaxTextLength)
        errors.append({QStringLiteral("school"),
                       QCoreApplication::translate("Family", "The school or preschool may be at most %1 characters.")
                           .arg(MaxTextLength)});
    return errors;
}

FieldErrors parent(const FamilyParent& parent)
{
    FieldErrors errors;
    if (parent.position < 1 || parent.position > MaxParents)
        errors.append({QStringLiteral("position"),
                       QCoreApplication::translate("Family", "A family has at most two parents in the support.")});
    const QString scale =
        QCoreApplication::translate("Family", "Choose a rating from %1 to %2.").arg(LowestRating).arg(HighestRating);
    if (outOfScale(parent.ratingAtStart))
        errors.append({QStringLiteral("ratingAtStart"), scale});
    if (outOfScale(parent.ratingAtEnd))
        errors.append({QStringLiteral("ratingAtEnd"), scale});
    if (parent.ratingAtEnd && !parent.ratingAtStart)
        errors.append({QStringLiteral("ratingAtStart"),
                       QCoreApplication::translate("Family", "Record how manageable it was at the start as well.")});
    if (parent.occupationAtEnd && !parent.occupationAtStart)
        errors.append({QStringLiteral("occupationAtStart"),
                       QCoreApplication::translate("Family", "Record the occupation at the start as well.")});
    return errors;
}

} // namespace koordinera::core::FamilyRules
