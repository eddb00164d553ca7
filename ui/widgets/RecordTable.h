// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace koordinera::ui {

// The read-only record table used across the case view and its dialogs: whole rows selected one at a
// time, no editing in place, left-aligned headers, short columns fitted to their contents and
// `stretchColumn` (the free text) taking the room that is left.
QTableView* makeRecordTable(QAbstractItemModel* model, int stretchColumn, QWidget* parent);
// A table only to look at (what a backup or another file holds): nothing selectable or editable, columns fitted to
// their contents and the last one taking the room that is left.
QTableView* makePreviewTable(QAbstractItemModel* model, QWidget* parent);

} // namespace koordinera::ui
