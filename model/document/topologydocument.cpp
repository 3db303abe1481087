#include "model/document/topologydocument.h"

#include "model/io/topologyreader.h"
#include "model/io/topologywriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <future>

namespace Er {

namespace {

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// The hash of a file's bytes, or nothing when it cannot be read.
std::optional<QByteArray> hashOfFile(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return std::nullopt;
    return hash.result();
}

} // namespace

TopologyDocument::TopologyDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modificationChanged(!clean); });
}

TopologyDocument::~TopologyDocument()
{
    // The undo stack is destroyed after this body and says it is clean again on the way: nobody
    // may hear that from a document that is half gone.
    disconnect(&m_undoStack, nullptr, this, nullptr);
}

QString TopologyDocument::displayName() const
{
    if (topology().name && !topology().name->empty())
        return QString::fromStdString(*topology().name);
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).completeBaseName();
    return tr("Untitled");
}

namespace {

std::shared_future<QByteArray> known(const QByteArray &hash)
{
    std::promise<QByteArray> promise;
    promise.set_value(hash);
    return promise.get_future().share();
}

} // namespace

void TopologyDocument::resetTopology(Topology topology,
                                     const QString &filePath,
                                     const QByteArray &diskHash)
{
    resetTopology(std::move(topology), filePath,
                  known(diskHash.isEmpty() && !filePath.isEmpty()
                            ? hashOfFile(filePath).value_or(QByteArray())
                            : diskHash));
}

void TopologyDocument::resetTopology(Topology topology,
                                     const QString &filePath,
                                     std::shared_future<QByteArray> diskHash)
{
    m_undoStack.clear();
    m_shared->change([&](Topology &current) {
        current = std::move(topology);
        return true;
    });
    const bool pathChanged = filePath != m_filePath;
    m_filePath = filePath;
    m_loadWarnings.clear();
    m_diskHash = std::move(diskHash);
    emit topologyReset();
    if (pathChanged)
        emit filePathChanged(m_filePath);
    signalChanged();
}

bool TopologyDocument::open(const QString &filePath, LoadError *error)
{
    // Read once, so that the hash is of exactly the bytes that were loaded.
    const ReadLimits limits;
    QFile file(filePath);
    LoadResult result;
    std::string bytes;
    std::shared_future<QByteArray> hash;
    if (file.open(QIODevice::ReadOnly) && std::size_t(file.size()) <= limits.maxBytes) {
        bytes.resize(std::size_t(file.size()));
        const qint64 read = file.read(bytes.data(), qint64(bytes.size()));
        bytes.resize(std::size_t(std::max<qint64>(read, 0)));
        result = readTopology(bytes, filePath.toStdString(), limits);
        // The hash (a tenth of a second for a 10,000-site design) is taken on another thread
        // while this one shows the design; it is needed only when the file is saved over.
        if (result.ok()) {
            hash = std::async(std::launch::async, [bytes = std::move(bytes)] {
                       return sha256(QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size())));
                   }).share();
        }
    } else {
        result = readTopologyFile(filePath.toStdString(), limits); // says why
    }
    if (!result.ok()) {
        if (error)
            *error = result.error;
        return false;
    }
    if (hash.valid())
        resetTopology(std::move(*result.topology), filePath, std::move(hash));
    else
        resetTopology(std::move(*result.topology), filePath, QByteArray());
    for (const std::string &warning : result.warnings)
        m_loadWarnings.push_back(QString::fromStdString(warning));
    return true;
}

bool TopologyDocument::fileChangedOnDisk() const
{
    const QByteArray opened = diskHash();
    if (m_filePath.isEmpty() || opened.isEmpty())
        return false;
    return hashOfFile(m_filePath) != opened;
}

bool TopologyDocument::saveAs(const QString &filePath, QString *error, bool overwriteExternalChanges)
{
    if (filePath.isEmpty()) {
        if (error)
            *error = tr("The design has no file name yet.");
        return false;
    }
    if (filePath == m_filePath && !overwriteExternalChanges && QFileInfo::exists(filePath)
        && fileChangedOnDisk()) {
        if (error) {
            *error = tr("%1 was changed by another program since it was opened or last saved. "
                        "Saving now would overwrite those changes: save under another name, or "
                        "overwrite them.")
                         .arg(filePath);
        }
        return false;
    }
    const std::string bytes = writeTopology(topology());
    if (const auto failure = writeFileAtomically(filePath.toStdString(), bytes)) {
        if (error)
            *error = QString::fromStdString(*failure);
        return false;
    }
    m_diskHash = known(sha256(QByteArray::fromStdString(bytes)));
    const bool pathChanged = filePath != m_filePath;
    m_filePath = filePath;
    m_undoStack.setClean();
    if (pathChanged)
        emit filePathChanged(m_filePath);
    return true;
}

void TopologyDocument::insertNode(const Node &node, std::optional<std::size_t> index)
{
    if (!m_shared->change([&](Topology &topology) { return topology.addNode(node, index); }))
        return;
    emit nodeAdded(QString::fromStdString(node.id));
    signalChanged();
}

void TopologyDocument::removeNode(const QString &id)
{
    if (!topology().node(id.toStdString()))
        return;
    emit nodeAboutToBeRemoved(id);
    m_shared->change(
        [&](Topology &topology) { return topology.removeNode(id.toStdString()).has_value(); });
    signalChanged();
}

void TopologyDocument::replaceNode(const Node &node)
{
    replaceElements({node}, {});
}

void TopologyDocument::insertLink(const Link &link, std::optional<std::size_t> index)
{
    if (!m_shared->change([&](Topology &topology) { return topology.addLink(link, index); }))
        return;
    emit linkAdded(QString::fromStdString(link.id));
    signalChanged();
}

void TopologyDocument::removeLink(const QString &id)
{
    if (!topology().link(id.toStdString()))
        return;
    emit linkAboutToBeRemoved(id);
    m_shared->change(
        [&](Topology &topology) { return topology.removeLink(id.toStdString()).has_value(); });
    signalChanged();
}

void TopologyDocument::replaceLink(const Link &link)
{
    replaceElements({}, {link});
}

void TopologyDocument::replaceElements(const std::vector<Node> &nodes,
                                       const std::vector<Link> &links)
{
    QStringList changedNodes;
    QStringList changedLinks;
    const bool changedAny = m_shared->change([&](Topology &topology) {
        for (const Node &node : nodes) {
            if (topology.replaceNode(node))
                changedNodes << QString::fromStdString(node.id);
        }
        for (const Link &link : links) {
            if (topology.replaceLink(link))
                changedLinks << QString::fromStdString(link.id);
        }
        return !changedNodes.isEmpty() || !changedLinks.isEmpty();
    });
    if (!changedAny)
        return;
    for (const QString &id : changedNodes)
        emit nodeChanged(id);
    for (const QString &id : changedLinks)
        emit linkChanged(id);
    signalChanged();
}

void TopologyDocument::insertAnnotation(const Annotation &annotation,
                                        std::optional<std::size_t> index)
{
    if (!m_shared->change(
            [&](Topology &topology) { return topology.addAnnotation(annotation, index); }))
        return;
    emit annotationAdded(QString::fromStdString(annotation.id));
    emit changed();
}

void TopologyDocument::removeAnnotation(const QString &id)
{
    if (!topology().annotation(id.toStdString()))
        return;
    emit annotationAboutToBeRemoved(id);
    m_shared->change([&](Topology &topology) {
        return topology.removeAnnotation(id.toStdString()).has_value();
    });
    emit changed();
}

void TopologyDocument::replaceAnnotation(const Annotation &annotation)
{
    const Annotation *current = topology().annotation(annotation.id);
    if (!current || *current == annotation)
        return;
    m_shared->change([&](Topology &topology) { return topology.replaceAnnotation(annotation); });
    emit annotationChanged(QString::fromStdString(annotation.id));
    emit changed();
}

void TopologyDocument::setDesignInfo(const std::optional<std::string> &name,
                                     const std::optional<std::string> &description)
{
    m_shared->change([&](Topology &topology) {
        topology.name = name;
        topology.description = description;
        return true;
    });
    emit designInfoChanged();
    signalChanged();
}

void TopologyDocument::setPricing(const std::optional<Pricing> &pricing)
{
    m_shared->change([&](Topology &topology) {
        topology.pricing = pricing;
        return true;
    });
    signalChanged();
}

void TopologyDocument::beginBatch()
{
    ++m_batchDepth;
}

void TopologyDocument::endBatch()
{
    if (m_batchDepth == 0 || --m_batchDepth > 0 || !m_changedInBatch)
        return;
    m_changedInBatch = false;
    emit changed();
}

void TopologyDocument::signalChanged()
{
    if (m_batchDepth > 0)
        m_changedInBatch = true;
    else
        emit changed();
}

} // namespace Er
