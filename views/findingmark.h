#pragma once

#include "model/validation/finding.h"

#include <QGraphicsItem>
#include <QString>

#include <optional>

namespace Er {

// Shows an element's findings on its canvas item: the messages as its tooltip, and `shown` (the
// worst severity the item draws) set to `severity`, repainting only when that changes.
inline void setFindingMark(QGraphicsItem &item,
                           std::optional<Severity> &shown,
                           std::optional<Severity> severity,
                           const QString &toolTip)
{
    if (toolTip != item.toolTip())
        item.setToolTip(toolTip);
    if (severity == shown)
        return;
    shown = severity;
    item.update();
}

} // namespace Er
