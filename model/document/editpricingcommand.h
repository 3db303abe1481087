#pragma once

#include "model/core/topology.h"

#include <QUndoCommand>

#include <optional>

namespace Er {

class TopologyDocument;

// Changes the design's pricing terms (its agreement discount).
class EditPricingCommand : public QUndoCommand
{
public:
    EditPricingCommand(TopologyDocument *document,
                       std::optional<Pricing> pricing,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    // Typing in the discount merges into one step.
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    TopologyDocument *m_document;
    std::optional<Pricing> m_old;
    std::optional<Pricing> m_new;
};

} // namespace Er
