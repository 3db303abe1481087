#include "ui/documentsession.h"

#include "model/document/topologydocument.h"
#include "model/io/topologyreader.h"
#include "ui/designtemplates.h"
#include "views/qtstrings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace Er {

namespace {

const QString recentFilesKey = QStringLiteral("recentFiles");

} // namespace

DocumentSession::DocumentSession(TopologyDocument *document,
                                 SessionPrompts prompts,
                                 const QString &recoveryDirectory,
                                 QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_prompts(std::move(prompts))
    , m_recovery(recoveryDirectory)
{
    m_recovery.beginSession();
    m_autosave.setInterval(autosaveMilliseconds);
    connect(&m_autosave, &QTimer::timeout, this, &DocumentSession::autosaveInBackground);
    connect(&m_backgroundAutosave, &QFutureWatcher<std::optional<QString>>::finished, this, [this] {
        if (const std::optional<QString> failure = m_backgroundAutosave.result())
            emit statusMessage(tr("Autosave failed: %1").arg(*failure));
        // Saved (or undone back to the saved state) while the snapshot was being written: the
        // snapshot is of work that is not unsaved any more.
        if (!m_document->isModified())
            m_recovery.discardSnapshot();
    });
    m_autosave.start();
    connect(m_document, &TopologyDocument::modificationChanged, this, [this](bool modified) {
        if (!modified)
            m_recovery.discardSnapshot();
    });
}

DocumentSession::~DocumentSession()
{
    endSession();
}

void DocumentSession::endSession()
{
    m_autosave.stop();
    // A snapshot still being written would come back after the files are removed.
    m_backgroundAutosave.waitForFinished();
    m_recovery.endSession();
}

void DocumentSession::showError(const QString &title, const QString &text)
{
    emit statusMessage(text);
    if (m_prompts.error)
        m_prompts.error(title, text);
}

bool DocumentSession::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer = m_prompts.unsavedChanges ? m_prompts.unsavedChanges(
                                                   m_document->displayName())
                                                                        : QMessageBox::Cancel;
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool DocumentSession::newDesign()
{
    if (!maybeSave())
        return false;
    m_document->resetTopology(Topology(), QString());
    emit statusMessage(tr("New design."));
    return true;
}

bool DocumentSession::newFromTemplate(const QString &resourcePath)
{
    LoadResult loaded = loadDesignTemplate(resourcePath);
    if (!loaded.ok()) {
        showError(tr("Cannot use template"), qs(loaded.error.toString()));
        return false;
    }
    if (!maybeSave())
        return false;
    // A template starts an untitled design: saving asks where.
    m_document->resetTopology(std::move(*loaded.topology), QString());
    emit statusMessage(tr("New design from the template \"%1\".").arg(m_document->displayName()));
    return true;
}

bool DocumentSession::open(const QString &filePath)
{
    if (!maybeSave())
        return false;
    LoadError error;
    if (!m_document->open(filePath, &error)) {
        showError(tr("Cannot open design"),
                  tr("The design could not be opened; the current design is unchanged.\n\n%1")
                      .arg(qs(error.toString())));
        return false;
    }
    addRecentFile(filePath);
    emit statusMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(filePath)));
    if (!m_document->loadWarnings().isEmpty()) {
        showError(tr("Opened with changes"),
                  tr("%1 was opened, with these changes:\n\n%2")
                      .arg(QDir::toNativeSeparators(filePath),
                           m_document->loadWarnings().join(QLatin1Char('\n'))));
    }
    return true;
}

bool DocumentSession::save()
{
    if (m_document->filePath().isEmpty())
        return saveWithDialog();
    return saveAs(m_document->filePath());
}

bool DocumentSession::saveWithDialog()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        suggested = QDir::home().filePath(
            m_document->displayName().replace(QLatin1Char('/'), QLatin1Char('-'))
            + QStringLiteral(".ertopo"));
    }
    const QString path = m_prompts.saveFileName ? m_prompts.saveFileName(suggested) : QString();
    if (path.isEmpty())
        return false;
    return saveAs(path);
}

bool DocumentSession::saveAs(const QString &filePath)
{
    bool overwrite = false;
    if (QFileInfo(filePath) == QFileInfo(m_document->filePath()) && QFileInfo::exists(filePath)
        && m_document->fileChangedOnDisk()) {
        const ExternalChangeAnswer answer = m_prompts.externalChange
                                                ? m_prompts.externalChange(filePath)
                                                : ExternalChangeAnswer::Cancel;
        switch (answer) {
        case ExternalChangeAnswer::Overwrite:
            overwrite = true;
            break;
        case ExternalChangeAnswer::Reload:
            reload();
            return false; // the design on screen is the other program's, not saved
        case ExternalChangeAnswer::SaveAs:
            return saveWithDialog();
        case ExternalChangeAnswer::Cancel:
            return false;
        }
    }
    QString error;
    if (!m_document->saveAs(filePath, &error, overwrite)) {
        const QString title = tr("Cannot save design");
        const QString text
            = tr("The design could not be saved to %1; the file on disk is unchanged.\n\n%2")
                  .arg(QDir::toNativeSeparators(filePath), error);
        emit statusMessage(text);
        if (m_prompts.saveFailed && m_prompts.saveFailed(title, text))
            return saveWithDialog();
        return false;
    }
    m_recovery.discardSnapshot();
    addRecentFile(filePath);
    emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(filePath)));
    return true;
}

bool DocumentSession::revert()
{
    if (!m_document->isModified())
        return false;
    return reload();
}

bool DocumentSession::reload()
{
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return false;
    LoadError error;
    if (!m_document->open(path, &error)) {
        showError(tr("Cannot reload"),
                  tr("The design on disk could not be read; the current design is unchanged.\n\n%1")
                      .arg(qs(error.toString())));
        return false;
    }
    emit statusMessage(tr("Loaded %1 as it is on disk.").arg(QDir::toNativeSeparators(path)));
    return true;
}

QStringList DocumentSession::recentFiles() const
{
    return QSettings().value(recentFilesKey).toStringList();
}

void DocumentSession::clearRecentFiles()
{
    QSettings().remove(recentFilesKey);
    emit recentFilesChanged();
}

void DocumentSession::addRecentFile(const QString &filePath)
{
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentFilesKey, files);
    emit recentFilesChanged();
}

bool DocumentSession::autosave()
{
    if (!m_document->isModified())
        return false;
    m_backgroundAutosave.waitForFinished(); // one writer of the snapshot at a time
    if (const auto failure = m_recovery.writeSnapshot(m_document->topology(), m_document->filePath(),
                                                      m_document->diskHash())) {
        emit statusMessage(tr("Autosave failed: %1").arg(*failure));
        return false;
    }
    return true;
}

bool DocumentSession::autosaveInBackground()
{
    if (!m_document->isModified() || m_backgroundAutosave.isRunning())
        return false;
    RecoveryStore *store = &m_recovery;
    m_backgroundAutosave.setFuture(QtConcurrent::run(
        [store, design = m_document->sharedTopology(), filePath = m_document->filePath(),
         diskHash = m_document->diskHash()]() -> std::optional<QString> {
            return store->writeSnapshot(design->copy().topology, filePath, diskHash);
        }));
    return true;
}

bool DocumentSession::offerRecovery()
{
    m_recovery.removeAbandonedSessions();
    const std::vector<RecoveryStore::Orphan> orphans = m_recovery.orphans();
    if (orphans.empty())
        return false;
    const RecoveryStore::Orphan &newest = orphans.front();
    if (m_prompts.recover && m_prompts.recover(newest))
        return recover(newest);
    // Declined: the user chose to drop it; older orphans go too, so the question is not repeated.
    for (const RecoveryStore::Orphan &orphan : orphans)
        m_recovery.discard(orphan);
    return false;
}

bool DocumentSession::recover(const RecoveryStore::Orphan &orphan)
{
    LoadResult loaded = readTopologyFile(orphan.snapshotPath.toStdString());
    if (!loaded.ok()) {
        showError(tr("Cannot recover design"),
                  tr("The recovery file could not be read; it is kept at %1.\n\n%2")
                      .arg(QDir::toNativeSeparators(orphan.snapshotPath),
                           qs(loaded.error.toString())));
        return false;
    }
    // Saving over the original file asks if another program changed it since the crashed
    // session opened or saved it.
    m_document->resetTopology(std::move(*loaded.topology), orphan.originalPath, orphan.originalHash);
    // Recovered work is unsaved work: it stays modified until saved, and safe in this session's
    // own recovery file before the crashed session's file goes.
    m_document->undoStack()->resetClean();
    autosave();
    m_recovery.discard(orphan);
    emit statusMessage(tr("Recovered the unsaved design \"%1\" from %2.")
                           .arg(m_document->displayName(),
                                QLocale().toString(orphan.savedAt, QLocale::ShortFormat)));
    return true;
}

} // namespace Er
