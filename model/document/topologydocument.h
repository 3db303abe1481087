#pragma once

#include "model/core/topology.h"
#include "model/document/sharedtopology.h"
#include "model/io/loaderror.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUndoStack>

#include <future>
#include <memory>

namespace Er {

// A design being edited: the topology, the file it belongs to and its undo stack. Views observe
// its signals; every user edit is a command pushed on undoStack() that calls the mutators below,
// which emit the fine-grained signals. Nothing else changes the topology.
class TopologyDocument : public QObject
{
    Q_OBJECT

public:
    explicit TopologyDocument(QObject *parent = nullptr);
    ~TopologyDocument() override;

    // The design, for the document's own thread.
    const Topology &topology() const { return m_shared->m_topology; }
    // The design for background tasks, which copy it in their own thread (SharedTopology::copy).
    std::shared_ptr<const SharedTopology> sharedTopology() const { return m_shared; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    // The design's name, else the file's base name, else "Untitled".
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }
    // Increases with every change; background checks use it to drop stale results.
    quint64 revision() const { return m_shared->m_revision; }

    // Replaces the whole design (New, Open, Revert, recovery): clears the undo stack.
    // `diskHash`: SHA-256 of the bytes of `filePath` the design is based on (what was opened,
    // or what a crashed session had opened or last saved); empty: the file's bytes as they are
    // now. Saving over `filePath` later refuses when the file no longer has them.
    void resetTopology(Topology topology, const QString &filePath, const QByteArray &diskHash = {});
    // Opens a file; on failure nothing changes and `error` says where and what.
    bool open(const QString &filePath, LoadError *error);
    // What the last successful open() changed while loading (removed credentials), each naming
    // its place. The window shows them to the user.
    const QStringList &loadWarnings() const { return m_loadWarnings; }
    // Saves atomically; on success the document becomes clean and takes the new path. Saving
    // over the document's own file refuses, with a message, when another program changed that
    // file since it was opened or last saved, unless `overwriteExternalChanges`.
    bool saveAs(const QString &filePath, QString *error, bool overwriteExternalChanges = false);
    bool save(QString *error, bool overwriteExternalChanges = false)
    {
        return saveAs(m_filePath, error, overwriteExternalChanges);
    }
    // True when the document's file differs from what was opened or last saved (or is gone).
    bool fileChangedOnDisk() const;
    // SHA-256 of the file's bytes as last read or written; empty when not known. Just after
    // open() it may still be being taken (on another thread): then this waits for it.
    QByteArray diskHash() const { return m_diskHash.valid() ? m_diskHash.get() : QByteArray(); }

    // Mutators for commands. Each emits its signal and then changed().
    void insertNode(const Node &node, std::optional<std::size_t> index = std::nullopt);
    void removeNode(const QString &id);
    void replaceNode(const Node &node);
    void insertLink(const Link &link, std::optional<std::size_t> index = std::nullopt);
    void removeLink(const QString &id);
    void replaceLink(const Link &link);
    // Replaces several nodes and links as one change (a multi-selection's edit, a move): every
    // element is in place before the first signal, and changed() comes once, so no observer ever
    // sees some of them replaced and the others not.
    void replaceElements(const std::vector<Node> &nodes, const std::vector<Link> &links);
    // Notes and rectangles (core/annotation.h).
    void insertAnnotation(const Annotation &annotation,
                          std::optional<std::size_t> index = std::nullopt);
    void removeAnnotation(const QString &id);
    void replaceAnnotation(const Annotation &annotation);
    void setDesignInfo(const std::optional<std::string> &name,
                       const std::optional<std::string> &description);
    // The design's pricing terms (docs/spec/price-list.md); emits changed().
    void setPricing(const std::optional<Pricing> &pricing);

    // Changes made between beginBatch() and the matching endBatch() emit changed() once, when
    // the outermost batch ends (the fine-grained signals still come one by one), so that a
    // paste or a delete of a thousand elements refreshes each listener once. ChangeBatch below
    // holds one for a scope.
    void beginBatch();
    void endBatch();

signals:
    void nodeAdded(const QString &id);
    void nodeAboutToBeRemoved(const QString &id);
    void nodeChanged(const QString &id);
    void linkAdded(const QString &id);
    void linkAboutToBeRemoved(const QString &id);
    void linkChanged(const QString &id);
    void annotationAdded(const QString &id);
    void annotationAboutToBeRemoved(const QString &id);
    void annotationChanged(const QString &id);
    void designInfoChanged();
    void topologyReset();
    void filePathChanged(const QString &filePath);
    void modificationChanged(bool modified);
    // After any change of the topology.
    void changed();

private:
    // As above, with the hash being taken on another thread (open()).
    void resetTopology(Topology topology,
                       const QString &filePath,
                       std::shared_future<QByteArray> diskHash);

    // changed(), or its promise at the end of the batch.
    void signalChanged();

    int m_batchDepth = 0;
    bool m_changedInBatch = false;
    std::shared_ptr<SharedTopology> m_shared = std::make_shared<SharedTopology>();
    QString m_filePath;
    QStringList m_loadWarnings;
    // SHA-256 of the bytes of m_filePath as last read or written; empty when not known.
    std::shared_future<QByteArray> m_diskHash;
    QUndoStack m_undoStack;
};

// A batch of changes for the scope it lives in (TopologyDocument::beginBatch()).
class ChangeBatch
{
public:
    explicit ChangeBatch(TopologyDocument *document)
        : m_document(document)
    {
        m_document->beginBatch();
    }
    ~ChangeBatch() { m_document->endBatch(); }
    ChangeBatch(const ChangeBatch &) = delete;
    ChangeBatch &operator=(const ChangeBatch &) = delete;

private:
    TopologyDocument *m_document;
};

} // namespace Er
