#pragma once

#include "ui/recoverystore.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace Er {

class TopologyDocument;

// What the user may do about a design's file that another program changed since it was opened
// or last saved.
enum class ExternalChangeAnswer {
    Overwrite, // save over the other program's changes
    Reload,    // drop the unsaved changes and load the file as it is now
    SaveAs,    // keep both: save the design under another name
    Cancel,
};

// What the session asks the user; the main window answers with dialogs, tests with functions.
struct SessionPrompts
{
    std::function<void(const QString &title, const QString &text)> error;
    // Save, Discard or Cancel for unsaved changes of the named design.
    std::function<QMessageBox::StandardButton(const QString &designName)> unsavedChanges;
    // A file name to save to ("" cancels).
    std::function<QString(const QString &suggestedPath)> saveFileName;
    // Whether to recover a design from a session that did not close cleanly.
    std::function<bool(const RecoveryStore::Orphan &orphan)> recover;
    // What to do about a file another program changed since it was opened or last saved.
    std::function<ExternalChangeAnswer(const QString &filePath)> externalChange;
    // A save failed, for the reason in `text`: whether to save under another name instead.
    std::function<bool(const QString &title, const QString &text)> saveFailed;
};

// The document's life in files: New, New from Template, Open, Open Recent, Save, Save As, Revert,
// the unsaved-changes question, autosave to a recovery file and recovery after a crash.
class DocumentSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int autosaveMilliseconds = 60 * 1000;
    static constexpr int maxRecentFiles = 10;

    DocumentSession(TopologyDocument *document,
                    SessionPrompts prompts,
                    const QString &recoveryDirectory = RecoveryStore::defaultDirectory(),
                    QObject *parent = nullptr);
    ~DocumentSession() override;

    void setPrompts(SessionPrompts prompts) { m_prompts = std::move(prompts); }
    const SessionPrompts &prompts() const { return m_prompts; }
    TopologyDocument *document() const { return m_document; }
    RecoveryStore &recovery() { return m_recovery; }
    QTimer *autosaveTimer() { return &m_autosave; }

    // Each returns false when it did nothing (cancelled, or failed with the error shown); the
    // current design is then kept as it was.
    bool newDesign();
    bool newFromTemplate(const QString &resourcePath);
    bool open(const QString &filePath);
    bool save();
    bool saveAs(const QString &filePath);
    bool saveWithDialog();
    bool revert();
    // Loads the design's file as it is on disk now, dropping unsaved changes.
    bool reload();
    // Asks about unsaved changes: true when it is fine to drop the current design.
    bool maybeSave();

    QStringList recentFiles() const;
    void clearRecentFiles();

    // Writes the recovery file now if the design has unsaved changes.
    bool autosave();
    // What the autosave timer does: the same, written by a background thread from a copy, so
    // that a large design's minute-by-minute snapshot never freezes the window. Returns false
    // when there is nothing to write or a write is still under way.
    bool autosaveInBackground();
    bool isAutosaving() const { return m_backgroundAutosave.isRunning(); }
    // Offers the newest design left by a session that did not close cleanly; true if recovered.
    bool offerRecovery();
    bool recover(const RecoveryStore::Orphan &orphan);
    // A clean close: removes this session's recovery files.
    void endSession();

signals:
    void recentFilesChanged();
    void statusMessage(const QString &message);

private:
    void addRecentFile(const QString &filePath);
    void showError(const QString &title, const QString &text);

    TopologyDocument *m_document;
    SessionPrompts m_prompts;
    RecoveryStore m_recovery;
    QTimer m_autosave;
    QFutureWatcher<std::optional<QString>> m_backgroundAutosave;
};

} // namespace Er
