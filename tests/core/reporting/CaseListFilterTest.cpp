// SPDX-License-Identifier: GPL-3.0-or-later
// Rehabstöd's further filters on the case list: doctor, diagnosis chapter, age band and end date (issue 21).
#include "TestWorkspace.h"
#include "core/domain/IcdCode.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::FixedToday;
using koordinera::tests::makeWorkspace;

namespace {

struct ThreeCases
{
    std::unique_ptr<Workspace> workspace = makeWorkspace();
    // 62 years old, depression, sick leave ending in ten days, Eva Ek in the care team.
    qint64 older = addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"),
                           FixedToday.addDays(-50), FixedToday.addDays(10))
                       .caseId;
    // 26 years old, back pain, sick leave ended a week ago; the list named Dr Lind.
    qint64 younger = addCase(*workspace, QStringLiteral("000304-2389"), QStringLiteral("Sara"), QStringLiteral("Ek"),
                             FixedToday.addDays(-40), FixedToday.addDays(-7))
                         .caseId;
    // 45 years old, no sick leave, no diagnosis.
    qint64 none =
        addCase(*workspace, QStringLiteral("811218-9876"), QStringLiteral("Ali"), QStringLiteral("Nur")).caseId;

    ThreeCases()
    {
        Diagnosis depression{0, older, QStringLiteral("F329"), {}, true};
        workspace->sickLeave().saveDiagnosis(depression);
        Diagnosis back{0, younger, QStringLiteral("M545"), {}, true};
        workspace->sickLeave().saveDiagnosis(back);
        StaffMember eva{0, QStringLiteral("Eva Ek"), Profession::Doctor, true};
        workspace->staff().save(eva);
        StaffMember per{0, QStringLiteral("Per Ås"), Profession::Physiotherapist, true};
        workspace->staff().save(per);
        workspace->staff().setTeam(older, {eva.id, per.id});
        auto record = *workspace->cases().get(younger);
        record.doctor = QStringLiteral("Dr Lind");
        workspace->cases().save(record);
    }

    QList<qint64> shown(const CaseListFilter& filter)
    {
        QList<qint64> ids;
        for (const CaseListRow& row : workspace->caseList().rows(filter, CaseListColumn::Reference, true))
            ids << row.caseId;
        return ids;
    }
};

} // namespace

TEST_CASE("The case list filters by doctor, diagnosis chapter, age band and end date", "[reporting][caselist]")
{
    ThreeCases cases;
    CHECK(cases.shown({}) == QList<qint64>{cases.older, cases.younger, cases.none});
    CHECK(cases.workspace->caseList().doctors() == QStringList{QStringLiteral("Dr Lind"), QStringLiteral("Eva Ek")});

    const auto rows = cases.workspace->caseList().rows({}, CaseListColumn::Doctor, true);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).doctor == QStringLiteral("Dr Lind")); // the list's doctor when no team doctor is named
    CHECK(rows.at(1).doctor == QStringLiteral("Eva Ek"));  // the care team's doctor, not the physiotherapist
    CHECK(rows.at(2).doctor.isEmpty());                    // none sorts last

    CaseListFilter filter;
    filter.doctor = QStringLiteral("Eva Ek");
    CHECK(cases.shown(filter) == QList<qint64>{cases.older});
    filter = {};
    filter.chapter = IcdCode::chapterOf(QStringLiteral("M545"));
    CHECK(cases.shown(filter) == QList<qint64>{cases.younger});
    CHECK(IcdCode::chapters().contains(filter.chapter));

    filter = {};
    filter.age = AgeBand::Under30;
    CHECK(cases.shown(filter) == QList<qint64>{cases.younger});
    filter.age = AgeBand::From40To49;
    CHECK(cases.shown(filter) == QList<qint64>{cases.none});
    filter.age = AgeBand::From60;
    CHECK(cases.shown(filter) == QList<qint64>{cases.older});

    filter = {};
    filter.end = EndFilter::Within14Days;
    CHECK(cases.shown(filter) == QList<qint64>{cases.older});
    filter.end = EndFilter::Within90Days;
    CHECK(cases.shown(filter) == QList<qint64>{cases.older});
    filter.end = EndFilter::Ended;
    CHECK(cases.shown(filter) == QList<qint64>{cases.younger}); // a case without sick leave has no end to filter on

    // The typing cache reads anew when one of these changes.
    CaseListCache cache(cases.workspace->context());
    CaseListFilter typed;
    CHECK(cache.select(typed, CaseListColumn::Reference, true).size() == 3);
    typed.age = AgeBand::Under30;
    CHECK(cache.select(typed, CaseListColumn::Reference, true).size() == 1);
}
