#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>
#include <string>

namespace Er {

class DiagramScene;

// The diagram as a self-contained SVG: icons and labels as vectors and text, no external files.
QByteArray diagramSvg(const DiagramScene &diagram, const QString &title);

// The largest picture exported: a side of at most 16,384 pixels and 32 million pixels (128 MB
// while it is drawn), which common viewers open (Qt 6.4's own image reader refuses pictures
// over 128 MB by default).
inline constexpr int maximumPictureSide = 16384;
inline constexpr qint64 maximumPicturePixels = 32'000'000;

// The scale a picture of the diagram is drawn at: `wanted` pixels per scene unit, or less when
// that would exceed the limits above.
qreal diagramPictureScale(const DiagramScene &diagram, qreal wanted = 2.0);

// The diagram as a picture at `scale` pixels per scene unit, on white (a null image when it
// cannot be allocated).
QImage diagramImage(const DiagramScene &diagram, qreal scale = 2.0);
// PNG bytes at diagramPictureScale(diagram, wanted); empty when the picture cannot be drawn.
QByteArray diagramPng(const DiagramScene &diagram, qreal wanted = 2.0);

// Drawio: draw.io's own file; DrawioSvg, DrawioPng: the picture with the draw.io file inside
// (drawiodiagram.h, drawioembedding.h).
enum class DiagramFormat { Svg, Png, Drawio, DrawioSvg, DrawioPng };
// By the path's extension (.svg, .png, .drawio, .drawio.svg, .drawio.png, any case); nullopt for
// any other.
std::optional<DiagramFormat> diagramFormatForPath(const QString &path);

// Writes the diagram to `path` atomically (no partial file on failure); the error says why.
// `notice`, when given, receives what the user should know about a file that was written (a
// picture drawn smaller than twice the size, for example).
std::optional<std::string> exportDiagram(const DiagramScene &diagram,
                                         const QString &title,
                                         const QString &path,
                                         std::string *notice = nullptr);

} // namespace Er
