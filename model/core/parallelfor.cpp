#include "model/core/parallelfor.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace Er {

std::size_t parallelThreads()
{
    static const std::size_t threads = [] {
        if (const char *configured = std::getenv("ER_THREADS")) {
            const long value = std::strtol(configured, nullptr, 10);
            if (value >= 1)
                return static_cast<std::size_t>(std::min(value, 256L));
        }
        return std::max<std::size_t>(1, std::thread::hardware_concurrency());
    }();
    return threads;
}

void parallelFor(std::size_t count,
                 const std::function<void(std::size_t)> &body,
                 std::size_t minimumPerThread)
{
    const std::size_t threads = std::min(parallelThreads(),
                                         count / std::max<std::size_t>(1, minimumPerThread));
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i)
            body(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr failure;
    std::mutex failureMutex;
    const auto work = [&] {
        for (std::size_t i = next++; i < count && !failed; i = next++) {
            try {
                body(i);
            } catch (...) {
                const std::lock_guard lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
                failed = true;
            }
        }
    };
    std::vector<std::thread> helpers;
    helpers.reserve(threads - 1);
    for (std::size_t t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread &helper : helpers)
        helper.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace Er
