// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PlanRules.h"

#include "core/domain/DomainText.h"

#include <QCoreApplication>
#include <algorithm>

namespace koordinera::core::PlanRules {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("PlanRules", text);
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString dateTimeText(const QDateTime& at)
{
    return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

void compareField(QList<PlanChange>& changes, const char* label, const QString& before, const QString& after)
{
    if (before.trimmed() != after.trimmed())
        changes.append({PlanChange::Kind::Field, translated(label), before, after});
}

QString actionSummary(const PlanAction& action, const QHash<qint64, QString>& actorNames)
{
    QStringList parts{responsibleText(action, actorNames), text::labelOf(action.status)};
    if (action.startDate.isValid() || action.dueDate.isValid())
        parts << dateText(action.startDate) + QStringLiteral("–") + dateText(action.dueDate);
    if (!action.result.trimmed().isEmpty())
        parts << action.result.trimmed();
    if (action.status == ActionStatus::Cancelled && !action.cancelReason.trimmed().isEmpty())
        parts << action.cancelReason.trimmed();
    return parts.join(QStringLiteral(" · "));
}

} // namespace

FieldErrors action(const PlanAction& action)
{
    FieldErrors errors;
    if (action.description.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("description"), QCoreApplication::translate("PlanRules", "Describe the action.")});
    if (action.responsibleKind == ResponsibleKind::Actor && action.responsibleActorId <= 0)
        errors.append({QStringLiteral("responsible"),
                       QCoreApplication::translate("PlanRules", "Choose the party responsible for the action.")});
    if (action.startDate.isValid() && action.dueDate.isValid() && action.dueDate < action.startDate)
        errors.append({QStringLiteral("dueDate"),
                       QCoreApplication::translate("PlanRules", "The action cannot end before it starts.")});
    if (action.status == ActionStatus::Cancelled && action.cancelReason.trimmed().isEmpty())
        errors.append({QStringLiteral("cancelReason"),
                       QCoreApplication::translate("PlanRules", "Say why the action was cancelled.")});
    return errors;
}

FieldErrors draft(const PlanVersion& draft)
{
    FieldErrors errors;
    for (qsizetype i = 0; i < draft.actions.size(); ++i) {
        for (const FieldError& error : action(draft.actions.at(i)))
            errors.append({QStringLiteral("action.%1.%2").arg(i + 1).arg(error.field), error.message});
    }
    return errors;
}

FieldErrors adoption(const PlanVersion& plan)
{
    FieldErrors errors = draft(plan);
    if (plan.actions.isEmpty())
        errors.append({QStringLiteral("actions"),
                       QCoreApplication::translate("PlanRules", "Add at least one action before adopting the plan.")});
    if (plan.overallResponsible.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("overallResponsible"),
             QCoreApplication::translate("PlanRules", "Name who has the overall responsibility for the plan.")});
    if (!plan.followUpAt.isValid())
        errors.append({QStringLiteral("followUpAt"),
                       QCoreApplication::translate("PlanRules", "Book the next follow-up before adopting the plan.")});
    return errors;
}

QStringList recipientsWithoutCopy(const QStringList& distribution, const QStringList& copiesTo)
{
    QStringList missing;
    for (const QString& recipient : distribution) {
        const QString wanted = recipient.trimmed();
        if (wanted.isEmpty())
            continue;
        const bool served = std::any_of(copiesTo.cbegin(), copiesTo.cend(), [&wanted](const QString& copy) {
            return copy.contains(wanted, Qt::CaseInsensitive);
        });
        if (!served)
            missing.append(wanted);
    }
    return missing;
}

QString responsibleText(const PlanAction& action, const QHash<qint64, QString>& actorNames)
{
    QString party;
    switch (action.responsibleKind) {
    case ResponsibleKind::Patient:
        party = QCoreApplication::translate("PlanRules", "The patient");
        break;
    case ResponsibleKind::CareUnit:
        party = QCoreApplication::translate("PlanRules", "The care unit");
        break;
    case ResponsibleKind::Actor:
        party = actorNames.value(action.responsibleActorId, QCoreApplication::translate("PlanRules", "Unknown party"));
        break;
    }
    const QString person = action.responsiblePerson.trimmed();
    return person.isEmpty() ? party : party + QStringLiteral(" (") + person + QLatin1Char(')');
}

namespace {

bool sameAction(const PlanAction& a, const PlanAction& b)
{
    return a.actionKey == b.actionKey && a.description.trimmed() == b.description.trimmed() &&
           a.responsibleKind == b.responsibleKind && a.responsibleActorId == b.responsibleActorId &&
           a.responsiblePerson.trimmed() == b.responsiblePerson.trimmed() && a.startDate == b.startDate &&
           a.dueDate == b.dueDate && a.status == b.status && a.cancelReason.trimmed() == b.cancelReason.trimmed() &&
           a.result.trimmed() == b.result.trimmed() && a.meetingId == b.meetingId;
}

} // namespace

bool sameContent(const PlanVersion& a, const PlanVersion& b)
{
    return a.caseId == b.caseId && a.version == b.version && a.adoptedOn == b.adoptedOn &&
           a.background.trimmed() == b.background.trimmed() && a.patientGoal.trimmed() == b.patientGoal.trimmed() &&
           a.sharedGoal.trimmed() == b.sharedGoal.trimmed() &&
           a.overallResponsible.trimmed() == b.overallResponsible.trimmed() && a.followUpAt == b.followUpAt &&
           a.followUpPlace.trimmed() == b.followUpPlace.trimmed() &&
           a.followUpWho.trimmed() == b.followUpWho.trimmed() && a.distribution == b.distribution &&
           a.consentId == b.consentId && a.patientApprovedOn == b.patientApprovedOn &&
           std::equal(a.actions.cbegin(), a.actions.cend(), b.actions.cbegin(), b.actions.cend(), sameAction);
}

QList<PlanChange> compare(const PlanVersion& before, const PlanVersion& after, const QHash<qint64, QString>& actorNames)
{
    QList<PlanChange> changes;
    compareField(changes, QT_TRANSLATE_NOOP("PlanRules", "Background and current situation"), before.background,
                 after.background);
    compareField(changes, QT_TRANSLATE_NOOP("PlanRules", "The patient's goal"), before.patientGoal, after.patientGoal);
    compareField(changes, QT_TRANSLATE_NOOP("PlanRules", "Shared goal"), before.sharedGoal, after.sharedGoal);
    compareField(changes, QT_TRANSLATE_NOOP("PlanRules", "Overall responsibility"), before.overallResponsible,
                 after.overallResponsible);
    compareField(changes, QT_TRANSLATE_NOOP("PlanRules", "Next follow-up"),
                 dateTimeText(before.followUpAt) + QLatin1Char(' ') + before.followUpPlace + QLatin1Char(' ') +
                     before.followUpWho,
                 dateTimeText(after.followUpAt) + QLatin1Char(' ') + after.followUpPlace + QLatin1Char(' ') +
                     after.followUpWho);
    compareField(changes, QT_TRANSLATE_NOOP("PlanRules", "Copies to"), before.distribution.join(QStringLiteral(", ")),
                 after.distribution.join(QStringLiteral(", ")));
    compareField(changes, QT_TRANSLATE_NOOP("PlanRules", "Approved by the patient"), dateText(before.patientApprovedOn),
                 dateText(after.patientApprovedOn));

    QHash<qint64, const PlanAction*> earlier;
    for (const PlanAction& action : before.actions)
        earlier.insert(action.actionKey, &action);
    for (const PlanAction& action : after.actions) {
        const PlanAction* old = earlier.take(action.actionKey);
        if (!old) {
            changes.append({PlanChange::Kind::ActionAdded, action.description, {}, actionSummary(action, actorNames)});
            continue;
        }
        const QString oldText = old->description.trimmed() + QLatin1Char('\n') + actionSummary(*old, actorNames);
        const QString newText = action.description.trimmed() + QLatin1Char('\n') + actionSummary(action, actorNames);
        if (oldText != newText)
            changes.append({PlanChange::Kind::ActionChanged, action.description, oldText, newText});
    }
    for (const PlanAction& action : before.actions) {
        if (earlier.contains(action.actionKey))
            changes.append(
                {PlanChange::Kind::ActionRemoved, action.description, actionSummary(action, actorNames), {}});
    }
    return changes;
}

} // namespace koordinera::core::PlanRules
