#pragma once

#include "model/core/topology.h"

#include <QListWidget>
#include <QWidget>

class QLineEdit;
class QMimeData;

namespace Er {

// The MIME data a palette drag carries for a node kind ("application/x-ertopo-node", the kind's
// key). The caller owns it; tests drop the same data the palette drags.
QMimeData *paletteMimeData(NodeKind kind);

// The list of node kinds the palette shows; dragging an entry starts a QDrag with
// paletteMimeData().
class PaletteList : public QListWidget
{
    Q_OBJECT

public:
    explicit PaletteList(QWidget *parent = nullptr);

    static constexpr int kindRole = Qt::UserRole + 1;
    // Set instead of kindRole on the "Note" and "Rectangle" entries, after the node kinds.
    static constexpr int annotationKindRole = Qt::UserRole + 2;

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
    void startDrag(Qt::DropActions supportedActions) override;
};

// The palette: every node kind with its icon and name, then "Note" and "Rectangle", filtered by a text field. Drag one onto
// the canvas to add it where it is dropped; double-click (or Enter, in the list or the filter)
// adds it at the centre of the view.
class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    QLineEdit *filterField() const { return m_filter; }
    PaletteList *list() const { return m_list; }
    // The node kinds the filter leaves visible, in palette order.
    QList<NodeKind> visibleKinds() const;
    void setFilterText(const QString &text);

signals:
    void addRequested(Er::NodeKind kind);
    void addAnnotationRequested(Er::AnnotationKind kind);

private:
    void applyFilter(const QString &text);
    // Asks to add the entry's kind, if the filter shows it.
    void add(QListWidgetItem *item);

    QLineEdit *m_filter;
    PaletteList *m_list;
};

} // namespace Er
