#include "reportpreviewdialog.h"

#include "reportpages.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace Er {

namespace {

constexpr qreal previewZoom = 0.9;

} // namespace

ReportPreviewDialog::ReportPreviewDialog(std::shared_ptr<const ReportPages> pages, QWidget *parent)
    : QDialog(parent)
    , m_pages(std::move(pages))
{
    setWindowTitle(tr("Report Preview — %1").arg(m_pages->designName()));

    auto *sheet = new QWidget;
    sheet->setBackgroundRole(QPalette::Dark);
    sheet->setAutoFillBackground(true);
    auto *sheetLayout = new QVBoxLayout(sheet);
    sheetLayout->setSpacing(16);
    sheetLayout->setContentsMargins(16, 16, 16, 16);
    for (int page = 0; page < m_pages->pageCount(); ++page) {
        auto *label = new QLabel;
        label->setPixmap(QPixmap::fromImage(m_pages->pageImage(page, previewZoom)));
        label->setToolTip(tr("Page %1 of %2").arg(page + 1).arg(m_pages->pageCount()));
        sheetLayout->addWidget(label, 0, Qt::AlignHCenter);
        ++m_shownPages;
    }

    auto *scroll = new QScrollArea;
    scroll->setWidget(sheet);
    scroll->setWidgetResizable(false);
    scroll->setAlignment(Qt::AlignHCenter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *exportButton = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &ReportPreviewDialog::exportRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    qreal widest = 0;
    for (int page = 0; page < m_pages->pageCount(); ++page)
        widest = std::max(widest, m_pages->pageSize(page).width() * previewZoom);
    resize(int(widest) + 80, 900);
}

} // namespace Er
