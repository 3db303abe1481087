#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QVBoxLayout;

namespace Er {

class ReportPages;

// The report's pages as they will print, one under the other, with a button to write the PDF.
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReportPreviewDialog(std::shared_ptr<const ReportPages> pages, QWidget *parent = nullptr);

    int shownPageCount() const { return m_shownPages; }

signals:
    void exportRequested();

private:
    std::shared_ptr<const ReportPages> m_pages;
    int m_shownPages = 0;
};

} // namespace Er
