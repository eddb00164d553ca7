// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/SickLeave.h"
#include "core/domain/SickListPatient.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace koordinera::core {

struct ServiceContext;

// A period the list says a case in coordination has and the case does not: added on import, or, where it disagrees
// with what the coordinator entered (another grade on the same days), written only when the coordinator confirms
// it, never silently.
struct SickListPeriodChange
{
    qint64 caseId = 0;
    QString caseReference;
    QString patientName;             // as the list gives it
    SickLeavePeriod period;          // id 0: the period the list implies
    bool conflicts = false;          // a period of the case covers these days with another grade
    QList<SickLeavePeriod> caseSays; // the case's periods on those days, for a conflict
};

// What an import did, or (a preview) would do.
struct SickListImportSummary
{
    qint64 importId = 0; // 0 for a preview
    int rows = 0;        // patients read
    int refused = 0;     // rows of the file that could not be read
    int matched = 0;     // patients with a case in coordination
    QList<SickListPeriodChange> periodsAdded;
    QList<SickListPeriodChange> differences; // shown to the coordinator, not applied
    QList<SickListPeriodChange> corrected;   // differences the coordinator confirmed: the list's period written
    int newOnList = 0;                       // not in coordination and not on the list before
    int stillOnList = 0;                     // not in coordination, on the list before too
    int removed = 0;                         // left the list with a decision made: removed from the file
};

// A patient on the unit's list who is not in coordination: the "Sjukskrivna utan koordinering" list.
struct SickListCandidate
{
    enum class Decision
    {
        Pending,
        CaseStarted,
        NotNow, // "bedömd, ingen koordinering nu", with a reason
    };

    qint64 id = 0;
    SickListPatient patient;
    QDate firstSeen; // the list date the patient first appeared on
    QDate listDate;  // the date of the list the patient was last on
    bool onLatestList = false;
    Decision decision = Decision::Pending;
    QString reason;
    QString decidedBy;
    QDateTime decidedAt;

    // The day of the sjukfall on `day`: the list's own count on its date, carried forward.
    int dayOn(const QDate& day) const
    {
        return patient.lengthDays > 0 ? patient.lengthDays + int(listDate.daysTo(day))
                                      : int(patient.start.daysTo(day)) + 1;
    }
};

// The unit's denominator from one import: how many of its sick-listed were in coordination, by sex, length and
// diagnosis chapter. Only counts: no patient can be told from them once the list has been replaced.
struct SickListCount
{
    Sex sex = Sex::Unknown;
    QString lengthBucket; // sickListLengthBucket()
    QString chapter;      // the ICD-10 chapter's range, e.g. "F00–F99"; empty without a diagnosis
    bool inCoordination = false;
    int patients = 0;
};

struct SickListImport
{
    qint64 id = 0;
    QDate listDate;
    QDateTime importedAt;
    QString importedBy;
    QString fileName;
    int rows = 0;
    int refused = 0;
    int matched = 0;
    int periodsAdded = 0;
    int newOnList = 0;
};

// Imports of the unit's sick-leave list and what they leave behind. An import is one snapshot, stored all or
// nothing: the periods of cases in coordination brought up to the list, the patients not in coordination put on
// (or kept on) the candidate list, those who have left the list with a decision made removed, the counts kept, and
// one access-log entry naming every patient read.
class SickListRepository
{
public:
    explicit SickListRepository(ServiceContext& context) : m_context(context) {}

    // What importing would do; nothing is written.
    SickListImportSummary preview(const QDate& listDate, const QList<SickListPatient>& patients) const;
    // Imports the list as it was on `listDate`. `refusedRows` is how many rows of the file could not be read. The
    // differences of the cases in `correctCases` (confirmed by the coordinator in the preview) are written: the
    // list's period replaces the case's on those days; the other differences stay as they are.
    SickListImportSummary import(const QDate& listDate, const QList<SickListPatient>& patients, const QString& fileName,
                                 int refusedRows, const QSet<qint64>& correctCases = {});

    // The candidate list: every patient kept, on the latest list or with a decision still pending.
    QList<SickListCandidate> candidates() const;
    // Records in the access log that the coordinator read the candidate list: one entry naming every patient shown.
    void recordRead(const QList<SickListCandidate>& shown);
    // "Bedömd, ingen koordinering nu" with a reason, or a case started (`caseId`, which is remembered as having come
    // through the list): written to the access log.
    void decide(qint64 candidateId, SickListCandidate::Decision decision, const QString& reason, qint64 caseId = 0);

    QList<SickListImport> imports() const;
    QList<SickListCount> counts(qint64 importId) const;

private:
    struct Plan;
    Plan plan(const QDate& listDate, const QList<SickListPatient>& patients) const;

    ServiceContext& m_context;
};

} // namespace koordinera::core
