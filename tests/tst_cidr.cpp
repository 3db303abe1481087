#include "model/net/cidr.h"

#include <QtTest>

#include <algorithm>
#include <limits>
#include <numeric>
#include <random>

using Er::Cidr;
using Er::IpAddress;
using IndexPairs = std::vector<std::pair<std::size_t, std::size_t>>;

namespace {

Cidr cidr(const QString &text)
{
    std::string error;
    const std::optional<Cidr> parsed = Cidr::parse(text.toStdString(), &error);
    if (!parsed)
        qFatal("test data \"%s\" does not parse: %s", qPrintable(text), error.c_str());
    return *parsed;
}

IpAddress address(const QString &text)
{
    const std::optional<IpAddress> parsed = IpAddress::parse(text.toStdString());
    if (!parsed)
        qFatal("test address \"%s\" does not parse", qPrintable(text));
    return *parsed;
}

QString str(const std::string &text)
{
    return QString::fromStdString(text);
}

IndexPairs bruteForceOverlaps(const std::vector<Cidr> &list)
{
    IndexPairs pairs;
    for (std::size_t i = 0; i < list.size(); ++i) {
        for (std::size_t j = i + 1; j < list.size(); ++j) {
            if (list[i].overlaps(list[j]))
                pairs.emplace_back(i, j);
        }
    }
    return pairs;
}

} // namespace

class TestCidr : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void addressToString_data();
    void addressToString();
    void addressOrdering();
    void peeringLinkSize_data();
    void peeringLinkSize();
    void addressesAndHalves();
    void hostBits_data();
    void hostBits();
    void containsCidr_data();
    void containsCidr();
    void containsAddress_data();
    void containsAddress();
    void overlaps_data();
    void overlaps();
    void addressCount_data();
    void addressCount();
    void classification_data();
    void classification();
    void nonPublicReason_data();
    void nonPublicReason();
    void defaultRoute_data();
    void defaultRoute();
    void findOverlapsShuffled();
    void findOverlapsMatchesBruteForce();
    void findOverlapsNoneIn10000();
    void findOverlapsManyPairs();
};

void TestCidr::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("ipv4");
    QTest::addColumn<int>("prefix");

    // clang-format off: one row per line
    QTest::newRow("v4 /8") << "10.0.0.0/8"
                           << "10.0.0.0/8" << true << 8;
    QTest::newRow("v4 /0") << "0.0.0.0/0"
                           << "0.0.0.0/0" << true << 0;
    QTest::newRow("v4 /32 max") << "255.255.255.255/32"
                                << "255.255.255.255/32" << true << 32;
    QTest::newRow("v4 single zero octets") << "10.0.0.0/32"
                                           << "10.0.0.0/32" << true << 32;
    QTest::newRow("v4 host bits kept") << "192.168.1.1/24"
                                       << "192.168.1.1/24" << true << 24;
    QTest::newRow("v4 /30") << "192.168.100.128/30"
                            << "192.168.100.128/30" << true << 30;
    QTest::newRow("v4 shared") << "100.64.0.0/10"
                               << "100.64.0.0/10" << true << 10;
    QTest::newRow("v6 doc") << "2001:db8::/32"
                            << "2001:db8::/32" << false << 32;
    QTest::newRow("v6 upper case") << "2001:DB8:0:0:0:0:0:1/128"
                                   << "2001:db8::1/128" << false << 128;
    QTest::newRow("v6 leading zeros") << "2001:0db8:0000:0000:0000:0000:0000:0001/64"
                                      << "2001:db8::1/64" << false << 64;
    QTest::newRow("v6 default") << "::/0"
                                << "::/0" << false << 0;
    QTest::newRow("v6 loopback") << "::1/128"
                                 << "::1/128" << false << 128;
    QTest::newRow("v6 unspecified") << "::/128"
                                    << "::/128" << false << 128;
    QTest::newRow("v6 link-local") << "fe80::1/64"
                                   << "fe80::1/64" << false << 64;
    QTest::newRow("v6 trailing ::") << "1::/16"
                                    << "1::/16" << false << 16;
    QTest::newRow("v6 :: for one group at end") << "1:2:3:4:5:6:7::/128"
                                                << "1:2:3:4:5:6:7:0/128" << false << 128;
    QTest::newRow("v6 :: for one group at start") << "::2:3:4:5:6:7:8/128"
                                                  << "0:2:3:4:5:6:7:8/128" << false << 128;
    QTest::newRow("v6 /126") << "2001:db8:1::/126"
                             << "2001:db8:1::/126" << false << 126;
    QTest::newRow("v6 embedded v4 mapped") << "::ffff:1.2.3.4/128"
                                           << "::ffff:1.2.3.4/128" << false << 128;
    QTest::newRow("v6 mapped in hex") << "::FFFF:C000:0280/120"
                                      << "::ffff:192.0.2.128/120" << false << 120;
    QTest::newRow("v6 embedded v4 nat64") << "64:ff9b::192.0.2.33/96"
                                          << "64:ff9b::c000:221/96" << false << 96;
    QTest::newRow("v6 embedded v4 full") << "1:2:3:4:5:6:1.2.3.4/128"
                                         << "1:2:3:4:5:6:102:304/128" << false << 128;
    QTest::newRow("v6 tie compresses first") << "2001:db8:0:0:1:0:0:1/128"
                                             << "2001:db8::1:0:0:1/128" << false << 128;
    QTest::newRow("v6 longest run") << "2001:0:0:1:0:0:0:1/128"
                                    << "2001:0:0:1::1/128" << false << 128;
    QTest::newRow("v6 single zero kept") << "2001:db8:0:1:1:1:1:1/128"
                                         << "2001:db8:0:1:1:1:1:1/128" << false << 128;
    QTest::newRow("v6 ula") << "fd00::/8"
                            << "fd00::/8" << false << 8;
    // clang-format on
}

void TestCidr::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(bool, ipv4);
    QFETCH(int, prefix);

    std::string error = "untouched";
    const std::optional<Cidr> parsed = Cidr::parse(text.toStdString(), &error);
    QVERIFY2(parsed, error.c_str());
    QCOMPARE(str(error), QString("untouched"));
    QCOMPARE(parsed->isIpv4(), ipv4);
    QCOMPARE(parsed->isIpv6(), !ipv4);
    QCOMPARE(parsed->prefixLength, prefix);
    QCOMPARE(str(parsed->toString()), canonical);
    QVERIFY(Cidr::parseError(text.toStdString()).empty());
    // The canonical form reads back as the same value.
    QCOMPARE(Cidr::parse(canonical.toStdString()), parsed);
}

void TestCidr::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    // clang-format off: one row per line
    QTest::newRow("empty") << ""
                           << "is empty";
    QTest::newRow("leading space") << " 10.0.0.0/8"
                                   << "contains whitespace";
    QTest::newRow("trailing space") << "10.0.0.0/8 "
                                    << "contains whitespace";
    QTest::newRow("space before slash") << "10.0.0.0 /8"
                                        << "contains whitespace";
    QTest::newRow("space after slash") << "10.0.0.0/ 8"
                                       << "contains whitespace";
    QTest::newRow("tab") << "10.0.0.0\t/8"
                         << "contains whitespace";
    QTest::newRow("newline") << "2001:db8::/32\n"
                             << "contains whitespace";
    QTest::newRow("v4 missing length") << "10.0.0.0"
                                       << "has no prefix length";
    QTest::newRow("v6 missing length") << "2001:db8::"
                                       << "has no prefix length";
    QTest::newRow("empty length") << "10.0.0.0/"
                                  << "has no prefix length after \"/\"";
    QTest::newRow("missing address") << "/24"
                                     << "has no address before \"/\"";
    QTest::newRow("two slashes") << "10.0.0.0/8/8"
                                 << "has more than one \"/\"";
    QTest::newRow("v4 length 33") << "10.0.0.0/33"
                                  << "prefix length 33 is larger than 32 for IPv4";
    QTest::newRow("v4 length 128") << "10.0.0.0/128"
                                   << "prefix length 128 is larger than 32 for IPv4";
    QTest::newRow("v4 huge length") << "10.0.0.0/99999999999999999999"
                                    << "prefix length 99999999999999999999 is larger than 32";
    QTest::newRow("v6 length 129") << "::/129"
                                   << "prefix length 129 is larger than 128 for IPv6";
    QTest::newRow("negative length") << "10.0.0.0/-1"
                                     << "prefix length \"-1\" is not a number";
    QTest::newRow("plus length") << "10.0.0.0/+8"
                                 << "prefix length \"+8\" is not a number";
    QTest::newRow("hex length") << "10.0.0.0/0x8"
                                << "is not a number";
    QTest::newRow("length leading zero") << "10.0.0.0/08"
                                         << "prefix length \"08\" has a leading zero";
    QTest::newRow("length 00") << "::/00"
                               << "has a leading zero";
    QTest::newRow("octet leading zero") << "010.1.1.1/32"
                                        << "octet \"010\" has a leading zero";
    QTest::newRow("inner octet leading zero") << "10.01.1.1/32"
                                              << "octet \"01\" has a leading zero";
    QTest::newRow("octet 00") << "10.0.00.0/24"
                              << "octet \"00\" has a leading zero";
    QTest::newRow("octet 256") << "256.0.0.0/8"
                               << "octet \"256\" is larger than 255";
    QTest::newRow("octet 1000") << "1.2.3.1000/32"
                                << "octet \"1000\" is larger than 255";
    QTest::newRow("three octets") << "10.0.0/24"
                                  << "IPv4 address has 3 octets; 4 are needed";
    QTest::newRow("five octets") << "10.0.0.0.0/24"
                                 << "IPv4 address has 5 octets; 4 are needed";
    QTest::newRow("empty octet") << "10..0.0/24"
                                 << "IPv4 address has an empty octet";
    QTest::newRow("trailing dot") << "10.0.0./24"
                                  << "IPv4 address has an empty octet";
    QTest::newRow("letter octet") << "10.0.0.a/24"
                                  << "octet \"a\" is not a decimal number";
    QTest::newRow("hex octet") << "0x0a.0.0.0/8"
                               << "octet \"0x0a\" is not a decimal number";
    QTest::newRow("negative octet") << "10.0.0.-1/24"
                                    << "octet \"-1\" is not a decimal number";
    QTest::newRow("no dots") << "10/8"
                             << "\"10\" is not an IPv4 or IPv6 address";
    QTest::newRow("word") << "abc/24"
                          << "\"abc\" is not an IPv4 or IPv6 address";
    QTest::newRow("two ::") << "1::2::3/64"
                            << "IPv6 address has more than one \"::\"";
    QTest::newRow(":::") << "1:::2/64"
                         << "IPv6 address has an empty group";
    QTest::newRow("nine groups") << "1:2:3:4:5:6:7:8:9/128"
                                 << "IPv6 address has 9 groups; at most 8 are allowed";
    QTest::newRow("eight groups and trailing ::") << "1:2:3:4:5:6:7:8::/128"
                                                  << "IPv6 address has 8 groups and a \"::\"";
    QTest::newRow("eight groups and leading ::") << "::1:2:3:4:5:6:7:8/128"
                                                 << "IPv6 address has 8 groups and a \"::\"";
    QTest::newRow("seven groups") << "1:2:3:4:5:6:7/128"
                                  << "IPv6 address has 7 groups; 8 are needed without \"::\"";
    QTest::newRow("group of 5 digits") << "12345::/16"
                                       << "IPv6 group \"12345\" has more than 4 hex digits";
    QTest::newRow("group 00000") << "2001:db8:00000::/48"
                                 << "has more than 4 hex digits";
    QTest::newRow("non-hex group") << "2001:db8::g/64"
                                   << "IPv6 group \"g\" is not hexadecimal";
    QTest::newRow("single leading colon") << ":1:2:3:4:5:6:7/128"
                                          << "IPv6 address has an empty group";
    QTest::newRow("single trailing colon") << "1:2:3:4:5:6:7:/128"
                                           << "IPv6 address has an empty group";
    QTest::newRow("lone colon") << ":/0"
                                << "IPv6 address has an empty group";
    QTest::newRow("zone index") << "fe80::1%eth0/64"
                                << "zone index";
    QTest::newRow("embedded v4 short") << "::ffff:1.2.3/128"
                                       << "embedded IPv4 address: IPv4 address has 3 octets";
    QTest::newRow("embedded v4 leading zero") << "::ffff:01.2.3.4/128"
                                              << "embedded IPv4 address: octet \"01\" has a";
    QTest::newRow("embedded v4 not last") << "::1.2.3.4:5/128"
                                          << "must end the IPv6 address";
    QTest::newRow("embedded v4 makes nine groups") << "1:2:3:4:5:6:7:1.2.3.4/128"
                                                   << "9 groups; at most 8";
    // clang-format on
}

void TestCidr::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, error);

    std::string reason;
    QVERIFY(!Cidr::parse(text.toStdString(), &reason));
    QVERIFY(!Cidr::parse(text.toStdString()));
    QVERIFY2(str(reason).contains(error), qPrintable("actual reason: " + str(reason)));
    QCOMPARE(str(Cidr::parseError(text.toStdString())), str(reason));
}

void TestCidr::addressToString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    // clang-format off: one row per line
    QTest::newRow("v4 zero") << "0.0.0.0"
                             << "0.0.0.0";
    QTest::newRow("v4 max") << "255.255.255.255"
                            << "255.255.255.255";
    QTest::newRow("v4") << "192.0.2.1"
                        << "192.0.2.1";
    QTest::newRow("rfc5952 4.2.1") << "2001:db8:0:0:0:0:2:1"
                                   << "2001:db8::2:1";
    QTest::newRow("rfc5952 4.1") << "2001:0db8::0001"
                                 << "2001:db8::1";
    QTest::newRow("rfc5952 4.2.2") << "2001:db8:0:1:1:1:1:1"
                                   << "2001:db8:0:1:1:1:1:1";
    QTest::newRow("rfc5952 4.2.3 longest") << "2001:0:0:1:0:0:0:1"
                                           << "2001:0:0:1::1";
    QTest::newRow("rfc5952 4.2.3 tie") << "2001:db8:0:0:1:0:0:1"
                                       << "2001:db8::1:0:0:1";
    QTest::newRow("rfc5952 4.3 lower case") << "2001:DB8::ABCD"
                                            << "2001:db8::abcd";
    QTest::newRow("longest run at end") << "2001:db8:0:0:1:0:0:0"
                                        << "2001:db8:0:0:1::";
    QTest::newRow("all zero") << "0:0:0:0:0:0:0:0"
                              << "::";
    QTest::newRow("loopback") << "0:0:0:0:0:0:0:1"
                              << "::1";
    QTest::newRow("trailing run") << "1:0:0:0:0:0:0:0"
                                  << "1::";
    QTest::newRow("alternating") << "1:0:1:0:1:0:1:0"
                                 << "1:0:1:0:1:0:1:0";
    QTest::newRow("full") << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
                          << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff";
    QTest::newRow("mapped") << "::ffff:192.0.2.1"
                            << "::ffff:192.0.2.1";
    QTest::newRow("mapped from hex") << "0:0:0:0:0:ffff:c000:201"
                                     << "::ffff:192.0.2.1";
    QTest::newRow("compatible is hex") << "::192.0.2.1"
                                       << "::c000:201";
    QTest::newRow("link-local") << "fe80:0:0:0:0:0:0:1"
                                << "fe80::1";
    // clang-format on
}

void TestCidr::addressToString()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);

    const IpAddress parsed = address(text);
    QCOMPARE(str(parsed.toString()), canonical);
    QCOMPARE(IpAddress::parse(canonical.toStdString()), parsed);
}

void TestCidr::addressOrdering()
{
    QVERIFY(address("255.255.255.255") < address("::"));
    QVERIFY(address("10.0.0.0") < address("10.0.0.1"));
    QVERIFY(address("9.255.255.255") < address("10.0.0.0"));
    QVERIFY(address("2001:db8::") < address("2001:db8::1"));
    QCOMPARE(address("10.0.0.1"), IpAddress::fromV4(0x0a000001));
    QCOMPARE(address("192.0.2.255").toV4(), 0xc00002ffu);
    QCOMPARE(address("::1").toV4(), 0u);
    QVERIFY(address("1.2.3.4") != address("::ffff:1.2.3.4"));
    QCOMPARE(address("::ffff:1.2.3.4").bitCount(), 128);
    QVERIFY(cidr("10.0.0.0/8") == cidr("10.0.0.0/8"));
    QVERIFY(cidr("10.0.0.0/8") != cidr("10.0.0.0/9"));
    QVERIFY(cidr("10.0.0.1/24") != cidr("10.0.0.0/24"));

    std::string error;
    QVERIFY(!IpAddress::parse("10.0.0.0/8", &error));
    QVERIFY(!error.empty());
    QVERIFY(!IpAddress::parse("", &error));
    QCOMPARE(str(error), QString("address is empty"));
}

void TestCidr::peeringLinkSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("peeringLink");

    // clang-format off: one row per line
    QTest::newRow("v4 /30") << "192.168.100.128/30" << true;
    QTest::newRow("v4 /29") << "192.168.100.128/29" << false;
    QTest::newRow("v4 /31") << "192.168.100.128/31" << false;
    QTest::newRow("v4 /32") << "192.168.100.128/32" << false;
    QTest::newRow("v6 /126") << "2001:db8::/126" << true;
    QTest::newRow("v6 /125") << "2001:db8::/125" << false;
    QTest::newRow("v6 /127") << "2001:db8::/127" << false;
    QTest::newRow("v6 /30 is not a link") << "2001:db8::/30" << false;
    // clang-format on
}

void TestCidr::peeringLinkSize()
{
    QFETCH(QString, text);
    QFETCH(bool, peeringLink);

    QCOMPARE(cidr(text).isPeeringLinkSize(), peeringLink);
}

void TestCidr::addressesAndHalves()
{
    const Cidr block = cidr("192.168.100.128/29");
    const auto halves = block.halves();
    QVERIFY(halves);
    QCOMPARE(str(halves->first.toString()), QString("192.168.100.128/30"));
    QCOMPARE(str(halves->second.toString()), QString("192.168.100.132/30"));

    const Cidr primary = halves->first;
    QCOMPARE(str(primary.addressAt(0)->toString()), QString("192.168.100.128"));
    QCOMPARE(str(primary.addressAt(1)->toString()), QString("192.168.100.129"));
    QCOMPARE(str(primary.addressAt(2)->toString()), QString("192.168.100.130"));
    QCOMPARE(str(primary.addressAt(3)->toString()), QString("192.168.100.131"));
    QVERIFY(!primary.addressAt(4));
    QCOMPARE(str(halves->second.addressAt(1)->toString()), QString("192.168.100.133"));
    QCOMPARE(str(cidr("10.0.0.255/23").addressAt(256)->toString()), QString("10.0.1.0"));
    QCOMPARE(str(cidr("0.0.0.0/0").addressAt(0xffffffff)->toString()), QString("255.255.255.255"));
    QVERIFY(!cidr("0.0.0.0/0").addressAt(0x100000000));

    const Cidr v6 = cidr("2001:db8:c::/125");
    QCOMPARE(str(v6.halves()->second.toString()), QString("2001:db8:c::4/126"));
    QCOMPARE(str(v6.halves()->second.addressAt(2)->toString()), QString("2001:db8:c::6"));
    QCOMPARE(str(cidr("2001:db8::/64").addressAt(0x1'0000'0001)->toString()),
             QString("2001:db8::1:0:1"));
    QCOMPARE(
        str(cidr("2001:db8::/0").addressAt(std::numeric_limits<std::uint64_t>::max())->toString()),
        QString("::ffff:ffff:ffff:ffff"));
    QCOMPARE(str(cidr("::/0").halves()->second.toString()), QString("8000::/1"));
    QCOMPARE(str(cidr("10.1.2.3/16").halves()->second.toString()), QString("10.1.128.0/17"));
    QVERIFY(!cidr("10.0.0.1/32").halves());
    QVERIFY(!cidr("::1/128").halves());

    QCOMPARE(str(cidr("10.1.2.3/16").firstAddress().toString()), QString("10.1.0.0"));
    QCOMPARE(str(cidr("10.1.2.3/16").lastAddress().toString()), QString("10.1.255.255"));
    QCOMPARE(str(cidr("2001:db8::/32").lastAddress().toString()),
             QString("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"));
    QCOMPARE(cidr("10.0.0.0/30").hostBits(), 2);
    QCOMPARE(cidr("2001:db8::/125").hostBits(), 3);
    QCOMPARE(cidr("10.0.0.0/30").maxPrefixLength(), 32);
    QCOMPARE(cidr("::/0").maxPrefixLength(), 128);
}

void TestCidr::hostBits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hostBitsSet");
    QTest::addColumn<QString>("normalized");

    // clang-format off: one row per line
    QTest::newRow("v4 .1/24") << "10.0.0.1/24" << true << "10.0.0.0/24";
    QTest::newRow("v4 .255/24") << "10.0.0.255/24" << true << "10.0.0.0/24";
    QTest::newRow("v4 clean /24") << "10.0.0.0/24" << false << "10.0.0.0/24";
    QTest::newRow("v4 odd /23") << "10.0.1.0/23" << true << "10.0.0.0/23";
    QTest::newRow("v4 host /32") << "10.0.0.1/32" << false << "10.0.0.1/32";
    QTest::newRow("v4 /31") << "255.255.255.255/31" << true << "255.255.255.254/31";
    QTest::newRow("v4 /0 clean") << "0.0.0.0/0" << false << "0.0.0.0/0";
    QTest::newRow("v4 /0 host bits") << "1.2.3.4/0" << true << "0.0.0.0/0";
    QTest::newRow("v4 /30 misaligned") << "192.168.100.130/30" << true << "192.168.100.128/30";
    QTest::newRow("v6 ::1/64") << "2001:db8::1/64" << true << "2001:db8::/64";
    QTest::newRow("v6 clean /32") << "2001:db8::/32" << false << "2001:db8::/32";
    QTest::newRow("v6 clean /33") << "2001:db8:8000::/33" << false << "2001:db8:8000::/33";
    QTest::newRow("v6 bit 33 in /32") << "2001:db8:8000::/32" << true << "2001:db8::/32";
    QTest::newRow("v6 /126 misaligned") << "2001:db8::5/126" << true << "2001:db8::4/126";
    QTest::newRow("v6 host /128") << "::1/128" << false << "::1/128";
    // clang-format on
}

void TestCidr::hostBits()
{
    QFETCH(QString, text);
    QFETCH(bool, hostBitsSet);
    QFETCH(QString, normalized);

    const Cidr parsed = cidr(text);
    QCOMPARE(parsed.hostBitsSet(), hostBitsSet);
    QCOMPARE(str(parsed.normalized().toString()), normalized);
    QVERIFY(!parsed.normalized().hostBitsSet());
    QCOMPARE(parsed.normalized().prefixLength, parsed.prefixLength);
}

void TestCidr::containsCidr_data()
{
    QTest::addColumn<QString>("outer");
    QTest::addColumn<QString>("inner");
    QTest::addColumn<bool>("contains");

    // clang-format off: one row per line
    QTest::newRow("nested") << "10.0.0.0/8"
                            << "10.1.0.0/16" << true;
    QTest::newRow("reverse") << "10.1.0.0/16"
                             << "10.0.0.0/8" << false;
    QTest::newRow("identical") << "10.0.0.0/8"
                               << "10.0.0.0/8" << true;
    QTest::newRow("sibling") << "10.0.0.0/8"
                             << "11.0.0.0/8" << false;
    QTest::newRow("last host") << "10.0.0.0/8"
                               << "10.255.255.255/32" << true;
    QTest::newRow("just past") << "10.0.0.0/8"
                               << "11.0.0.0/32" << false;
    QTest::newRow("default holds all v4") << "0.0.0.0/0"
                                          << "255.255.255.255/32" << true;
    QTest::newRow("v6 default not v4") << "::/0"
                                       << "10.0.0.0/8" << false;
    QTest::newRow("v4 default not v6") << "0.0.0.0/0"
                                       << "::/0" << false;
    QTest::newRow("v4 not mapped v6") << "0.0.0.0/0"
                                      << "::ffff:10.0.0.0/104" << false;
    QTest::newRow("v6 nested") << "2001:db8::/32"
                               << "2001:db8:ffff::/48" << true;
    QTest::newRow("v6 sibling") << "2001:db8::/32"
                                << "2001:db9::/48" << false;
    QTest::newRow("host bits ignored") << "10.0.0.1/24"
                                       << "10.0.0.128/25" << true;
    QTest::newRow("/29 holds second /30") << "192.168.100.128/29"
                                          << "192.168.100.132/30" << true;
    QTest::newRow("/30 not next /30") << "192.168.100.128/30"
                                      << "192.168.100.132/30" << false;
    // clang-format on
}

void TestCidr::containsCidr()
{
    QFETCH(QString, outer);
    QFETCH(QString, inner);
    QFETCH(bool, contains);

    QCOMPARE(cidr(outer).contains(cidr(inner)), contains);
}

void TestCidr::containsAddress_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("contains");

    // clang-format off: one row per line
    QTest::newRow("first") << "10.0.0.0/30"
                           << "10.0.0.0" << true;
    QTest::newRow("last") << "10.0.0.0/30"
                          << "10.0.0.3" << true;
    QTest::newRow("after") << "10.0.0.0/30"
                           << "10.0.0.4" << false;
    QTest::newRow("before") << "10.0.0.0/30"
                            << "9.255.255.255" << false;
    QTest::newRow("host /32") << "10.0.0.7/32"
                              << "10.0.0.7" << true;
    QTest::newRow("v6 default not v4") << "::/0"
                                       << "1.2.3.4" << false;
    QTest::newRow("v4 default not mapped") << "0.0.0.0/0"
                                           << "::ffff:1.2.3.4" << false;
    QTest::newRow("v6 /126 last") << "2001:db8::/126"
                                  << "2001:db8::3" << true;
    QTest::newRow("v6 /126 after") << "2001:db8::/126"
                                   << "2001:db8::4" << false;
    QTest::newRow("mapped range") << "::ffff:0:0/96"
                                  << "::ffff:1.2.3.4" << true;
    // clang-format on
}

void TestCidr::containsAddress()
{
    QFETCH(QString, block);
    QFETCH(QString, host);
    QFETCH(bool, contains);

    QCOMPARE(cidr(block).contains(address(host)), contains);
}

void TestCidr::overlaps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("overlap");

    // clang-format off: one row per line
    QTest::newRow("adjacent /30s") << "10.0.0.0/30"
                                   << "10.0.0.4/30" << false;
    QTest::newRow("primary and secondary") << "192.168.100.128/30"
                                           << "192.168.100.132/30" << false;
    QTest::newRow("adjacent /25s") << "10.0.0.0/25"
                                   << "10.0.0.128/25" << false;
    QTest::newRow("adjacent across /24") << "10.0.1.0/24"
                                         << "10.0.0.255/32" << false;
    QTest::newRow("nested") << "10.0.0.0/8"
                            << "10.1.2.0/24" << true;
    QTest::newRow("nested last host") << "10.0.0.0/24"
                                      << "10.0.0.255/32" << true;
    QTest::newRow("identical") << "10.0.0.0/16"
                               << "10.0.0.0/16" << true;
    QTest::newRow("default v4") << "0.0.0.0/0"
                                << "203.0.113.7/32" << true;
    QTest::newRow("v4 vs v6 defaults") << "0.0.0.0/0"
                                       << "::/0" << false;
    QTest::newRow("v4 vs mapped v6") << "10.0.0.0/8"
                                     << "::ffff:10.0.0.0/104" << false;
    QTest::newRow("v6 adjacent /126s") << "2001:db8::/126"
                                       << "2001:db8::4/126" << false;
    QTest::newRow("v6 /125 holds /126") << "2001:db8::/125"
                                        << "2001:db8::4/126" << true;
    QTest::newRow("v6 identical") << "2001:db8::/32"
                                  << "2001:db8::/32" << true;
    QTest::newRow("host bits ignored") << "10.0.0.5/30"
                                       << "10.0.0.4/32" << true;
    QTest::newRow("host bits disjoint") << "10.0.0.5/30"
                                        << "10.0.0.8/30" << false;
    // clang-format on
}

void TestCidr::overlaps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, overlap);

    QCOMPARE(cidr(a).overlaps(cidr(b)), overlap);
    QCOMPARE(cidr(b).overlaps(cidr(a)), overlap);
    QCOMPARE(Er::findOverlaps({cidr(a), cidr(b)}).size(), std::size_t(overlap ? 1 : 0));
}

void TestCidr::addressCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("count");

    const quint64 saturated = std::numeric_limits<quint64>::max();
    // clang-format off: one row per line
    QTest::newRow("v4 /32") << "10.0.0.1/32" << quint64(1);
    QTest::newRow("v4 /30") << "10.0.0.0/30" << quint64(4);
    QTest::newRow("v4 /24") << "10.0.0.0/24" << quint64(256);
    QTest::newRow("v4 /0") << "0.0.0.0/0" << (quint64(1) << 32);
    QTest::newRow("v6 /128") << "::1/128" << quint64(1);
    QTest::newRow("v6 /126") << "2001:db8::/126" << quint64(4);
    QTest::newRow("v6 /65") << "2001:db8::/65" << (quint64(1) << 63);
    QTest::newRow("v6 /64 saturates") << "2001:db8::/64" << saturated;
    QTest::newRow("v6 /0 saturates") << "::/0" << saturated;
    // clang-format on
}

void TestCidr::addressCount()
{
    QFETCH(QString, text);
    QFETCH(quint64, count);

    QCOMPARE(quint64(cidr(text).addressCount()), count);
}

void TestCidr::classification_data()
{
    // kind: the one named range the prefix lies inside ("" for none).
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("isPublic");

    // clang-format off: one row per line
    QTest::newRow("172.15.255.255") << "172.15.255.255/32"
                                    << "" << true;
    QTest::newRow("172.16.0.0") << "172.16.0.0/32"
                                << "private" << false;
    QTest::newRow("172.31.255.255") << "172.31.255.255/32"
                                    << "private" << false;
    QTest::newRow("172.32.0.0") << "172.32.0.0/32"
                                << "" << true;
    QTest::newRow("172.16/12") << "172.16.0.0/12"
                               << "private" << false;
    QTest::newRow("172.0/11 straddles") << "172.0.0.0/11"
                                        << "" << false;
    QTest::newRow("9.255.255.255") << "9.255.255.255/32"
                                   << "" << true;
    QTest::newRow("10.0.0.0") << "10.0.0.0/32"
                              << "private" << false;
    QTest::newRow("10.255.255.255") << "10.255.255.255/32"
                                    << "private" << false;
    QTest::newRow("11.0.0.0") << "11.0.0.0/32"
                              << "" << true;
    QTest::newRow("10/8") << "10.0.0.0/8"
                          << "private" << false;
    QTest::newRow("8/6 straddles 10/8") << "8.0.0.0/6"
                                        << "" << false;
    QTest::newRow("8/7 beside 10/8") << "8.0.0.0/7"
                                     << "" << true;
    QTest::newRow("192.167.255.255") << "192.167.255.255/32"
                                     << "" << true;
    QTest::newRow("192.168.0.0") << "192.168.0.0/32"
                                 << "private" << false;
    QTest::newRow("192.168.255.255") << "192.168.255.255/32"
                                     << "private" << false;
    QTest::newRow("192.169.0.0") << "192.169.0.0/32"
                                 << "" << true;
    QTest::newRow("100.63.255.255") << "100.63.255.255/32"
                                    << "" << true;
    QTest::newRow("100.64.0.0") << "100.64.0.0/32"
                                << "shared" << false;
    QTest::newRow("100.127.255.255") << "100.127.255.255/32"
                                     << "shared" << false;
    QTest::newRow("100.128.0.0") << "100.128.0.0/32"
                                 << "" << true;
    QTest::newRow("100.64/10") << "100.64.0.0/10"
                               << "shared" << false;
    QTest::newRow("192.0.2/24") << "192.0.2.0/24"
                                << "documentation" << false;
    QTest::newRow("192.0.2.255") << "192.0.2.255/32"
                                 << "documentation" << false;
    QTest::newRow("192.0.3.0") << "192.0.3.0/32"
                               << "" << true;
    QTest::newRow("198.51.100/24") << "198.51.100.0/24"
                                   << "documentation" << false;
    QTest::newRow("198.51.99.255") << "198.51.99.255/32"
                                   << "" << true;
    QTest::newRow("198.51.101.0") << "198.51.101.0/32"
                                  << "" << true;
    QTest::newRow("203.0.113/24") << "203.0.113.0/24"
                                  << "documentation" << false;
    QTest::newRow("203.0.112.255") << "203.0.112.255/32"
                                   << "" << true;
    QTest::newRow("203.0.114.0") << "203.0.114.0/32"
                                 << "" << true;
    QTest::newRow("2001:db8::/32") << "2001:db8::/32"
                                   << "documentation" << false;
    QTest::newRow("2001:db8 last /64") << "2001:db8:ffff:ffff::/64"
                                       << "documentation" << false;
    QTest::newRow("2001:db7:ffff::/48") << "2001:db7:ffff::/48"
                                        << "" << true;
    QTest::newRow("2001:db9::/32") << "2001:db9::/32"
                                   << "" << true;
    QTest::newRow("3fff::/20") << "3fff::/20"
                               << "documentation" << false;
    QTest::newRow("127.0.0.1") << "127.0.0.1/32"
                               << "loopback" << false;
    QTest::newRow("127/8") << "127.0.0.0/8"
                           << "loopback" << false;
    QTest::newRow("126.255.255.255") << "126.255.255.255/32"
                                     << "" << true;
    QTest::newRow("128.0.0.0") << "128.0.0.0/32"
                               << "" << true;
    QTest::newRow("::1") << "::1/128"
                         << "loopback" << false;
    QTest::newRow("169.254/16") << "169.254.0.0/16"
                                << "linkLocal" << false;
    QTest::newRow("169.253.255.255") << "169.253.255.255/32"
                                     << "" << true;
    QTest::newRow("169.255.0.0") << "169.255.0.0/32"
                                 << "" << true;
    QTest::newRow("fe80::/10") << "fe80::/10"
                               << "linkLocal" << false;
    QTest::newRow("febf:ffff::/32") << "febf:ffff::/32"
                                    << "linkLocal" << false;
    QTest::newRow("fec0::/10") << "fec0::/10"
                               << "" << false;
    QTest::newRow("fc00::/7") << "fc00::/7"
                              << "uniqueLocal" << false;
    QTest::newRow("fd12:3456::/48") << "fd12:3456::/48"
                                    << "uniqueLocal" << false;
    QTest::newRow("fbff::/16") << "fbff::/16"
                               << "" << false;
    QTest::newRow("224/4") << "224.0.0.0/4"
                           << "multicast" << false;
    QTest::newRow("223.255.255.255") << "223.255.255.255/32"
                                     << "" << true;
    QTest::newRow("239.255.255.255") << "239.255.255.255/32"
                                     << "multicast" << false;
    QTest::newRow("ff02::1") << "ff02::1/128"
                             << "multicast" << false;
    QTest::newRow("ff00::/8") << "ff00::/8"
                              << "multicast" << false;
    QTest::newRow("0.0.0.0/0") << "0.0.0.0/0"
                               << "default" << false;
    QTest::newRow("::/0") << "::/0"
                          << "default" << false;
    QTest::newRow("0/8 this network") << "0.0.0.0/8"
                                      << "" << false;
    QTest::newRow("1.0.0.0/8") << "1.0.0.0/8"
                               << "" << true;
    QTest::newRow("192.0.0/24 protocol") << "192.0.0.0/24"
                                         << "" << false;
    QTest::newRow("198.18/15 benchmark") << "198.18.0.0/15"
                                         << "" << false;
    QTest::newRow("198.20.0.0") << "198.20.0.0/32"
                                << "" << true;
    QTest::newRow("240/4 reserved") << "240.0.0.0/4"
                                    << "" << false;
    QTest::newRow("255.255.255.255") << "255.255.255.255/32"
                                     << "" << false;
    QTest::newRow("Azure 20/8") << "20.0.0.0/8"
                                << "" << true;
    QTest::newRow("Azure 2603:1000::/24") << "2603:1000::/24"
                                          << "" << true;
    QTest::newRow("Google DNS v6") << "2001:4860:4860::8888/128"
                                   << "" << true;
    QTest::newRow("::/128") << "::/128"
                            << "" << false;
    QTest::newRow("mapped 10/8") << "::ffff:10.0.0.0/104"
                                 << "" << false;
    QTest::newRow("mapped public") << "::ffff:8.8.8.8/128"
                                   << "" << false;
    QTest::newRow("4000::/3") << "4000::/3"
                              << "" << false;
    QTest::newRow("2000::/3") << "2000::/3"
                              << "" << false;
    QTest::newRow("2001:2::/48 benchmark") << "2001:2::/48"
                                           << "" << false;
    // clang-format on
}

void TestCidr::classification()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(bool, isPublic);

    const Cidr c = cidr(text);
    QCOMPARE(c.isPrivate(), kind == "private");
    QCOMPARE(c.isSharedAddressSpace(), kind == "shared");
    QCOMPARE(c.isDocumentation(), kind == "documentation");
    QCOMPARE(c.isLoopback(), kind == "loopback");
    QCOMPARE(c.isLinkLocal(), kind == "linkLocal");
    QCOMPARE(c.isUniqueLocal(), kind == "uniqueLocal");
    QCOMPARE(c.isMulticast(), kind == "multicast");
    QCOMPARE(c.isDefaultRoute(), kind == "default");
    QCOMPARE(c.isPubliclyRoutable(), isPublic);
    QCOMPARE(c.nonPublicReason().empty(), isPublic);
    if (!kind.isEmpty())
        QVERIFY(!isPublic);
}

void TestCidr::nonPublicReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    // clang-format off: one row per line
    QTest::newRow("public") << "20.0.0.0/8"
                            << "";
    QTest::newRow("inside") << "10.1.0.0/16"
                            << "is in private address space 10.0.0.0/8 (RFC 1918)";
    QTest::newRow("straddles") << "8.0.0.0/6"
                               << "overlaps private address space 10.0.0.0/8 (RFC 1918)";
    QTest::newRow("shared") << "100.64.1.0/24"
                            << "is in shared address space 100.64.0.0/10 (RFC 6598)";
    QTest::newRow("default") << "0.0.0.0/0"
                             << "is a default route";
    QTest::newRow("v6 default") << "::/0"
                                << "is a default route";
    QTest::newRow("v6 doc") << "2001:db8:1::/48"
                            << "is in a documentation range 2001:db8::/32 (RFC 3849)";
    QTest::newRow("v6 site-local")
        << "fec0::/10"
        << "is outside the IPv6 global unicast range 2000::/3 (RFC 4291)";
    // clang-format on
}

void TestCidr::nonPublicReason()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    QCOMPARE(str(cidr(text).nonPublicReason()), reason);
}

void TestCidr::defaultRoute_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isDefault");

    // clang-format off: one row per line
    QTest::newRow("v4 default") << "0.0.0.0/0" << true;
    QTest::newRow("v6 default") << "::/0" << true;
    QTest::newRow("v4 /1") << "0.0.0.0/1" << false;
    QTest::newRow("v4 upper /1") << "128.0.0.0/1" << false;
    QTest::newRow("v4 0/32") << "0.0.0.0/32" << false;
    QTest::newRow("v6 /1") << "::/1" << false;
    QTest::newRow("v6 unspecified") << "::/128" << false;
    // clang-format on
}

void TestCidr::defaultRoute()
{
    QFETCH(QString, text);
    QFETCH(bool, isDefault);

    QCOMPARE(cidr(text).isDefaultRoute(), isDefault);
}

void TestCidr::findOverlapsShuffled()
{
    QVERIFY(Er::findOverlaps({}).empty());
    QVERIFY(Er::findOverlaps({cidr("10.0.0.0/8")}).empty());

    // Labels name the entries; the overlapping label pairs are listed by hand.
    const std::vector<std::pair<QString, QString>> entries = {
        {"a", "10.0.0.0/8"},
        {"b", "10.1.0.0/16"},
        {"c", "10.1.2.0/24"},
        {"d", "10.1.2.3/32"},
        {"e", "11.0.0.0/8"},
        {"f", "192.168.100.128/30"},
        {"g", "192.168.100.132/30"},
        {"h", "192.168.100.128/29"},
        {"i", "0.0.0.0/1"},
        {"j", "2001:db8::/32"},
        {"k", "2001:db8::/126"},
        {"l", "2001:db8::4/126"},
        {"m", "::/0"},
        {"n", "172.16.0.0/12"},
        {"o", "172.16.0.0/12"},
        {"p", "10.2.0.1/16"},
        {"q", "128.0.0.0/1"},
        {"r", "::ffff:10.0.0.0/104"},
    };
    const QStringList expected = {
        "a-b", "a-c", "a-d", "a-i", "a-p", "b-c", "b-d", "c-d", "b-i",
        "c-i", "d-i", "e-i", "i-p", "n-o", "f-h", "g-h", "f-q", "g-q",
        "h-q", "n-q", "o-q", "j-k", "j-l", "j-m", "k-m", "l-m", "m-r",
    };
    QStringList sortedExpected;
    for (const QString &pair : expected) {
        QStringList ends = pair.split('-');
        ends.sort();
        sortedExpected << ends.join('-');
    }
    sortedExpected.sort();

    std::vector<std::size_t> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 random(20240601);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(order.begin(), order.end(), random);
        std::vector<Cidr> list;
        for (std::size_t index : order)
            list.push_back(cidr(entries[index].second));

        const IndexPairs found = Er::findOverlaps(list);
        QVERIFY(std::is_sorted(found.begin(), found.end()));
        QCOMPARE(found, bruteForceOverlaps(list));
        QStringList labels;
        for (const auto &[i, j] : found) {
            QVERIFY(i < j);
            QStringList ends = {entries[order[i]].first, entries[order[j]].first};
            ends.sort();
            labels << ends.join('-');
        }
        labels.sort();
        QCOMPARE(labels, sortedExpected);
    }
}

void TestCidr::findOverlapsMatchesBruteForce()
{
    // Random prefixes crowded into small spaces, so that nesting, duplicates and adjacency
    // are all common; the sweep must agree with comparing every pair.
    std::mt19937 random(7);
    for (int round = 0; round < 50; ++round) {
        std::vector<Cidr> list;
        const int size = 1 + static_cast<int>(random() % 300);
        for (int n = 0; n < size; ++n) {
            Cidr c;
            if (random() % 3 == 0) {
                c.network = *IpAddress::parse("2001:db8::");
                c.network.bytes[15] = static_cast<std::uint8_t>(random());
                c.network.bytes[14] = static_cast<std::uint8_t>(random() % 2);
                c.prefixLength = 119 + static_cast<int>(random() % 10);
            } else {
                c.network = IpAddress::fromV4(0x0a000000u | (random() & 0x3ff));
                c.prefixLength = 21 + static_cast<int>(random() % 12);
            }
            list.push_back(c);
        }
        QCOMPARE(Er::findOverlaps(list), bruteForceOverlaps(list));
    }
}

void TestCidr::findOverlapsNoneIn10000()
{
    // 10,000 adjacent /30s (10.0.0.0 .. 10.0.156.60) and their IPv6 /126 twins, shuffled.
    std::vector<Cidr> list;
    for (std::uint32_t n = 0; n < 10000; ++n)
        list.push_back({IpAddress::fromV4(0x0a000000u + 4 * n), 30});
    IpAddress v6 = *IpAddress::parse("2001:db8::");
    for (std::uint32_t n = 0; n < 10000; ++n) {
        v6.bytes[14] = static_cast<std::uint8_t>(n >> 6);
        v6.bytes[15] = static_cast<std::uint8_t>((n & 0x3f) << 2);
        list.push_back({v6, 126});
    }
    std::mt19937 random(42);
    std::shuffle(list.begin(), list.end(), random);

    QElapsedTimer timer;
    timer.start();
    QVERIFY(Er::findOverlaps(list).empty());
    qDebug("findOverlaps on %zu disjoint prefixes: %lld ms", list.size(), timer.elapsed());

    // One extra prefix that covers exactly one /30 yields exactly one pair.
    list.push_back(cidr("10.0.100.4/30"));
    const IndexPairs found = Er::findOverlaps(list);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found.front().second, list.size() - 1);
    QCOMPARE(str(list[found.front().first].toString()), QString("10.0.100.4/30"));
}

void TestCidr::findOverlapsManyPairs()
{
    // 7,000 /29s, each with its two /30s: 14,000 pairs, found without comparing every pair.
    std::vector<Cidr> list;
    for (std::uint32_t n = 0; n < 7000; ++n) {
        const IpAddress base = IpAddress::fromV4(0x64400000u + 8 * n);
        list.push_back({base, 29});
        list.push_back({IpAddress::fromV4(base.toV4() + 4), 30});
        list.push_back({base, 30});
    }
    std::reverse(list.begin(), list.end());
    const IndexPairs found = Er::findOverlaps(list);
    QCOMPARE(found.size(), std::size_t(14000));
    QVERIFY(std::is_sorted(found.begin(), found.end()));
    for (const auto &[i, j] : found) {
        QVERIFY(i < j);
        QVERIFY(list[i].overlaps(list[j]));
        QCOMPARE(j / 3, i / 3);
    }
}

QTEST_GUILESS_MAIN(TestCidr)
#include "tst_cidr.moc"
