#include "reportexportjob.h"

#include "core/topology.h"
#include "io/topologywriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Er {

ReportExportJob::ReportExportJob(const QString &outputPath, QObject *parent)
    : QObject(parent)
    , m_outputPath(outputPath)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::finished, this, &ReportExportJob::processFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_error = tr("Cannot start %1: %2").arg(designerProgram(), m_process.errorString());
        emit finished(m_error);
    });
}

ReportExportJob::~ReportExportJob()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ReportExportJob::designerProgram()
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

bool ReportExportJob::start(const Topology &topology)
{
    if (!m_folder.isValid()) {
        m_error = tr("Cannot create a temporary folder: %1").arg(m_folder.errorString());
        return false;
    }
    const QString snapshot = m_folder.filePath(QStringLiteral("design.ertopo"));
    if (const auto failure = saveTopologyFile(topology, snapshot.toStdString())) {
        m_error = QString::fromStdString(*failure);
        return false;
    }
    m_process.start(designerProgram(),
                    {QStringLiteral("report"), snapshot, QStringLiteral("--output"), m_outputPath});
    if (!m_process.waitForStarted(10000)) {
        m_error = tr("Cannot start %1: %2").arg(designerProgram(), m_process.errorString());
        return false;
    }
    return true;
}

void ReportExportJob::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_process.kill();
}

void ReportExportJob::processFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_cancelled) {
        m_error = tr("The export was cancelled; no report was written.");
    } else if (status != QProcess::NormalExit) {
        m_error = tr("The report program stopped unexpectedly; no report was written.");
    } else if (exitCode != 0) {
        m_error = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
        if (m_error.isEmpty())
            m_error = tr("The report program failed (exit code %1).").arg(exitCode);
    }
    emit finished(m_error);
}

} // namespace Er
