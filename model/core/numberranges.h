#pragma once

#include <cstdint>
#include <string>

namespace Er {

// The whole numbers a field may hold: one range that the inspector's inputs accept and the rules
// check, so the two cannot disagree.
struct IntegerRange
{
    std::int64_t min;
    std::int64_t max;

    constexpr bool contains(std::int64_t value) const { return value >= min && value <= max; }
    std::string text() const { return std::to_string(min) + "-" + std::to_string(max); } // "1-4094"
};

// A peering's VLAN ID: IEEE 802.1Q reserves 0 and 4095; Azure states no range of its own
// (UNCONFIRMED, rule PEERING-003).
inline constexpr IntegerRange vlanIdRange{1, 4094};

// An AS number: 4-byte ASNs (RFC 6793) without 0 (RFC 7607). Whether one is reserved is a finding
// (PEERING-004, PEERING-005), not an input error.
inline constexpr IntegerRange asNumberRange{1, 4294967295};

} // namespace Er
