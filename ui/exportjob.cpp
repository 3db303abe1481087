#include "exportjob.h"

#include "core/topology.h"
#include "io/topologywriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Er {

ExportJob::ExportJob(Kind kind, const QString &outputPath, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_outputPath(outputPath)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::finished, this, &ExportJob::processFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_error = tr("Cannot start %1: %2").arg(designerProgram(), m_process.errorString());
        emit finished(m_error);
    });
}

ExportJob::~ExportJob()
{
    if (isRunning()) {
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

bool ExportJob::start(const Topology &topology)
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
    const QString command = m_kind == Kind::Report ? QStringLiteral("report")
                                                   : QStringLiteral("export");
    m_process.start(designerProgram(),
                    {command, snapshot, QStringLiteral("--output"), m_outputPath});
    if (!m_process.waitForStarted(10000)) {
        m_error = tr("Cannot start %1: %2").arg(designerProgram(), m_process.errorString());
        return false;
    }
    return true;
}

void ExportJob::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
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
