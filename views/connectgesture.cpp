#include "views/connectgesture.h"

#include "model/document/addlinkcommand.h"
#include "model/document/topologydocument.h"
#include "views/linkitem.h"
#include "views/nodeitem.h"
#include "views/topologyscene.h"

#include <QGraphicsLineItem>
#include <QMenu>
#include <QPen>

namespace Er {

namespace {

QString kindName(NodeKind kind)
{
    return QString::fromUtf8(displayName(kind)).toLower();
}

QString linkName(LinkKind kind)
{
    return QString::fromUtf8(displayName(kind)).toLower();
}

} // namespace

ConnectGesture::ConnectGesture(TopologyScene *scene)
    : m_scene(scene)
    , m_chooser(&ConnectGesture::chooseFromMenu)
{}

ConnectGesture::~ConnectGesture() = default; // the line belongs to the scene

void ConnectGesture::begin(NodeItem *start, QPointF scenePos)
{
    cancel();
    m_start = start;
    m_line = new QGraphicsLineItem(QLineF(start->scenePos(), scenePos));
    QPen pen(QColor(0x00, 0x78, 0xd4), 2, Qt::DashLine);
    pen.setCosmetic(true);
    m_line->setPen(pen);
    m_line->setZValue(10);
    m_line->setAcceptedMouseButtons(Qt::NoButton);
    m_scene->addItem(m_line);
}

NodeItem *ConnectGesture::nodeAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : m_scene->items(scenePos)) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            return node;
    }
    return nullptr;
}

void ConnectGesture::update(QPointF scenePos)
{
    if (!m_start)
        return;
    m_line->setLine(QLineF(m_start->scenePos(), scenePos));
    NodeItem *target = nodeAt(scenePos);
    QPen pen = m_line->pen();
    if (!target || target == m_start)
        pen.setColor(QColor(0x00, 0x78, 0xd4));
    else if (linkChoices(m_start->kind(), target->kind()).empty())
        pen.setColor(QColor(0xd1, 0x34, 0x38));
    else
        pen.setColor(QColor(0x2f, 0x9e, 0x44));
    m_line->setPen(pen);
}

void ConnectGesture::cancel()
{
    delete m_line;
    m_line = nullptr;
    m_start = nullptr;
}

void ConnectGesture::finish(QPointF scenePos, QPoint screenPos)
{
    if (!m_start)
        return;
    NodeItem *start = m_start;
    NodeItem *end = nodeAt(scenePos);
    cancel();
    if (!end || end == start)
        return;

    const std::vector<LinkChoice> choices = linkChoices(start->kind(), end->kind());
    if (choices.empty()) {
        emit m_scene->statusMessage(
            TopologyScene::tr("No link can join %1 '%2' and %3 '%4': the link was not added.")
                .arg(kindName(start->kind()), start->label(), kindName(end->kind()), end->label()));
        return;
    }
    std::optional<LinkChoice> choice = choices.front();
    if (choices.size() > 1)
        choice = m_chooser(choices, start, end, screenPos);
    if (!choice)
        return;

    const NodeItem *from = choice->reversed ? end : start;
    const NodeItem *to = choice->reversed ? start : end;
    TopologyDocument *document = m_scene->document();
    Link link = newLink(document->topology(), choice->kind, from->id().toStdString(),
                        to->id().toStdString());
    const QString id = QString::fromStdString(link.id);
    const QString role = QString::fromStdString(link.role.value_or(""));
    document->undoStack()->push(new AddLinkCommand(document, std::move(link)));
    m_scene->selectOnly({id});
    QString message = TopologyScene::tr("Added %1 link '%2' from '%3' to '%4'")
                          .arg(linkName(choice->kind), id, from->label(), to->label());
    if (!role.isEmpty())
        message += TopologyScene::tr(" (%1)").arg(role);
    emit m_scene->statusMessage(message + QLatin1Char('.'));
}

std::optional<LinkChoice> ConnectGesture::chooseFromMenu(const std::vector<LinkChoice> &choices,
                                                         const NodeItem *start,
                                                         const NodeItem *end,
                                                         QPoint screenPos)
{
    QMenu menu;
    menu.addSection(TopologyScene::tr("Link '%1' and '%2' with").arg(start->label(), end->label()));
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const LinkChoice &choice = choices[i];
        const NodeItem *from = choice.reversed ? end : start;
        const NodeItem *to = choice.reversed ? start : end;
        QAction *action = menu.addAction(
            TopologyScene::tr("%1 link, %2 → %3")
                .arg(QString::fromUtf8(displayName(choice.kind)), from->label(), to->label()));
        action->setData(int(i));
    }
    QAction *picked = menu.exec(screenPos);
    if (!picked)
        return std::nullopt;
    return choices[std::size_t(picked->data().toInt())];
}

} // namespace Er
