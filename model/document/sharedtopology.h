#pragma once

#include "model/core/topology.h"

#include <cstdint>
#include <mutex>
#include <shared_mutex>
#include <utility>

namespace Er {

// A document's design and revision as background tasks read them. The document changes them on
// its own thread, under the lock; a task copies them under a shared lock in its own thread, so
// the window does not stop to copy a large design before each check, autosave or export (90 ms
// at 10,000 sites). Only an edit made while a task is copying waits, for the rest of that copy.
// A task keeps this object alive for as long as it holds it.
class SharedTopology
{
public:
    struct Copy
    {
        Topology topology;
        std::uint64_t revision = 0;
    };

    // A consistent copy of the design and its revision; callable from any thread.
    Copy copy() const
    {
        const std::shared_lock lock(m_lock);
        return {m_topology, m_revision};
    }

private:
    friend class TopologyDocument;

    // For the document's thread: changes the design under the lock and counts a revision.
    template<typename Change>
    bool change(Change &&change)
    {
        const std::unique_lock lock(m_lock);
        if (!change(m_topology))
            return false;
        ++m_revision;
        return true;
    }

    mutable std::shared_mutex m_lock;
    Topology m_topology;
    std::uint64_t m_revision = 0;
};

} // namespace Er
