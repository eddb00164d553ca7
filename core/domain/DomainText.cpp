// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DomainText.h"

#include <QCoreApplication>
#include <array>

namespace koordinera::core::text {

namespace {

template <typename E> struct Entry
{
    E value;
    const char* key;
    const char* label;
};

// Labels are English source strings; QT_TRANSLATE_NOOP lets lupdate find them in the "Domain" context.
constexpr std::array sexes{
    Entry<Sex>{Sex::Unknown, "unknown", QT_TRANSLATE_NOOP("Domain", "Unknown")},
    Entry<Sex>{Sex::Female, "female", QT_TRANSLATE_NOOP("Domain", "Woman")},
    Entry<Sex>{Sex::Male, "male", QT_TRANSLATE_NOOP("Domain", "Man")},
};

constexpr std::array identityKinds{
    Entry<IdentityKind>{IdentityKind::Personnummer, "personnummer",
                        QT_TRANSLATE_NOOP("Domain", "Personal identity number")},
    Entry<IdentityKind>{IdentityKind::Samordningsnummer, "samordningsnummer",
                        QT_TRANSLATE_NOOP("Domain", "Coordination number")},
    Entry<IdentityKind>{IdentityKind::Reservnummer, "reservnummer", QT_TRANSLATE_NOOP("Domain", "Reserve number")},
};

constexpr std::array caseStatuses{
    Entry<CaseStatus>{CaseStatus::None, "none", QT_TRANSLATE_NOOP("Domain", "None")},
    Entry<CaseStatus>{CaseStatus::Contacted, "contacted", QT_TRANSLATE_NOOP("Domain", "Contacted")},
    Entry<CaseStatus>{CaseStatus::Active, "active", QT_TRANSLATE_NOOP("Domain", "Active")},
    Entry<CaseStatus>{CaseStatus::FollowUp, "follow_up", QT_TRANSLATE_NOOP("Domain", "Follow-up")},
    Entry<CaseStatus>{CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("Domain", "Closed")},
    Entry<CaseStatus>{CaseStatus::Declined, "declined", QT_TRANSLATE_NOOP("Domain", "Declined")},
};

constexpr std::array caseOutcomes{
    Entry<CaseOutcome>{CaseOutcome::None, "none", QT_TRANSLATE_NOOP("Domain", "Not closed")},
    Entry<CaseOutcome>{CaseOutcome::BackToWork, "back_to_work", QT_TRANSLATE_NOOP("Domain", "Back in work")},
    Entry<CaseOutcome>{CaseOutcome::OtherActorResponsible, "other_actor",
                       QT_TRANSLATE_NOOP("Domain", "Another actor is responsible")},
    Entry<CaseOutcome>{CaseOutcome::NoFurtherNeedPatient, "no_need_patient",
                       QT_TRANSLATE_NOOP("Domain", "No further need (patient's view)")},
    Entry<CaseOutcome>{CaseOutcome::NoFurtherNeedProfessional, "no_need_professional",
                       QT_TRANSLATE_NOOP("Domain", "No further need (professional's view)")},
    Entry<CaseOutcome>{CaseOutcome::Declined, "declined", QT_TRANSLATE_NOOP("Domain", "Declined by the patient")},
    Entry<CaseOutcome>{CaseOutcome::Moved, "moved", QT_TRANSLATE_NOOP("Domain", "Moved")},
    Entry<CaseOutcome>{CaseOutcome::Deceased, "deceased", QT_TRANSLATE_NOOP("Domain", "Deceased")},
    Entry<CaseOutcome>{CaseOutcome::Other, "other", QT_TRANSLATE_NOOP("Domain", "Other reason")},
    Entry<CaseOutcome>{CaseOutcome::SituationManageable, "situation_manageable",
                       QT_TRANSLATE_NOOP("Domain", "The situation is manageable")},
};

constexpr std::array occupations{
    Entry<Occupation>{Occupation::Unknown, "unknown", QT_TRANSLATE_NOOP("Domain", "Not stated")},
    Entry<Occupation>{Occupation::Employed, "employed", QT_TRANSLATE_NOOP("Domain", "Current work")},
    Entry<Occupation>{Occupation::JobSeeking, "job_seeking", QT_TRANSLATE_NOOP("Domain", "Job-seeking")},
    Entry<Occupation>{Occupation::ParentalLeave, "parental_leave", QT_TRANSLATE_NOOP("Domain", "Parental leave")},
    Entry<Occupation>{Occupation::Studies, "studies", QT_TRANSLATE_NOOP("Domain", "Studies")},
};

constexpr std::array actorKinds{
    Entry<ActorKind>{ActorKind::Employer, "employer", QT_TRANSLATE_NOOP("Domain", "Employer")},
    Entry<ActorKind>{ActorKind::Forsakringskassan, "fk", QT_TRANSLATE_NOOP("Domain", "Försäkringskassan")},
    Entry<ActorKind>{ActorKind::Arbetsformedlingen, "af", QT_TRANSLATE_NOOP("Domain", "Arbetsförmedlingen")},
    Entry<ActorKind>{ActorKind::Municipality, "municipality", QT_TRANSLATE_NOOP("Domain", "Municipality")},
    Entry<ActorKind>{ActorKind::OccupationalHealth, "occupational_health",
                     QT_TRANSLATE_NOOP("Domain", "Occupational health service")},
    Entry<ActorKind>{ActorKind::OtherCareUnit, "care_unit", QT_TRANSLATE_NOOP("Domain", "Other care unit")},
    Entry<ActorKind>{ActorKind::Other, "other", QT_TRANSLATE_NOOP("Domain", "Other")},
    Entry<ActorKind>{ActorKind::Habilitation, "habilitation", QT_TRANSLATE_NOOP("Domain", "Habilitation")},
    Entry<ActorKind>{ActorKind::ChildPsychiatry, "child_psychiatry",
                     QT_TRANSLATE_NOOP("Domain", "Child and adolescent psychiatry")},
    Entry<ActorKind>{ActorKind::ChildHealthCare, "child_health_care", QT_TRANSLATE_NOOP("Domain", "Child health care")},
    Entry<ActorKind>{ActorKind::School, "school", QT_TRANSLATE_NOOP("Domain", "School or preschool")},
    Entry<ActorKind>{ActorKind::LssOfficer, "lss_officer", QT_TRANSLATE_NOOP("Domain", "LSS case officer")},
    Entry<ActorKind>{ActorKind::SocialServices, "social_services", QT_TRANSLATE_NOOP("Domain", "Social services")},
};

constexpr std::array consentScopes{
    Entry<ConsentScope>{ConsentScope::Coordination, "coordination", QT_TRANSLATE_NOOP("Domain", "Coordination")},
    Entry<ConsentScope>{ConsentScope::InformFk, "inform_fk",
                        QT_TRANSLATE_NOOP("Domain", "Information to Försäkringskassan (4 §)")},
    Entry<ConsentScope>{ConsentScope::Employer, "employer", QT_TRANSLATE_NOOP("Domain", "Contact with the employer")},
    Entry<ConsentScope>{ConsentScope::Arbetsformedlingen, "af",
                        QT_TRANSLATE_NOOP("Domain", "Contact with Arbetsförmedlingen")},
    Entry<ConsentScope>{ConsentScope::SocialServices, "social_services",
                        QT_TRANSLATE_NOOP("Domain", "Contact with social services")},
    Entry<ConsentScope>{ConsentScope::Sip, "sip", QT_TRANSLATE_NOOP("Domain", "SIP (coordinated individual plan)")},
    Entry<ConsentScope>{ConsentScope::Other, "other", QT_TRANSLATE_NOOP("Domain", "Other contact")},
};

constexpr std::array consentForms{
    Entry<ConsentForm>{ConsentForm::Verbal, "verbal", QT_TRANSLATE_NOOP("Domain", "Verbal")},
    Entry<ConsentForm>{ConsentForm::Written, "written", QT_TRANSLATE_NOOP("Domain", "Written")},
};

constexpr std::array activityKinds{
    Entry<ActivityKind>{ActivityKind::PersonalSupport, "personal_support",
                        QT_TRANSLATE_NOOP("Domain", "Personal support")},
    Entry<ActivityKind>{ActivityKind::InternalCoordination, "internal",
                        QT_TRANSLATE_NOOP("Domain", "Internal coordination")},
    Entry<ActivityKind>{ActivityKind::ExternalCollaboration, "external",
                        QT_TRANSLATE_NOOP("Domain", "External collaboration")},
};

constexpr std::array contactModes{
    Entry<ContactMode>{ContactMode::Visit, "visit", QT_TRANSLATE_NOOP("Domain", "Visit")},
    Entry<ContactMode>{ContactMode::Phone, "phone", QT_TRANSLATE_NOOP("Domain", "Phone")},
    Entry<ContactMode>{ContactMode::Video, "video", QT_TRANSLATE_NOOP("Domain", "Video")},
    Entry<ContactMode>{ContactMode::Letter, "letter", QT_TRANSLATE_NOOP("Domain", "Letter")},
    Entry<ContactMode>{ContactMode::Digital, "digital", QT_TRANSLATE_NOOP("Domain", "Digital message")},
};

constexpr std::array actionStatuses{
    Entry<ActionStatus>{ActionStatus::Planned, "planned", QT_TRANSLATE_NOOP("Domain", "Planned")},
    Entry<ActionStatus>{ActionStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("Domain", "In progress")},
    Entry<ActionStatus>{ActionStatus::Done, "done", QT_TRANSLATE_NOOP("Domain", "Done")},
    Entry<ActionStatus>{ActionStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Domain", "Cancelled")},
};

constexpr std::array responsibleKinds{
    Entry<ResponsibleKind>{ResponsibleKind::Patient, "patient", QT_TRANSLATE_NOOP("Domain", "The patient")},
    Entry<ResponsibleKind>{ResponsibleKind::CareUnit, "care_unit", QT_TRANSLATE_NOOP("Domain", "Our care unit")},
    Entry<ResponsibleKind>{ResponsibleKind::Actor, "actor", QT_TRANSLATE_NOOP("Domain", "Another party")},
};

constexpr std::array meetingKinds{
    Entry<MeetingKind>{MeetingKind::Avstamning, "avstamning", QT_TRANSLATE_NOOP("Domain", "Reconciliation meeting")},
    Entry<MeetingKind>{MeetingKind::FollowUp, "follow_up", QT_TRANSLATE_NOOP("Domain", "Follow-up meeting")},
    Entry<MeetingKind>{MeetingKind::Sip, "sip", QT_TRANSLATE_NOOP("Domain", "SIP meeting")},
    Entry<MeetingKind>{MeetingKind::Tripartite, "tripartite", QT_TRANSLATE_NOOP("Domain", "Tripartite meeting")},
    Entry<MeetingKind>{MeetingKind::InternalTeam, "internal_team",
                       QT_TRANSLATE_NOOP("Domain", "Internal team meeting")},
    Entry<MeetingKind>{MeetingKind::Other, "other", QT_TRANSLATE_NOOP("Domain", "Other meeting")},
    Entry<MeetingKind>{MeetingKind::Network, "network", QT_TRANSLATE_NOOP("Domain", "Network meeting")},
};

constexpr std::array networkFunctions{
    Entry<NetworkFunction>{NetworkFunction::Works, "works", QT_TRANSLATE_NOOP("Domain", "Works")},
    Entry<NetworkFunction>{NetworkFunction::Partly, "partly", QT_TRANSLATE_NOOP("Domain", "Works in part")},
    Entry<NetworkFunction>{NetworkFunction::DoesNotWork, "does_not_work", QT_TRANSLATE_NOOP("Domain", "Does not work")},
};

constexpr std::array meetingStatuses{
    Entry<MeetingStatus>{MeetingStatus::Booked, "booked", QT_TRANSLATE_NOOP("Domain", "Booked")},
    Entry<MeetingStatus>{MeetingStatus::Held, "held", QT_TRANSLATE_NOOP("Domain", "Held")},
    Entry<MeetingStatus>{MeetingStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Domain", "Called off")},
};

constexpr std::array participantKinds{
    Entry<ParticipantKind>{ParticipantKind::Patient, "patient", QT_TRANSLATE_NOOP("Domain", "Patient")},
    Entry<ParticipantKind>{ParticipantKind::Care, "care", QT_TRANSLATE_NOOP("Domain", "Care team")},
    Entry<ParticipantKind>{ParticipantKind::Contact, "contact", QT_TRANSLATE_NOOP("Domain", "Contact")},
    Entry<ParticipantKind>{ParticipantKind::Other, "other", QT_TRANSLATE_NOOP("Domain", "Other")},
};

constexpr std::array impulseChannels{
    Entry<ImpulseChannel>{ImpulseChannel::Certificate, "certificate",
                          QT_TRANSLATE_NOOP("Domain", "Medical certificate")},
    Entry<ImpulseChannel>{ImpulseChannel::Phone, "phone", QT_TRANSLATE_NOOP("Domain", "Phone")},
    Entry<ImpulseChannel>{ImpulseChannel::Letter, "letter", QT_TRANSLATE_NOOP("Domain", "Letter")},
    Entry<ImpulseChannel>{ImpulseChannel::Other, "other", QT_TRANSLATE_NOOP("Domain", "Other")},
};

constexpr std::array professions{
    Entry<Profession>{Profession::Doctor, "doctor", QT_TRANSLATE_NOOP("Domain", "Doctor")},
    Entry<Profession>{Profession::Nurse, "nurse", QT_TRANSLATE_NOOP("Domain", "Nurse")},
    Entry<Profession>{Profession::Physiotherapist, "physiotherapist", QT_TRANSLATE_NOOP("Domain", "Physiotherapist")},
    Entry<Profession>{Profession::Psychologist, "psychologist", QT_TRANSLATE_NOOP("Domain", "Psychologist")},
    Entry<Profession>{Profession::Counsellor, "counsellor", QT_TRANSLATE_NOOP("Domain", "Counsellor")},
    Entry<Profession>{Profession::OccupationalTherapist, "occupational_therapist",
                      QT_TRANSLATE_NOOP("Domain", "Occupational therapist")},
    Entry<Profession>{Profession::Other, "other", QT_TRANSLATE_NOOP("Domain", "Other")},
};

constexpr std::array unitWorkKinds{
    Entry<UnitWorkKind>{UnitWorkKind::Advice, "advice", QT_TRANSLATE_NOOP("Domain", "Advice to colleagues")},
    Entry<UnitWorkKind>{UnitWorkKind::TeamMeeting, "team_meeting", QT_TRANSLATE_NOOP("Domain", "Team meeting")},
    Entry<UnitWorkKind>{UnitWorkKind::Training, "training", QT_TRANSLATE_NOOP("Domain", "Training")},
    Entry<UnitWorkKind>{UnitWorkKind::Routines, "routines", QT_TRANSLATE_NOOP("Domain", "Routines and development")},
    Entry<UnitWorkKind>{UnitWorkKind::Other, "other", QT_TRANSLATE_NOOP("Domain", "Other")},
};

constexpr std::array profiles{
    Entry<Profile>{Profile::Rehab, "rehab", QT_TRANSLATE_NOOP("Domain", "Rehabilitation coordination (primary care)")},
    Entry<Profile>{Profile::Family, "family", QT_TRANSLATE_NOOP("Domain", "Coordinator for parents (municipality)")},
};

constexpr std::array parentOccupations{
    Entry<ParentOccupation>{ParentOccupation::Work, "work", QT_TRANSLATE_NOOP("Domain", "Working")},
    Entry<ParentOccupation>{ParentOccupation::Studies, "studies", QT_TRANSLATE_NOOP("Domain", "Studying")},
    Entry<ParentOccupation>{ParentOccupation::SickListed, "sick_listed", QT_TRANSLATE_NOOP("Domain", "Sick-listed")},
    Entry<ParentOccupation>{ParentOccupation::Unemployed, "unemployed", QT_TRANSLATE_NOOP("Domain", "Unemployed")},
    Entry<ParentOccupation>{ParentOccupation::ParentalLeave, "parental_leave",
                            QT_TRANSLATE_NOOP("Domain", "On parental leave")},
    Entry<ParentOccupation>{ParentOccupation::Other, "other", QT_TRANSLATE_NOOP("Domain", "Other")},
};

template <typename E, std::size_t N> const Entry<E>& entryFor(const std::array<Entry<E>, N>& table, E value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return entry;
    }
    return table.front();
}

template <typename E, std::size_t N>
std::optional<E> lookupKey(const std::array<Entry<E>, N>& table, const QString& key)
{
    for (const auto& entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QList<E> valuesOf(const std::array<Entry<E>, N>& table)
{
    QList<E> values;
    for (const auto& entry : table)
        values.append(entry.value);
    return values;
}

} // namespace

#define KOORDINERA_DEFINE_DOMAIN_ENUM(E, table)                                                                        \
    template <> QString keyOf<E>(E value)                                                                              \
    {                                                                                                                  \
        return QString::fromLatin1(entryFor(table, value).key);                                                        \
    }                                                                                                                  \
    template <> std::optional<E> fromKey<E>(const QString& key)                                                        \
    {                                                                                                                  \
        return lookupKey(table, key);                                                                                  \
    }                                                                                                                  \
    template <> QString labelOf<E>(E value)                                                                            \
    {                                                                                                                  \
        return QCoreApplication::translate("Domain", entryFor(table, value).label);                                    \
    }                                                                                                                  \
    template <> QList<E> allValues<E>()                                                                                \
    {                                                                                                                  \
        return valuesOf(table);                                                                                        \
    }

KOORDINERA_DEFINE_DOMAIN_ENUM(Sex, sexes)
KOORDINERA_DEFINE_DOMAIN_ENUM(IdentityKind, identityKinds)
KOORDINERA_DEFINE_DOMAIN_ENUM(CaseStatus, caseStatuses)
KOORDINERA_DEFINE_DOMAIN_ENUM(CaseOutcome, caseOutcomes)
KOORDINERA_DEFINE_DOMAIN_ENUM(Occupation, occupations)
KOORDINERA_DEFINE_DOMAIN_ENUM(ActorKind, actorKinds)
KOORDINERA_DEFINE_DOMAIN_ENUM(ConsentScope, consentScopes)
KOORDINERA_DEFINE_DOMAIN_ENUM(ConsentForm, consentForms)
KOORDINERA_DEFINE_DOMAIN_ENUM(ActivityKind, activityKinds)
KOORDINERA_DEFINE_DOMAIN_ENUM(ContactMode, contactModes)
KOORDINERA_DEFINE_DOMAIN_ENUM(ActionStatus, actionStatuses)
KOORDINERA_DEFINE_DOMAIN_ENUM(ResponsibleKind, responsibleKinds)
KOORDINERA_DEFINE_DOMAIN_ENUM(MeetingKind, meetingKinds)
KOORDINERA_DEFINE_DOMAIN_ENUM(MeetingStatus, meetingStatuses)
KOORDINERA_DEFINE_DOMAIN_ENUM(ParticipantKind, participantKinds)
KOORDINERA_DEFINE_DOMAIN_ENUM(ImpulseChannel, impulseChannels)
KOORDINERA_DEFINE_DOMAIN_ENUM(Profession, professions)
KOORDINERA_DEFINE_DOMAIN_ENUM(UnitWorkKind, unitWorkKinds)
KOORDINERA_DEFINE_DOMAIN_ENUM(Profile, profiles)
KOORDINERA_DEFINE_DOMAIN_ENUM(ParentOccupation, parentOccupations)
KOORDINERA_DEFINE_DOMAIN_ENUM(NetworkFunction, networkFunctions)

#undef KOORDINERA_DEFINE_DOMAIN_ENUM

} // namespace koordinera::core::text
