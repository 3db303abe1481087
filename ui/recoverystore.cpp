#include "ui/recoverystore.h"

#include "model/core/topology.h"
#include "model/io/topologywriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <set>

namespace Er {

namespace {

const QString markerSuffix = QStringLiteral(".session");
const QString originalHashKey = QStringLiteral("originalSha256");
const QString snapshotSuffix = QStringLiteral(".ertopo");
const QString lockSuffix = QStringLiteral(".lock");
const QString unfinishedInfix = QStringLiteral(".saving-");

// The session id a recovery file belongs to: "<id>.session", "<id>.lock", "<id>.ertopo", or the
// temporary of an unfinished atomic write, ".<id>.ertopo.saving-XXXXXX".
QString sessionIdOfFile(const QString &fileName)
{
    const QString name = fileName.startsWith(QLatin1Char('.')) ? fileName.mid(1) : fileName;
    const QString candidate = name.left(36);
    if (QUuid::fromString(candidate).isNull())
        return {};
    return candidate;
}

QStringList unfinishedWritesOf(const QDir &dir, const QString &sessionId)
{
    const QString pattern = QLatin1Char('.') + sessionId + QStringLiteral(".*") + unfinishedInfix
                            + QLatin1Char('*');
    return dir.entryList({pattern}, QDir::Files | QDir::Hidden);
}

} // namespace

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory)
    , m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

QString RecoveryStore::markerPath(const QString &sessionId) const
{
    return QDir(m_directory).filePath(sessionId + markerSuffix);
}

QString RecoveryStore::snapshotPathOf(const QString &sessionId) const
{
    return QDir(m_directory).filePath(sessionId + snapshotSuffix);
}

QString RecoveryStore::lockPathOf(const QString &sessionId) const
{
    return QDir(m_directory).filePath(sessionId + lockSuffix);
}

QString RecoveryStore::snapshotPath() const
{
    return snapshotPathOf(m_sessionId);
}

bool RecoveryStore::writeMarker(const QString &markerPath,
                                const QString &originalPath,
                                const QDateTime &savedAt,
                                const QByteArray &originalHash)
{
    QJsonObject marker;
    marker.insert(QStringLiteral("originalPath"), originalPath);
    marker.insert(originalHashKey, QString::fromLatin1(originalHash.toHex()));
    marker.insert(QStringLiteral("savedAt"), savedAt.toString(Qt::ISODateWithMs));
    const QByteArray bytes = QJsonDocument(marker).toJson();
    return !writeFileAtomically(markerPath.toStdString(), bytes.toStdString());
}

bool RecoveryStore::beginSession()
{
    if (m_active)
        return true;
    if (!QDir().mkpath(m_directory))
        return false;
    m_lock = std::make_unique<QLockFile>(lockPathOf(m_sessionId));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        return false;
    m_active = writeMarker(markerPath(m_sessionId), QString(), QDateTime());
    return m_active;
}

std::optional<QString> RecoveryStore::writeSnapshot(const Topology &topology,
                                                    const QString &originalPath,
                                                    const QByteArray &originalHash)
{
    if (!m_active && !beginSession())
        return QStringLiteral("cannot create the recovery folder %1").arg(m_directory);
    if (const auto failure = saveTopologyFile(topology, snapshotPath().toStdString()))
        return QString::fromStdString(*failure);
    if (!writeMarker(markerPath(m_sessionId), originalPath, QDateTime::currentDateTime(),
                     originalHash))
        return QStringLiteral("cannot write %1").arg(markerPath(m_sessionId));
    return std::nullopt;
}

bool RecoveryStore::hasSnapshot() const
{
    return QFileInfo::exists(snapshotPath());
}

void RecoveryStore::discardSnapshot()
{
    QFile::remove(snapshotPath());
}

void RecoveryStore::endSession()
{
    QFile::remove(snapshotPath());
    QFile::remove(markerPath(m_sessionId));
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_active = false;
}

std::vector<RecoveryStore::Orphan> RecoveryStore::orphans() const
{
    std::vector<Orphan> found;
    const QDir dir(m_directory);
    for (const QString &file : dir.entryList({QStringLiteral("*") + markerSuffix}, QDir::Files)) {
        const QString sessionId = file.chopped(markerSuffix.size());
        if (isLiveSession(sessionId) || !QFileInfo::exists(snapshotPathOf(sessionId)))
            continue;
        QFile markerFile(dir.filePath(file));
        QJsonObject marker;
        if (markerFile.open(QIODevice::ReadOnly))
            marker = QJsonDocument::fromJson(markerFile.readAll()).object();
        Orphan orphan;
        orphan.sessionId = sessionId;
        orphan.snapshotPath = snapshotPathOf(sessionId);
        orphan.originalPath = marker.value(QStringLiteral("originalPath")).toString();
        orphan.originalHash = QByteArray::fromHex(
            marker.value(originalHashKey).toString().toLatin1());
        orphan.savedAt = QDateTime::fromString(marker.value(QStringLiteral("savedAt")).toString(),
                                               Qt::ISODateWithMs);
        if (!orphan.savedAt.isValid())
            orphan.savedAt = QFileInfo(orphan.snapshotPath).lastModified();
        found.push_back(orphan);
    }
    std::sort(found.begin(), found.end(),
              [](const Orphan &a, const Orphan &b) { return a.savedAt > b.savedAt; });
    return found;
}

bool RecoveryStore::isLiveSession(const QString &sessionId) const
{
    if (sessionId == m_sessionId)
        return true;
    // A live session holds its lock; a crashed one left it stale (or never had one).
    QLockFile lock(lockPathOf(sessionId));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return true;
    lock.unlock();
    return false;
}

int RecoveryStore::removeAbandonedSessions() const
{
    const QDir dir(m_directory);
    std::set<QString> sessionIds;
    for (const QString &file : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (const QString id = sessionIdOfFile(file); !id.isEmpty())
            sessionIds.insert(id);
    }
    int swept = 0;
    for (const QString &sessionId : sessionIds) {
        // (Testing a dead session's lock takes it over and removes it.)
        if (isLiveSession(sessionId) || QFileInfo::exists(snapshotPathOf(sessionId)))
            continue;
        for (const QString &file : unfinishedWritesOf(dir, sessionId))
            QFile::remove(dir.filePath(file));
        QFile::remove(markerPath(sessionId));
        QFile::remove(lockPathOf(sessionId));
        ++swept;
    }
    return swept;
}

void RecoveryStore::discard(const Orphan &orphan) const
{
    // A session killed during an autosave also left the temporary file of that save.
    const QDir dir(m_directory);
    for (const QString &file : unfinishedWritesOf(dir, orphan.sessionId))
        QFile::remove(dir.filePath(file));
    QFile::remove(orphan.snapshotPath);
    QFile::remove(markerPath(orphan.sessionId));
    QFile::remove(lockPathOf(orphan.sessionId));
}

} // namespace Er
