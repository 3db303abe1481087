// The designer's crash recovery (ui/recoverystore) survives a crash in the middle of an autosave:
// a process writing recovery snapshots is killed at random moments, and each time the next start
// finds a complete snapshot of the unsaved design, and discarding it leaves the folder empty.

#include "model/io/topologywriter.h"
#include "tests/savingsupport.h"
#include "tests/testsupport.h"
#include "ui/recoverystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <csignal>
#include <iostream>

using namespace Er;

namespace {

const char *snapshotLoopVariable = "ER_AUTOSAVECRASH_SNAPSHOT_LOOP";
// "GENERATION:BYTES": the session stops that autosave after BYTES bytes and waits to be killed.
const char *pauseVariable = "ER_AUTOSAVECRASH_PAUSE";
const QString originalPath = QStringLiteral("/designs/contoso.ertopo");

// The helper process: a designer session that autosaves ever newer generations until killed.
int snapshotLoop(const QString &directory, int pauseGeneration, long long pauseAfterBytes)
{
    setWriteFunctionForTesting(Test::writeThenPause);
    RecoveryStore store(directory);
    if (!store.beginSession()) {
        std::cerr << "cannot begin a recovery session" << std::endl;
        return 1;
    }
    std::cout << "session " << store.sessionId().toStdString() << std::endl;
    for (int generation = 1;; ++generation) {
        if (generation == pauseGeneration)
            Test::bytesBeforePause = pauseAfterBytes;
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
    void abandonedSessionsAreSweptAndOthersKept();
};

void TestAutosaveCrash::killedWhileAutosavingRecovers()
{
    QTemporaryDir dir;
    QTemporaryDir measuring;
    QElapsedTimer writing;
    writing.start();
    const QString measured = measuring.filePath(QStringLiteral("design.ertopo"));
    QVERIFY(!saveTopologyFile(Test::largeDesign(0), measured.toStdString()));
    const int snapshotMs = int(std::max<qint64>(1, writing.elapsed()));
    const int snapshotBytes = int(QFileInfo(measured).size());

    const int killsPerMoment = 4;
    QRandomGenerator random(4711);
    int recovered = 0;
    for (int kill = 1; kill <= 3 * killsPerMoment; ++kill) {
        const auto moment = Test::KillMoment(kill % 3);
        QProcess session;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(snapshotLoopVariable), dir.path());
        if (moment == Test::KillMoment::MidWrite) {
            environment.insert(QString::fromLatin1(pauseVariable),
                               QStringLiteral("%1:%2")
                                   .arg(random.bounded(1, 4))
                                   .arg(random.bounded(1, snapshotBytes)));
        }
        session.setProcessEnvironment(environment);
        session.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(session.waitForStarted());
        QByteArray output;
        QVERIFY(Test::waitForOutput(session, "session", output));
        QVERIFY(Test::waitForKillMoment(session, moment, "autosaved", snapshotMs, random, output));
        if (moment == Test::KillMoment::MidWrite) {
            QVERIFY(
                !QDir(dir.path())
                     .entryList({QStringLiteral(".*.ertopo.saving-*")}, QDir::Files | QDir::Hidden)
                     .isEmpty());
        }
        QVERIFY(::kill(pid_t(session.processId()), SIGKILL) == 0);
        QVERIFY(session.waitForFinished());
        output += session.readAllStandardOutput();
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
        // included; a session killed before its first snapshot was complete (even while writing
        // its marker) is swept at the next start. Nothing of the killed session is left.
        for (const RecoveryStore::Orphan &orphan : orphans)
            next.discard(orphan);
        next.removeAbandonedSessions();
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("after kill %1: %2 left")
                                                .arg(kill)
                                                .arg(left.join(QStringLiteral(", ")))));
    }
    qInfo("%d sessions killed, %d recovered from a snapshot", 3 * killsPerMoment, recovered);
    QVERIFY(recovered >= killsPerMoment);
}

// A folder as three sessions left it: one killed while writing its marker, one killed after its
// first snapshot (an orphan to offer), and one still running. The sweep at start-up removes only
// the first. (Finding the crashed session's lock stale takes it over and removes it.)
void TestAutosaveCrash::abandonedSessionsAreSweptAndOthersKept()
{
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(QDir(dir.path()).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    // The lock of a process that is gone: a pid no process has.
    const QByteArray deadLock = "2147483646\nexpressroute-designer\n\n";
    const QString abandoned = QStringLiteral("0b7a6c1e-6a0c-4f3e-9d55-3c1f6f0f1a01");
    write(abandoned + QStringLiteral(".lock"), deadLock);
    write(QLatin1Char('.') + abandoned + QStringLiteral(".session.saving-AbCd12"), "{\"orig");
    const QString crashed = QStringLiteral("0b7a6c1e-6a0c-4f3e-9d55-3c1f6f0f1a02");
    write(crashed + QStringLiteral(".lock"), deadLock);
    write(crashed + QStringLiteral(".session"), "{}");
    QVERIFY(!saveTopologyFile(
        Test::largeDesign(1),
        QDir(dir.path()).filePath(crashed + QStringLiteral(".ertopo")).toStdString()));
    write(QLatin1Char('.') + crashed + QStringLiteral(".ertopo.saving-Zz9900"), "{\"nam");
    write(QStringLiteral("notes.txt"), "not ours");

    RecoveryStore running(dir.path());
    QVERIFY(running.beginSession());
    QVERIFY(!running.writeSnapshot(Test::largeDesign(2), QString()));

    RecoveryStore next(dir.path());
    QCOMPARE(next.removeAbandonedSessions(), 1);
    QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY(!left.join(QLatin1Char(' ')).contains(abandoned));
    const QStringList expectedLeft{QLatin1Char('.') + crashed
                                       + QStringLiteral(".ertopo.saving-Zz9900"),
                                   crashed + QStringLiteral(".ertopo"),
                                   crashed + QStringLiteral(".session"),
                                   QStringLiteral("notes.txt"),
                                   running.sessionId() + QStringLiteral(".ertopo"),
                                   running.sessionId() + QStringLiteral(".lock"),
                                   running.sessionId() + QStringLiteral(".session")};
    left.sort();
    QStringList expected = expectedLeft;
    expected.sort();
    QCOMPARE(left, expected);

    // The crashed session is offered; once declined, only the running session's files remain.
    const std::vector<RecoveryStore::Orphan> orphans = next.orphans();
    QCOMPARE(orphans.size(), std::size_t(1));
    QCOMPARE(orphans.front().sessionId, crashed);
    next.discard(orphans.front());
    left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    left.sort();
    expected = QStringList{QStringLiteral("notes.txt"),
                           running.sessionId() + QStringLiteral(".ertopo"),
                           running.sessionId() + QStringLiteral(".lock"),
                           running.sessionId() + QStringLiteral(".session")};
    expected.sort();
    QCOMPARE(left, expected);
    running.endSession();
}

int main(int argc, char **argv)
{
    if (const QByteArray directory = qgetenv(snapshotLoopVariable); !directory.isEmpty()) {
        QCoreApplication app(argc, argv);
        const QList<QByteArray> pause = qgetenv(pauseVariable).split(':');
        return snapshotLoop(QString::fromLocal8Bit(directory),
                            pause.size() == 2 ? pause[0].toInt() : 0,
                            pause.size() == 2 ? pause[1].toLongLong() : -1);
    }
    QCoreApplication app(argc, argv);
    TestAutosaveCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosavecrash.moc"
