#pragma once

// Shared by the tests that kill a process while it saves: a design large enough that a save takes
// a while, and a look at what a save leaves in its folder.

#include "core/topology.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <string>

namespace Er::Test {

inline constexpr int sitesPerDesign = 2000;

// A design of a few MB: `sitesPerDesign` sites, as many customer edges and LAN links, with notes,
// so that one save takes long enough to be killed in the middle.
inline Topology largeDesign(int generation)
{
    Topology topology;
    topology.name = "Crash test generation " + std::to_string(generation);
    const std::string notes(400, static_cast<char>('a' + generation % 26));
    for (int i = 0; i < sitesPerDesign; ++i) {
        Node site = makeNode(NodeKind::Site, "site-" + std::to_string(i));
        site.notes = notes;
        site.position = Point{double(i % 50) * 120.0, double(i / 50) * 90.0};
        Node edge = makeNode(NodeKind::CustomerEdge, "ce-" + std::to_string(i));
        edge.notes = notes;
        topology.addNode(std::move(site));
        topology.addNode(std::move(edge));
        Link lan;
        lan.id = "lan-" + std::to_string(i);
        lan.kind = LinkKind::Lan;
        lan.from = "site-" + std::to_string(i);
        lan.to = "ce-" + std::to_string(i);
        lan.notes = notes;
        topology.addLink(std::move(lan));
    }
    return topology;
}

// The temporary files of unfinished saves of `fileName` in `folder`.
inline QStringList temporaryFiles(const QString &folder, const QString &fileName)
{
    return QDir(folder).entryList({QLatin1Char('.') + fileName + QStringLiteral(".saving-*")},
                                  QDir::Files | QDir::Hidden);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace Er::Test
