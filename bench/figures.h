#pragma once

#include "bench/benchmeasure.h"
#include "model/core/topology.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Er {
class CanvasView;
class TopologyDocument;
class TopologyScene;
} // namespace Er

namespace Er::Bench {

// One generated design and what the figures share: its file, the document the window would hold,
// and the scene and view drawn from it (created by the first figure that needs them).
class BenchContext
{
public:
    // Saves the design to `filePath` once, untimed, so that "load" can run alone.
    BenchContext(Topology topology, int sites, const QString &filePath, RunPolicy policy);
    ~BenchContext();

    const Topology &topology() const { return m_topology; }
    DesignSize size() const;
    const QString &filePath() const { return m_filePath; }
    const RunPolicy &policy() const { return m_policy; }

    TopologyDocument &document();
    TopologyScene &scene();
    void dropScene();
    void buildScene();
    CanvasView &view();
    // A circuit in the middle of the design, the node the edit figures change.
    std::string editedNodeId() const;

private:
    Topology m_topology;
    int m_sites;
    QString m_filePath;
    RunPolicy m_policy;
    std::unique_ptr<TopologyDocument> m_document;
    std::unique_ptr<TopologyScene> m_scene;
    std::unique_ptr<CanvasView> m_view;
};

// The figures in the order they run: save, write-floor, load, parse-floor, validate, analyze,
// scene, move-repaint, fit-repaint, edit-roundtrip, report.
QStringList figureNames();

// Measures and prints one figure (or prints why it is skipped).
void runFigure(const QString &name, BenchContext &context);

} // namespace Er::Bench
