#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Er {

class Topology;

// Crash recovery. Each running session holds a lock and a marker in the recovery folder
// (QStandardPaths::AppDataLocation/recovery/) and, while its design has unsaved changes, a
// snapshot written atomically. A clean save removes the snapshot, a clean close removes
// everything. A marker whose session lock is not held by a live process belongs to a session
// that ended uncleanly: its snapshot can be recovered at the next start.
class RecoveryStore
{
public:
    struct Orphan
    {
        QString sessionId;
        QString snapshotPath;
        QString originalPath; // the file the design was saved as, if any
        // SHA-256 of that file's bytes as the session had opened or last saved them; empty if
        // not known.
        QByteArray originalHash;
        QDateTime savedAt;
    };

    explicit RecoveryStore(const QString &directory = defaultDirectory());
    ~RecoveryStore();

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString sessionId() const { return m_sessionId; }

    // Locks this session and writes its marker.
    bool beginSession();
    // Writes the snapshot atomically and records where the design belongs and which bytes of
    // that file it is based on.
    std::optional<QString> writeSnapshot(const Topology &topology,
                                         const QString &originalPath,
                                         const QByteArray &originalHash = {});
    bool hasSnapshot() const;
    QString snapshotPath() const;
    void discardSnapshot();
    // A clean close: removes this session's snapshot, marker and lock.
    void endSession();

    // Snapshots of sessions that did not close cleanly, newest first.
    std::vector<Orphan> orphans() const;
    // Removes an orphan's files (after it was recovered or declined).
    void discard(const Orphan &orphan) const;
    // Removes every file of sessions that ended uncleanly with nothing to recover: killed
    // before their first snapshot was complete (a marker, a lock, the temporary of an unfinished
    // write). Sessions still running and orphans with a snapshot are left alone. Returns the
    // number of sessions swept.
    int removeAbandonedSessions() const;

    // The marker and snapshot files of a session id (tests simulate a crash with them).
    QString markerPath(const QString &sessionId) const;
    QString snapshotPathOf(const QString &sessionId) const;
    QString lockPathOf(const QString &sessionId) const;
    static bool writeMarker(const QString &markerPath,
                            const QString &originalPath,
                            const QDateTime &savedAt,
                            const QByteArray &originalHash = {});

private:
    bool isLiveSession(const QString &sessionId) const;

    QString m_directory;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_lock;
    bool m_active = false;
};

} // namespace Er
