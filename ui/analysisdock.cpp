#include "analysisdock.h"

#include "commands/topologydocument.h"
#include "sceneemphasis.h"
#include "topologyscene.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace Er {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QString bandwidthText(double mbps)
{
    if (mbps >= 1000)
        return QStringLiteral("%1 Gbps").arg(mbps / 1000, 0, 'g', 4);
    return QStringLiteral("%1 Mbps").arg(mbps, 0, 'g', 4);
}

QColor resiliencyColor(Resiliency level)
{
    switch (level) {
    case Resiliency::None:
        return QColor(0xd9, 0x30, 0x25);
    case Resiliency::VpnOnly:
    case Resiliency::Standard:
        return QColor(0xe3, 0x74, 0x00);
    case Resiliency::StandardWithVpnBackup:
        return QColor(0xb0, 0x8d, 0x00);
    case Resiliency::High:
    case Resiliency::Maximum:
        return QColor(0x1e, 0x8e, 0x3e);
    }
    return {};
}

} // namespace

QString resiliencyDisplayName(Resiliency level)
{
    switch (level) {
    case Resiliency::None:
        return AnalysisDock::tr("None (unreachable)");
    case Resiliency::VpnOnly:
        return AnalysisDock::tr("VPN only");
    case Resiliency::Standard:
        return AnalysisDock::tr("Standard");
    case Resiliency::StandardWithVpnBackup:
        return AnalysisDock::tr("Standard + VPN backup");
    case Resiliency::High:
        return AnalysisDock::tr("High (Metro)");
    case Resiliency::Maximum:
        return AnalysisDock::tr("Maximum");
    }
    return {};
}

AnalysisDock::AnalysisDock(TopologyDocument *document, TopologyScene *scene, QWidget *parent)
    : QDockWidget(tr("Analysis"), parent)
    , m_document(document)
    , m_scene(scene)
    , m_emphasis(std::make_unique<SceneEmphasis>(scene))
    , m_pairs(new QTreeWidget)
    , m_failure(new QComboBox)
    , m_useSelection(new QPushButton(tr("Simulate Selected")))
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("AnalysisDock"));
    m_pairs->setColumnCount(ColumnCount);
    m_pairs->setHeaderLabels({tr("Site"), tr("VNet"), tr("Resiliency"),
                              tr("Single points of failure"), tr("Availability"), tr("Latency"),
                              tr("Bandwidth")});
    m_pairs->setRootIsDecorated(false);
    m_pairs->setAlternatingRowColors(true);
    m_pairs->setUniformRowHeights(true);
    m_pairs->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_pairs->setToolTip(tr("Select a pair to highlight its paths on the canvas."));
    connect(m_pairs, &QTreeWidget::itemSelectionChanged, this, &AnalysisDock::pairSelectionChanged);

    m_failure->setToolTip(tr("Simulates the loss of one element, peering location or shared "
                             "risk and greys out what it cuts off."));
    m_failure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_failure->setMinimumContentsLength(24);
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
        // Another design: its pairs and failures are not this one's.
        m_simulated.clear();
        const QSignalBlocker blocker(m_pairs);
        m_pairs->setCurrentItem(nullptr);
        m_pairs->clearSelection();
        m_emphasis->clear();
    });
    rebuild();
}

AnalysisDock::~AnalysisDock() = default;

QString AnalysisDock::labelOf(const std::string &id) const
{
    if (const Node *node = m_document->topology().node(id))
        return qs(node->label());
    return qs(id);
}

void AnalysisDock::setAnalysis(std::shared_ptr<const AnalysisResult> analysis)
{
    m_analysis = std::move(analysis);
    rebuild();
}

void AnalysisDock::rebuild()
{
    const QSignalBlocker blocker(m_pairs);
    const int selectedRow = m_pairs->currentItem()
                                ? m_pairs->indexOfTopLevelItem(m_pairs->currentItem())
                                : -1;
    m_pairs->clear();
    m_failure->clear();
    m_failure->addItem(tr("(no failure)"), QString());
    if (!m_analysis) {
        m_summary->setText(tr("The analysis of this design is not available yet."));
        return;
    }
    for (const PairAnalysis &pair : m_analysis->pairs) {
        QStringList spofs;
        for (const std::string &spof : pair.singlePointsOfFailure)
            spofs << labelOf(spof);
        QString availability = QStringLiteral("%1 %").arg(pair.availabilityPercent, 0, 'f', 4);
        if (!pair.availabilityExact)
            availability = QStringLiteral("≈%1 ± %2")
                               .arg(availability)
                               .arg(pair.availabilityErrorBound, 0, 'g', 2);
        QString latency = pair.latencyMs ? QStringLiteral("%1 ms").arg(*pair.latencyMs, 0, 'f', 1)
                                         : QStringLiteral("—");
        if (pair.latencyMs && pair.latencyVariable)
            latency += tr(" (internet, variable)");
        auto *item = new QTreeWidgetItem(
            {labelOf(pair.site), labelOf(pair.vnet), resiliencyDisplayName(pair.resiliency),
             spofs.isEmpty() ? tr("none") : spofs.join(QStringLiteral(", ")),
             pair.reachable ? availability : QStringLiteral("—"), latency,
             pair.bottleneckMbps ? bandwidthText(*pair.bottleneckMbps) : QStringLiteral("—")});
        item->setForeground(ResiliencyColumn, resiliencyColor(pair.resiliency));
        item->setToolTip(SpofColumn, spofs.join(QLatin1Char('\n')));
        item->setToolTip(ResiliencyColumn, pair.disjointPaths == 1
                                               ? tr("1 disjoint path")
                                               : tr("%1 disjoint paths").arg(pair.disjointPaths));
        m_pairs->addTopLevelItem(item);
    }
    for (int column = 0; column < ColumnCount; ++column)
        m_pairs->resizeColumnToContents(column);
    for (const FailureImpact &failure : m_analysis->failures) {
        const QString element = qs(failure.element);
        const QString label = element.contains(QLatin1Char(':')) ? element
                                                                 : labelOf(failure.element);
        m_failure->addItem(tr("%1 — cuts off %2, degrades %3")
                               .arg(label)
                               .arg(failure.lost.size())
                               .arg(failure.degraded.size()),
                           element);
    }
    if (selectedRow >= 0 && selectedRow < m_pairs->topLevelItemCount())
        m_pairs->setCurrentItem(m_pairs->topLevelItem(selectedRow));
    const int failureIndex = m_failure->findData(m_simulated);
    m_failure->setCurrentIndex(std::max(failureIndex, 0));
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
    if (row < 0) {
        m_pairs->clearSelection();
        m_pairs->setCurrentItem(nullptr);
        m_emphasis->clear();
        return;
    }
    m_pairs->setCurrentItem(m_pairs->topLevelItem(row));
}

void AnalysisDock::pairSelectionChanged()
{
    if (!m_analysis)
        return;
    QTreeWidgetItem *item = m_pairs->currentItem();
    const int row = item ? m_pairs->indexOfTopLevelItem(item) : -1;
    if (row < 0 || row >= int(m_analysis->pairs.size())) {
        m_emphasis->clear();
        return;
    }
    m_simulated.clear();
    m_failure->setCurrentIndex(0);
    const PairAnalysis &pair = m_analysis->pairs[std::size_t(row)];
    QSet<QString> elements{qs(pair.site), qs(pair.vnet)};
    for (const PathInfo &path : pair.paths) {
        for (const std::string &element : path.elements)
            elements.insert(qs(element));
    }
    m_emphasis->highlightPaths(elements);
    m_summary->setText(
        tr("<b>%1 → %2</b>: %3, %4.")
            .arg(labelOf(pair.site).toHtmlEscaped(), labelOf(pair.vnet).toHtmlEscaped(),
                 pair.paths.size() == 1 ? tr("1 path") : tr("%1 paths").arg(pair.paths.size()),
                 resiliencyDisplayName(pair.resiliency)));
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
    const int index = m_failure->findData(element);
    if (index >= 0)
        m_failure->setCurrentIndex(index);

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
