// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20: importing the unit's sick-leave list. An import is one snapshot: cases in coordination get the periods
// the list knows of (a disagreement with what the coordinator entered is shown, not written), the others go on
// the candidate list, the counts are kept, and the whole list is one access-log entry.
#include "core/records/SickListRepository.h"

#include "TestWorkspace.h"
#include "core/domain/Validation.h"
#include "core/records/SickLeaveRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::FixedToday;

namespace {

SickListPatient onList(const QString& identity, const QString& name, const QDate& start, const QDate& end,
                       QList<int> degrees, const QString& diagnosis = QStringLiteral("F438"))
{
    SickListPatient patient;
    patient.identity = identity;
    patient.name = name;
    patient.sex = Sex::Female;
    patient.start = start;
    patient.end = end;
    patient.degrees = std::move(degrees);
    patient.diagnosisCode = diagnosis;
    patient.doctor = QStringLiteral("Dr Berg");
    return patient;
}

int rowsIn(Database& db, const char* table)
{
    Statement count(db, std::string("SELECT COUNT(*) FROM ") + table);
    count.step();
    return count.columnInt(0);
}

} // namespace

TEST_CASE("An import adds the list's periods to cases in coordination and lists the others", "[sick-list]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    // Göran: in coordination, his case knows the sick leave until 2026-11-15; the list says until 2026-12-13.
    const auto goran = koordinera::tests::addCase(*workspace, QStringLiteral("19640823-3234"), QStringLiteral("Göran"),
                                                  QStringLiteral("Öberg"), QDate(2026, 10, 1), QDate(2026, 11, 15));
    // Maria: in coordination at 100 % until 2026-12-31; the list says 50 %: shown, not written.
    const auto maria = koordinera::tests::addCase(*workspace, QStringLiteral("19810312-2381"), QStringLiteral("Maria"),
                                                  QStringLiteral("Lind"), QDate(2026, 11, 1), QDate(2026, 12, 31));
    const QList<SickListPatient> list{
        onList(QStringLiteral("196408233234"), QStringLiteral("Öberg, Göran"), QDate(2026, 10, 1), QDate(2026, 12, 13),
               {100, 50}),
        onList(QStringLiteral("198103122381"), QStringLiteral("Lind, Maria"), QDate(2026, 11, 1), QDate(2026, 12, 31),
               {50}),
        onList(QStringLiteral("199001012344"), QStringLiteral("Ek, Sara"), QDate(2026, 11, 2), QDate(2026, 12, 20),
               {100}, QStringLiteral("M545")),
    };
    SickListRepository& sickList = workspace->sickList();

    const SickListImportSummary preview = sickList.preview(FixedToday, list);
    CHECK(preview.matched == 2);
    CHECK(preview.newOnList == 1);
    CHECK(rowsIn(workspace->database(), "sick_list_imports") == 0); // a preview writes nothing
    CHECK(workspace->sickLeave().periods(goran.caseId).size() == 1);

    const CaseRecord goranBefore = *workspace->cases().get(goran.caseId); // as a case dialog opened now has it
    const SickListImportSummary summary = sickList.import(FixedToday, list, QStringLiteral("lista.xlsx"), 1);
    CHECK(summary.importId > 0);
    CHECK(summary.rows == 3);
    CHECK(summary.refused == 1);
    CHECK(summary.matched == 2);
    REQUIRE(summary.periodsAdded.size() == 1);
    CHECK(summary.periodsAdded.first().caseId == goran.caseId);
    const auto periods = workspace->sickLeave().periods(goran.caseId);
    REQUIRE(periods.size() == 2);
    CHECK(periods.last().start == QDate(2026, 11, 16)); // from the day after the case's own period
    CHECK(periods.last().end == QDate(2026, 12, 13));
    CHECK(periods.last().degree == 50); // the current grade, the last of the history
    REQUIRE(summary.differences.size() == 1);
    CHECK(summary.differences.first().caseId == maria.caseId);
    CHECK(summary.differences.first().conflicts);
    CHECK(workspace->sickLeave().periods(maria.caseId).first().degree == 100); // what the coordinator entered stays
    CHECK(workspace->cases().get(goran.caseId)->doctor == QStringLiteral("Dr Berg")); // the list's doctor on the case
    // ... as a change of the case: the dialog opened before cannot put the old doctor back.
    CaseRecord stale = goranBefore;
    stale.jobTasks = QStringLiteral("Lager");
    CHECK_THROWS_AS(workspace->cases().save(stale), StorageError);
    CHECK(workspace->cases().get(goran.caseId)->doctor == QStringLiteral("Dr Berg"));

    const auto candidates = sickList.candidates();
    REQUIRE(candidates.size() == 1);
    CHECK(candidates.first().patient.name == QStringLiteral("Ek, Sara"));
    CHECK(candidates.first().onLatestList);
    CHECK(candidates.first().firstSeen == FixedToday);
    CHECK(candidates.first().decision == SickListCandidate::Decision::Pending);
    CHECK(candidates.first().patient.doctor == QStringLiteral("Dr Berg"));

    // The denominator: three sick-listed women, two of them in coordination, by length and chapter.
    int inCoordination = 0;
    int all = 0;
    for (const SickListCount& count : sickList.counts(summary.importId)) {
        all += count.patients;
        inCoordination += count.inCoordination ? count.patients : 0;
        CHECK_FALSE(count.chapter.isEmpty());
    }
    CHECK(all == 3);
    CHECK(inCoordination == 2);
    REQUIRE(sickList.imports().size() == 1);
    CHECK(sickList.imports().first().fileName == QStringLiteral("lista.xlsx"));

    // One access-log entry for the list, naming every patient read.
    const auto entries = workspace->audit().entries({});
    const auto imported = std::find_if(entries.cbegin(), entries.cend(), [](const AuditLog::Entry& entry) {
        return entry.action == QStringLiteral("import") && entry.object.startsWith(QStringLiteral("sick_list"));
    });
    REQUIRE(imported != entries.cend());
    CHECK(imported->details.contains(QStringLiteral("199001012344")));
    CHECK(imported->details.contains(QStringLiteral("196408233234")));
}

TEST_CASE("A difference the coordinator confirms takes its days from the case's periods", "[sick-list]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    // Maria's case: 100 % from 2026-11-01 to 2027-01-31. The list: 50 % from 2026-11-01 until 2026-12-31.
    const auto maria = koordinera::tests::addCase(*workspace, QStringLiteral("19810312-2381"), QStringLiteral("Maria"),
                                                  QStringLiteral("Lind"), QDate(2026, 11, 1), QDate(2027, 1, 31));
    // Göran's case: a difference too, not confirmed.
    const auto goran = koordinera::tests::addCase(*workspace, QStringLiteral("19640823-3234"), QStringLiteral("Göran"),
                                                  QStringLiteral("Öberg"), QDate(2026, 10, 1), QDate(2026, 12, 31));
    const QList<SickListPatient> list{
        onList(QStringLiteral("198103122381"), QStringLiteral("Lind, Maria"), QDate(2026, 11, 1), QDate(2026, 12, 31),
               {100, 50}),
        onList(QStringLiteral("196408233234"), QStringLiteral("Öberg, Göran"), QDate(2026, 10, 1), QDate(2026, 12, 31),
               {75}),
    };
    SickListRepository& sickList = workspace->sickList();
    const SickListImportSummary preview = sickList.preview(FixedToday, list);
    REQUIRE(preview.differences.size() == 2);
    const auto marias =
        std::find_if(preview.differences.cbegin(), preview.differences.cend(),
                     [&maria](const SickListPeriodChange& change) { return change.caseId == maria.caseId; });
    REQUIRE(marias != preview.differences.cend());
    REQUIRE(marias->caseSays.size() == 1); // what the case says on those days, to show beside the list
    CHECK(marias->caseSays.first().degree == 100);

    const SickListImportSummary summary =
        sickList.import(FixedToday, list, QStringLiteral("lista.xlsx"), 0, {maria.caseId});
    REQUIRE(summary.corrected.size() == 1);
    CHECK(summary.corrected.first().caseId == maria.caseId);
    REQUIRE(summary.differences.size() == 1);
    CHECK(summary.differences.first().caseId == goran.caseId);

    // The list's days at 50 %; the case's days after the list's end keep their 100 %.
    const auto periods = workspace->sickLeave().periods(maria.caseId);
    REQUIRE(periods.size() == 2);
    CHECK(periods.at(0).degree == 50);
    CHECK(periods.at(0).start == QDate(2026, 11, 1));
    CHECK(periods.at(0).end == QDate(2026, 12, 31));
    CHECK(periods.at(1).degree == 100);
    CHECK(periods.at(1).start == QDate(2027, 1, 1));
    CHECK(periods.at(1).end == QDate(2027, 1, 31));
    const auto goransPeriods = workspace->sickLeave().periods(goran.caseId);
    REQUIRE(goransPeriods.size() == 1);
    CHECK(goransPeriods.first().degree == 100); // not confirmed: what the coordinator entered stays
    CHECK(sickList.imports().first().periodsAdded == 1);
}

TEST_CASE("A new period replaces the days it overlaps: shortened, split or removed", "[sick-list]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    const auto created =
        koordinera::tests::addCase(*workspace, QStringLiteral("19810312-2381"), QStringLiteral("Maria"),
                                   QStringLiteral("Lind"), QDate(2026, 1, 1), QDate(2026, 1, 31));
    SickLeaveRepository& sickLeave = workspace->sickLeave();
    SickLeavePeriod inside{0, created.caseId, 75, QDate(2026, 2, 5), QDate(2026, 2, 10)};
    SickLeavePeriod after{0, created.caseId, 25, QDate(2026, 2, 20), QDate()};
    sickLeave.savePeriod(inside);
    sickLeave.savePeriod(after);

    SickLeavePeriod replacing{0, created.caseId, 50, QDate(2026, 1, 20), QDate(2026, 3, 1)};
    const auto replaced = sickLeave.saveReplacingOverlaps(replacing);
    CHECK(replaced.size() == 3);
    const auto periods = sickLeave.periods(created.caseId);
    REQUIRE(periods.size() == 3);
    CHECK(periods.at(0).end == QDate(2026, 1, 19));  // shortened
    CHECK(periods.at(1).degree == 50);               // the new one; the 75 % inside it is gone
    CHECK(periods.at(2).start == QDate(2026, 3, 2)); // the open-ended one starts after it
    CHECK(periods.at(2).isOpenEnded());
    CHECK(periods.at(2).degree == 25);
}

TEST_CASE("A patient off the list is kept while a decision is pending and removed once one is made", "[sick-list]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    SickListRepository& sickList = workspace->sickList();
    const SickListPatient sara = onList(QStringLiteral("199001012344"), QStringLiteral("Ek, Sara"), QDate(2026, 11, 2),
                                        QDate(2026, 12, 20), {100});
    const SickListPatient eva = onList(QStringLiteral("198506151128"), QStringLiteral("Ek, Eva"), QDate(2026, 11, 9),
                                       QDate(2026, 12, 20), {25});
    sickList.import(FixedToday, {sara, eva}, {}, 0);
    const SickListImportSummary again = sickList.import(FixedToday.addDays(7), {sara}, {}, 0);
    CHECK(again.stillOnList == 1);
    CHECK(again.newOnList == 0);

    auto candidates = sickList.candidates();
    REQUIRE(candidates.size() == 2); // Eva is off the list, but nobody has decided about her yet
    const auto evaRow = std::find_if(candidates.cbegin(), candidates.cend(), [](const SickListCandidate& candidate) {
        return candidate.patient.name == QStringLiteral("Ek, Eva");
    });
    REQUIRE(evaRow != candidates.cend());
    CHECK_FALSE(evaRow->onLatestList);

    CHECK_THROWS_AS(sickList.decide(evaRow->id, SickListCandidate::Decision::NotNow, QStringLiteral("  ")),
                    ValidationError);
    sickList.decide(evaRow->id, SickListCandidate::Decision::NotNow, QStringLiteral("Åter i arbete om en vecka"));
    candidates = sickList.candidates();
    const auto decided = std::find_if(candidates.cbegin(), candidates.cend(), [](const SickListCandidate& candidate) {
        return candidate.patient.name == QStringLiteral("Ek, Eva");
    });
    REQUIRE(decided != candidates.cend());
    CHECK(decided->decision == SickListCandidate::Decision::NotNow);
    CHECK(decided->reason == QStringLiteral("Åter i arbete om en vecka"));
    CHECK(decided->decidedBy == QStringLiteral("Testkoordinator"));
    // A colleague who had the list open says "not now" too, with a reason of their own: the first decision is kept.
    try {
        sickList.decide(decided->id, SickListCandidate::Decision::NotNow, QStringLiteral("Annan bedömning"));
        FAIL("a second decision about the same patient went through");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::ChangedElsewhere);
        CHECK(error.userMessage().contains(QStringLiteral("Testkoordinator")));
    }
    CHECK(sickList.candidates().at(decided - candidates.cbegin()).reason ==
          QStringLiteral("Åter i arbete om en vecka"));

    const SickListImportSummary third = sickList.import(FixedToday.addDays(14), {sara}, {}, 0);
    CHECK(third.removed == 1);
    REQUIRE(sickList.candidates().size() == 1);
    CHECK(sickList.candidates().first().patient.name == QStringLiteral("Ek, Sara"));
    // Only counts remain of Eva: three imports, each with its own.
    CHECK(sickList.imports().size() == 3);
    CHECK_FALSE(sickList.counts(sickList.imports().first().id).isEmpty());
}

TEST_CASE("A candidate who gets a case leaves the candidate list at the next import", "[sick-list]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    SickListRepository& sickList = workspace->sickList();
    const SickListPatient sara = onList(QStringLiteral("199001012344"), QStringLiteral("Ek, Sara"), QDate(2026, 11, 2),
                                        QDate(2026, 12, 20), {100});
    sickList.import(FixedToday, {sara}, {}, 0);
    REQUIRE(sickList.candidates().size() == 1);
    koordinera::tests::addCase(*workspace, QStringLiteral("19900101-2344"), QStringLiteral("Sara"),
                               QStringLiteral("Ek"), QDate(2026, 11, 2), QDate(2026, 12, 20));
    const SickListImportSummary next = sickList.import(FixedToday.addDays(7), {sara}, {}, 0);
    CHECK(next.matched == 1);
    CHECK(next.periodsAdded.isEmpty()); // the case already says what the list says
    CHECK(sickList.candidates().isEmpty());
}
