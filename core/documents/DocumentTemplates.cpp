// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentTemplates.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace koordinera::core {

namespace {

const QString FileFormatName = QStringLiteral("koordinera-mallar");

} // namespace

QList<TemplateKind> DocumentTemplates::kinds()
{
    return {TemplateKind::CoverLetter, TemplateKind::PatientInvitation, TemplateKind::PartyInvitation,
            TemplateKind::ConsentForm, TemplateKind::ImpulseLetter};
}

QString DocumentTemplates::key(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::CoverLetter:
        return QStringLiteral("coverLetter");
    case TemplateKind::PatientInvitation:
        return QStringLiteral("patientInvitation");
    case TemplateKind::PartyInvitation:
        return QStringLiteral("partyInvitation");
    case TemplateKind::ConsentForm:
        return QStringLiteral("consentForm");
    case TemplateKind::ImpulseLetter:
        return QStringLiteral("impulseLetter");
    }
    return {};
}

std::optional<TemplateKind> DocumentTemplates::kindOfKey(const QString& key)
{
    for (TemplateKind kind : kinds())
        if (DocumentTemplates::key(kind) == key)
            return kind;
    return std::nullopt;
}

QString DocumentTemplates::label(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::CoverLetter:
        return QCoreApplication::translate("DocumentTemplates", "Cover letter with the plan");
    case TemplateKind::PatientInvitation:
        return QCoreApplication::translate("DocumentTemplates", "Invitation to the patient");
    case TemplateKind::PartyInvitation:
        return QCoreApplication::translate("DocumentTemplates", "Invitation to the other parties");
    case TemplateKind::ConsentForm:
        return QCoreApplication::translate("DocumentTemplates", "Consent form");
    case TemplateKind::ImpulseLetter:
        return QCoreApplication::translate("DocumentTemplates", "Letter with a 4 § impuls");
    }
    return {};
}

QString DocumentTemplates::builtIn(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::CoverLetter:
        return QCoreApplication::translate(
            "DocumentTemplates",
            "Hello {mottagare},\n\n"
            "Enclosed is the joint action plan for {patient} that we drew up together. It names each "
            "action, who is responsible for it, and when we follow it up.\n\n"
            "Next follow-up: {uppföljning}.\n\n"
            "Please get in touch with me if anything is unclear or changes.\n\n"
            "Kind regards\n"
            "{koordinator}\n"
            "Rehabilitation coordinator, {enhet}");
    case TemplateKind::PatientInvitation:
        return QCoreApplication::translate(
            "DocumentTemplates",
            "Welcome to a meeting about your return to work, with those who can help you on the way.\n\n"
            "{mötesuppgifter}\n\n"
            "If you cannot come, or if you have questions, please get in touch with me.");
    case TemplateKind::PartyInvitation:
        return QCoreApplication::translate(
            "DocumentTemplates", "Welcome to a meeting about {patient}'s return to work.\n\n"
                                 "{mötesuppgifter}\n\n"
                                 "If you cannot come, or if you have questions, please get in touch with me.");
    case TemplateKind::ConsentForm:
        return QCoreApplication::translate(
            "DocumentTemplates",
            "As your rehabilitation coordinator at {enhet} I can help you to coordinate your "
            "rehabilitation and your return to work, with the care unit and, if you wish, with others. "
            "It is voluntary. You may withdraw your consent at any time, and it does not affect your "
            "care.\n\n"
            "I consent to coordination, and to information about my sick leave and rehabilitation being "
            "shared with those I have ticked below:\n\n"
            "{parter}\n\n"
            "Only what is needed for the coordination is shared. The consent applies until the "
            "coordination ends, unless I withdraw it earlier.");
    case TemplateKind::ImpulseLetter:
        return QCoreApplication::translate(
            "DocumentTemplates",
            "To {mottagare}\n\n"
            "I hereby give Försäkringskassan an impuls under 4 § of the act on coordination "
            "(2019:1297) about {patient}, who has consented to it. We judge that the patient needs "
            "work-oriented rehabilitation.\n\n"
            "{anledning}\n\n"
            "Please contact me to plan the next step together.\n\n"
            "Kind regards\n"
            "{koordinator}\n"
            "Rehabilitation coordinator, {enhet}");
    }
    return {};
}

QStringList DocumentTemplates::fields(TemplateKind kind)
{
    const QString recipient = QStringLiteral("{mottagare}");
    const QString patient = QStringLiteral("{patient}");
    const QString identity = QStringLiteral("{personnummer}");
    const QString date = QStringLiteral("{datum}");
    const QString coordinator = QStringLiteral("{koordinator}");
    const QString unit = QStringLiteral("{enhet}");
    switch (kind) {
    case TemplateKind::CoverLetter:
        return {recipient, patient, identity, date, QStringLiteral("{uppföljning}"), coordinator, unit};
    case TemplateKind::PatientInvitation:
    case TemplateKind::PartyInvitation:
        return {recipient,
                patient,
                QStringLiteral("{mötesdag}"),
                QStringLiteral("{tid}"),
                QStringLiteral("{plats}"),
                coordinator,
                unit,
                placeField(kind)};
    case TemplateKind::ConsentForm:
        return {patient, identity, date, coordinator, unit, placeField(kind)};
    case TemplateKind::ImpulseLetter:
        return {recipient, patient, identity, date, QStringLiteral("{anledning}"), coordinator, unit};
    }
    return {};
}

QString DocumentTemplates::placeField(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::PatientInvitation:
    case TemplateKind::PartyInvitation:
        return QStringLiteral("{mötesuppgifter}");
    case TemplateKind::ConsentForm:
        return QStringLiteral("{parter}");
    default:
        return {};
    }
}

QString DocumentTemplates::text(TemplateKind kind) const
{
    return m_own.value(kind, builtIn(kind));
}

void DocumentTemplates::setText(TemplateKind kind, const QString& text)
{
    if (text.trimmed().isEmpty() || text == builtIn(kind))
        m_own.remove(kind);
    else
        m_own.insert(kind, text);
}

QString fillFields(const QString& text, const QList<QPair<QString, QString>>& values)
{
    QString filled = text;
    for (const auto& [field, value] : values)
        filled.replace(field, value, Qt::CaseInsensitive);
    return filled;
}

namespace TemplateFile {

QByteArray write(const DocumentTemplates& templates, const QString& unitName, const QDateTime& at)
{
    QJsonObject texts;
    for (TemplateKind kind : DocumentTemplates::kinds()) {
        if (templates.isOwn(kind))
            texts.insert(DocumentTemplates::key(kind), templates.text(kind));
    }
    const QJsonObject root{
        {QStringLiteral("format"), FileFormatName}, {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("unit"), unitName},         {QStringLiteral("exported"), at.toString(Qt::ISODate)},
        {QStringLiteral("templates"), texts},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Contents> read(const QByteArray& bytes, QString* error)
{
    auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(
            QCoreApplication::translate("DocumentTemplates", "The file is not a template file from Koordinera."));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != FileFormatName)
        return fail(
            QCoreApplication::translate("DocumentTemplates", "The file is not a template file from Koordinera."));
    if (root.value(QStringLiteral("version")).toInt() != FormatVersion)
        return fail(QCoreApplication::translate(
            "DocumentTemplates", "The file comes from a newer version of Koordinera; update the program to read it."));
    const QJsonValue textsValue = root.value(QStringLiteral("templates"));
    if (!textsValue.isObject())
        return fail(QCoreApplication::translate("DocumentTemplates", "The file holds no templates."));
    Contents contents;
    contents.unitName = root.value(QStringLiteral("unit")).toString().trimmed();
    contents.exportedAt = QDateTime::fromString(root.value(QStringLiteral("exported")).toString(), Qt::ISODate);
    const QJsonObject texts = textsValue.toObject();
    for (TemplateKind kind : DocumentTemplates::kinds()) {
        const QJsonValue value = texts.value(DocumentTemplates::key(kind));
        if (value.isUndefined())
            continue;
        const QString text = value.toString();
        if (!value.isString() || text.trimmed().isEmpty())
            return fail(QCoreApplication::translate("DocumentTemplates", "The template \"%1\" in the file is empty.")
                            .arg(DocumentTemplates::label(kind)));
        if (text.size() > MaxTemplateLength)
            return fail(QCoreApplication::translate(
                            "DocumentTemplates", "The template \"%1\" in the file is too long (at most %2 characters).")
                            .arg(DocumentTemplates::label(kind))
                            .arg(MaxTemplateLength));
        contents.templates.setText(kind, text);
        contents.kinds.append(kind);
    }
    if (contents.kinds.isEmpty())
        return fail(QCoreApplication::translate("DocumentTemplates", "The file holds no templates."));
    return contents;
}

} // namespace TemplateFile

} // namespace koordinera::core
