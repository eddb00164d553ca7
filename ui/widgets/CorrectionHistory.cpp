// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/CorrectionHistory.h"

#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/TextColors.h"

#include <QCoreApplication>
#include <QDialog>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace koordinera::ui {

QString correctionHistoryHtml(const QList<core::Correction>& history, const QPalette& palette)
{
    if (history.isEmpty())
        return {};
    QString html = QStringLiteral("<h4>%1</h4>")
                       .arg(QCoreApplication::translate("CorrectionHistory", "Earlier versions (%1)")
                                .arg(history.size())
                                .toHtmlEscaped());
    for (auto version = history.crbegin(); version != history.crend(); ++version) {
        html += QStringLiteral("<p style='color:%1'>%2</p><p>%3</p>")
                    .arg(toneColor(TextTone::Quiet, palette).name(),
                         QCoreApplication::translate("CorrectionHistory", "Until %1, when %2 changed it:")
                             .arg(format::dateTime(version->replacedAt.toLocalTime()), version->replacedBy)
                             .toHtmlEscaped(),
                         version->earlier.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    return html;
}

void showCorrectionHistory(QWidget* parent, const QString& title, const QList<core::Correction>& history)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("correctionHistoryDialog"));
    dialog.setWindowTitle(title);
    auto* browser = new QTextBrowser(&dialog);
    browser->setObjectName(QStringLiteral("correctionHistory"));
    browser->setHtml(correctionHistoryHtml(history, dialog.palette()));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    auto* close = new QPushButton(QCoreApplication::translate("CorrectionHistory", "Close"), &dialog);
    QObject::connect(close, &QPushButton::clicked, &dialog, &QDialog::accept);
    layout->addWidget(close, 0, Qt::AlignRight);
    dialog.resize(620, 480);
    Prompts::exec(dialog);
}

} // namespace koordinera::ui
