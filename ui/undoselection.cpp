#include "ui/undoselection.h"

#include "model/document/topologydocument.h"
#include "views/topologyscene.h"

#include <QSet>
#include <QUndoStack>

namespace Er {

UndoSelection::UndoSelection(TopologyScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_index(scene->document()->undoStack()->index())
{
    TopologyDocument *document = scene->document();
    for (auto signal : {&TopologyDocument::nodeAdded, &TopologyDocument::nodeChanged,
                        &TopologyDocument::linkAdded, &TopologyDocument::linkChanged,
                        &TopologyDocument::annotationAdded, &TopologyDocument::annotationChanged})
        connect(document, signal, this, &UndoSelection::touched);
    connect(document, &TopologyDocument::topologyReset, this, [this] { m_touched.clear(); });
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &UndoSelection::indexChanged);
}

void UndoSelection::touched(const QString &id)
{
    if (m_touched.size() < 100000) // Select All, moved and moved back, stays bounded
        m_touched << id;
}

void UndoSelection::indexChanged(int index)
{
    const bool undone = index < m_index;
    m_index = index;
    QStringList ids;
    ids.swap(m_touched);
    if (!undone)
        return;
    QStringList existing;
    QSet<QString> seen;
    for (const QString &id : std::as_const(ids)) {
        if ((m_scene->nodeItem(id) || m_scene->linkItem(id) || m_scene->annotationItem(id))
            && !seen.contains(id)) {
            seen.insert(id);
            existing << id;
        }
    }
    if (!existing.isEmpty())
        m_scene->selectOnly(existing);
}

} // namespace Er
