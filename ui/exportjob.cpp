#include "ui/exportjob.h"

#include "model/document/sharedtopology.h"
#include "model/io/topologywriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Er {

ExportJob::ExportJob(Kind kind, const QString &outputPath, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_outputPath(outputPath)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_snapshotWriter, &QFutureWatcherBase::finished, this, &ExportJob::snapshotWritten);
    connect(&m_process, &QProcess::finished, this, &ExportJob::processFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        fail(tr("Cannot start %1: %2").arg(designerProgram(), m_process.errorString()));
    });
}

ExportJob::~ExportJob()
{
    m_snapshotWriter.waitForFinished();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ExportJob::designerProgram()
{
    const QString configured = qEnvironmentVariable("ER_DESIGNER");
    if (!configured.isEmpty())
        return configured;
    const QString sibling = QDir(QCoreApplication::applicationDirPath())
                                .filePath(QStringLiteral("expressroute-designer"));
    if (QFileInfo(sibling).isExecutable())
        return sibling;
    return QCoreApplication::applicationFilePath();
}

bool ExportJob::start(std::shared_ptr<const SharedTopology> design, const QString &filePath)
{
    if (!m_folder.isValid()) {
        m_error = tr("Cannot create a temporary folder: %1").arg(m_folder.errorString());
        return false;
    }
    const QString baseName = QFileInfo(filePath).completeBaseName();
    m_snapshotPath = m_folder.filePath(
        (baseName.isEmpty() ? QStringLiteral("Untitled design") : baseName)
        + QStringLiteral(".ertopo"));
    m_snapshotWriter.setFuture(
        QtConcurrent::run([design = std::move(design), path = m_snapshotPath.toStdString()] {
            return saveTopologyFile(design->copy().topology, path);
        }));
    return true;
}

void ExportJob::snapshotWritten()
{
    const std::optional<std::string> failure = m_snapshotWriter.result();
    if (m_cancelled)
        return fail(tr("The export was cancelled; nothing was written."));
    if (failure)
        return fail(QString::fromStdString(*failure));
    const QString command = m_kind == Kind::Report ? QStringLiteral("report")
                                                   : QStringLiteral("export");
    QStringList arguments{command, m_snapshotPath, QStringLiteral("--output"), m_outputPath};
    if (m_kind == Kind::Report && !m_pricesFile.isEmpty())
        arguments << QStringLiteral("--prices") << m_pricesFile;
    m_process.start(designerProgram(), arguments);
}

void ExportJob::fail(const QString &error)
{
    m_error = error;
    emit finished(m_error);
}

void ExportJob::cancel()
{
    // Also between the snapshot and the process: a job cancelled then starts no process.
    m_cancelled = true;
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
}

void ExportJob::processFinished(int exitCode, QProcess::ExitStatus status)
{
    const QString said = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
    if (m_cancelled) {
        m_error = tr("The export was cancelled; nothing was written.");
    } else if (status != QProcess::NormalExit) {
        m_error = tr("The export stopped unexpectedly; nothing was written.");
    } else if (exitCode != 0) {
        m_error = said.isEmpty() ? tr("The export failed (exit code %1).").arg(exitCode) : said;
    } else {
        // "expressroute-designer: OUT.png: the diagram is large: ..." -> "the diagram is ..."
        const QString prefix = m_outputPath + QStringLiteral(": ");
        const qsizetype at = said.indexOf(prefix);
        m_notice = at >= 0 ? said.mid(at + prefix.size()) : said;
    }
    emit finished(m_error);
}

} // namespace Er
