// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/AuditExtract.h"

#include <QCoreApplication>
#include <QLocale>

namespace koordinera::core {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("AuditExtract", text);
}

QString periodText(const AuditExtract::Subject& subject)
{
    if (!subject.from.isValid() && !subject.to.isValid())
        return QCoreApplication::translate("AuditExtract", "All entries");
    const QString from = subject.from.isValid() ? subject.from.toString(Qt::ISODate) : QStringLiteral("…");
    const QString to = subject.to.isValid() ? subject.to.toString(Qt::ISODate) : QStringLiteral("…");
    return from + QStringLiteral(" – ") + to;
}

} // namespace

Document AuditExtract::build(const Subject& subject, const QList<AuditLog::Entry>& entries, const QDateTime& producedAt,
                             const QString& producedBy)
{
    Document document;
    document.title = QCoreApplication::translate("AuditExtract", "Log extract %1").arg(subject.identityDisplay);
    document.headerLeft = subject.unit;
    document.headerRight = QCoreApplication::translate("AuditExtract", "Log extract");
    document.footerLeft =
        QCoreApplication::translate("AuditExtract", "%1 · produced %2 by %3")
            .arg(subject.identityDisplay, producedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), producedBy);

    document.kind = QStringLiteral("log_extract");
    document.archival = true; // handed to the patient and kept: PDF/A
    document.title1(subject.socialServices
                        ? QCoreApplication::translate("AuditExtract", "Log extract: access to the client's records")
                        : QCoreApplication::translate("AuditExtract", "Log extract: access to the patient's record"));
    document.facts({
        {subject.socialServices ? QCoreApplication::translate("AuditExtract", "Client")
                                : QCoreApplication::translate("AuditExtract", "Patient"),
         subject.patientName},
        {QCoreApplication::translate("AuditExtract", "Identity number"), subject.identityDisplay},
        {QCoreApplication::translate("AuditExtract", "Period"), periodText(subject)},
        {QCoreApplication::translate("AuditExtract", "Produced"),
         producedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(", ") + producedBy},
        {QCoreApplication::translate("AuditExtract", "Entries"), QString::number(entries.size())},
    });
    document.paragraph(QCoreApplication::translate(
        "AuditExtract", "Every time the record was opened, changed, printed, exported or copied in "
                        "Koordinera is listed below, with the unit and the person who did it."));
    if (subject.socialServices) {
        document.paragraph(QCoreApplication::translate(
            "AuditExtract", "The records are kept under the Social Services Act (socialtjänstlagen) and are covered "
                            "by the secrecy of the social services under the Public Access to Information and "
                            "Secrecy Act (offentlighets- och sekretesslagen)."));
    }

    if (entries.isEmpty()) {
        document.paragraph(QCoreApplication::translate("AuditExtract", "No entries in the period."));
        return document;
    }
    DocumentTable table;
    table.widths = {21, 29, 26, 24};
    for (const char* heading :
         {QT_TRANSLATE_NOOP("AuditExtract", "Date and time"), QT_TRANSLATE_NOOP("AuditExtract", "Unit"),
          QT_TRANSLATE_NOOP("AuditExtract", "Who"), QT_TRANSLATE_NOOP("AuditExtract", "What")}) {
        table.headings.append(translated(heading));
    }
    for (const AuditLog::Entry& entry : entries) {
        const QString who = entry.coordinator.isEmpty() || entry.coordinator == entry.osUser
                                ? entry.osUser
                                : QStringLiteral("%1 (%2)").arg(entry.coordinator, entry.osUser);
        const QString unit = entry.unit.isEmpty() ? QStringLiteral("–") : entry.unit;
        table.rows.append({entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), unit, who,
                           AuditLog::labelOf(entry.action)});
    }
    document.table(table);
    return document;
}

} // namespace koordinera::core
