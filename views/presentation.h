#pragma once

#include "model/analysis/analysisresult.h"
#include "model/core/topology.h"
#include "model/validation/finding.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace Er {

// The one presentation vocabulary that the canvas, the docks and the report read: how a severity,
// a resiliency level and an element kind look. The words of a level or a kind come from the model
// (displayName); the colours and icons are here, and the report prints darker shades of the same
// colours (printColor).

// A finding's severity: the canvas's ring and halo, the Findings dock's icon, the report's text.
QColor severityColor(Severity severity); // red, orange, blue
QString severityName(Severity severity); // "Error", "Warning", "Info"
QIcon severityIcon(Severity severity);   // a red circle, an orange triangle, a blue circle

// What meets the need: the High and Maximum resiliency levels, a service reached over Microsoft
// peering.
QColor goodColor();
// A site–VNet pair's resiliency level: red for none, the warning orange for a single peering
// location (or a VPN alone), amber with a VPN backup, green for High and Maximum.
QColor resiliencyColor(Resiliency level);

// A node drawn from too far away for its icon, and a link's line (the canvas, the legend, draw.io).
QColor nodeKindColor(NodeKind kind);
QColor linkKindColor(LinkKind kind);

// A colour as the report prints it on white paper: the screen colour at four fifths of its
// brightness, as an HTML "#rrggbb".
QString printColor(const QColor &screen);

} // namespace Er
