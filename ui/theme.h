#pragma once

#include <QPalette>
#include <QVariant>

namespace Er {

// The application's look: Qt's Fusion style with a light or a dark palette. The canvas and its
// items paint from the palette, so they follow.
void applyTheme(bool dark);
// Whether the desktop's own palette is dark (its window colour darker than mid-grey). Qt 6.4 has
// no colour-scheme API, so this reads the platform palette: call it before applyTheme() replaces
// the application's palette.
bool desktopPrefersDark();
bool isDarkColor(const QColor &window);
// The theme at start: the one the user chose last (View ▸ Dark Theme) when there is a choice in
// `saved`, otherwise the desktop's.
bool darkThemeAtStart(const QVariant &saved);
bool isDarkThemeApplied();
QPalette darkPalette();

} // namespace Er
