#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Er {

namespace {

QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text.trimmed();
}

struct Row
{
    QString action;
    QString keys;
    QString description;
};

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_search(new QLineEdit)
    , m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_search->setPlaceholderText(tr("Search actions and keys…"));
    m_search->setClearButtonEnabled(true);

    std::vector<Row> rows;
    QSet<QString> seen;
    for (const QAction *action : window->findChildren<QAction *>()) {
        const QList<QKeySequence> shortcuts = action->shortcuts();
        if (shortcuts.isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &shortcut : shortcuts)
            keys << shortcut.toString(QKeySequence::NativeText);
        Row row{plainText(action->text()), keys.join(QStringLiteral(", ")),
                action->statusTip().isEmpty() ? action->toolTip() : action->statusTip()};
        if (row.description == row.action || row.description == action->text())
            row.description.clear();
        if (seen.contains(row.action + row.keys))
            continue;
        seen.insert(row.action + row.keys);
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return QString::localeAwareCompare(a.action, b.action) < 0;
    });

    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Description")});
    m_table->setRowCount(int(rows.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < int(rows.size()); ++i) {
        m_table->setItem(i, ActionColumn, new QTableWidgetItem(rows[i].action));
        m_table->setItem(i, ShortcutColumn, new QTableWidgetItem(rows[i].keys));
        m_table->setItem(i, DescriptionColumn, new QTableWidgetItem(rows[i].description));
    }
    m_table->resizeColumnToContents(ActionColumn);
    m_table->resizeColumnToContents(ShortcutColumn);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 560);
    m_search->setFocus();
}

int ShortcutsDialog::visibleRowCount() const
{
    int count = 0;
    for (int i = 0; i < m_table->rowCount(); ++i)
        count += m_table->isRowHidden(i) ? 0 : 1;
    return count;
}

void ShortcutsDialog::filter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_table->rowCount(); ++i) {
        bool match = needle.isEmpty();
        for (int column = 0; column < m_table->columnCount() && !match; ++column)
            match = m_table->item(i, column)->text().contains(needle, Qt::CaseInsensitive);
        m_table->setRowHidden(i, !match);
    }
}

} // namespace Er
