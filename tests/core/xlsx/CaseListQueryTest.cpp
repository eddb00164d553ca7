// SPDX-License-Identifier: GPL-3.0-or-later
#include "PythonReader.h"
#include "TestWorkspace.h"
#include "core/exchange/CaseListSheet.h"
#include "core/storage/Statement.h"
#include "core/xlsx/XlsxWriter.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::FixedToday;
using koordinera::tests::makeWorkspace;

namespace {

CaseListFilter textFilter(const QString& text)
{
    CaseListFilter filter;
    filter.text = text;
    return filter;
}

QStringList familyNames(const QList<CaseListRow>& rows)
{
    QStringList names;
    for (const auto& row : rows)
        names << row.familyName;
    return names;
}

struct Fixture
{
    std::unique_ptr<Workspace> workspace = makeWorkspace();
    NewCaseResult oberg = addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                  QStringLiteral("Öberg"), QDate(2026, 11, 1));
    NewCaseResult aberg = addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"),
                                  QStringLiteral("Åberg"), QDate(2026, 5, 1), QDate(2026, 12, 31));
    NewCaseResult andersson = addCase(*workspace, QStringLiteral("850101-1244"), QStringLiteral("Anna"),
                                      QStringLiteral("Andersson"), QDate(2024, 1, 1));

    QList<CaseListRow> rows(CaseListFilter filter = {}, CaseListColumn sort = CaseListColumn::Name,
                            bool ascending = true)
    {
        return workspace->caseList().rows(filter, sort, ascending);
    }
};

} // namespace

TEST_CASE("The case list agrees with the rehab chain on day, length and checkpoint", "[caselist]")
{
    Fixture fixture;
    SickLeavePeriod second{0, fixture.oberg.caseId, 50, QDate(2026, 9, 1), QDate(2026, 10, 28)};
    fixture.workspace->sickLeave().savePeriod(second); // three-day gap: same sjukfall
    for (const auto& row : fixture.rows()) {
        INFO(row.familyName.toStdString());
        const auto chain = fixture.workspace->rehabChain(row.caseId);
        CHECK(row.sickDay == chain.dayOn(FixedToday));
        CHECK(row.lengthDays == chain.lengthInDays(FixedToday));
        CHECK(row.start == chain.chain().start);
        const auto next = chain.nextCheckpoint(FixedToday);
        REQUIRE(row.nextCheckpoint.has_value() == next.has_value());
        if (next) {
            CHECK(row.nextCheckpoint->day == next->day);
            CHECK(row.nextCheckpoint->date == next->date);
        }
    }
    const auto oberg = fixture.rows(textFilter(QStringLiteral("Öberg"))).at(0);
    CHECK(oberg.sickDay == 58 + 23);
    CHECK(oberg.degree == 100);
    CHECK_FALSE(oberg.end.isValid());
    CHECK(oberg.hasSickLeave);
}

TEST_CASE("Names sort in Swedish order: å, ä, ö after z", "[caselist]")
{
    Fixture fixture;
    CHECK(familyNames(fixture.rows()) ==
          QStringList{QStringLiteral("Andersson"), QStringLiteral("Åberg"), QStringLiteral("Öberg")});
    CHECK(familyNames(fixture.rows(CaseListFilter(), CaseListColumn::Name, false)).first() == QStringLiteral("Öberg"));
}

TEST_CASE("Free text finds cases by name, identity number, diagnosis and note", "[caselist]")
{
    Fixture fixture;
    Diagnosis diagnosis{0, fixture.aberg.caseId, QStringLiteral("F43.8A"), QStringLiteral("Utmattningssyndrom"), true};
    fixture.workspace->sickLeave().saveDiagnosis(diagnosis);
    Activity note;
    note.caseId = fixture.andersson.caseId;
    note.occurredAt = QDateTime(FixedToday, QTime(9, 0));
    note.note = QStringLiteral("Arbetsträning på lagret planeras");
    fixture.workspace->activities().add(note);

    auto only = [&fixture](const QString& text) {
        const auto rows = fixture.rows(textFilter(text));
        return rows.size() == 1 ? rows.at(0).familyName : QStringLiteral("%1 träffar").arg(rows.size());
    };
    CHECK(only(QStringLiteral("öberg")) == QStringLiteral("Öberg"));
    CHECK(only(QStringLiteral("Göran Öb")) == QStringLiteral("Öberg"));
    CHECK(only(QStringLiteral("19640823-3234")) == QStringLiteral("Öberg"));
    CHECK(only(QStringLiteral("640823-3234")) == QStringLiteral("Öberg"));
    CHECK(only(QStringLiteral("6408233234")) == QStringLiteral("Öberg"));
    CHECK(only(QStringLiteral("F43.8")) == QStringLiteral("Åberg"));
    CHECK(only(QStringLiteral("utmattning")) == QStringLiteral("Åberg"));
    CHECK(only(QStringLiteral("lagret")) == QStringLiteral("Andersson"));
    // Words of one and two letters, alone, together and with longer ones.
    CHECK(only(QStringLiteral("Ö")) == QStringLiteral("Öberg"));
    CHECK(only(QStringLiteral("öB")) == QStringLiteral("Öberg"));
    CHECK(only(QStringLiteral("å u")) == QStringLiteral("Åberg"));
    CHECK(only(QStringLiteral("an lagr")) == QStringLiteral("Andersson"));
    CHECK(only(QStringLiteral("64 Gör")) == QStringLiteral("Öberg"));
    CHECK(fixture.rows(textFilter(QStringLiteral("g"))).size() == 1); // Göran, and no "berg" that merely contains g
    CHECK(fixture.rows(textFilter(QStringLiteral("ö x"))).isEmpty());
    CHECK(fixture.rows(textFilter(QStringLiteral("finnsinte"))).isEmpty());
    CHECK(fixture.rows(textFilter(QStringLiteral("\"*()^"))).size() == 3); // punctuation only: no filter, no SQL error
}

TEST_CASE("Typing filters the kept rows exactly as the query would", "[caselist][typing]")
{
    Fixture fixture;
    Diagnosis diagnosis{0, fixture.aberg.caseId, QStringLiteral("F43.8A"), QStringLiteral("Utmattningssyndrom"), true};
    fixture.workspace->sickLeave().saveDiagnosis(diagnosis);
    CaseListCache cache(fixture.workspace->context());
    auto typed = [&cache](const QString& text, CaseListColumn sort = CaseListColumn::Name, bool ascending = true) {
        const QList<int> positions = cache.select(textFilter(text), sort, ascending);
        QStringList names;
        for (const int position : positions)
            names << cache.rows().at(position).familyName;
        return names;
    };
    for (const QString& text :
         {QString(), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("å"), QStringLiteral("berg"),
          QStringLiteral("Göran Öb"), QStringLiteral("F43"), QStringLiteral("finnsinte"), QStringLiteral("\"*()^")}) {
        INFO(text.toStdString());
        CHECK(typed(text) == familyNames(fixture.rows(textFilter(text))));
        CHECK(typed(text, CaseListColumn::SickDay, false) ==
              familyNames(fixture.rows(textFilter(text), CaseListColumn::SickDay, false)));
    }
    CHECK(typed(QStringLiteral("a")) == QStringList{QStringLiteral("Andersson")}); // "a" is not "å"
    CHECK(typed(QStringLiteral("å")) == QStringList{QStringLiteral("Åberg")});
}

TEST_CASE("The kept rows are read anew after a change, another filter or a new day", "[caselist][typing]")
{
    Fixture fixture;
    CaseListCache cache(fixture.workspace->context());
    auto count = [&cache](const CaseListFilter& filter) {
        return cache.select(filter, CaseListColumn::Name, true).size();
    };
    REQUIRE(count(textFilter(QStringLiteral("a"))) == 1);

    addCase(*fixture.workspace, QStringLiteral("900101-1239"), QStringLiteral("Axel"), QStringLiteral("Axelsson"),
            QDate(2026, 10, 1));
    CHECK(count(textFilter(QStringLiteral("a"))) == 1); // the owner has not said the data changed
    cache.invalidate();
    CHECK(count(textFilter(QStringLiteral("a"))) == 2);

    auto record = *fixture.workspace->cases().get(fixture.andersson.caseId);
    record.status = CaseStatus::Closed;
    record.outcome = CaseOutcome::BackToWork;
    fixture.workspace->cases().save(record);
    cache.invalidate();
    CHECK(count(textFilter(QStringLiteral("a"))) == 1);
    CaseListFilter withClosed = textFilter(QStringLiteral("a"));
    withClosed.showClosed = true;
    CHECK(count(withClosed) == 2); // another filter: read without being told

    const int before = *cache.rows().at(cache.select({}, CaseListColumn::Name, true).first()).sickDay;
    fixture.workspace->setToday(FixedToday.addDays(1));
    const int after = *cache.rows().at(cache.select({}, CaseListColumn::Name, true).first()).sickDay;
    CHECK(after == before + 1); // a new day: read without being told
}

TEST_CASE("A later sjukfall counts from its own start once its day comes, and only its case is read again",
          "[caselist][chain]")
{
    Fixture fixture;
    Workspace& workspace = *fixture.workspace;
    const qint64 caseId = addCase(workspace, QStringLiteral("900101-1239"), QStringLiteral("Axel"),
                                  QStringLiteral("Axelsson"), FixedToday.addDays(-30), FixedToday.addDays(-5))
                              .caseId;
    SickLeavePeriod later{0, caseId, 50, FixedToday.addDays(20), FixedToday.addDays(60)}; // 24 days' gap
    workspace.sickLeave().savePeriod(later);
    auto axelsson = [&fixture] {
        return fixture.rows(textFilter(QStringLiteral("Axelsson"))).at(0);
    };
    auto chainsAsOf = [&workspace] {
        Statement state(workspace.database(), "SELECT chains_as_of FROM derived_state");
        return state.step() ? state.columnDate(0) : QDate();
    };
    REQUIRE(axelsson().start == FixedToday.addDays(-30));

    workspace.setToday(FixedToday.addDays(25));
    CHECK(axelsson().start == FixedToday.addDays(20));
    CHECK(axelsson().sickDay == 6);
    CHECK(chainsAsOf() == FixedToday.addDays(25));
    workspace.setToday(FixedToday); // back again, as a corrected clock would
    CHECK(axelsson().start == FixedToday.addDays(-30));

    workspace.setToday(FixedToday.addDays(25));
    RehabRules longerGap = workspace.context().rules;
    longerGap.gapDays = 30; // the two periods are now one sjukfall
    workspace.setRules(longerGap);
    CHECK(axelsson().start == FixedToday.addDays(-30));
}

TEST_CASE("Filters: status, sex, length bucket and closed cases", "[caselist]")
{
    Fixture fixture;
    auto record = *fixture.workspace->cases().get(fixture.andersson.caseId);
    record.status = CaseStatus::Closed;
    record.outcome = CaseOutcome::BackToWork;
    fixture.workspace->cases().save(record);

    CHECK(familyNames(fixture.rows()) == QStringList{QStringLiteral("Åberg"), QStringLiteral("Öberg")});
    CaseListFilter withClosed;
    withClosed.showClosed = true;
    CHECK(fixture.rows(withClosed).size() == 3);
    CaseListFilter closedOnly;
    closedOnly.status = CaseStatus::Closed;
    CHECK(familyNames(fixture.rows(closedOnly)) == QStringList{QStringLiteral("Andersson")});

    CaseListFilter women;
    women.sex = Sex::Female;
    women.showClosed = true;
    CHECK(familyNames(fixture.rows(women)) == QStringList{QStringLiteral("Andersson")});

    CaseListFilter length;
    length.showClosed = true;
    length.length = LengthBucket::Days15To30;
    CHECK(familyNames(fixture.rows(length)) == QStringList{QStringLiteral("Öberg")});
    length.length = LengthBucket::Days181To365; // May 1 to Dec 31 = 245 days
    CHECK(familyNames(fixture.rows(length)) == QStringList{QStringLiteral("Åberg")});
    length.length = LengthBucket::Years1To2; // since 2024-01-01, open-ended: 1058 days
    CHECK(fixture.rows(length).isEmpty());
    length.length = LengthBucket::Over2Years;
    CHECK(familyNames(fixture.rows(length)) == QStringList{QStringLiteral("Andersson")});
}

TEST_CASE("Sorting by day in the sick period and by next checkpoint", "[caselist]")
{
    Fixture fixture;
    CaseListFilter all;
    CHECK(familyNames(fixture.rows(all, CaseListColumn::SickDay, true)) ==
          QStringList{QStringLiteral("Öberg"), QStringLiteral("Åberg"), QStringLiteral("Andersson")});
    // Öberg reaches day 30 in 7 days; Åberg (day 207) reaches 365 in 158; Andersson is past 365: last.
    CHECK(familyNames(fixture.rows(all, CaseListColumn::NextCheckpoint, true)) ==
          QStringList{QStringLiteral("Öberg"), QStringLiteral("Åberg"), QStringLiteral("Andersson")});
}

TEST_CASE("The demo database has at least 200 cases across all statuses", "[caselist][demo]")
{
    auto workspace = Workspace::demo({}, QStringLiteral("Demo"), 200);
    CaseListFilter all;
    all.showClosed = true;
    const auto rows = workspace->caseList().rows(all, CaseListColumn::Reference, true);
    CHECK(rows.size() == 200);
    QSet<CaseStatus> statuses;
    int withCheckpoint = 0;
    for (const auto& row : rows) {
        statuses.insert(row.status);
        withCheckpoint += row.nextCheckpoint ? 1 : 0;
    }
    CHECK(statuses.size() == 6);
    CHECK(withCheckpoint > 50);
}

TEST_CASE("The case list goes to a spreadsheet with the chosen columns, typed", "[caselist][xlsx]")
{
    Fixture fixture;
    const QList<CaseListColumn> columns{CaseListColumn::Name,  CaseListColumn::Identity, CaseListColumn::Age,
                                        CaseListColumn::Start, CaseListColumn::End,      CaseListColumn::Degree};
    const Sheet sheet = CaseListSheet::sheet(fixture.rows(), columns, FixedToday);
    REQUIRE(sheet.columns.size() == 6);
    CHECK(sheet.columns.at(0).heading == QStringLiteral("Name"));
    CHECK(sheet.columns.at(5).heading == QStringLiteral("Degree (%)"));
    REQUIRE(sheet.rows.size() == 3);
    // Sorted by name: Andersson, Åberg, Öberg (Swedish order puts Å and Ö last).
    const QVariantList& aberg = sheet.rows.at(1);
    CHECK(aberg.at(0).toString() == QStringLiteral("Åberg, Åsa"));
    CHECK(aberg.at(1).toString() == QStringLiteral("19701063-2391"));
    CHECK(aberg.at(2).typeId() == QMetaType::Int);
    CHECK(aberg.at(3).toDate() == QDate(2026, 5, 1));
    CHECK(aberg.at(4).toDate() == QDate(2026, 12, 31));
    CHECK(aberg.at(5).toInt() == 100);
    CHECK(sheet.rows.at(2).at(4).toString() == QStringLiteral("until further notice"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ärendelista.xlsx"));
    REQUIRE(XlsxWriter::write({sheet}, path).written());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = koordinera::tests::readWithPython(
        QStringLiteral(KOORDINERA_TESTS_SOURCE_DIR "/core/read_xlsx.py"), file.readAll(), QStringLiteral("x.xlsx"));
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(1) == QStringLiteral("s:Name|s:Identity number|s:Age|s:Start|s:End|s:Degree (%)"));
    CHECK(lines.at(3).startsWith(QStringLiteral("s:Åberg, Åsa|s:19701063-2391|n:")));
    CHECK(lines.at(3).endsWith(QStringLiteral("|d:2026-05-01|d:2026-12-31|n:100")));
}
