// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/SickLeaveList.h"

#include "core/domain/IcdCode.h"
#include "core/domain/IdentityNumber.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace koordinera::core::SickLeaveList {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SickLeaveList)
};

// Rehabstöd's own labels, in lower case; a column the program does not use ("#", "Ålder", "Antal", "Ärenden",
// "Risk") is read past.
const QHash<QString, Column>& labels()
{
    static const QHash<QString, Column> known{
        {QStringLiteral("personnummer"), Column::Identity},
        {QStringLiteral("namn"), Column::Name},
        {QStringLiteral("kön"), Column::Sex},
        {QStringLiteral("diagnos/diagnoser"), Column::Diagnoses},
        {QStringLiteral("diagnos"), Column::Diagnoses},
        {QStringLiteral("startdatum"), Column::Start},
        {QStringLiteral("slutdatum"), Column::End},
        {QStringLiteral("längd"), Column::Length},
        {QStringLiteral("grad"), Column::Degree},
        {QStringLiteral("läkare"), Column::Doctor},
    };
    return known;
}

QDate dateOf(const QString& text)
{
    return QDate::fromString(text.trimmed().left(10), Qt::ISODate);
}

Sex sexOf(const QString& text)
{
    const QString word = text.trimmed().toLower();
    if (word == u"kvinna" || word == u"k")
        return Sex::Female;
    if (word == u"man" || word == u"m")
        return Sex::Male;
    return Sex::Unknown;
}

} // namespace

QList<std::optional<Column>> columnsOf(const QStringList& header)
{
    QList<std::optional<Column>> columns;
    for (const QString& label : header) {
        const auto found = labels().constFind(label.trimmed().toLower());
        columns << (found == labels().constEnd() ? std::nullopt : std::optional<Column>(*found));
    }
    return columns;
}

bool isHeader(const QStringList& row)
{
    const auto columns = columnsOf(row);
    return columns.contains(Column::Identity) && columns.contains(Column::Start);
}

QList<int> degreesOf(const QString& text)
{
    QList<int> degrees;
    static const QRegularExpression number(QStringLiteral("(\\d{1,3})\\s*%?"));
    for (auto match = number.globalMatch(text); match.hasNext();) {
        const int degree = match.next().captured(1).toInt();
        if (degree == 25 || degree == 50 || degree == 75 || degree == 100)
            degrees << degree;
    }
    return degrees;
}

Diagnoses diagnosesOf(const QString& text)
{
    // The main code, a space and its name; further codes follow after commas.
    static const QRegularExpression code(QStringLiteral("^\\s*([A-Za-z]\\d{2}(?:\\.?[0-9A-Za-z]{1,4})?)\\b"));
    static const QRegularExpression otherCode(QStringLiteral(",\\s*([A-Za-z]\\d{2}(?:\\.?[0-9A-Za-z]{1,4})?)\\b"));
    Diagnoses diagnoses;
    const auto main = code.match(text);
    if (!main.hasMatch())
        return diagnoses;
    const auto stored = IcdCode::normalize(main.captured(1));
    if (!stored)
        return diagnoses;
    diagnoses.code = *stored;
    QString rest = text.mid(main.capturedEnd(1));
    const auto firstOther = otherCode.match(rest);
    diagnoses.text = (firstOther.hasMatch() ? rest.left(firstOther.capturedStart(0)) : rest).trimmed();
    for (auto match = otherCode.globalMatch(rest); match.hasNext();) {
        if (const auto other = IcdCode::normalize(match.next().captured(1)))
            diagnoses.others << *other;
    }
    return diagnoses;
}

List read(const CsvReader::Table& table, const QDate& today)
{
    List list;
    const auto columns = columnsOf(table.header);
    if (!columns.contains(Column::Identity) || !columns.contains(Column::Start)) {
        list.error = Texts::tr("The file is not a sick-leave list from Rehabstöd: no column is headed "
                               "\"Personnummer\" and \"Startdatum\".");
        return list;
    }
    QHash<QString, int> seen; // identity -> the line it was first read on
    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        const QStringList& cells = table.rows.at(row);
        Entry entry;
        entry.line = row < table.lines.size() ? table.lines.at(row) : int(row) + 2;
        QString identityText;
        QString startText;
        for (qsizetype column = 0; column < columns.size() && column < cells.size(); ++column) {
            if (!columns.at(column))
                continue;
            const QString value = cells.at(column).trimmed();
            switch (*columns.at(column)) {
            case Column::Identity:
                identityText = value;
                break;
            case Column::Name:
                entry.name = value;
                break;
            case Column::Sex:
                entry.sex = sexOf(value);
                break;
            case Column::Diagnoses: {
                const Diagnoses diagnoses = diagnosesOf(value);
                entry.diagnosisCode = diagnoses.code;
                entry.diagnosisText = diagnoses.text;
                entry.otherDiagnosisCodes = diagnoses.others;
                break;
            }
            case Column::Start:
                startText = value;
                break;
            case Column::End:
                entry.end = dateOf(value);
                break;
            case Column::Length:
                entry.lengthDays = QString(value).remove(QRegularExpression(QStringLiteral("\\D"))).toInt();
                break;
            case Column::Degree:
                entry.degrees = degreesOf(value);
                break;
            case Column::Doctor:
                entry.doctor = value;
                break;
            }
        }
        if (identityText.isEmpty() && startText.isEmpty())
            continue; // a blank or summary line under the table
        const IdentityNumber number = IdentityNumber::parse(identityText, today);
        if (!number.isValid()) {
            list.refused.append(
                {entry.line,
                 Texts::tr("The identity number \"%1\" cannot be used: %2").arg(identityText, number.errorMessage())});
            continue;
        }
        entry.identity = number.stored();
        entry.identityKind = number.kind();
        if (entry.sex == Sex::Unknown)
            entry.sex = number.derivedSex();
        entry.start = dateOf(startText);
        if (!entry.start.isValid() || entry.start > today) {
            list.refused.append(
                {entry.line, Texts::tr("The start date \"%1\" is not a date up to today.").arg(startText)});
            continue;
        }
        if (entry.end.isValid() && entry.end < entry.start)
            entry.end = QDate(); // an end before the start says nothing: the sjukfall is treated as ongoing
        if (const auto first = seen.constFind(entry.identity); first != seen.constEnd()) {
            list.refused.append({entry.line, Texts::tr("The same patient is already on line %1.").arg(*first)});
            continue;
        }
        seen.insert(entry.identity, entry.line);
        list.entries.append(entry);
    }
    return list;
}

} // namespace koordinera::core::SickLeaveList
