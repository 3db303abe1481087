#pragma once

#include <QFont>
#include <QHash>
#include <QString>

#include <array>

namespace Er {

// The widths of texts drawn in one font, for item geometry. Text in the Latin scripts is measured
// as the sum of its characters' advances, looked up in a table: shaping each of a large design's
// unique labels ("Site 4711", "ce-4711-1") with HarfBuzz costs some 28,000 instructions, about a
// second for 10,000 sites. The sum leaves out kerning, so it can be a few pixels wider than the
// drawn text; items draw their labels centred in a padded box. Other text is shaped, and its
// widths remembered (bounded, so that a long session that renames many nodes does not grow it
// without end).
class TextWidths
{
public:
    explicit TextWidths(qreal pointSize);

    const QFont &font() const { return m_font; }
    qreal height() const { return m_height; }
    qreal width(const QString &text);

private:
    static constexpr char16_t tableSize = 0x180; // Basic Latin to Latin Extended-A

    QFont m_font;
    qreal m_height = 0;
    std::array<qreal, tableSize> m_advances;
    QHash<QString, qreal> m_shaped;
};

} // namespace Er
