#pragma once

#include <algorithm>
#include <unordered_set>
#include <vector>

namespace Er {

// A set of pointers that is nearly always small (the sites behind one circuit, the VNets behind
// one connection): searched linearly while it is, hashed once it grows. A rule makes one per
// circuit, so a hash table each time would cost more than the check itself.
template<typename T>
class SmallSet
{
public:
    // True when `value` was not in the set yet.
    bool insert(T value)
    {
        if (m_values.size() < linearLimit) {
            if (std::find(m_values.begin(), m_values.end(), value) != m_values.end())
                return false;
            m_values.push_back(value);
            return true;
        }
        if (m_hashed.empty())
            m_hashed.insert(m_values.begin(), m_values.end());
        return m_hashed.insert(value).second;
    }

private:
    static constexpr std::size_t linearLimit = 16;
    std::vector<T> m_values;
    std::unordered_set<T> m_hashed;
};

} // namespace Er
