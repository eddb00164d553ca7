// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QObject;
class QWidget;

namespace koordinera::ui {

// Clinic laptops often show 1093×614 logical pixels (1366×768 at 125 %), small ones 1024×600. A window that
// asked for more (a remembered size, a dialog's preferred size) is shrunk to the screen's free area and moved
// onto it, so that its title bar and buttons can be reached. Layouts keep their minimum sizes below that.
void fitToScreen(QWidget* window);

// Makes a shown window taller when what it shows now needs more height at its width (a message that wraps to
// more lines), within the screen's free area; its top stays where it is, so nothing the user types into moves.
void growToContent(QWidget* window);

// Does fitToScreen for every window when it is shown; installed once on the application (app and GUI tests).
void installScreenFitting(QObject* application);

} // namespace koordinera::ui
