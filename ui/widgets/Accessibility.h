// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>

class QObject;
class QWidget;

namespace koordinera::ui {

// Keyboard and screen-reader helpers.

// Gives each control a label points at (QLabel::buddy) the label's words as its accessible name, unless it has
// one. Qt looks for a buddy label only among a control's siblings, and our form rows put the control in a
// container beside its error message, so a screen reader would otherwise say nothing. A label pointing at a
// container row (a field with a "Choose…" button) names the row's unnamed controls.
void nameControlsFromLabels(QWidget* root);

// A search field or other line edit with no label is named by its placeholder ("Sök namn, personnummer…").
void nameFieldsFromPlaceholders(QWidget* root);

// Tab visits the widgets in this order (Qt 6.4 has only the pairwise QWidget::setTabOrder): for a page whose
// widgets were created in another order than they are read.
void chainTabOrder(std::initializer_list<QWidget*> widgets);

// Does both for every window when it is shown; installed once on the application (app and GUI tests).
void installAccessibleNames(QObject* application);

} // namespace koordinera::ui
