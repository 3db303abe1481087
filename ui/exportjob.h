#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <string>

namespace Er {

class SharedTopology;

// Writes the design report (`report`) or the diagram (`export`) of a design as it is now, in a
// separate process running the headless command, so that a large design's report or picture
// (seconds of layout and drawing) never freezes the window and a failure in it cannot take the
// window down. The design is handed over as a snapshot in a private temporary folder, copied and
// written in the background too; the command writes its file atomically, so a cancelled or
// failed export leaves no partial file.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Report, Diagram, Template }; // Template: the Azure ARM or Bicep file

    ExportJob(Kind kind, const QString &outputPath, QObject *parent = nullptr);
    ~ExportJob() override;

    Kind kind() const { return m_kind; }

    // Writes a snapshot of the design as it is now, then runs the export; false (with error())
    // when there is no folder for the snapshot. Later failures come with finished().
    // `filePath`: the design's file, whose name the snapshot takes (an unnamed design's report is
    // titled with it).
    bool start(std::shared_ptr<const SharedTopology> design, const QString &filePath = {});
    void cancel();
    // A report costed with this price list file (`report --prices FILE`); empty: the built-in
    // list. Set before start().
    void setPricesFile(const QString &path) { m_pricesFile = path; }
    bool wasCancelled() const { return m_cancelled; }
    bool isRunning() const
    {
        return m_snapshotWriter.isRunning() || m_process.state() != QProcess::NotRunning;
    }
    QString outputPath() const { return m_outputPath; }
    QString error() const { return m_error; }
    // What the command said about a file it did write (a picture drawn smaller, for example).
    QString notice() const { return m_notice; }

    // The program that writes reports: $ER_DESIGNER, else expressroute-designer next to this
    // program, else this program itself.
    static QString designerProgram();

signals:
    // An empty error: the report is written.
    void finished(const QString &error);

private:
    void snapshotWritten();
    void fail(const QString &error);
    void processFinished(int exitCode, QProcess::ExitStatus status);

    Kind m_kind;
    QString m_outputPath;
    QTemporaryDir m_folder;
    QString m_snapshotPath;
    QString m_pricesFile;
    QFutureWatcher<std::optional<std::string>> m_snapshotWriter; // the failure, if any
    QProcess m_process;
    QString m_error;
    QString m_notice;
    bool m_cancelled = false;
};

} // namespace Er
