#include "views/report/reportpdf.h"

#include "model/io/topologywriter.h"
#include "views/report/reportinput.h"
#include "views/report/reportpages.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace Er {

QByteArray reportPdf(const ReportPages &pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(pages.designName() + QStringLiteral(": ExpressRoute design report"));
        writer.setCreator(QStringLiteral("ExpressRoute Designer " ER_VERSION));
        // One device unit per 1/96 inch, the unit the pages are laid out in: text metrics and
        // the canvas items' level of detail then match the screen's.
        writer.setResolution(96);
        const auto layoutFor = [&pages](int page) {
            return QPageLayout(QPageSize(QPageSize::A4),
                               pages.isLandscape(page) ? QPageLayout::Landscape
                                                       : QPageLayout::Portrait,
                               QMarginsF(0, 0, 0, 0));
        };
        writer.setPageLayout(layoutFor(0));
        QPainter painter(&writer);
        for (int page = 0; page < pages.pageCount(); ++page) {
            if (page > 0) {
                writer.setPageLayout(layoutFor(page));
                writer.newPage();
            }
            painter.save();
            const qreal scale = writer.logicalDpiX() / 96.0;
            painter.scale(scale, scale);
            pages.paintPage(&painter, page);
            painter.restore();
        }
        painter.end();
    }
    return bytes;
}

std::optional<std::string> writeReportPdf(const ReportInput &input, const QString &path)
{
    const ReportPages pages(input);
    return writeFileAtomically(path.toStdString(), reportPdf(pages).toStdString());
}

} // namespace Er
