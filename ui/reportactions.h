#pragma once

#include "ui/exportjob.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace Er {

struct ReportInput;
class DesignChecker;
class PriceListSession;
class TopologyDocument;

// File > Export Report… (PDF), File > Export Diagram… (SVG, PNG) and Report Preview, bound to
// the window's document. Each works on the design as it is now, findings and analysis included.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    // Report Preview shows `checker`'s results for the design as it is (waiting for them off the
    // UI thread when an edit is still being checked) instead of checking the design again.
    ReportActions(TopologyDocument *document, DesignChecker *checker, QWidget *window);

    QAction *exportReportAction() const { return m_exportReport; }
    QAction *exportDiagramAction() const { return m_exportDiagram; }
    QAction *exportTemplateAction() const { return m_exportTemplate; }
    QAction *previewAction() const { return m_preview; }
    void addToMenu(QMenu *menu) const;
    // The price list the report costs with; none: the built-in list.
    void setPriceList(const PriceListSession *prices) { m_prices = prices; }

    // Export Report and Export Diagram in the background (a separate process): the window stays
    // responsive, a progress dialog can cancel it, and exported() tells how it ended. One at a
    // time.
    void startReportExport(const QString &path);
    void startDiagramExport(const QString &path);
    // File > Export Azure Template…: the ARM template (.json) or Bicep file (.bicep).
    void startTemplateExport(const QString &path);
    bool isExporting() const;

    // Replace the file dialog and the error box (tests answer them with functions).
    using SavePathPrompt = std::function<
        QString(const QString &title, const QString &suggested, const QString &filters)>;
    using ErrorPrompt = std::function<void(const QString &title, const QString &text)>;
    void setPrompts(SavePathPrompt savePath, ErrorPrompt error);
    // The open preview, if any.
    QWidget *previewDialog() const { return m_previewDialog; }

signals:
    // An empty error: the file is written.
    void exported(Er::ExportJob::Kind kind, const QString &path, const QString &error);
    void statusMessage(const QString &message);

private:
    void exportReportWithDialog();
    void exportDiagramWithDialog();
    void exportTemplateWithDialog();
    void showPreview();
    void showPreviewWhenChecked();
    void openPreview(const ReportInput &input);
    QString suggestedPath(const QString &extension) const;
    QString askSavePath(const QString &title,
                        const QString &suggested,
                        const QString &filters,
                        QString *selectedFilter = nullptr) const;
    void startExport(ExportJob::Kind kind, const QString &path);
    void exportFinished(const QString &error);

    TopologyDocument *m_document;
    DesignChecker *m_checker;
    QWidget *m_window;
    const PriceListSession *m_prices = nullptr;
    bool m_previewWaitsForCheck = false; // the busy cursor is shown meanwhile
    QAction *m_exportReport;
    QAction *m_exportDiagram;
    QAction *m_exportTemplate;
    QAction *m_preview;
    void showError(const QString &title, const QString &text) const;

    SavePathPrompt m_savePathPrompt;
    ErrorPrompt m_errorPrompt;
    ExportJob *m_exportJob = nullptr;
    QProgressDialog *m_exportProgress = nullptr;
    QPointer<QWidget> m_previewDialog;
};

} // namespace Er
