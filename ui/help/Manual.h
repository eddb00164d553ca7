// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace koordinera::ui {

// The user manual built into the program: one HTML page per chapter under a resource folder, in the order of
// their file names ("01-kom-igang.html"...). A chapter's id is its file name without the number and ending
// ("kom-igang"); its title is the page's <title>.
class Manual
{
public:
    struct Chapter
    {
        QString id;
        QString title;
        QString url;       // qrc:/manual/sv/01-kom-igang.html
        QString plainText; // for searching
    };
    struct Hit
    {
        int chapter = 0; // index into chapters()
        int count = 0;   // how many times the query's words occur in it
    };

    // The Swedish manual compiled into the program.
    static Manual builtIn();
    static Manual load(const QString& folder);

    const QList<Chapter>& chapters() const { return m_chapters; }
    int indexOf(const QString& id) const;

    // The words of a search, lower case: "Handlingsplan  PDF" -> {"handlingsplan", "pdf"}.
    static QStringList words(const QString& query);
    // Chapters holding every word of the query (case does not matter; a word may be part of a longer one,
    // so "plan" finds "handlingsplanen"), most hits first and in manual order among equals. An empty
    // query finds nothing.
    QList<Hit> search(const QString& query) const;

private:
    QList<Chapter> m_chapters;
};

} // namespace koordinera::ui
