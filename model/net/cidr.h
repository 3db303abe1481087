#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Er {

// IP arithmetic for address prefixes in a design: strict parsing with a reason for every
// rejection, containment, overlap, well-known range classification and an O(n log n + k)
// overlap search. Pure C++ (no Qt) so that rules, readers and tests can share it.

enum class IpFamily : std::uint8_t { V4, V6 };

struct IpAddress
{
    IpFamily family = IpFamily::V4;
    // Network byte order. IPv4 uses bytes[0..3]; the remaining bytes are always zero, so the
    // defaulted comparisons order IPv4 before IPv6, then numerically.
    std::array<std::uint8_t, 16> bytes{};

    // A bare address, "10.0.0.1", "2001:db8::1" or "::ffff:1.2.3.4". No prefix length, no zone
    // index, no whitespace. On failure `error`, when given, receives a short reason.
    static std::optional<IpAddress> parse(std::string_view text, std::string *error = nullptr);
    static IpAddress fromV4(std::uint32_t value);

    bool isIpv4() const { return family == IpFamily::V4; }
    bool isIpv6() const { return family == IpFamily::V6; }
    int bitCount() const { return isIpv4() ? 32 : 128; }
    std::uint32_t toV4() const; // the IPv4 value; 0 for IPv6

    // Dotted decimal, or RFC 5952 for IPv6: lower case, no leading zeros, the longest run of two
    // or more zero groups (the first on a tie) as "::", IPv4-mapped as "::ffff:1.2.3.4".
    std::string toString() const;

    friend auto operator<=>(const IpAddress &, const IpAddress &) = default;
    friend bool operator==(const IpAddress &, const IpAddress &) = default;
};

struct Cidr
{
    IpAddress network;    // as written: may have host bits set (see hostBitsSet())
    int prefixLength = 0; // 0..32 for IPv4, 0..128 for IPv6

    // "address/length", strict: no whitespace, no leading zeros in IPv4 octets or the length,
    // the length within the family's range. On failure `error`, when given, receives a short
    // reason such as "prefix length 33 is larger than 32 for IPv4".
    static std::optional<Cidr> parse(std::string_view text, std::string *error = nullptr);
    // The reason parse() rejects `text`; empty when it is valid.
    static std::string parseError(std::string_view text);

    bool isIpv4() const { return network.isIpv4(); }
    bool isIpv6() const { return network.isIpv6(); }
    int maxPrefixLength() const { return network.bitCount(); }
    int hostBits() const { return maxPrefixLength() - prefixLength; } // 2 for a /30 or a /126

    bool hostBitsSet() const;       // 10.0.0.1/24
    Cidr normalized() const;        // 10.0.0.1/24 -> 10.0.0.0/24
    IpAddress firstAddress() const; // the network address
    IpAddress lastAddress() const;  // the broadcast address for IPv4
    // firstAddress() + offset, or nullopt past the end: addressAt(1) is the first usable
    // address of a /30 peering subnet (customer side), addressAt(2) the second (Microsoft).
    std::optional<IpAddress> addressAt(std::uint64_t offset) const;
    // The two halves (a /29 -> its primary and secondary /30s); nullopt for a host prefix.
    std::optional<std::pair<Cidr, Cidr>> halves() const;

    bool contains(const Cidr &other) const; // false across families
    bool contains(const IpAddress &address) const;
    bool overlaps(const Cidr &other) const; // false across families
    std::uint64_t addressCount() const;     // 2^hostBits, saturating at UINT64_MAX

    // A /30 (IPv4) or /126 (IPv6): the size of one ExpressRoute peering link subnet.
    bool isPeeringLinkSize() const { return hostBits() == 2; }

    // Range classification. These are true when the whole prefix lies inside the range.
    bool isPrivate() const;            // RFC 1918: 10/8, 172.16/12, 192.168/16
    bool isSharedAddressSpace() const; // RFC 6598: 100.64/10
    bool isDocumentation() const;      // 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32,
                                       // 3fff::/20
    bool isLoopback() const;           // 127/8, ::1/128
    bool isLinkLocal() const;          // 169.254/16, fe80::/10
    bool isUniqueLocal() const;        // fc00::/7
    bool isMulticast() const;          // 224/4, ff00::/8
    bool isDefaultRoute() const { return prefixLength == 0; } // 0.0.0.0/0, ::/0
    // True unless the prefix overlaps any of the ranges above or another special-purpose range
    // (0/8, 192.0.0/24, 198.18/15, 240/4; IPv6 outside 2000::/3, 2001:2::/48).
    bool isPubliclyRoutable() const;
    // Why isPubliclyRoutable() is false, e.g. "overlaps private address space 10.0.0.0/8
    // (RFC 1918)" or "is a default route"; empty when it is publicly routable.
    std::string nonPublicReason() const;

    std::string toString() const; // as written, "10.0.0.1/24"; normalized().toString() to mask

    friend auto operator<=>(const Cidr &, const Cidr &) = default;
    friend bool operator==(const Cidr &, const Cidr &) = default;
};

// Index pairs (i < j) of the entries in `list` that overlap, sorted by i then j. Sorts by start
// address and sweeps: O(n log n + k) for k pairs. Prefixes of different families never overlap.
std::vector<std::pair<std::size_t, std::size_t>> findOverlaps(const std::vector<Cidr> &list);

} // namespace Er
