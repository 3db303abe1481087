#include "topologydocument.h"

#include "io/topologyreader.h"
#include "io/topologywriter.h"

#include <QFileInfo>

namespace Er {

TopologyDocument::TopologyDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        emit modificationChanged(!clean);
    });
}

QString TopologyDocument::displayName() const
{
    if (m_topology.name && !m_topology.name->empty())
        return QString::fromStdString(*m_topology.name);
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).completeBaseName();
    return tr("Untitled");
}

void TopologyDocument::resetTopology(Topology topology, const QString &filePath)
{
    m_undoStack.clear();
    m_topology = std::move(topology);
    const bool pathChanged = filePath != m_filePath;
    m_filePath = filePath;
    touch();
    emit topologyReset();
    if (pathChanged)
        emit filePathChanged(m_filePath);
    emit changed();
}

bool TopologyDocument::open(const QString &filePath, LoadError *error)
{
    LoadResult result = readTopologyFile(filePath.toStdString());
    if (!result.ok()) {
        if (error)
            *error = result.error;
        return false;
    }
    resetTopology(std::move(*result.topology), filePath);
    return true;
}

bool TopologyDocument::saveAs(const QString &filePath, QString *error)
{
    if (filePath.isEmpty()) {
        if (error)
            *error = tr("The design has no file name yet.");
        return false;
    }
    if (const auto failure = saveTopologyFile(m_topology, filePath.toStdString())) {
        if (error)
            *error = QString::fromStdString(*failure);
        return false;
    }
    const bool pathChanged = filePath != m_filePath;
    m_filePath = filePath;
    m_undoStack.setClean();
    if (pathChanged)
        emit filePathChanged(m_filePath);
    return true;
}

void TopologyDocument::insertNode(const Node &node, std::optional<std::size_t> index)
{
    if (!m_topology.addNode(node, index))
        return;
    touch();
    emit nodeAdded(QString::fromStdString(node.id));
    emit changed();
}

void TopologyDocument::removeNode(const QString &id)
{
    if (!m_topology.node(id.toStdString()))
        return;
    emit nodeAboutToBeRemoved(id);
    m_topology.removeNode(id.toStdString());
    touch();
    emit changed();
}

void TopologyDocument::replaceNode(const Node &node)
{
    if (!m_topology.replaceNode(node))
        return;
    touch();
    emit nodeChanged(QString::fromStdString(node.id));
    emit changed();
}

void TopologyDocument::insertLink(const Link &link, std::optional<std::size_t> index)
{
    if (!m_topology.addLink(link, index))
        return;
    touch();
    emit linkAdded(QString::fromStdString(link.id));
    emit changed();
}

void TopologyDocument::removeLink(const QString &id)
{
    if (!m_topology.link(id.toStdString()))
        return;
    emit linkAboutToBeRemoved(id);
    m_topology.removeLink(id.toStdString());
    touch();
    emit changed();
}

void TopologyDocument::replaceLink(const Link &link)
{
    if (!m_topology.replaceLink(link))
        return;
    touch();
    emit linkChanged(QString::fromStdString(link.id));
    emit changed();
}

void TopologyDocument::setDesignInfo(const std::optional<std::string> &name,
                                     const std::optional<std::string> &description)
{
    m_topology.name = name;
    m_topology.description = description;
    touch();
    emit designInfoChanged();
    emit changed();
}

void TopologyDocument::touch()
{
    ++m_revision;
}

} // namespace Er
