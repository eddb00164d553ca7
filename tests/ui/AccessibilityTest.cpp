// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 7: every window and dialog reads whole with larger text (150 % and 200 %) and in a high-contrast
// theme, and every control has a name a screen reader can say. The checks walk the real widgets: a label
// narrower than its text, a button cut short, a tab pushed behind scroll arrows or a control outside its
// window fails the test with the widget's name.
#include "MainWindowFixture.h"
#include "TestWorkspace.h"
#include "UiTestHelpers.h"
#include "WindowChecks.h"
#include "core/records/FamilyRepository.h"
#include "core/workspace/DemoData.h"
#include "core/workspace/Workspace.h"
#include "ui/views/CalendarPage.h"
#include "ui/views/CaseListPage.h"
#include "ui/views/CaseView.h"
#include "ui/views/StatisticsPage.h"
#include "ui/views/WorklistPage.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLayout>
#include <QListWidget>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>
#include <cmath>
#include <functional>

using namespace koordinera;
using namespace koordinera::tests;

namespace {

// Every text that does not fit where it is shown.
QStringList clippedTexts(QWidget* root)
{
    QStringList clipped;
    const QRect window = root->rect();
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!shown(widget, root) || scrolls(widget, root))
            continue;
        const QRect place(widget->mapTo(root, QPoint(0, 0)), widget->size());
        if (auto* label = qobject_cast<QLabel*>(widget); label && !label->text().isEmpty()) {
            const bool fits = label->wordWrap() ? label->height() + 1 >= label->heightForWidth(label->width())
                                                : label->width() + 1 >= label->sizeHint().width() &&
                                                      label->height() + 1 >= label->sizeHint().height();
            if (!fits || !window.contains(place))
                clipped << describe(label);
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget);
                   button && !button->text().isEmpty() && !qobject_cast<QTabBar*>(button->parentWidget())) {
            if (button->width() + 1 < button->sizeHint().width() || !window.contains(place))
                clipped << describe(button);
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                // A hidden tab (the family tab in a clinic's file) has no place to be clipped from.
                if (tabs->isTabVisible(i) && !tabs->rect().contains(tabs->tabRect(i)))
                    clipped << QStringLiteral("tab \"%1\"").arg(tabs->tabText(i));
            }
        }
    }
    return clipped;
}

// Input controls a screen reader cannot name: no label pointing at them (buddy), no accessible name, no text.
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!shown(widget, root) || !(widget->focusPolicy() & Qt::TabFocus) || !widget->isEnabled())
            continue;
        // The tab bar names the tab widget's pages; a spin box or combo box is named, not its inner editor.
        const auto* scrollArea = qobject_cast<QAbstractScrollArea*>(widget->parentWidget());
        if ((scrollArea && scrollArea->viewport() == widget) || qobject_cast<QTabBar*>(widget) ||
            qobject_cast<QTabWidget*>(widget) || qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
            qobject_cast<QComboBox*>(widget->parentWidget()))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(widget);
    }
    return unnamed;
}

double luminance(QRgb rgb)
{
    const auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) + 0.0722 * channel(qBlue(rgb));
}

// WCAG 2 contrast ratio, 1 to 21.
double contrast(QRgb a, QRgb b)
{
    const double lighter = std::max(luminance(a), luminance(b));
    const double darker = std::min(luminance(a), luminance(b));
    return (lighter + 0.05) / (darker + 0.05);
}

// Labels whose text stands out less than `minimum` from what is behind it, measured on the rendered pixels:
// the commonest colour is the background, the pixel furthest from it the core of a glyph.
QStringList lowContrastTexts(QWidget* root, double minimum)
{
    QStringList faint;
    // The whole window at once, so a label is seen on what is really behind it (a frame's own background).
    const QImage window = root->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const qreal ratio = window.devicePixelRatio();
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!shown(label, root) || label->text().trimmed().isEmpty() || !label->isEnabled() || scrolls(label, root))
            continue;
        const QRect place(label->mapTo(root, QPoint(0, 0)) * ratio, label->size() * ratio);
        const QImage image = window.copy(place);
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                ++counts[line[x] & 0xffffff];
        }
        if (counts.size() < 2)
            continue;
        QRgb background = counts.constBegin().key();
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            if (it.value() > counts.value(background))
                background = it.key();
        }
        double best = 1.0;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            best = std::max(best, contrast(background, it.key()));
        if (best < minimum)
            faint << QStringLiteral("%1 (%2:1)").arg(describe(label)).arg(best, 0, 'f', 1);
    }
    return faint;
}

struct Scale
{
    double factor;
    QString suffix;
};

// Larger text the way a user sets it: the application font grows, the layouts follow.
class TextScale
{
public:
    explicit TextScale(double factor) : m_saved(QApplication::font())
    {
        QFont font = m_saved;
        font.setPointSizeF(m_saved.pointSizeF() * factor);
        QApplication::setFont(font);
    }
    ~TextScale() { QApplication::setFont(m_saved); }

private:
    QFont m_saved;
};

// A high-contrast theme: white on black, yellow selection (as Windows' "Contrast Black").
class HighContrast
{
public:
    HighContrast() : m_saved(QApplication::palette())
    {
        QPalette palette;
        for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            palette.setColor(group, QPalette::Window, Qt::black);
            palette.setColor(group, QPalette::WindowText, Qt::white);
            palette.setColor(group, QPalette::Base, Qt::black);
            palette.setColor(group, QPalette::AlternateBase, QColor(0x20, 0x20, 0x20));
            palette.setColor(group, QPalette::Text, Qt::white);
            palette.setColor(group, QPalette::Button, Qt::black);
            palette.setColor(group, QPalette::ButtonText, Qt::white);
            palette.setColor(group, QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
            palette.setColor(group, QPalette::HighlightedText, Qt::black);
            palette.setColor(group, QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
            palette.setColor(group, QPalette::ToolTipBase, Qt::black);
            palette.setColor(group, QPalette::ToolTipText, Qt::white);
            palette.setColor(group, QPalette::Link, QColor(0xff, 0xff, 0x00));
        }
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x3f, 0xf2, 0x3f));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x3f, 0xf2, 0x3f));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x3f, 0xf2, 0x3f));
        QApplication::setPalette(palette);
    }
    ~HighContrast() { QApplication::setPalette(m_saved); }

private:
    QPalette m_saved;
};

// The underlined letter of "&Spara" (lower case), or nothing.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype at = text.indexOf(u'&'); at >= 0 && at + 1 < text.size(); at = text.indexOf(u'&', at + 2)) {
        if (text[at + 1] != u'&')
            return text[at + 1].toLower();
    }
    return {};
}

// Letters used twice among what is shown at once: Alt+letter would reach only one of them.
QStringList repeatedMnemonics(QWidget* root)
{
    QMap<QChar, QStringList> users;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!shown(widget, root) || !widget->isEnabled())
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            text = button->text();
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            users[letter] << text;
    }
    // A window's menu bar answers Alt+letter too.
    if (auto* window = qobject_cast<QMainWindow*>(root)) {
        for (QAction* menu : window->menuBar()->actions()) {
            if (const QChar letter = mnemonicOf(menu->text()); !letter.isNull() && menu->isVisible())
                users[letter] << menu->text();
        }
    }
    for (QTabBar* bar : root->findChildren<QTabBar*>()) {
        if (!shown(bar, root))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            if (const QChar letter = mnemonicOf(bar->tabText(i)); !letter.isNull())
                users[letter] << bar->tabText(i);
        }
    }
    QStringList repeated;
    for (auto it = users.constBegin(); it != users.constEnd(); ++it) {
        if (it.value().size() > 1)
            repeated << it.value().join(QStringLiteral(" / "));
    }
    return repeated;
}

// Tab goes through the controls in reading order: it never jumps back up to an earlier row of the same
// container (a new column or group may start higher up, so only siblings in one layout are compared).
QStringList tabOrderJumps(QWidget* root)
{
    QList<QWidget*> chain;
    QWidget* start = root->nextInFocusChain();
    for (QWidget* widget = start; widget && widget != root; widget = widget->nextInFocusChain()) {
        if (shown(widget, root) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
            !widget->focusProxy())
            chain << widget;
        if (widget->nextInFocusChain() == start)
            break;
    }
    QStringList jumps;
    for (int i = 1; i < chain.size(); ++i) {
        QWidget* before = chain[i - 1];
        QWidget* after = chain[i];
        if (before->parentWidget() != after->parentWidget())
            continue;
        const QRect a(before->mapTo(root, QPoint(0, 0)), before->size());
        const QRect b(after->mapTo(root, QPoint(0, 0)), after->size());
        const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
        if (b.bottom() < a.top() || (sameRow && b.right() < a.left()))
            jumps << describe(before) + QStringLiteral(" → ") + describe(after);
    }
    return jumps;
}

// WCAG AA asks 4.5:1 for text; the high-contrast theme must give at least that everywhere.
double g_minimumContrast = 4.5;

void checkWidget(QWidget* widget, const QString& name)
{
    forEachTab(widget, [&](const QString& tab) {
        QApplication::processEvents();
        INFO(name.toStdString() << tab.toStdString());
        CHECK(clippedTexts(widget) == QStringList{});
        CHECK(unnamedControls(widget) == QStringList{});
        CHECK(lowContrastTexts(widget, g_minimumContrast) == QStringList{});
        CHECK(repeatedMnemonics(widget) == QStringList{});
        CHECK(tabOrderJumps(widget) == QStringList{});
        // Under display scaling (ctest runs this again with QT_SCALE_FACTOR) the pictures get their own names.
        const QString display = qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
                                    ? QStringLiteral("-display") + qEnvironmentVariable("QT_SCALE_FACTOR")
                                    : QString();
        tests::screenshot(widget, name + tab + display);
    });
}

// The size the dialog asks for, as on a full-HD screen. (adjustSize() would cap it at two thirds of the offscreen
// platform's small virtual screen, which no clinic PC has.)
void showAtNaturalSize(QWidget* widget)
{
    if (!qobject_cast<QDialog*>(widget))
        return; // a window such as the manual chooses its own size

    widget->ensurePolished();
    QSize size = widget->sizeHint().expandedTo(widget->minimumSizeHint());
    if (QLayout* layout = widget->layout(); layout && layout->hasHeightForWidth())
        size.setHeight(std::max(size.height(), layout->totalHeightForWidth(size.width())));
    widget->resize(size);
}

void checkEverything(const QString& suffix)
{
    tests::MainWindowFixture fixture;
    auto workspace = tests::makeWorkspace();
    core::DemoData::populate(*workspace, 40);
    const auto showcase = core::DemoData::showcaseCase(*workspace);
    REQUIRE(showcase);

    for (const Subject& subject : everyDialog()) {
        auto widget = subject.make(*workspace, fixture.settings);
        showAtNaturalSize(widget.get());
        widget->show();
        checkWidget(widget.get(), subject.name + suffix);
    }

    fixture.window.show();
    checkWidget(&fixture.window, QStringLiteral("window-welcome") + suffix);
    fixture.window.setWorkspace(std::move(workspace));
    fixture.window.showWorklist();
    checkWidget(&fixture.window, QStringLiteral("window-worklist") + suffix);
    fixture.window.showCaseList();
    checkWidget(&fixture.window, QStringLiteral("window-cases") + suffix);
    fixture.window.showStatistics();
    checkWidget(&fixture.window, QStringLiteral("window-statistics") + suffix);
    fixture.window.openCase(showcase->id);
    checkWidget(&fixture.window, QStringLiteral("window-case") + suffix);

    // A family file (issue 23): its own statistics page, and a family's case with the Family tab and the network.
    auto families = tests::makeWorkspace();
    core::FileProfile::set(families->database(), core::Profile::Family);
    core::DemoData::populateFamilies(*families, 9);
    const auto family = core::DemoData::showcaseCase(*families);
    REQUIRE(family);
    fixture.window.setWorkspace(std::move(families));
    fixture.window.showStatistics();
    checkWidget(&fixture.window, QStringLiteral("window-family-statistics") + suffix);
    fixture.window.openCase(family->id);
    checkWidget(&fixture.window, QStringLiteral("window-family-case") + suffix);
}

} // namespace

TEST_CASE("Every menu command has its own letter, and no shortcut does two things", "[ui][accessibility]")
{
    tests::MainWindowFixture fixture;
    fixture.window.setWorkspace(tests::makeWorkspace());
    QMap<QString, QString> shortcuts;
    const std::function<void(QMenu*)> checkMenu = [&](QMenu* menu) {
        QMap<QChar, QString> letters;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator())
                continue;
            if (action->menu())
                checkMenu(action->menu());
            INFO(menu->title().toStdString() << " › " << action->text().toStdString());
            const QChar letter = mnemonicOf(action->text());
            CHECK_FALSE(letter.isNull());
            CHECK_FALSE(letters.contains(letter));
            letters.insert(letter, action->text());
            for (const QKeySequence& key : action->shortcuts()) {
                CHECK_FALSE(shortcuts.contains(key.toString()));
                shortcuts.insert(key.toString(), action->text());
            }
        }
    };
    for (QAction* menu : fixture.window.menuBar()->actions())
        checkMenu(menu->menu());
    CHECK(shortcuts.value(QStringLiteral("F1")) ==
          QCoreApplication::translate("koordinera::ui::MainWindow", "&Manual"));
    CHECK(shortcuts.value(QStringLiteral("Ctrl+4")) ==
          QCoreApplication::translate("koordinera::ui::MainWindow", "&Statistics"));
}

TEST_CASE("The parts of the program are reached from the keyboard", "[ui][accessibility]")
{
    tests::MainWindowFixture fixture;
    fixture.window.show();
    fixture.window.setWorkspace(tests::makeWorkspace());
    QApplication::setActiveWindow(&fixture.window);
    REQUIRE(QTest::qWaitForWindowActive(&fixture.window));
    QTest::keyClick(&fixture.window, Qt::Key_4, Qt::ControlModifier);
    CHECK(fixture.window.statisticsPage()->isVisible());
    QTest::keyClick(&fixture.window, Qt::Key_2, Qt::ControlModifier);
    CHECK(fixture.window.caseListPage()->isVisible());
    QTest::keyClick(&fixture.window, Qt::Key_3, Qt::ControlModifier);
    CHECK(fixture.window.calendarPage()->isVisible());
    QTest::keyClick(&fixture.window, Qt::Key_1, Qt::ControlModifier);
    CHECK(fixture.window.worklistPage()->isVisible());
}

TEST_CASE("Nothing is clipped and every control has a name, at 100 %, 150 % and 200 % text", "[ui][accessibility]")
{
    for (const Scale& scale :
         {Scale{1.0, QStringLiteral("")}, Scale{1.5, QStringLiteral("-150")}, Scale{2.0, QStringLiteral("-200")}}) {
        SECTION(scale.suffix.isEmpty() ? std::string("100 %") : scale.suffix.mid(1).toStdString() + " %")
        {
            const TextScale text(scale.factor);
            checkEverything(scale.suffix);
        }
    }
}

TEST_CASE("The high-contrast theme reaches every page and dialog", "[ui][accessibility]")
{
    const HighContrast theme;
    checkEverything(QStringLiteral("-contrast"));
}

TEST_CASE("A screen reader tells apart what looks alike: day lists, calendar entries, twin buttons, period boxes",
          "[ui][accessibility]")
{
    tests::MainWindowFixture fixture;
    auto workspace = tests::makeWorkspace();
    core::DemoData::populate(*workspace, 40);
    const auto showcase = core::DemoData::showcaseCase(*workspace);
    REQUIRE(showcase);
    fixture.window.setWorkspace(std::move(workspace));
    fixture.window.show();
    const auto nameOf = [](QWidget* widget) {
        return QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name);
    };

    // The case's sick-leave tab has "Ändra…" and "Ta bort" twice: each says what it changes.
    fixture.window.openCase(showcase->id);
    QSet<QString> names;
    for (const char* name :
         {"editPeriodButton", "removePeriodButton", "editDiagnosisButton", "removeDiagnosisButton"}) {
        auto* button = tests::child<QAbstractButton>(&fixture.window, name);
        INFO(name);
        CHECK(nameOf(button).size() > button->text().size()); // "Ändra sjukskrivningsperioden", not "Ändra…"
        names << nameOf(button);
    }
    CHECK(names.size() == 4);

    // Each day's list is named by its day; an entry is read whole, not as its shortened lines.
    fixture.window.showCalendar();
    auto* calendar = fixture.window.calendarPage();
    int entries = 0;
    for (int day = 1; day <= 7; ++day) {
        QListWidget* list = calendar->dayList(day);
        CHECK(nameOf(list).startsWith(QLocale().dayName(day)));
        for (int row = 0; row < list->count(); ++row) {
            const QString spoken = list->item(row)->data(Qt::AccessibleTextRole).toString();
            CHECK_FALSE(spoken.contains(u'…'));
            CHECK(spoken.contains(QRegularExpression(QStringLiteral("K-\\d{4}-\\d{4}"))));
            ++entries;
        }
    }
    CHECK(entries > 0);

    // The statistics' period boxes are named for what they choose, not by the value they show.
    fixture.window.showStatistics();
    // (On Linux a list box is read by the label pointing at it.)
    auto* kind = tests::child<QWidget>(&fixture.window, "periodKind");
    QStringList labels;
    for (const auto& [label, relation] : QAccessible::queryAccessibleInterface(kind)->relations(QAccessible::Label))
        labels << label->text(QAccessible::Name);
    CHECK(labels.contains(
        QCoreApplication::translate("koordinera::ui::StatisticsPage", "Peri&od:").remove(QLatin1Char('&'))));
    CHECK_FALSE(tests::child<QWidget>(&fixture.window, "periodPart")->accessibleName().isEmpty());
    auto* from = tests::child<QWidget>(&fixture.window, "periodFrom");
    CHECK(nameOf(from) == from->accessibleName());
    CHECK_FALSE(from->accessibleName().isEmpty());
}
