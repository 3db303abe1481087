#include "views/report/drawioembedding.h"

#include <QUrl>
#include <QXmlStreamReader>

#include <array>
#include <cstdint>

namespace Er {

namespace {

const QByteArray pngSignature("\x89PNG\r\n\x1a\n", 8);
const QByteArray drawioKeyword("mxfile");

QByteArray attributeEscaped(const QByteArray &text)
{
    QByteArray escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        case '\n':
            escaped += "&#10;";
            break;
        case '\r':
            escaped += "&#13;";
            break;
        case '\t':
            escaped += "&#9;";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

std::uint32_t crc32(const QByteArray &bytes)
{
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xffffffffu;
    for (const char byte : bytes)
        c = table[(c ^ static_cast<std::uint8_t>(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

void appendBigEndian(QByteArray &bytes, std::uint32_t value)
{
    bytes += char((value >> 24) & 0xff);
    bytes += char((value >> 16) & 0xff);
    bytes += char((value >> 8) & 0xff);
    bytes += char(value & 0xff);
}

std::uint32_t readBigEndian(const QByteArray &bytes, qsizetype at)
{
    return (std::uint32_t(std::uint8_t(bytes[at])) << 24)
           | (std::uint32_t(std::uint8_t(bytes[at + 1])) << 16)
           | (std::uint32_t(std::uint8_t(bytes[at + 2])) << 8) | std::uint8_t(bytes[at + 3]);
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk;
    appendBigEndian(chunk, std::uint32_t(data.size()));
    const QByteArray typed = type + data;
    chunk += typed;
    appendBigEndian(chunk, crc32(typed));
    return chunk;
}

// Calls `visit(type, data, chunkStart)` for each chunk until it returns true or the bytes end.
template<typename Visit>
void forEachChunk(const QByteArray &png, Visit visit)
{
    qsizetype at = pngSignature.size();
    while (at + 12 <= png.size()) {
        const qsizetype length = readBigEndian(png, at);
        if (length < 0 || at + 12 + length > png.size())
            return;
        if (visit(png.mid(at + 4, 4), png.mid(at + 8, length), at))
            return;
        at += 12 + length;
    }
}

} // namespace

QByteArray svgWithDrawio(const QByteArray &svg, const QByteArray &mxfileXml)
{
    qsizetype at = svg.indexOf("<svg");
    while (at >= 0 && at + 4 < svg.size() && svg[at + 4] != ' ' && svg[at + 4] != '\n'
           && svg[at + 4] != '>')
        at = svg.indexOf("<svg", at + 4);
    if (at < 0)
        return svg;
    QByteArray result = svg;
    result.insert(at + 4, " content=\"" + attributeEscaped(mxfileXml) + "\"");
    return result;
}

QByteArray pngWithDrawio(const QByteArray &png, const QByteArray &mxfileXml)
{
    if (!png.startsWith(pngSignature))
        return png;
    // Like encodeURIComponent, which draw.io's decodeURIComponent undoes.
    const QByteArray text = drawioKeyword + '\0'
                            + QUrl::toPercentEncoding(QString::fromUtf8(mxfileXml), "!~*'()");
    QByteArray result = png;
    bool inserted = false;
    forEachChunk(png, [&](const QByteArray &type, const QByteArray &, qsizetype start) {
        if (type != "IDAT")
            return false;
        result.insert(start, pngChunk("tEXt", text));
        inserted = true;
        return true;
    });
    return inserted ? result : png;
}

QByteArray drawioFromSvg(const QByteArray &svg)
{
    QXmlStreamReader reader(svg);
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("svg"))
            return reader.attributes().value(QLatin1String("content")).toUtf8();
        reader.skipCurrentElement();
    }
    return {};
}

QByteArray drawioFromPng(const QByteArray &png)
{
    if (!png.startsWith(pngSignature))
        return {};
    QByteArray xml;
    forEachChunk(png, [&](const QByteArray &type, const QByteArray &data, qsizetype) {
        if (type == "tEXt" && data.startsWith(drawioKeyword + '\0')) {
            xml = QUrl::fromPercentEncoding(data.mid(drawioKeyword.size() + 1)).toUtf8();
            return true;
        }
        return type == "IDAT";
    });
    return xml;
}

} // namespace Er
