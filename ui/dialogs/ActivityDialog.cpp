// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ActivityDialog.h"

#include "core/domain/ConsentRules.h"
#include "core/domain/DomainText.h"
#include "ui/TextColors.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace koordinera::ui {

ActivityDialog::ActivityDialog(const core::Activity& activity, const QList<core::Actor>& caseActors,
                               const QList<core::KvaCode>& kvaCodes, const QList<core::Consent>& consents,
                               const QDate& today, QWidget* parent)
    : RecordDialog(activity.id ? tr("Correct entry") : tr("New entry in the activity log"), parent),
      m_activity(activity), m_actors(caseActors), m_consents(consents), m_today(today),
      m_when(new QDateTimeEdit(activity.occurredAt, this)), m_kind(new QComboBox(this)), m_mode(new QComboBox(this)),
      m_actor(new QComboBox(this)), m_counterpart(new QLineEdit(activity.counterpart, this)),
      m_kva(new QComboBox(this)), m_note(new QPlainTextEdit(activity.note, this)), m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("activityDialog"));
    m_when->setObjectName(QStringLiteral("whenEdit"));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    m_when->calendarWidget()->setFirstDayOfWeek(Qt::Monday);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (auto kind : core::text::allValues<core::ActivityKind>())
        m_kind->addItem(core::text::labelOf(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(activity.kind)));
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    for (auto mode : core::text::allValues<core::ContactMode>())
        m_mode->addItem(core::text::labelOf(mode), int(mode));
    m_mode->setCurrentIndex(m_mode->findData(int(activity.mode)));
    m_actor->setObjectName(QStringLiteral("actorCombo"));
    m_actor->addItem(tr("The patient / no organisation"), 0);
    for (const auto& actor : caseActors)
        m_actor->addItem(actor.name, actor.id);
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(activity.actorId)));
    m_counterpart->setObjectName(QStringLiteral("counterpartEdit"));
    m_counterpart->setPlaceholderText(tr("E.g. the patient, line manager, physician"));
    m_kva->setObjectName(QStringLiteral("kvaCombo"));
    m_kva->addItem(tr("No KVÅ code"), QString());
    for (const auto& code : kvaCodes)
        m_kva->addItem(QStringLiteral("%1 – %2").arg(code.code, code.text), code.code);
    if (!activity.kvaCode.isEmpty() && m_kva->findData(activity.kvaCode) < 0)
        m_kva->addItem(activity.kvaCode, activity.kvaCode); // an inactivated code stays on old entries
    m_kva->setCurrentIndex(std::max(0, m_kva->findData(activity.kvaCode)));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 8);
    m_warning->setObjectName(QStringLiteral("consentWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(toneStyle(TextTone::Warning, palette()));

    formErrors().addRow(form(), tr("&When"), m_when, QStringLiteral("occurredAt"));
    form()->addRow(tr("&Kind"), m_kind);
    form()->addRow(tr("&Mode"), m_mode);
    form()->addRow(tr("&Organisation"), m_actor);
    form()->addRow(tr("&Counterpart"), m_counterpart);
    form()->addRow(tr("K&VÅ code"), m_kva);
    formErrors().addRow(form(), tr("&Note"), m_note, QStringLiteral("note"));
    form()->addRow(QString(), m_warning);
    if (activity.id) {
        auto* info =
            new QLabel(tr("The earlier text is kept in the entry's history, with who wrote it and when."), this);
        info->setWordWrap(true);
        form()->addRow(QString(), info);
    }
    connect(m_note, &QPlainTextEdit::textChanged, this, &ActivityDialog::revalidate);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &ActivityDialog::updateConsentWarning);
    updateConsentWarning();
    resize(620, sizeHint().height());
}

void ActivityDialog::updateConsentWarning()
{
    const qint64 actorId = m_actor->currentData().toLongLong();
    QString text;
    for (const auto& actor : m_actors) {
        if (actor.id == actorId) {
            if (const auto warning = core::ConsentRules::checkActor(actor, m_consents, m_today))
                text = warning->message();
        }
    }
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
}

core::Activity ActivityDialog::activity() const
{
    core::Activity activity = m_activity;
    activity.occurredAt = m_when->dateTime();
    activity.kind = core::ActivityKind(m_kind->currentData().toInt());
    activity.mode = core::ContactMode(m_mode->currentData().toInt());
    activity.actorId = m_actor->currentData().toLongLong();
    activity.counterpart = m_counterpart->text().trimmed();
    activity.kvaCode = m_kva->currentData().toString();
    activity.note = m_note->toPlainText().trimmed();
    // The service stamps who wrote the entry and when; the dialog validates only what the user fills in.
    if (activity.recordedBy.isEmpty())
        activity.recordedBy = QStringLiteral("-");
    return activity;
}

core::FieldErrors ActivityDialog::validate() const
{
    return core::Validation::activity(activity());
}

} // namespace koordinera::ui
