// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/Manual.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTextDocument>
#include <algorithm>

namespace koordinera::ui {

namespace {

int occurrences(const QString& text, const QString& word)
{
    int count = 0;
    for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(word, at + word.size(), Qt::CaseInsensitive))
        ++count;
    return count;
}

} // namespace

Manual Manual::builtIn()
{
    return load(QStringLiteral(":/manual/sv"));
}

Manual Manual::load(const QString& folder)
{
    Manual manual;
    const QDir dir(folder);
    static const QRegularExpression numbered(QStringLiteral("^\\d+-(.+)\\.html$"));
    for (const QString& name : dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = numbered.match(name);
        QFile file(dir.filePath(name));
        if (!match.hasMatch() || !file.open(QIODevice::ReadOnly))
            continue;
        QTextDocument document;
        document.setHtml(QString::fromUtf8(file.readAll()));
        const QString path = dir.filePath(name);
        manual.m_chapters.append({match.captured(1), document.metaInformation(QTextDocument::DocumentTitle),
                                  path.startsWith(u':') ? QStringLiteral("qrc") + path : path, document.toPlainText()});
    }
    return manual;
}

int Manual::indexOf(const QString& id) const
{
    for (int i = 0; i < m_chapters.size(); ++i) {
        if (m_chapters[i].id == id)
            return i;
    }
    return -1;
}

QStringList Manual::words(const QString& query)
{
    return query.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

QList<Manual::Hit> Manual::search(const QString& query) const
{
    const QStringList wanted = words(query);
    QList<Hit> hits;
    if (wanted.isEmpty())
        return hits;
    for (int i = 0; i < m_chapters.size(); ++i) {
        const QString text = m_chapters[i].title + u'\n' + m_chapters[i].plainText;
        int total = 0;
        bool all = true;
        for (const QString& word : wanted) {
            const int count = occurrences(text, word);
            all = all && count > 0;
            total += count;
        }
        if (all)
            hits.append({i, total});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.count > b.count; });
    return hits;
}

} // namespace koordinera::ui
