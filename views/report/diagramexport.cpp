#include "diagramexport.h"

#include "diagramscene.h"
#include "io/topologywriter.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace Er {

QByteArray diagramSvg(const DiagramScene &diagram, const QString &title)
{
    const QRectF source = diagram.diagramRect();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("ExpressRoute design diagram: %1").arg(title));
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setResolution(96);
    QPainter painter(&generator);
    const QRectF target(QPointF(0, 0), source.size());
    painter.fillRect(target, Qt::white);
    diagram.render(&painter, target, source);
    painter.end();
    return bytes;
}

QImage diagramImage(const DiagramScene &diagram, qreal scale)
{
    const QRectF source = diagram.diagramRect();
    const QSize size = (source.size() * scale).toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // Fonts resolve at 96 dpi, as the items measure their labels; the scale enlarges them.
    image.setDotsPerMeterX(qRound(96 / 0.0254));
    image.setDotsPerMeterY(qRound(96 / 0.0254));
    QPainter painter(&image);
    diagram.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    painter.end();
    return image;
}

QByteArray diagramPng(const DiagramScene &diagram, qreal scale)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    diagramImage(diagram, scale).save(&buffer, "PNG");
    return bytes;
}

std::optional<DiagramFormat> diagramFormatForPath(const QString &path)
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return DiagramFormat::Svg;
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return DiagramFormat::Png;
    return std::nullopt;
}

std::optional<std::string> exportDiagram(const DiagramScene &diagram,
                                         const QString &title,
                                         const QString &path)
{
    const std::optional<DiagramFormat> format = diagramFormatForPath(path);
    if (!format)
        return path.toStdString() + ": the diagram is exported as .svg or .png";
    const QByteArray bytes = *format == DiagramFormat::Svg ? diagramSvg(diagram, title)
                                                           : diagramPng(diagram);
    return writeFileAtomically(path.toStdString(), bytes.toStdString());
}

} // namespace Er
