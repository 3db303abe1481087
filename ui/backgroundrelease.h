#pragma once

#include <QThreadPool>

#include <memory>
#include <utility>

namespace Er {

// Deletes on a worker thread. Freeing the analysis of 10,000 sites (millions of small
// allocations) takes 30-50 ms; whichever holder drops the last reference, on whatever thread,
// the window does not stall for it.
template<typename T>
struct DeleteInBackground
{
    void operator()(T *object) const
    {
        QThreadPool::globalInstance()->start([object] { delete object; });
    }
};

// A shared object that is freed off the thread that drops it last (DeleteInBackground).
template<typename T>
std::shared_ptr<T> makeFreedInBackground(T &&value)
{
    return std::shared_ptr<T>(new T(std::move(value)), DeleteInBackground<T>());
}

} // namespace Er
