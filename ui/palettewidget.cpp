#include "ui/palettewidget.h"

#include "views/annotationitem.h"
#include "views/nodeicons.h"
#include "views/nodemime.h"

#include <QDrag>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QVBoxLayout>

namespace Er {

namespace {

QString kindDescription(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Site:
        return PaletteWidget::tr("An on-premises datacenter or office");
    case NodeKind::CustomerEdge:
        return PaletteWidget::tr("A customer edge (CE) router at a site");
    case NodeKind::ProviderEdge:
        return PaletteWidget::tr("A connectivity provider's edge at a peering location");
    case NodeKind::Circuit:
        return PaletteWidget::tr("An ExpressRoute circuit: two links to Microsoft's edge");
    case NodeKind::AzureRegion:
        return PaletteWidget::tr("An Azure region: a container for its VNets");
    case NodeKind::VirtualNetwork:
        return PaletteWidget::tr("A virtual network with its gateways; drop it into a region");
    }
    return {};
}

} // namespace

QMimeData *paletteMimeData(NodeKind kind)
{
    return createNodeKindMimeData(kind);
}

PaletteList::PaletteList(QWidget *parent)
    : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setSelectionMode(SingleSelection);
    setIconSize(QSize(32, 32));
    setSpacing(2);
    setUniformItemSizes(true);
    for (NodeKind kind : allNodeKinds) {
        auto *item = new QListWidgetItem(nodeIcon(kind), QString::fromUtf8(displayName(kind)), this);
        item->setData(kindRole, int(kind));
        item->setToolTip(tr("%1.\nDrag onto the canvas, or double-click to add at the centre.")
                             .arg(kindDescription(kind)));
    }
    for (AnnotationKind kind : allAnnotationKinds) {
        auto *item = new QListWidgetItem(annotationIcon(kind), QString::fromUtf8(displayName(kind)),
                                         this);
        item->setData(annotationKindRole, int(kind));
        item->setToolTip(
            (kind == AnnotationKind::Note
                 ? tr("A free-text note on the diagram; not part of the network.")
                 : tr("A labelled box around related elements (\"Colo cage LD5\"); not part of "
                      "the network."))
            + tr("\nDrag onto the canvas, or double-click to add at the centre."));
    }
}

QStringList PaletteList::mimeTypes() const
{
    return {QString::fromLatin1(nodeKindMimeType), QString::fromLatin1(annotationKindMimeType)};
}

QMimeData *PaletteList::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    if (const QVariant annotation = items.front()->data(annotationKindRole); annotation.isValid())
        return createAnnotationKindMimeData(AnnotationKind(annotation.toInt()));
    return paletteMimeData(NodeKind(items.front()->data(kindRole).toInt()));
}

void PaletteList::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions)
    QListWidgetItem *item = currentItem();
    if (!item)
        return;
    const qreal ratio = devicePixelRatioF();
    if (const QVariant annotation = item->data(annotationKindRole); annotation.isValid()) {
        const auto kind = AnnotationKind(annotation.toInt());
        auto *drag = new QDrag(this);
        drag->setMimeData(createAnnotationKindMimeData(kind));
        drag->setPixmap(annotationIcon(kind).pixmap(QSize(48, 48), ratio));
        drag->setHotSpot(QPoint(24, 24));
        drag->exec(Qt::CopyAction, Qt::CopyAction);
        return;
    }
    const auto kind = NodeKind(item->data(kindRole).toInt());
    auto *drag = new QDrag(this);
    drag->setMimeData(paletteMimeData(kind));
    QPixmap pixmap = nodeIcon(kind).pixmap(QSize(48, 48), ratio);
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(24, 24));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

PaletteWidget::PaletteWidget(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new PaletteList(this))
{
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only the node kinds whose name contains this text"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    connect(m_filter, &QLineEdit::textChanged, this, &PaletteWidget::applyFilter);
    // Enter in the filter adds the entry the list shows as current: the first that matches.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { add(m_list->currentItem()); });
    connect(m_list, &QListWidget::itemActivated, this, &PaletteWidget::add);
}

void PaletteWidget::add(QListWidgetItem *item)
{
    if (!item || item->isHidden())
        return;
    if (const QVariant annotation = item->data(PaletteList::annotationKindRole);
        annotation.isValid()) {
        emit addAnnotationRequested(AnnotationKind(annotation.toInt()));
        return;
    }
    emit addRequested(NodeKind(item->data(PaletteList::kindRole).toInt()));
}

void PaletteWidget::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void PaletteWidget::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QVariant annotation = item->data(PaletteList::annotationKindRole);
        const QString key = QString::fromUtf8(
            annotation.isValid() ? toString(AnnotationKind(annotation.toInt()))
                                 : toString(NodeKind(item->data(PaletteList::kindRole).toInt())));
        const bool matches = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive)
                             || key.contains(needle, Qt::CaseInsensitive);
        item->setHidden(!matches);
    }
    // The current entry is one the user can see: Enter never adds a kind the filter hides.
    QListWidgetItem *current = m_list->currentItem();
    if (!current || current->isHidden()) {
        QListWidgetItem *firstShown = nullptr;
        for (int row = 0; row < m_list->count() && !firstShown; ++row) {
            if (!m_list->item(row)->isHidden())
                firstShown = m_list->item(row);
        }
        m_list->setCurrentItem(firstShown);
    }
}

QList<NodeKind> PaletteWidget::visibleKinds() const
{
    QList<NodeKind> kinds;
    for (int row = 0; row < m_list->count(); ++row) {
        if (!m_list->item(row)->isHidden()
            && m_list->item(row)->data(PaletteList::kindRole).isValid())
            kinds << NodeKind(m_list->item(row)->data(PaletteList::kindRole).toInt());
    }
    return kinds;
}

} // namespace Er
