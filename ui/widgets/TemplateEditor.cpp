// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/TemplateEditor.h"

#include "core/exchange/OutputFile.h"
#include "ui/Prompts.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/FormFields.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace koordinera::ui {

namespace {

// A template file holds a few pages of text; anything much larger is not one.
constexpr qint64 MaxFileBytes = 1024 * 1024;

QString fileFilter()
{
    return TemplateEditor::tr("Koordinera templates (*.kmallar)");
}

} // namespace

TemplateEditor::TemplateEditor(const core::DocumentTemplates& templates, std::function<QString()> unitName,
                               QWidget* parent)
    : QWidget(parent), m_templates(templates), m_unitName(std::move(unitName)), m_kind(new QComboBox(this)),
      m_text(makeTextEdit(QString(), 9, this, true)), m_fields(new QLabel(this)),
      m_builtIn(new QPushButton(tr("Use the &built-in text"), this)),
      m_export(new QPushButton(tr("E&xport templates…"), this)),
      m_import(new QPushButton(tr("I&mport templates…"), this))
{
    setObjectName(QStringLiteral("templateEditor"));
    m_kind->setObjectName(QStringLiteral("templateKindCombo"));
    m_text->setObjectName(QStringLiteral("templateEdit"));
    m_builtIn->setObjectName(QStringLiteral("builtInTemplateButton"));
    m_export->setObjectName(QStringLiteral("exportTemplatesButton"));
    m_import->setObjectName(QStringLiteral("importTemplatesButton"));
    for (core::TemplateKind kind : core::DocumentTemplates::kinds())
        m_kind->addItem(core::DocumentTemplates::label(kind), int(kind));
    m_fields->setWordWrap(true);
    m_fields->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_fields);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_builtIn);
    buttons->addStretch();
    buttons->addWidget(m_export);
    buttons->addWidget(m_import);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplateEditor::loadSelected);
    connect(m_builtIn, &QPushButton::clicked, this,
            [this] { m_text->setPlainText(core::DocumentTemplates::builtIn(shownKind())); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (!hasOwnTexts()) {
            Prompts::inform(this, tr("Every text is still the built-in one, which every unit already has. Write your "
                                     "own first; the file carries the texts you wrote."));
            return;
        }
        const QString path =
            Prompts::chooseFile(this, Prompts::FileRequest::toSave(tr("Export templates"), fileFilter(),
                                                                   tr("templates.kmallar"), QStringLiteral("kmallar")));
        if (!path.isEmpty() && exportFile(path))
            Prompts::inform(this, tr("The templates were saved. Another unit can import them under Settings › "
                                     "Documents."));
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path =
            Prompts::chooseFile(this, Prompts::FileRequest::toOpen(tr("Import templates"), fileFilter()));
        if (!path.isEmpty())
            importFile(path);
    });
    chainTabOrder({m_kind, m_text, m_builtIn, m_export, m_import});
    loadSelected();
}

void TemplateEditor::loadSelected()
{
    keepShownText();
    const core::TemplateKind kind = shownKind();
    m_shownIndex = m_kind->currentIndex();
    m_text->setPlainText(m_templates.text(kind));
    const QString place = core::DocumentTemplates::placeField(kind);
    QStringList words = core::DocumentTemplates::fields(kind);
    words.removeAll(place);
    QString fields = tr("These words are replaced by the case's own: %1.").arg(words.join(QStringLiteral(", ")));
    if (!place.isEmpty())
        fields += QLatin1Char(' ') + tr("%1 marks where the document's own part goes.").arg(place);
    m_fields->setText(fields);
}

core::TemplateKind TemplateEditor::shownKind() const
{
    return core::TemplateKind(m_kind->currentData().toInt());
}

void TemplateEditor::showKind(core::TemplateKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void TemplateEditor::keepShownText()
{
    if (m_shownIndex >= 0)
        m_templates.setText(core::TemplateKind(m_kind->itemData(m_shownIndex).toInt()), m_text->toPlainText());
}

core::DocumentTemplates TemplateEditor::templates() const
{
    core::DocumentTemplates templates = m_templates;
    templates.setText(shownKind(), m_text->toPlainText());
    return templates;
}

bool TemplateEditor::hasOwnTexts() const
{
    const core::DocumentTemplates current = templates();
    const auto kinds = core::DocumentTemplates::kinds();
    return std::any_of(kinds.begin(), kinds.end(), [&current](core::TemplateKind kind) { return current.isOwn(kind); });
}

bool TemplateEditor::exportFile(const QString& path)
{
    const core::ExportResult result = core::OutputFile::write(
        path, core::TemplateFile::write(templates(), m_unitName(), QDateTime::currentDateTime()));
    if (!result.written() && result.status == core::ExportResult::Status::Failed)
        Prompts::error(this, result.error);
    return result.written();
}

bool TemplateEditor::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Prompts::error(this, tr("The file could not be opened: %1").arg(file.errorString()));
        return false;
    }
    if (file.size() > MaxFileBytes) {
        Prompts::error(this, tr("The file is too large to be a template file."));
        return false;
    }
    QString error;
    const auto contents = core::TemplateFile::read(file.readAll(), &error);
    if (!contents) {
        Prompts::error(this, error);
        return false;
    }
    QStringList names;
    for (core::TemplateKind kind : contents->kinds)
        names << QStringLiteral("• ") + core::DocumentTemplates::label(kind);
    const QString from = contents->unitName.isEmpty() ? tr("another unit") : contents->unitName;
    if (!Prompts::confirm(this,
                          tr("Use the templates from %1? They replace your texts for:\n%2\n\nNothing is saved "
                             "until you press OK in the settings.")
                              .arg(from, names.join(QLatin1Char('\n'))),
                          tr("&Use the templates")))
        return false;
    keepShownText();
    for (core::TemplateKind kind : contents->kinds)
        m_templates.setText(kind, contents->templates.text(kind));
    m_text->setPlainText(m_templates.text(shownKind()));
    return true;
}

} // namespace koordinera::ui
