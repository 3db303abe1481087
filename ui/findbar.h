#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;

namespace Er {

class CanvasView;

// Find on the canvas: a bar over the canvas's top right corner. Ctrl+F in the canvas opens it
// (elsewhere Ctrl+F still filters the findings); typing counts the nodes and links whose name or
// id contains the text; Enter selects and centres the next match (Shift+Enter the previous); Esc
// closes it and gives the canvas the focus back.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    using ShowElements = std::function<void(const QStringList &ids)>;
    FindBar(CanvasView *view, ShowElements showElements);

    // "Find on Canvas…" (Ctrl+F while the canvas has the focus).
    QAction *findAction() const { return m_find; }
    QLineEdit *lineEdit() const { return m_edit; }
    // The ids of the matching nodes (design order), then links.
    QStringList matches() const;
    // Selects and shows the next (or previous) match; false when nothing matches.
    bool findNext(bool backwards = false);
    void open();
    void close();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Keys typed in the bar stay in it (the canvas would nudge on Up and Down).
    void keyPressEvent(QKeyEvent *event) override;

private:
    void place();
    void updateCount();

    CanvasView *m_view;
    ShowElements m_show;
    QLineEdit *m_edit;
    QLabel *m_count;
    QAction *m_find;
    QString m_current; // the match shown last
};

} // namespace Er
