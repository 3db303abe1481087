#include "ui/inspector/linkeditor.h"

#include "ui/inspector/fieldtext.h"
#include "ui/inspector/nodeeditor.h"

#include <QFormLayout>
#include <QLabel>

#include <algorithm>

namespace Er {

namespace {

using Style = FieldEditor::Style;
namespace T = FieldText;
using K = LinkKind;

const std::vector<LinkKind> allKinds(std::begin(allLinkKinds), std::end(allLinkKinds));

} // namespace

LinkEditor::LinkEditor(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_ends(new QLabel(this))
    , m_form(m_layout, [](const Link &link) { return qs(link.id); })
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_ends->setWordWrap(true);
    m_ends->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addRow(tr("Joins"), m_ends);

    addField(
        QStringLiteral("role"), tr("Role"), Style::Choice,
        [](const Link &l) { return T::of(l.role); },
        [](Link &l, const QString &text) { return T::parse(text, l.role); },
        tr("Which of the circuit's two links this carries: primary, secondary (or, for access, "
           "both)."),
        {K::Access, K::CircuitPort});
    addField(
        QStringLiteral("bandwidthInMbps"), tr("Bandwidth (Mbps)"), Style::Line,
        [](const Link &l) { return T::of(l.bandwidthInMbps); },
        [](Link &l, const QString &text) {
            return T::parseInteger(text, l.bandwidthInMbps, 1, 400000, tr("The bandwidth"));
        },
        tr("The link's capacity; the analysis takes the smallest along a path."),
        {K::Access, K::Vpn});
    addField(
        QStringLiteral("lengthKm"), tr("Length (km)"), Style::Line,
        [](const Link &l) { return T::of(l.lengthKm); },
        [](Link &l, const QString &text) {
            return T::parseNumber(text, l.lengthKm, 0, 40000, tr("The length"));
        },
        tr("The fibre route's length; estimated from the ends' locations when empty."),
        {K::Access});
    addField(
        QStringLiteral("riskGroups"), tr("Shared-risk groups"), Style::Lines,
        [](const Link &l) { return T::of(l.riskGroups); },
        [](Link &l, const QString &text) { return T::parseList(text, l.riskGroups, nullptr); },
        tr("Tags of risks this link shares with others (one trench, building or carrier), one "
           "per line."),
        {K::Access, K::CircuitPort});
    addField(
        QStringLiteral("routingWeight"), tr("Routing weight"), Style::Line,
        [](const Link &l) { return T::of(l.routingWeight); },
        [](Link &l, const QString &text) {
            return T::parseInteger(text, l.routingWeight, 0, 32000, tr("The routing weight"));
        },
        tr("0 to 32000; the connection with the higher weight is preferred."), {K::Connection});
    addField(
        QStringLiteral("fastPath"), tr("FastPath"), Style::Choice,
        [](const Link &l) { return T::of(l.fastPath); },
        [](Link &l, const QString &text) { return T::parseBool(text, l.fastPath); },
        tr("Traffic bypasses the gateway on the data path (needs ErGw3AZ, UltraPerformance or "
           "ErGwScale with enough scale units)."),
        {K::Connection});
    addField(
        QStringLiteral("addressPrefix"), tr("Address prefix"), Style::Line,
        [](const Link &l) { return T::of(l.addressPrefix); },
        [](Link &l, const QString &text) { return T::parseCidr(text, l.addressPrefix); },
        tr("The /29 Global Reach uses for its two links."), {K::GlobalReach});
    addField(
        QStringLiteral("overExpressRoute"), tr("Over ExpressRoute"), Style::Choice,
        [](const Link &l) { return T::of(l.overExpressRoute); },
        [](Link &l, const QString &text) { return T::parseBool(text, l.overExpressRoute); },
        tr("IPsec over the circuit's private peering instead of the internet."), {K::Vpn});
    addField(
        QStringLiteral("bgp"), tr("BGP"), Style::Choice, [](const Link &l) { return T::of(l.bgp); },
        [](Link &l, const QString &text) { return T::parseBool(text, l.bgp); },
        tr("The tunnel runs BGP (needed for failover with ExpressRoute)."), {K::Vpn});
    addField(
        QStringLiteral("useRemoteGateways"), tr("Use remote gateways"), Style::Choice,
        [](const Link &l) { return T::of(l.useRemoteGateways); },
        [](Link &l, const QString &text) { return T::parseBool(text, l.useRemoteGateways); },
        tr("The spoke reaches on-premises through the hub's gateways."), {K::VnetPeering});
    addField(
        QStringLiteral("providerMonthlyCost"), tr("Provider cost / month"), Style::Line,
        [](const Link &l) { return T::of(l.providerMonthlyCost); },
        [](Link &l, const QString &text) {
            return T::parseNumber(text, l.providerMonthlyCost, 0, 1e9, tr("The provider cost"));
        },
        providerCostToolTip(), allKinds);
    addField(
        QStringLiteral("availabilityPercent"), tr("Availability override %"), Style::Line,
        [](const Link &l) { return T::of(l.availabilityPercent); },
        [](Link &l, const QString &text) {
            return T::parseNumber(text, l.availabilityPercent, 0, 100, tr("Availability"));
        },
        tr("Overrides the analysis default for this link."), allKinds);
    addField(
        QStringLiteral("notes"), tr("Notes"), Style::Lines,
        [](const Link &l) { return T::of(l.notes); },
        [](Link &l, const QString &text) {
            l.notes = text.isEmpty() ? std::nullopt : std::optional(text.toStdString());
            return QString();
        },
        tr("Free text, shown in the report."), allKinds);
    m_form.field(QStringLiteral("notes"))->setPlaceholderText(QString());
    m_form.field(QStringLiteral("availabilityPercent"))->setPlaceholderText(tr("analysis default"));
    m_form.field(QStringLiteral("providerMonthlyCost"))->setPlaceholderText(tr("none"));
    for (const QString &key : {QStringLiteral("fastPath"), QStringLiteral("overExpressRoute"),
                               QStringLiteral("bgp"), QStringLiteral("useRemoteGateways")})
        m_form.field(key)->setChoices(T::boolChoices(false));
}

void LinkEditor::addField(const QString &key,
                          const QString &label,
                          FieldEditor::Style style,
                          Getter get,
                          Setter set,
                          const QString &toolTip,
                          std::vector<LinkKind> kinds)
{
    FieldEditor *editor = m_form.add(key, label, style, std::move(get), std::move(set), toolTip);
    m_rows.push_back(Row{editor, m_layout->labelForField(editor), std::move(kinds)});
}

void LinkEditor::showRowsOf(LinkKind kind)
{
    // The form holds only the rows of this kind; the others are taken out, not hidden: Qt 6.4's
    // QFormLayout lays out hidden rows next to rows whose height depends on their width (the
    // wrapped "Joins" text, a field's reason) past the end of its arrays, which corrupts memory
    // and loses rows.
    int row = 1; // after "Joins"
    for (const Row &candidate : m_rows) {
        const bool applies = std::find(candidate.kinds.begin(), candidate.kinds.end(), kind)
                             != candidate.kinds.end();
        int current = -1;
        QFormLayout::ItemRole role;
        m_layout->getWidgetPosition(candidate.editor, &current, &role);
        if (applies && current < 0) {
            m_layout->insertRow(row, candidate.label, candidate.editor);
            candidate.label->show();
            candidate.editor->show();
        } else if (!applies && current >= 0) {
            const QFormLayout::TakeRowResult taken = m_layout->takeRow(current);
            delete taken.labelItem;
            delete taken.fieldItem;
            candidate.label->hide();
            candidate.editor->hide();
        }
        if (applies)
            ++row;
    }
}

void LinkEditor::showLinks(const std::vector<Link> &links,
                           const Topology &topology,
                           bool selectionChanged)
{
    if (links.empty())
        return;
    const LinkKind kind = links.front().kind;
    showRowsOf(kind);
    std::vector<FieldEditor::Choice> roles{{tr("(not set)"), QString()},
                                           {tr("Primary"), QStringLiteral("primary")},
                                           {tr("Secondary"), QStringLiteral("secondary")}};
    if (kind == LinkKind::Access)
        roles[0].first = tr("Default (both)");
    if (kind == LinkKind::Access)
        roles.emplace_back(tr("Both"), QStringLiteral("both"));
    m_form.field(QStringLiteral("role"))->setChoices(roles);
    if (links.size() == 1) {
        const Link &link = links.front();
        const auto labelOf = [&](const std::string &id) {
            const Node *node = topology.node(id);
            return node ? QStringLiteral("%1 (%2)").arg(qs(node->label()), qs(id)) : qs(id);
        };
        m_ends->setText(tr("%1 → %2").arg(labelOf(link.from), labelOf(link.to)));
    } else {
        m_ends->setText(tr("%n links", nullptr, int(links.size())));
    }
    m_form.show(links, selectionChanged);
}

} // namespace Er
