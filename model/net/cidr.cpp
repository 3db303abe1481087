#include "model/net/cidr.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <tuple>

namespace Er {

namespace {

int byteCount(IpFamily family)
{
    return family == IpFamily::V4 ? 4 : 16;
}

std::size_t byteIndex(int i)
{
    return static_cast<std::size_t>(i);
}

// Keeps the first `prefix` bits; the others become 0, or 1 with `fill`.
IpAddress maskedAddress(IpAddress address, int prefix, bool fill)
{
    for (int i = 0; i < byteCount(address.family); ++i) {
        const int kept = std::clamp(prefix - 8 * i, 0, 8);
        const auto keep = static_cast<std::uint8_t>(0xff00u >> kept);
        std::uint8_t &byte = address.bytes[byteIndex(i)];
        byte = static_cast<std::uint8_t>(fill ? (byte | ~keep) : (byte & keep));
    }
    return address;
}

int validPrefix(const Cidr &cidr)
{
    return std::clamp(cidr.prefixLength, 0, cidr.maxPrefixLength());
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string quoted(std::string_view text)
{
    return '"' + std::string(text) + '"';
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

bool fail(std::string *error, std::string message)
{
    if (error)
        *error = std::move(message);
    return false;
}

// Four decimal octets, 0..255, no leading zeros ("010" is octal to some tools).
bool parseV4(std::string_view text, std::uint8_t *out, std::string *error)
{
    // Split in place: every CIDR of a design passes here, several times per check.
    const auto parts = std::size_t(std::count(text.begin(), text.end(), '.')) + 1;
    if (parts != 4) {
        return fail(error, "IPv4 address has " + std::to_string(parts)
                               + (parts == 1 ? " octet" : " octets") + "; 4 are needed");
    }
    std::string_view octets[4];
    for (std::size_t i = 0, start = 0; i < 4; ++i) {
        const std::size_t end = i < 3 ? text.find('.', start) : text.size();
        octets[i] = text.substr(start, end - start);
        start = end + 1;
    }
    for (std::size_t i = 0; i < 4; ++i) {
        const std::string_view octet = octets[i];
        if (octet.empty())
            return fail(error, "IPv4 address has an empty octet");
        if (!std::all_of(octet.begin(), octet.end(), isDigit))
            return fail(error, "octet " + quoted(octet) + " is not a decimal number");
        if (octet.size() > 1 && octet.front() == '0')
            return fail(error, "octet " + quoted(octet) + " has a leading zero");
        unsigned value = 0;
        if (octet.size() > 3
            || std::from_chars(octet.data(), octet.data() + octet.size(), value).ec != std::errc()
            || value > 255) {
            return fail(error, "octet " + quoted(octet) + " is larger than 255");
        }
        out[i] = static_cast<std::uint8_t>(value);
    }
    return true;
}

// One side of a "::" (or the whole address without one) as 16-bit groups.
bool parseV6Groups(const std::vector<std::string_view> &parts,
                   bool mayEndInV4,
                   std::vector<std::uint16_t> &groups,
                   std::string *error)
{
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string_view group = parts[i];
        if (group.find('.') != std::string_view::npos) {
            if (!mayEndInV4 || i + 1 != parts.size())
                return fail(error, "an embedded IPv4 address must end the IPv6 address");
            std::uint8_t v4[4];
            std::string v4Error;
            if (!parseV4(group, v4, &v4Error))
                return fail(error, "embedded IPv4 address: " + v4Error);
            groups.push_back(static_cast<std::uint16_t>(v4[0] << 8 | v4[1]));
            groups.push_back(static_cast<std::uint16_t>(v4[2] << 8 | v4[3]));
            continue;
        }
        if (group.empty())
            return fail(error, "IPv6 address has an empty group");
        if (!std::all_of(group.begin(), group.end(), [](char c) { return hexValue(c) >= 0; }))
            return fail(error, "IPv6 group " + quoted(group) + " is not hexadecimal");
        if (group.size() > 4)
            return fail(error, "IPv6 group " + quoted(group) + " has more than 4 hex digits");
        unsigned value = 0;
        for (char c : group)
            value = value * 16 + static_cast<unsigned>(hexValue(c));
        groups.push_back(static_cast<std::uint16_t>(value));
    }
    return true;
}

// Groups of one to four hex digits separated by ':'; at most one "::" standing for one or more
// zero groups; an embedded IPv4 address may take the place of the last two groups.
bool parseV6(std::string_view text, std::array<std::uint8_t, 16> &out, std::string *error)
{
    if (text.find(":::") != std::string_view::npos)
        return fail(error, "IPv6 address has an empty group (\":::\")");
    const std::size_t gap = text.find("::");
    const bool compressed = gap != std::string_view::npos;
    if (compressed && text.find("::", gap + 1) != std::string_view::npos)
        return fail(error, "IPv6 address has more than one \"::\"");

    std::vector<std::string_view> head;
    std::vector<std::string_view> tail;
    if (compressed) {
        if (gap > 0)
            head = split(text.substr(0, gap), ':');
        if (gap + 2 < text.size())
            tail = split(text.substr(gap + 2), ':');
    } else {
        head = split(text, ':');
    }

    // The embedded IPv4 address may only be the very last part.
    std::vector<std::uint16_t> headGroups;
    std::vector<std::uint16_t> tailGroups;
    if (!parseV6Groups(head, !compressed, headGroups, error)
        || !parseV6Groups(tail, compressed, tailGroups, error)) {
        return false;
    }

    const std::size_t count = headGroups.size() + tailGroups.size();
    if (count > 8) {
        return fail(error,
                    "IPv6 address has " + std::to_string(count) + " groups; at most 8 are allowed");
    }
    if (compressed && count == 8) {
        return fail(error,
                    "IPv6 address has 8 groups and a \"::\"; at most 7 are allowed with \"::\"");
    }
    if (!compressed && count < 8) {
        return fail(error, "IPv6 address has " + std::to_string(count)
                               + (count == 1 ? " group" : " groups")
                               + "; 8 are needed without \"::\"");
    }

    std::array<std::uint16_t, 8> groups{};
    std::copy(headGroups.begin(), headGroups.end(), groups.begin());
    std::copy(tailGroups.rbegin(), tailGroups.rend(), groups.rbegin());
    for (std::size_t i = 0; i < 8; ++i) {
        out[2 * i] = static_cast<std::uint8_t>(groups[i] >> 8);
        out[2 * i + 1] = static_cast<std::uint8_t>(groups[i] & 0xff);
    }
    return true;
}

bool hasWhitespace(std::string_view text)
{
    return text.find_first_of(" \t\n\r\v\f") != std::string_view::npos;
}

enum class RangeKind {
    Private,
    Shared,
    Documentation,
    Loopback,
    LinkLocal,
    UniqueLocal,
    Multicast,
    Reserved
};

struct SpecialRange
{
    Cidr block;
    RangeKind kind;
    const char *description;
    const char *reference;
};

const std::vector<SpecialRange> &specialRanges()
{
    static const std::vector<SpecialRange> ranges = [] {
        struct Row
        {
            const char *text;
            RangeKind kind;
            const char *description;
            const char *reference;
        };
        static const Row rows[] = {
            {"0.0.0.0/8", RangeKind::Reserved, "the \"this network\" range", "RFC 791"},
            {"10.0.0.0/8", RangeKind::Private, "private address space", "RFC 1918"},
            {"100.64.0.0/10", RangeKind::Shared, "shared address space", "RFC 6598"},
            {"127.0.0.0/8", RangeKind::Loopback, "the loopback range", "RFC 1122"},
            {"169.254.0.0/16", RangeKind::LinkLocal, "the link-local range", "RFC 3927"},
            {"172.16.0.0/12", RangeKind::Private, "private address space", "RFC 1918"},
            {"192.0.0.0/24", RangeKind::Reserved, "IETF protocol assignments", "RFC 6890"},
            {"192.0.2.0/24", RangeKind::Documentation, "a documentation range", "RFC 5737"},
            {"192.168.0.0/16", RangeKind::Private, "private address space", "RFC 1918"},
            {"198.18.0.0/15", RangeKind::Reserved, "the benchmarking range", "RFC 2544"},
            {"198.51.100.0/24", RangeKind::Documentation, "a documentation range", "RFC 5737"},
            {"203.0.113.0/24", RangeKind::Documentation, "a documentation range", "RFC 5737"},
            {"224.0.0.0/4", RangeKind::Multicast, "the multicast range", "RFC 5771"},
            {"240.0.0.0/4", RangeKind::Reserved, "the reserved range", "RFC 1112"},
            {"::/128", RangeKind::Reserved, "the unspecified address", "RFC 4291"},
            {"::1/128", RangeKind::Loopback, "the loopback address", "RFC 4291"},
            {"::ffff:0:0/96", RangeKind::Reserved, "the IPv4-mapped range", "RFC 4291"},
            {"2001:2::/48", RangeKind::Reserved, "the benchmarking range", "RFC 5180"},
            {"2001:db8::/32", RangeKind::Documentation, "a documentation range", "RFC 3849"},
            {"3fff::/20", RangeKind::Documentation, "a documentation range", "RFC 9637"},
            {"fc00::/7", RangeKind::UniqueLocal, "the unique local range", "RFC 4193"},
            {"fe80::/10", RangeKind::LinkLocal, "the link-local range", "RFC 4291"},
            {"ff00::/8", RangeKind::Multicast, "the multicast range", "RFC 4291"},
        };
        std::vector<SpecialRange> result;
        for (const Row &row : rows)
            result.push_back({*Cidr::parse(row.text), row.kind, row.description, row.reference});
        return result;
    }();
    return ranges;
}

bool inRange(const Cidr &cidr, RangeKind kind)
{
    const std::vector<SpecialRange> &ranges = specialRanges();
    return std::any_of(ranges.begin(), ranges.end(), [&](const SpecialRange &range) {
        return range.kind == kind && range.block.contains(cidr);
    });
}

std::string hex(unsigned value)
{
    char buffer[8];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, 16);
    return std::string(buffer, result.ptr);
}

} // namespace

std::optional<IpAddress> IpAddress::parse(std::string_view text, std::string *error)
{
    IpAddress address;
    if (text.empty()) {
        fail(error, "address is empty");
        return std::nullopt;
    }
    if (hasWhitespace(text)) {
        fail(error, "address contains whitespace");
        return std::nullopt;
    }
    if (text.find(':') != std::string_view::npos) {
        address.family = IpFamily::V6;
        if (text.find('%') != std::string_view::npos) {
            fail(error, "IPv6 zone index (\"%...\") is not allowed");
            return std::nullopt;
        }
        if (!parseV6(text, address.bytes, error))
            return std::nullopt;
        return address;
    }
    if (text.find('.') == std::string_view::npos) {
        fail(error, quoted(text) + " is not an IPv4 or IPv6 address");
        return std::nullopt;
    }
    if (!parseV4(text, address.bytes.data(), error))
        return std::nullopt;
    return address;
}

IpAddress IpAddress::fromV4(std::uint32_t value)
{
    IpAddress address;
    for (std::size_t i = 0; i < 4; ++i)
        address.bytes[i] = static_cast<std::uint8_t>(value >> (24 - 8 * i));
    return address;
}

std::uint32_t IpAddress::toV4() const
{
    if (!isIpv4())
        return 0;
    return std::uint32_t(bytes[0]) << 24 | std::uint32_t(bytes[1]) << 16
           | std::uint32_t(bytes[2]) << 8 | std::uint32_t(bytes[3]);
}

std::string IpAddress::toString() const
{
    if (isIpv4()) {
        return std::to_string(bytes[0]) + '.' + std::to_string(bytes[1]) + '.'
               + std::to_string(bytes[2]) + '.' + std::to_string(bytes[3]);
    }
    std::array<unsigned, 8> groups{};
    for (std::size_t i = 0; i < 8; ++i)
        groups[i] = unsigned(bytes[2 * i]) << 8 | bytes[2 * i + 1];

    // RFC 5952 section 5: IPv4-mapped addresses in mixed notation.
    if (std::all_of(groups.begin(), groups.begin() + 5, [](unsigned g) { return g == 0; })
        && groups[5] == 0xffff) {
        IpAddress v4;
        std::copy(bytes.begin() + 12, bytes.end(), v4.bytes.begin());
        return "::ffff:" + v4.toString();
    }

    // RFC 5952 section 4.2: the longest run of two or more zero groups, the first on a tie.
    std::size_t bestStart = 8;
    std::size_t bestLength = 1;
    for (std::size_t i = 0; i < 8;) {
        std::size_t end = i;
        while (end < 8 && groups[end] == 0)
            ++end;
        if (end - i > bestLength) {
            bestStart = i;
            bestLength = end - i;
        }
        i = end == i ? i + 1 : end;
    }

    std::string text;
    for (std::size_t i = 0; i < 8; ++i) {
        if (i == bestStart) {
            text += "::";
            i += bestLength - 1;
            continue;
        }
        if (!text.empty() && text.back() != ':')
            text += ':';
        text += hex(groups[i]);
    }
    return text;
}

std::optional<Cidr> Cidr::parse(std::string_view text, std::string *error)
{
    const auto reject = [error](std::string message) -> std::optional<Cidr> {
        fail(error, std::move(message));
        return std::nullopt;
    };
    if (text.empty())
        return reject("is empty");
    if (hasWhitespace(text))
        return reject("contains whitespace");
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos)
        return reject("has no prefix length (\"/length\")");
    if (text.find('/', slash + 1) != std::string_view::npos)
        return reject("has more than one \"/\"");
    const std::string_view addressText = text.substr(0, slash);
    const std::string_view lengthText = text.substr(slash + 1);
    if (addressText.empty())
        return reject("has no address before \"/\"");

    Cidr cidr;
    std::string addressError;
    std::optional<IpAddress> address = IpAddress::parse(addressText, &addressError);
    if (!address)
        return reject(addressError);
    cidr.network = *address;

    const int maximum = cidr.maxPrefixLength();
    const char *family = cidr.isIpv4() ? "IPv4" : "IPv6";
    if (lengthText.empty())
        return reject("has no prefix length after \"/\"");
    if (!std::all_of(lengthText.begin(), lengthText.end(), isDigit))
        return reject("prefix length " + quoted(lengthText) + " is not a number");
    if (lengthText.size() > 1 && lengthText.front() == '0')
        return reject("prefix length " + quoted(lengthText) + " has a leading zero");
    int length = 0;
    if (lengthText.size() > 3
        || std::from_chars(lengthText.data(), lengthText.data() + lengthText.size(), length).ec
               != std::errc()
        || length > maximum) {
        return reject("prefix length " + std::string(lengthText) + " is larger than "
                      + std::to_string(maximum) + " for " + family);
    }
    cidr.prefixLength = length;
    return cidr;
}

std::string Cidr::parseError(std::string_view text)
{
    std::string error;
    parse(text, &error);
    return error;
}

bool Cidr::hostBitsSet() const
{
    return maskedAddress(network, validPrefix(*this), false) != network;
}

Cidr Cidr::normalized() const
{
    return {firstAddress(), validPrefix(*this)};
}

IpAddress Cidr::firstAddress() const
{
    return maskedAddress(network, validPrefix(*this), false);
}

IpAddress Cidr::lastAddress() const
{
    return maskedAddress(network, validPrefix(*this), true);
}

std::optional<IpAddress> Cidr::addressAt(std::uint64_t offset) const
{
    if (offset >= addressCount() && addressCount() != std::numeric_limits<std::uint64_t>::max())
        return std::nullopt;
    IpAddress address = firstAddress();
    unsigned carry = 0;
    for (int i = byteCount(address.family) - 1; i >= 0 && (offset != 0 || carry != 0); --i) {
        std::uint8_t &byte = address.bytes[byteIndex(i)];
        const unsigned sum = byte + static_cast<unsigned>(offset & 0xff) + carry;
        byte = static_cast<std::uint8_t>(sum & 0xff);
        carry = sum >> 8;
        offset >>= 8;
    }
    return address;
}

std::optional<std::pair<Cidr, Cidr>> Cidr::halves() const
{
    const int prefix = validPrefix(*this);
    if (prefix == maxPrefixLength())
        return std::nullopt;
    Cidr second{firstAddress(), prefix + 1};
    second.network.bytes[byteIndex(prefix / 8)] |= static_cast<std::uint8_t>(0x80u >> (prefix % 8));
    return std::pair{Cidr{firstAddress(), prefix + 1}, second};
}

bool Cidr::contains(const Cidr &other) const
{
    const int prefix = validPrefix(*this);
    return network.family == other.network.family && validPrefix(other) >= prefix
           && maskedAddress(other.network, prefix, false) == firstAddress();
}

bool Cidr::contains(const IpAddress &address) const
{
    return address.family == network.family
           && maskedAddress(address, validPrefix(*this), false) == firstAddress();
}

bool Cidr::overlaps(const Cidr &other) const
{
    // Two prefixes either nest or are disjoint, so they overlap when the shorter holds the longer.
    return contains(other) || other.contains(*this);
}

std::uint64_t Cidr::addressCount() const
{
    const int bits = maxPrefixLength() - validPrefix(*this);
    return bits >= 64 ? std::numeric_limits<std::uint64_t>::max() : std::uint64_t(1) << bits;
}

bool Cidr::isPrivate() const
{
    return inRange(*this, RangeKind::Private);
}

bool Cidr::isSharedAddressSpace() const
{
    return inRange(*this, RangeKind::Shared);
}

bool Cidr::isDocumentation() const
{
    return inRange(*this, RangeKind::Documentation);
}

bool Cidr::isLoopback() const
{
    return inRange(*this, RangeKind::Loopback);
}

bool Cidr::isLinkLocal() const
{
    return inRange(*this, RangeKind::LinkLocal);
}

bool Cidr::isUniqueLocal() const
{
    return inRange(*this, RangeKind::UniqueLocal);
}

bool Cidr::isMulticast() const
{
    return inRange(*this, RangeKind::Multicast);
}

bool Cidr::isPubliclyRoutable() const
{
    return nonPublicReason().empty();
}

std::string Cidr::nonPublicReason() const
{
    if (isDefaultRoute())
        return "is a default route";
    for (const SpecialRange &range : specialRanges()) {
        if (range.block.overlaps(*this)) {
            return std::string(range.block.contains(*this) ? "is in " : "overlaps ")
                   + range.description + ' ' + range.block.toString() + " (" + range.reference
                   + ')';
        }
    }
    static const Cidr globalUnicast = *parse("2000::/3");
    if (isIpv6() && !globalUnicast.contains(*this))
        return "is outside the IPv6 global unicast range 2000::/3 (RFC 4291)";
    return {};
}

std::string Cidr::toString() const
{
    return network.toString() + '/' + std::to_string(prefixLength);
}

std::vector<std::pair<std::size_t, std::size_t>> findOverlaps(const std::vector<Cidr> &list)
{
    struct Entry
    {
        IpAddress first;
        IpAddress last;
        int prefix;
        std::size_t index;
    };
    std::vector<Entry> entries;
    entries.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i)
        entries.push_back({list[i].firstAddress(), list[i].lastAddress(), validPrefix(list[i]), i});
    // By start address (IPv4 before IPv6), a containing prefix before the prefixes it contains.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.first, a.prefix, a.index) < std::tie(b.first, b.prefix, b.index);
    });

    // Prefixes nest or are disjoint, so the entries still open at a start address form a chain,
    // each inside the one below it on the stack, and every one of them holds the new entry.
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    std::vector<const Entry *> open;
    for (const Entry &entry : entries) {
        while (!open.empty() && open.back()->last < entry.first)
            open.pop_back();
        for (const Entry *outer : open)
            pairs.emplace_back(std::min(outer->index, entry.index),
                               std::max(outer->index, entry.index));
        open.push_back(&entry);
    }

    // Order by (i, j) with two stable counting sorts: O(n + k).
    const auto sortBy = [&](auto key) {
        std::vector<std::size_t> start(list.size() + 1, 0);
        for (const auto &pair : pairs)
            ++start[key(pair) + 1];
        for (std::size_t i = 1; i < start.size(); ++i)
            start[i] += start[i - 1];
        std::vector<std::pair<std::size_t, std::size_t>> sorted(pairs.size());
        for (const auto &pair : pairs)
            sorted[start[key(pair)]++] = pair;
        pairs.swap(sorted);
    };
    if (!pairs.empty()) {
        sortBy([](const auto &pair) { return pair.second; });
        sortBy([](const auto &pair) { return pair.first; });
    }
    return pairs;
}

} // namespace Er
