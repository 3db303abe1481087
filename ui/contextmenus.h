#pragma once

#include <QObject>
#include <QPoint>

#include <functional>

class QAction;
class QMenu;

namespace Er {

class CanvasActions;
class CanvasView;

// The canvas's context menus, built from the canvas actions. On a node or link (which the right
// click selects, unless it is part of the selection): Cut, Copy, Duplicate, Delete, Zoom to
// Selection and Properties (the inspector, focused). On the empty canvas: Paste Here (centred on
// the click), Select All and Fit Design.
class CanvasContextMenu : public QObject
{
    Q_OBJECT

public:
    CanvasContextMenu(CanvasView *view,
                      CanvasActions *actions,
                      std::function<void()> showProperties,
                      QObject *parent = nullptr);

    // "Properties" (Alt+Enter in the canvas): shows and focuses the inspector.
    QAction *propertiesAction() const { return m_properties; }
    // The menu for a right click at `viewportPos`; selects what was clicked. The caller owns it.
    QMenu *menuAt(QPoint viewportPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CanvasView *m_view;
    QObject *m_viewport = nullptr; // compared only, never called
    CanvasActions *m_actions;
    QAction *m_properties;
};

} // namespace Er
