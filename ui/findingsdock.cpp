#include "ui/findingsdock.h"

#include "views/presentation.h"
#include "views/qtstrings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace Er {

namespace {

constexpr int elementsRole = Qt::UserRole + 1;
constexpr int fixRole = Qt::UserRole + 2;

QString severityHeading(Severity severity, int count)
{
    switch (severity) {
    case Severity::Error:
        return FindingsDock::tr("Errors (%1)").arg(count);
    case Severity::Warning:
        return FindingsDock::tr("Warnings (%1)").arg(count);
    case Severity::Info:
        return FindingsDock::tr("Information (%1)").arg(count);
    }
    return {};
}

} // namespace

FindingsDock::FindingsDock(QWidget *parent)
    : QDockWidget(tr("Findings"), parent)
    , m_filter(new QLineEdit)
    , m_group(new QComboBox)
    , m_tree(new QTreeWidget)
    , m_summary(new QLabel)
    , m_next(new QAction(tr("&Next Finding"), this))
    , m_previous(new QAction(tr("Pre&vious Finding"), this))
{
    setObjectName(QStringLiteral("FindingsDock"));
    m_filter->setPlaceholderText(tr("Filter by text, rule or element…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows only findings whose rule, elements, message or fix contain "
                            "this text."));
    m_group->setToolTip(tr("Shows only the findings of one rule group."));
    m_group->addItem(tr("All rule groups"), QString());
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_filter, &QLineEdit::textChanged, this, &FindingsDock::rebuild);
    connect(m_group, &QComboBox::currentIndexChanged, this, &FindingsDock::rebuild);

    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Rule"), tr("Elements"), tr("Message"), tr("Fix")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(RuleColumn, 130);
    m_tree->setColumnWidth(ElementsColumn, 150);
    m_tree->setColumnWidth(MessageColumn, 460);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        QTreeWidgetItem *item = m_tree->itemAt(pos);
        if (QMenu *menu = contextMenu(item)) {
            menu->exec(m_tree->viewport()->mapToGlobal(pos));
            delete menu;
        }
    });
    m_next->setShortcut(QKeySequence(Qt::Key_F8));
    m_next->setToolTip(tr("Select and show the elements of the next finding (F8)"));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_previous->setToolTip(tr("Select and show the elements of the previous finding (Shift+F8)"));
    connect(m_next, &QAction::triggered, this, [this] { stepFinding(1); });
    connect(m_previous, &QAction::triggered, this, [this] { stepFinding(-1); });
    m_tree->setWordWrap(false);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QStringList ids = item->data(RuleColumn, elementsRole).toStringList();
        if (!ids.isEmpty())
            emit elementsActivated(ids);
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QStringList ids = item->data(RuleColumn, elementsRole).toStringList();
        if (!ids.isEmpty())
            emit elementsActivated(ids);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_group);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    setWidget(content);
    rebuild();
}

void FindingsDock::setFindings(const std::vector<Finding> &findings)
{
    if (findings == m_findings && m_tree->topLevelItemCount() > 0)
        return;
    m_findings = findings;
    std::set<QString> groups;
    for (const Finding &finding : m_findings)
        groups.insert(qs(ruleGroup(finding.rule)));
    const QString current = m_group->currentData().toString();
    {
        const QSignalBlocker blocker(m_group);
        m_group->clear();
        m_group->addItem(tr("All rule groups"), QString());
        for (const QString &group : groups)
            m_group->addItem(group, group);
        const int index = m_group->findData(current);
        if (index >= 0) {
            m_group->setCurrentIndex(index);
        } else if (!current.isEmpty()) { // keep the user's filter while the group has none
            m_group->addItem(current, current);
            m_group->setCurrentIndex(m_group->count() - 1);
        }
    }
    rebuild();
}

void FindingsDock::setTextFilter(const QString &text)
{
    m_filter->setText(text);
}

void FindingsDock::setGroupFilter(const QString &group)
{
    int index = m_group->findData(group);
    if (index < 0) {
        m_group->addItem(group, group);
        index = m_group->count() - 1;
    }
    m_group->setCurrentIndex(index);
}

QStringList FindingsDock::ruleGroups() const
{
    QStringList groups;
    for (int i = 1; i < m_group->count(); ++i)
        groups << m_group->itemData(i).toString();
    return groups;
}

bool FindingsDock::passes(const Finding &finding) const
{
    const QString group = m_group->currentData().toString();
    if (!group.isEmpty() && qs(ruleGroup(finding.rule)) != group)
        return false;
    const QString text = m_filter->text().trimmed();
    if (text.isEmpty())
        return true;
    QStringList haystack{qs(finding.rule), qs(finding.message), qs(finding.fix)};
    for (const std::string &element : finding.elements)
        haystack << qs(element);
    return haystack.join(QLatin1Char('\n')).contains(text, Qt::CaseInsensitive);
}

int FindingsDock::visibleFindingCount() const
{
    int count = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        count += m_tree->topLevelItem(i)->childCount();
    return count;
}

bool FindingsDock::stepFinding(int step)
{
    QList<QTreeWidgetItem *> rows;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = m_tree->topLevelItem(i);
        for (int j = 0; j < heading->childCount(); ++j)
            rows << heading->child(j);
    }
    if (rows.isEmpty())
        return false;
    const qsizetype at = rows.indexOf(m_tree->currentItem());
    const qsizetype count = rows.size();
    qsizetype next = 0;
    if (at >= 0)
        next = ((at + step) % count + count) % count;
    else if (step < 0)
        next = count - 1;
    QTreeWidgetItem *item = rows.at(next);
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
    const QStringList ids = item->data(RuleColumn, elementsRole).toStringList();
    if (!ids.isEmpty())
        emit elementsActivated(ids);
    return true;
}

QMenu *FindingsDock::contextMenu(QTreeWidgetItem *item)
{
    if (!item || !item->parent())
        return nullptr;
    m_tree->setCurrentItem(item);
    const QStringList ids = item->data(RuleColumn, elementsRole).toStringList();
    const QString fix = item->data(RuleColumn, fixRole).toString();
    const QString message = item->text(MessageColumn);
    auto *menu = new QMenu(m_tree);
    QAction *select = menu->addAction(tr("&Select Elements"), this,
                                      [this, ids] { emit elementsActivated(ids); });
    select->setEnabled(!ids.isEmpty());
    QAction *showFix = menu->addAction(tr("Show &Fix"), this, [this, fix] {
        // The fix's own cell becomes current (scrolled to), and its text shows beside it once
        // the menu has gone (its closing would hide a tip at once).
        if (QTreeWidgetItem *current = m_tree->currentItem()) {
            m_tree->setCurrentItem(current, FixColumn);
            m_tree->scrollTo(m_tree->currentIndex());
        }
        QTimer::singleShot(0, m_tree, [this, fix] {
            const QRect rect = m_tree->visualRect(m_tree->currentIndex());
            QToolTip::showText(m_tree->viewport()->mapToGlobal(rect.bottomLeft()),
                               tr("Fix: %1").arg(fix), m_tree->viewport());
        });
    });
    showFix->setEnabled(!fix.isEmpty());
    const QString rule = item->text(RuleColumn);
    menu->addAction(tr("Show &Rule Reference"), this,
                    [this, rule] { emit ruleReferenceRequested(rule); });
    menu->addSeparator();
    menu->addAction(tr("&Copy Message"), this,
                    [message] { QGuiApplication::clipboard()->setText(message); });
    QAction *copyFix = menu->addAction(tr("Copy Fi&x"), this,
                                       [fix] { QGuiApplication::clipboard()->setText(fix); });
    copyFix->setEnabled(!fix.isEmpty());
    return menu;
}

void FindingsDock::rebuild()
{
    m_tree->clear();
    int shown = 0;
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        QList<QTreeWidgetItem *> children;
        for (const Finding &finding : m_findings) {
            if (finding.severity != severity || !passes(finding))
                continue;
            QStringList elements;
            for (const std::string &element : finding.elements)
                elements << qs(element);
            auto *item = new QTreeWidgetItem({qs(finding.rule), elements.join(QStringLiteral(", ")),
                                              qs(finding.message), qs(finding.fix)});
            item->setIcon(RuleColumn, severityIcon(severity));
            item->setData(RuleColumn, elementsRole, elements);
            item->setData(RuleColumn, fixRole, qs(finding.fix));
            QString tip = QStringLiteral("<p><b>%1</b> %2</p>")
                              .arg(qs(finding.rule).toHtmlEscaped(),
                                   qs(finding.message).toHtmlEscaped());
            if (!finding.fix.empty())
                tip += tr("<p><b>Fix:</b> %1</p>").arg(qs(finding.fix).toHtmlEscaped());
            if (!finding.reference.empty())
                tip += QStringLiteral("<p>%1</p>").arg(qs(finding.reference).toHtmlEscaped());
            for (int column = 0; column < 4; ++column)
                item->setToolTip(column, tip);
            children << item;
        }
        if (children.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem({severityHeading(severity, int(children.size()))});
        heading->setIcon(RuleColumn, severityIcon(severity));
        heading->setFirstColumnSpanned(true);
        QFont bold = heading->font(RuleColumn);
        bold.setBold(true);
        heading->setFont(RuleColumn, bold);
        heading->setFlags(Qt::ItemIsEnabled);
        heading->addChildren(children);
        m_tree->addTopLevelItem(heading);
        heading->setFirstColumnSpanned(true);
        heading->setExpanded(true);
        shown += int(children.size());
    }
    const int total = int(m_findings.size());
    if (total == 0)
        m_summary->setText(tr("No findings: the design passes every rule."));
    else if (shown == total)
        m_summary->setText(total == 1 ? tr("1 finding.") : tr("%1 findings.").arg(total));
    else
        m_summary->setText(tr("%1 of %2 findings shown.").arg(shown).arg(total));
}

} // namespace Er
