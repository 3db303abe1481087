#pragma once

// Shared by the tests that kill a process while it saves: a design large enough that a save takes
// a while, and a look at what a save leaves in its folder.

#include "model/core/topology.h"
#include "tests/testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QTest>

#include <cstddef>
#include <iostream>
#include <string>

#include <unistd.h>

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

// In a helper process: how many more bytes `writeThenPause` lets through before it stops the
// save; negative lets every byte through.
inline long long bytesBeforePause = -1;

// A write hook for a helper process (see setWriteFunctionForTesting): writes until
// `bytesBeforePause` bytes are written, then says "paused" on stdout and waits to be killed. A
// kill then lands in the middle of a save for certain, whatever the machine's speed.
inline long writeThenPause(int fd, const void *data, std::size_t size)
{
    if (bytesBeforePause == 0) {
        std::cout << "paused" << std::endl;
        for (;;)
            ::pause();
    }
    std::size_t chunk = size;
    if (bytesBeforePause > 0 && static_cast<long long>(chunk) > bytesBeforePause)
        chunk = static_cast<std::size_t>(bytesBeforePause);
    const long n = static_cast<long>(::write(fd, data, chunk));
    if (n > 0 && bytesBeforePause > 0)
        bytesBeforePause -= n;
    return n;
}

// Waits until the process has said `marker` on stdout, collecting what it said in `output`.
inline bool waitForOutput(QProcess &process,
                          const QByteArray &marker,
                          QByteArray &output,
                          int timeoutMs = 120000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!output.contains(marker)) {
        if (!process.waitForReadyRead(int(deadline.remainingTime())))
            return false;
        output += process.readAllStandardOutput();
    }
    return true;
}

// When a crash test kills its helper process, relative to the helper's own progress, so that a
// slow machine (or a sanitizer build) kills at the same moments as a fast one.
enum class KillMoment { AnyTime, AfterAWrite, MidWrite };

// Waits for the moment to kill a helper that says `written` after each complete write and
// "paused" when writeThenPause stopped it in the middle of one: any time within two writes,
// within one write after a complete one, or in the middle of a write.
inline bool waitForKillMoment(QProcess &process,
                              KillMoment moment,
                              const QByteArray &written,
                              int writeMs,
                              QRandomGenerator &random,
                              QByteArray &output)
{
    switch (moment) {
    case KillMoment::AnyTime:
        QTest::qWait(int(random.bounded(0, 2 * writeMs + 1)));
        return true;
    case KillMoment::AfterAWrite:
        if (!waitForOutput(process, written, output))
            return false;
        QTest::qWait(int(random.bounded(0, writeMs + 1)));
        return true;
    case KillMoment::MidWrite:
        return waitForOutput(process, "paused", output);
    }
    return false;
}

} // namespace Er::Test
