#include "ui/inspector/nodeeditor.h"

#include "ui/inspector/fieldtext.h"

#include <QFormLayout>
#include <QLabel>

namespace Er {

NodeEditor::NodeEditor(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_form(m_layout, [](const Node &node) { return qs(node.label()); })
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form.add(
        QStringLiteral("name"), tr("Name"), FieldEditor::Style::Line,
        [](const Node &node) { return FieldText::of(node.name); },
        [](Node &node, const QString &text) { return FieldText::parse(text, node.name); },
        tr("The label shown on the canvas and in the report; the id when empty."));
}

void NodeEditor::setCommit(Commit commit)
{
    m_commit = commit;
    m_form.setCommit(std::move(commit));
}

void NodeEditor::showNodes(const std::vector<Node> &nodes,
                           const Topology &topology,
                           bool selectionChanged)
{
    updateChoices(nodes, topology);
    m_form.show(nodes, selectionChanged);
    showExtras(nodes, selectionChanged);
}

void NodeEditor::updateChoices(const std::vector<Node> &, const Topology &) {}

void NodeEditor::showExtras(const std::vector<Node> &, bool) {}

void NodeEditor::addSection(const QString &title)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    label->setContentsMargins(0, 8, 0, 0);
    m_layout->addRow(label);
    m_form.setSection(title);
}

QString providerCostToolTip()
{
    return NodeEditor::tr(
        "What others than Microsoft bill for this element each month (the provider's port or "
        "VXC, the cross-connect, the last mile), in the price list's currency. Added to the "
        "design's total apart from Microsoft's charges; never discounted.");
}

void NodeEditor::addCommonFields()
{
    addSection(tr("Cost, analysis and notes"));
    m_form
        .add(
            QStringLiteral("providerMonthlyCost"), tr("Provider cost / month"),
            FieldEditor::Style::Line,
            [](const Node &node) { return FieldText::of(node.providerMonthlyCost); },
            [](Node &node, const QString &text) {
                return FieldText::parseNumber(text, node.providerMonthlyCost, 0, 1e9,
                                              tr("The provider cost"));
            },
            providerCostToolTip())
        ->setPlaceholderText(tr("none"));
    m_form
        .add(
            QStringLiteral("availabilityPercent"), tr("Availability override %"),
            FieldEditor::Style::Line,
            [](const Node &node) { return FieldText::of(node.availabilityPercent); },
            [](Node &node, const QString &text) {
                return FieldText::parseNumber(text, node.availabilityPercent, 0, 100,
                                              tr("Availability"));
            },
            tr("Overrides the analysis default for this element (docs/spec/analysis-model.md)."))
        ->setPlaceholderText(tr("analysis default"));
    FieldEditor *notes = m_form.add(
        QStringLiteral("notes"), tr("Notes"), FieldEditor::Style::Lines,
        [](const Node &node) { return FieldText::of(node.notes); },
        [](Node &node, const QString &text) {
            node.notes = text.isEmpty() ? std::nullopt : std::optional(text.toStdString());
            return QString();
        },
        tr("Free text, shown in the report."));
    notes->setPlaceholderText(QString());
}

} // namespace Er
