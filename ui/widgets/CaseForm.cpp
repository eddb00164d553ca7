// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/CaseForm.h"

#include "core/domain/DomainText.h"
#include "core/domain/Family.h"
#include "ui/widgets/FormErrors.h"
#include "ui/widgets/FormFields.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace koordinera::ui {

namespace {

template <typename E> void fillCombo(QComboBox* combo, QList<E> values)
{
    for (E value : values)
        combo->addItem(core::text::labelOf(value), int(value));
}

QWidget* rowOf(QFormLayout* form, QWidget* field)
{
    // FormErrors wraps each field in a container; hiding that container hides the row's field.
    Q_UNUSED(form);
    return field->parentWidget();
}

} // namespace

CaseForm::CaseForm(FormErrors& errors, const QList<core::Actor>& employers, QWidget* parent)
    : QWidget(parent), m_employers(employers), m_status(new QComboBox(this)), m_outcome(new QComboBox(this)),
      m_opened(makeDateEdit(this)), m_closed(makeDateEdit(this)), m_reason(new QPlainTextEdit(this)),
      m_occupation(new QComboBox(this)), m_employer(new QComboBox(this)), m_jobTasks(new QLineEdit(this)),
      m_offset(new QSpinBox(this)), m_fkDay(new QSpinBox(this)),
      m_fkDate(new OptionalDateEdit(tr("Confirmed on"), this))
{
    m_status->setObjectName(QStringLiteral("statusCombo"));
    auto statuses = core::text::allValues<core::CaseStatus>();
    fillCombo(m_status, statuses);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    fillOutcomes(core::Profile::Rehab);
    m_opened->setObjectName(QStringLiteral("openedEdit"));
    m_closed->setObjectName(QStringLiteral("closedEdit"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_reason->setPlaceholderText(tr("E.g. needs support in contacts with the employer and "
                                    "Försäkringskassan"));
    m_occupation->setObjectName(QStringLiteral("occupationCombo"));
    fillCombo(m_occupation, core::text::allValues<core::Occupation>());
    m_employer->setObjectName(QStringLiteral("employerCombo"));
    m_employer->setEditable(true);
    m_employer->setInsertPolicy(QComboBox::NoInsert);
    m_employer->addItem(QString(), 0);
    for (const auto& employer : employers)
        m_employer->addItem(employer.name, employer.id);
    m_employer->lineEdit()->setPlaceholderText(tr("Choose or type a new employer"));
    m_jobTasks->setObjectName(QStringLiteral("jobTasksEdit"));
    m_offset->setObjectName(QStringLiteral("offsetSpin"));
    m_offset->setRange(0, 3650);
    showAsDays(m_offset);
    m_offset->setToolTip(tr("Sick days from earlier periods that count towards the rehabilitation chain."));
    m_fkDay->setObjectName(QStringLiteral("fkDaySpin"));
    m_fkDay->setRange(1, 3650);
    m_fkDay->setPrefix(tr("day "));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    errors.addRow(form, tr("S&tatus"), m_status, QStringLiteral("status"));
    errors.addRow(form, tr("Reason for &closing"), m_outcome, QStringLiteral("outcome"));
    m_outcomeRow = rowOf(form, m_outcome);
    errors.addRow(form, tr("&Opened"), m_opened, QStringLiteral("openedOn"));
    errors.addRow(form, tr("Closed"), m_closed, QStringLiteral("closedOn"));
    m_closedRow = rowOf(form, m_closed);
    errors.addRow(form, tr("&Why coordination"), m_reason, QStringLiteral("reasonOffered"));
    form->addRow(tr("Occ&upation"), m_occupation);
    form->addRow(tr("&Employer"), m_employer);
    form->addRow(tr("&Job tasks"), m_jobTasks);
    errors.addRow(form, tr("Earlier sick days"), m_offset, QStringLiteral("offsetDays"));
    auto* fkRow = new QWidget(this);
    auto* fkLayout = new QHBoxLayout(fkRow);
    fkLayout->setContentsMargins(0, 0, 0, 0);
    fkLayout->addWidget(m_fkDay);
    fkLayout->addWidget(m_fkDate, 1);
    errors.addRow(form, tr("Day confirmed by FK"), fkRow, QStringLiteral("fkConfirmedDay"));
    m_fkRow = rowOf(form, fkRow);

    m_status->setCurrentIndex(m_status->findData(int(core::CaseStatus::Contacted)));
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseForm::updateVisibility);
    connect(m_occupation, &QComboBox::currentIndexChanged, this, &CaseForm::updateVisibility);
    for (QComboBox* combo : {m_status, m_outcome, m_occupation})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseForm::changed);
    connect(m_employer, &QComboBox::currentTextChanged, this, &CaseForm::changed);
    connect(m_opened, &QDateEdit::dateChanged, this, &CaseForm::changed);
    connect(m_closed, &QDateEdit::dateChanged, this, &CaseForm::changed);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &CaseForm::changed);
    connect(m_jobTasks, &QLineEdit::textEdited, this, &CaseForm::changed);
    connect(m_offset, &QSpinBox::valueChanged, this, &CaseForm::changed);
    connect(m_fkDay, &QSpinBox::valueChanged, this, &CaseForm::changed);
    connect(m_fkDate, &OptionalDateEdit::changed, this, &CaseForm::changed);
    connect(m_fkDate->checkBox(), &QCheckBox::toggled, m_fkDay, &QWidget::setEnabled);
    m_fkDay->setEnabled(false);
    updateVisibility();
}

void CaseForm::updateVisibility()
{
    const auto status = core::CaseStatus(m_status->currentData().toInt());
    const bool closed = status == core::CaseStatus::Closed || status == core::CaseStatus::Declined;
    m_outcomeRow->setVisible(closed);
    m_closedRow->setVisible(closed);
    if (auto* form = qobject_cast<QFormLayout*>(layout())) {
        form->labelForField(m_outcomeRow)->setVisible(closed);
        form->labelForField(m_closedRow)->setVisible(closed);
    }
    const bool employed = core::Occupation(m_occupation->currentData().toInt()) == core::Occupation::Employed;
    m_employer->setEnabled(employed);
    m_jobTasks->setEnabled(employed);
}

void CaseForm::fillOutcomes(core::Profile profile)
{
    const QVariant chosen = m_outcome->currentData();
    m_outcome->clear();
    m_outcome->addItem(core::text::labelOf(core::CaseOutcome::None), int(core::CaseOutcome::None));
    for (const core::CaseOutcome outcome : core::FamilyRules::outcomesFor(profile))
        m_outcome->addItem(core::FamilyRules::outcomeLabel(profile, outcome), int(outcome));
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(chosen)));
}

void CaseForm::setProfile(core::Profile profile)
{
    fillOutcomes(profile);
    const bool clinic = profile == core::Profile::Rehab;
    auto* form = static_cast<QFormLayout*>(layout());
    for (QWidget* field : {static_cast<QWidget*>(m_occupation), static_cast<QWidget*>(m_employer),
                           static_cast<QWidget*>(m_jobTasks), m_offset->parentWidget(), m_fkRow})
        form->setRowVisible(field, clinic);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_reason->parentWidget())))
        label->setText(clinic ? tr("&Why coordination") : tr("The family's &needs"));
    m_reason->setPlaceholderText(clinic ? tr("E.g. needs support in contacts with the employer and "
                                             "Försäkringskassan")
                                        : tr("In the family's own words, e.g. needs help to find the right "
                                             "support at school"));
}

void CaseForm::addRow(const QString& label, QWidget* field)
{
    static_cast<QFormLayout*>(layout())->addRow(label, field);
}

void CaseForm::setRowVisible(QWidget* field, bool visible)
{
    static_cast<QFormLayout*>(layout())->setRowVisible(field, visible);
}

void CaseForm::setShowFkConfirmation(bool show)
{
    m_fkRow->setVisible(show);
    if (auto* form = qobject_cast<QFormLayout*>(layout()))
        form->labelForField(m_fkRow)->setVisible(show);
}

core::CaseRecord CaseForm::caseRecord() const
{
    core::CaseRecord record = m_record;
    record.status = core::CaseStatus(m_status->currentData().toInt());
    record.outcome = core::CaseOutcome(m_outcome->currentData().toInt());
    record.openedOn = m_opened->date();
    record.closedOn = record.isClosed() ? m_closed->date() : QDate();
    record.reasonOffered = m_reason->toPlainText().trimmed();
    record.occupation = core::Occupation(m_occupation->currentData().toInt());
    const bool employed = record.occupation == core::Occupation::Employed;
    record.employerId = 0;
    if (employed) {
        const int index = m_employer->findText(m_employer->currentText().trimmed(), Qt::MatchFixedString);
        record.employerId = index > 0 ? m_employer->itemData(index).toLongLong() : 0;
    }
    record.jobTasks = employed ? m_jobTasks->text().trimmed() : QString();
    record.offsetDays = m_offset->value();
    record.fkConfirmedOn = m_fkRow->isVisible() ? m_fkDate->date() : m_record.fkConfirmedOn;
    if (m_fkRow->isVisible())
        record.fkConfirmedDay = record.fkConfirmedOn.isValid() ? std::optional<int>(m_fkDay->value()) : std::nullopt;
    return record;
}

QString CaseForm::newEmployerName() const
{
    if (core::Occupation(m_occupation->currentData().toInt()) != core::Occupation::Employed)
        return {};
    const QString text = m_employer->currentText().trimmed();
    return m_employer->findText(text, Qt::MatchFixedString) > 0 ? QString() : text;
}

void CaseForm::setCaseRecord(const core::CaseRecord& record)
{
    m_record = record;
    m_status->setCurrentIndex(m_status->findData(int(record.status)));
    m_outcome->setCurrentIndex(m_outcome->findData(int(record.outcome)));
    m_opened->setDate(record.openedOn);
    m_closed->setDate(record.closedOn.isValid() ? record.closedOn : QDate::currentDate());
    m_reason->setPlainText(record.reasonOffered);
    m_occupation->setCurrentIndex(m_occupation->findData(int(record.occupation)));
    const int employerIndex = m_employer->findData(record.employerId);
    m_employer->setCurrentIndex(employerIndex >= 0 ? employerIndex : 0);
    m_jobTasks->setText(record.jobTasks);
    m_offset->setValue(record.offsetDays);
    m_fkDay->setValue(record.fkConfirmedDay.value_or(1));
    m_fkDate->setDate(record.fkConfirmedOn);
    updateVisibility();
}

} // namespace koordinera::ui
