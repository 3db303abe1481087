#pragma once

namespace Er {

// Below this level of detail (the view's scale, QStyleOptionGraphicsItem::levelOfDetail) a node is
// drawn as a block in its colour and a link as a hairline, without labels (NodeItem, LinkItem):
// from that far away a view draws the whole scene in one pass (farpainter.h).
constexpr double farDetailLevel = 0.3;

} // namespace Er
