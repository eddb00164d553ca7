// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ProfileDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

// An option with what it means under it, indented to the button's text (in the text's own colour: grey would
// be too faint to read).
QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(24);
    return label;
}

} // namespace

ProfileDialog::ProfileDialog(const QString& fileName, QWidget* parent)
    : QDialog(parent), m_rehab(new QRadioButton(tr("&Rehabilitation coordination (primary care clinic)"), this)),
      m_family(new QRadioButton(tr("Coordinator for &parents (municipality)"), this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("New database %1").arg(fileName));
    m_rehab->setObjectName(QStringLiteral("rehabProfileButton"));
    m_family->setObjectName(QStringLiteral("familyProfileButton"));
    m_rehab->setChecked(true);

    auto* question = new QLabel(tr("<b>Which work will the database hold?</b>"), this);
    auto* kept =
        new QLabel(tr("The choice is kept for the file's life. Each kind of work needs its own database."), this);
    kept->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addSpacing(6);
    layout->addWidget(m_rehab);
    layout->addWidget(explanation(tr("Sick-listed patients: the rehabilitation chain, Försäkringskassan, the employer "
                                     "and the joint action plan, under the Patient Data Act."),
                                  this));
    layout->addSpacing(6);
    layout->addWidget(m_family);
    layout->addWidget(explanation(tr("Support to parents of children with disabilities: the family, the network "
                                     "around the child, the joint plan and the follow-up at the start and the end, "
                                     "documented under the Social Services Act."),
                                  this));
    layout->addSpacing(10);
    layout->addWidget(kept);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

core::Profile ProfileDialog::profile() const
{
    return m_family->isChecked() ? core::Profile::Family : core::Profile::Rehab;
}

void ProfileDialog::setProfile(core::Profile profile)
{
    (profile == core::Profile::Family ? m_family : m_rehab)->setChecked(true);
}

} // namespace koordinera::ui
