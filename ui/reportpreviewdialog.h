#pragma once

#include <QDialog>

#include <memory>

class QLabel;

namespace Er {

class ReportPageView;
class ReportPages;

// The report's pages as they will print, one under the other, with the page in view, and a
// button to write the PDF.
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReportPreviewDialog(std::shared_ptr<const ReportPages> pages, QWidget *parent = nullptr);

    int pageCount() const;
    ReportPageView *pageView() const { return m_view; }

signals:
    void exportRequested();

private:
    std::shared_ptr<const ReportPages> m_pages;
    ReportPageView *m_view;
    QLabel *m_pageLabel;
};

} // namespace Er
