#pragma once

namespace Er {

// Lowers the calling thread's scheduling priority (nice 10 on Linux; elsewhere nothing), once per
// thread, so that background work (the design check and the threads it starts, which inherit the
// priority) gives way to the UI thread when they compete for the cores: opening or editing a
// large design paints first and its findings follow. Without privileges a thread cannot raise its
// priority again, so only threads that do nothing but background work call this.
void lowerThisThreadsPriority();

} // namespace Er
