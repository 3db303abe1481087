#pragma once

#include "model/validation/finding.h"

#include <QDockWidget>

class QAction;
class QComboBox;
class QMenu;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Er {

// The Findings dock: validation and analysis findings grouped by severity, filterable by text
// and by rule group; the fix of each finding has its own column. Activating a finding asks for
// its elements to be shown; so do Next and Previous Finding (F8, Shift+F8). A finding's context
// menu selects its elements, shows its fix, opens its rule's reference and copies its message.
class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    enum Column { RuleColumn, ElementsColumn, MessageColumn, FixColumn };

    explicit FindingsDock(QWidget *parent = nullptr);

    void setFindings(const std::vector<Finding> &findings);
    void setTextFilter(const QString &text);
    void setGroupFilter(const QString &group); // "" for every group
    // Findings the filters let through, in display order.
    int visibleFindingCount() const;
    QTreeWidget *tree() const { return m_tree; }
    QStringList ruleGroups() const;
    // F8 and Shift+F8: the next or previous finding in display order (wrapping round); its
    // elements are shown. Add them to a menu of the window so that they work everywhere.
    QAction *nextFindingAction() const { return m_next; }
    QAction *previousFindingAction() const { return m_previous; }
    // Moves to the finding `step` rows on and activates it; false when no finding is listed.
    bool stepFinding(int step);
    // The context menu of a finding row (null for a heading); the caller owns it.
    QMenu *contextMenu(QTreeWidgetItem *item);

signals:
    void elementsActivated(const QStringList &ids);
    // "Show Rule Reference" on a finding: the rule reference, at the finding's rule.
    void ruleReferenceRequested(const QString &ruleId);

private:
    void rebuild();
    bool passes(const Finding &finding) const;

    std::vector<Finding> m_findings;
    QLineEdit *m_filter;
    QComboBox *m_group;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QAction *m_next;
    QAction *m_previous;
};

} // namespace Er
