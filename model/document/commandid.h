#pragma once

namespace Er {

// QUndoCommand::id() values of the commands that merge with their predecessor.
enum class CommandId : int {
    MoveNodes = 3,
    EditDesign,
    EditElements,
    EditPricing,
    EditAnnotation,
};

} // namespace Er
