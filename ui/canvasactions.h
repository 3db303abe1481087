#pragma once

#include "views/actionicons.h"

#include <QObject>

#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

namespace Er {

class CanvasClipboard;
class CanvasView;
class TopologyScene;

// The canvas's commands as QActions with standard shortcuts and tooltips, bound to one view and
// its scene, for the Edit and View menus and the canvas toolbar. They keep their enabled state in
// step with the selection and the clipboard.
class CanvasActions : public QObject
{
    Q_OBJECT

public:
    CanvasActions(CanvasView *view, QObject *parent = nullptr);

    // Puts the canvas tools into a main window: the palette and overview docks (left), these
    // actions in the Edit and View menus and a Canvas toolbar, and the canvas's messages and
    // usage hint in the status bar, with the zoom in percent. Returns the actions (owned by the window).
    static CanvasActions *install(QMainWindow *window,
                                  CanvasView *view,
                                  QMenu *editMenu,
                                  QMenu *viewMenu);

    QAction *deleteAction() const { return m_delete; }
    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *selectAllAction() const { return m_selectAll; }
    QAction *alignLeftAction() const { return m_alignLeft; }
    QAction *alignRightAction() const { return m_alignRight; }
    QAction *alignTopAction() const { return m_alignTop; }
    QAction *alignBottomAction() const { return m_alignBottom; }
    QAction *alignHorizontalCentresAction() const { return m_alignHCentres; }
    QAction *alignVerticalCentresAction() const { return m_alignVCentres; }
    QAction *distributeHorizontallyAction() const { return m_distributeH; }
    QAction *distributeVerticallyAction() const { return m_distributeV; }
    QAction *snapToGridAction() const { return m_snap; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAction() const { return m_fit; }
    QAction *zoomToSelectionAction() const { return m_zoomSelection; }
    QAction *connectModeAction() const { return m_connect; }
    CanvasClipboard *clipboard() const { return m_clipboard; }
    // Edit > Arrange, for actions that other parts of the window add to it.
    QMenu *arrangeMenu() const { return m_arrangeMenu; }

    // Adds the editing actions (clipboard, delete, select all, an Arrange submenu).
    void addEditActions(QMenu *menu) const;
    // Adds zoom, fit, snap to grid and connect mode.
    void addViewActions(QMenu *menu) const;
    void addToolBarActions(QToolBar *toolBar) const;

private:
    QAction *makeAction(const QString &text,
                        const QString &toolTip,
                        const QKeySequence &shortcut,
                        std::optional<ActionIcon> icon = std::nullopt);
    void updateEnabled();

    CanvasView *m_view;
    TopologyScene *m_scene;
    CanvasClipboard *m_clipboard;
    QAction *m_delete, *m_cut, *m_copy, *m_paste, *m_duplicate, *m_selectAll;
    QAction *m_alignLeft, *m_alignRight, *m_alignTop, *m_alignBottom;
    QAction *m_alignHCentres, *m_alignVCentres, *m_distributeH, *m_distributeV;
    QAction *m_snap, *m_zoomIn, *m_zoomOut, *m_fit, *m_zoomSelection, *m_connect;
    QMenu *m_arrangeMenu;
};

} // namespace Er
