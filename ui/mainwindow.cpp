#include "ui/mainwindow.h"

#include "model/document/topologydocument.h"
#include "model/validation/findingformat.h"
#include "ui/accessibility.h"
#include "ui/analysisdock.h"
#include "ui/canvasactions.h"
#include "ui/canvashint.h"
#include "ui/compareaction.h"
#include "ui/contextmenus.h"
#include "ui/coststatus.h"
#include "ui/designchecker.h"
#include "ui/designtemplates.h"
#include "ui/findbar.h"
#include "ui/findingsdock.h"
#include "ui/importactions.h"
#include "ui/inspector/inspectordock.h"
#include "ui/pricelistactions.h"
#include "ui/pricelistsession.h"
#include "ui/reportactions.h"
#include "ui/rulereferencedialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/theme.h"
#include "ui/undoselection.h"
#include "views/canvasaccess.h"
#include "views/canvasview.h"
#include "views/linkitem.h"
#include "views/nodeicons.h"
#include "views/nodeitem.h"
#include "views/presentation.h"
#include "views/topologyscene.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoView>

namespace Er {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new TopologyDocument(this))
    , m_scene(new TopologyScene(m_document, this))
    , m_view(new CanvasView(this))
    , m_session(
          new DocumentSession(m_document, SessionPrompts(), RecoveryStore::defaultDirectory(), this))
    , m_checker(new DesignChecker(m_document, this))
    , m_priceList(new PriceListSession(this))
{
    setWindowIcon(applicationIcon());
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    m_session->setPrompts(dialogPrompts());
    m_view->setScene(m_scene);
    setCentralWidget(m_view);
    m_view->setAccessibleName(tr("Canvas"));
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            &MainWindow::updateCanvasAccessibility);
    new CanvasHint(m_document, m_view->viewport());

    createDocks();
    createFileMenu();
    createEditAndViewMenus();
    createStatusBar();
    // palette, overview, tools
    m_canvasActions = CanvasActions::install(this, m_view, m_editMenu, m_viewMenu);
    installCanvasExtras();
    nameForAssistiveTechnology(this);
    installImportActions();

    connect(m_document, &TopologyDocument::changed, this, &MainWindow::updateTitle);
    connect(m_document, &TopologyDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &TopologyDocument::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_document, &TopologyDocument::topologyReset, m_view, &CanvasView::fitDesign);
    connect(m_checker, &DesignChecker::resultsReady, this, &MainWindow::showResults);
    connect(m_checker, &DesignChecker::checkingStarted, this, [this] { m_checking->show(); });
    connect(m_session, &DocumentSession::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_priceList, &PriceListSession::changed, this, [this] {
        m_checker->setPrices(m_priceList->loaded());
        m_checking->show();
    });

    resize(1440, 900);
    restoreSettings(); // after every dock exists, so the saved layout finds them
    updateTitle();
    m_checker->checkNow();
}

MainWindow::~MainWindow()
{
    // Children go in creation order, the document first; the scene would then signal its
    // selection's end to docks that read the document. Quieten it and let the observers go first.
    m_scene->blockSignals(true);
    delete m_inspector;
    delete m_analysis;
    delete m_findings;
}

void MainWindow::createDocks()
{
    m_inspector = new InspectorDock(m_document, m_scene, this);
    m_inspector->setToolTip(tr("Every field of the selected node or link."));
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);

    m_undoView = new QUndoView(m_document->undoStack());
    m_undoView->setEmptyLabel(tr("<opened design>"));
    m_undoDock = new QDockWidget(tr("Undo History"), this);
    m_undoDock->setObjectName(QStringLiteral("UndoHistoryDock"));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    tabifyDockWidget(m_inspector, m_undoDock);
    m_inspector->raise();

    m_findings = new FindingsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_findings);
    connect(m_findings, &FindingsDock::elementsActivated, this, &MainWindow::showElements);
    connect(m_findings, &FindingsDock::ruleReferenceRequested, this,
            [this](const QString &ruleId) { showRuleReference(ruleId); });

    m_analysis = new AnalysisDock(m_document, m_scene, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_analysis);
    tabifyDockWidget(m_findings, m_analysis);
    m_findings->raise();
    resizeDocks({m_inspector}, {400}, Qt::Horizontal);
    resizeDocks({m_findings}, {230}, Qt::Vertical);
}

void MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QStyle *style = QApplication::style();
    QAction *newAction = m_fileMenu->addAction(style->standardIcon(QStyle::SP_FileIcon), tr("&New"),
                                               m_session, &DocumentSession::newDesign);
    newAction->setShortcut(QKeySequence::New);
    newAction->setToolTip(tr("Starts an empty design"));

    QMenu *templates = m_fileMenu->addMenu(tr("New from &Template"));
    templates->setToolTipsVisible(true);
    bool examplesSection = false;
    templates->addSection(tr("Reference architectures"));
    for (const DesignTemplate &entry : designTemplates()) {
        if (entry.isExample && !examplesSection) {
            templates->addSection(tr("Examples"));
            examplesSection = true;
        }
        QAction *action = templates->addAction(entry.title, this, [this, path = entry.resourcePath] {
            m_session->newFromTemplate(path);
        });
        action->setToolTip(entry.description);
    }

    QAction *open = m_fileMenu->addAction(style->standardIcon(QStyle::SP_DialogOpenButton),
                                          tr("&Open…"), this, [this] {
                                              const QString path = QFileDialog::getOpenFileName(
                                                  this, tr("Open Design"), QString(),
                                                  tr("ExpressRoute designs (*.ertopo)"));
                                              if (!path.isEmpty())
                                                  m_session->open(path);
                                          });
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Opens an .ertopo design"));
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    connect(m_session, &DocumentSession::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    m_fileMenu->addSeparator();

    QAction *save = m_fileMenu->addAction(style->standardIcon(QStyle::SP_DialogSaveButton),
                                          tr("&Save"), m_session, &DocumentSession::save);
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Saves the design to its file"));
    QAction *saveAs = m_fileMenu->addAction(tr("Save &As…"), m_session,
                                            &DocumentSession::saveWithDialog);
    saveAs->setShortcut(QKeySequence::SaveAs);
    m_revert = m_fileMenu->addAction(tr("Re&vert to Saved"), this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Revert"),
            tr("Discard every change since \"%1\" was last saved?")
                .arg(QFileInfo(m_document->filePath()).fileName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard)
            m_session->revert();
    });
    m_revert->setToolTip(tr("Discards the unsaved changes and reloads the file"));
    m_fileMenu->addSeparator();
    m_reportActions = new ReportActions(m_document, m_checker, this);
    m_reportActions->setPriceList(m_priceList);
    m_reportActions->addToMenu(m_fileMenu); // preview, report, diagram
    connect(m_reportActions, &ReportActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    auto *compare = new CompareAction(m_document, this,
                                      [this](const QStringList &ids) { showElements(ids); });
    m_fileMenu->addAction(compare->action());
    connect(compare, &CompareAction::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_fileMenu->addSeparator();
    m_priceListActions = new PriceListActions(m_priceList, this);
    m_priceListActions->addToMenu(m_fileMenu);
    connect(m_priceListActions, &PriceListActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("MainToolBar"));
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(newAction);
    m_toolBar->addAction(open);
    m_toolBar->addAction(save);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_session->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(
                                                      QFileInfo(path).fileName()),
                                                  this, [this, path] { m_session->open(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Recent Files"), m_session,
                                             &DocumentSession::clearRecentFiles);
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::createEditAndViewMenus()
{
    QStyle *style = QApplication::style();
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    m_redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    QAction *find = m_editMenu->addAction(tr("&Find in Findings"), this, [this] {
        m_findings->show();
        m_findings->raise();
        m_findings->findChild<QLineEdit *>()->setFocus(Qt::ShortcutFocusReason);
    });
    find->setShortcut(QKeySequence::Find);
    m_editMenu->addSeparator();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock :
         {static_cast<QDockWidget *>(m_inspector), static_cast<QDockWidget *>(m_findings),
          static_cast<QDockWidget *>(m_analysis), m_undoDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    m_viewMenu->addSeparator();
    m_darkTheme = m_viewMenu->addAction(tr("&Dark Theme"), this, &MainWindow::setDarkTheme);
    m_darkTheme->setCheckable(true);
    m_darkTheme->setChecked(isDarkThemeApplied());
    m_darkTheme->setToolTip(tr("Switches between a light and a dark palette"));
    m_viewMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_ruleReference = help->addAction(tr("&Rule Reference"), this, [this] { showRuleReference(); });
    m_ruleReference->setToolTip(
        tr("Every validation rule: severity, what it checks, its fix and its Microsoft page"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About ExpressRoute Designer"), this, [this] {
        QMessageBox::about(
            this, tr("About ExpressRoute Designer"),
            tr("<h3>ExpressRoute Designer %1</h3>"
               "<p>Design how on-premises datacenters reach Azure through ExpressRoute, and see "
               "what is wrong or fragile while you draw: live validation findings, resiliency "
               "and availability analysis, a PDF report and a headless command line.</p>"
               "<p>Built with Qt %2.</p>")
                .arg(QStringLiteral(ER_VERSION), QString::fromLatin1(qVersion())));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    auto *counts = new QWidget;
    auto *layout = new QHBoxLayout(counts);
    layout->setContentsMargins(0, 0, 6, 0);
    m_checking = new QLabel(tr("Checking…"));
    m_checking->setToolTip(tr("Validation and analysis run in the background after edits."));
    layout->addWidget(m_checking);
    const Severity severities[] = {Severity::Error, Severity::Warning, Severity::Info};
    for (int i = 0; i < 3; ++i) {
        auto *icon = new QLabel;
        icon->setPixmap(severityIcon(severities[i]).pixmap(QSize(14, 14), devicePixelRatioF()));
        m_countLabels[i] = new QLabel(QStringLiteral("0"));
        layout->addSpacing(8);
        layout->addWidget(icon);
        layout->addWidget(m_countLabels[i]);
    }
    counts->setToolTip(tr("Errors, warnings and information findings; the Findings dock lists "
                          "them."));
    m_costStatus = new CostStatus;
    m_costStatus->showCost(nullptr, m_priceList->list());
    statusBar()->addPermanentWidget(m_costStatus);
    statusBar()->addPermanentWidget(counts);
}

void MainWindow::installImportActions()
{
    m_importActions = new ImportActions(this, m_session, m_scene, this);
    // File > Import… after Open Recent; Tidy, Pin Position, Confirm Placeholders in Arrange.
    const QList<QAction *> fileActions = m_fileMenu->actions();
    const qsizetype recent = fileActions.indexOf(m_recentMenu->menuAction());
    m_importActions->addToMenus(m_fileMenu, fileActions.value(recent + 1),
                                m_canvasActions->arrangeMenu());
}

void MainWindow::installCanvasExtras()
{
    m_findBar = new FindBar(m_view, [this](const QStringList &ids) { showElements(ids); });
    // Find on Canvas next to Find in Findings; both are Ctrl+F, the focus tells which.
    const QList<QAction *> editActions = m_editMenu->actions();
    const auto findings = std::find_if(editActions.cbegin(), editActions.cend(),
                                       [](const QAction *action) {
                                           return action->shortcut() == QKeySequence::Find;
                                       });
    if (findings != editActions.cend() && findings + 1 != editActions.cend())
        m_editMenu->insertAction(*(findings + 1), m_findBar->findAction());
    else
        m_editMenu->addAction(m_findBar->findAction());

    m_contextMenu = new CanvasContextMenu(
        m_view, m_canvasActions,
        [this] {
            m_inspector->show();
            m_inspector->raise();
            QWidget *page = m_inspector->currentPage();
            const QList<QWidget *> fields = page ? page->findChildren<QWidget *>()
                                                 : QList<QWidget *>();
            for (QWidget *field : fields) {
                if (field->isVisibleTo(page) && field->isEnabled()
                    && (field->focusPolicy() & Qt::TabFocus)) {
                    field->setFocus(Qt::OtherFocusReason);
                    return;
                }
            }
            m_inspector->setFocus(Qt::OtherFocusReason);
        },
        this);
    new UndoSelection(m_scene, this);

    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_findings->nextFindingAction());
    m_viewMenu->addAction(m_findings->previousFindingAction());

    QMenu *help = menuBar()->actions().constLast()->menu();
    m_shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcuts->setToolTip(tr("Every action that has a shortcut, searchable"));
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    if (help)
        help->insertAction(help->actions().value(0), m_shortcuts);
}

void MainWindow::updateCanvasAccessibility()
{
    // A screen reader names the selected element and its findings.
    m_view->setAccessibleDescription(accessibleSelectionText(*m_scene));
}

RuleReferenceDialog *MainWindow::showRuleReference(const QString &ruleId)
{
    if (!m_ruleReferenceDialog)
        m_ruleReferenceDialog = new RuleReferenceDialog(this);
    if (!ruleId.isEmpty())
        m_ruleReferenceDialog->showRule(ruleId);
    m_ruleReferenceDialog->show();
    m_ruleReferenceDialog->raise();
    m_ruleReferenceDialog->activateWindow();
    return m_ruleReferenceDialog;
}

void MainWindow::showResults()
{
    const DesignChecker::Results &results = m_checker->results();
    m_scene->showFindings(results.findings);
    m_findings->setFindings(results.findings);
    if (results.analysis != m_analysis->analysis()) {
        m_analysis->setAnalysis(results.analysis);
        m_inspector->setAnalysis(results.analysis);
    }
    m_costStatus->showCost(results.analysis && results.analysis->cost ? &*results.analysis->cost
                                                                      : nullptr,
                           results.prices ? *results.prices : PriceList::builtIn());
    const FindingCounts counts = countFindings(results.findings);
    m_countLabels[0]->setText(counts.errors == 1 ? tr("1 error")
                                                 : tr("%1 errors").arg(counts.errors));
    m_countLabels[1]->setText(counts.warnings == 1 ? tr("1 warning")
                                                   : tr("%1 warnings").arg(counts.warnings));
    m_countLabels[2]->setText(tr("%1 info").arg(counts.infos));
    m_checking->setVisible(!m_checker->isCurrent());
    updateCanvasAccessibility();
}

QString MainWindow::findingCounts() const
{
    return QString::fromStdString(countsSummary(countFindings(m_checker->results().findings)));
}

void MainWindow::showElements(const QStringList &ids)
{
    m_scene->selectOnly(ids);
    QRectF bounds;
    for (const QString &id : ids) {
        QGraphicsItem *item = m_scene->nodeItem(id);
        if (!item)
            item = m_scene->linkItem(id);
        if (item)
            bounds = bounds.united(item->sceneBoundingRect());
    }
    if (bounds.isNull())
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    if (bounds.width() > visible.width() * 0.9 || bounds.height() > visible.height() * 0.9)
        m_view->fitInView(bounds.adjusted(-80, -80, 80, 80), Qt::KeepAspectRatio);
    else
        m_view->centerOn(bounds.center());
}

bool MainWindow::openFile(const QString &filePath)
{
    return m_session->open(filePath);
}

void MainWindow::setPrompts(SessionPrompts prompts)
{
    const auto saveFileName = prompts.saveFileName;
    m_reportActions->setPrompts(saveFileName ? ReportActions::SavePathPrompt(
                                    [saveFileName](const QString &, const QString &suggested,
                                                   const QString &) {
                                        return saveFileName(suggested);
                                    })
                                             : ReportActions::SavePathPrompt(),
                                prompts.error);
    // No dialog blocks a caller that answers with functions: the skipped items go to the error
    // function too (tests set PriceListActions' own prompts where they tell them apart).
    m_priceListActions->setPrompts({}, prompts.error, prompts.error);
    m_session->setPrompts(std::move(prompts));
}

void MainWindow::setDarkTheme(bool dark)
{
    applyTheme(dark);
    m_darkTheme->setChecked(dark);
    QSettings().setValue(QStringLiteral("darkTheme"), dark);
    m_view->resetCachedContent();
    m_scene->update();
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] — ExpressRoute Designer").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    m_revert->setEnabled(m_document->isModified() && !m_document->filePath().isEmpty());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    fitGeometryToScreen();
}

// A geometry saved on a larger screen (or a larger resolution) is brought within the available
// area of the screen the window opens on, so that its title bar and edges can be reached.
void MainWindow::fitGeometryToScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    QRect frame = geometry();
    const QScreen *target = QGuiApplication::screenAt(frame.center());
    if (!target)
        target = screen();
    if (!target)
        return;
    const QRect available = target->availableGeometry();
    frame.setWidth(std::min(frame.width(), available.width()));
    frame.setHeight(std::min(frame.height(), available.height()));
    if (frame.right() > available.right())
        frame.moveRight(available.right());
    if (frame.bottom() > available.bottom())
        frame.moveBottom(available.bottom());
    if (frame.left() < available.left())
        frame.moveLeft(available.left());
    if (frame.top() < available.top())
        frame.moveTop(available.top());
    if (frame != geometry())
        setGeometry(frame);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_session->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_session->endSession();
    event->accept();
}

SessionPrompts MainWindow::dialogPrompts()
{
    SessionPrompts prompts;
    prompts.error = [this](const QString &title, const QString &text) {
        QMessageBox::warning(this, title, text);
    };
    prompts.unsavedChanges = [this](const QString &name) {
        return QMessageBox::warning(this, tr("Unsaved changes"),
                                    tr("The design \"%1\" has unsaved changes. Save them?").arg(name),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                    QMessageBox::Save);
    };
    prompts.saveFileName = [this](const QString &suggested) {
        QString path = QFileDialog::getSaveFileName(this, tr("Save Design"), suggested,
                                                    tr("ExpressRoute designs (*.ertopo)"));
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".ertopo");
        return path;
    };
    prompts.recover = [this](const RecoveryStore::Orphan &orphan) {
        const QString origin = orphan.originalPath.isEmpty()
                                   ? tr("an untitled design")
                                   : QDir::toNativeSeparators(orphan.originalPath);
        return QMessageBox::question(
                   this, tr("Recover unsaved work"),
                   tr("ExpressRoute Designer did not close cleanly last time. Unsaved changes "
                      "to %1 were kept at %2.\n\nRecover them?")
                       .arg(origin, QLocale().toString(orphan.savedAt, QLocale::ShortFormat)),
                   QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes)
               == QMessageBox::Yes;
    };
    prompts.externalChange = [this](const QString &path) {
        QMessageBox box(
            QMessageBox::Warning, tr("File changed on disk"),
            tr("%1 was changed by another program since it was opened or last saved.\n\n"
               "Save over those changes, reload the file as it is now (your unsaved "
               "changes are dropped), or save your design under another name?")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::NoButton, this);
        QPushButton *overwrite = box.addButton(tr("Save"), QMessageBox::DestructiveRole);
        QPushButton *reload = box.addButton(tr("Reload"), QMessageBox::ResetRole);
        QPushButton *saveAs = box.addButton(tr("Save As…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(saveAs);
        box.exec();
        if (box.clickedButton() == overwrite)
            return ExternalChangeAnswer::Overwrite;
        if (box.clickedButton() == reload)
            return ExternalChangeAnswer::Reload;
        if (box.clickedButton() == saveAs)
            return ExternalChangeAnswer::SaveAs;
        return ExternalChangeAnswer::Cancel;
    };
    prompts.saveFailed = [this](const QString &title, const QString &text) {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
        QPushButton *saveAs = box.addButton(tr("Save As…"), QMessageBox::AcceptRole);
        box.setDefaultButton(saveAs);
        box.exec();
        return box.clickedButton() == saveAs;
    };
    return prompts;
}

} // namespace Er
