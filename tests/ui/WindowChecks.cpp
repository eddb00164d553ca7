// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowChecks.h"

#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/ActionDialog.h"
#include "ui/dialogs/ActivityDialog.h"
#include "ui/dialogs/AdoptPlanDialog.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/dialogs/ChildDialog.h"
#include "ui/dialogs/ConsentDialog.h"
#include "ui/dialogs/ContactDialog.h"
#include "ui/dialogs/DiagnosisDialog.h"
#include "ui/dialogs/EditCaseDialog.h"
#include "ui/dialogs/FollowUpDialog.h"
#include "ui/dialogs/ImpulseDialog.h"
#include "ui/dialogs/KvaCodesDialog.h"
#include "ui/dialogs/LetterDialog.h"
#include "ui/dialogs/MeetingDialog.h"
#include "ui/dialogs/NewCaseDialog.h"
#include "ui/dialogs/OlderFileDialog.h"
#include "ui/dialogs/ParentDialog.h"
#include "ui/dialogs/PassphraseDialog.h"
#include "ui/dialogs/PeriodDialog.h"
#include "ui/dialogs/PlanCompareDialog.h"
#include "ui/dialogs/PlanDialog.h"
#include "ui/dialogs/ProfileDialog.h"
#include "ui/dialogs/RestoreDialog.h"
#include "ui/dialogs/RetentionDialog.h"
#include "ui/dialogs/ServerDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SickListImportDialog.h"
#include "ui/dialogs/SignerDialog.h"
#include "ui/documents/DocumentPreviewDialog.h"
#include "ui/help/HelpWindow.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>

namespace koordinera::tests {

QString describe(const QWidget* widget)
{
    QString name = widget->objectName();
    if (name.isEmpty() && widget->parentWidget())
        name = QStringLiteral("in ") + describe(widget->parentWidget());
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        name += QStringLiteral(" \"%1\"").arg(label->text().left(40));
    else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        name += QStringLiteral(" \"%1\"").arg(button->text());
    return QStringLiteral("%1%2").arg(QString::fromLatin1(widget->metaObject()->className()), name.prepend(u' '));
}

// Inside an item view or scroll area, being partly out of sight is what scrolling is for.
bool scrolls(const QWidget* widget, const QWidget* root)
{
    for (const QWidget* parent = widget->parentWidget(); parent && parent != root; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea*>(parent))
            return true;
    }
    return false;
}

bool shown(const QWidget* widget, const QWidget* root)
{
    return widget->isVisibleTo(root) && !widget->visibleRegion().isEmpty();
}

// Each tab of every tab widget in turn, so that hidden pages are checked too.
void forEachTab(QWidget* root, const std::function<void(const QString&)>& check)
{
    const QList<QTabWidget*> tabWidgets = root->findChildren<QTabWidget*>();
    check(QString());
    for (QTabWidget* tabs : tabWidgets) {
        if (!tabs->isVisibleTo(root))
            continue;
        for (int i = 1; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(QStringLiteral("-tab%1").arg(i));
        }
        tabs->setCurrentIndex(0);
    }
}

QList<Subject> everyDialog()
{
    const QDate today = QDate::currentDate();
    return {
        {QStringLiteral("new-case"),
         [](core::Workspace& workspace, core::Settings&) {
             return std::make_unique<ui::NewCaseDialog>(workspace);
         }},
        {QStringLiteral("settings"),
         [](core::Workspace&, core::Settings& settings) {
             return std::make_unique<ui::SettingsDialog>(settings);
         }},
        {QStringLiteral("signer"),
         [](core::Workspace&, core::Settings& settings) {
             return std::make_unique<ui::SignerDialog>(settings);
         }},
        {QStringLiteral("about"),
         [](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::AboutDialog>(nullptr);
         }},
        {QStringLiteral("passphrase-create"),
         [](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::PassphraseDialog>(ui::PassphraseDialog::Mode::Create,
                                                           QStringLiteral("enhet.koordinera"));
         }},
        {QStringLiteral("passphrase-change"),
         [](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::PassphraseDialog>(ui::PassphraseDialog::Mode::Change,
                                                           QStringLiteral("enhet.koordinera"));
         }},
        {QStringLiteral("diagnosis"),
         [](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::DiagnosisDialog>(core::Diagnosis{});
         }},
        {QStringLiteral("period"),
         [](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::PeriodDialog>(core::SickLeavePeriod{}, QList<core::SickLeavePeriod>{});
         }},
        {QStringLiteral("consent"),
         [](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::ConsentDialog>(core::Consent{}, QList<core::Actor>{});
         }},
        {QStringLiteral("action"),
         [today](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::ActionDialog>(core::PlanAction{}, QList<ui::ResponsibleChoice>{}, today);
         }},
        {QStringLiteral("plan"),
         [](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::PlanDialog>(core::PlanVersion{}, ui::PlanChoices{});
         }},
        {QStringLiteral("meeting-book"),
         [today](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::MeetingDialog>(ui::MeetingDialog::Mode::Book, core::Meeting{},
                                                        QList<core::MeetingParticipant>{},
                                                        QList<ui::ResponsibleChoice>{}, today);
         }},
        {QStringLiteral("meeting-record"),
         [today](core::Workspace&, core::Settings&) {
             core::Meeting meeting;
             meeting.id = 1;
             meeting.startsAt = QDateTime(today, QTime(10, 0));
             meeting.kind = core::MeetingKind::Avstamning;
             auto dialog = std::make_unique<ui::MeetingDialog>(ui::MeetingDialog::Mode::Record, meeting,
                                                               QList<core::MeetingParticipant>{},
                                                               QList<ui::ResponsibleChoice>{}, today);
             dialog->offerToAdvanceCase(core::CaseStatus::Contacted); // the case only contacted: the step offered
             return dialog;
         }},
        {QStringLiteral("kva-codes"),
         [](core::Workspace& workspace, core::Settings&) {
             return std::make_unique<ui::KvaCodesDialog>(workspace);
         }},
        {QStringLiteral("audit-log"),
         [](core::Workspace& workspace, core::Settings&) {
             return std::make_unique<ui::AuditLogDialog>(workspace, QStringLiteral("Anna Lindberg"));
         }},
        {QStringLiteral("contact"),
         [](core::Workspace& workspace, core::Settings&) {
             return std::make_unique<ui::ContactDialog>(workspace, core::CaseContact{});
         }},
        {QStringLiteral("edit-case"),
         [today](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::EditCaseDialog>(core::Patient{}, core::CaseRecord{}, QList<core::Actor>{},
                                                         today);
         }},
        {QStringLiteral("impulse"),
         [](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::ImpulseDialog>(core::Impulse{}, QList<core::Consent>{}, QStringList{});
         }},
        {QStringLiteral("activity"),
         [today](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::ActivityDialog>(core::Activity{}, QList<core::Actor>{}, QList<core::KvaCode>{},
                                                         QList<core::Consent>{}, today);
         }},
        {QStringLiteral("adopt-plan"),
         [today](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::AdoptPlanDialog>(core::PlanVersion{}, today);
         }},
        {QStringLiteral("letter"),
         [](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::LetterDialog>(
                 QList<ui::LetterRecipient>{{QStringLiteral("Anna Ek, Ekbackens Bygg AB"), QString(), QString()}},
                 [](const QString& recipient) { return QStringLiteral("Till %1").arg(recipient); }, 0);
         }},
        {QStringLiteral("retention"),
         [](core::Workspace& workspace, core::Settings&) {
             return std::make_unique<ui::RetentionDialog>(workspace, 10);
         }},
        {QStringLiteral("plan-compare"),
         [](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::PlanCompareDialog>(QList<core::PlanVersion>{}, QHash<qint64, QString>{});
         }},
        {QStringLiteral("sick-list-import"),
         [](core::Workspace& workspace, core::Settings&) {
             // A list with a patient to import and a row that cannot be read, so every part of the preview shows.
             static const QTemporaryDir dir;
             const QString path = dir.filePath(QStringLiteral("sjukfall.csv"));
             QFile file(path);
             if (file.open(QIODevice::WriteOnly)) {
                 file.write(QStringLiteral("Personnummer;Namn;Startdatum;Slutdatum;Grad\n"
                                           "19900101-2344;Ek, Sara;2026-08-03;2026-12-20;100%\n"
                                           "19900101-2345;Fel, Nummer;2026-11-02;2026-12-20;100%\n")
                                .toUtf8());
                 file.close(); // written out before the dialog reads it
             }
             return std::make_unique<ui::SickListImportDialog>(workspace, path);
         }},
        {QStringLiteral("older-file"),
         [](core::Workspace& workspace, core::Settings&) {
             return std::make_unique<ui::OlderFileDialog>(workspace, QStringLiteral("/hem/enhet.koordinera"),
                                                          QStringLiteral("Filen saknar sina 2 senaste sparningar."));
         }},
        {QStringLiteral("restore"),
         [](core::Workspace& workspace, core::Settings&) {
             return std::make_unique<ui::RestoreDialog>(workspace, QStringLiteral("/hem/enhet-kopia.koordinera"),
                                                        QStringLiteral("/hem/säkerhetskopior"));
         }},
        {QStringLiteral("print-preview"),
         [](core::Workspace&, core::Settings&) {
             core::Document document;
             document.title1(QStringLiteral("Gemensam handlingsplan"))
                 .paragraph(QStringLiteral("Åtgärder, ansvariga och uppföljning."));
             return std::make_unique<ui::DocumentPreviewDialog>(
                 QList<core::Document>{document}, QStringLiteral("Patienten"), [](core::DocumentRecord&) {});
         }},
        {QStringLiteral("help"),
         [](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::HelpWindow>();
         }},
        // The family profile's (issue 23).
        {QStringLiteral("profile"),
         [](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::ProfileDialog>(QStringLiteral("familjestöd.koordinera"));
         }},
        // The region's server (issue 25), with a long CA path as a region's file share has.
        {QStringLiteral("server"),
         [](core::Workspace&, core::Settings&) {
             core::ServerProfile profile;
             profile.host = QStringLiteral("koordinera-db01.region-vastra-gotaland.se");
             profile.database = QStringLiteral("koordinera");
             profile.user = QStringLiteral("anna_lindberg");
             profile.unit = QStringLiteral("VC-ÖSTERMALM-NORRA");
             profile.caFile = QStringLiteral("/mnt/regionen/certifikat/region-vastra-gotaland-rot-ca-2026.pem");
             return std::make_unique<ui::ServerDialog>(profile);
         }},
        {QStringLiteral("parent"),
         [today](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::ParentDialog>(today);
         }},
        {QStringLiteral("child"),
         [today](core::Workspace&, core::Settings&) {
             return std::make_unique<ui::ChildDialog>(core::FamilyChild{}, today);
         }},
        {QStringLiteral("follow-up"),
         [](core::Workspace&, core::Settings&) {
             core::FamilyParent first;
             first.occupationAtStart = core::ParentOccupation::ParentalLeave;
             first.ratingAtStart = 2;
             core::FamilyParent second;
             second.position = 2;
             return std::make_unique<ui::FollowUpDialog>(
                 QList<core::FamilyParent>{first, second},
                 QStringList{QStringLiteral("Åsa Öhman-Ekström"), QStringLiteral("Jörgen Öhman")},
                 core::FamilyNetwork{});
         }},
    };
}

} // namespace koordinera::tests
