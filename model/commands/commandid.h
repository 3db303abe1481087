#pragma once

namespace Er {

// QUndoCommand::id() values of the commands that merge with their predecessor.
enum class CommandId : int {
    EditNode = 1,
    EditLink,
    MoveNodes,
    EditDesign,
    EditElements,
    EditPricing,
    EditAnnotation,
};

} // namespace Er
