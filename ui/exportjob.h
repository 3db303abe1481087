#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

namespace Er {

class Topology;

// Writes the design report (`report`) or the diagram (`export`) of a design as it is now, in a
// separate process running the headless command, so that a large design's report or picture
// (seconds of layout and drawing) never freezes the window and a failure in it cannot take the
// window down. The design is handed over as a snapshot in a private temporary folder; the
// command writes its file atomically, so a cancelled or failed export leaves no partial file.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Report, Diagram };

    ExportJob(Kind kind, const QString &outputPath, QObject *parent = nullptr);
    ~ExportJob() override;

    Kind kind() const { return m_kind; }

    // Writes the snapshot of the design and starts the export; false (with error()) when the
    // snapshot cannot be written or the program cannot be started.
    bool start(const Topology &topology);
    void cancel();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
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
    void processFinished(int exitCode, QProcess::ExitStatus status);

    Kind m_kind;
    QString m_outputPath;
    QTemporaryDir m_folder;
    QProcess m_process;
    QString m_error;
    QString m_notice;
    bool m_cancelled = false;
};

} // namespace Er
