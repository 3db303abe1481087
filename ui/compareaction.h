#pragma once

#include "model/diff/designdiff.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <string>

class QAction;
class QWidget;

namespace Er {

class CompareDialog;
class TopologyDocument;

// File ▸ Compare With…: asks for an earlier revision of the design, compares it with the design
// in the window in the background (both are analysed and validated, as `diff` does) and shows
// the changes in a CompareDialog.
class CompareAction : public QObject
{
    Q_OBJECT

public:
    using ShowElements = std::function<void(const QStringList &ids)>;
    // Asks for the earlier file; empty: cancelled. Tests answer with a function.
    using FilePrompt = std::function<QString()>;

    CompareAction(TopologyDocument *document, QWidget *window, ShowElements showElements);

    QAction *action() const { return m_action; }
    void setFilePrompt(FilePrompt prompt) { m_prompt = std::move(prompt); }
    // Compares with `earlierFile` (what the action does once the file is chosen).
    void compareWith(const QString &earlierFile);
    bool isComparing() const { return m_watcher.isRunning(); }
    // The dialog last shown, while it is open.
    CompareDialog *dialog() const;

signals:
    void statusMessage(const QString &message);
    // The comparison ended: the dialog is shown, or `error` says why not.
    void compared(const QString &error);

private:
    struct Outcome
    {
        std::string error; // the earlier file does not load
        DesignDiff diff;
    };

    void finished();

    TopologyDocument *m_document;
    QWidget *m_window;
    ShowElements m_show;
    QAction *m_action;
    FilePrompt m_prompt;
    QString m_earlierFile;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    QPointer<CompareDialog> m_dialog;
};

} // namespace Er
