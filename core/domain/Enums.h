// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The domain's closed vocabularies (docs/domain.md). Each is stored in the database as its stable key string
// (see DomainText), never as its position, so the list can grow without rewriting data.

namespace koordinera::core {

enum class Sex
{
    Unknown,
    Female,
    Male,
};

enum class IdentityKind
{
    Personnummer,
    Samordningsnummer,
    Reservnummer,
};

// The coordinator's statuses, as in Rehabstöd.
enum class CaseStatus
{
    None,
    Contacted,
    Active,
    FollowUp,
    Closed,
    Declined,
};

// Why a case was closed.
enum class CaseOutcome
{
    None,
    BackToWork,
    OtherActorResponsible,
    NoFurtherNeedPatient,
    NoFurtherNeedProfessional,
    Declined,
    Moved,
    Deceased,
    Other,
    // The family support's own (issue 23): the parents find the situation manageable with the network in place.
    SituationManageable,
};

// The work a database holds, chosen when it is created and never changed (issue 23): a primary care clinic's
// rehabilitation coordination, or a municipality's coordinator for parents of children with disabilities.
enum class Profile
{
    Rehab,
    Family,
};

// A parent's occupation as the follow-up of the family support records it, at the start and at the end.
enum class ParentOccupation
{
    Work,
    Studies,
    SickListed,
    Unemployed,
    ParentalLeave,
    Other,
};

// Whether the network around the child works, as the family and the coordinator judge it at the start and the end.
enum class NetworkFunction
{
    Works,
    Partly,
    DoesNotWork,
};

// Sysselsättning as on FK 7804.
enum class Occupation
{
    Unknown,
    Employed,
    JobSeeking,
    ParentalLeave,
    Studies,
};

enum class ActorKind
{
    Employer,
    Forsakringskassan,
    Arbetsformedlingen,
    Municipality,
    OccupationalHealth,
    OtherCareUnit,
    Other,
    // The network around a child (the family profile, issue 23).
    Habilitation,
    ChildPsychiatry, // BUP
    ChildHealthCare, // BVC
    School,          // school or preschool
    LssOfficer,      // the municipality's LSS handläggare
    SocialServices,
};

enum class ConsentScope
{
    Coordination,
    InformFk,
    Employer,
    Arbetsformedlingen,
    SocialServices,
    Sip,
    Other,
};

enum class ConsentForm
{
    Verbal,
    Written,
};

enum class ActivityKind
{
    PersonalSupport,
    InternalCoordination,
    ExternalCollaboration,
};

enum class ContactMode
{
    Visit,
    Phone,
    Video,
    Letter,
    Digital,
};

// A plan action's progress; Cancelled needs a reason.
enum class ActionStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled,
};

// Who carries out a plan action.
enum class ResponsibleKind
{
    Patient,
    CareUnit, // the coordinator's own unit (the vårdcentral)
    Actor,    // a registered organisation: employer, FK, AF, municipality...
};

enum class MeetingKind
{
    Avstamning,   // avstämningsmöte
    FollowUp,     // uppföljningsmöte
    Sip,          // SIP-möte
    Tripartite,   // trepartsmöte: patient, care, employer
    InternalTeam, // internt teammöte
    Other,
    Network, // nätverksmöte: the family with the actors around the child (the family profile)
};

enum class MeetingStatus
{
    Booked,
    Held,
    Cancelled,
};

enum class ParticipantKind
{
    Patient,
    Care,    // someone from the care team
    Contact, // one of the case's contacts (employer, FK handläggare...)
    Other,
};

// What a member of the unit's staff is, for the care team a case names (issue 21).
enum class Profession
{
    Doctor,
    Nurse,
    Physiotherapist,
    Psychologist,
    Counsellor, // kurator
    OccupationalTherapist,
    Other,
};

// Work the coordinator does for the unit rather than for one patient (issue 21).
enum class UnitWorkKind
{
    Advice,      // advice to colleagues
    TeamMeeting, // an interprofessional team meeting
    Training,    // training given or taken
    Routines,    // routines and development
    Other,
};

// How a 4 § impuls reached Försäkringskassan.
enum class ImpulseChannel
{
    Certificate,
    Phone,
    Letter,
    Other,
};

} // namespace koordinera::core
