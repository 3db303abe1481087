#pragma once

#include <QObject>
#include <QStringList>

#include <optional>
#include <string>

class QAction;
class QMenu;
class QWidget;

namespace Er {

class DocumentSession;
class TopologyScene;

// File > Import… (what is deployed, or a template for it, as a new unsaved design;
// docs/spec/import.md) and the Arrange actions an imported design needs: Tidy (the layered
// layout of model/core/tidylayout, one undo step), Pin Position and Confirm Placeholders.
class ImportActions : public QObject
{
    Q_OBJECT

public:
    ImportActions(QWidget *window,
                  DocumentSession *session,
                  TopologyScene *scene,
                  QObject *parent = nullptr);

    // Puts Import… into the file menu before `before` (appended when null) and the Arrange
    // actions at the end of the Arrange menu.
    void addToMenus(QMenu *fileMenu, QAction *before, QMenu *arrangeMenu) const;

    QAction *importAction() const { return m_import; }
    QAction *tidyAction() const { return m_tidy; }
    QAction *pinAction() const { return m_pin; }
    QAction *confirmPlaceholdersAction() const { return m_confirm; }

    // Imports the files into a new, unsaved design (after asking about unsaved changes); false
    // when cancelled or when an input could not be read (the error is shown).
    bool importFiles(const QStringList &paths, const std::optional<std::string> &region = {});
    // Lays the design out; pinned nodes stay. One undo step; nothing when nothing moves.
    void tidy();
    // Pins (or unpins) the selected nodes, so that Tidy leaves them where they are.
    void setSelectionPinned(bool pinned);
    // Clears the placeholder mark of the selected nodes (of every node when none is selected).
    void confirmPlaceholders();

private:
    void updateEnabled();

    QWidget *m_window;
    DocumentSession *m_session;
    TopologyScene *m_scene;
    QAction *m_import;
    QAction *m_tidy;
    QAction *m_pin;
    QAction *m_confirm;
};

} // namespace Er
