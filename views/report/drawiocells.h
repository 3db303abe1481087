#pragma once

#include "model/core/topology.h"

#include <QString>
#include <QStringList>

#include <string>

namespace Er {

// What the cells of the draw.io export look like and say (drawiodiagram.h).

// An icon on its own, its label below: draw.io's Azure icon by path for circuits and VNets
// (img/lib/azure2/...), the designer's own icon embedded as data:image/svg+xml for the others.
QString drawioNodeStyle(NodeKind kind);
// An Azure region: a container (swimlane) with its title band.
QString drawioRegionStyle();
// A note: its text on its colour, top left; a rectangle: a dashed box, its label at the top left.
QString drawioAnnotationStyle(const Annotation &annotation);
// A link in its kind's colour, dashed as on the canvas (a secondary, Global Reach, a VPN).
QString drawioLinkStyle(const Link &link);
// An element's field name as a property draw.io keeps (Edit Data): an XML name, prefixed with
// "er_" where draw.io gives the name a meaning of its own (id, label, tooltip, link, ...).
QString drawioPropertyName(const std::string &field);
// The Addressing layer's lines for an element: ASNs, VLANs and prefixes ("Private: AS 65010 ·
// VLAN 100 · 192.168.10.16/30 · 192.168.10.20/30"); empty when it has none.
QStringList drawioAddressingLines(const Node &node);
QStringList drawioAddressingLines(const Link &link);

} // namespace Er
