#pragma once

#include <QByteArray>

namespace Er {

// draw.io's editable pictures: a picture that carries its diagram's mxfile XML, which draw.io
// opens for editing (drawio.com/docs file format; `.drawio.svg`, `.drawio.png`).

// The SVG with the XML, uncompressed and escaped, in the root <svg> element's `content`
// attribute; `svg` unchanged when it has no <svg> element.
QByteArray svgWithDrawio(const QByteArray &svg, const QByteArray &mxfileXml);
// The PNG with a tEXt chunk, keyword "mxfile", holding the URI-encoded XML, before the image
// data (draw.io stops looking at the first IDAT chunk); `png` unchanged when it is not a PNG.
QByteArray pngWithDrawio(const QByteArray &png, const QByteArray &mxfileXml);

// What draw.io reads back from such a picture: the XML, or empty when there is none.
QByteArray drawioFromSvg(const QByteArray &svg);
QByteArray drawioFromPng(const QByteArray &png);

} // namespace Er
