#include "ui/inspector/inspectordock.h"

#include "model/document/editelementscommand.h"
#include "model/document/topologydocument.h"
#include "ui/inspector/annotationeditor.h"
#include "ui/inspector/costpanel.h"
#include "ui/inspector/designeditor.h"
#include "ui/inspector/fieldtext.h"
#include "ui/inspector/linkeditor.h"
#include "ui/inspector/nodeeditors.h"
#include "views/annotationitem.h"
#include "views/nodeicons.h"
#include "views/topologyscene.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Er {

namespace T = FieldText;

InspectorDock::InspectorDock(TopologyDocument *document, TopologyScene *scene, QWidget *parent)
    : QDockWidget(tr("Inspector"), parent)
    , m_document(document)
    , m_scene(scene)
    , m_icon(new QLabel)
    , m_title(new QLabel)
    , m_pages(new QStackedWidget)
    , m_designEditor(new DesignEditor(document))
    , m_annotationEditor(new AnnotationEditor(document))
    , m_sharedEditor(new SharedNodeEditor)
    , m_linkEditor(new LinkEditor)
    , m_mixedPage(new QLabel)
    , m_cost(new CostPanel)
{
    setObjectName(QStringLiteral("InspectorDock"));
    m_pages->addWidget(m_designEditor);
    m_pages->addWidget(m_annotationEditor);
    for (NodeKind kind : allNodeKinds) {
        NodeEditor *editor = createNodeEditor(kind);
        editor->setCommit([this](const QString &key, const std::vector<Node> &after) {
            commitNodes(key, after);
        });
        m_nodeEditors.emplace(kind, editor);
        m_pages->addWidget(editor);
    }
    m_sharedEditor->setCommit(
        [this](const QString &key, const std::vector<Node> &after) { commitNodes(key, after); });
    m_pages->addWidget(m_sharedEditor);
    m_linkEditor->setCommit(
        [this](const QString &key, const std::vector<Link> &after) { commitLinks(key, after); });
    m_pages->addWidget(m_linkEditor);
    m_mixedPage->setWordWrap(true);
    m_mixedPage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(m_mixedPage);

    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *header = new QHBoxLayout;
    header->addWidget(m_icon);
    header->addWidget(m_title, 1);

    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_pages);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(header);
    layout->addWidget(m_cost);
    layout->addWidget(m_scroll, 1);
    setWidget(content);

    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this] { inspect(m_scene->selectedIds()); });
    connect(m_document, &TopologyDocument::changed, this, [this] { refresh(false); });
    connect(m_document, &TopologyDocument::topologyReset, this,
            [this] { inspect(m_scene->selectedIds()); });
    inspect({});
}

QWidget *InspectorDock::currentPage() const
{
    return m_pages->currentWidget();
}

QString InspectorDock::title() const
{
    return m_title->text();
}

void InspectorDock::setAnalysis(std::shared_ptr<const AnalysisResult> analysis)
{
    m_cost->setAnalysis(std::move(analysis));
}

void InspectorDock::inspect(const QStringList &ids)
{
    const bool otherElements = ids != m_ids;
    m_ids = ids;
    refresh(true);
    // Another element starts at the top, its name first, wherever the last one was scrolled to.
    if (otherElements)
        m_scroll->verticalScrollBar()->setValue(0);
}

void InspectorDock::showPage(QWidget *page, const QIcon &icon, const QString &title)
{
    if (m_pages->currentWidget() != page)
        m_pages->setCurrentWidget(page);
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(QSize(28, 28), devicePixelRatioF()));
    m_title->setText(title);
}

void InspectorDock::refresh(bool selectionChanged)
{
    showElements(selectionChanged);
    // A note or a rectangle costs nothing: no cost line for it.
    const bool oneElement = m_ids.size() == 1
                            && !m_document->topology().annotation(m_ids.front().toStdString());
    m_cost->showElement(oneElement ? m_ids.front().toStdString() : std::string(), m_ids.isEmpty());
    emit refreshed();
}

namespace {

// `id` in UTF-8, in `buffer` (kept from one id to the next, so that looking up many ids
// allocates once).
std::string_view utf8Of(const QString &id, std::string &buffer)
{
    buffer.resize(std::size_t(id.size()));
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t unit = id[i].unicode();
        if (unit >= 0x80) { // not ASCII: Qt's conversion
            buffer = id.toStdString();
            return buffer;
        }
        buffer[std::size_t(i)] = char(unit);
    }
    return buffer;
}

// Copies of the elements, for the editors (a multi-selection of nodes and links needs none).
template<typename Element>
std::vector<Element> copiesOf(const std::vector<const Element *> &elements)
{
    std::vector<Element> copies;
    copies.reserve(elements.size());
    for (const Element *element : elements)
        copies.push_back(*element);
    return copies;
}

} // namespace

void InspectorDock::showElements(bool selectionChanged)
{
    const Topology &topology = m_document->topology();
    std::vector<const Node *> nodes;
    std::vector<const Link *> links;
    std::vector<const Annotation *> annotations;
    std::string key; // one buffer for every id: Select All at 10,000 sites looks up 200,000
    for (const QString &id : std::as_const(m_ids)) {
        if (const Node *node = topology.node(utf8Of(id, key)))
            nodes.push_back(node);
        else if (const Link *link = topology.link(key))
            links.push_back(link);
        else if (const Annotation *annotation = topology.annotation(key))
            annotations.push_back(annotation);
    }
    if (nodes.size() + links.size() + annotations.size() != std::size_t(m_ids.size())) {
        // Some are gone from the design: the others stay selected here.
        QStringList present;
        for (const QString &id : std::as_const(m_ids)) {
            if (topology.contains(utf8Of(id, key)))
                present << id;
        }
        m_ids = present;
        selectionChanged = true;
    }
    // Notes and rectangles alone are edited here, one or several at once; with nodes or links,
    // those are.
    if (nodes.empty() && links.empty() && !annotations.empty()) {
        const Annotation &first = *annotations.front();
        if (annotations.size() == 1) {
            showPage(m_annotationEditor, annotationIcon(first.kind),
                     tr("<b>%1</b><br>%2")
                         .arg(qs(displayName(first.kind)), qs(first.id).toHtmlEscaped()));
        } else {
            showPage(m_annotationEditor, annotationIcon(first.kind),
                     tr("<b>%1 annotations</b><br>Edits apply to all of them")
                         .arg(annotations.size()));
        }
        m_annotationEditor->showAnnotations(copiesOf(annotations), selectionChanged);
        return;
    }
    if (nodes.empty() && links.empty()) {
        showPage(m_designEditor, applicationIcon(),
                 tr("<b>Design</b><br>%1").arg(m_document->displayName().toHtmlEscaped()));
        m_designEditor->refresh(selectionChanged);
        return;
    }
    if (!nodes.empty() && !links.empty()) {
        const QString nodeCount = nodes.size() == 1 ? tr("1 node")
                                                    : tr("%1 nodes").arg(nodes.size());
        const QString linkCount = links.size() == 1 ? tr("1 link")
                                                    : tr("%1 links").arg(links.size());
        m_mixedPage->setText(tr("%1 and %2 are selected. Select only nodes or only links to edit "
                                "the fields they share.")
                                 .arg(nodeCount, linkCount));
        showPage(m_mixedPage, QIcon(), tr("<b>%1 elements</b>").arg(m_ids.size()));
        return;
    }
    if (!links.empty()) {
        const LinkKind kind = links.front()->kind;
        const bool oneKind = std::all_of(links.begin(), links.end(),
                                         [kind](const Link *l) { return l->kind == kind; });
        if (!oneKind) {
            m_mixedPage->setText(tr("%1 links of different kinds are selected. Select links of "
                                    "one kind to edit the fields they share.")
                                     .arg(links.size()));
            showPage(m_mixedPage, QIcon(), tr("<b>%1 links</b>").arg(links.size()));
            return;
        }
        const QString kindName = qs(displayName(kind));
        showPage(m_linkEditor, QIcon(),
                 links.size() == 1
                     ? tr("<b>%1 link</b><br>%2").arg(kindName, qs(links.front()->id).toHtmlEscaped())
                     : tr("<b>%1 %2 links</b>").arg(links.size()).arg(kindName));
        m_linkEditor->showLinks(copiesOf(links), topology, selectionChanged);
        return;
    }
    const NodeKind kind = nodes.front()->kind();
    const bool oneKind = std::all_of(nodes.begin(), nodes.end(),
                                     [kind](const Node *n) { return n->kind() == kind; });
    NodeEditor *editor = oneKind ? m_nodeEditors.at(kind) : m_sharedEditor;
    QString title;
    if (nodes.size() == 1) {
        title = tr("<b>%1</b><br>%2 · %3")
                    .arg(qs(nodes.front()->label()).toHtmlEscaped(), qs(displayName(kind)),
                         qs(nodes.front()->id).toHtmlEscaped());
    } else if (oneKind) {
        title = tr("<b>%1 × %2</b><br>fields they share")
                    .arg(nodes.size())
                    .arg(qs(displayName(kind)));
    } else {
        title = tr("<b>%1 nodes</b><br>of different kinds: the fields they share").arg(nodes.size());
    }
    showPage(editor, oneKind ? nodeIcon(kind) : QIcon(), title);
    editor->showNodes(copiesOf(nodes), topology, selectionChanged);
}

void InspectorDock::commitNodes(const QString &key, const std::vector<Node> &after)
{
    const Topology &topology = m_document->topology();
    EditElementsCommand::NodeEdits edits;
    for (const Node &node : after) {
        if (const Node *before = topology.node(node.id))
            edits.emplace_back(*before, node);
    }
    if (!edits.empty())
        m_document->undoStack()->push(
            new EditElementsCommand(m_document, std::move(edits), {}, key));
}

void InspectorDock::commitLinks(const QString &key, const std::vector<Link> &after)
{
    const Topology &topology = m_document->topology();
    EditElementsCommand::LinkEdits edits;
    for (const Link &link : after) {
        if (const Link *before = topology.link(link.id))
            edits.emplace_back(*before, link);
    }
    if (!edits.empty())
        m_document->undoStack()->push(
            new EditElementsCommand(m_document, {}, std::move(edits), key));
}

} // namespace Er
