#include "ui/analysisdock.h"

#include "model/analysis/failureview.h"
#include "model/document/topologydocument.h"
#include "ui/optionstable.h"
#include "ui/sceneemphasis.h"
#include "views/qtstrings.h"
#include "views/topologyscene.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace Er {

AnalysisDock::AnalysisDock(TopologyDocument *document, TopologyScene *scene, QWidget *parent)
    : QDockWidget(tr("Analysis"), parent)
    , m_document(document)
    , m_scene(scene)
    , m_emphasis(std::make_unique<SceneEmphasis>(scene))
    , m_pairModel(new PairTableModel(document, this))
    , m_failureModel(new FailureListModel(document, this))
    , m_pairs(new QTreeView)
    , m_options(new OptionsTable(document))
    , m_failure(new QComboBox)
    , m_useSelection(new QPushButton(tr("Simulate Selected")))
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("AnalysisDock"));
    m_pairs->setModel(m_pairModel);
    m_pairs->setRootIsDecorated(false);
    m_pairs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairs->setAlternatingRowColors(true);
    m_pairs->setUniformRowHeights(true);
    m_pairs->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_pairs->setToolTip(tr("Select a pair to highlight its paths on the canvas."));
    connect(m_pairs->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AnalysisDock::pairSelectionChanged);

    m_failure->setToolTip(tr("Simulates the loss of one element, peering location or shared "
                             "risk and greys out what it cuts off."));
    m_failure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_failure->setMinimumContentsLength(24);
    m_failure->setModel(m_failureModel);
    // Every new analysis resets the list; a large design offers 40,000 failures, and laying out
    // each row's text to size it cost 36 ms of the UI thread at 10,000 sites.
    if (auto *list = qobject_cast<QListView *>(m_failure->view()))
        list->setUniformItemSizes(true);
    connect(m_failure, &QComboBox::activated, this,
            [this] { simulateFailure(m_failure->currentData().toString()); });
    m_useSelection->setToolTip(tr("Simulates the failure of the element selected on the canvas."));
    connect(m_useSelection, &QPushButton::clicked, this, [this] {
        const QStringList ids = m_scene->selectedIds();
        simulateFailure(ids.isEmpty() ? QString() : ids.first());
    });
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    auto *failureRow = new QHBoxLayout;
    failureRow->addWidget(new QLabel(tr("Simulate failure:")));
    failureRow->addWidget(m_failure, 1);
    failureRow->addWidget(m_useSelection);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 4);
    auto *tables = new QSplitter(Qt::Horizontal);
    tables->setChildrenCollapsible(false);
    tables->addWidget(m_pairs);
    tables->addWidget(m_options);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    layout->addWidget(tables, 1);
    layout->addLayout(failureRow);
    layout->addWidget(m_summary);
    setWidget(content);

    // A simulation shows what the analysis said of the design as it was: any edit, undo or redo
    // ends it, and so does Esc.
    connect(m_document, &TopologyDocument::changed, this, &AnalysisDock::clearSimulation);
    connect(m_document, &TopologyDocument::designInfoChanged, this, &AnalysisDock::clearSimulation);
    qApp->installEventFilter(this);
    connect(m_document, &TopologyDocument::topologyReset, this, [this] {
        // Another design: its pairs and failures are not this one's, nor are its columns' widths.
        m_simulated.clear();
        {
            const QSignalBlocker failureBlocker(m_failure);
            m_failure->setCurrentIndex(0);
        }
        m_summary->clear();
        m_columnsSized = false;
        const QSignalBlocker blocker(m_pairs->selectionModel());
        m_pairs->selectionModel()->clear();
        m_emphasis->clear();
    });
    setAnalysis(nullptr);
}

AnalysisDock::~AnalysisDock() = default;

bool AnalysisDock::eventFilter(QObject *watched, QEvent *event)
{
    // Esc anywhere in this window ends a simulation; the key goes on to whoever else wants it.
    if ((event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_simulated.isEmpty()) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && (widget->window() == window() || widget->window() == this))
            clearSimulation();
    }
    return QDockWidget::eventFilter(watched, event);
}

QString AnalysisDock::labelOf(const std::string &id) const
{
    return elementLabel(*m_document, id);
}

QString AnalysisDock::pairText(int row, Column column) const
{
    return m_pairModel->index(row, column).data().toString();
}

QString AnalysisDock::pairToolTip(int row, Column column) const
{
    return m_pairModel->index(row, column).data(Qt::ToolTipRole).toString();
}

int AnalysisDock::currentPairRow() const
{
    const QModelIndex current = m_pairs->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void AnalysisDock::setAnalysis(std::shared_ptr<const AnalysisResult> analysis)
{
    // The pair in the same row stays selected, and a simulated failure stays simulated.
    const int selectedRow = currentPairRow();
    m_analysis = std::move(analysis);
    {
        const QSignalBlocker pairsBlocker(m_pairs->selectionModel());
        const QSignalBlocker failureBlocker(m_failure);
        m_pairModel->setAnalysis(m_analysis);
        m_failureModel->setAnalysis(m_analysis);
        m_options->setAnalysis(m_analysis);
        if (selectedRow >= 0 && selectedRow < m_pairModel->rowCount()) {
            m_pairs->selectionModel()->setCurrentIndex(m_pairModel->index(selectedRow, 0),
                                                       QItemSelectionModel::ClearAndSelect
                                                           | QItemSelectionModel::Rows);
        }
        m_failure->setCurrentIndex(std::max(m_failureModel->rowOf(m_simulated), 0));
    }
    if (!m_analysis) {
        m_summary->setText(tr("The analysis of this design is not available yet."));
        return;
    }
    if (!m_columnsSized && m_pairModel->rowCount() > 0) {
        // Once: later results keep the widths of the figures the user sees (or set).
        for (int column = 0; column < ColumnCount; ++column)
            m_pairs->resizeColumnToContents(column);
        m_columnsSized = true;
    }
    if (m_pairModel->rowCount() > 0) {
        // Names change (a design built up from "site-1"), and the view sizes a column from the
        // rows in view only: the site and VNet columns widen, from the model, to the longest
        // name, and never narrow what the user widened.
        const QFontMetrics metrics(m_pairs->font());
        const int rows = std::min(m_pairModel->rowCount(), 2000);
        const int padding = 2 * m_pairs->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
        // Measuring every name on the UI thread cost 20 ms after each edit at 1,000 sites: only
        // the few longest by characters are measured.
        constexpr std::size_t measured = 8;
        for (const int column : {int(SiteColumn), int(VnetColumn)}) {
            int width = m_pairs->header()->sectionSizeHint(column);
            std::vector<std::pair<qsizetype, int>> longest; // (characters, row)
            for (int row = 0; row < rows; ++row)
                longest.emplace_back(pairText(row, Column(column)).size(), row);
            const auto end = longest.begin()
                             + static_cast<std::ptrdiff_t>(std::min(measured, longest.size()));
            std::partial_sort(longest.begin(), end, longest.end(), std::greater<>());
            for (auto it = longest.begin(); it != end; ++it)
                width = std::max(width,
                                 metrics.horizontalAdvance(pairText(it->second, Column(column))));
            if (m_pairs->columnWidth(column) < width + padding)
                m_pairs->setColumnWidth(column, width + padding);
        }
    }
    if (!m_simulated.isEmpty())
        simulateFailure(m_simulated);
    else if (selectedRow >= 0)
        pairSelectionChanged();
    else
        m_summary->setText(tr("Site–VNet pairs: %1. Select one to see its paths.")
                               .arg(int(m_analysis->pairs.size())));
}

void AnalysisDock::selectPair(int row)
{
    if (row < 0 || row >= m_pairModel->rowCount()) {
        const QSignalBlocker blocker(m_pairs->selectionModel());
        m_pairs->selectionModel()->clear();
        m_emphasis->clear();
        return;
    }
    m_pairs->selectionModel()->setCurrentIndex(m_pairModel->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect
                                                   | QItemSelectionModel::Rows);
    m_pairs->scrollTo(m_pairModel->index(row, 0));
}

void AnalysisDock::pairSelectionChanged()
{
    if (!m_analysis)
        return;
    const int row = currentPairRow();
    if (row < 0 || row >= int(m_analysis->pairs.size())) {
        m_emphasis->clear();
        return;
    }
    m_simulated.clear();
    m_failure->setCurrentIndex(0);
    const PairAnalysis &pair = m_analysis->pairs[std::size_t(row)];
    m_options->showSite(pair.site);
    // Each element takes the strongest role of the paths it is on: steady, failover, standby.
    QHash<QString, PathRole> roles;
    const auto mark = [&roles](const QString &id, PathRole role) {
        const auto it = roles.find(id);
        if (it == roles.end())
            roles.insert(id, role);
        else if (static_cast<int>(role) < static_cast<int>(*it))
            *it = role;
    };
    for (const PathInfo &path : pair.paths) {
        for (const std::string &element : path.elements)
            mark(qs(element), path.role);
    }
    // Every element that carries traffic, not only those of the disjoint paths listed.
    for (const std::string &element : pair.steadyElements)
        mark(qs(element), PathRole::Steady);
    for (const std::string &element : pair.failoverElements)
        mark(qs(element), PathRole::Failover);
    mark(qs(pair.site), PathRole::Steady);
    mark(qs(pair.vnet), PathRole::Steady);
    m_emphasis->highlightPaths(roles);

    QString text = tr("<b>%1 → %2</b>: %3, %4.")
                       .arg(labelOf(pair.site).toHtmlEscaped(), labelOf(pair.vnet).toHtmlEscaped(),
                            pair.paths.size() == 1 ? tr("1 path")
                                                   : tr("%1 paths").arg(pair.paths.size()),
                            qs(displayName(pair.resiliency)));
    const auto routed = [this](const RoutedFigures &figures) {
        QStringList entries;
        for (const std::string &id : figures.toAzure)
            entries << labelOf(id);
        for (const std::string &id : figures.fromAzure) {
            if (!entries.contains(labelOf(id)))
                entries << labelOf(id);
        }
        return tr("%1 (%2)")
            .arg(entries.join(QStringLiteral(", ")),
                 roundTripText(figures.latencyMs, figures.latencyVariable))
            .toHtmlEscaped();
    };
    if (pair.reachable) {
        text += tr(" <b>Steady</b> (solid): %1.").arg(routed(pair.steady));
        if (pair.failover)
            text += tr(" <b>Failover</b> (dashed): %1.").arg(routed(*pair.failover));
    }
    // Microsoft's resiliency index of the gateway the pair enters Azure at, estimated from the
    // design (the report explains each part).
    for (const GatewayResiliencyIndex &entry : m_analysis->resiliencyIndex) {
        if (entry.vnet != pair.vnet)
            continue;
        text += tr(" <b>Resiliency index</b> of its gateway: %1 of 100%2 (estimated before "
                   "deployment; Advisor points assumed).")
                    .arg(entry.index)
                    .arg(entry.validation.tested ? QString() : tr(", not yet tested"));
    }
    // The paths hop by hop (the pair's tooltip lists them all).
    constexpr int shownPaths = 6;
    QStringList lines = pairPathsText(*m_document, pair).split(QLatin1Char('\n'));
    const qsizetype more = lines.size() - shownPaths;
    if (more > 0) {
        lines = lines.mid(0, shownPaths);
        lines << (more == 1 ? tr("and 1 more path") : tr("and %1 more paths").arg(more));
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    text += QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
    m_summary->setText(text);
}

void AnalysisDock::clearSimulation()
{
    if (m_simulated.isEmpty() && m_emphasis->greyedOut().isEmpty())
        return;
    simulateFailure(QString());
}

void AnalysisDock::simulateFailure(const QString &element)
{
    const int row = m_failureModel->rowOf(element);
    // The combo always names what is simulated: "(no failure)" when nothing (or nothing that can
    // fail) is.
    {
        const QSignalBlocker blocker(m_failure);
        m_failure->setCurrentIndex(std::max(row, 0));
    }
    if (element.isEmpty() || !m_analysis || row < 0) {
        m_simulated.clear();
        m_emphasis->clear();
        if (!element.isEmpty() && m_analysis) {
            m_summary->setText(
                tr("<b>%1</b> cannot fail in the analysis: sites, regions and "
                   "VNets are the ends of the paths, and only what lies on a path "
                   "can fail.")
                    .arg(failureDisplayName(*m_document, element.toStdString()).toHtmlEscaped()));
        } else if (m_analysis) {
            m_summary->setText(tr("Site–VNet pairs: %1. Select one to see its paths.")
                                   .arg(int(m_analysis->pairs.size())));
        } else {
            m_summary->setText(QString());
        }
        return;
    }
    m_simulated = element;
    const std::string id = element.toStdString();
    const FailureImpact *impact = m_failureModel->impactOf(element);

    // What fails with it and what is left with no path (the analysis's failure view).
    const FailureView view = failureView(m_document->topology(), *m_analysis, id);
    QSet<QString> failedIds;
    for (const std::string &failedId : view.failing)
        failedIds.insert(qs(failedId));
    QSet<QString> cutOff;
    for (const std::string &cutOffId : view.cutOff)
        cutOff.insert(qs(cutOffId));
    m_emphasis->showFailure(failedIds, cutOff);

    const QString label = failureDisplayName(*m_document, id).toHtmlEscaped();
    const std::size_t lostCount = impact ? impact->lost.size() : 0;
    const std::size_t degradedCount = impact ? impact->degraded.size() : 0;
    if (lostCount == 0 && degradedCount == 0) {
        m_summary->setText(tr("Losing <b>%1</b> changes nothing: no site–VNet pair is cut off "
                              "or degraded.")
                               .arg(label));
        return;
    }
    const auto pairs = [](std::size_t count) {
        return count == 1 ? tr("1 site–VNet pair") : tr("%1 site–VNet pairs").arg(count);
    };
    QString text;
    if (lostCount > 0 && degradedCount > 0) {
        text = tr("Losing <b>%1</b> cuts off %2 and degrades %3")
                   .arg(label, pairs(lostCount), QString::number(degradedCount));
    } else if (lostCount > 0) {
        text = tr("Losing <b>%1</b> cuts off %2").arg(label, pairs(lostCount));
    } else {
        text = tr("Losing <b>%1</b> cuts off no site–VNet pair but degrades %2")
                   .arg(label, pairs(degradedCount));
    }
    QStringList details;
    if (lostCount > 0) {
        QStringList lostText;
        for (const SitePair &pair : impact->lost)
            lostText << QStringLiteral("%1 → %2").arg(labelOf(pair.site), labelOf(pair.vnet));
        details << tr("cut off: %1").arg(lostText.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (degradedCount > 0) {
        QStringList degradedText;
        for (const DegradedPair &pair : impact->degraded) {
            degradedText << tr("%1 → %2 (now %3)")
                                .arg(labelOf(pair.site), labelOf(pair.vnet),
                                     qs(displayName(pair.resiliency)));
        }
        details << tr("degraded: %1").arg(degradedText.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    m_summary->setText(text + QStringLiteral(".<br>") + details.join(QStringLiteral("<br>")));
}

QString AnalysisDock::failureSummary() const
{
    return m_summary->text();
}

} // namespace Er
