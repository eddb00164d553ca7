// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/PlanCompareDialog.h"

#include "core/domain/PlanRules.h"
#include "ui/Format.h"
#include "ui/TextColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

QString versionLabel(const core::PlanVersion& version)
{
    return version.isDraft() ? PlanCompareDialog::tr("Version %1 (draft)").arg(version.version)
                             : PlanCompareDialog::tr("Version %1, adopted %2")
                                   .arg(version.version)
                                   .arg(format::date(version.adoptedOn));
}

QString cell(const QString& text)
{
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString kindText(core::PlanChange::Kind kind)
{
    switch (kind) {
    case core::PlanChange::Kind::Field:
        return PlanCompareDialog::tr("Changed");
    case core::PlanChange::Kind::ActionAdded:
        return PlanCompareDialog::tr("New action");
    case core::PlanChange::Kind::ActionRemoved:
        return PlanCompareDialog::tr("Action removed");
    case core::PlanChange::Kind::ActionChanged:
        return PlanCompareDialog::tr("Action changed");
    }
    return {};
}

} // namespace

PlanCompareDialog::PlanCompareDialog(QList<core::PlanVersion> versions, QHash<qint64, QString> actorNames,
                                     QWidget* parent)
    : QDialog(parent), m_versions(std::move(versions)), m_actorNames(std::move(actorNames)),
      m_before(new QComboBox(this)), m_after(new QComboBox(this)), m_changes(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("planCompareDialog"));
    setWindowTitle(tr("Compare versions of the plan"));
    m_before->setObjectName(QStringLiteral("compareBeforeCombo"));
    m_after->setObjectName(QStringLiteral("compareAfterCombo"));
    m_changes->setObjectName(QStringLiteral("compareChanges"));
    for (const auto& version : m_versions) {
        m_before->addItem(versionLabel(version), version.version);
        m_after->addItem(versionLabel(version), version.version);
    }
    // The usual question: what changed in the newest version since the one before it.
    m_after->setCurrentIndex(int(m_versions.size()) - 1);
    m_before->setCurrentIndex(std::max(0, int(m_versions.size()) - 2));
    connect(m_before, &QComboBox::currentIndexChanged, this, &PlanCompareDialog::showChanges);
    connect(m_after, &QComboBox::currentIndexChanged, this, &PlanCompareDialog::showChanges);

    m_changes->setAccessibleName(tr("Changes between the versions"));
    auto* from = new QLabel(tr("&From"), this);
    from->setBuddy(m_before);
    auto* to = new QLabel(tr("&to"), this);
    to->setBuddy(m_after);
    auto* choose = new QHBoxLayout;
    choose->addWidget(from);
    choose->addWidget(m_before, 1);
    choose->addWidget(to);
    choose->addWidget(m_after, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
    resize(860, 560);
    showChanges();
}

void PlanCompareDialog::compare(int before, int after)
{
    m_before->setCurrentIndex(m_before->findData(before));
    m_after->setCurrentIndex(m_after->findData(after));
    showChanges();
}

void PlanCompareDialog::showChanges()
{
    const int before = m_before->currentIndex();
    const int after = m_after->currentIndex();
    if (before < 0 || after < 0) {
        m_changes->setHtml(tr("<p>The plan has only one version.</p>"));
        return;
    }
    if (before == after) {
        m_changes->setHtml(tr("<p>Choose two different versions.</p>"));
        return;
    }
    const auto changes = core::PlanRules::compare(m_versions.at(before), m_versions.at(after), m_actorNames);
    if (changes.isEmpty()) {
        m_changes->setHtml(tr("<p>The versions have the same content.</p>"));
        return;
    }
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='6' border='0'>"
                                  "<tr style='background:#eef2f6'><th align='left'>%1</th><th align='left'>%2</th>"
                                  "<th align='left'>%3</th><th align='left'>%4</th></tr>")
                       .arg(tr("Change"), tr("What"), m_before->currentText().toHtmlEscaped(),
                            m_after->currentText().toHtmlEscaped());
    for (const auto& change : changes) {
        html +=
            QStringLiteral("<tr><td valign='top'>%1</td><td valign='top'><b>%2</b></td>"
                           "<td valign='top' style='color:%5'>%3</td>"
                           "<td valign='top' style='color:%6'>%4</td></tr>")
                .arg(kindText(change.kind).toHtmlEscaped(), cell(change.what), cell(change.before), cell(change.after),
                     toneColor(TextTone::Error, palette()).name(), toneColor(TextTone::Success, palette()).name());
    }
    html += QStringLiteral("</table>");
    m_changes->setHtml(html);
}

QString PlanCompareDialog::changesText() const
{
    return m_changes->toPlainText();
}

} // namespace koordinera::ui
