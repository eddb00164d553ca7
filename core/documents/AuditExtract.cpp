// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/AuditExtract.h"

#include <QCoreApplication>
#include <QLocale>

namespace koordinera::core {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("AuditExtract", text);
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
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

    QString html;
    html +=
        QStringLiteral("<h1>%1</h1>")
            .arg(escaped(QCoreApplication::translate("AuditExtract", "Log extract: access to the patient's record")));
    html += QStringLiteral("<table class='facts'>");
    const auto fact = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>").arg(escaped(label), escaped(value));
    };
    fact(QCoreApplication::translate("AuditExtract", "Patient"), subject.patientName);
    fact(QCoreApplication::translate("AuditExtract", "Identity number"), subject.identityDisplay);
    fact(QCoreApplication::translate("AuditExtract", "Period"), periodText(subject));
    fact(QCoreApplication::translate("AuditExtract", "Produced"),
         producedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(", ") + producedBy);
    fact(QCoreApplication::translate("AuditExtract", "Entries"), QString::number(entries.size()));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(QCoreApplication::translate(
                    "AuditExtract", "Every time the record was opened, changed, printed, exported or copied in "
                                    "Koordinera is listed below, with the unit and the person who did it.")));

    if (entries.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(QCoreApplication::translate("AuditExtract", "No entries in the period.")));
    } else {
        html += QStringLiteral("<table class='entries' width='100%' cellspacing='0' cellpadding='4'><thead><tr>");
        for (const char* heading :
             {QT_TRANSLATE_NOOP("AuditExtract", "Date and time"), QT_TRANSLATE_NOOP("AuditExtract", "Unit"),
              QT_TRANSLATE_NOOP("AuditExtract", "Who"), QT_TRANSLATE_NOOP("AuditExtract", "What")}) {
            html += QStringLiteral("<th align='left'>%1</th>").arg(escaped(translated(heading)));
        }
        html += QStringLiteral("</tr></thead><tbody>");
        for (const AuditLog::Entry& entry : entries) {
            const QString who = entry.coordinator.isEmpty() || entry.coordinator == entry.osUser
                                    ? entry.osUser
                                    : QStringLiteral("%1 (%2)").arg(entry.coordinator, entry.osUser);
            const QString unit = entry.unit.isEmpty() ? QStringLiteral("–") : entry.unit;
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), escaped(unit),
                             escaped(who), escaped(AuditLog::labelOf(entry.action)));
        }
        html += QStringLiteral("</tbody></table>");
    }
    document.bodyHtml = html;
    return document;
}

} // namespace koordinera::core
