#include "mainwindow.h"

#include "canvasview.h"
#include "commands/topologydocument.h"
#include "nodeicons.h"
#include "topologyscene.h"
#include "validation/findingformat.h"
#include "validation/validator.h"

#include <QApplication>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace Er {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new TopologyDocument(this))
    , m_scene(new TopologyScene(m_document, this))
    , m_view(new CanvasView(this))
{
    setWindowIcon(applicationIcon());
    m_view->setScene(m_scene);
    setCentralWidget(m_view);
    createActions();
    connect(m_document, &TopologyDocument::changed, this, &MainWindow::refreshFindings);
    connect(m_document, &TopologyDocument::changed, this, &MainWindow::updateTitle);
    connect(m_document, &TopologyDocument::modificationChanged, this, &MainWindow::updateTitle);
    resize(1280, 800);
    updateTitle();
    refreshFindings();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [this] { m_view->zoomBy(1.25); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { m_view->zoomBy(0.8); });
    view->addAction(tr("&Fit Design"), QKeySequence(Qt::CTRL | Qt::Key_0), m_view,
                    &CanvasView::fitDesign);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ExpressRoute Designer"), this, [this] {
        QMessageBox::about(this, tr("About ExpressRoute Designer"),
                           tr("<h3>ExpressRoute Designer %1</h3>"
                              "<p>Design how on-premises sites reach Azure through ExpressRoute, "
                              "and see what is wrong or fragile while you draw.</p>")
                               .arg(QStringLiteral(ER_VERSION)));
    });
}

bool MainWindow::openFile(const QString &filePath)
{
    LoadError error;
    if (!m_document->open(filePath, &error)) {
        QMessageBox::warning(this, tr("Cannot open design"),
                             tr("The design could not be opened; nothing was changed.\n\n%1")
                                 .arg(QString::fromStdString(error.toString())));
        return false;
    }
    m_view->fitDesign();
    return true;
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Design"), QString(),
                                                      tr("ExpressRoute designs (*.ertopo)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] — ExpressRoute Designer").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::refreshFindings()
{
    const std::vector<Finding> findings = validate(m_document->topology());
    m_scene->showFindings(findings);
    statusBar()->showMessage(QString::fromStdString(countsSummary(countFindings(findings))));
}

} // namespace Er
