#pragma once

#include <span>

namespace Er {

// The documents the catalogue's facts come from: the "Source key" table of
// docs/reference/expressroute-facts.md, with each document's Learn URL.
struct FactSource
{
    const char *key; // "FAQ"; rules and analysis cite facts by these keys
    const char *title;
    const char *url;      // empty where the facts give no confirmed address
    const char *copyRead; // which version was read (ms.date, commit)
    bool urlUnconfirmed;  // the facts mark the address UNCONFIRMED
};

std::span<const FactSource> factSources();

// Facts the sources did not confirm (the facts' "Open items / UNCONFIRMED summary"), each with
// the safer reading the designer keeps to.
struct UnconfirmedFact
{
    const char *fact;
    const char *section; // "§2.6"
    const char *treatment;
};

std::span<const UnconfirmedFact> unconfirmedFacts();

} // namespace Er
