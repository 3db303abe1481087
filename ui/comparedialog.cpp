#include "ui/comparedialog.h"

#include "views/presentation.h"
#include "views/qtstrings.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Er {

namespace {

// The element ids a row names, for selecting them on the canvas.
constexpr int idsRole = Qt::UserRole + 1;

QStringList qsList(const std::vector<std::string> &ids)
{
    QStringList list;
    for (const std::string &id : ids)
        list << qs(id);
    return list;
}

QString valueText(const std::optional<std::string> &value)
{
    return value ? qs(*value) : CompareDialog::tr("(not set)");
}

QString elementText(const ElementRef &element)
{
    const QString kind = qs(element.kind);
    if (element.label == element.id)
        return QStringLiteral("%1 %2").arg(kind, qs(element.id));
    return QStringLiteral("%1 %2 (%3)").arg(qs(element.label), kind, qs(element.id));
}

QString figure(const std::optional<double> &value, const QString &unit)
{
    return value ? QStringLiteral("%1 %2").arg(*value).arg(unit) : QStringLiteral("—");
}

QString pairText(const PairChange &pair)
{
    const auto resiliency = [](const std::optional<PairFigures> &f) {
        if (!f)
            return CompareDialog::tr("not needed");
        return f->reachable ? qs(toString(f->resiliency)) : CompareDialog::tr("unreachable");
    };
    QStringList parts;
    parts << CompareDialog::tr("resiliency %1 → %2")
                 .arg(resiliency(pair.before), resiliency(pair.after));
    if (pair.before && pair.after) {
        const PairFigures &was = *pair.before;
        const PairFigures &now = *pair.after;
        if (was.availabilityPercent != now.availabilityPercent)
            parts << CompareDialog::tr("availability %1 % → %2 %")
                         .arg(was.availabilityPercent)
                         .arg(now.availabilityPercent);
        if (was.latencyMs != now.latencyMs)
            parts << CompareDialog::tr("round trip %1 → %2")
                         .arg(figure(was.latencyMs, QStringLiteral("ms")),
                              figure(now.latencyMs, QStringLiteral("ms")));
        if (was.bottleneckMbps != now.bottleneckMbps)
            parts << CompareDialog::tr("bandwidth %1 → %2")
                         .arg(figure(was.bottleneckMbps, QStringLiteral("Mbps")),
                              figure(now.bottleneckMbps, QStringLiteral("Mbps")));
        if (was.bandwidthAfterWorstFailureMbps != now.bandwidthAfterWorstFailureMbps)
            parts << CompareDialog::tr("after worst failure %1 → %2")
                         .arg(figure(was.bandwidthAfterWorstFailureMbps, QStringLiteral("Mbps")),
                              figure(now.bandwidthAfterWorstFailureMbps, QStringLiteral("Mbps")));
    }
    return parts.join(QStringLiteral("; "));
}

QString findingText(const Finding &finding)
{
    return QStringLiteral("%1 %2: %3")
        .arg(severityName(finding.severity).toUpper(), qs(finding.rule), qs(finding.message));
}

QTreeWidgetItem *group(QTreeWidget *tree, const QString &title, std::size_t count)
{
    auto *item = new QTreeWidgetItem(tree, {QStringLiteral("%1 (%2)").arg(title).arg(count)});
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    return item;
}

QTreeWidgetItem *row(QTreeWidgetItem *parent,
                     const QString &text,
                     const QString &detail,
                     const QStringList &ids)
{
    auto *item = new QTreeWidgetItem(parent, {text, detail});
    item->setData(0, idsRole, ids);
    item->setToolTip(0, text);
    item->setToolTip(1, detail);
    return item;
}

} // namespace

CompareDialog::CompareDialog(DesignDiff diff,
                             const QString &earlierFile,
                             ShowElements showElements,
                             QWidget *parent)
    : QDialog(parent)
    , m_diff(std::move(diff))
    , m_show(std::move(showElements))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Compare with %1").arg(QFileInfo(earlierFile).fileName()));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    if (m_diff.isEqual()) {
        summary->setText(tr("The design is the same as in %1 (positions on the canvas are not "
                            "compared).")
                             .arg(QFileInfo(earlierFile).fileName()));
    } else {
        summary->setText(tr("Since %1: %2 added, %3 removed, %4 changed; %5 findings gained, %6 "
                            "lost; %7 site–VNet pairs with other figures. Added and changed "
                            "elements are selected on the canvas; click a row to show its "
                            "elements.")
                             .arg(QFileInfo(earlierFile).fileName())
                             .arg(m_diff.added.size())
                             .arg(m_diff.removed.size())
                             .arg(m_diff.changed.size())
                             .arg(m_diff.findingsGained.size())
                             .arg(m_diff.findingsLost.size())
                             .arg(m_diff.pairs.size()));
    }
    layout->addWidget(summary);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Change"), tr("Detail")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 320);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *select = buttons->addButton(tr("Select Changed on Canvas"),
                                             QDialogButtonBox::ActionRole);
    connect(select, &QPushButton::clicked, this, [this] {
        if (m_show)
            m_show(changedElementIds());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_tree, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    fill();
    resize(760, 520);
    if (m_show && !changedElementIds().isEmpty())
        m_show(changedElementIds());
}

QStringList CompareDialog::changedElementIds() const
{
    QStringList ids;
    for (const ElementRef &element : m_diff.added)
        ids << qs(element.id);
    for (const ElementChange &change : m_diff.changed)
        ids << qs(change.element.id);
    return ids;
}

void CompareDialog::fill()
{
    if (!m_diff.design.empty()) {
        QTreeWidgetItem *design = group(m_tree, tr("The design"), m_diff.design.size());
        for (const FieldChange &field : m_diff.design)
            row(design, qs(field.field),
                QStringLiteral("%1 → %2").arg(valueText(field.before), valueText(field.after)), {});
    }
    if (!m_diff.added.empty()) {
        QTreeWidgetItem *added = group(m_tree, tr("Added"), m_diff.added.size());
        for (const ElementRef &element : m_diff.added)
            row(added, elementText(element), QString(), {qs(element.id)});
    }
    if (!m_diff.removed.empty()) {
        QTreeWidgetItem *removed = group(m_tree, tr("Removed"), m_diff.removed.size());
        for (const ElementRef &element : m_diff.removed)
            row(removed, elementText(element), tr("only in the earlier revision"), {});
    }
    if (!m_diff.changed.empty()) {
        QTreeWidgetItem *changed = group(m_tree, tr("Changed"), m_diff.changed.size());
        for (const ElementChange &change : m_diff.changed) {
            const QStringList ids{qs(change.element.id)};
            QTreeWidgetItem *element = row(changed, elementText(change.element),
                                           tr("%n field(s)", nullptr, int(change.fields.size())),
                                           ids);
            for (const FieldChange &field : change.fields)
                row(element, qs(field.field),
                    QStringLiteral("%1 → %2").arg(valueText(field.before), valueText(field.after)),
                    ids);
        }
    }
    if (!m_diff.findingsGained.empty()) {
        QTreeWidgetItem *gained = group(m_tree, tr("Findings gained"), m_diff.findingsGained.size());
        for (const Finding &finding : m_diff.findingsGained)
            row(gained, findingText(finding), qsList(finding.elements).join(QStringLiteral(", ")),
                qsList(finding.elements));
    }
    if (!m_diff.findingsLost.empty()) {
        QTreeWidgetItem *lost = group(m_tree, tr("Findings lost"), m_diff.findingsLost.size());
        for (const Finding &finding : m_diff.findingsLost)
            row(lost, findingText(finding), qsList(finding.elements).join(QStringLiteral(", ")),
                qsList(finding.elements));
    }
    if (!m_diff.pairs.empty()) {
        QTreeWidgetItem *pairs = group(m_tree, tr("Site–VNet pairs"), m_diff.pairs.size());
        for (const PairChange &pair : m_diff.pairs)
            row(pairs, QStringLiteral("%1 → %2").arg(qs(pair.site), qs(pair.vnet)), pairText(pair),
                {qs(pair.site), qs(pair.vnet)});
    }
    // Long lists stay collapsed; short ones open, with the fields of each changed element.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        item->setExpanded(item->childCount() <= 50);
        for (int j = 0; item->childCount() <= 20 && j < item->childCount(); ++j)
            item->child(j)->setExpanded(item->child(j)->childCount() <= 10);
    }
}

void CompareDialog::activate(QTreeWidgetItem *item)
{
    const QStringList ids = item->data(0, idsRole).toStringList();
    if (!ids.isEmpty() && m_show)
        m_show(ids);
}

} // namespace Er
