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

// The diagram as a picture at `scale` pixels per scene unit, on white.
QImage diagramImage(const DiagramScene &diagram, qreal scale = 2.0);
QByteArray diagramPng(const DiagramScene &diagram, qreal scale = 2.0);

enum class DiagramFormat { Svg, Png };
// By the path's extension (.svg, .png, any case); nullopt for any other.
std::optional<DiagramFormat> diagramFormatForPath(const QString &path);

// Writes the diagram to `path` atomically (no partial file on failure); the error says why.
std::optional<std::string> exportDiagram(const DiagramScene &diagram,
                                         const QString &title,
                                         const QString &path);

} // namespace Er
