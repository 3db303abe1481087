#pragma once

#include <QMainWindow>

namespace Er {

class CanvasView;
class TopologyDocument;
class TopologyScene;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    TopologyDocument *document() const { return m_document; }
    TopologyScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }

    // Opens a design; on failure shows the precise error and keeps the current design.
    bool openFile(const QString &filePath);

private:
    void createActions();
    void updateTitle();
    void refreshFindings();
    void openWithDialog();

    TopologyDocument *m_document;
    TopologyScene *m_scene;
    CanvasView *m_view;
};

} // namespace Er
