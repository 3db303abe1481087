#pragma once

// Shared by the tests that drive the real main window offscreen: settings and recovery files kept
// apart from the user's, dialogs answered by functions, a design opened with its findings and
// analysis current, and the gestures of a user (selecting, typing into a field, pressing Ctrl+S).

#include "tests/testsupport.h"

#include "ui/designchecker.h"
#include "ui/documentsession.h"
#include "ui/inspector/fieldeditor.h"
#include "ui/mainwindow.h"
#include "ui/recoverystore.h"
#include "views/linkitem.h"
#include "views/nodeitem.h"
#include "views/topologyscene.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <string>

namespace Er::Test {

// For initTestCase: settings, recent files and recovery files go to a test location named after
// the test, never the user's.
inline void useTestSettings(const char *testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ExpressRoute Designer Tests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(testName));
}

// For init: no settings and no recovery files left by the test function before.
inline void clearTestSettings()
{
    QSettings().clear();
    QDir(RecoveryStore::defaultDirectory()).removeRecursively();
}

// Dialogs never block a test: every question has a scripted answer, and errors are recorded.
struct ScriptedPrompts
{
    QStringList errors;
    QMessageBox::StandardButton unsavedAnswer = QMessageBox::Cancel;
    int unsavedAsked = 0;
    QString saveFileName;
    bool recoverAnswer = true;
    int recoverAsked = 0;

    SessionPrompts prompts()
    {
        SessionPrompts p;
        p.error = [this](const QString &, const QString &text) { errors << text; };
        p.unsavedChanges = [this](const QString &) {
            ++unsavedAsked;
            return unsavedAnswer;
        };
        p.saveFileName = [this](const QString &) { return saveFileName; };
        p.recover = [this](const RecoveryStore::Orphan &) {
            ++recoverAsked;
            return recoverAnswer;
        };
        p.externalChange = [](const QString &) { return ExternalChangeAnswer::Cancel; };
        p.saveFailed = [this](const QString &, const QString &text) {
            errors << text;
            return false;
        };
        return p;
    }
};

// Prompts for a test that expects no question: an error is printed, unsaved changes are dropped.
inline SessionPrompts quietPrompts()
{
    SessionPrompts prompts;
    prompts.error = [](const QString &, const QString &text) { qWarning() << text; };
    prompts.unsavedChanges = [](const QString &) { return QMessageBox::Discard; };
    return prompts;
}

// Waits until the background checker's findings and analysis are those of the design shown.
inline void waitForCurrentResults(MainWindow &window)
{
    QTRY_VERIFY_WITH_TIMEOUT(window.checker()->isCurrent() && !window.checker()->isRunning(), 20000);
}

// Shows the window, active, opens the design at `path` and waits for its findings and analysis.
inline void openDesign(MainWindow &window,
                       const QString &path,
                       const SessionPrompts &prompts = quietPrompts())
{
    window.setPrompts(prompts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(path));
    waitForCurrentResults(window);
    QCoreApplication::processEvents();
}

// Shows the window and opens the example, waiting until its analysis is there.
inline void openAnalysed(MainWindow &window, const QString &example)
{
    window.show();
    QVERIFY(window.openFile(examplePath(example)));
    waitForCurrentResults(window);
    QVERIFY(window.checker()->results().analysis);
}

// openDesign for one of the examples, by its file name.
inline void openExample(MainWindow &window,
                        const QString &example,
                        const SessionPrompts &prompts = quietPrompts())
{
    openDesign(window, examplePath(example), prompts);
}

inline bool hasFinding(const MainWindow &window, const std::string &rule, const std::string &element)
{
    for (const Finding &finding : window.checker()->results().findings) {
        if (finding.rule != rule)
            continue;
        if (std::find(finding.elements.begin(), finding.elements.end(), element)
            != finding.elements.end())
            return true;
    }
    return false;
}

// Selects exactly these nodes and links on the canvas.
inline void select(MainWindow &window, const QStringList &ids)
{
    window.scene()->clearSelection();
    for (const QString &id : ids) {
        if (NodeItem *node = window.scene()->nodeItem(id))
            node->setSelected(true);
        else if (LinkItem *link = window.scene()->linkItem(id))
            link->setSelected(true);
    }
}

// Types into an inspector field as the user does: focus, everything selected, one key at a time
// (an empty text deletes what was there).
inline void typeInto(FieldEditor *field, const QString &text)
{
    QWidget *input = field->input();
    auto *combo = qobject_cast<QComboBox *>(input);
    if (combo && combo->lineEdit())
        input = combo->lineEdit();
    input->setFocus();
    if (!combo || combo->lineEdit()) {
        QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty())
            QTest::keyClick(input, Qt::Key_Delete);
    }
    QTest::keyClicks(input, text); // a plain combo picks the entry whose text starts so
}

// A copy of an example in `dir`, so that a test may save over it.
inline QString copyOfExample(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(examplePath(name), path))
        qFatal("cannot copy %s", qPrintable(name));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

// Answers the next message box with the button labelled `answer` once it shows (any other button
// when it has none), and records its buttons' labels in `buttons`.
inline void answerMessageBox(const QString &answer, QStringList *buttons, int attemptsLeft = 500)
{
    QTimer::singleShot(10, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (attemptsLeft > 0)
                answerMessageBox(answer, buttons, attemptsLeft - 1);
            return;
        }
        buttons->clear();
        QAbstractButton *chosen = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            const QString label = button->text().remove(QLatin1Char('&'));
            *buttons << label;
            if (label == answer)
                chosen = button;
        }
        if (chosen)
            chosen->click();
        else
            box->reject();
    });
}

// Ctrl+S in the window, as the user presses it; the message box it shows is answered with the
// button labelled `answer`, and `buttons` says which buttons it had.
inline void pressSave(MainWindow &window, const QString &answer, QStringList *buttons)
{
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    buttons->clear();
    answerMessageBox(answer, buttons);
    QTest::keySequence(&window, QKeySequence::Save);
}

} // namespace Er::Test
