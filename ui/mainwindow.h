#pragma once

#include "ui/documentsession.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QToolBar;
class QUndoView;

namespace Er {

class AnalysisDock;
class CanvasActions;
class CanvasContextMenu;
class CanvasView;
class CostStatus;
class DesignChecker;
class FindBar;
class FindingsDock;
class ImportActions;
class InspectorDock;
class PriceListActions;
class PriceListSession;
class ReportActions;
class RuleReferenceDialog;
class TopologyDocument;
class TopologyScene;

// The designer's main window: the canvas in the middle; the inspector, findings, analysis and
// undo history in docks; file, edit, view and help menus; finding counts and the design's
// monthly cost in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    TopologyDocument *document() const { return m_document; }
    TopologyScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }
    DocumentSession *session() const { return m_session; }
    DesignChecker *checker() const { return m_checker; }
    InspectorDock *inspector() const { return m_inspector; }
    FindingsDock *findingsDock() const { return m_findings; }
    AnalysisDock *analysisDock() const { return m_analysis; }
    QUndoView *undoView() const { return m_undoView; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    ReportActions *reportActions() const { return m_reportActions; }
    // The price list the window costs with (File ▸ Price List…), and its actions.
    PriceListSession *priceList() const { return m_priceList; }
    PriceListActions *priceListActions() const { return m_priceListActions; }
    // The design's monthly total in the status bar.
    CostStatus *costStatus() const { return m_costStatus; }
    CanvasActions *canvasActions() const { return m_canvasActions; }
    // File > Import… and Arrange > Tidy, Pin Position, Confirm Placeholders.
    ImportActions *importActions() const { return m_importActions; }
    FindBar *findBar() const { return m_findBar; }
    CanvasContextMenu *canvasContextMenu() const { return m_contextMenu; }
    // Help ▸ Keyboard Shortcuts: every action with a shortcut, searchable.
    QAction *shortcutsAction() const { return m_shortcuts; }
    // Help ▸ Rule Reference: every rule, searchable; a finding's context menu opens it at its rule.
    QAction *ruleReferenceAction() const { return m_ruleReference; }
    // Shows the rule reference (one per window), at `ruleId` when given.
    RuleReferenceDialog *showRuleReference(const QString &ruleId = QString());

    // Opens a design; on failure shows the precise error and keeps the current design.
    bool openFile(const QString &filePath);
    // Replaces the dialogs (tests answer them with functions).
    void setPrompts(SessionPrompts prompts);
    // Selects the elements on the canvas and centres the view on them.
    void showElements(const QStringList &ids);
    void setDarkTheme(bool dark);
    // "1 error, 2 warnings, 0 info", as the status bar shows it.
    QString findingCounts() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createFileMenu();
    void createEditAndViewMenus();
    void createStatusBar();
    void installCanvasExtras(); // find bar, context menus, F8, undo selection, shortcuts list
    void installImportActions();
    void rebuildRecentMenu();
    void updateTitle();
    void showResults();
    void updateCanvasAccessibility();
    void restoreSettings();
    void fitGeometryToScreen();
    void saveSettings() const;
    SessionPrompts dialogPrompts();

    TopologyDocument *m_document;
    TopologyScene *m_scene;
    CanvasView *m_view;
    DocumentSession *m_session;
    ReportActions *m_reportActions = nullptr;
    DesignChecker *m_checker;
    PriceListSession *m_priceList;
    PriceListActions *m_priceListActions = nullptr;
    CostStatus *m_costStatus = nullptr;
    InspectorDock *m_inspector = nullptr;
    FindingsDock *m_findings = nullptr;
    AnalysisDock *m_analysis = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QUndoView *m_undoView = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_darkTheme = nullptr;
    QLabel *m_countLabels[3] = {};
    QLabel *m_checking = nullptr;
    CanvasActions *m_canvasActions = nullptr;
    ImportActions *m_importActions = nullptr;
    FindBar *m_findBar = nullptr;
    CanvasContextMenu *m_contextMenu = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_ruleReference = nullptr;
    RuleReferenceDialog *m_ruleReferenceDialog = nullptr;
};

} // namespace Er
