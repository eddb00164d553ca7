// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/help/Manual.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace koordinera::ui {

// Help › Handbok (F1): the manual in its own window beside the program. Chapters on the left, the page on the
// right; typing in the search field narrows the chapters to those holding every word, with the number of
// hits, and marks the words on the page (Enter goes to the next one).
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    void showChapter(const QString& id);
    void search(const QString& query);

    QString currentChapterId() const;
    // The chapters listed now, in list order (all of them when there is no search).
    QStringList listedChapterIds() const;
    // How many places on the page are marked for the search.
    int markedCount() const;
    QTextBrowser* browser() const { return m_browser; }

private:
    void fillList();
    void showIndex(int index);
    void markWords();
    void findNext();

    Manual m_manual;
    QLineEdit* m_search;
    QListWidget* m_list;
    QLabel* m_noHits;
    QTextBrowser* m_browser;
    int m_current = -1;
};

} // namespace koordinera::ui
