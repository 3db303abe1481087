#pragma once

#include "model/io/loaderror.h"

#include <string>
#include <string_view>
#include <vector>

namespace Er {

// Credentials never belong in a design: an .ertopo file is shared, versioned and printed. A BGP MD5
// key, an IPsec pre-shared key, an ExpressRoute authorization key or any password is dropped on
// load (with a warning) and never written (docs/spec/topology-format.md, peering `md5`).

// True for member names that hold a credential: md5Key, authKey, sharedKey, password, secret,
// authorizationKey, psk, preSharedKey, apiKey, privateKey, token... Case, '-' and '_' are ignored.
// The peering's boolean `md5` (a key is configured) is not one.
bool isCredentialName(std::string_view name);

// The warning shown when the credential member at `path` is removed:
// "nodes[3].peerings[0].md5Key: a BGP MD5 key is never stored in a design; it was removed".
std::string credentialRemovedWarning(const JsonPath &path);

// `jsonText` (one JSON value, as kept for unknown members) without any credential members at any
// depth. Each removed member adds a warning naming its place below `path`. Text that holds no
// credential comes back unchanged.
std::string withoutCredentials(const std::string &jsonText,
                               const JsonPath &path,
                               std::vector<std::string> *warnings);

} // namespace Er
