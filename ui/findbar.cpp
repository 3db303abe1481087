#include "ui/findbar.h"

#include "model/document/topologydocument.h"
#include "views/canvasview.h"
#include "views/topologyscene.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Er {

namespace {

bool isFindKey(QEvent *event)
{
    return static_cast<QKeyEvent *>(event)->matches(QKeySequence::Find);
}

} // namespace

FindBar::FindBar(CanvasView *view, ShowElements showElements)
    : QWidget(view)
    , m_view(view)
    , m_show(std::move(showElements))
    , m_edit(new QLineEdit)
    , m_count(new QLabel)
    , m_find(new QAction(tr("Find on &Canvas…"), this))
{
    setObjectName(QStringLiteral("CanvasFindBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_edit->setPlaceholderText(tr("Find a node or link by name or id"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(240);
    m_edit->setToolTip(tr("Enter: next match · Shift+Enter: previous · Esc: close"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("888 of 888")) + 4);
    m_count->setAlignment(Qt::AlignCenter);
    auto *next = new QToolButton;
    next->setText(QStringLiteral("↓"));
    next->setToolTip(tr("Next match (Enter)"));
    auto *previous = new QToolButton;
    previous->setText(QStringLiteral("↑"));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *closeButton = new QToolButton;
    closeButton->setText(QStringLiteral("✕"));
    closeButton->setToolTip(tr("Close (Esc)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(closeButton);
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_current.clear();
        updateCount();
    });
    connect(m_view->topologyScene()->document(), &TopologyDocument::changed, this, [this] {
        if (isVisible())
            updateCount();
    });

    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_find->setToolTip(
        tr("Find a node or link on the canvas by name or id (%1 in the canvas)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_find->setStatusTip(m_find->toolTip());
    connect(m_find, &QAction::triggered, this, &FindBar::open);
    m_view->addAction(m_find);
    // The window's Ctrl+F filters the findings; in the canvas it finds on the canvas. Taking the
    // key before the window's shortcuts see it keeps the two apart.
    m_view->installEventFilter(this);
    m_edit->installEventFilter(this);
    hide();
}

QStringList FindBar::matches() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    const Topology &topology = m_view->topologyScene()->document()->topology();
    QStringList ids;
    for (const Node &node : topology.nodes()) {
        if (QString::fromStdString(node.id).contains(text, Qt::CaseInsensitive)
            || QString::fromStdString(node.label()).contains(text, Qt::CaseInsensitive))
            ids << QString::fromStdString(node.id);
    }
    for (const Link &link : topology.links()) {
        if (QString::fromStdString(link.id).contains(text, Qt::CaseInsensitive))
            ids << QString::fromStdString(link.id);
    }
    return ids;
}

bool FindBar::findNext(bool backwards)
{
    const QStringList ids = matches();
    updateCount();
    if (ids.isEmpty())
        return false;
    const qsizetype at = ids.indexOf(m_current);
    const qsizetype count = ids.size();
    qsizetype next = backwards ? count - 1 : 0;
    if (at >= 0)
        next = ((at + (backwards ? -1 : 1)) % count + count) % count;
    m_current = ids.at(next);
    m_show({m_current});
    m_count->setText(tr("%1 of %2").arg(next + 1).arg(count));
    return true;
}

void FindBar::open()
{
    show();
    raise();
    place();
    updateCount();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::close()
{
    hide();
    m_view->setFocus(Qt::OtherFocusReason);
}

void FindBar::place()
{
    adjustSize();
    const QRect area = m_view->viewport()->geometry();
    const int width = std::min(area.width() - 16, std::max(sizeHint().width(), 420));
    setGeometry(area.right() - width - 8, area.top() + 8, width, sizeHint().height());
}

void FindBar::updateCount()
{
    if (m_edit->text().trimmed().isEmpty()) {
        m_count->clear();
        return;
    }
    const qsizetype count = matches().size();
    m_count->setText(count == 0   ? tr("No match")
                     : count == 1 ? tr("1 match")
                                  : tr("%1 matches").arg(count));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    event->accept();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched == m_view) {
        if (type == QEvent::ShortcutOverride && isFindKey(event)) {
            event->accept();
            return true;
        }
        if (type == QEvent::KeyPress && isFindKey(event)) {
            m_find->trigger();
            return true;
        }
        if (type == QEvent::Resize && isVisible())
            place();
        return false;
    }
    if (watched == m_edit && (type == QEvent::ShortcutOverride || type == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool handled = key->key() == Qt::Key_Escape || key->key() == Qt::Key_Return
                             || key->key() == Qt::Key_Enter || isFindKey(event);
        if (!handled)
            return false;
        if (type == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        if (key->key() == Qt::Key_Escape)
            close();
        else if (isFindKey(event))
            m_edit->selectAll();
        else
            findNext(key->modifiers() & Qt::ShiftModifier);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Er
