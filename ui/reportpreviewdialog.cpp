#include "ui/reportpreviewdialog.h"

#include "ui/reportpageview.h"
#include "views/report/reportpages.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace Er {

ReportPreviewDialog::ReportPreviewDialog(std::shared_ptr<const ReportPages> pages, QWidget *parent)
    : QDialog(parent)
    , m_pages(std::move(pages))
    , m_view(new ReportPageView(m_pages))
    , m_pageLabel(new QLabel)
{
    setWindowTitle(tr("Report Preview — %1").arg(m_pages->designName()));
    const auto showPage = [this](int page) {
        m_pageLabel->setText(tr("Page %1 of %2").arg(page + 1).arg(m_view->pageCount()));
    };
    connect(m_view, &ReportPageView::currentPageChanged, this, showPage);
    showPage(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *exportButton = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &ReportPreviewDialog::exportRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_pageLabel);
    footer->addStretch();
    footer->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);
    int height = 900;
    if (const QScreen *screen = parent ? parent->screen() : nullptr)
        height = std::min(height, screen->availableGeometry().height() - 80);
    resize(m_view->preferredWidth() + 24, height);
}

int ReportPreviewDialog::pageCount() const
{
    return m_view->pageCount();
}

} // namespace Er
