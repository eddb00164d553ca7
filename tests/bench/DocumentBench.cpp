// SPDX-License-Identifier: GPL-3.0-or-later
// How long a printed document takes (issue 5): milliseconds from reading the case to a finished PDF, for a
// plan with 5 and with 40 actions and for the case summary. Writes Markdown table rows to stdout, in the
// format of Bench.cpp; see scripts/run-benchmarks.sh.
#include "core/documents/CaseDocuments.h"
#include "core/workspace/Workspace.h"
#include "ui/documents/DocumentRenderer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace koordinera;

namespace {

const QDate Today(2026, 11, 23);

// A case with an adopted plan of `actions` actions, each with a description long enough to wrap.
qint64 plannedCase(core::Workspace& workspace, int actions)
{
    core::NewCase newCase;
    newCase.patient.identity = QStringLiteral("196408233234");
    newCase.patient.givenName = QStringLiteral("Göran");
    newCase.patient.familyName = QStringLiteral("Öberg");
    newCase.caseRecord.status = core::CaseStatus::Active;
    newCase.caseRecord.openedOn = Today.addDays(-40);
    newCase.firstPeriod = core::SickLeavePeriod{0, 0, 50, Today.addDays(-40), {}};
    const qint64 caseId = workspace.cases().create(newCase).caseId;
    core::PlanVersion plan = workspace.plans().newDraft(caseId);
    plan.patientGoal = QStringLiteral("Orka en hel arbetsdag och ha kraft kvar till familjen på kvällarna.");
    plan.sharedGoal = QStringLiteral("Återgång i arbete 50 % inom två månader, sedan stegvis upp till heltid.");
    plan.overallResponsible = QStringLiteral("Rehabkoordinator Anna Berg");
    plan.followUpAt = QDateTime(Today.addDays(21), QTime(13, 30));
    plan.followUpPlace = QStringLiteral("Vårdcentralen");
    for (int index = 1; index <= actions; ++index) {
        core::PlanAction action;
        action.description = QStringLiteral("Åtgärd %1: arbetsträning med gradvis ökad tid, handledning av närmaste "
                                            "chef och avstämning varannan vecka")
                                 .arg(index);
        action.responsibleKind = index % 2 ? core::ResponsibleKind::CareUnit : core::ResponsibleKind::Patient;
        action.startDate = Today;
        action.dueDate = Today.addDays(index);
        plan.actions.append(action);
    }
    workspace.plans().saveDraft(plan);
    workspace.plans().adopt(caseId, Today);
    return caseId;
}

double percentile(QList<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(qsizetype(share * double(values.size() - 1) + 0.5), values.size() - 1));
}

void report(const QString& what, const QList<double>& times, int pages)
{
    QTextStream(stdout) << QStringLiteral("| %1 (%2 pages) | – | %3 | %4 | |\n")
                               .arg(what)
                               .arg(pages)
                               .arg(percentile(times, 0.5), 0, 'f', 1)
                               .arg(percentile(times, 0.95), 0, 'f', 1);
}

// Reads the case, builds the document and writes the PDF, `runs` times after one warm-up.
void measure(core::Workspace& workspace, qint64 caseId, const QString& what, bool summary, int runs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("document.pdf"));
    QList<double> times;
    int pages = 0;
    for (int run = -1; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const core::CaseFile file =
            core::CaseFile::read(workspace, caseId, {QStringLiteral("VC Ekbacken"), {}, {}, {}, true, {}});
        const core::Document document =
            summary ? core::CaseDocuments::summary(file) : core::CaseDocuments::plan(file, *file.currentPlan());
        ui::DocumentRenderer(document).writePdf(path, nullptr, &pages);
        if (run >= 0)
            times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    report(what, times, pages);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = app.arguments().contains(QStringLiteral("--quick")) ? 1 : 20;
    auto workspace = core::Workspace::inMemory({}, QStringLiteral("Benchmark"));
    workspace->setToday(Today);
    const qint64 small = plannedCase(*workspace, 5);
    measure(*workspace, small, QStringLiteral("Plan PDF, 5 actions"), false, runs);
    auto large = core::Workspace::inMemory({}, QStringLiteral("Benchmark"));
    large->setToday(Today);
    const qint64 forty = plannedCase(*large, 40);
    measure(*large, forty, QStringLiteral("Plan PDF, 40 actions"), false, runs);
    measure(*large, forty, QStringLiteral("Case summary PDF, 40 actions"), true, runs);
    return 0;
}
