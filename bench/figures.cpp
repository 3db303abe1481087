#include "bench/figures.h"

#include "bench/floorfigures.h"
#include "bench/windowfigures.h"
#include "model/analysis/analyzer.h"
#include "model/core/tidylayout.h"
#include "model/document/editelementscommand.h"
#include "model/document/movenodescommand.h"
#include "model/document/topologydocument.h"
#include "model/io/topologyreader.h"
#include "model/io/topologywriter.h"
#include "model/validation/designcheck.h"
#include "model/validation/validator.h"
#include "views/canvasview.h"
#include "views/nodeitem.h"
#include "views/report/reportinput.h"
#include "views/report/reportpdf.h"
#include "views/topologyscene.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QResizeEvent>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <map>
#include <stdexcept>

namespace Er::Bench {

namespace {

// Lays out a widget that is never shown as show() would: a hidden widget's resize() leaves its
// resize event pending, and a scroll area places its viewport and scroll bars only on that
// event (without it the canvas's viewport stays at the default 638x478).
void layOutHidden(QWidget &widget)
{
    if (widget.testAttribute(Qt::WA_PendingResizeEvent)) {
        QResizeEvent event(widget.size(), QSize());
        QCoreApplication::sendEvent(&widget, &event);
        widget.setAttribute(Qt::WA_PendingResizeEvent, false);
    }
    for (QWidget *child : widget.findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!child->isWindow())
            layOutHidden(*child);
    }
}

// Keeps results observable so that the optimiser cannot drop the work.
volatile std::size_t sink = 0;

Figure figure(const char *name,
              const BenchContext &context,
              Timing timing,
              std::optional<double> target = std::nullopt,
              std::string note = {})
{
    return Figure{name, context.size(), std::move(timing), target, std::move(note)};
}

void saveFigure(BenchContext &context)
{
    const std::string path = context.filePath().toStdString();
    printFigure(figure("save", context,
                       measure(
                           [&] {
                               if (const auto failure = saveTopologyFile(context.topology(), path))
                                   throw std::runtime_error(*failure);
                           },
                           context.policy())));
}

void loadFigure(BenchContext &context)
{
    const std::string path = context.filePath().toStdString();
    printFigure(figure("load", context,
                       measure(
                           [&] {
                               const LoadResult result = readTopologyFile(path);
                               if (!result.ok())
                                   throw std::runtime_error(result.error.toString());
                               sink = sink + result.topology->nodes().size();
                           },
                           context.policy()),
                       0.5));
}

// "74 findings (RES-009 x50, SEC-003 x24)": what the rules said, by rule.
std::string describeFindings(const std::vector<Finding> &findings)
{
    std::map<std::string, int> byRule;
    for (const Finding &finding : findings)
        ++byRule[finding.rule];
    std::string text = std::to_string(findings.size()) + " findings";
    std::string separator = " (";
    for (const auto &[rule, count] : byRule) {
        text += separator + rule + " x" + std::to_string(count);
        separator = ", ";
    }
    return byRule.empty() ? text : text + ")";
}

void validateFigure(BenchContext &context)
{
    std::vector<Finding> findings;
    const Timing timing = measure([&] { findings = validate(context.topology()); },
                                  context.policy());
    printFigure(figure("validate", context, timing, 0.5,
                       "rules without the analysis; " + describeFindings(findings)));
}

void analyzeFigure(BenchContext &context)
{
    const Timing timing = measure(
        [&] {
            // A cold analysis, as `analyze` runs it: nothing remembered.
            const AnalysisResult result = analyze(context.topology());
            sink = sink + sizeof(result);
        },
        context.policy());
    printFigure(figure("analyze", context, timing, 2.0, "cold, as the analyze command"));
}

// Arrange > Tidy, and the layout of an import (model/core/tidylayout.h).
void tidyFigure(BenchContext &context)
{
    std::size_t placed = 0;
    const Timing timing = measure([&] { placed = tidyLayout(context.topology()).size(); },
                                  context.policy());
    printFigure(figure("tidy", context, timing, 2.0,
                       "layered layout of every node; " + std::to_string(placed) + " placed"));
}

void sceneFigure(BenchContext &context)
{
    context.document();
    const Timing timing = measure([&] { context.buildScene(); }, context.policy(),
                                  [&] { context.dropScene(); });
    printFigure(figure("scene", context, timing, 1.0,
                       "TopologyScene from the document, "
                           + std::to_string(context.scene().items().size()) + " items"));
}

// Moves the edited node back and forth by one undoable command and paints the view into an
// image, as the window repaints after a drag. `painted` is the image's size: what was drawn.
Timing moveAndRepaint(BenchContext &context, QSize *painted)
{
    TopologyDocument &document = context.document();
    CanvasView &view = context.view();
    const std::string id = context.editedNodeId();
    const Point home = document.topology().node(id)->position.value_or(Point{});
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    *painted = image.size();
    // The canvas is on screen already when the user drags: the scene's first pass over its new
    // items (a posted event), its index and the icons' first paint are not part of the figure.
    QCoreApplication::processEvents();
    view.viewport()->render(&image);
    int step = 0;
    return measure(
        [&] {
            const Point from = document.topology().node(id)->position.value_or(home);
            const Point to = (step++ % 2 == 0) ? Point{home.x + 24, home.y + 12} : home;
            document.undoStack()->push(new MoveNodesCommand(&document, {{id, from}}, {{id, to}}));
            QCoreApplication::processEvents();
            image.fill(Qt::white);
            view.viewport()->render(&image);
        },
        context.policy());
}

std::string paintedNote(QSize painted)
{
    return "painted " + std::to_string(painted.width()) + "x" + std::to_string(painted.height());
}

void moveRepaintFigure(BenchContext &context)
{
    CanvasView &view = context.view();
    view.resetTransform();
    view.centerOn(context.scene().nodeItem(QString::fromStdString(context.editedNodeId())));
    QSize painted;
    const Timing timing = moveAndRepaint(context, &painted);
    printFigure(figure("move-repaint", context, timing, 0.016,
                       "zoom 100 %, whole viewport repainted, " + paintedNote(painted)));
}

void fitRepaintFigure(BenchContext &context)
{
    CanvasView &view = context.view();
    view.fitInView(context.scene().itemsBoundingRect(), Qt::KeepAspectRatio);
    QSize painted;
    const Timing timing = moveAndRepaint(context, &painted);
    printFigure(figure("fit-repaint", context, timing, std::nullopt,
                       "move + repaint with the whole design in view, " + paintedNote(painted)));
    view.resetTransform();
}

// An inspector edit (a circuit's bandwidth) pushed on the undo stack, then what the window does
// for fresh findings: analyse and validate a copy of the design.
void editRoundTripFigure(BenchContext &context)
{
    TopologyDocument &document = context.document();
    const std::string id = context.editedNodeId();
    std::vector<Finding> findings;
    const Timing timing = measure(
        [&] {
            const Node before = *document.topology().node(id);
            Node after = before;
            after.circuit()->bandwidthInMbps = before.circuit()->bandwidthInMbps == 1000 ? 2000
                                                                                         : 1000;
            document.undoStack()->push(new EditElementsCommand(&document, before, after,
                                                               QStringLiteral("bandwidthInMbps")));
            const Topology copy = document.topology();
            AnalysisOptions options;
            options.rememberVariants = true; // as the window's checker
            findings = checkDesign(copy, options).findings;
        },
        context.policy());
    const std::string note = "edit + copy + analyze + validate; " + describeFindings(findings);
    printFigure(figure("edit-roundtrip", context, timing, std::nullopt, note));
}

// File > Export report: analyse, validate, lay out and write the PDF.
void reportFigure(BenchContext &context)
{
    const QString path = context.filePath() + QStringLiteral(".pdf");
    RunPolicy policy = context.policy();
    policy.maxRuns = std::min(policy.maxRuns, 3);
    const Timing timing = measure(
        [&] {
            const ReportInput input = collectReportInput(context.topology());
            if (const auto failure = writeReportPdf(input, path))
                throw std::runtime_error(*failure);
        },
        policy);
    const qint64 bytes = QFileInfo(path).size();
    printFigure(figure("report", context, timing, 10.0,
                       "analyze + validate + PDF, " + std::to_string(bytes / 1024) + " KiB"));
}

struct FigureEntry
{
    const char *name;
    void (*run)(BenchContext &);
};

constexpr FigureEntry figures[] = {
    {"save", saveFigure},
    {"write-floor", writeFloorFigure},
    {"load", loadFigure},
    {"parse-floor", parseFloorFigure},
    {"validate", validateFigure},
    {"analyze", analyzeFigure},
    {"tidy", tidyFigure},
    {"scene", sceneFigure},
    {"move-repaint", moveRepaintFigure},
    {"fit-repaint", fitRepaintFigure},
    {"edit-roundtrip", editRoundTripFigure},
    {"window-open", windowOpenFigure},
    {"window-edit", windowEditFigure},
    {"window-select-all", windowSelectAllFigure},
    {"window-switch", windowSwitchFigure},
    {"window-paste", windowPasteFigure},
    {"window-scroll", windowScrollFigure},
    {"report", reportFigure},
};

} // namespace

BenchContext::BenchContext(Topology topology, int sites, const QString &filePath, RunPolicy policy)
    : m_topology(std::move(topology))
    , m_sites(sites)
    , m_filePath(filePath)
    , m_policy(policy)
{
    if (const auto failure = saveTopologyFile(m_topology, m_filePath.toStdString()))
        throw std::runtime_error(*failure);
}

BenchContext::~BenchContext()
{
    m_view.reset();
    m_scene.reset();
}

DesignSize BenchContext::size() const
{
    return DesignSize{m_sites, m_topology.nodes().size(), m_topology.links().size()};
}

TopologyDocument &BenchContext::document()
{
    if (!m_document) {
        m_document = std::make_unique<TopologyDocument>();
        m_document->resetTopology(m_topology, m_filePath);
    }
    return *m_document;
}

void BenchContext::dropScene()
{
    if (m_view)
        m_view->setScene(nullptr);
    m_scene.reset();
}

void BenchContext::buildScene()
{
    dropScene();
    m_scene = std::make_unique<TopologyScene>(&document());
    if (m_view)
        m_view->setScene(m_scene.get());
}

TopologyScene &BenchContext::scene()
{
    if (!m_scene)
        buildScene();
    return *m_scene;
}

CanvasView &BenchContext::view()
{
    if (!m_view) {
        m_view = std::make_unique<CanvasView>();
        // Never shown, so that render() paints it once per call, with no second paint by the
        // event loop; but laid out at the window's size before anything is measured or drawn.
        m_view->resize(1600, 1000);
        m_view->setScene(&scene());
        layOutHidden(*m_view);
    }
    return *m_view;
}

std::string BenchContext::editedNodeId() const
{
    return "s" + std::to_string(m_sites / 2 + 1) + "-er1";
}

QStringList figureNames()
{
    QStringList names;
    for (const FigureEntry &entry : figures)
        names << QString::fromLatin1(entry.name);
    return names;
}

void runFigure(const QString &name, BenchContext &context)
{
    for (const FigureEntry &entry : figures) {
        if (name == QLatin1String(entry.name)) {
            entry.run(context);
            return;
        }
    }
}

} // namespace Er::Bench
