#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointF>
#include <QStringList>

namespace Er {

class TopologyScene;

// Cut, copy, paste and duplicate on the canvas. The clipboard holds an .ertopo fragment
// ("application/x-ertopo-fragment", also as text): the selected nodes, the VNets of selected
// regions and the links among them. Pasting gives every element a fresh id, offsets it so the copy
// is visible, selects it and is one undo step. A VNet copied without its region is pasted into
// the same region when the design still has it. A pasted name the design already has gets
// " (copy)", " (copy 2)", ... so that names stay unique.
class CanvasClipboard : public QObject
{
    Q_OBJECT

public:
    explicit CanvasClipboard(TopologyScene *scene, QObject *parent = nullptr);

    // The fragment of the current selection; empty when no node is selected.
    QByteArray selectionFragment() const;
    // Adds the fragment's elements, moved by `offset`, as one undo step; returns the new ids
    // (nodes first). Empty when the data is not a fragment the design can take.
    QStringList pasteFragment(const QByteArray &fragment, QPointF offset);

    bool canPaste() const;
    bool copy();
    bool cut();
    QStringList paste();
    // Pastes with the copied elements centred on `scenePos` (the mouse, or where a context menu
    // was opened).
    QStringList pasteAt(QPointF scenePos);
    QStringList duplicate();

private:
    TopologyScene *m_scene;
    QByteArray m_lastPasted;
    int m_pasteCount = 0;
};

} // namespace Er
