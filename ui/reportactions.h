#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Er {

class TopologyDocument;

// File > Export Report… (PDF), File > Export Diagram… (SVG, PNG) and Report Preview, bound to
// the window's document. Each works on the design as it is now, findings and analysis included.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    ReportActions(TopologyDocument *document, QWidget *window);

    QAction *exportReportAction() const { return m_exportReport; }
    QAction *exportDiagramAction() const { return m_exportDiagram; }
    QAction *previewAction() const { return m_preview; }
    void addToMenu(QMenu *menu) const;

    // The work behind the actions, without dialogs; each returns an error message or nothing.
    QString exportReport(const QString &path) const;
    QString exportDiagram(const QString &path) const;

private:
    void exportReportWithDialog();
    void exportDiagramWithDialog();
    void showPreview();
    QString suggestedPath(const QString &extension) const;

    TopologyDocument *m_document;
    QWidget *m_window;
    QAction *m_exportReport;
    QAction *m_exportDiagram;
    QAction *m_preview;
};

} // namespace Er
