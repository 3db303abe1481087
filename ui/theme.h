#pragma once

#include <QPalette>

namespace Er {

// The application's look: Qt's Fusion style with a light or a dark palette. The canvas and its
// items paint from the palette, so they follow.
void applyTheme(bool dark);
bool isDarkThemeApplied();
QPalette darkPalette();

} // namespace Er
