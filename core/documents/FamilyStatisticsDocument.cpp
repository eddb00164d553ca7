// SPDX-License-Identifier: GPL-3.0-or-later
// The family profile's statistics report (issue 23), beside the clinic's in StatisticsDocument.cpp.
#include "core/documents/StatisticsDocument.h"
#include "core/domain/Format.h"
#include "core/reporting/Disclosure.h"

#include <QCoreApplication>

namespace koordinera::core::StatisticsDocument {

namespace {

// Women, men and total of one figure, each protected on its own (a row's total still gives one hidden count away).
QStringList sexRow(const QString& label, const SexCounts& counts, int threshold)
{
    const ProtectedTable shown = protectCounts({counts}, threshold, false);
    return {label, shown.text(0, 0, counts.women), shown.text(0, 1, counts.men), shown.text(0, 2, counts.total)};
}

// A count with no split by sex (families, supports), protected on its own.
QString totalOnly(int count, int threshold)
{
    // In the women's column as well as the total's, so the pattern does not take the empty split for known zeros.
    return protectCounts({{count, 0, count}}, threshold, false).text(0, 2, count);
}

// A list of counts with no split by sex (the children, the network), protected against its sum, which the report
// prints: each count stands in both the first and the total column, so the pattern is the one a sum protects.
DocumentTable countTable(const StatisticsTable& table, const QString& countHeading, int threshold)
{
    QList<SexCounts> rows;
    for (const StatisticsRow& row : table.rows)
        rows.append({row.counts.total, 0, row.counts.total});
    const ProtectedTable shown = protectCounts(rows, threshold, true);
    DocumentTable result;
    result.widths = {70, 30};
    result.headings = {QCoreApplication::translate("FamilyStatisticsDocument", "Category"), countHeading};
    for (int index = 0; index < table.rows.size(); ++index)
        result.rows.append({table.rows.at(index).label, shown.text(index, 2, table.rows.at(index).counts.total)});
    return result;
}

} // namespace

Document familyReport(const FamilyReport& report, const Context& context)
{
    const int threshold = context.threshold;
    Document document = frame(QCoreApplication::translate("FamilyStatisticsDocument", "Family support statistics %1"),
                              QCoreApplication::translate("FamilyStatisticsDocument", "Support to parents: follow-up"),
                              report.period, context);

    DocumentTable overview;
    overview.widths = {52, 16, 16, 16};
    overview.headings = QStringList{QCoreApplication::translate("StatisticsDocument", "Measure")} +
                        Statistics::measureHeadings().mid(1, 3);
    overview.rows = {
        {QCoreApplication::translate("FamilyStatisticsDocument", "Families in support"), QString(), QString(),
         totalOnly(report.families, threshold)},
        sexRow(QCoreApplication::translate("FamilyStatisticsDocument", "Parents in support"), report.parents,
               threshold),
        {QCoreApplication::translate("FamilyStatisticsDocument", "Supports closed"), QString(), QString(),
         totalOnly(report.closed, threshold)},
        {QCoreApplication::translate("FamilyStatisticsDocument", "Median days in support (closed)"), QString(),
         QString(),
         !report.medianDaysInSupport             ? QStringLiteral("–")
         : medianShown(report.closed, threshold) ? format::decimal(*report.medianDaysInSupport)
                                                 : protectingMark()},
    };
    document.heading(QCoreApplication::translate("StatisticsDocument", "Overview")).table(overview);

    document.heading(QCoreApplication::translate("FamilyStatisticsDocument", "Parents back in work or studies"));
    DocumentTable back;
    back.widths = {52, 16, 16, 16};
    back.headings = overview.headings;
    back.rows = {
        sexRow(QCoreApplication::translate("FamilyStatisticsDocument",
                                           "Not in work or studies at the start (closed supports)"),
               report.notInWorkOrStudiesAtStart, threshold),
        sexRow(QCoreApplication::translate("FamilyStatisticsDocument", "– of whom in work or studies at the end"),
               report.backInWorkOrStudies, threshold)};
    document.table(back);

    document.heading(report.children.title)
        .table(countTable(report.children, QCoreApplication::translate("FamilyStatisticsDocument", "Children"),
                          threshold));
    document.heading(report.network.title)
        .table(
            countTable(report.network, QCoreApplication::translate("FamilyStatisticsDocument", "Families"), threshold));

    document.note(QCoreApplication::translate(
        "FamilyStatisticsDocument",
        "Parents are counted by their legal sex; a parent whose sex is not known counts in the total "
        "only. A family is in support in the period when its support overlaps it; a declined support is "
        "not. Children are counted by their age on the period's last day. Back in work or studies counts "
        "the parents of the supports closed in the period who were neither working nor studying at the "
        "start."));
    if (threshold > 0) {
        document.note(QCoreApplication::translate(
                          "FamilyStatisticsDocument",
                          "So that no family can be recognised, counts from 1 to %1 are shown as \"<%2\". Where a sum "
                          "would give such a count away, further counts are hidden too and shown as \"x\"; a median "
                          "resting on %1 supports or fewer is shown as \"x\" as well.")
                          .arg(threshold)
                          .arg(threshold + 1));
    }
    return document;
}

} // namespace koordinera::core::StatisticsDocument
