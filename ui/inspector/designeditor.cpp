#include "ui/inspector/designeditor.h"

#include "model/document/editdesigncommand.h"
#include "model/document/editpricingcommand.h"
#include "model/document/topologydocument.h"
#include "ui/inspector/fieldtext.h"

#include <QFormLayout>
#include <QLabel>

namespace Er {

namespace T = FieldText;

DesignEditor::DesignEditor(TopologyDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_form(new QFormLayout(this), [](const DesignInfo &) { return QString(); })
{
    auto *layout = static_cast<QFormLayout *>(this->layout());
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form.add(
        QStringLiteral("design.name"), tr("Name"), FieldEditor::Style::Line,
        [](const DesignInfo &d) { return T::of(d.name); },
        [](DesignInfo &d, const QString &text) { return T::parse(text, d.name); },
        tr("Shown in the title bar and on the report's cover."));
    FieldEditor *description = m_form.add(
        QStringLiteral("design.description"), tr("Description"), FieldEditor::Style::Lines,
        [](const DesignInfo &d) { return T::of(d.description); },
        [](DesignInfo &d, const QString &text) {
            d.description = text.isEmpty() ? std::nullopt : std::optional(text.toStdString());
            return QString();
        },
        tr("Free text: what the design is for; printed in the report."));
    description->setPlaceholderText(QString());
    description->input()->setFixedHeight(160);
    m_form
        .add(
            QStringLiteral("pricing.discountPercent"), tr("Discount %"), FieldEditor::Style::Line,
            [](const DesignInfo &d) { return T::of(d.discountPercent); },
            [](DesignInfo &d, const QString &text) {
                return T::parseNumber(text, d.discountPercent, 0, 100, tr("The discount"));
            },
            tr("An agreement's discount (EA, CSP, MACC) on everything Microsoft bills, in percent; "
               "provider charges are not discounted (docs/spec/price-list.md)."))
        ->setPlaceholderText(tr("none (list prices)"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    layout->addRow(m_summary);
    m_form.setCommit([this](const QString &, const std::vector<DesignInfo> &after) {
        const DesignInfo &info = after.front();
        const Topology &topology = m_document->topology();
        if (info.discountPercent
            != (topology.pricing ? topology.pricing->discountPercent : std::nullopt)) {
            std::optional<Pricing> pricing = topology.pricing;
            if (!pricing)
                pricing.emplace();
            pricing->discountPercent = info.discountPercent;
            if (*pricing == Pricing{})
                pricing.reset();
            m_document->undoStack()->push(new EditPricingCommand(m_document, pricing));
            return;
        }
        m_document->undoStack()->push(
            new EditDesignCommand(m_document, info.name, info.description));
    });
}

void DesignEditor::refresh(bool force)
{
    const Topology &topology = m_document->topology();
    m_form.show({DesignInfo{topology.name, topology.description,
                            topology.pricing ? topology.pricing->discountPercent : std::nullopt}},
                force);
    m_summary->setText(tr("Nodes: %1, links: %2. Select an element on the canvas to edit it.")
                           .arg(topology.nodes().size())
                           .arg(topology.links().size()));
}

} // namespace Er
