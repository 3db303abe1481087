#pragma once

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace Er {

// Help ▸ Keyboard Shortcuts: every action of a window that has a shortcut, read from the actions
// themselves (so the list never goes stale), with a search field that filters by action,
// shortcut or description.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { ActionColumn, ShortcutColumn, DescriptionColumn };

    explicit ShortcutsDialog(QWidget *window);

    QLineEdit *searchField() const { return m_search; }
    QTableWidget *table() const { return m_table; }
    // The rows the search lets through.
    int visibleRowCount() const;

private:
    void filter(const QString &text);

    QLineEdit *m_search;
    QTableWidget *m_table;
};

} // namespace Er
