#include "model/analysis/availability.h"

#include "model/analysis/flow.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace Er {

namespace {

// The pair's graph: only vertices on some path to the target, renumbered; each vertex lists the
// variables (its own state and its shared risks) that must be up for it to be up.
class PairReliability
{
public:
    PairReliability(const SiteGraph &site,
                    const std::vector<char> &towards,
                    int target,
                    double requiredMbps);

    int variableCount() const { return static_cast<int>(m_probability.size()); }
    // Whether an element on the way cannot carry the need alone, so that being connected is not
    // enough to be up.
    bool capacityDecides() const { return m_capacityDecides; }
    double exact();
    // Exact, state by state, by capacity; nullopt when more than `budget` states were needed.
    std::optional<double> exactByCapacity(long budget);
    AvailabilityEstimate monteCarlo(int samples, std::uint64_t seed);

private:
    enum State : signed char { Down = 0, Up = 1, Open = -1 };
    // Every state change goes through these, so that each vertex knows how many of its
    // variables are down: with open variables counted as up, a vertex is up when none is.
    void set(std::size_t variable, State state);
    void openAll();
    bool isUp(int c, State openAs) const;
    // Whether the target is reached when open variables count as `openAs`; fills m_parent.
    bool connected(State openAs);
    // Whether what is up (open variables counting as `openAs`) carries the need.
    bool carries(State openAs);
    double factor();
    double branch(long &budget);

    std::vector<std::vector<int>> m_out;
    std::vector<std::vector<int>> m_needs; // vertex -> variables
    std::vector<double> m_probability;     // variable -> probability of being up
    std::vector<State> m_state;
    std::vector<std::vector<int>> m_vertices; // variable -> vertices that need it
    std::vector<int> m_downCount;             // vertex -> its variables that are down
    std::vector<unsigned> m_pathMark;         // variable -> the factor() call that listed it
    unsigned m_pathCall = 0;
    int m_target = -1;
    std::vector<int> m_parent;
    std::vector<int> m_queue;
    std::vector<int> m_pathVariables; // a stack: each level of factor() appends its path's
    std::vector<double> m_capacity;   // vertex -> Mbps
    std::vector<double> m_flowLimit;  // scratch for carries()
    double m_requiredMbps = 0;
    bool m_capacityDecides = false;
};

PairReliability::PairReliability(const SiteGraph &site,
                                 const std::vector<char> &towards,
                                 int target,
                                 double requiredMbps)
    : m_requiredMbps(requiredMbps)
{
    std::vector<int> compact(static_cast<std::size_t>(site.size()), -1);
    std::vector<int> local;
    for (int v = 0; v < site.size(); ++v) {
        if (towards[static_cast<std::size_t>(v)]) {
            compact[static_cast<std::size_t>(v)] = static_cast<int>(local.size());
            local.push_back(v);
        }
    }
    m_target = compact[static_cast<std::size_t>(target)];
    m_out.resize(local.size());
    m_needs.resize(local.size());
    std::vector<int> riskVariable(site.riskGlobal.size(), -1);
    for (std::size_t c = 0; c < local.size(); ++c) {
        const int v = local[c];
        for (int next : site.out[static_cast<std::size_t>(v)]) {
            if (compact[static_cast<std::size_t>(next)] >= 0)
                m_out[c].push_back(compact[static_cast<std::size_t>(next)]);
        }
        const GraphVertex &vertex = site.vertex(v);
        m_capacity.push_back(vertex.bandwidthMbps);
        m_capacityDecides = m_capacityDecides
                            || (requiredMbps > 0 && vertex.bandwidthMbps < requiredMbps);
        if (vertex.failable && vertex.availability < 1.0) {
            m_needs[c].push_back(variableCount());
            m_probability.push_back(vertex.availability);
        }
    }
    for (std::size_t r = 0; r < site.riskGlobal.size(); ++r) {
        const SharedRisk &risk = site.risk(static_cast<int>(r));
        if (risk.availability >= 1.0)
            continue;
        for (int member : site.riskMembers[r]) {
            const int c = compact[static_cast<std::size_t>(member)];
            if (c < 0)
                continue;
            if (riskVariable[r] < 0) {
                riskVariable[r] = variableCount();
                m_probability.push_back(risk.availability);
            }
            m_needs[static_cast<std::size_t>(c)].push_back(riskVariable[r]);
        }
    }
    m_vertices.resize(m_probability.size());
    for (std::size_t c = 0; c < m_needs.size(); ++c) {
        for (int variable : m_needs[c])
            m_vertices[static_cast<std::size_t>(variable)].push_back(static_cast<int>(c));
    }
    m_pathMark.assign(m_probability.size(), 0);
    openAll();
}

void PairReliability::set(std::size_t variable, State state)
{
    const State before = m_state[variable];
    if ((before == Down) != (state == Down)) {
        const int change = state == Down ? 1 : -1;
        for (int c : m_vertices[variable])
            m_downCount[static_cast<std::size_t>(c)] += change;
    }
    m_state[variable] = state;
}

void PairReliability::openAll()
{
    m_state.assign(m_probability.size(), Open);
    m_downCount.assign(m_needs.size(), 0);
}

bool PairReliability::isUp(int c, State openAs) const
{
    if (m_downCount[static_cast<std::size_t>(c)] > 0)
        return false;
    if (openAs == Up)
        return true;
    for (int variable : m_needs[static_cast<std::size_t>(c)]) {
        const State s = m_state[static_cast<std::size_t>(variable)];
        if (s == Down || (s == Open && openAs == Down))
            return false;
    }
    return true;
}

bool PairReliability::carries(State openAs)
{
    if (m_target < 0 || m_out.empty())
        return false;
    m_flowLimit.assign(m_out.size(), 0.0);
    for (std::size_t c = 0; c < m_out.size(); ++c) {
        if (isUp(static_cast<int>(c), openAs))
            m_flowLimit[c] = m_capacity[c];
    }
    if (m_flowLimit[0] <= 0 || m_flowLimit[static_cast<std::size_t>(m_target)] <= 0)
        return false;
    return vertexMaxFlow(m_out, m_flowLimit, 0, m_target) >= m_requiredMbps * (1 - 1e-9);
}

// Shannon expansion on one open variable at a time, cut short where the optimistic state cannot
// carry the need (0) or the pessimistic one can (1).
double PairReliability::branch(long &budget)
{
    if (--budget < 0)
        return 0;
    if (!carries(Up))
        return 0;
    if (carries(Down))
        return 1;
    const auto open = std::find(m_state.begin(), m_state.end(), Open);
    const auto variable = static_cast<std::size_t>(open - m_state.begin());
    const double p = m_probability[variable];
    set(variable, Up);
    const double up = branch(budget);
    set(variable, Down);
    const double down = branch(budget);
    set(variable, Open);
    return p * up + (1 - p) * down;
}

std::optional<double> PairReliability::exactByCapacity(long budget)
{
    openAll();
    const double probability = branch(budget);
    if (budget < 0)
        return std::nullopt;
    return probability;
}

bool PairReliability::connected(State openAs)
{
    const auto up = [&](int c) { return isUp(c, openAs); };
    m_parent.assign(m_out.size(), -2);
    m_queue.clear();
    if (m_target < 0 || m_out.empty() || !up(0))
        return false;
    m_parent[0] = -1;
    m_queue.push_back(0);
    for (std::size_t head = 0; head < m_queue.size(); ++head) {
        const int at = m_queue[head];
        if (at == m_target)
            return true;
        for (int next : m_out[static_cast<std::size_t>(at)]) {
            if (m_parent[static_cast<std::size_t>(next)] != -2 || !up(next))
                continue;
            m_parent[static_cast<std::size_t>(next)] = at;
            m_queue.push_back(next);
        }
    }
    return false;
}

// The probability that the target is reached, given the variables already set in m_state.
// Decomposes on the shortest optimistic path P with open variables x1..xk (sum of disjoint
// products): either all of x1..xk are up (and the target is reached), or x1..x(i-1) are up and
// xi is the first one down, for each i. connected() only reads m_state; each level puts its
// variables back to Open before it returns.
double PairReliability::factor()
{
    if (!connected(Up))
        return 0.0;
    const std::size_t begin = m_pathVariables.size();
    const unsigned call = ++m_pathCall; // marks this level's path variables
    for (int at = m_target; at >= 0; at = m_parent[static_cast<std::size_t>(at)]) {
        for (int variable : m_needs[static_cast<std::size_t>(at)]) {
            if (m_state[static_cast<std::size_t>(variable)] != Open)
                continue;
            if (m_pathMark[static_cast<std::size_t>(variable)] != call) {
                m_pathMark[static_cast<std::size_t>(variable)] = call;
                m_pathVariables.push_back(variable);
            }
        }
    }
    const std::size_t end = m_pathVariables.size();
    double probability = 0;
    double allUpBefore = 1; // the probability that x1..x(i-1) are up
    for (std::size_t i = begin; i < end; ++i) {
        const auto variable = static_cast<std::size_t>(m_pathVariables[i]);
        const double p = m_probability[variable];
        set(variable, Down);
        probability += allUpBefore * (1 - p) * factor(); // (leaves m_pathVariables at `end`)
        set(variable, Up);
        allUpBefore *= p;
    }
    probability += allUpBefore; // every variable on P up: the target is reached
    for (std::size_t i = begin; i < end; ++i)
        set(static_cast<std::size_t>(m_pathVariables[i]), Open);
    m_pathVariables.resize(begin);
    return probability;
}

double PairReliability::exact()
{
    openAll();
    return factor();
}

AvailabilityEstimate PairReliability::monteCarlo(int samples, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    const auto uniform = [&] { return static_cast<double>(random() >> 11) * 0x1.0p-53; };
    long up = 0;
    for (int s = 0; s < samples; ++s) {
        for (std::size_t v = 0; v < m_probability.size(); ++v)
            set(v, uniform() < m_probability[v] ? Up : Down);
        if (m_capacityDecides ? carries(Up) : connected(Up))
            ++up;
    }
    AvailabilityEstimate estimate;
    const double n = std::max(1, samples);
    estimate.probability = static_cast<double>(up) / n;
    estimate.exact = false;
    // 99 % normal interval; with no failure (or no success) seen, the rule of three at 99 %.
    const double spread = estimate.probability * (1 - estimate.probability);
    estimate.errorBound = spread > 0 ? 2.576 * std::sqrt(spread / n) : 4.61 / n;
    return estimate;
}

} // namespace

AvailabilityEstimate pairAvailability(const SiteGraph &site,
                                      const std::vector<char> &towards,
                                      int target,
                                      const AvailabilitySettings &settings)
{
    AvailabilityEstimate estimate;
    if (target < 0 || !towards[static_cast<std::size_t>(target)]) {
        estimate.probability = 0;
        return estimate;
    }
    PairReliability pair(site, towards, target, settings.requiredMbps);
    if (pair.capacityDecides()) {
        // States to weigh grow with the elements; past this many, the estimate is quicker.
        constexpr long stateBudget = 20000;
        if (const std::optional<double> exact = pair.exactByCapacity(stateBudget)) {
            estimate.probability = *exact;
            estimate.variables = pair.variableCount();
            return estimate;
        }
        estimate = pair.monteCarlo(std::min(settings.monteCarloSamples, 20000), settings.seed);
        estimate.variables = pair.variableCount();
        return estimate;
    }
    if (pair.variableCount() <= settings.exactElementLimit) {
        estimate.probability = pair.exact();
        estimate.variables = pair.variableCount();
        return estimate;
    }
    estimate = pair.monteCarlo(settings.monteCarloSamples, settings.seed);
    estimate.variables = pair.variableCount();
    return estimate;
}

} // namespace Er
