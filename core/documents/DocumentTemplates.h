// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace koordinera::core {

// The unit's own wording of what it sends out (issue 21): each document keeps its facts and layout, the
// template gives the words around them. Words in braces, e.g. {patient}, are replaced by the case's values.
enum class TemplateKind
{
    CoverLetter,       // the letter sent with a plan
    PatientInvitation, // the kallelse to the patient
    PartyInvitation,   // the kallelse to everyone else at the meeting
    ConsentForm,       // the form the patient signs to consent to coordination and sharing
    ImpulseLetter,     // the letter to Försäkringskassan that goes with a 4 § impuls
};

class DocumentTemplates
{
public:
    static QList<TemplateKind> kinds();
    // A stable key, used in the settings and in the shared file: "coverLetter", "consentForm"...
    static QString key(TemplateKind kind);
    static std::optional<TemplateKind> kindOfKey(const QString& key);
    static QString label(TemplateKind kind);
    // The text a unit starts from, in the program's language.
    static QString builtIn(TemplateKind kind);
    // The words a template of this kind may use. A field that marks where the document's own part goes (the
    // meeting's facts, the parties to tick) is listed last.
    static QStringList fields(TemplateKind kind);
    // The field whose place in the text holds the document's own part, or empty when the kind has none.
    static QString placeField(TemplateKind kind);

    // The unit's text, or the built-in one when it has written none.
    QString text(TemplateKind kind) const;
    bool isOwn(TemplateKind kind) const { return m_own.contains(kind); }
    // An empty text, or the built-in one, returns the kind to the built-in text.
    void setText(TemplateKind kind, const QString& text);
    bool operator==(const DocumentTemplates& other) const { return m_own == other.m_own; }

private:
    QHash<TemplateKind, QString> m_own;
};

// `text` with each {field} replaced by its value, ignoring case. An unknown {word} is left as it is, so the
// user sees it in the preview.
QString fillFields(const QString& text, const QList<QPair<QString, QString>>& values);

// The file a unit shares its templates in, so another unit can start from them: JSON, versioned, and holding
// nothing about any patient. Documented in docs/formats.md.
namespace TemplateFile {

constexpr int FormatVersion = 1;
constexpr qsizetype MaxTemplateLength = 20000;

struct Contents
{
    DocumentTemplates templates;
    QList<TemplateKind> kinds; // the kinds the file holds, in the program's order
    QString unitName;          // who shared them
    QDateTime exportedAt;
};

// Writes the texts the unit wrote itself: a kind left at the built-in text follows each reader's own program (and
// language), so it is not sent.
QByteArray write(const DocumentTemplates& templates, const QString& unitName, const QDateTime& at);
// nullopt with a message in the user's language when the bytes are not a template file this version reads.
std::optional<Contents> read(const QByteArray& bytes, QString* error);

} // namespace TemplateFile

} // namespace koordinera::core
