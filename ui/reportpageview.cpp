#include "ui/reportpageview.h"

#include "views/report/reportpages.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace Er {

ReportPageView::ReportPageView(std::shared_ptr<const ReportPages> pages, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_pages(std::move(pages))
    , m_images(keptPages)
{
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    int top = spacing;
    for (int page = 0; page < m_pages->pageCount(); ++page) {
        const QSizeF size = m_pages->pageSize(page) * zoom;
        m_sizes.emplace_back(int(std::ceil(size.width())), int(std::ceil(size.height())));
        m_tops.push_back(top);
        top += m_sizes.back().height() + spacing;
        m_contentWidth = std::max(m_contentWidth, m_sizes.back().width() + 2 * spacing);
    }
    m_contentHeight = top;
    verticalScrollBar()->setSingleStep(40);
    updateScrollBars();
}

int ReportPageView::pageCount() const
{
    return int(m_sizes.size());
}

int ReportPageView::preferredWidth() const
{
    return m_contentWidth + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
}

QRect ReportPageView::pageRect(int page) const
{
    const QSize size = m_sizes[std::size_t(page)];
    const int left = std::max(spacing,
                              (std::max(m_contentWidth, viewport()->width()) - size.width()) / 2);
    return QRect(QPoint(left, m_tops[std::size_t(page)]), size);
}

int ReportPageView::currentPage() const
{
    if (m_tops.empty())
        return -1;
    if (verticalScrollBar()->value() >= verticalScrollBar()->maximum()
        && verticalScrollBar()->maximum() > 0) {
        return pageCount() - 1; // at the end: the last page is in view
    }
    const int y = verticalScrollBar()->value() + spacing;
    const auto after = std::upper_bound(m_tops.begin(), m_tops.end(), y);
    return std::max(0, int(after - m_tops.begin()) - 1);
}

void ReportPageView::scrollToPage(int page)
{
    if (page < 0 || page >= pageCount())
        return;
    verticalScrollBar()->setValue(m_tops[std::size_t(page)] - spacing);
}

const QImage &ReportPageView::pageImage(int page)
{
    if (QImage *kept = m_images.object(page))
        return *kept;
    auto *image = new QImage(m_pages->pageImage(page, zoom * devicePixelRatioF()));
    image->setDevicePixelRatio(devicePixelRatioF());
    ++m_rendered;
    m_images.insert(page, image);
    return *image;
}

void ReportPageView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QPoint offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QRect exposed = event->rect().translated(offset);
    // The pages that intersect the exposed band, found by their tops.
    auto first = std::upper_bound(m_tops.begin(), m_tops.end(), exposed.top());
    int page = std::max(0, int(first - m_tops.begin()) - 1);
    for (; page < pageCount() && m_tops[std::size_t(page)] <= exposed.bottom(); ++page) {
        const QRect rect = pageRect(page);
        if (!rect.intersects(exposed))
            continue;
        painter.drawImage(rect.translated(-offset), pageImage(page));
        painter.setPen(QColor(0, 0, 0, 60));
        painter.drawRect(rect.translated(-offset).adjusted(-1, -1, 0, 0));
    }
    const int current = currentPage();
    if (current != m_lastReportedPage) {
        m_lastReportedPage = current;
        emit currentPageChanged(current);
    }
}

void ReportPageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void ReportPageView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    Q_UNUSED(dy)
    viewport()->update();
}

void ReportPageView::updateScrollBars()
{
    const QSize view = viewport()->size();
    verticalScrollBar()->setPageStep(view.height());
    verticalScrollBar()->setRange(0, std::max(0, m_contentHeight - view.height()));
    horizontalScrollBar()->setPageStep(view.width());
    horizontalScrollBar()->setRange(0, std::max(0, m_contentWidth - view.width()));
}

} // namespace Er
