// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/HelpWindow.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace koordinera::ui {

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window), m_manual(Manual::builtIn()), m_search(new QLineEdit(this)),
      m_list(new QListWidget(this)), m_noHits(new QLabel(tr("No chapter holds every word."), this)),
      m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Koordinera – Manual"));
    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setPlaceholderText(tr("Search the manual (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the manual"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("helpChapters"));
    m_list->setAccessibleName(tr("Chapters"));
    m_noHits->setObjectName(QStringLiteral("helpNoHits"));
    m_noHits->setWordWrap(true);
    m_noHits->hide();
    m_browser->setObjectName(QStringLiteral("helpPage"));
    m_browser->setAccessibleName(tr("Manual page"));
    m_browser->setOpenExternalLinks(true);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_noHits);
    sideLayout->addWidget(m_list, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    // Sizes in characters and lines, so the window fits its text at any text size.
    const QFontMetrics metrics = fontMetrics();
    splitter->setSizes({metrics.averageCharWidth() * 42, metrics.averageCharWidth() * 100});
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(splitter);
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_browser);

    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::search);
    connect(m_search, &QLineEdit::returnPressed, this, &HelpWindow::findNext);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem* item = m_list->item(row))
            showIndex(item->data(Qt::UserRole).toInt());
    });
    // Links between chapters ("see Säkerhetskopior") keep the list in step with the page.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl& url) {
        for (int i = 0; i < m_manual.chapters().size(); ++i) {
            if (m_manual.chapters()[i].url == url.toString(QUrl::RemoveFragment) && i != m_current) {
                m_current = i;
                fillList();
                markWords();
            }
        }
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    fillList();
    if (!m_manual.chapters().isEmpty())
        showIndex(0);
    resize(metrics.averageCharWidth() * 140, metrics.lineSpacing() * 42);
}

void HelpWindow::showChapter(const QString& id)
{
    const int index = m_manual.indexOf(id);
    if (index >= 0)
        showIndex(index);
}

void HelpWindow::search(const QString& query)
{
    if (m_search->text() != query) {
        m_search->setText(query); // runs this again through textChanged
        return;
    }
    const QList<Manual::Hit> hits = m_manual.search(query);
    const bool stillHere =
        std::any_of(hits.begin(), hits.end(), [this](const Manual::Hit& hit) { return hit.chapter == m_current; });
    if (!hits.isEmpty() && !stillHere) {
        showIndex(hits.first().chapter); // fills the list and marks the words
        return;
    }
    fillList();
    markWords();
}

QString HelpWindow::currentChapterId() const
{
    return m_current >= 0 ? m_manual.chapters()[m_current].id : QString();
}

QStringList HelpWindow::listedChapterIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids << m_manual.chapters()[m_list->item(row)->data(Qt::UserRole).toInt()].id;
    return ids;
}

int HelpWindow::markedCount() const
{
    return int(m_browser->extraSelections().size());
}

void HelpWindow::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QString query = m_search->text();
    QList<Manual::Hit> hits;
    if (Manual::words(query).isEmpty()) {
        for (int i = 0; i < m_manual.chapters().size(); ++i)
            hits.append({i, 0});
    } else {
        hits = m_manual.search(query);
    }
    for (const Manual::Hit& hit : hits) {
        const QString title = m_manual.chapters()[hit.chapter].title;
        auto* item = new QListWidgetItem(hit.count > 0 ? tr("%1 (%n hit(s))", nullptr, hit.count).arg(title) : title);
        item->setData(Qt::UserRole, hit.chapter);
        m_list->addItem(item);
        if (hit.chapter == m_current)
            m_list->setCurrentItem(item);
    }
    m_noHits->setVisible(hits.isEmpty() && !Manual::words(query).isEmpty());
}

void HelpWindow::showIndex(int index)
{
    m_current = index;
    m_browser->setSource(QUrl(m_manual.chapters()[index].url));
    fillList();
    markWords();
}

void HelpWindow::markWords()
{
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    // Highlight colours from the palette, so the marks stay readable in a high-contrast theme.
    format.setBackground(palette().color(QPalette::Highlight));
    format.setForeground(palette().color(QPalette::HighlightedText));
    QTextDocument* document = m_browser->document();
    for (const QString& word : Manual::words(m_search->text())) {
        for (QTextCursor at = document->find(word); !at.isNull(); at = document->find(word, at))
            marks.append({at, format});
    }
    std::sort(marks.begin(), marks.end(), [](const QTextEdit::ExtraSelection& a, const QTextEdit::ExtraSelection& b) {
        return a.cursor.position() < b.cursor.position();
    });
    m_browser->setExtraSelections(marks);
    if (!marks.isEmpty()) {
        QTextCursor first = marks.first().cursor;
        first.clearSelection();
        m_browser->setTextCursor(first);
        m_browser->ensureCursorVisible();
    }
}

void HelpWindow::findNext()
{
    const QList<QTextEdit::ExtraSelection> marks = m_browser->extraSelections();
    if (marks.isEmpty())
        return;
    const int from = m_browser->textCursor().position();
    QTextCursor next = marks.first().cursor;
    for (const QTextEdit::ExtraSelection& mark : marks) {
        if (mark.cursor.selectionStart() > from) {
            next = mark.cursor;
            break;
        }
    }
    next.setPosition(next.selectionStart());
    m_browser->setTextCursor(next);
    m_browser->ensureCursorVisible();
}

} // namespace koordinera::ui
