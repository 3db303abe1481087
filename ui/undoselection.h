#pragma once

#include <QObject>
#include <QStringList>

namespace Er {

class TopologyScene;

// Undo selects what it brought back: after undoing a delete, a move or an edit, the elements the
// undone step touched (those that exist again) are the selection, as in draw.io and Visio. It
// only observes the document's signals and its undo stack's index.
class UndoSelection : public QObject
{
    Q_OBJECT

public:
    explicit UndoSelection(TopologyScene *scene, QObject *parent = nullptr);

private:
    void touched(const QString &id);
    void indexChanged(int index);

    TopologyScene *m_scene;
    QStringList m_touched; // since the stack's index last changed
    int m_index;
};

} // namespace Er
