// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/AboutDialog.h"

#include "core/about/BuildInfo.h"
#include "core/server/PgConnection.h"
#include "core/xlsx/XlsxReader.h"
#include "core/xlsx/XlsxWriter.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

QList<core::Component> allComponents()
{
    QList<core::Component> components = core::coreComponents();
    // Qt Charts is offered under the GPL (not the LGPL like the rest of Qt), which Koordinera's licence meets.
    components.append({QStringLiteral("Qt Charts"), QStringLiteral(QT_VERSION_STR), QStringLiteral("GPL-3.0-only"),
                       QStringLiteral("https://www.qt.io/")});
    components.append(core::XlsxWriter::library());
    components.append(core::XlsxReader::library());
    components.append(core::PgConnection::library());
    return components;
}

// A rich-text table in a label: it grows with the text (no scroll bars at large text sizes) and a screen
// reader reads it as it stands.
QLabel* componentTable(QWidget* parent)
{
    QString rows = QStringLiteral("<tr><th align=left>%1</th><th align=left>%2</th><th align=left>%3</th></tr>")
                       .arg(AboutDialog::tr("Library"), AboutDialog::tr("Version"), AboutDialog::tr("Licence"));
    for (const core::Component& component : allComponents()) {
        rows += QStringLiteral("<tr><td><a href=\"%1\">%2</a></td><td>%3</td><td>%4</td></tr>")
                    .arg(component.url.toHtmlEscaped(), component.name.toHtmlEscaped(),
                         component.version.toHtmlEscaped(), component.licence.toHtmlEscaped());
    }
    auto* table = new QLabel(QStringLiteral("<table cellspacing=0 cellpadding=3>%1</table>").arg(rows), parent);
    table->setObjectName(QStringLiteral("componentTable"));
    table->setAccessibleName(AboutDialog::tr("Libraries Koordinera is built on"));
    table->setTextFormat(Qt::RichText);
    table->setOpenExternalLinks(true);
    return table;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Koordinera"));
    const core::BuildInfo build = core::BuildInfo::current();

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/se.koordinera.Koordinera.png")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto* title = new QLabel(QStringLiteral("<h2>Koordinera %1</h2>").arg(build.version.toHtmlEscaped()), this);
    auto* buildLine = new QLabel(
        tr("Build %1")
            .arg(build.commit + (build.commitDate.isEmpty() ? QString() : QStringLiteral(", ") + build.commitDate)),
        this);
    buildLine->setObjectName(QStringLiteral("buildLabel"));
    buildLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* text = new QLabel(
        tr("<p>Case files, joint action plans, meetings and follow-ups for rehabilitation coordinators in primary "
           "care.</p><p>Koordinera is free software: you may share and change it under the GNU General Public "
           "License, version 3 or (at your option) any later version. It comes with no warranty. See "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">gnu.org/licenses/gpl-3.0</a>.</p>"
           "<p>It is built on these libraries:</p>"),
        this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(buildLine);
    column->addWidget(text);
    column->addWidget(componentTable(this));
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(column, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    // In characters, not pixels, so that the text wraps the same way at every text size.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

} // namespace koordinera::ui
