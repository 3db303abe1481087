#include "views/report/diagramexport.h"

#include "model/io/topologywriter.h"
#include "views/report/diagramscene.h"
#include "views/report/drawiodiagram.h"
#include "views/report/drawioembedding.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

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

qreal diagramPictureScale(const DiagramScene &diagram, qreal wanted)
{
    const QSizeF source = diagram.diagramRect().size();
    if (source.isEmpty())
        return wanted;
    qreal scale = wanted;
    scale = std::min(scale, maximumPictureSide / source.width());
    scale = std::min(scale, maximumPictureSide / source.height());
    scale = std::min(scale,
                     std::sqrt(qreal(maximumPicturePixels) / (source.width() * source.height())));
    return scale;
}

QImage diagramImage(const DiagramScene &diagram, qreal scale)
{
    const QRectF source = diagram.diagramRect();
    const QSize size = (source.size() * scale).toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    // Fonts resolve at 96 dpi, as the items measure their labels; the scale enlarges them.
    image.setDotsPerMeterX(qRound(96 / 0.0254));
    image.setDotsPerMeterY(qRound(96 / 0.0254));
    QPainter painter(&image);
    diagram.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    painter.end();
    return image;
}

QByteArray diagramPng(const DiagramScene &diagram, qreal wanted)
{
    const QImage image = diagramImage(diagram, diagramPictureScale(diagram, wanted));
    QByteArray bytes;
    if (image.isNull())
        return bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

std::optional<DiagramFormat> diagramFormatForPath(const QString &path)
{
    if (path.endsWith(QLatin1String(".drawio"), Qt::CaseInsensitive))
        return DiagramFormat::Drawio;
    if (path.endsWith(QLatin1String(".drawio.svg"), Qt::CaseInsensitive))
        return DiagramFormat::DrawioSvg;
    if (path.endsWith(QLatin1String(".drawio.png"), Qt::CaseInsensitive))
        return DiagramFormat::DrawioPng;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return DiagramFormat::Svg;
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return DiagramFormat::Png;
    return std::nullopt;
}

std::optional<std::string> exportDiagram(const DiagramScene &diagram,
                                         const QString &title,
                                         const QString &path,
                                         std::string *notice)
{
    const std::optional<DiagramFormat> format = diagramFormatForPath(path);
    if (!format)
        return path.toStdString()
               + ": the diagram is exported as .svg, .png, .drawio, .drawio.svg or .drawio.png";
    if (*format == DiagramFormat::Drawio)
        return writeFileAtomically(path.toStdString(), drawioXml(diagram, title).toStdString());
    if (*format == DiagramFormat::Svg || *format == DiagramFormat::DrawioSvg) {
        QByteArray svg = diagramSvg(diagram, title);
        if (*format == DiagramFormat::DrawioSvg)
            svg = svgWithDrawio(svg, drawioXml(diagram, title));
        return writeFileAtomically(path.toStdString(), svg.toStdString());
    }
    const qreal scale = diagramPictureScale(diagram);
    QByteArray bytes = diagramPng(diagram);
    if (!bytes.isEmpty() && *format == DiagramFormat::DrawioPng)
        bytes = pngWithDrawio(bytes, drawioXml(diagram, title));
    if (bytes.isEmpty()) {
        return path.toStdString() + ": the picture of this diagram cannot be drawn (not enough "
               + "memory); export it as .svg instead";
    }
    if (const auto error = writeFileAtomically(path.toStdString(), bytes.toStdString()))
        return error;
    if (notice && scale < 2.0) {
        const QSizeF size = diagram.diagramRect().size() * scale;
        *notice = QStringLiteral("the diagram is large: the picture is %1 x %2 pixels (%3 x the "
                                 "canvas, not 2 x); the .svg keeps every detail")
                      .arg(qRound(size.width()))
                      .arg(qRound(size.height()))
                      .arg(scale, 0, 'g', 2)
                      .toStdString();
    }
    return std::nullopt;
}

} // namespace Er
