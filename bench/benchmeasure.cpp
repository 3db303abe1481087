#include "bench/benchmeasure.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

namespace Er::Bench {

namespace {

double medianOf(std::vector<double> sorted)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

double processCpuSeconds()
{
    timespec time{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return double(time.tv_sec) + double(time.tv_nsec) * 1e-9;
}

} // namespace

double Timing::median() const
{
    return medianOf(seconds);
}

double Timing::cpuMedian() const
{
    return medianOf(cpuSeconds);
}

double Timing::estimate() const
{
    return std::min(median(), cpuMedian());
}

Timing measure(const std::function<void()> &run,
               const RunPolicy &policy,
               const std::function<void()> &prepare)
{
    using Clock = std::chrono::steady_clock;
    Timing timing;
    int runs = policy.maxRuns;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        const double cpuStart = processCpuSeconds();
        const auto start = Clock::now();
        run();
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        timing.seconds.push_back(seconds);
        timing.cpuSeconds.push_back(processCpuSeconds() - cpuStart);
        if (i == 0 && seconds >= policy.verySlowRunSeconds)
            runs = 1;
        else if (i == 0 && seconds >= policy.slowRunSeconds)
            runs = std::min(runs, 3);
    }
    return timing;
}

double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

std::string formatSeconds(double seconds)
{
    char text[32];
    if (seconds >= 1)
        std::snprintf(text, sizeof text, "%.2f s", seconds);
    else if (seconds >= 1e-3)
        std::snprintf(text, sizeof text, "%.1f ms", seconds * 1e3);
    else
        std::snprintf(text, sizeof text, "%.0f us", seconds * 1e6);
    return text;
}

namespace {

void printRow(const std::string &name,
              const DesignSize &size,
              const std::string &median,
              const std::string &cpu,
              const std::string &runs,
              const std::string &memory,
              const std::string &verdict)
{
    std::printf("%-15s %6d %6zu %6zu %10s %10s %4s %9s  %s\n", name.c_str(), size.sites, size.nodes,
                size.links, median.c_str(), cpu.c_str(), runs.c_str(), memory.c_str(),
                verdict.c_str());
    std::fflush(stdout);
}

std::string memoryText()
{
    char text[32];
    std::snprintf(text, sizeof text, "%.0f MiB", peakMemoryMiB());
    return text;
}

} // namespace

void printHeader()
{
    std::printf("%-15s %6s %6s %6s %10s %10s %4s %9s  %s\n", "figure", "sites", "nodes", "links",
                "wall", "cpu", "runs", "peak", "target at 1,000 sites / note");
}

void printFigure(const Figure &figure)
{
    std::string verdict;
    if (figure.targetSeconds) {
        verdict = "< " + formatSeconds(*figure.targetSeconds);
        if (figure.size.sites == 1000)
            verdict += figure.timing.estimate() < *figure.targetSeconds ? " ok" : " MISSED";
    }
    if (!figure.note.empty())
        verdict += (verdict.empty() ? "" : "; ") + figure.note;
    printRow(figure.name, figure.size, formatSeconds(figure.timing.median()),
             formatSeconds(figure.timing.cpuMedian()), std::to_string(figure.timing.seconds.size()),
             memoryText(), verdict);
}

} // namespace Er::Bench
