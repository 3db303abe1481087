#include "ui/importactions.h"

#include "model/catalogue/catalogue.h"
#include "model/core/tidylayout.h"
#include "model/document/editelementscommand.h"
#include "model/document/movenodescommand.h"
#include "model/document/topologydocument.h"
#include "model/import/importer.h"
#include "ui/documentsession.h"
#include "views/nodeitem.h"
#include "views/qtstrings.h"
#include "views/topologyscene.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QUndoStack>

namespace Er {

ImportActions::ImportActions(QWidget *window,
                             DocumentSession *session,
                             TopologyScene *scene,
                             QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_scene(scene)
{
    m_import = new QAction(tr("&Import…"), this);
    m_import->setToolTip(tr("A new design from ARM templates, ARM/az/Resource Graph JSON or "
                            "terraform show -json: what is deployed, with placeholders for the "
                            "customer side"));
    connect(m_import, &QAction::triggered, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            m_window, tr("Import from Azure or Terraform"), QString(),
            tr("JSON (*.json);;All files (*)"));
        if (!paths.isEmpty())
            importFiles(paths);
    });

    m_tidy = new QAction(tr("&Tidy"), this);
    m_tidy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_tidy->setToolTip(tr("Lays the design out from left to right: sites, customer edges, provider "
                          "edges, circuits, regions with their VNets; pinned nodes stay"));
    connect(m_tidy, &QAction::triggered, this, &ImportActions::tidy);

    m_pin = new QAction(tr("&Pin Position"), this);
    m_pin->setCheckable(true);
    m_pin->setToolTip(tr("Tidy leaves the selected nodes where they are"));
    connect(m_pin, &QAction::triggered, this, &ImportActions::setSelectionPinned);

    m_confirm = new QAction(tr("&Confirm Placeholders"), this);
    m_confirm->setToolTip(tr("Marks the selected placeholders (all, when none is selected) as "
                             "filled in"));
    connect(m_confirm, &QAction::triggered, this, &ImportActions::confirmPlaceholders);

    TopologyDocument *document = m_session->document();
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &ImportActions::updateEnabled);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &ImportActions::updateEnabled);
    connect(document, &TopologyDocument::topologyReset, this, &ImportActions::updateEnabled);
    updateEnabled();
}

void ImportActions::addToMenus(QMenu *fileMenu, QAction *before, QMenu *arrangeMenu) const
{
    fileMenu->insertAction(before, m_import);
    arrangeMenu->addSeparator();
    arrangeMenu->addActions({m_tidy, m_pin, m_confirm});
}

bool ImportActions::importFiles(const QStringList &paths, const std::optional<std::string> &region)
{
    std::vector<ImportInput> inputs;
    LoadError error;
    for (const QString &path : paths) {
        auto input = readImportInput(path.toStdString(), error);
        if (!input) {
            m_session->prompts().error(tr("Cannot import"), qs(error.toString()));
            return false;
        }
        inputs.push_back(std::move(*input));
    }
    ImportOptions options;
    options.region = region;
    ImportResult imported = importDesign(inputs, options, Catalogue::builtIn());
    if (!imported.ok()) {
        m_session->prompts().error(
            tr("Cannot import"), tr("Nothing was imported; the current design is unchanged.\n\n%1")
                                     .arg(qs(imported.error.toString())));
        return false;
    }
    if (!m_session->maybeSave())
        return false;
    TopologyDocument *document = m_session->document();
    // A new design that was never saved: saving asks where, and closing asks first.
    document->resetTopology(std::move(*imported.topology), QString());
    document->undoStack()->resetClean();
    emit m_session->statusMessage(tr("Imported %n file(s) into a new design; the findings say "
                                     "what to fill in.",
                                     nullptr, static_cast<int>(paths.size())));
    if (!imported.warnings.empty()) {
        QStringList lines;
        for (const std::string &warning : imported.warnings)
            lines << qs(warning);
        m_session->prompts().error(tr("Imported, with notes"), lines.join(QLatin1Char('\n')));
    }
    return true;
}

void ImportActions::tidy()
{
    TopologyDocument *document = m_session->document();
    MoveNodesCommand::Positions before;
    MoveNodesCommand::Positions after;
    for (const auto &[id, position] : tidyLayout(document->topology())) {
        const Node *node = document->topology().node(id);
        if (node->position && *node->position == position)
            continue;
        before.emplace(id, node->position);
        after.emplace(id, position);
    }
    if (after.empty())
        return;
    auto *command = new MoveNodesCommand(document, std::move(before), std::move(after));
    command->setText(tr("Tidy"));
    document->undoStack()->push(command);
}

void ImportActions::setSelectionPinned(bool pinned)
{
    TopologyDocument *document = m_session->document();
    EditElementsCommand::NodeEdits edits;
    for (const QString &id : m_scene->selectedIds()) {
        const Node *node = document->topology().node(id.toStdString());
        if (!node || node->isPinned() == pinned)
            continue;
        Node changed = *node;
        changed.pinned = pinned ? std::optional<bool>(true) : std::nullopt;
        edits.emplace_back(*node, std::move(changed));
    }
    if (!edits.empty())
        document->undoStack()->push(
            new EditElementsCommand(document, std::move(edits), {}, tr("pinned")));
}

void ImportActions::confirmPlaceholders()
{
    TopologyDocument *document = m_session->document();
    const QStringList selected = m_scene->selectedIds();
    EditElementsCommand::NodeEdits edits;
    for (const Node &node : document->topology().nodes()) {
        if (!node.isPlaceholder())
            continue;
        if (!selected.isEmpty() && !selected.contains(qs(node.id)))
            continue;
        Node changed = node;
        changed.placeholder.reset();
        edits.emplace_back(node, std::move(changed));
    }
    if (!edits.empty())
        document->undoStack()->push(
            new EditElementsCommand(document, std::move(edits), {}, tr("placeholder")));
}

void ImportActions::updateEnabled()
{
    const Topology &topology = m_session->document()->topology();
    bool anySelected = false;
    bool allPinned = true;
    // The selected nodes up to the first that is not pinned: after Select All, one look-up
    // instead of an id copy and a look-up for each of 200,000 elements.
    for (const NodeItem *item : m_scene->selectedNodeItems()) {
        if (const Node *node = topology.node(item->id().toStdString())) {
            anySelected = true;
            if (!node->isPinned()) {
                allPinned = false;
                break;
            }
        }
    }
    m_pin->setEnabled(anySelected);
    m_pin->setChecked(anySelected && allPinned);
    m_tidy->setEnabled(!topology.nodes().empty());
    m_confirm->setEnabled(std::any_of(topology.nodes().begin(), topology.nodes().end(),
                                      [](const Node &node) { return node.isPlaceholder(); }));
}

} // namespace Er
