#pragma once

#include "model/diff/designdiff.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QTreeWidget;
class QTreeWidgetItem;

namespace Er {

// File ▸ Compare With…: what changed between an earlier revision and the design in the window,
// as a list (the same as `diff`): elements added, removed and changed with each field's old and
// new value, findings gained and lost, and the site–VNet pairs whose figures changed. Opening it
// selects the added and changed elements on the canvas; clicking a row selects and centres the
// elements it names (a removed element is no longer there to select).
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    using ShowElements = std::function<void(const QStringList &ids)>;

    CompareDialog(DesignDiff diff,
                  const QString &earlierFile,
                  ShowElements showElements,
                  QWidget *parent = nullptr);

    const DesignDiff &diff() const { return m_diff; }
    QTreeWidget *tree() const { return m_tree; }
    // The ids of the added and changed elements: what opening the dialog marks on the canvas.
    QStringList changedElementIds() const;

private:
    void fill();
    void activate(QTreeWidgetItem *item);

    DesignDiff m_diff;
    ShowElements m_show;
    QTreeWidget *m_tree;
};

} // namespace Er
