// Writing cards as vCard 3.0, the version every address book imports.
#pragma once

#include <string>
#include <vector>

#include "rel/interop/card.hpp"

namespace rel::interop {

// One card as vCard 3.0 text: CRLF line ends, lines folded at 75 octets (never inside a UTF-8
// character), text escaped (\\ \, \; \n). FN is the name (composed from `n` when empty) and N the
// parts; every email (EMAIL;TYPE=INTERNET) and phone (TEL); the birthday as BDAY and the other
// dates as Apple's itemN.X-ABDATE with an itemN.X-ABLabel ("anniversary" is Apple's built-in
// _$!<Anniversary>!$_), in the --MMDD form when there is no year and YYYY-MM-DD when there is;
// each address as the street of an ADR; ORG (org;department), TITLE, URL, CATEGORIES, the related
// people as X-ABRELATEDNAMES, NOTE and UID. `undated`, `line`, `source` and `skipped` are not
// written. read_vcards() of the text gives the card back.
std::string write_vcard(const Card& card);

// The cards one after another, as one file.
std::string write_vcards(const std::vector<Card>& cards);

}  // namespace rel::interop
