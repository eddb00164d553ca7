// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "DatabaseChoice.h"
#include "core/documents/CaseDocuments.h"
#include "core/exchange/OutputFile.h"
#include "core/records/DocumentLog.h"
#include "core/settings/Settings.h"
#include "core/storage/StorageError.h"
#include "core/workspace/DemoData.h"
#include "core/workspace/Workspace.h"
#include "ui/documents/DocumentRenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace koordinera::app {

namespace {

struct Export
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

const QStringList DocumentKinds{QStringLiteral("plan"),    QStringLiteral("form"),   QStringLiteral("minutes"),
                                QStringLiteral("summary"), QStringLiteral("letter"), QStringLiteral("consent-form")};

struct Request
{
    QString kind;
    int version = 0;
    QDate meetingDay;
    QString recipient;
};

// The document and who it is for; an empty list (with `problem` set) when the case lacks what it needs.
QList<core::Document> build(const core::CaseFile& file, const Request& request, QString& recipient, QString& problem)
{
    const core::PlanVersion* plan = request.version > 0 ? file.plan(request.version) : file.currentPlan();
    recipient = request.recipient;
    if (request.kind == QLatin1String("plan") || request.kind == QLatin1String("letter")) {
        if (!plan) {
            problem = request.version > 0 ? Export::tr("The case has no plan version %1.").arg(request.version)
                                          : Export::tr("The case has no action plan yet.");
            return {};
        }
    }
    if (request.kind == QLatin1String("plan")) {
        if (recipient.isEmpty())
            recipient = plan->distribution.join(QStringLiteral(", "));
        return {core::CaseDocuments::plan(file, *plan)};
    }
    if (request.kind == QLatin1String("form"))
        return {core::CaseDocuments::blankForm(file, file.currentPlan())};
    if (request.kind == QLatin1String("summary"))
        return {core::CaseDocuments::summary(file)};
    if (request.kind == QLatin1String("consent-form")) {
        recipient = file.patient.fullName();
        return {core::CaseDocuments::consentForm(file)};
    }
    if (request.kind == QLatin1String("minutes")) {
        for (const core::Meeting& meeting : file.meetings) { // latest first
            const bool chosen = request.meetingDay.isValid() ? meeting.startsAt.date() == request.meetingDay
                                                             : meeting.status == core::MeetingStatus::Held;
            if (chosen)
                return {core::CaseDocuments::minutes(file, meeting)};
        }
        problem = request.meetingDay.isValid()
                      ? Export::tr("The case has no meeting on %1.").arg(request.meetingDay.toString(Qt::ISODate))
                      : Export::tr("The case has no meeting recorded as held.");
        return {};
    }
    if (recipient.isEmpty() && !file.contacts.isEmpty())
        recipient = file.contacts.first().actor.name;
    core::CaseDocuments::Letter letter{
        recipient, QString(),
        core::CaseDocuments::fillTemplate(file.letterhead.templates.text(core::TemplateKind::CoverLetter), file,
                                          recipient),
        plan->version};
    return core::CaseDocuments::letterWithPlan(file, letter);
}

QByteArray textOf(const QList<core::Document>& documents)
{
    QString text;
    for (const core::Document& document : documents)
        text += document.plainText();
    return text.toUtf8();
}

} // namespace

int exportDocument(const QStringList& arguments,
                   const std::function<std::unique_ptr<core::Workspace>(const QString& path)>& open)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Export::tr("Writes one of a case's documents as a PDF, or as plain text when the file name ends in .txt, "
                   "and records it on the case. Needs no display. The passphrase is read as for create."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), Export::tr("The command."));
    const DatabaseChoice data;
    const QCommandLineOption& demo = data.demo;
    const QCommandLineOption caseOption(QStringLiteral("case"),
                                        Export::tr("The case's reference, e.g. K-2026-0042 (with --demo it may be "
                                                   "left out: a case with a plan and a meeting is chosen)."),
                                        Export::tr("REF"));
    const QCommandLineOption document(
        QStringLiteral("document"),
        Export::tr("Which document: plan, form (the blank meeting form), minutes, "
                   "summary, letter (with the plan) or consent-form (for the patient to sign)."),
        Export::tr("KIND"));
    const QCommandLineOption version(QStringLiteral("version"), Export::tr("The plan version (default: the newest)."),
                                     Export::tr("N"));
    const QCommandLineOption meeting(QStringLiteral("meeting"),
                                     Export::tr("For minutes: the meeting's date (default: the latest held)."),
                                     Export::tr("YYYY-MM-DD"));
    const QCommandLineOption recipient(QStringLiteral("to"),
                                       Export::tr("Who the copy is for, as recorded on the "
                                                  "case (a letter is addressed to them)."),
                                       Export::tr("NAME"));
    const QCommandLineOption output(QStringLiteral("out"), Export::tr("The FILE to write (.pdf or .txt)."),
                                    Export::tr("FILE"));
    parser.addOptions({data.database, demo, caseOption, document, version, meeting, recipient, output});
    parser.process(arguments);
    QTextStream err(stderr);
    if (!data.check(parser, err))
        return 2;
    if (!DocumentKinds.contains(parser.value(document)) || !parser.isSet(output)) {
        err << Export::tr("Say which document with --document (%1) and where with --out FILE.")
                   .arg(DocumentKinds.join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    if (const QString refused = core::OutputFile::refusal(parser.value(output)); !refused.isEmpty()) {
        err << refused << '\n';
        return 2;
    }
    if (!parser.isSet(caseOption) && !parser.isSet(demo)) {
        err << Export::tr("Name the case with --case REF.") << '\n';
        return 2;
    }
    const Request request{parser.value(document), parser.value(version).toInt(),
                          QDate::fromString(parser.value(meeting), Qt::ISODate), parser.value(recipient).trimmed()};
    if (parser.isSet(meeting) && !request.meetingDay.isValid()) {
        err << Export::tr("Give the meeting's date as YYYY-MM-DD.") << '\n';
        return 2;
    }

    try {
        core::Settings settings;
        auto workspace = data.open(parser, settings, open);
        const auto record = parser.isSet(caseOption) ? workspace->cases().findByReference(parser.value(caseOption))
                                                     : core::DemoData::showcaseCase(*workspace);
        if (!record) {
            err << Export::tr("There is no case %1 in the database.").arg(parser.value(caseOption)) << '\n';
            return 3;
        }
        if (!workspace->isDemo() && !settings.signerGiven()) {
            err << Export::tr("Koordinera does not know who signs: give your name, title and unit in the window "
                              "(Edit › Settings › You and your unit) before exporting documents.")
                << '\n';
            return 1;
        }
        const core::CaseFile file = core::CaseFile::read(*workspace, record->id, settings.letterhead());
        QString to;
        QString problem;
        const QList<core::Document> documents = build(file, request, to, problem);
        if (documents.isEmpty()) {
            err << problem << '\n';
            return 3;
        }
        const QString path = parser.value(output);
        const bool asText = path.endsWith(QStringLiteral(".txt"), Qt::CaseInsensitive);
        auto entry = core::recordOf(documents.first(),
                                    asText ? core::DocumentRecord::Channel::Text : core::DocumentRecord::Channel::Pdf);
        entry.recipient = to;
        entry.fileName = QFileInfo(path).fileName();
        const QByteArray bytes = asText ? textOf(documents) : ui::DocumentRenderer(documents).pdf(&entry.pages);
        entry.sha256 = core::DocumentLog::sha256(bytes);
        // Written and synced first, recorded second, named last: a full disk stops the export before anything is
        // recorded, and a record that cannot be saved leaves no file (the temporary one goes with `out`).
        core::OutputFile out(path);
        out.open();
        out.write(bytes);
        if (const core::ExportResult result = out.finishWriting(); !result.written()) {
            err << result.error << '\n';
            return 1;
        }
        workspace->documents().record(entry);
        if (const core::ExportResult result = out.commit(); !result.written()) {
            err << result.error << '\n';
            return 1;
        }
        const QString report =
            asText ? Export::tr("%1 (%2): %3, SHA-256 %4").arg(entry.description, record->reference, path, entry.sha256)
                   : Export::tr("%1 (%2): %3, %n page(s), SHA-256 %4", nullptr, entry.pages)
                         .arg(entry.description, record->reference, path, entry.sha256);
        QTextStream(stdout) << report << '\n';
    } catch (const core::StorageError& error) {
        err << error.userMessage() << '\n';
        return 1;
    }
    return 0;
}

} // namespace koordinera::app
