#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Er {

// Help ▸ Rule Reference: every rule of the catalogue (RuleRegistry::standard()) with its
// severity, what it checks and its fix, filtered by a search field; the selected rule's facts and
// its Microsoft Learn page, which opens in the browser (QDesktopServices). The same data as
// `expressroute-designer rules`.
class RuleReferenceDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { RuleColumn, SeverityColumn, ChecksColumn, FixColumn };

    explicit RuleReferenceDialog(QWidget *parent = nullptr);

    // Clears the search and selects the rule `ruleId` (scrolled into view); false when there is
    // no such rule.
    bool showRule(const QString &ruleId);
    // The id of the selected rule, or "".
    QString currentRule() const;
    // Opens the selected rule's Microsoft Learn page; false when it has none.
    bool openCurrentPage();

    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *openPageButton() const { return m_openPage; }
    // The ids of the rows the search lets through, in order.
    QStringList visibleRules() const;

private:
    void filter(const QString &text);
    void showDetails();

    QLineEdit *m_search;
    QTreeWidget *m_list;
    QLabel *m_details;
    QPushButton *m_openPage;
};

} // namespace Er
