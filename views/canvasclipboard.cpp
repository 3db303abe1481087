#include "views/canvasclipboard.h"

#include "model/core/nodereferences.h"
#include "model/document/addannotationcommand.h"
#include "model/document/addlinkcommand.h"
#include "model/document/addnodecommand.h"
#include "model/document/batchcommand.h"
#include "model/document/removeelementscommand.h"
#include "model/document/topologydocument.h"
#include "model/io/topologyreader.h"
#include "model/io/topologywriter.h"
#include "views/annotationitem.h"
#include "views/nodeitem.h"
#include "views/nodemime.h"
#include "views/topologyscene.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>

#include <algorithm>
#include <limits>
#include <set>
#include <unordered_map>

namespace Er {

namespace {

// A copied VNet whose region stays behind remembers it here (the fragment must load on its own,
// and a reference to a node outside it would not).
constexpr char outsideRegionMember[] = "x-copiedFromRegion";
constexpr qreal pasteStep = 40;

QString commandText(const char *text, int n = -1)
{
    return QCoreApplication::translate("Er::Commands", text, nullptr, n);
}

// "vnet-hub-2" -> "vnet-hub": the id a copy's fresh id is based on.
std::string idStem(const std::string &id)
{
    const std::size_t dash = id.rfind('-');
    if (dash == std::string::npos || dash + 1 == id.size())
        return id;
    for (std::size_t i = dash + 1; i < id.size(); ++i) {
        if (id[i] < '0' || id[i] > '9')
            return id;
    }
    return id.substr(0, dash);
}

std::string freshId(const Topology &topology,
                    const std::set<std::string> &taken,
                    const std::string &stem)
{
    for (std::size_t n = 1;; ++n) {
        std::string id = stem + "-" + std::to_string(n);
        if (!topology.contains(id) && !taken.contains(id))
            return id;
    }
}

// "CE 1 (copy 2)" -> "CE 1": the name a copy's name is based on.
std::string nameStem(const std::string &name)
{
    const std::string mark = " (copy";
    const std::size_t at = name.rfind(mark);
    if (at == std::string::npos || at == 0 || name.back() != ')')
        return name;
    for (std::size_t i = at + mark.size(); i + 1 < name.size(); ++i) {
        const bool space = i == at + mark.size() && name[i] == ' ';
        if (!space && (name[i] < '0' || name[i] > '9'))
            return name;
    }
    return name.substr(0, at);
}

// The name itself while nothing else has it, else "name (copy)", "name (copy 2)", ...
std::string uniqueName(const std::string &name, std::set<std::string> &names)
{
    if (names.insert(name).second)
        return name;
    const std::string stem = nameStem(name);
    for (std::size_t n = 1;; ++n) {
        std::string candidate = stem + (n == 1 ? " (copy)" : " (copy " + std::to_string(n) + ")");
        if (names.insert(candidate).second)
            return candidate;
    }
}

} // namespace

CanvasClipboard::CanvasClipboard(TopologyScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{}

QByteArray CanvasClipboard::selectionFragment() const
{
    const Topology &topology = m_scene->document()->topology();
    std::set<std::string> ids;
    for (const NodeItem *item : m_scene->movingNodeItems())
        ids.insert(item->id().toStdString());
    std::set<std::string> annotationIds;
    for (const QGraphicsItem *item : m_scene->selectedItems()) {
        if (const auto *annotation = qgraphicsitem_cast<const AnnotationItem *>(item))
            annotationIds.insert(annotation->id().toStdString());
    }
    if (ids.empty() && annotationIds.empty())
        return {};
    Topology fragment;
    for (const Node &node : topology.nodes()) { // design order, so the paste keeps it
        if (!ids.contains(node.id))
            continue;
        // References to what is not copied go; a VNet remembers its region, so that a paste
        // beside that region puts it back in.
        Node copy = node;
        std::string outsideRegion;
        dropReferences(copy, [&](const NodeReference &reference, const std::string &id) {
            if (ids.contains(id))
                return false;
            if (reference.kind == ReferenceKind::Region)
                outsideRegion = id;
            return true;
        });
        if (!outsideRegion.empty())
            copy.extra.emplace_back(outsideRegionMember, "\"" + outsideRegion + "\"");
        fragment.addNode(std::move(copy));
    }
    for (const Link &link : topology.links()) {
        if (ids.contains(link.from) && ids.contains(link.to))
            fragment.addLink(link);
    }
    for (const Annotation &annotation : topology.annotations()) {
        if (annotationIds.contains(annotation.id))
            fragment.addAnnotation(annotation);
    }
    const std::string text = writeTopology(fragment);
    return QByteArray(text.data(), qsizetype(text.size()));
}

QStringList CanvasClipboard::pasteFragment(const QByteArray &bytes, QPointF offset)
{
    LoadResult loaded = readTopology(bytes.toStdString(), "clipboard.ertopo");
    if (!loaded.ok() || (loaded.topology->nodes().empty() && loaded.topology->annotations().empty()))
        return {};
    const Topology &fragment = *loaded.topology;
    TopologyDocument *document = m_scene->document();
    const Topology &topology = document->topology();

    std::set<std::string> taken;
    std::unordered_map<std::string, std::string> renamed;
    for (const Node &node : fragment.nodes())
        taken.insert(renamed[node.id] = freshId(topology, taken, idStem(node.id)));
    for (const Link &link : fragment.links())
        taken.insert(renamed[link.id] = freshId(topology, taken, idStem(link.id)));
    for (const Annotation &annotation : fragment.annotations())
        taken.insert(renamed[annotation.id] = freshId(topology, taken, idStem(annotation.id)));

    std::set<std::string> nodeNames;
    for (const Node &node : topology.nodes()) {
        if (node.name && !node.name->empty())
            nodeNames.insert(*node.name);
    }

    std::vector<Node> nodes;
    for (Node node : fragment.nodes()) {
        node.id = renamed.at(node.id);
        if (node.name && !node.name->empty())
            node.name = uniqueName(*node.name, nodeNames);
        const QPointF at = node.position ? QPointF(node.position->x, node.position->y) : QPointF();
        node.position = Point{at.x() + offset.x(), at.y() + offset.y()};
        forEachReference(node, [&](const NodeReference &, std::string &id, auto) {
            id = renamed.at(id);
        });
        if (VirtualNetworkFields *vnet = node.virtualNetwork()) {
            if (!vnet->region) {
                for (auto it = node.extra.begin(); it != node.extra.end(); ++it) {
                    if (it->first != outsideRegionMember)
                        continue;
                    const std::string region = it->second.substr(1, it->second.size() - 2);
                    if (const Node *target = topology.node(region); target && target->azureRegion())
                        vnet->region = region;
                    node.extra.erase(it);
                    break;
                }
            }
        }
        nodes.push_back(std::move(node));
    }

    QStringList ids;
    const std::size_t count = fragment.nodes().size() + fragment.links().size()
                              + fragment.annotations().size();
    auto *paste = new BatchCommand(document,
                                   commandText(count == 1 ? "Paste 1 element" : "Paste %n elements",
                                               int(count)));
    for (Annotation annotation : fragment.annotations()) {
        annotation.id = renamed.at(annotation.id);
        annotation.position = Point{annotation.position.x + offset.x(),
                                    annotation.position.y + offset.y()};
        ids << QString::fromStdString(annotation.id);
        new AddAnnotationCommand(document, std::move(annotation), paste);
    }
    for (Node &node : nodes) {
        ids << QString::fromStdString(node.id);
        new AddNodeCommand(document, std::move(node), paste);
    }
    for (Link link : fragment.links()) {
        link.id = renamed.at(link.id);
        link.from = renamed.at(link.from);
        link.to = renamed.at(link.to);
        ids << QString::fromStdString(link.id);
        new AddLinkCommand(document, std::move(link), paste);
    }
    document->undoStack()->push(paste);
    m_scene->selectOnly(ids);
    return ids;
}

bool CanvasClipboard::canPaste() const
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime && mime->hasFormat(QString::fromLatin1(fragmentMimeType));
}

bool CanvasClipboard::copy()
{
    const QByteArray fragment = selectionFragment();
    if (fragment.isEmpty())
        return false;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(fragmentMimeType), fragment);
    mime->setText(QString::fromUtf8(fragment));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_lastPasted.clear();
    m_pasteCount = 0;
    return true;
}

bool CanvasClipboard::cut()
{
    if (!copy())
        return false;
    const QStringList ids = m_scene->selectedIds();
    m_scene->document()->undoStack()->push(new RemoveElementsCommand(m_scene->document(), ids));
    // A paste after a cut lands where the elements were.
    m_pasteCount = -1;
    m_lastPasted = QGuiApplication::clipboard()->mimeData()->data(
        QString::fromLatin1(fragmentMimeType));
    return true;
}

QStringList CanvasClipboard::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(QString::fromLatin1(fragmentMimeType)))
        return {};
    const QByteArray fragment = mime->data(QString::fromLatin1(fragmentMimeType));
    if (fragment != m_lastPasted) {
        m_lastPasted = fragment;
        m_pasteCount = 0;
    }
    ++m_pasteCount;
    return pasteFragment(fragment, QPointF(pasteStep, pasteStep) * m_pasteCount);
}

QStringList CanvasClipboard::pasteAt(QPointF scenePos)
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(QString::fromLatin1(fragmentMimeType)))
        return {};
    const QByteArray fragment = mime->data(QString::fromLatin1(fragmentMimeType));
    const LoadResult loaded = readTopology(fragment.toStdString(), "clipboard.ertopo");
    if (!loaded.ok() || (loaded.topology->nodes().empty() && loaded.topology->annotations().empty()))
        return {};
    QPointF low(std::numeric_limits<qreal>::max(), std::numeric_limits<qreal>::max());
    QPointF high = -low;
    const auto include = [&](QPointF at) {
        low = QPointF(std::min(low.x(), at.x()), std::min(low.y(), at.y()));
        high = QPointF(std::max(high.x(), at.x()), std::max(high.y(), at.y()));
    };
    for (const Node &node : loaded.topology->nodes())
        include(node.position ? QPointF(node.position->x, node.position->y) : QPointF());
    for (const Annotation &annotation : loaded.topology->annotations()) {
        include(QPointF(annotation.position.x + annotation.size.width / 2,
                        annotation.position.y + annotation.size.height / 2));
    }
    const QPointF centre = (low + high) / 2;
    return pasteFragment(fragment, m_scene->snapped(scenePos) - m_scene->snapped(centre));
}

QStringList CanvasClipboard::duplicate()
{
    const QByteArray fragment = selectionFragment();
    if (fragment.isEmpty())
        return {};
    return pasteFragment(fragment, QPointF(pasteStep, pasteStep));
}

} // namespace Er
