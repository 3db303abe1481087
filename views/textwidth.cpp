#include "views/textwidth.h"

#include <QFontMetricsF>
#include <QGuiApplication>

#include <algorithm>

namespace Er {

namespace {
constexpr qsizetype maximumShapedTexts = 100000;
} // namespace

TextWidths::TextWidths(qreal pointSize)
    : m_font(QGuiApplication::font())
{
    m_font.setPointSizeF(pointSize);
    m_height = QFontMetricsF(m_font).height();
    m_advances.fill(-1);
}

qreal TextWidths::width(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const bool latin = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < tableSize;
    });
    if (latin) {
        qreal sum = 0;
        for (const QChar c : text) {
            qreal &advance = m_advances[c.unicode()];
            if (advance < 0)
                advance = QFontMetricsF(m_font).horizontalAdvance(c);
            sum += advance;
        }
        return sum;
    }
    if (const auto found = m_shaped.constFind(text); found != m_shaped.constEnd())
        return found.value();
    if (m_shaped.size() > maximumShapedTexts)
        m_shaped.clear();
    const qreal width = QFontMetricsF(m_font).horizontalAdvance(text);
    m_shaped.insert(text, width);
    return width;
}

} // namespace Er
