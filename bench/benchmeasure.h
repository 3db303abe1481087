#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace Er::Bench {

// Times of repeated runs of one figure: wall clock, and the process's CPU time, which on this
// shared machine is the better estimate of what an idle one would take for single-threaded work.
struct Timing
{
    std::vector<double> seconds;
    std::vector<double> cpuSeconds;

    double median() const;
    double cpuMedian() const;
    // What the targets are checked against: the lesser median (wall time for parallel work,
    // CPU time when other processes compete for the cores).
    double estimate() const;
};

// How many times to run a figure: up to `maxRuns`, fewer once a run is slow, so that the 10,000
// site figures still finish in minutes. `prepare` runs before each run, untimed.
struct RunPolicy
{
    int maxRuns = 5;
    double slowRunSeconds = 2.0;      // after a run this slow, three runs in all
    double verySlowRunSeconds = 15.0; // after a run this slow, that one run only
};

Timing measure(const std::function<void()> &run,
               const RunPolicy &policy = {},
               const std::function<void()> &prepare = {});

// The process's peak resident set so far (getrusage ru_maxrss), in MiB.
double peakMemoryMiB();

struct DesignSize
{
    int sites = 0;
    std::size_t nodes = 0;
    std::size_t links = 0;
};

// One line of the benchmark's output.
struct Figure
{
    std::string name;
    DesignSize size;
    Timing timing;
    std::optional<double> targetSeconds; // the target at 1,000 sites
    std::string note;
};

void printHeader();
void printFigure(const Figure &figure);

// "0.231 s", "12.4 ms", "850 us".
std::string formatSeconds(double seconds);

} // namespace Er::Bench
