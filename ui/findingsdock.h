#pragma once

#include "validation/finding.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Er {

// The Findings dock: validation and analysis findings grouped by severity, filterable by text
// and by rule group. Activating a finding asks for its elements to be shown.
class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    enum Column { RuleColumn, ElementsColumn, MessageColumn };

    explicit FindingsDock(QWidget *parent = nullptr);

    void setFindings(const std::vector<Finding> &findings);
    void setTextFilter(const QString &text);
    void setGroupFilter(const QString &group); // "" for every group
    // Findings the filters let through, in display order.
    int visibleFindingCount() const;
    QTreeWidget *tree() const { return m_tree; }
    QStringList ruleGroups() const;

signals:
    void elementsActivated(const QStringList &ids);

private:
    void rebuild();
    bool passes(const Finding &finding) const;

    std::vector<Finding> m_findings;
    QLineEdit *m_filter;
    QComboBox *m_group;
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

// The icon of a severity, drawn for the findings list and the status bar.
QIcon severityIcon(Severity severity);

} // namespace Er
