// A design on disk survives whatever happens while it is saved: the saving process killed at a
// random moment, a failing write, a folder that cannot be written, another program changing the
// file while it is open.

#include "tests/savingsupport.h"
#include "tests/testsupport.h"

#include "model/document/editdesigncommand.h"
#include "model/document/topologydocument.h"
#include "model/io/topologywriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <iostream>

#include <sys/stat.h>
#include <unistd.h>

using namespace Er;

namespace {

const char *saveLoopVariable = "ER_CRASHSAFETY_SAVE_LOOP";
// "GENERATION:BYTES": the helper stops that save after BYTES bytes and waits to be killed.
const char *pauseVariable = "ER_CRASHSAFETY_PAUSE";

// The helper process: says "ready", then saves ever newer generations of the design to `path`
// until killed, and says "saved N" after each save.
int saveLoop(const std::string &path, int pauseGeneration, long long pauseAfterBytes)
{
    // Built once: the helper spends its time saving, where the kills are meant to land.
    const Topology designs[] = {Test::largeDesign(1), Test::largeDesign(2)};
    setWriteFunctionForTesting(Test::writeThenPause);
    std::cout << "ready" << std::endl;
    for (int generation = 1;; ++generation) {
        if (generation == pauseGeneration)
            Test::bytesBeforePause = pauseAfterBytes;
        if (const auto error = saveTopologyFile(designs[generation % 2], path)) {
            std::cerr << *error << std::endl;
            return 1;
        }
        std::cout << "saved " << generation << std::endl;
    }
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

// Injected write failure: the disk takes 1000 bytes, then is full.
long writeThenDiskFull(int fd, const void *data, std::size_t size)
{
    static thread_local std::size_t total = 0;
    if (total >= 1000) {
        total = 0;
        errno = ENOSPC;
        return -1;
    }
    const std::size_t chunk = std::min<std::size_t>(size, 1000 - total);
    const long n = static_cast<long>(::write(fd, data, chunk));
    if (n > 0)
        total += static_cast<std::size_t>(n);
    return n;
}

long ioError(int, const void *, std::size_t)
{
    errno = EIO;
    return -1;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileSavingKeepsTheFile();
    void failingWriteLosesNothing();
    void failingWriteKeepsTheDocumentModified();
    void unwritableFolderIsReported();
    void staleTemporaryFilesAreRemoved();
    void externalChangeRefusesSave();
    void ownSavesAreNotExternalChanges();
    void deletedFileIsSavedAgain();
};

void TestCrashSafety::killedWhileSavingKeepsTheFile()
{
    QTemporaryDir dir;
    const QString fileName = QStringLiteral("design.ertopo");
    const QString path = dir.filePath(fileName);
    QElapsedTimer saving;
    saving.start();
    QVERIFY(!saveTopologyFile(Test::largeDesign(0), path.toStdString()));
    const int saveMs = int(std::max<qint64>(1, saving.elapsed()));
    const int saveBytes = int(QFileInfo(path).size());
    qInfo("one save is %d bytes and takes %d ms", saveBytes, saveMs);

    const int killsPerMoment = 8;
    QRandomGenerator random(20261126);
    int killsMidSave = 0;
    QStringList temporariesBefore;
    for (int kill = 1; kill <= 3 * killsPerMoment; ++kill) {
        const auto moment = Test::KillMoment(kill % 3);
        QProcess saver;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(saveLoopVariable), path);
        if (moment == Test::KillMoment::MidWrite) {
            environment.insert(
                QString::fromLatin1(pauseVariable),
                QStringLiteral("%1:%2").arg(random.bounded(1, 4)).arg(random.bounded(1, saveBytes)));
        }
        saver.setProcessEnvironment(environment);
        saver.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(saver.waitForStarted());
        QByteArray output;
        QVERIFY(Test::waitForOutput(saver, "ready", output));
        QVERIFY(Test::waitForKillMoment(saver, moment, "saved", saveMs, random, output));
        QVERIFY(::kill(pid_t(saver.processId()), SIGKILL) == 0);
        QVERIFY(saver.waitForFinished());
        output += saver.readAllStandardOutput();
        QVERIFY2(saver.readAllStandardError().isEmpty(), "the saver reported an error");

        // The file is a complete design of some generation, never a partial one.
        const LoadResult loaded = readTopologyFile(path.toStdString());
        QVERIFY2(loaded.ok(), qPrintable(QStringLiteral("after kill %1: %2")
                                             .arg(kill)
                                             .arg(QString::fromStdString(loaded.error.toString()))));
        QCOMPARE(loaded.topology->nodes().size(), std::size_t(2 * Test::sitesPerDesign));
        QCOMPARE(loaded.topology->links().size(), std::size_t(Test::sitesPerDesign));
        QVERIFY(loaded.topology->name->starts_with("Crash test generation "));

        // At most the temporary file of the save that was killed is left: a save that completed
        // removed those of earlier kills.
        const QStringList temporaries = Test::temporaryFiles(dir.path(), fileName);
        QStringList newTemporaries;
        for (const QString &name : temporaries) {
            if (!temporariesBefore.contains(name))
                newTemporaries << name;
        }
        QVERIFY(newTemporaries.size() <= 1);
        if (output.contains("saved"))
            QVERIFY2(temporaries.size() <= 1, qPrintable(temporaries.join(QLatin1Char(' '))));
        if (moment == Test::KillMoment::MidWrite)
            QVERIFY2(newTemporaries.size() == 1, "a save killed halfway left no temporary file");
        if (!newTemporaries.isEmpty())
            ++killsMidSave;
        temporariesBefore = temporaries;
    }
    qInfo("%d kills, %d while a save was being written", 3 * killsPerMoment, killsMidSave);

    // The next save leaves nothing behind.
    QVERIFY(!saveTopologyFile(Test::largeDesign(99), path.toStdString()));
    QVERIFY(Test::temporaryFiles(dir.path(), fileName).isEmpty());
    QCOMPARE(*Test::loadDesign(path).name, std::string("Crash test generation 99"));
}

void TestCrashSafety::failingWriteLosesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.ertopo"));
    QVERIFY(!saveTopologyFile(Test::largeDesign(1), path.toStdString()));
    const QByteArray before = Test::fileBytes(path);

    setWriteFunctionForTesting(writeThenDiskFull);
    const auto full = saveTopologyFile(Test::largeDesign(2), path.toStdString());
    setWriteFunctionForTesting(ioError);
    const auto broken = saveTopologyFile(Test::largeDesign(3), path.toStdString());
    setWriteFunctionForTesting(nullptr);

    QVERIFY(full.has_value());
    QCOMPARE(QString::fromStdString(*full),
             QStringLiteral("cannot write %1: No space left on device").arg(path));
    QVERIFY(broken.has_value());
    QCOMPARE(QString::fromStdString(*broken),
             QStringLiteral("cannot write %1: Input/output error").arg(path));
    QCOMPARE(Test::fileBytes(path), before);
    QVERIFY(Test::temporaryFiles(dir.path(), QStringLiteral("design.ertopo")).isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestCrashSafety::failingWriteKeepsTheDocumentModified()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.ertopo"));
    QVERIFY(QFile::copy(Test::examplePath(QStringLiteral("single-circuit.ertopo")), path));
    const QByteArray before = Test::fileBytes(path);
    TopologyDocument document;
    QVERIFY(document.open(path, nullptr));
    document.undoStack()->push(
        new EditDesignCommand(&document, std::string("Renamed"), document.topology().description));
    QVERIFY(document.isModified());

    setWriteFunctionForTesting(ioError);
    QString error;
    const bool saved = document.save(&error);
    setWriteFunctionForTesting(nullptr);
    QVERIFY(!saved);
    QCOMPARE(error, QStringLiteral("cannot write %1: Input/output error").arg(path));
    QVERIFY(document.isModified());
    QCOMPARE(*document.topology().name, std::string("Renamed"));
    QCOMPARE(Test::fileBytes(path), before);

    // Once the disk works again the same document saves.
    QVERIFY2(document.save(&error), qPrintable(error));
    QVERIFY(!document.isModified());
    QCOMPARE(*Test::loadDesign(path).name, std::string("Renamed"));
}

void TestCrashSafety::unwritableFolderIsReported()
{
    const Topology design = Test::loadDesign(
        Test::examplePath(QStringLiteral("vpn-backup.ertopo")));

    // A "folder" that is a file.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    writeBytes(file, "not a folder");
    const auto underFile = saveTopologyFile(design,
                                            (file + QStringLiteral("/x.ertopo")).toStdString());
    QVERIFY(underFile.has_value());
    QCOMPARE(QString::fromStdString(*underFile),
             QStringLiteral("cannot create a file in %1: Not a directory").arg(file));
    QCOMPARE(Test::fileBytes(file), QByteArray("not a folder"));

    // A read-only folder. root writes into folders whatever their mode, so as root take one that
    // refuses even root: sysfs does not allow creating files.
    QString folder;
    QTemporaryDir readOnly;
    if (::geteuid() != 0) {
        QVERIFY(::chmod(readOnly.path().toLocal8Bit().constData(), 0500) == 0);
        folder = readOnly.path();
    } else if (QFileInfo(QStringLiteral("/sys/kernel")).isDir()) {
        folder = QStringLiteral("/sys/kernel");
    } else {
        QSKIP("running as root without /sys: no folder refuses writes");
    }
    const QString target = folder + QStringLiteral("/design.ertopo");
    const auto error = saveTopologyFile(design, target.toStdString());
    QVERIFY(error.has_value());
    QVERIFY2(QString::fromStdString(*error).startsWith(
                 QStringLiteral("cannot create a file in %1: ").arg(folder)),
             error->c_str());
    QVERIFY(!QFileInfo::exists(target));
    if (::geteuid() != 0)
        ::chmod(readOnly.path().toLocal8Bit().constData(), 0700);
}

void TestCrashSafety::staleTemporaryFilesAreRemoved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.ertopo"));
    // Left by killed saves: two of this file, one of another file, and an unrelated hidden file.
    writeBytes(dir.filePath(QStringLiteral(".design.ertopo.saving-a1B2c3")), "{\"format\": ");
    writeBytes(dir.filePath(QStringLiteral(".design.ertopo.saving-Zz9yY8")), "");
    writeBytes(dir.filePath(QStringLiteral(".other.ertopo.saving-a1B2c3")), "{");
    writeBytes(dir.filePath(QStringLiteral(".design.ertopo.saving-notes.txt")), "mine");
    QVERIFY(!saveTopologyFile(Test::largeDesign(1), path.toStdString()));
    QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QCOMPARE(left, (QStringList{QStringLiteral(".design.ertopo.saving-notes.txt"),
                                QStringLiteral(".other.ertopo.saving-a1B2c3"),
                                QStringLiteral("design.ertopo")}));
}

void TestCrashSafety::externalChangeRefusesSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.ertopo"));
    QVERIFY(QFile::copy(Test::examplePath(QStringLiteral("single-circuit.ertopo")), path));
    TopologyDocument document;
    QVERIFY(document.open(path, nullptr));
    QVERIFY(!document.fileChangedOnDisk());

    // Another program (an editor, git checkout) rewrites the file with the same size.
    QByteArray external = Test::fileBytes(path);
    const qsizetype at = external.indexOf("London DC");
    QVERIFY(at > 0);
    external.replace(at, 9, "Paris  DC");
    writeBytes(path, external);
    QVERIFY(document.fileChangedOnDisk());

    document.undoStack()->push(
        new EditDesignCommand(&document, std::string("Mine"), document.topology().description));
    QString error;
    QVERIFY(!document.save(&error));
    QCOMPARE(error, QStringLiteral("%1 was changed by another program since it was opened or "
                                   "last saved. Saving now would overwrite those changes: save "
                                   "under another name, or overwrite them.")
                        .arg(path));
    QCOMPARE(Test::fileBytes(path), external);
    QVERIFY(document.isModified());

    // Save As elsewhere works and keeps the other program's file.
    const QString copy = dir.filePath(QStringLiteral("mine.ertopo"));
    QVERIFY2(document.saveAs(copy, &error), qPrintable(error));
    QCOMPARE(Test::fileBytes(path), external);
    QCOMPARE(*Test::loadDesign(copy).name, std::string("Mine"));

    // Overwriting, when the user asks for it.
    QVERIFY(document.open(path, nullptr));
    writeBytes(path, Test::fileBytes(path) + "\n");
    QVERIFY(!document.save(&error));
    QVERIFY2(document.save(&error, true), qPrintable(error));
    QVERIFY(!document.fileChangedOnDisk());
    QVERIFY(Test::loadDesign(path) == document.topology());
}

void TestCrashSafety::ownSavesAreNotExternalChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.ertopo"));
    TopologyDocument document;
    document.resetTopology(Test::loadDesign(Test::examplePath(QStringLiteral("vpn-backup.ertopo"))),
                           QString());
    QString error;
    QVERIFY2(document.saveAs(path, &error), qPrintable(error));
    for (int i = 0; i < 3; ++i) {
        document.undoStack()->push(new EditDesignCommand(&document, "Version " + std::to_string(i),
                                                         document.topology().description));
        QVERIFY2(document.save(&error), qPrintable(error));
        QVERIFY(!document.fileChangedOnDisk());
    }
    QCOMPARE(*Test::loadDesign(path).name, std::string("Version 2"));
}

void TestCrashSafety::deletedFileIsSavedAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.ertopo"));
    QVERIFY(QFile::copy(Test::examplePath(QStringLiteral("single-circuit.ertopo")), path));
    TopologyDocument document;
    QVERIFY(document.open(path, nullptr));
    QVERIFY(QFile::remove(path));
    QVERIFY(document.fileChangedOnDisk());
    QString error;
    QVERIFY2(document.save(&error), qPrintable(error));
    QVERIFY(Test::loadDesign(path) == document.topology());
}

int main(int argc, char **argv)
{
    if (const QByteArray target = qgetenv(saveLoopVariable); !target.isEmpty()) {
        const QList<QByteArray> pause = qgetenv(pauseVariable).split(':');
        return saveLoop(target.toStdString(), pause.size() == 2 ? pause[0].toInt() : 0,
                        pause.size() == 2 ? pause[1].toLongLong() : -1);
    }
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
