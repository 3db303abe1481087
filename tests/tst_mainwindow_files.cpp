// The main window's files, offscreen: designs save, reopen and refuse bad input; unsaved changes
// are asked about; autosave and recovery survive a crash and another program's changes; a failed
// save offers Save As; every template opens without errors; the window's geometry fits the screen.

#include "tests/windowsupport.h"

#include "model/document/addnodecommand.h"
#include "model/document/topologydocument.h"
#include "model/io/topologywriter.h"
#include "ui/designtemplates.h"
#include "ui/inspector/inspectordock.h"
#include "ui/inspector/nodeeditors.h"
#include "views/canvasview.h"
#include "views/qtstrings.h"

#include <QAction>
#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QScreen>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Er;
using namespace Er::Test;

class TestMainWindowFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void saveAndReopenFromTheGui();
    void badFileKeepsCurrentDesign();
    void closingWithUnsavedChangesAsks();
    void autosaveWritesAndCleanSaveRemovesRecoveryFile();
    void recoversAfterCrash();
    void recoveredDesignAsksBeforeOverwritingAnotherProgramsChanges();
    void failedSaveOffersSaveAs();
    void everyTemplateLoadsWithoutErrors();
    void restoredWindowFitsTheScreen();

private:
    ScriptedPrompts m_answers;
};

void TestMainWindowFiles::initTestCase()
{
    useTestSettings("tst_mainwindow_files");
}

void TestMainWindowFiles::init()
{
    clearTestSettings();
    m_answers = ScriptedPrompts();
}

void TestMainWindowFiles::saveAndReopenFromTheGui()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.ertopo"));
    m_answers.saveFileName = path;
    {
        MainWindow window;
        window.setPrompts(m_answers.prompts());
        window.show();
        QVERIFY(window.session()->newFromTemplate(QStringLiteral(":/templates/vpn-backup.ertopo")));
        QVERIFY(window.document()->filePath().isEmpty());
        select(window, {QStringLiteral("dc")});
        auto *city = qobject_cast<QLineEdit *>(window.inspector()
                                                   ->nodeEditor(NodeKind::Site)
                                                   ->field(QStringLiteral("location.city"))
                                                   ->input());
        city->setFocus();
        city->selectAll();
        QTest::keyClicks(city, QStringLiteral("Cork"));
        QVERIFY(window.isWindowModified());

        QAction *save = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Save))
                save = action;
        }
        QVERIFY(save);
        save->trigger(); // untitled: asks for a name (answered), then saves
        QVERIFY(m_answers.errors.isEmpty());
        QCOMPARE(window.document()->filePath(), path);
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().contains(
            QStringLiteral("Reference: ExpressRoute with VPN backup")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().toStdString(), writeTopology(window.document()->topology()));
        QVERIFY(window.session()->recentFiles().contains(QFileInfo(path).absoluteFilePath()));
    }
    MainWindow reopened;
    reopened.setPrompts(m_answers.prompts());
    QVERIFY(reopened.openFile(path));
    QCOMPARE(*reopened.document()->topology().node("dc")->site()->location->city,
             std::string("Cork"));
    QVERIFY(!reopened.isWindowModified());
}

void TestMainWindowFiles::badFileKeepsCurrentDesign()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken.ertopo"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "{\n  \"format\": \"expressroute-designer-topology\",\n  \"formatVersion\": 1,\n"
        "  \"nodes\": [],\n  \"links\": [{\"id\": \"l\", \"kind\": \"lan\", \"from\": \"a\", "
        "\"to\": \"b\"}]\n}\n");
    file.close();

    MainWindow window;
    window.setPrompts(m_answers.prompts());
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("single-circuit.ertopo"))));
    const Topology before = window.document()->topology();
    const QString title = window.windowTitle();
    QVERIFY(!window.openFile(bad));
    QCOMPARE(m_answers.errors.size(), 1);
    const LoadResult expected = readTopologyFile(bad.toStdString());
    QVERIFY(!expected.ok());
    QVERIFY2(m_answers.errors.first().contains(qs(expected.error.toString())),
             qPrintable(m_answers.errors.first()));
    QVERIFY(m_answers.errors.first().contains(QStringLiteral("links[0]")));
    QVERIFY(window.document()->topology() == before);
    QCOMPARE(window.windowTitle(), title);
    QCOMPARE(window.document()->filePath(),
             Test::examplePath(QStringLiteral("single-circuit.ertopo")));
}

void TestMainWindowFiles::closingWithUnsavedChangesAsks()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The empty canvas explains how to start; the hint goes with the first node.
    auto *hint = window.view()->viewport()->findChild<QWidget *>(QStringLiteral("CanvasHint"));
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    window.document()->undoStack()->push(
        new AddNodeCommand(window.document(), makeNode(NodeKind::Site, "dc")));
    QVERIFY(window.isWindowModified());
    QVERIFY(!hint->isVisible());

    m_answers.unsavedAnswer = QMessageBox::Cancel;
    QVERIFY(!window.close());
    QCOMPARE(m_answers.unsavedAsked, 1);
    QVERIFY(window.isVisible());
    QVERIFY(window.document()->topology().node("dc"));

    // New also asks; Discard lets it go.
    m_answers.unsavedAnswer = QMessageBox::Discard;
    QVERIFY(window.session()->newDesign());
    QCOMPARE(m_answers.unsavedAsked, 2);
    QVERIFY(window.document()->topology().nodes().empty());
    QVERIFY(hint->isVisible());
    QVERIFY(window.close()); // nothing unsaved: no question
    QCOMPARE(m_answers.unsavedAsked, 2);
}

void TestMainWindowFiles::autosaveWritesAndCleanSaveRemovesRecoveryFile()
{
    QTemporaryDir dir;
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    QCOMPARE(window.session()->autosaveTimer()->interval(), 60 * 1000);
    QVERIFY(window.session()->autosaveTimer()->isActive());
    QVERIFY(!window.session()->autosave()); // nothing unsaved, nothing written
    QVERIFY(!window.session()->recovery().hasSnapshot());

    window.document()->undoStack()->push(
        new AddNodeCommand(window.document(), makeNode(NodeKind::Site, "dc")));
    QVERIFY(window.session()->autosave());
    const QString snapshot = window.session()->recovery().snapshotPath();
    QVERIFY(snapshot.startsWith(RecoveryStore::defaultDirectory()));
    const LoadResult saved = readTopologyFile(snapshot.toStdString());
    QVERIFY(saved.ok());
    QVERIFY(*saved.topology == window.document()->topology());

    QVERIFY(window.session()->saveAs(dir.filePath(QStringLiteral("clean.ertopo"))));
    QVERIFY(!QFileInfo::exists(snapshot));

    // The timer's autosave writes from a background thread: the same snapshot, later.
    QVERIFY(!window.session()->autosaveInBackground()); // saved: nothing to write
    window.document()->undoStack()->push(
        new AddNodeCommand(window.document(), makeNode(NodeKind::Site, "dc2")));
    QVERIFY(window.session()->autosaveInBackground());
    QTRY_VERIFY(!window.session()->isAutosaving());
    const LoadResult background = readTopologyFile(snapshot.toStdString());
    QVERIFY(background.ok());
    QVERIFY(*background.topology == window.document()->topology());
    // Saved while a background autosave runs: no snapshot of saved work is left behind.
    window.document()->undoStack()->push(
        new AddNodeCommand(window.document(), makeNode(NodeKind::Site, "dc3")));
    QVERIFY(window.session()->autosaveInBackground());
    QVERIFY(window.session()->save());
    QTRY_VERIFY(!window.session()->isAutosaving());
    QTRY_VERIFY(!QFileInfo::exists(snapshot));
}

void TestMainWindowFiles::recoversAfterCrash()
{
    // A session that crashed: a marker and a snapshot, and no live lock.
    RecoveryStore crashed;
    QVERIFY(QDir().mkpath(crashed.directory()));
    const QString crashedId = QStringLiteral("crashed-session");
    Topology lost = Test::loadDesign(Test::examplePath(QStringLiteral("vpn-backup.ertopo")));
    lost.name = "Unsaved work";
    QVERIFY(!saveTopologyFile(lost, crashed.snapshotPathOf(crashedId).toStdString()));
    QVERIFY(RecoveryStore::writeMarker(crashed.markerPath(crashedId),
                                       QStringLiteral("/designs/contoso.ertopo"),
                                       QDateTime::currentDateTime()));

    MainWindow window;
    window.setPrompts(m_answers.prompts());
    // The live window's own session is not an orphan; the crashed one is.
    const auto orphans = window.session()->recovery().orphans();
    QCOMPARE(orphans.size(), std::size_t(1));
    QCOMPARE(orphans.front().sessionId, crashedId);
    QCOMPARE(orphans.front().originalPath, QStringLiteral("/designs/contoso.ertopo"));

    QVERIFY(window.session()->offerRecovery());
    QCOMPARE(m_answers.recoverAsked, 1);
    QVERIFY(window.document()->topology() == lost);
    QCOMPARE(window.document()->filePath(), QStringLiteral("/designs/contoso.ertopo"));
    QVERIFY(window.isWindowModified()); // recovered work is unsaved work
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Unsaved work")));
    QVERIFY(!QFileInfo::exists(crashed.snapshotPathOf(crashedId)));
    QVERIFY(window.session()->recovery().hasSnapshot()); // kept safe by this session now

    // A second window sees nothing to recover: the first session is alive.
    MainWindow second;
    second.setPrompts(m_answers.prompts());
    QVERIFY(!second.session()->offerRecovery());
    QCOMPARE(m_answers.recoverAsked, 1);
}

void TestMainWindowFiles::recoveredDesignAsksBeforeOverwritingAnotherProgramsChanges()
{
    QTemporaryDir dir;
    const QString path = copyOfExample(dir, QStringLiteral("single-circuit.ertopo"));
    {
        // A session opened the file, changed it, autosaved and crashed.
        TopologyDocument crashedDocument;
        QVERIFY(crashedDocument.open(path, nullptr));
        RecoveryStore crashed;
        Topology unsaved = crashedDocument.topology();
        unsaved.name = "Unsaved work";
        QVERIFY(!crashed.writeSnapshot(unsaved, path, crashedDocument.diskHash()));
    }
    // Meanwhile another program changes the file.
    const QByteArray external = fileBytes(path).replace("London DC", "Paris  DC");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(external), external.size());
    }

    MainWindow window; // its dialogs, except the file dialog
    SessionPrompts prompts = window.session()->prompts();
    const QString elsewhere = dir.filePath(QStringLiteral("mine.ertopo"));
    prompts.saveFileName = [&](const QString &) { return elsewhere; };
    window.setPrompts(prompts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto orphans = window.session()->recovery().orphans();
    QCOMPARE(orphans.size(), std::size_t(1));
    QVERIFY(window.session()->recover(orphans.front()));
    QCOMPARE(window.document()->filePath(), path);

    // Ctrl+S asks; Cancel leaves the other program's bytes.
    QStringList buttons;
    pressSave(window, QStringLiteral("Cancel"), &buttons);
    QTRY_VERIFY(!buttons.isEmpty());
    buttons.sort();
    QCOMPARE(buttons, (QStringList{QStringLiteral("Cancel"), QStringLiteral("Reload"),
                                   QStringLiteral("Save"), QStringLiteral("Save As…")}));
    QCOMPARE(fileBytes(path), external);
    QVERIFY(window.isWindowModified());

    // Save As writes the recovered design elsewhere and still leaves the other program's bytes.
    pressSave(window, QStringLiteral("Save As…"), &buttons);
    QTRY_COMPARE(window.document()->filePath(), elsewhere);
    QCOMPARE(fileBytes(path), external);
    QCOMPARE(*Test::loadDesign(elsewhere).name, std::string("Unsaved work"));
    QVERIFY(!window.isWindowModified());

    // Reload, after another program changed that file too, shows what it wrote.
    window.document()->undoStack()->push(
        new AddNodeCommand(window.document(), makeNode(NodeKind::Site, "dc-mine")));
    const QByteArray theirs = fileBytes(elsewhere).replace("Unsaved work", "Their version");
    {
        QFile file(elsewhere);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(theirs), theirs.size());
    }
    pressSave(window, QStringLiteral("Reload"), &buttons);
    QTRY_COMPARE(*window.document()->topology().name, std::string("Their version"));
    QVERIFY(!window.document()->topology().node("dc-mine"));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(fileBytes(elsewhere), theirs);
}

void TestMainWindowFiles::failedSaveOffersSaveAs()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("gone")));
    const QString path = dir.filePath(QStringLiteral("gone/design.ertopo"));
    QVERIFY(QFile::copy(Test::examplePath(QStringLiteral("single-circuit.ertopo")), path));
    MainWindow window;
    SessionPrompts prompts = window.session()->prompts();
    const QString elsewhere = dir.filePath(QStringLiteral("rescued.ertopo"));
    prompts.saveFileName = [&](const QString &) { return elsewhere; };
    window.setPrompts(prompts);
    window.show();
    QVERIFY(window.openFile(path));
    window.document()->undoStack()->push(
        new AddNodeCommand(window.document(), makeNode(NodeKind::Site, "dc-new")));
    // The folder goes (a removed USB stick, a deleted share): the save fails.
    QVERIFY(QDir(dir.filePath(QStringLiteral("gone"))).removeRecursively());

    QStringList buttons;
    pressSave(window, QStringLiteral("Save As…"), &buttons);
    QTRY_VERIFY(!buttons.isEmpty());
    QVERIFY2(buttons.contains(QStringLiteral("Save As…")), qPrintable(buttons.join(u',')));
    QTRY_COMPARE(window.document()->filePath(), elsewhere);
    QVERIFY(Test::loadDesign(elsewhere) == window.document()->topology());
    QVERIFY(window.document()->topology().node("dc-new"));
    QVERIFY(!window.isWindowModified());
}

void TestMainWindowFiles::everyTemplateLoadsWithoutErrors()
{
    const std::vector<DesignTemplate> templates = designTemplates();
    QStringList references;
    int examples = 0;
    for (const DesignTemplate &entry : templates) {
        if (entry.isExample)
            ++examples;
        else
            references << QFileInfo(entry.resourcePath).fileName();
    }
    QCOMPARE(references, QStringList({QStringLiteral("global-reach.ertopo"),
                                      QStringLiteral("high-resiliency-metro.ertopo"),
                                      QStringLiteral("maximum-resiliency.ertopo"),
                                      QStringLiteral("standard-resiliency.ertopo"),
                                      QStringLiteral("vpn-backup.ertopo")}));
    QCOMPARE(examples, int(Test::exampleFiles().size()));

    MainWindow window;
    window.setPrompts(m_answers.prompts());
    for (const DesignTemplate &entry : templates) {
        QVERIFY2(window.session()->newFromTemplate(entry.resourcePath),
                 qPrintable(entry.resourcePath));
        QVERIFY(m_answers.errors.isEmpty());
        QVERIFY(window.document()->filePath().isEmpty());
        QVERIFY(!entry.description.isEmpty());
        QCOMPARE(window.scene()->nodeItemCount(), int(window.document()->topology().nodes().size()));
        window.checker()->checkNow();
        waitForCurrentResults(window);
        for (const Finding &finding : window.checker()->results().findings) {
            QVERIFY2(finding.severity != Severity::Error,
                     qPrintable(entry.resourcePath + QStringLiteral(": ") + qs(finding.rule)
                                + QStringLiteral(" ") + qs(finding.message)));
        }
    }
}

void TestMainWindowFiles::restoredWindowFitsTheScreen()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        QWidget huge;
        huge.setGeometry(available.x() + 100, available.y() + 100, available.width() * 2,
                         available.height() * 2);
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), huge.saveGeometry());
    }
    MainWindow window;
    QVERIFY2(available.contains(window.geometry()),
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                            .arg(window.geometry().x())
                            .arg(window.geometry().y())
                            .arg(window.geometry().width())
                            .arg(window.geometry().height())));
}

QTEST_MAIN(TestMainWindowFiles)
#include "tst_mainwindow_files.moc"
