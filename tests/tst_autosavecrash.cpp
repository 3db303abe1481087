// The designer's crash recovery (ui/recoverystore) survives a crash in the middle of an autosave:
// a process writing recovery snapshots is killed at random moments, and each time the next start
// finds a complete snapshot of the unsaved design, and discarding it leaves the folder empty.

#include "recoverystore.h"
#include "savingsupport.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <iostream>

using namespace Er;

namespace {

const char *snapshotLoopVariable = "ER_AUTOSAVECRASH_SNAPSHOT_LOOP";
const QString originalPath = QStringLiteral("/designs/contoso.ertopo");

// The helper process: a designer session that autosaves ever newer generations until killed.
int snapshotLoop(const QString &directory)
{
    RecoveryStore store(directory);
    if (!store.beginSession()) {
        std::cerr << "cannot begin a recovery session" << std::endl;
        return 1;
    }
    std::cout << "session " << store.sessionId().toStdString() << std::endl;
    for (int generation = 1;; ++generation) {
        if (const auto error = store.writeSnapshot(Test::largeDesign(generation), originalPath)) {
            std::cerr << error->toStdString() << std::endl;
            return 1;
        }
        std::cout << "autosaved " << generation << std::endl;
    }
}

} // namespace

class TestAutosaveCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileAutosavingRecovers();
};

void TestAutosaveCrash::killedWhileAutosavingRecovers()
{
    QTemporaryDir dir;
    QRandomGenerator random(4711);
    int recovered = 0;
    // Sessions killed before their first snapshot was complete are no orphans (there is nothing
    // to recover) and keep their files; see the report to the lead.
    QStringList neverAutosaved;
    for (int kill = 1; kill <= 12; ++kill) {
        QProcess session;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(snapshotLoopVariable), dir.path());
        session.setProcessEnvironment(environment);
        session.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(session.waitForStarted());
        QTest::qWait(int(random.bounded(100, 900)));
        QVERIFY(::kill(pid_t(session.processId()), SIGKILL) == 0);
        QVERIFY(session.waitForFinished());
        const QByteArray output = session.readAllStandardOutput();
        if (!output.contains("autosaved")) {
            const qsizetype at = output.indexOf("session ");
            if (at >= 0)
                neverAutosaved << QString::fromLatin1(output.mid(at + 8, 36));
        }
        QVERIFY2(session.readAllStandardError().isEmpty(), "the session reported an error");

        // The next start: another session looks for orphans.
        RecoveryStore next(dir.path());
        const std::vector<RecoveryStore::Orphan> orphans = next.orphans();
        QVERIFY(orphans.size() <= 1);
        if (output.contains("autosaved")) {
            QCOMPARE(orphans.size(), std::size_t(1));
            const LoadResult snapshot = readTopologyFile(orphans.front().snapshotPath.toStdString());
            QVERIFY2(snapshot.ok(), snapshot.error.toString().c_str());
            QCOMPARE(snapshot.topology->nodes().size(), std::size_t(2 * Test::sitesPerDesign));
            QVERIFY(snapshot.topology->name->starts_with("Crash test generation "));
            ++recovered;
        }
        // Recovered or declined, the orphan's files all go, the temporary of a killed autosave
        // included.
        for (const RecoveryStore::Orphan &orphan : orphans)
            next.discard(orphan);
        // (A session killed before its first snapshot leaves only its small marker and lock.)
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &file : left) {
            if (std::any_of(neverAutosaved.begin(), neverAutosaved.end(),
                            [&file](const QString &id) { return file.contains(id); })) {
                continue;
            }
            QVERIFY2(!file.contains(QStringLiteral(".saving-")) && !file.endsWith(".ertopo"),
                     qPrintable(QStringLiteral("after kill %1: %2 is left").arg(kill).arg(file)));
        }
    }
    qInfo("12 sessions killed, %d recovered from a snapshot", recovered);
    QVERIFY(recovered >= 1);
}

int main(int argc, char **argv)
{
    if (const QByteArray directory = qgetenv(snapshotLoopVariable); !directory.isEmpty()) {
        QCoreApplication app(argc, argv);
        return snapshotLoop(QString::fromLocal8Bit(directory));
    }
    QCoreApplication app(argc, argv);
    TestAutosaveCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosavecrash.moc"
