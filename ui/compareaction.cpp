#include "ui/compareaction.h"

#include "model/document/topologydocument.h"
#include "model/io/topologyreader.h"
#include "ui/comparedialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

namespace Er {

CompareAction::CompareAction(TopologyDocument *document, QWidget *window, ShowElements showElements)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_show(std::move(showElements))
    , m_action(new QAction(tr("Compare &With…"), this))
{
    m_action->setObjectName(QStringLiteral("compareWithAction"));
    m_action->setStatusTip(
        tr("Compare the design with an earlier revision: what was added, removed and changed, "
           "the findings gained and lost, and the figures of each site and VNet"));
    connect(m_action, &QAction::triggered, this, [this] {
        const QString file = m_prompt ? m_prompt()
                                      : QFileDialog::getOpenFileName(
                                          m_window, tr("Compare With"),
                                          QFileInfo(m_document->filePath()).path(),
                                          tr("ExpressRoute designs (*.ertopo);;All files (*)"));
        if (!file.isEmpty())
            compareWith(file);
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CompareAction::finished);
}

CompareDialog *CompareAction::dialog() const
{
    return m_dialog;
}

void CompareAction::compareWith(const QString &earlierFile)
{
    if (isComparing())
        return;
    m_earlierFile = earlierFile;
    m_action->setEnabled(false);
    emit statusMessage(tr("Comparing with %1…").arg(QFileInfo(earlierFile).fileName()));
    m_watcher.setFuture(QtConcurrent::run(
        [file = earlierFile.toStdString(), design = m_document->sharedTopology()] {
            auto outcome = std::make_shared<Outcome>();
            const LoadResult earlier = readTopologyFile(file);
            if (!earlier.ok()) {
                outcome->error = earlier.error.toString();
                return outcome;
            }
            outcome->diff = diffDesigns(*earlier.topology, design->copy().topology);
            return outcome;
        }));
}

void CompareAction::finished()
{
    m_action->setEnabled(true);
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    if (!outcome->error.empty()) {
        const QString error = QString::fromStdString(outcome->error);
        emit statusMessage(tr("Cannot compare."));
        if (!m_prompt)
            QMessageBox::warning(m_window, tr("Cannot compare"), error);
        emit compared(error);
        return;
    }
    if (m_dialog)
        m_dialog->close();
    m_dialog = new CompareDialog(std::move(outcome->diff), m_earlierFile, m_show, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
    emit statusMessage(tr("Compared with %1.").arg(QFileInfo(m_earlierFile).fileName()));
    emit compared(QString());
}

} // namespace Er
