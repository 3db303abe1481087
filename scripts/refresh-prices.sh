#!/usr/bin/env bash
# Refresh the price list (resources/catalogue/prices.json) from Microsoft's Azure Retail Prices API.
#
# Online (a connected machine, curl + python3): pages through
#   https://prices.azure.com/api/retail/prices?currencyCode='USD'&$filter=serviceName eq '<service>'
# for the services ExpressRoute, VPN Gateway and Virtual WAN, following NextPageLink, and writes the
# items it can map (docs/spec/price-list.md, "Mapping Retail Prices API items") in the program's format.
# Offline (--from-file): converts saved API responses the same way. The program itself never goes online.
#
# Usage:
#   scripts/refresh-prices.sh [--output FILE|-] [--currency USD] [--as-of YYYY-MM-DD] [--keep-pages DIR]
#                             [--api-url URL]   (another endpoint of the same API, e.g. a mirror or a test server)
#   scripts/refresh-prices.sh --from-file SAVED.json [--from-file MORE.json ...] [--output FILE|-] [--as-of YYYY-MM-DD]
#
# The output is written atomically (a temporary file in the same folder, then renamed); "-" writes to
# standard output. Meters the mapping does not know are listed on standard error, never guessed.
# Exit status: 0 written, 1 usage error, 2 a response could not be read or holds an invalid price,
# 3 the API could not be reached.
set -euo pipefail

api_url="https://prices.azure.com/api/retail/prices"
readonly services=("ExpressRoute" "VPN Gateway" "Virtual WAN")
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly script_dir

output="${script_dir}/../resources/catalogue/prices.json"
currency="USD"
as_of=""
keep_pages=""
from_files=()

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//'
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --from-file)
      [[ $# -ge 2 ]] || { echo "refresh-prices: --from-file needs a file" >&2; exit 1; }
      from_files+=("$2")
      shift 2
      ;;
    --output | -o)
      [[ $# -ge 2 ]] || { echo "refresh-prices: --output needs a path" >&2; exit 1; }
      output="$2"
      shift 2
      ;;
    --currency)
      [[ $# -ge 2 ]] || { echo "refresh-prices: --currency needs a code" >&2; exit 1; }
      currency="$2"
      shift 2
      ;;
    --as-of)
      [[ $# -ge 2 ]] || { echo "refresh-prices: --as-of needs a date" >&2; exit 1; }
      as_of="$2"
      shift 2
      ;;
    --api-url)
      [[ $# -ge 2 ]] || { echo "refresh-prices: --api-url needs a URL" >&2; exit 1; }
      api_url="$2"
      shift 2
      ;;
    --keep-pages)
      [[ $# -ge 2 ]] || { echo "refresh-prices: --keep-pages needs a folder" >&2; exit 1; }
      keep_pages="$2"
      shift 2
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      echo "refresh-prices: unknown argument '$1' (see --help)" >&2
      exit 1
      ;;
  esac
done

if [[ ! "$currency" =~ ^[A-Z]{3}$ ]]; then
  echo "refresh-prices: --currency must be a three-letter code such as USD" >&2
  exit 1
fi
if [[ -n "$as_of" && ! "$as_of" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]]; then
  echo "refresh-prices: --as-of must be YYYY-MM-DD" >&2
  exit 1
fi
command -v python3 >/dev/null || { echo "refresh-prices: python3 is required" >&2; exit 1; }

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT

# Fetches every page of one service into $work_dir, following NextPageLink.
fetch_service() {
  local service="$1" index="$2"
  local url page=0 file next
  command -v curl >/dev/null || { echo "refresh-prices: curl is required online" >&2; exit 1; }
  url="$(API_URL="$api_url" CURRENCY="$currency" SERVICE="$service" python3 -c '
import os, urllib.parse
query = {"api-version": "2023-01-01-preview", "currencyCode": "\x27%s\x27" % os.environ["CURRENCY"],
         "meterRegion": "\x27primary\x27", chr(36) + "filter": "serviceName eq \x27%s\x27" % os.environ["SERVICE"]}
print(os.environ["API_URL"] + "?" + urllib.parse.urlencode(query, quote_via=urllib.parse.quote))')"
  while [[ -n "$url" ]]; do
    file="${work_dir}/service${index}-page${page}.json"
    if ! curl --fail --silent --show-error --retry 3 --max-time 120 -o "$file" "$url"; then
      echo "refresh-prices: could not fetch ${url}" >&2
      exit 3
    fi
    next="$(python3 -c 'import json, sys
link = json.load(open(sys.argv[1])).get("NextPageLink")
print(link or "")' "$file")"
    url="$next"
    page=$((page + 1))
  done
  echo "refresh-prices: ${service}: ${page} page(s)" >&2
}

mode="file"
source_label=""
if [[ ${#from_files[@]} -eq 0 ]]; then
  mode="api"
  fetched_on="$(date -u +%Y-%m-%d)"
  source_label="${api_url} (currencyCode ${currency}, services ExpressRoute, VPN Gateway, Virtual WAN; fetched ${fetched_on})"
  [[ -n "$as_of" ]] || as_of="$fetched_on"
  index=0
  for service in "${services[@]}"; do
    fetch_service "$service" "$index"
    index=$((index + 1))
  done
  from_files=("$work_dir"/service*-page*.json)
  if [[ -n "$keep_pages" ]]; then
    mkdir -p "$keep_pages"
    cp "${from_files[@]}" "$keep_pages"/
  fi
fi

python3 - "$mode" "$output" "$currency" "$as_of" "$source_label" "${from_files[@]}" <<'PY'
"""Maps Retail Prices API items to expressroute-designer-prices items (docs/spec/price-list.md)."""
import json
import math
import os
import re
import sys
import tempfile

mode, output, currency, as_of, source_label = sys.argv[1:6]
inputs = sys.argv[6:]

MAPPED_SERVICES = ("ExpressRoute", "VPN Gateway", "Virtual WAN")
CIRCUIT = re.compile(r"^(Standard|Premium) (Metered|Unlimited) Data (\d+) (Mbps|Gbps) Circuit$")
LOCAL_CIRCUIT = re.compile(r"^Local (\d+) (Mbps|Gbps) Circuit$")
ZONE = re.compile(r"^Zone ([1-4])$")
ER_AZ_GATEWAY = re.compile(r"^ErGw([123])A[Zz] Gateway$")
ER_LEGACY_GATEWAY = {
    "Standard Gateway": "Standard",
    "High Performance Gateway": "HighPerformance",
    "Ultra High Performance Gateway": "UltraPerformance",
    "Ultra Performance Gateway": "UltraPerformance",
}
VPN_GATEWAY = re.compile(r"^VpnGw[1-5](AZ)?$")
METER_ORDER = ["circuit", "egress", "erGateway", "erGwScaleUnit", "vpnGateway", "vpnTunnel", "vpnEgress",
               "directPortPair", "directPremiumAddOn", "globalReachAddOn", "globalReachTransfer",
               "vwanErScaleUnit", "vwanErConnectionUnit"]
TIER_ORDER = {"Local": 0, "Standard": 1, "Premium": 2}


def fail(message):
    print(f"refresh-prices: {message}", file=sys.stderr)
    sys.exit(2)


def bandwidth_mbps(number, unit):
    return int(number) * (1000 if unit == "Gbps" else 1)


def zone_of(item):
    for field in ("armRegionName", "location"):
        match = ZONE.match(str(item.get(field) or ""))
        if match:
            return int(match.group(1))
    return None


def region_of(item):
    region = item.get("armRegionName")
    if not isinstance(region, str) or not region or region.startswith(("Zone ", "US Gov", "Global")):
        return None
    return region


def place(item, key):
    """Adds the zone or region of a regional meter to the key; None when the item has neither."""
    zone, region = zone_of(item), region_of(item)
    if zone is not None:
        key["zone"] = zone
    elif region is not None:
        key["region"] = region
    else:
        return None
    return key


def map_item(item):
    """Returns (key fields, expected unit) for a mappable item, or None."""
    service, product = item.get("serviceName"), item.get("productName")
    meter, sku = item.get("meterName") or "", item.get("skuName") or ""
    if service == "ExpressRoute":
        match = CIRCUIT.match(meter)
        if match:
            zone = zone_of(item)
            if zone is None:
                return None
            return {"meter": "circuit", "tier": match.group(1), "family": match.group(2) + "Data",
                    "bandwidthMbps": bandwidth_mbps(match.group(3), match.group(4)), "zone": zone}, "1/Month"
        match = LOCAL_CIRCUIT.match(meter)
        if match:
            zone = zone_of(item)
            if zone is None:
                return None
            return {"meter": "circuit", "tier": "Local", "family": "UnlimitedData",
                    "bandwidthMbps": bandwidth_mbps(match.group(1), match.group(2)), "zone": zone}, "1/Month"
        if meter == "Metered Data - Data Transfer Out":
            zone = zone_of(item)
            return ({"meter": "egress", "zone": zone}, "1 GB") if zone is not None else None
        match = ER_AZ_GATEWAY.match(meter)
        if match:
            key = place(item, {"meter": "erGateway", "sku": f"ErGw{match.group(1)}AZ"})
            return (key, "1 Hour") if key else None
        if meter in ER_LEGACY_GATEWAY:
            key = place(item, {"meter": "erGateway", "sku": ER_LEGACY_GATEWAY[meter]})
            return (key, "1 Hour") if key else None
        if meter == "ErGwScale Unit":
            key = place(item, {"meter": "erGwScaleUnit"})
            return (key, "1 Hour") if key else None
        return None
    if service == "VPN Gateway":
        if product == "VPN Gateway Bandwidth" and meter == "Inter-Virtual Network Data Transfer Out":
            key = place(item, {"meter": "vpnEgress"})
            return (key, "1 GB") if key else None
        if meter == "Basic Gateway" or VPN_GATEWAY.match(meter):
            key = place(item, {"meter": "vpnGateway", "sku": "Basic" if meter == "Basic Gateway" else meter})
            return (key, "1 Hour") if key else None
        if meter == "S2S Connection" and (sku == "Basic" or VPN_GATEWAY.match(sku)):
            key = place(item, {"meter": "vpnTunnel", "sku": sku})
            return (key, "1 Hour") if key else None
        return None
    if service == "Virtual WAN":
        if meter == "ExpressRoute Scale Unit":
            key = place(item, {"meter": "vwanErScaleUnit"})
            return (key, "1 Hour") if key else None
        if meter == "ExpressRoute Connection Unit":
            key = place(item, {"meter": "vwanErConnectionUnit"})
            return (key, "1 Hour") if key else None
    return None


def pages(path):
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except OSError as error:
        fail(f"{path}: cannot read: {error.strerror}")
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        fail(f"{path}: not JSON: {error}")
    found = document if isinstance(document, list) else [document]
    for page in found:
        if not isinstance(page, dict) or not isinstance(page.get("Items"), list):
            fail(f"{path}: not a Retail Prices API response (an object with an Items array)")
        billing = page.get("BillingCurrency")
        if billing is not None and billing != currency:
            fail(f"{path}: BillingCurrency is {billing!r}, expected {currency!r}")
        yield page


chosen = {}      # key tuple -> (item out, effectiveStartDate)
unmapped = {}    # (serviceName, meterName, unitOfMeasure) -> count
skipped = {"not Consumption": 0, "reservation": 0, "not the primary meter region": 0, "higher volume tier": 0,
           "other service": 0, "other currency": 0, "zone or region not one of ours": 0}
for path in inputs:
    label = source_label or f"saved Retail Prices API response {os.path.basename(path)}"
    for page in pages(path):
        for item in page["Items"]:
            if not isinstance(item, dict):
                fail(f"{path}: an item of Items is not an object")
            if item.get("serviceName") not in MAPPED_SERVICES:
                skipped["other service"] += 1
                continue
            if item.get("type") != "Consumption":
                skipped["not Consumption"] += 1
                continue
            if item.get("reservationTerm"):
                skipped["reservation"] += 1
                continue
            if item.get("isPrimaryMeterRegion") is False:
                skipped["not the primary meter region"] += 1
                continue
            if item.get("currencyCode", currency) != currency:
                skipped["other currency"] += 1
                continue
            tier_minimum = item.get("tierMinimumUnits", 0)
            if isinstance(tier_minimum, (int, float)) and not isinstance(tier_minimum, bool) and tier_minimum > 0:
                skipped["higher volume tier"] += 1
                continue
            mapped = map_item(item)
            if mapped is None:
                if ZONE.match(str(item.get("armRegionName") or "")) is None and \
                        re.match(r"^(US Gov|DE |Global)", str(item.get("armRegionName") or "")):
                    skipped["zone or region not one of ours"] += 1
                    continue
                name = (item.get("serviceName"), item.get("meterName"), item.get("unitOfMeasure"))
                unmapped[name] = unmapped.get(name, 0) + 1
                continue
            key, unit = mapped
            if item.get("unitOfMeasure") != unit:
                name = (item.get("serviceName"), item.get("meterName"), item.get("unitOfMeasure"))
                unmapped[name] = unmapped.get(name, 0) + 1
                continue
            price = item.get("retailPrice", item.get("unitPrice"))
            if isinstance(price, bool) or not isinstance(price, (int, float)) or not math.isfinite(price) or price < 0:
                fail(f"{path}: {item.get('meterName')!r} has an invalid price {price!r} (a number of 0 or more)")
            effective = str(item.get("effectiveStartDate") or "")[:10]
            out = dict(key)
            out.update({"unitPrice": float(price), "unit": unit, "source": label})
            if effective:
                out["effectiveStartDate"] = effective
            out["retailMeterName"] = item.get("meterName")
            if item.get("productName"):
                out["retailProductName"] = item["productName"]
            if item.get("skuName"):
                out["retailSkuName"] = item["skuName"]
            identity = tuple(sorted(key.items()))
            previous = chosen.get(identity)
            if previous is None or effective > previous[1]:
                chosen[identity] = (out, effective)
            elif effective == previous[1] and previous[0]["unitPrice"] != out["unitPrice"]:
                fail(f"{path}: two prices for {dict(key)} effective {effective or 'undated'}: "
                     f"{previous[0]['unitPrice']} and {out['unitPrice']}")

items = [entry[0] for entry in chosen.values()]
if not items:
    fail("no item could be mapped; nothing written")


def order(item):
    return (METER_ORDER.index(item["meter"]), TIER_ORDER.get(item.get("tier"), 9), item.get("family", ""),
            item.get("bandwidthMbps", 0), item.get("sku", ""), item.get("zone", 0), item.get("region", ""))


items.sort(key=order)
if not as_of:
    as_of = max((item.get("effectiveStartDate", "") for item in items), default="") or "unknown"
if mode == "api":
    source = f"Azure Retail Prices API: {source_label}"
else:
    names = ", ".join(os.path.basename(path) for path in inputs)
    source = f"Saved Azure Retail Prices API response(s): {names}"

lines = ["{", ' "format": "expressroute-designer-prices",', ' "version": 1,', f' "currency": {json.dumps(currency)},',
         f' "pricesAsOf": {json.dumps(as_of)},', f' "source": {json.dumps(source)},', ' "items": [']
lines += ["  " + json.dumps(item, ensure_ascii=False) + ("," if index < len(items) - 1 else "")
          for index, item in enumerate(items)]
lines += [" ]", "}"]
text = "\n".join(lines) + "\n"

if output == "-":
    sys.stdout.write(text)
else:
    folder = os.path.dirname(os.path.abspath(output))
    os.makedirs(folder, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".prices-", suffix=".json", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise

counts = {}
for item in items:
    counts[item["meter"]] = counts.get(item["meter"], 0) + 1
print(f"refresh-prices: wrote {len(items)} item(s) to {output}: "
      + ", ".join(f"{meter} {count}" for meter, count in sorted(counts.items(), key=lambda kv: METER_ORDER.index(kv[0]))),
      file=sys.stderr)
ignored = ", ".join(f"{reason} {count}" for reason, count in skipped.items() if count)
if ignored:
    print(f"refresh-prices: ignored: {ignored}", file=sys.stderr)
missing = [meter for meter in METER_ORDER if meter not in counts]
if missing:
    print("refresh-prices: no item for: " + ", ".join(missing), file=sys.stderr)
for (service, meter, unit), count in sorted(unmapped.items(), key=lambda kv: tuple(str(part) for part in kv[0])):
    print(f"refresh-prices: not mapped: {service} / {meter!r} ({unit}) x{count}", file=sys.stderr)
PY
