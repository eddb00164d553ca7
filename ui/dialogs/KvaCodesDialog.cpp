// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/KvaCodesDialog.h"

#include "core/domain/Validation.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "ui/models/RecordTableModel.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/FormErrors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace koordinera::ui {

KvaCodesDialog::KvaCodesDialog(core::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace),
      m_model(new RecordTableModel({tr("Code"), tr("Description"), tr("In use")}, this)), m_table(new QTableView(this)),
      m_code(new QLineEdit(this)), m_text(new QLineEdit(this)), m_error(FormErrors::makeErrorLabel(this))
{
    setObjectName(QStringLiteral("kvaCodesDialog"));
    setWindowTitle(tr("KVÅ codes"));
    m_table->setObjectName(QStringLiteral("kvaTable"));
    m_table->setAccessibleName(tr("KVÅ codes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_code->setObjectName(QStringLiteral("kvaCodeEdit"));
    m_code->setPlaceholderText(tr("Code, e.g. GC001"));
    m_code->setMaximumWidth(140);
    m_text->setObjectName(QStringLiteral("kvaTextEdit"));
    m_text->setPlaceholderText(tr("What the code stands for"));

    auto* toggle = new QPushButton(tr("Take out of use / back in use"), this);
    toggle->setObjectName(QStringLiteral("toggleKvaButton"));
    connect(toggle, &QPushButton::clicked, this, &KvaCodesDialog::toggleSelected);
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addKvaButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (addCode(m_code->text(), m_text->text())) {
            m_code->clear();
            m_text->clear();
        }
    });
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);

    chainTabOrder({m_table, toggle, m_code, m_text, add});
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_code);
    addRow->addWidget(m_text, 1);
    addRow->addWidget(add);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The codes offered when you record an activity. Codes in use on earlier entries "
                                    "stay on them when taken out of use."),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addWidget(toggle, 0, Qt::AlignRight);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(640, 420);
    refresh();
}

void KvaCodesDialog::refresh()
{
    QList<RecordTableModel::Row> rows;
    qint64 index = 0;
    for (const auto& code : m_workspace.activities().kvaCodes(false)) {
        rows.append({++index,
                     {code.code, code.text, code.active ? tr("Yes") : tr("No")},
                     code.active ? RecordTableModel::Tone::Normal : RecordTableModel::Tone::Muted,
                     {}});
    }
    m_model->setRows(rows);
}

bool KvaCodesDialog::addCode(const QString& code, const QString& text)
{
    if (!FormErrors::saveShowing(m_error, [&] { m_workspace.activities().saveKvaCode({code, text, true}); }))
        return false;
    refresh();
    return true;
}

void KvaCodesDialog::toggleSelected()
{
    const auto* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return;
    const auto codes = m_workspace.activities().kvaCodes(false);
    const int position = int(row->id) - 1;
    if (position < 0 || position >= codes.size())
        return;
    auto code = codes.at(position);
    code.active = !code.active;
    m_workspace.activities().saveKvaCode(code);
    refresh();
    m_table->selectRow(position);
}

} // namespace koordinera::ui
