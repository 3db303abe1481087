#pragma once

#include <cstddef>
#include <functional>

namespace Er {

// Runs body(i) for every i in [0, count), spread over the machine's cores; the calling thread
// takes part. Returns when every call has returned. The first exception a call throws is
// rethrown here (the remaining indices are skipped). Below `minimumPerThread` indices per extra
// thread the work runs on the calling thread alone, so small designs pay nothing for threads.
// The body must be safe to run concurrently for different indices.
void parallelFor(std::size_t count,
                 const std::function<void(std::size_t)> &body,
                 std::size_t minimumPerThread = 16);

// How many threads parallelFor uses at most: the hardware's concurrency, or the value of the
// environment variable ER_THREADS when it is set (1 runs everything on the calling thread).
std::size_t parallelThreads();

} // namespace Er
