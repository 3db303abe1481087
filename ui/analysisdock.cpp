#include "analysisdock.h"

#include "commands/topologydocument.h"
#include "sceneemphasis.h"
#include "topologyscene.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace Er {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

AnalysisDock::AnalysisDock(TopologyDocument *document, TopologyScene *scene, QWidget *parent)
    : QDockWidget(tr("Analysis"), parent)
    , m_document(document)
    , m_scene(scene)
    , m_emphasis(std::make_unique<SceneEmphasis>(scene))
    , m_pairModel(new PairTableModel(document, this))
    , m_failureModel(new FailureListModel(document, this))
    , m_pairs(new QTreeView)
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
    layout->addWidget(m_pairs, 1);
    layout->addLayout(failureRow);
    layout->addWidget(m_summary);
    setWidget(content);

    connect(m_document, &TopologyDocument::topologyReset, this, [this] {
        // Another design: its pairs and failures are not this one's, nor are its columns' widths.
        m_simulated.clear();
        m_columnsSized = false;
        const QSignalBlocker blocker(m_pairs->selectionModel());
        m_pairs->selectionModel()->clear();
        m_emphasis->clear();
    });
    setAnalysis(nullptr);
}

AnalysisDock::~AnalysisDock() = default;

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
        // Once, from the rows in view: later results keep the widths the user sees (or set).
        for (int column = 0; column < ColumnCount; ++column)
            m_pairs->resizeColumnToContents(column);
        m_columnsSized = true;
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
    mark(qs(pair.site), PathRole::Steady);
    mark(qs(pair.vnet), PathRole::Steady);
    m_emphasis->highlightPaths(roles);

    QString text = tr("<b>%1 → %2</b>: %3, %4.")
                       .arg(labelOf(pair.site).toHtmlEscaped(), labelOf(pair.vnet).toHtmlEscaped(),
                            pair.paths.size() == 1 ? tr("1 path")
                                                   : tr("%1 paths").arg(pair.paths.size()),
                            resiliencyDisplayName(pair.resiliency));
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
    m_summary->setText(text);
}

void AnalysisDock::simulateFailure(const QString &element)
{
    m_simulated = element;
    if (element.isEmpty() || !m_analysis) {
        m_emphasis->clear();
        m_failure->setCurrentIndex(0);
        m_summary->setText(QString());
        return;
    }
    const std::string id = element.toStdString();
    const FailureImpact *impact = nullptr;
    for (const FailureImpact &failure : m_analysis->failures) {
        if (failure.element == id)
            impact = &failure;
    }
    if (const int index = m_failureModel->rowOf(element); index >= 0) {
        const QSignalBlocker blocker(m_failure);
        m_failure->setCurrentIndex(index);
    }

    // A path fails when it passes the element, or (for a shared risk) when its pair is lost.
    std::set<std::pair<std::string, std::string>> lost;
    if (impact) {
        for (const SitePair &pair : impact->lost)
            lost.emplace(pair.site, pair.vnet);
    }
    QSet<QString> onFailedPaths;
    QSet<QString> onSurvivingPaths;
    for (const PairAnalysis &pair : m_analysis->pairs) {
        const bool pairLost = lost.count({pair.site, pair.vnet}) > 0;
        for (const PathInfo &path : pair.paths) {
            const bool fails = pairLost
                               || std::find(path.elements.begin(), path.elements.end(), id)
                                      != path.elements.end();
            QSet<QString> &target = fails ? onFailedPaths : onSurvivingPaths;
            for (const std::string &pathElement : path.elements)
                target.insert(qs(pathElement));
        }
    }
    QSet<QString> cutOff = onFailedPaths - onSurvivingPaths;
    // Links that hang off what is cut off (a circuit's other port, a spare access) go with it.
    QSet<QString> ends = cutOff;
    ends.insert(element);
    for (const Link &link : m_document->topology().links()) {
        if (ends.contains(qs(link.from)) || ends.contains(qs(link.to)))
            cutOff.insert(qs(link.id));
    }
    cutOff.remove(element);
    m_emphasis->showFailure(element, cutOff);

    const QString label = element.contains(QLatin1Char(':')) ? element : labelOf(id);
    if (!impact) {
        m_summary->setText(
            tr("Losing <b>%1</b> cuts off no site–VNet pair.").arg(label.toHtmlEscaped()));
        return;
    }
    QStringList lostText;
    for (const SitePair &pair : impact->lost)
        lostText << QStringLiteral("%1 → %2").arg(labelOf(pair.site), labelOf(pair.vnet));
    QStringList degradedText;
    for (const DegradedPair &pair : impact->degraded) {
        degradedText << QStringLiteral("%1 → %2 (%3)")
                            .arg(labelOf(pair.site), labelOf(pair.vnet),
                                 resiliencyDisplayName(pair.resiliency));
    }
    QString text = (impact->lost.size() == 1 ? tr("Losing <b>%1</b> cuts off 1 pair")
                                             : tr("Losing <b>%1</b> cuts off %2 pairs")
                                                   .arg(QString::number(impact->lost.size())))
                       .arg(label.toHtmlEscaped());
    if (!lostText.isEmpty())
        text += QStringLiteral(": ") + lostText.join(QStringLiteral(", ")).toHtmlEscaped();
    if (!degradedText.isEmpty()) {
        text += tr("; degrades %1").arg(degradedText.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    m_summary->setText(text + QLatin1Char('.'));
}

QString AnalysisDock::failureSummary() const
{
    return m_summary->text();
}

} // namespace Er
