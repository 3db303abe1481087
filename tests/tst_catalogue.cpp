#include "model/catalogue/catalogue.h"

#include <QtTest>

#include <algorithm>
#include <set>
#include <stdexcept>

using namespace Er;

// The facts are docs/reference/expressroute-facts.md; section numbers below refer to it.
class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void factsAsOf();
    void regionsFromFacts_data();
    void regionsFromFacts();
    void regionLookUpByDisplayName();
    void regionAvailabilityZones();
    void regionScalableGateway();
    void peeringLocationsFromFacts_data();
    void peeringLocationsFromFacts();
    void locationsNamedOnlyInGeoLists_data();
    void locationsNamedOnlyInGeoLists();
    void londonAndLondon2AreDistinct();
    void locationsRefreshedFromLoc_data();
    void locationsRefreshedFromLoc();
    void chileCentral();
    void numberedLocationsHaveTheirFirstSite();
    void everyLocalRegionExists();
    void amsterdamMetro();
    void everyMetroSiteResolves();
    void everyMetroSiteOnlyLocationBelongsToAMetro();
    void globalReachByCountry_data();
    void globalReachByCountry();
    void providers();
    void everyEntryCitesItsSource();
    void circuitBandwidths();
    void vnetLinks_data();
    void vnetLinks();
    void routeLimits();
    void expressRouteGateways_data();
    void expressRouteGateways();
    void scalableGateway();
    void resiliencyIndexZonePoints();
    void vpnSkus_data();
    void vpnSkus();
    void serviceByCommunity_data();
    void serviceByCommunity();
    void serviceFlags();
    void regionByCommunity();
    void asns_data();
    void asns();
    void smallDocuments();
    void malformedDocuments_data();
    void malformedDocuments();

private:
    const Catalogue &cat() const { return Catalogue::builtIn(); }
};

namespace {

using Strings = std::vector<std::string>;

const char *smallRegions = R"({"source": ["TEST"], "factsAsOf": "2026-01-02", "regions": [
  {"name": "uksouth", "displayName": "UK South", "geopoliticalArea": "Europe",
   "coordinates": {"lat": 51.51, "lon": -0.13}, "microsoftPeeringCommunity": "12076:51024",
   "source": "TEST"}]})";

const char *smallLocations = R"({"source": ["TEST"], "factsAsOf": "2026-03-04",
  "peeringLocations": [
  {"name": "London", "metro": "London", "facility": "Equinix LD5", "country": "United Kingdom",
   "pricingZone": 1, "geopoliticalArea": "Europe", "coordinates": {"lat": 51.5, "lon": -0.6},
   "localRegions": ["uksouth"], "expressRouteDirect": true, "globalReach": true,
   "providers": ["Equinix"], "source": "TEST"}]})";

} // namespace

void TestCatalogue::initTestCase()
{
    try {
        QVERIFY(!cat().regions().empty());
    } catch (const std::exception &error) {
        QFAIL(error.what());
    }
}

void TestCatalogue::factsAsOf()
{
    const std::string &asOf = cat().factsAsOf();
    QCOMPARE(asOf.size(), std::size_t(10));
    QVERIFY(asOf >= "2026-05-10"); // METRO 05/10/2026 is among the sources
    QCOMPARE(QDate::fromString(QString::fromStdString(asOf), Qt::ISODate).isValid(), true);
}

void TestCatalogue::regionsFromFacts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("area");
    QTest::addColumn<bool>("confirmed");

    // §12.3 (GEO 04/05/2024): confirmed areas.
    const std::vector<std::pair<const char *, std::vector<const char *>>> geo = {
        {"Australia Government", {"australiacentral", "australiacentral2"}},
        {"Europe",
         {"francecentral", "francesouth", "germanynorth", "germanywestcentral", "italynorth",
          "northeurope", "norwayeast", "norwaywest", "polandcentral", "swedencentral",
          "switzerlandnorth", "switzerlandwest", "ukwest", "uksouth", "westeurope"}},
        {"North America",
         {"eastus", "westus", "eastus2", "westus2", "westus3", "centralus", "southcentralus",
          "northcentralus", "westcentralus", "canadacentral", "canadaeast"}},
        {"Asia", {"eastasia", "southeastasia"}},
        {"India", {"westindia", "centralindia", "southindia"}},
        {"Israel", {"israelcentral"}},
        {"Japan", {"japanwest", "japaneast"}},
        {"Oceania", {"australiaeast", "australiasoutheast"}},
        {"South Korea", {"koreacentral", "koreasouth"}},
        {"UAE", {"uaecentral", "uaenorth"}},
        {"South Africa", {"southafricawest", "southafricanorth"}},
        {"South America", {"brazilsouth"}},
        {"Qatar", {"qatarcentral"}},
    };
    for (const auto &[area, names] : geo) {
        for (const char *name : names)
            QTest::newRow(name) << QString(name) << QString(area) << true;
    }
    // Newer than GEO (§12.3 "Dated"): area reasoned, marked unconfirmed.
    const std::vector<std::pair<const char *, const char *>> newer = {
        {"spaincentral", "Europe"},         {"belgiumcentral", "Europe"},
        {"austriaeast", "Europe"},          {"denmarkeast", "Europe"},
        {"mexicocentral", "North America"}, {"indonesiacentral", "Asia"},
        {"malaysiawest", "Asia"},           {"taiwannorth", "Asia"},
        {"newzealandnorth", "Oceania"},     {"brazilsoutheast", "South America"}};
    for (const auto &[name, area] : newer)
        QTest::newRow(name) << QString(name) << QString(area) << false;
}

void TestCatalogue::regionsFromFacts()
{
    QFETCH(QString, name);
    QFETCH(QString, area);
    QFETCH(bool, confirmed);

    const AzureRegionInfo *region = cat().region(name.toStdString());
    QVERIFY(region);
    QCOMPARE(QString::fromStdString(region->name), name);
    QCOMPARE(QString::fromStdString(region->geopoliticalArea), area);
    QCOMPARE(region->geopoliticalAreaConfirmed, confirmed);
    QVERIFY(!region->displayName.empty());
    QVERIFY(!region->source.empty());
    QVERIFY(region->coordinates.lat != 0 || region->coordinates.lon != 0);
}

void TestCatalogue::regionLookUpByDisplayName()
{
    QCOMPARE(cat().region("UK South"), cat().region("uksouth"));
    QCOMPARE(cat().region("East US 2"), cat().region("eastus2"));
    QCOMPARE(cat().region("Australia Central 2"), cat().region("australiacentral2"));
    QVERIFY(!cat().region("uk south"));
    QVERIFY(!cat().region("mars"));
}

// Microsoft Learn's regions list [AZREG 04/15/2025, docs/facts-additions.md]: a checkmark, an
// empty cell, or not on the page (unknown, never guessed).
void TestCatalogue::regionAvailabilityZones()
{
    for (const char *zoned : {"uksouth", "westeurope", "eastus", "swedencentral", "belgiumcentral",
                              "austriaeast", "malaysiawest", "newzealandnorth"}) {
        QVERIFY2(cat().region(zoned)->availabilityZones == true, zoned);
    }
    for (const char *regional : {"ukwest", "westus", "northcentralus", "westcentralus",
                                 "canadaeast", "southindia", "francesouth", "brazilsoutheast"}) {
        QVERIFY2(cat().region(regional)->availabilityZones == false, regional);
    }
    for (const char *unknown : {"denmarkeast", "taiwannorth"})
        QVERIFY2(!cat().region(unknown)->availabilityZones, unknown);
}

// ErGwScale is offered in "most Azure regions except" nine [SCALE 11/06/2025] (facts §4.3).
void TestCatalogue::regionScalableGateway()
{
    const std::vector<std::string> without = {"belgiumcentral", "japaneast",      "qatarcentral",
                                              "southeastasia",  "westeurope",     "westindia",
                                              "westus2",        "southcentralus", "eastus2"};
    for (const std::string &name : without) {
        const AzureRegionInfo *region = cat().region(name);
        QVERIFY2(region, name.c_str());
        QCOMPARE(region->erGwScale, std::optional<bool>(false));
        QVERIFY(region->source.find("SCALE") != std::string::npos);
    }
    int offeredOrUnknown = 0;
    for (const AzureRegionInfo &region : cat().regions()) {
        if (region.erGwScale.value_or(true))
            ++offeredOrUnknown;
    }
    QCOMPARE(offeredOrUnknown, int(cat().regions().size() - without.size()));
    QVERIFY(cat().region("uksouth")->erGwScale.value_or(true));
}

void TestCatalogue::peeringLocationsFromFacts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("area");
    QTest::addColumn<int>("zone");
    QTest::addColumn<QStringList>("localRegions");
    QTest::addColumn<bool>("direct");

    // §12.1 (LOC 04/28/2026): location, area, pricing zone, Local regions, ER Direct.
    struct Row
    {
        const char *name;
        const char *area;
        int zone;
        QStringList local;
        bool direct;
    };
    const std::vector<Row> rows = {
        {"Amsterdam", "Europe", 1, {"westeurope"}, true},
        {"Amsterdam2", "Europe", 1, {"westeurope"}, true},
        {"Atlanta", "North America", 1, {}, true},
        {"Auckland", "Oceania", 2, {"newzealandnorth"}, true},
        {"Berlin", "Europe", 1, {"germanynorth"}, true},
        {"Canberra", "Australia Government", 1, {"australiacentral"}, true},
        {"Canberra2", "Australia Government", 1, {"australiacentral2"}, true},
        {"Cape Town", "South Africa", 3, {"southafricawest"}, true},
        {"Chicago", "North America", 1, {"northcentralus"}, true},
        {"Chicago2", "North America", 1, {"northcentralus"}, true},
        {"Dallas", "North America", 1, {}, true},
        {"Denver", "North America", 1, {"westcentralus"}, true},
        {"Doha", "Qatar", 3, {"qatarcentral"}, true},
        {"Doha2", "Qatar", 3, {"qatarcentral"}, true},
        {"Dubai", "UAE", 3, {"uaenorth"}, true},
        {"Dubai2", "UAE", 3, {"uaenorth"}, false},
        {"Dublin", "Europe", 1, {"northeurope"}, true},
        {"Dublin2", "Europe", 1, {"northeurope"}, true},
        {"Frankfurt", "Europe", 1, {"germanywestcentral"}, true},
        {"Frankfurt2", "Europe", 1, {"germanywestcentral"}, true},
        {"Geneva", "Europe", 1, {"switzerlandwest"}, true},
        {"Hong Kong", "Asia", 2, {"eastasia"}, true},
        {"Hong Kong2", "Asia", 2, {"eastasia"}, true},
        {"Jakarta", "Asia", 2, {"indonesiacentral"}, true},
        {"Jakarta2", "Asia", 2, {"indonesiacentral"}, true},
        {"Johannesburg", "South Africa", 3, {"southafricanorth"}, true},
        {"Kuala Lumpur", "Asia", 2, {"malaysiawest"}, true},
        {"London", "Europe", 1, {"uksouth"}, true},
        {"London2", "Europe", 1, {"uksouth"}, true},
        {"Los Angeles", "North America", 1, {}, true},
        {"Madrid", "Europe", 1, {"spaincentral"}, true},
        {"Madrid2", "Europe", 1, {"spaincentral"}, true},
        {"Marseille", "Europe", 1, {"francesouth"}, false},
        {"Melbourne", "Oceania", 2, {"australiasoutheast"}, true},
        {"Miami", "North America", 1, {}, true},
        {"Milan", "Europe", 1, {"italynorth"}, true},
        {"Mumbai", "India", 2, {"westindia"}, true},
        {"Mumbai2", "India", 2, {"westindia"}, true},
        {"New York", "North America", 1, {}, true},
        {"Osaka", "Japan", 2, {"japanwest"}, true},
        {"Oslo", "Europe", 1, {"norwayeast"}, true},
        {"Paris", "Europe", 1, {"francecentral"}, true},
        {"Paris2", "Europe", 1, {"francecentral"}, true},
        {"Phoenix", "North America", 1, {"westus3"}, true},
        {"Pune", "India", 2, {"centralindia"}, true},
        {"Quebec City", "North America", 1, {"canadaeast"}, true},
        {"Queretaro (Mexico)", "North America", 4, {"mexicocentral"}, true},
        {"San Antonio", "North America", 1, {"southcentralus"}, true},
        {"Sao Paulo", "South America", 3, {"brazilsouth"}, true},
        {"Seattle", "North America", 1, {"westus2"}, true},
        {"Seoul", "South Korea", 2, {"koreacentral"}, true},
        {"Silicon Valley", "North America", 1, {"westus"}, true},
        {"Silicon Valley2", "North America", 1, {"westus"}, true},
        {"Singapore", "Asia", 2, {"southeastasia"}, true},
        {"Singapore2", "Asia", 2, {"southeastasia"}, true},
        {"Stockholm", "Europe", 1, {"swedencentral"}, true},
        {"Sydney", "Oceania", 2, {"australiaeast"}, true},
        {"Sydney2", "Oceania", 2, {"australiaeast"}, true},
        {"Taipei", "Asia", 2, {"taiwannorth"}, true},
        {"Tel Aviv", "Israel", 2, {"israelcentral"}, true},
        {"Tokyo", "Japan", 2, {"japaneast"}, true},
        {"Tokyo2", "Japan", 2, {"japaneast"}, true},
        {"Tokyo3", "Japan", 2, {"japaneast"}, true},
        {"Toronto", "North America", 1, {"canadacentral"}, true},
        {"Vienna", "Europe", 1, {}, true},
        {"Warsaw", "Europe", 1, {"polandcentral"}, true},
        {"Washington DC", "North America", 1, {"eastus", "eastus2"}, true},
        {"Washington DC2", "North America", 1, {"eastus", "eastus2"}, false},
        {"Zurich", "Europe", 1, {"switzerlandnorth"}, true},
        {"Zurich2", "Europe", 1, {"switzerlandnorth"}, true},
    };
    for (const Row &row : rows) {
        QTest::newRow(row.name) << QString(row.name) << QString(row.area) << row.zone << row.local
                                << row.direct;
    }
}

void TestCatalogue::peeringLocationsFromFacts()
{
    QFETCH(QString, name);
    QFETCH(QString, area);
    QFETCH(int, zone);
    QFETCH(QStringList, localRegions);
    QFETCH(bool, direct);

    const PeeringLocationInfo *location = cat().peeringLocation(name.toStdString());
    QVERIFY(location);
    QCOMPARE(QString::fromStdString(location->geopoliticalArea), area);
    QCOMPARE(location->pricingZone, zone);
    QStringList actual;
    for (const std::string &region : location->localRegions)
        actual << QString::fromStdString(region);
    QCOMPARE(actual, localRegions);
    QCOMPARE(location->expressRouteDirect, direct);
    QVERIFY(!location->facility.empty());
    QVERIFY(!location->metroSiteOnly);
    QVERIFY(location->unconfirmed.empty());
}

void TestCatalogue::locationsNamedOnlyInGeoLists_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("facility");
    QTest::addColumn<int>("zone");
    QTest::addColumn<QStringList>("localRegions");
    QTest::addColumn<bool>("direct");

    // §12.3 names that the §12.1 sample does not have, confirmed on 2026-12-07 against the rows of
    // LOC 04/28/2026 ("Location | Address | Zone | Local Azure regions | ER Direct").
    struct Row
    {
        const char *name;
        const char *area;
        const char *facility;
        int zone;
        QStringList local;
        bool direct;
    };
    const std::vector<Row> rows = {
        {"Copenhagen", "Europe", "Digital Realty (Interxion) CPH1", 1, {}, true},
        {"Milan2", "Europe", "DATA4", 1, {"italynorth"}, true},
        {"Munich", "Europe", "EdgeConneX", 1, {}, true},
        {"Newport(Wales)", "Europe", "Next Generation Data", 1, {"ukwest"}, true},
        {"Stavanger", "Europe", "Green Mountain DC1", 1, {"norwaywest"}, true},
        {"Las Vegas", "North America", "Switch LV", 1, {}, true},
        {"Los Angeles2", "North America", "Equinix LA1", 1, {}, true},
        {"Minneapolis", "North America", "Cologix MIN1 and MIN3", 1, {}, true},
        {"Montreal", "North America", "Cologix MTL3, MTL7", 1, {}, true},
        {"Toronto2", "North America", "Allied REIT", 1, {"canadacentral"}, true},
        {"Vancouver", "North America", "Cologix VAN1", 1, {}, true},
        {"Bangkok", "Asia", "AIS", 2, {}, true},
        {"Chennai", "India", "Tata Communications", 2, {"southindia"}, true},
        {"Chennai2", "India", "Airtel", 2, {"southindia"}, true},
        {"Tel Aviv2", "Israel", "SDS", 2, {"israelcentral"}, true},
        {"Perth", "Oceania", "NextDC P1", 2, {}, true},
        {"Busan", "South Korea", "LG CNS", 2, {"koreasouth"}, false},
        {"Seoul2", "South Korea", "KT IDC", 2, {"koreacentral"}, false},
        {"Abu Dhabi", "UAE", "Etisalat KDC", 3, {"uaecentral"}, true},
        {"Campinas", "South America", "Ascenty", 3, {"brazilsouth"}, true},
        {"Rio de Janeiro", "South America", "Equinix RJ2", 3, {"brazilsoutheast"}, true},
        {"Sao Paulo2", "South America", "TIVIT TSM", 3, {"brazilsouth"}, true},
        {"Santiago", "South America", "EdgeConnex SCL", 3, {}, true}};
    for (const Row &row : rows) {
        QTest::newRow(row.name) << QString(row.name) << QString(row.area) << QString(row.facility)
                                << row.zone << row.local << row.direct;
    }
}

void TestCatalogue::locationsNamedOnlyInGeoLists()
{
    QFETCH(QString, name);
    QFETCH(QString, area);
    QFETCH(QString, facility);
    QFETCH(int, zone);
    QFETCH(QStringList, localRegions);
    QFETCH(bool, direct);

    const PeeringLocationInfo *location = cat().peeringLocation(name.toStdString());
    QVERIFY(location);
    QCOMPARE(QString::fromStdString(location->geopoliticalArea), area);
    QVERIFY(!location->metroSiteOnly);
    QCOMPARE(QString::fromStdString(location->facility), facility);
    QCOMPARE(location->pricingZone, zone);
    QStringList actual;
    for (const std::string &region : location->localRegions)
        actual << QString::fromStdString(region);
    QCOMPARE(actual, localRegions);
    QCOMPARE(location->expressRouteDirect, direct);
    QVERIFY(!location->providers.empty());
    // Every detail confirmed, with its source and the day it was checked.
    QVERIFY(location->unconfirmed.empty());
    QVERIFY(location->source.find("LOC 04/28/2026 (confirmed 2026-12-07)") != std::string::npos);
}

// Locations LOC 04/28/2026 lists that the first catalogue did not (issue #13 refresh), with the
// row's facility, zone, Local regions and Direct.
void TestCatalogue::locationsRefreshedFromLoc_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("facility");
    QTest::addColumn<int>("zone");
    QTest::addColumn<QString>("localRegion");
    QTest::addColumn<bool>("direct");
    QTest::newRow("Atlanta2") << "Atlanta2"
                              << "Digital Realty ATL14" << 1 << "" << true;
    QTest::newRow("Dallas2") << "Dallas2"
                             << "Digital Realty DFW10" << 1 << "" << true;
    QTest::newRow("Phoenix2") << "Phoenix2"
                              << "PhoenixNAP" << 1 << "westus3" << true;
    QTest::newRow("Taipei2") << "Taipei2"
                             << "Chunghwa Telecom" << 2 << "taiwannorth" << true;
    QTest::newRow("Portland") << "Portland"
                              << "EdgeConnex POR01" << 1 << "westus2" << true;
    QTest::newRow("Kuala Lumpur2") << "Kuala Lumpur2"
                                   << "Telekom Malaysia Bhd" << 2 << "malaysiawest" << true;
    QTest::newRow("Brussels2") << "Brussels2"
                               << "LCL Brussels-North" << 1 << "" << true;
    QTest::newRow("Quincy") << "Quincy"
                            << "Sabey Datacenter - Building A" << 1 << "westus2" << true;
}

void TestCatalogue::locationsRefreshedFromLoc()
{
    QFETCH(QString, name);
    QFETCH(QString, facility);
    QFETCH(int, zone);
    QFETCH(QString, localRegion);
    QFETCH(bool, direct);
    const PeeringLocationInfo *location = cat().peeringLocation(name.toStdString());
    QVERIFY(location);
    QVERIFY(!location->metroSiteOnly);
    QCOMPARE(QString::fromStdString(location->facility), facility);
    QCOMPARE(location->pricingZone, zone);
    QCOMPARE(location->localRegions,
             localRegion.isEmpty() ? Strings{} : Strings{localRegion.toStdString()});
    QCOMPARE(location->expressRouteDirect, direct);
    QVERIFY(location->unconfirmed.empty() || !location->isConfirmed("geopoliticalArea"));
    QVERIFY(location->source.find("LOC 04/28/2026") != std::string::npos);
    // New York2 is not in that copy of the page: not invented.
    QVERIFY(!cat().peeringLocation("New York2"));
}

void TestCatalogue::chileCentral()
{
    const AzureRegionInfo *region = cat().region("chilecentral");
    QVERIFY(region);
    QCOMPARE(region->displayName, std::string("Chile Central"));
    QCOMPARE(region->availabilityZones, std::optional<bool>(true));
    QVERIFY(region->source.find("AZREG") != std::string::npos);
}

void TestCatalogue::londonAndLondon2AreDistinct()
{
    const PeeringLocationInfo *london = cat().peeringLocation("London");
    const PeeringLocationInfo *london2 = cat().peeringLocation("London2");
    QVERIFY(london);
    QVERIFY(london2);
    QVERIFY(london != london2);
    QCOMPARE(london->geopoliticalArea, std::string("Europe"));
    QCOMPARE(london2->geopoliticalArea, std::string("Europe"));
    QCOMPARE(london->metro, london2->metro);
    QVERIFY(london->facility != london2->facility);
    QCOMPARE(london->localRegions, Strings{"uksouth"});
    QVERIFY(london->globalReach);
}

void TestCatalogue::numberedLocationsHaveTheirFirstSite()
{
    // "City2" / "Tokyo3": a location of its own, beside "City", in the same metro (R12.4).
    int numbered = 0;
    for (const PeeringLocationInfo &location : cat().peeringLocations()) {
        const std::string &name = location.name;
        if (!std::isdigit(static_cast<unsigned char>(name.back())))
            continue;
        ++numbered;
        const PeeringLocationInfo *first = cat().peeringLocation(name.substr(0, name.size() - 1));
        QVERIFY2(first, name.c_str());
        QVERIFY(first != &location);
        QCOMPARE(first->metro, location.metro);
        QCOMPARE(first->geopoliticalArea, location.geopoliticalArea);
    }
    QVERIFY(numbered >= 25);
}

void TestCatalogue::everyLocalRegionExists()
{
    for (const PeeringLocationInfo &location : cat().peeringLocations()) {
        for (const std::string &name : location.localRegions) {
            const AzureRegionInfo *region = cat().region(name);
            QVERIFY2(region, (location.name + ": " + name).c_str());
            QCOMPARE(region->name, name);
            QCOMPARE(region->geopoliticalArea, location.geopoliticalArea);
        }
    }
    QVERIFY(cat().peeringLocation("New York")->localRegions.empty()); // ✗ in LOC: no Local
    QVERIFY(cat().peeringLocation("Atlanta")->localRegions.empty());
}

void TestCatalogue::amsterdamMetro()
{
    const MetroLocationInfo *metro = cat().metroLocation("Amsterdam Metro");
    QVERIFY(metro);
    QCOMPARE(metro->locations, (Strings{"Amsterdam", "Amsterdam2"}));
    for (const std::string &site : metro->locations)
        QVERIFY(cat().peeringLocation(site));
    QCOMPARE(metro->geopoliticalArea, std::string("Europe"));
    QCOMPARE(metro->localRegions, Strings{"westeurope"});
    QVERIFY(metro->expressRouteDirect);
    QVERIFY(!cat().peeringLocation("Amsterdam Metro"));
    QVERIFY(!cat().metroLocation("Amsterdam"));
}

void TestCatalogue::everyMetroSiteResolves()
{
    // §12.2 lists 28 metros.
    QCOMPARE(cat().metroLocations().size(), std::size_t(28));
    for (const char *name :
         {"Atlanta Metro", "Brussels Metro", "Copenhagen Metro", "Dallas Metro",
          "Johannesburg Metro", "New York Metro", "Phoenix Metro", "Stockholm Metro",
          "Taipei Metro", "Vienna Metro", "Washington DC Metro", "Zurich Metro"}) {
        QVERIFY2(cat().metroLocation(name), name);
    }
    for (const MetroLocationInfo &metro : cat().metroLocations()) {
        QCOMPARE(metro.locations.size(), std::size_t(2));
        QVERIFY(metro.locations[0] != metro.locations[1]);
        QVERIFY(metro.name.ends_with(" Metro"));
        for (const std::string &site : metro.locations) {
            const PeeringLocationInfo *location = cat().peeringLocation(site);
            QVERIFY2(location, (metro.name + ": " + site).c_str());
            QCOMPARE(location->geopoliticalArea, metro.geopoliticalArea);
            QVERIFY2(metro.name.starts_with(location->metro), site.c_str());
        }
        for (const std::string &region : metro.localRegions)
            QVERIFY(cat().region(region));
    }
}

void TestCatalogue::everyMetroSiteOnlyLocationBelongsToAMetro()
{
    std::set<std::string> sites;
    for (const MetroLocationInfo &metro : cat().metroLocations())
        sites.insert(metro.locations.begin(), metro.locations.end());
    int siteOnly = 0;
    for (const PeeringLocationInfo &location : cat().peeringLocations()) {
        if (!location.metroSiteOnly)
            continue;
        ++siteOnly;
        QVERIFY2(sites.count(location.name), location.name.c_str());
        QVERIFY(!location.facility.empty());
    }
    QVERIFY(siteOnly > 0);
    const PeeringLocationInfo *atl14 = cat().peeringLocation("Atlanta (Digital Realty ATL14)");
    QVERIFY(atl14);
    QVERIFY(atl14->metroSiteOnly);
}

void TestCatalogue::globalReachByCountry_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("offered");

    // §6.1 (GR 01/31/2025): supported countries; South Africa for Johannesburg only.
    QTest::newRow("London") << "London" << true;
    QTest::newRow("Amsterdam2") << "Amsterdam2" << true;
    QTest::newRow("Johannesburg") << "Johannesburg" << true;
    QTest::newRow("Cape Town") << "Cape Town" << false;
    QTest::newRow("Taipei") << "Taipei" << true;
    QTest::newRow("Seoul") << "Seoul" << true;
    QTest::newRow("Madrid") << "Madrid" << false;
    QTest::newRow("Milan") << "Milan" << false;
    QTest::newRow("Dubai") << "Dubai" << false;
    QTest::newRow("Sao Paulo") << "Sao Paulo" << false;
    QTest::newRow("Queretaro") << "Queretaro (Mexico)" << false;
}

void TestCatalogue::globalReachByCountry()
{
    QFETCH(QString, name);
    QFETCH(bool, offered);
    const PeeringLocationInfo *location = cat().peeringLocation(name.toStdString());
    QVERIFY(location);
    QCOMPARE(location->globalReach, offered);
}

// Every catalogue entry names the facts it rests on (issue #13): an entry without a source is a
// figure nobody can check.
void TestCatalogue::everyEntryCitesItsSource()
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const auto check = [](const auto &entries, const char *what) {
        QVERIFY(!entries.empty());
        for (const auto &entry : entries) {
            QVERIFY2(!entry.source.empty(),
                     qPrintable(QStringLiteral("%1 %2 has no source")
                                    .arg(QLatin1String(what), QString::fromStdString(entry.name))));
        }
    };
    check(catalogue.regions(), "region");
    check(catalogue.peeringLocations(), "peering location");
    check(catalogue.metroLocations(), "metro location");
    check(catalogue.expressRouteGatewaySkus(), "ExpressRoute gateway SKU");
    check(catalogue.vpnSkus(), "VPN SKU");
    check(catalogue.services(), "service");
}

void TestCatalogue::providers()
{
    const std::vector<std::string> providers = cat().providers();
    QVERIFY(std::is_sorted(providers.begin(), providers.end()));
    QVERIFY(std::adjacent_find(providers.begin(), providers.end()) == providers.end());
    for (const char *name : {"Equinix", "Megaport", "AT&T NetBond", "Colt", "Spark NZ"})
        QVERIFY2(std::count(providers.begin(), providers.end(), name) == 1, name);
}

void TestCatalogue::circuitBandwidths()
{
    using Mbps = std::vector<std::int64_t>;
    QCOMPARE(cat().providerCircuitBandwidthsMbps(),
             (Mbps{50, 100, 200, 500, 1000, 2000, 5000, 10000}));
    QCOMPARE(cat().directPortSizesGbps(), (std::vector<double>{10, 100, 400}));
    QCOMPARE(cat().directCircuitBandwidthsMbps(10), (Mbps{1000, 2000, 5000, 10000}));
    QCOMPARE(cat().directCircuitBandwidthsMbps(100), (Mbps{5000, 10000, 40000, 100000}));
    QCOMPARE(cat().directCircuitBandwidthsMbps(400),
             (Mbps{5000, 10000, 40000, 100000, 200000, 400000}));
    QVERIFY(cat().directCircuitBandwidthsMbps(40).empty());
}

void TestCatalogue::vnetLinks_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<qint64>("mbps");
    QTest::addColumn<int>("links");

    // §2.4 [LIMITS].
    const std::vector<std::tuple<qint64, int, int>> table = {{50, 10, 20},     {100, 10, 25},
                                                             {200, 10, 25},    {500, 10, 40},
                                                             {1000, 10, 50},   {2000, 10, 60},
                                                             {5000, 10, 75},   {10000, 10, 100},
                                                             {40000, 10, 100}, {100000, 10, 100}};
    for (const auto &[mbps, standard, premium] : table) {
        const QByteArray size = QByteArray::number(mbps) + " Mbps";
        QTest::newRow("Standard " + size) << "Standard" << mbps << standard;
        QTest::newRow("Local " + size) << "Local" << mbps << standard;
        QTest::newRow("Premium " + size) << "Premium" << mbps << premium;
    }
    QTest::newRow("between rows") << "Premium" << qint64(300) << 40;
    QTest::newRow("unknown tier") << "Gold" << qint64(1000) << 0;
    QTest::newRow("no bandwidth") << "Standard" << qint64(0) << 0;
    QTest::newRow("beyond every row") << "Premium" << qint64(800000) << 0;
}

void TestCatalogue::vnetLinks()
{
    QFETCH(QString, tier);
    QFETCH(qint64, mbps);
    QFETCH(int, links);
    QCOMPARE(cat().maxVnetLinks(tier.toStdString(), mbps), links);
}

void TestCatalogue::routeLimits()
{
    QCOMPARE(cat().maxPrivatePeeringPrefixes("Local"), 4000);
    QCOMPARE(cat().maxPrivatePeeringPrefixes("Standard"), 4000);
    QCOMPARE(cat().maxPrivatePeeringPrefixes("Premium"), 10000);
    QCOMPARE(cat().maxPrivatePeeringPrefixes("premium"), 0);
    QCOMPARE(cat().maxMicrosoftPeeringPrefixes(), 200);
    QCOMPARE(cat().maxPrivatePeeringIPv6Prefixes(), 100);
    QCOMPARE(cat().maxMicrosoftPeeringIPv6Prefixes(), 200);
    // The gateway's own budgets [LIMITS; FAQ] (facts §2.5, §4.2).
    QCOMPARE(cat().maxGatewayAdvertisedIPv4Routes(), 1000);
    QCOMPARE(cat().maxGatewayAdvertisedIPv6Routes(), 100);
    QCOMPARE(cat().maxGatewayTotalRoutes(), 11000);
    // FastPath IP limits [FP]: per provider circuit, and per ExpressRoute Direct port size; no
    // figure for 400 Gbps ports on the FastPath page.
    QCOMPARE(cat().providerFastPathIpLimit(), 25000);
    QCOMPARE(cat().directFastPathIpLimit(10), 100000);
    QCOMPARE(cat().directFastPathIpLimit(100), 200000);
    QCOMPARE(cat().directFastPathIpLimit(400), 0);
    // 200/400 Gbps link limits are not in the facts: marked.
    const std::vector<VnetLinkLimit> &limits = cat().vnetLinkLimits();
    QVERIFY(!limits.empty());
    QVERIFY(!limits.back().confirmed);
    QVERIFY(std::find_if(limits.begin(), limits.end(), [](const VnetLinkLimit &limit) {
                return limit.bandwidthMbps == 100000;
            })->confirmed);
}

void TestCatalogue::expressRouteGateways_data()
{
    QTest::addColumn<QString>("sku");
    QTest::addColumn<int>("circuits");
    QTest::addColumn<int>("mbps");
    QTest::addColumn<bool>("fastPath");
    QTest::addColumn<bool>("zoneRedundant");
    QTest::addColumn<double>("availability");

    // §4.2 [GW; LIMITS]; availability from docs/spec/analysis-model.md.
    QTest::newRow("Standard") << "Standard" << 4 << 1000 << false << false << 99.95;
    QTest::newRow("HighPerformance") << "HighPerformance" << 8 << 2000 << false << false << 99.95;
    QTest::newRow("UltraPerformance")
        << "UltraPerformance" << 16 << 10000 << true << false << 99.95;
    QTest::newRow("ErGw1AZ") << "ErGw1AZ" << 4 << 1000 << false << true << 99.99;
    QTest::newRow("ErGw2AZ") << "ErGw2AZ" << 8 << 2000 << false << true << 99.99;
    QTest::newRow("ErGw3AZ") << "ErGw3AZ" << 16 << 10000 << true << true << 99.99;
    QTest::newRow("ErGwScale") << "ErGwScale" << 16 << 1000 << true << true << 99.99;
}

void TestCatalogue::expressRouteGateways()
{
    QFETCH(QString, sku);
    QFETCH(int, circuits);
    QFETCH(int, mbps);
    QFETCH(bool, fastPath);
    QFETCH(bool, zoneRedundant);
    QFETCH(double, availability);

    const GatewaySkuInfo *info = cat().expressRouteGatewaySku(sku.toStdString());
    QVERIFY(info);
    QCOMPARE(info->maxCircuits, circuits);
    QCOMPARE(info->maxCircuitsPerLocation, 4);
    QCOMPARE(info->throughputMbps, mbps);
    QCOMPARE(info->fastPath, fastPath);
    QCOMPARE(info->zoneRedundant, zoneRedundant);
    QCOMPARE(info->defaultAvailabilityPercent, availability);
    QCOMPARE(info->scalable, sku == "ErGwScale");
    // Routes learned: 4,000 for the 1 Gbps SKUs, 9,500 for the others [LIMITS] (facts §4.2).
    QCOMPARE(info->maxLearnedRoutes, mbps == 1000 && sku != "ErGwScale" ? 4000 : 9500);
    QVERIFY(!info->source.empty());
}

void TestCatalogue::scalableGateway()
{
    const GatewaySkuInfo *scale = cat().expressRouteGatewaySku("ErGwScale");
    QVERIFY(scale);
    QCOMPARE(scale->minScaleUnits, 1);
    QCOMPARE(scale->maxScaleUnits, 40);
    QCOMPARE(scale->fastPathMinScaleUnits, 10);
    QCOMPARE(scale->autoscaleMinScaleUnits, 2);
    QCOMPARE(scale->maxCircuitsAt(1), 4);
    QCOMPARE(scale->maxCircuitsAt(2), 8);
    QCOMPARE(scale->maxCircuitsAt(9), 8);
    QCOMPARE(scale->maxCircuitsAt(10), 16);
    QCOMPARE(scale->maxCircuitsAt(40), 16);
    QCOMPARE(scale->maxCircuitsAt(0), 0);
    QCOMPARE(cat().expressRouteGatewaySku("ErGw2AZ")->maxCircuitsAt(1), 8);
    QCOMPARE(cat().expressRouteGatewaySkus().size(), std::size_t(7));
    QVERIFY(!cat().expressRouteGatewaySku("ErGw4AZ"));
}

// Resiliency Insights zone-redundancy points [RINS; facts §5.5].
void TestCatalogue::resiliencyIndexZonePoints()
{
    const auto points = [&](const char *sku) {
        return cat().expressRouteGatewaySku(sku)->resiliencyIndexZonePoints;
    };
    QCOMPARE(points("Standard"), 0);
    QCOMPARE(points("HighPerformance"), 0);
    QCOMPARE(points("UltraPerformance"), 2);
    QCOMPARE(points("ErGw1AZ"), 10);
    QCOMPARE(points("ErGw3AZ"), 10);
    QCOMPARE(points("ErGwScale"), 10);
    const GatewaySkuInfo *scale = cat().expressRouteGatewaySku("ErGwScale");
    QCOMPARE(scale->resiliencyIndexSmallScaleUnits, 2);
    QCOMPARE(scale->resiliencyIndexSmallPoints, 8);
}

void TestCatalogue::vpnSkus_data()
{
    QTest::addColumn<QString>("sku");
    QTest::addColumn<int>("tunnels");
    QTest::addColumn<int>("mbps");
    QTest::addColumn<bool>("bgp");
    QTest::addColumn<bool>("zoneRedundant");
    QTest::addColumn<bool>("retiring");
    QTest::addColumn<double>("availability");

    // §10.1 [VPNLIM; VPNTBL; VPNCONS]; availability from docs/spec/analysis-model.md.
    QTest::newRow("Basic") << "Basic" << 10 << 100 << false << false << false << 99.9;
    QTest::newRow("VpnGw1") << "VpnGw1" << 30 << 650 << true << false << true << 99.95;
    QTest::newRow("VpnGw1AZ") << "VpnGw1AZ" << 30 << 650 << true << true << false << 99.99;
    QTest::newRow("VpnGw2AZ") << "VpnGw2AZ" << 30 << 1250 << true << true << false << 99.99;
    QTest::newRow("VpnGw3") << "VpnGw3" << 30 << 2500 << true << false << true << 99.95;
    QTest::newRow("VpnGw4") << "VpnGw4" << 100 << 5000 << true << false << true << 99.95;
    QTest::newRow("VpnGw4AZ") << "VpnGw4AZ" << 100 << 5000 << true << true << false << 99.99;
    QTest::newRow("VpnGw5AZ") << "VpnGw5AZ" << 100 << 10000 << true << true << false << 99.99;
}

void TestCatalogue::vpnSkus()
{
    QFETCH(QString, sku);
    QFETCH(int, tunnels);
    QFETCH(int, mbps);
    QFETCH(bool, bgp);
    QFETCH(bool, zoneRedundant);
    QFETCH(bool, retiring);
    QFETCH(double, availability);

    const VpnSkuInfo *info = cat().vpnSku(sku.toStdString());
    QVERIFY(info);
    QCOMPARE(info->maxSiteToSiteTunnels, tunnels);
    QCOMPARE(info->aggregateThroughputMbps, mbps);
    QCOMPARE(info->bgp, bgp);
    QCOMPARE(info->zoneRedundant, zoneRedundant);
    QCOMPARE(info->retiring, retiring);
    QCOMPARE(info->basic, sku == "Basic");
    QCOMPARE(info->defaultAvailabilityPercent, availability);
    QCOMPARE(cat().vpnSkus().size(), std::size_t(11));
}

void TestCatalogue::serviceByCommunity_data()
{
    QTest::addColumn<QString>("community");
    QTest::addColumn<QString>("service"); // empty: none

    // §3.7 [ROUTE 03/12/2026].
    QTest::newRow("Exchange") << "12076:5010"
                              << "ExchangeOnline";
    QTest::newRow("SharePoint") << "12076:5020"
                                << "SharePointOnline";
    QTest::newRow("Skype/Teams") << "12076:5030"
                                 << "Teams";
    QTest::newRow("CRM Online") << "12076:5040"
                                << "Dynamics365";
    QTest::newRow("Azure Global Services") << "12076:5050"
                                           << "AzureDevOps";
    QTest::newRow("Entra ID") << "12076:5060"
                              << "EntraID";
    QTest::newRow("Other Office 365") << "12076:5100"
                                      << "Office365Other";
    QTest::newRow("UK South, Microsoft peering") << "12076:51024"
                                                 << "AzurePaaS";
    QTest::newRow("East US, Storage") << "12076:52004"
                                      << "AzurePaaS";
    QTest::newRow("UK South, private peering") << "12076:50024"
                                               << "";
    QTest::newRow("unknown") << "12076:5999"
                             << "";
    QTest::newRow("not a community") << "Exchange"
                                     << "";
}

void TestCatalogue::serviceByCommunity()
{
    QFETCH(QString, community);
    QFETCH(QString, service);

    const ServiceInfo *info = cat().serviceByCommunity(community.toStdString());
    if (service.isEmpty()) {
        QVERIFY(!info);
        return;
    }
    QVERIFY(info);
    QCOMPARE(QString::fromStdString(info->name), service);
}

void TestCatalogue::serviceFlags()
{
    // Every service name of docs/spec/topology-format.md resolves.
    for (const char *name :
         {"ExchangeOnline", "SharePointOnline", "Teams", "Dynamics365", "EntraID", "AzurePaaS",
          "AzureDevOps", "PowerBI", "AzureCDN", "AzureFrontDoor", "Intune"}) {
        QVERIFY2(cat().service(name), name);
    }
    std::set<std::string> microsoft365, internetOnly, regional;
    for (const ServiceInfo &service : cat().services()) {
        if (service.microsoft365)
            microsoft365.insert(service.name);
        if (service.internetOnly) {
            internetOnly.insert(service.name);
            QVERIFY(service.communities.empty());
        }
        if (service.regionalCommunities)
            regional.insert(service.name);
        QVERIFY(!service.source.empty());
    }
    QCOMPARE(microsoft365, (std::set<std::string>{"ExchangeOnline", "SharePointOnline", "Teams",
                                                  "Office365Other"}));
    QCOMPARE(internetOnly, (std::set<std::string>{"AzureCDN", "AzureFrontDoor", "Intune"}));
    QCOMPARE(regional, (std::set<std::string>{"AzurePaaS", "Dynamics365", "PowerBI"}));
    QVERIFY(!cat().service("Exchange Online"));
}

void TestCatalogue::regionByCommunity()
{
    QCOMPARE(cat().region("uksouth")->microsoftPeeringCommunity, std::string("12076:51024"));
    QCOMPARE(cat().regionByCommunity("12076:51024"), cat().region("uksouth"));
    QCOMPARE(cat().regionByCommunity("12076:50004"), cat().region("eastus"));
    QCOMPARE(cat().regionByCommunity("12076:55059"), cat().region("newzealandnorth"));
    QVERIFY(!cat().regionByCommunity("12076:5010"));
    QVERIFY(!cat().regionByCommunity("12076:56024"));
}

void TestCatalogue::asns_data()
{
    QTest::addColumn<qint64>("asn");
    QTest::addColumn<bool>("azureReserved");
    QTest::addColumn<bool>("otherReserved");
    QTest::addColumn<bool>("isPrivate");

    // §2.7, §3.4 [ROUTE; CFGPEER; VPNBGP]; private ranges RFC 6996.
    QTest::newRow("0") << qint64(0) << false << true << false;
    QTest::newRow("1") << qint64(1) << false << false << false;
    QTest::newRow("8074") << qint64(8074) << false << true << false;
    QTest::newRow("8075") << qint64(8075) << false << true << false;
    QTest::newRow("8076") << qint64(8076) << false << false << false;
    QTest::newRow("12076") << qint64(12076) << false << true << false;
    QTest::newRow("23456") << qint64(23456) << false << true << false;
    QTest::newRow("64495") << qint64(64495) << false << false << false;
    QTest::newRow("64496") << qint64(64496) << false << true << false;
    QTest::newRow("64511") << qint64(64511) << false << true << false;
    QTest::newRow("64512") << qint64(64512) << false << false << true;
    QTest::newRow("65514") << qint64(65514) << false << false << true;
    QTest::newRow("65515") << qint64(65515) << true << false << true;
    QTest::newRow("65517") << qint64(65517) << true << false << true;
    QTest::newRow("65520") << qint64(65520) << true << false << true;
    QTest::newRow("65521") << qint64(65521) << false << false << true;
    QTest::newRow("65534") << qint64(65534) << false << false << true;
    QTest::newRow("65535") << qint64(65535) << false << true << false;
    QTest::newRow("65551") << qint64(65551) << false << true << false;
    QTest::newRow("65552") << qint64(65552) << false << false << false;
    QTest::newRow("4199999999") << qint64(4199999999) << false << false << false;
    QTest::newRow("4200000000") << qint64(4200000000) << false << false << true;
    QTest::newRow("4294967294") << qint64(4294967294) << false << false << true;
    QTest::newRow("4294967295") << qint64(4294967295) << false << true << false;
}

void TestCatalogue::asns()
{
    QFETCH(qint64, asn);
    QFETCH(bool, azureReserved);
    QFETCH(bool, otherReserved);
    QFETCH(bool, isPrivate);
    QCOMPARE(cat().isAzureReservedAsn(asn), azureReserved);
    QCOMPARE(cat().isOtherReservedAsn(asn), otherReserved);
    QCOMPARE(cat().isPrivateAsn(asn), isPrivate);
}

void TestCatalogue::smallDocuments()
{
    const Catalogue small = Catalogue::fromJsonDocuments(
        {{"regions.json", smallRegions}, {"peering-locations.json", smallLocations}});
    QCOMPARE(small.factsAsOf(), std::string("2026-03-04")); // the newest document's date
    QCOMPARE(small.regions().size(), std::size_t(1));
    QVERIFY(small.region("UK South"));
    const PeeringLocationInfo *london = small.peeringLocation("London");
    QVERIFY(london);
    QCOMPARE(london->localRegions, Strings{"uksouth"});
    QCOMPARE(london->coordinates.lon, -0.6);
    QCOMPARE(small.providers(), Strings{"Equinix"});
    QVERIFY(small.metroLocations().empty());
    QCOMPARE(small.maxVnetLinks("Standard", 1000), 0);
    QVERIFY(!small.isAzureReservedAsn(65515));

    const Catalogue empty = Catalogue::fromJsonDocuments({});
    QVERIFY(empty.regions().empty());
    QVERIFY(!empty.peeringLocation("London"));
}

void TestCatalogue::malformedDocuments_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // the error names the file and this place

    const QString regions = QString::fromUtf8(smallRegions);
    const QString locations = QString::fromUtf8(smallLocations);
    const auto row = [](const char *tag, const char *file, const QString &text,
                        const char *message) {
        QTest::newRow(tag) << QString(file) << text << QString(message);
    };
    row("not JSON", "regions.json", "{\"source\": [", "regions.json: not valid JSON");
    row("not an object", "regions.json", "[]", "regions.json: top level: expected an object");
    row("no source", "regions.json", QString(regions).replace("\"source\": [\"TEST\"], ", ""),
        "regions.json: top level: \"source\" is missing");
    row("bad date", "regions.json", QString(regions).replace("2026-01-02", "soon"),
        "regions.json: factsAsOf: expected a date");
    row("latitude as text", "regions.json", QString(regions).replace("51.51", "\"51.51\""),
        "regions.json: regions[0].coordinates.lat: expected a number");
    row("latitude out of range", "regions.json", QString(regions).replace("51.51", "151.51"),
        "regions.json: regions[0].coordinates.lat: outside -90..90");
    row("no display name", "regions.json",
        QString(regions).replace("\"displayName\"", "\"display\""),
        "regions.json: regions[0]: \"displayName\" is missing");
    row("bad community", "regions.json", QString(regions).replace("12076:51024", "12076:5024"),
        "regions.json: regions[0].microsoftPeeringCommunity: expected \"12076:51nnn\"");
    row("unknown local region", "peering-locations.json",
        QString(locations).replace("[\"uksouth\"]", "[\"uksouht\"]"),
        "peering-locations.json: peeringLocations[0].localRegions[0]: unknown region");
    row("local region in another area", "peering-locations.json",
        QString(locations).replace("\"Europe\"", "\"Asia\""),
        "peeringLocations[0].localRegions[0]: region \"uksouth\" is in Europe, not Asia");
    row("zone out of range", "peering-locations.json",
        QString(locations).replace("\"pricingZone\": 1", "\"pricingZone\": 7"),
        "peering-locations.json: peeringLocations[0].pricingZone: outside 0..4");
    row("direct as text", "peering-locations.json",
        QString(locations).replace("\"expressRouteDirect\": true", "\"expressRouteDirect\": 1"),
        "peeringLocations[0].expressRouteDirect: expected true or false");
    row("duplicate name", "peering-locations.json",
        QString(locations)
            .replace("}]}", "}, " + locations.mid(locations.indexOf("{\"name\"")))
            .replace("}]}]}", "}]}"),
        "peering-locations.json: peeringLocations[1].name: duplicate name \"London\"");
    row("unknown file", "region.json", regions, "region.json: not a catalogue file");
}

void TestCatalogue::malformedDocuments()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QString, message);

    std::map<std::string, std::string> documents = {{"regions.json", smallRegions}};
    documents[file.toStdString()] = text.toStdString();
    try {
        Catalogue::fromJsonDocuments(documents);
        QFAIL("no exception");
    } catch (const std::runtime_error &error) {
        const QString what = QString::fromUtf8(error.what());
        QVERIFY2(what.contains(message), qPrintable(what));
        QVERIFY2(what.contains(file), qPrintable(what));
    }
}

QTEST_GUILESS_MAIN(TestCatalogue)

#include "tst_catalogue.moc"
