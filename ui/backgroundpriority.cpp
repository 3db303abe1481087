#include "ui/backgroundpriority.h"

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Er {

void lowerThisThreadsPriority()
{
#ifdef __linux__
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    // On Linux the nice value belongs to the thread (its tid), and threads it creates inherit it.
    // Nice 10 weighs about a tenth of the UI thread's nice 0 when both want a core.
    constexpr int backgroundNice = 10;
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), backgroundNice);
#endif
}

} // namespace Er
