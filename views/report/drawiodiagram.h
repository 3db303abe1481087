#pragma once

#include <QByteArray>
#include <QString>

namespace Er {

class DiagramScene;

// The diagram as a draw.io file (an uncompressed `mxfile`, application/vnd.jgraph.mxfile) that
// colleagues without the designer open and edit in draw.io:
// - every node and link is a cell whose id is the element's id, so re-exports diff cleanly;
// - an Azure region is a container (swimlane) holding its VNets; circuits and VNets use
//   draw.io's own Azure icons by path (img/lib/azure2/...), sites and routers carry the
//   designer's icons embedded as data:image/svg+xml;
// - each element's saved fields are its shape's properties (draw.io's Edit Data);
// - three layers: Topology (the shapes and links), Addressing (ASN, VLAN and prefix labels) and
//   Findings (a ring in the colour of the worst finding, and a note naming them).
// The same design and findings give the same bytes.
QByteArray drawioXml(const DiagramScene &diagram, const QString &title);

} // namespace Er
