#pragma once

#include <QAbstractScrollArea>
#include <QCache>
#include <QImage>

#include <memory>
#include <vector>

namespace Er {

class ReportPages;

// The report's pages one under the other, as they will print. Only the pages in view are drawn,
// each when it first comes into view, and a few of them are kept: a report of hundreds of pages
// opens at once and takes the memory of a dozen.
class ReportPageView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr qreal zoom = 0.9; // device pixels per 1/96 inch
    static constexpr int spacing = 16;
    static constexpr int keptPages = 12;

    explicit ReportPageView(std::shared_ptr<const ReportPages> pages, QWidget *parent = nullptr);

    int pageCount() const;
    // The page at the top of the view (0-based); the last page once scrolled to the end.
    int currentPage() const;
    void scrollToPage(int page);
    // How many page images were drawn so far (each page at most once while it stays kept).
    int renderedPages() const { return m_rendered; }
    // The widest page and its margins: the width the view wants.
    int preferredWidth() const;

signals:
    void currentPageChanged(int page);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    QRect pageRect(int page) const; // in content coordinates
    const QImage &pageImage(int page);
    void updateScrollBars();

    std::shared_ptr<const ReportPages> m_pages;
    std::vector<QSize> m_sizes; // each page in device pixels
    std::vector<int> m_tops;    // each page's top in content coordinates
    int m_contentWidth = 0;
    int m_contentHeight = 0;
    QCache<int, QImage> m_images;
    int m_rendered = 0;
    int m_lastReportedPage = -1;
};

} // namespace Er
