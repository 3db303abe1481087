#include "ui/rulereferencedialog.h"

#include "model/validation/rulereference.h"
#include "model/validation/ruleregistry.h"
#include "views/presentation.h"
#include "views/qtstrings.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Er {

namespace {

enum Role { ReferenceRole = Qt::UserRole, FactsRole };

} // namespace

RuleReferenceDialog::RuleReferenceDialog(QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit)
    , m_list(new QTreeWidget)
    , m_details(new QLabel)
    , m_openPage(new QPushButton(tr("Open &Microsoft Learn Page")))
{
    setObjectName(QStringLiteral("RuleReferenceDialog"));
    setWindowTitle(tr("Rule Reference"));
    m_search->setPlaceholderText(tr("Search rule ids, checks and fixes…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search rules"));

    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Rule"), tr("Severity"), tr("What it checks"), tr("Fix")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Rules"));
    m_list->setAccessibleDescription(
        tr("Every validation rule with its severity, what it checks and its fix"));
    for (const Rule *rule : rulesInReferenceOrder(RuleRegistry::standard())) {
        auto *item = new QTreeWidgetItem(
            {qs(rule->id), severityName(rule->severity), qs(rule->summary), qs(rule->fix)});
        item->setIcon(RuleColumn, severityIcon(rule->severity));
        item->setData(RuleColumn, ReferenceRole, qs(rule->reference));
        item->setData(RuleColumn, FactsRole, qs(ruleFactsSource(*rule)));
        item->setToolTip(ChecksColumn, qs(rule->summary));
        item->setToolTip(FixColumn, qs(rule->fix));
        m_list->addTopLevelItem(item);
    }
    m_list->resizeColumnToContents(RuleColumn);
    m_list->resizeColumnToContents(SeverityColumn);
    m_list->setColumnWidth(ChecksColumn, 360);

    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setOpenExternalLinks(false);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setAccessibleName(tr("Selected rule"));
    connect(m_details, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    m_openPage->setToolTip(tr("Opens the selected rule's Microsoft Learn page in the browser"));
    connect(m_openPage, &QPushButton::clicked, this, &RuleReferenceDialog::openCurrentPage);

    connect(m_search, &QLineEdit::textChanged, this, &RuleReferenceDialog::filter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RuleReferenceDialog::showDetails);
    connect(m_list, &QTreeWidget::itemActivated, this, &RuleReferenceDialog::openCurrentPage);

    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_openPage, 0, Qt::AlignLeft);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 600);
    m_list->setCurrentItem(m_list->topLevelItem(0));
    showDetails();
    m_search->setFocus();
}

bool RuleReferenceDialog::showRule(const QString &ruleId)
{
    m_search->clear();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->text(RuleColumn) == ruleId) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item, QAbstractItemView::PositionAtCenter);
            m_list->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

QString RuleReferenceDialog::currentRule() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->text(RuleColumn) : QString();
}

bool RuleReferenceDialog::openCurrentPage()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const QString reference = item ? item->data(RuleColumn, ReferenceRole).toString() : QString();
    if (reference.isEmpty())
        return false;
    return QDesktopServices::openUrl(QUrl(reference));
}

QStringList RuleReferenceDialog::visibleRules() const
{
    QStringList ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (!m_list->topLevelItem(i)->isHidden())
            ids << m_list->topLevelItem(i)->text(RuleColumn);
    }
    return ids;
}

void RuleReferenceDialog::filter(const QString &text)
{
    const QString needle = text.trimmed();
    QTreeWidgetItem *firstShown = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        bool match = needle.isEmpty();
        for (int column = 0; column < m_list->columnCount() && !match; ++column)
            match = item->text(column).contains(needle, Qt::CaseInsensitive);
        match = match
                || item->data(RuleColumn, FactsRole).toString().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !firstShown)
            firstShown = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstShown);
    showDetails();
}

void RuleReferenceDialog::showDetails()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden()) {
        m_details->setText(tr("No rule matches the search."));
        m_openPage->setEnabled(false);
        return;
    }
    const QString reference = item->data(RuleColumn, ReferenceRole).toString();
    const QString facts = item->data(RuleColumn, FactsRole).toString();
    QString html = QStringLiteral("<p><b>%1</b> (%2): %3</p>")
                       .arg(item->text(RuleColumn).toHtmlEscaped(),
                            item->text(SeverityColumn).toHtmlEscaped(),
                            item->text(ChecksColumn).toHtmlEscaped());
    html += tr("<p><b>Fix:</b> %1</p>").arg(item->text(FixColumn).toHtmlEscaped());
    if (!facts.isEmpty())
        html += tr("<p><b>Facts:</b> %1</p>").arg(facts.toHtmlEscaped());
    if (!reference.isEmpty()) {
        html += tr("<p><b>Microsoft Learn:</b> <a href=\"%1\">%2</a></p>")
                    .arg(reference.toHtmlEscaped(), reference.toHtmlEscaped());
    }
    m_details->setText(html);
    m_openPage->setEnabled(!reference.isEmpty());
}

} // namespace Er
