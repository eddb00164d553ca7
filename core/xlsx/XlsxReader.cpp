// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/xlsx/XlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <cmath>
#include <memory>
#include <zip.h>

namespace koordinera::core::XlsxReader {

namespace {

// lupdate sees this context; the messages are shown in the import dialogs and by the headless commands.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
};

// A failure with the message the user is shown.
struct Refusal
{
    QString message;
};

// The workbook's parts, inflated within one budget for the whole file.
class Archive
{
public:
    Archive(const QByteArray& bytes, qint64 maxInflated) : m_maxInflated(maxInflated)
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
        if (source)
            m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (source && !m_zip)
            zip_source_free(source);
        zip_error_fini(&error);
        if (!m_zip)
            throw Refusal{Texts::tr("The file is not an Excel workbook (.xlsx) that can be read.")};
    }
    ~Archive()
    {
        if (m_zip)
            zip_discard(m_zip);
    }
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    bool has(const QString& name) const { return zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0; }

    QByteArray part(const QString& name)
    {
        zip_file_t* file = zip_fopen(m_zip, name.toUtf8().constData(), 0);
        if (!file)
            throw Refusal{
                Texts::tr("The workbook is damaged: a part of it (%1) is missing or cannot be read.").arg(name)};
        const std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> closer(file, zip_fclose);
        QByteArray content;
        char chunk[65536];
        for (;;) {
            const zip_int64_t read = zip_fread(file, chunk, sizeof chunk);
            if (read < 0)
                throw Refusal{Texts::tr("The workbook is damaged: a part of it (%1) cannot be unpacked.").arg(name)};
            if (read == 0)
                break;
            // Counted as it is inflated, not by the size the archive claims: a bomb can lie about that.
            m_inflated += read;
            if (m_inflated > m_maxInflated)
                throw Refusal{
                    Texts::tr("The workbook unpacks to more than %1 MB, far more than a unit's list; it is not "
                              "read.")
                        .arg(m_maxInflated / (1024 * 1024))};
            content.append(chunk, qsizetype(read));
        }
        return content;
    }

private:
    zip_t* m_zip = nullptr;
    qint64 m_maxInflated;
    qint64 m_inflated = 0;
};

// "xl/worksheets/sheet1.xml" from a relationship's target, relative to xl/ or absolute.
QString partPath(const QString& target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}

// The text of a <si> or <is>: every <t>, run by run, leaving out phonetic guides (<rPh>).
QString stringItem(QXmlStreamReader& xml)
{
    const QString end = xml.name().toString(); // the reader's own view is gone after the next read
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"rPh")
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == u"rPh")
            --phonetic;
        else if (xml.isStartElement() && xml.name() == u"t" && phonetic == 0)
            text += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == end)
            break;
    }
    return text;
}

QStringList sharedStrings(const QByteArray& part)
{
    QStringList strings;
    QXmlStreamReader xml(part);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            strings << stringItem(xml);
    }
    if (xml.hasError())
        throw Refusal{Texts::tr("The workbook is damaged: its text cannot be read.")};
    return strings;
}

// A number format shows a date when it has day, month or year codes outside quotes and brackets.
bool isDateFormat(int id, const QString& code)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    QString bare = code;
    bare.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
    return bare.contains(QRegularExpression(QStringLiteral("[dDyY]|(^|[^hH:])[mM]+([^:sS]|$)")));
}

// For each cell style (the index in a cell's s attribute): whether it shows a date.
QList<bool> dateStyles(const QByteArray& part)
{
    QHash<int, QString> customFormats;
    QList<bool> styles;
    QXmlStreamReader xml(part);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"numFmt") {
            customFormats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                 xml.attributes().value(QLatin1String("formatCode")).toString());
        } else if (xml.isStartElement() && xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            styles << isDateFormat(id, customFormats.value(id));
        }
    }
    return styles;
}

// "BC12" -> 54 (zero-based column), or -1.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
        ++letters;
    }
    return letters ? column - 1 : -1;
}

QString numberText(const QString& raw, bool date, const QDate& epoch)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (date && value >= 0 && value < 2958466) // up to 9999-12-31
        return epoch.addDays(qint64(std::floor(value))).toString(Qt::ISODate);
    return QLocale::c().toString(value, 'g', 15);
}

struct Context
{
    QStringList shared;
    QList<bool> dateStyle;
    QDate epoch;
};

QString cellValue(QXmlStreamReader& xml, const Context& context)
{
    const QString type = xml.attributes().value(QLatin1String("t")).toString();
    const int style = xml.attributes().value(QLatin1String("s")).toInt();
    QString raw;
    QString inlineText;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"v")
            raw = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"is")
            inlineText = stringItem(xml);
        else if (xml.isEndElement() && xml.name() == u"c")
            break;
    }
    if (type == u"s") {
        const int index = raw.toInt();
        return index >= 0 && index < context.shared.size() ? context.shared.at(index) : QString();
    }
    if (type == u"inlineStr")
        return inlineText;
    if (type == u"b")
        return raw == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"str" || type == u"e" || type == u"d")
        return raw;
    return numberText(raw, style >= 0 && style < context.dateStyle.size() && context.dateStyle.at(style),
                      context.epoch);
}

Sheet readSheet(const QString& name, const QByteArray& part, const Context& context)
{
    Sheet sheet;
    sheet.name = name;
    QXmlStreamReader xml(part);
    QStringList row;
    int rowNumber = 0;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"row") {
            const int number = xml.attributes().value(QLatin1String("r")).toInt();
            rowNumber = number > 0 ? number : rowNumber + 1;
            row.clear();
            nextColumn = 0;
        } else if (xml.isStartElement() && xml.name() == u"c") {
            const int referenced = columnOf(xml.attributes().value(QLatin1String("r")));
            const int column = referenced >= 0 ? referenced : nextColumn;
            if (column >= MaxColumns)
                throw Refusal{Texts::tr("Row %1 of the sheet \"%2\" has more than %3 columns.")
                                  .arg(rowNumber)
                                  .arg(name)
                                  .arg(MaxColumns)};
            const QString value = cellValue(xml, context);
            while (row.size() <= column)
                row << QString();
            row[column] = value;
            nextColumn = column + 1;
        } else if (xml.isEndElement() && xml.name() == u"row") {
            while (!row.isEmpty() && row.last().trimmed().isEmpty())
                row.removeLast();
            if (row.isEmpty())
                continue;
            if (sheet.rows.size() >= MaxRows)
                throw Refusal{Texts::tr("The sheet \"%1\" has more than %2 rows.").arg(name).arg(MaxRows)};
            sheet.rows << row;
            sheet.rowNumbers << rowNumber;
        }
    }
    if (xml.hasError())
        throw Refusal{Texts::tr("The sheet \"%1\" in the workbook is damaged and cannot be read.").arg(name)};
    return sheet;
}

struct SheetEntry
{
    QString name;
    QString relation;
};

Result readWorkbook(const QByteArray& bytes, qint64 maxInflated)
{
    Archive archive(bytes, maxInflated);
    if (!archive.has(QStringLiteral("xl/workbook.xml")))
        throw Refusal{Texts::tr("The file is a zip archive but not an Excel workbook (.xlsx).")};

    QList<SheetEntry> entries;
    Context context;
    context.epoch = QDate(1899, 12, 30);
    {
        QXmlStreamReader xml(archive.part(QStringLiteral("xl/workbook.xml")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"workbookPr" &&
                (xml.attributes().value(QLatin1String("date1904")) == u"1" ||
                 xml.attributes().value(QLatin1String("date1904")) == u"true"))
                context.epoch = QDate(1904, 1, 1);
            if (xml.isStartElement() && xml.name() == u"sheet") {
                QString relation;
                for (const QXmlStreamAttribute& attribute : xml.attributes()) {
                    if (attribute.name() == u"id")
                        relation = attribute.value().toString();
                }
                entries.append({xml.attributes().value(QLatin1String("name")).toString(), relation});
            }
        }
    }
    QHash<QString, QString> targets;
    if (archive.has(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        QXmlStreamReader xml(archive.part(QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship")
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                               partPath(xml.attributes().value(QLatin1String("Target")).toString()));
        }
    }
    if (archive.has(QStringLiteral("xl/sharedStrings.xml")))
        context.shared = sharedStrings(archive.part(QStringLiteral("xl/sharedStrings.xml")));
    if (archive.has(QStringLiteral("xl/styles.xml")))
        context.dateStyle = dateStyles(archive.part(QStringLiteral("xl/styles.xml")));

    Result result;
    for (const SheetEntry& entry : std::as_const(entries)) {
        const QString path = targets.value(entry.relation);
        if (path.isEmpty() || !archive.has(path))
            throw Refusal{Texts::tr("The workbook is damaged: the sheet \"%1\" is missing.").arg(entry.name)};
        result.sheets << readSheet(entry.name, archive.part(path), context);
    }
    if (result.sheets.isEmpty())
        throw Refusal{Texts::tr("The workbook has no sheets.")};
    return result;
}

} // namespace

bool looksLikeWorkbook(const QByteArray& bytes)
{
    return bytes.startsWith("PK\x03\x04");
}

Result read(const QByteArray& bytes, qint64 maxInflated)
{
    // An encrypted workbook (and the old .xls format) is a compound document, not a zip archive.
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return {
            {},
            Texts::tr("The workbook is protected with a password or saved in the old Excel format (.xls). Open it in "
                      "Excel, save it as an Excel workbook (.xlsx) without a password, and try again.")};
    if (bytes.size() > MaxFileBytes)
        return {{},
                Texts::tr("The file is larger than %1 MB, far more than a unit's list; it is not read.")
                    .arg(MaxFileBytes / (1024 * 1024))};
    if (!looksLikeWorkbook(bytes))
        return {{}, Texts::tr("The file is not an Excel workbook (.xlsx) that can be read.")};
    try {
        return readWorkbook(bytes, maxInflated);
    } catch (const Refusal& refusal) {
        return {{}, refusal.message};
    }
}

Component library()
{
    return {QStringLiteral("libzip"), QString::fromLatin1(zip_libzip_version()), QStringLiteral("BSD-3-Clause"),
            QStringLiteral("https://libzip.org/")};
}

} // namespace koordinera::core::XlsxReader
