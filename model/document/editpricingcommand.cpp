#include "model/document/editpricingcommand.h"

#include "model/document/commandid.h"
#include "model/document/topologydocument.h"

#include <QCoreApplication>

namespace Er {

EditPricingCommand::EditPricingCommand(TopologyDocument *document,
                                       std::optional<Pricing> pricing,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_old(document->topology().pricing)
    , m_new(std::move(pricing))
{
    setText(QCoreApplication::translate("Er::Commands", "Change the design's discount"));
    if (m_new == m_old)
        setObsolete(true);
}

void EditPricingCommand::redo()
{
    m_document->setPricing(m_new);
}

void EditPricingCommand::undo()
{
    m_document->setPricing(m_old);
}

int EditPricingCommand::id() const
{
    return int(CommandId::EditPricing);
}

bool EditPricingCommand::mergeWith(const QUndoCommand *other)
{
    m_new = static_cast<const EditPricingCommand *>(other)->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace Er
