// Reading one vCard's properties into a card.
#pragma once

#include <vector>

#include "rel/interop/card.hpp"
#include "vcard_lines.hpp"

namespace rel::interop::vcard {

// The card the properties between a BEGIN:VCARD at `line` and its END:VCARD describe. Values that
// cannot be read (a charset rel does not know, bad base64) or not as dates are left out with a
// warning at their line in `warnings`.
Card read_card(const std::vector<ContentLine>& properties, int line, std::vector<Diagnostic>& warnings);

}  // namespace rel::interop::vcard
