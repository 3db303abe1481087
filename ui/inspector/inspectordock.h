#pragma once

#include "model/core/topology.h"

#include <QDockWidget>

#include <map>
#include <memory>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace Er {

struct AnalysisResult;
class AnnotationEditor;
class CostPanel;
class DesignEditor;
class LinkEditor;
class NodeEditor;
class TopologyDocument;
class TopologyScene;

// The Inspector dock: every field of the selected node or link, or the fields a multi-selection
// shares; the text and colour of a selected note or rectangle; the design's name and description when nothing is selected. Each accepted edit is an
// undo command (one step per field while typing); the dock follows the model (undo, other views)
// without disturbing the field being typed in.
class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    InspectorDock(TopologyDocument *document, TopologyScene *scene, QWidget *parent = nullptr);

    // Inspects these element ids; the scene's selection drives it.
    void inspect(const QStringList &ids);
    QStringList inspectedIds() const { return m_ids; }
    QScrollArea *scrollArea() const { return m_scroll; }

    NodeEditor *nodeEditor(NodeKind kind) const { return m_nodeEditors.at(kind); }
    NodeEditor *sharedNodeEditor() const { return m_sharedEditor; }
    LinkEditor *linkEditor() const { return m_linkEditor; }
    DesignEditor *designEditor() const { return m_designEditor; }
    AnnotationEditor *annotationEditor() const { return m_annotationEditor; }
    QWidget *currentPage() const;
    CostPanel *costPanel() const { return m_cost; }
    // The analysis whose cost the dock shows for what is inspected.
    void setAnalysis(std::shared_ptr<const AnalysisResult> analysis);
    QString title() const;

signals:
    // After each refresh of the fields: one per selection change or model change.
    void refreshed();

private:
    void refresh(bool selectionChanged);
    void showElements(bool selectionChanged);
    void commitNodes(const QString &key, const std::vector<Node> &after);
    void commitLinks(const QString &key, const std::vector<Link> &after);
    void showPage(QWidget *page, const QIcon &icon, const QString &title);

    TopologyDocument *m_document;
    TopologyScene *m_scene;
    QStringList m_ids;
    QLabel *m_icon;
    QLabel *m_title;
    QStackedWidget *m_pages;
    QScrollArea *m_scroll;
    DesignEditor *m_designEditor;
    AnnotationEditor *m_annotationEditor;
    std::map<NodeKind, NodeEditor *> m_nodeEditors;
    NodeEditor *m_sharedEditor;
    LinkEditor *m_linkEditor;
    QLabel *m_mixedPage;
    CostPanel *m_cost;
};

} // namespace Er
