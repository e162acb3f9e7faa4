// How rel writes a whole new contact file (an import's new people): the keys of the spec's contact
// file in its order, each only when it says something, so that the file reads as if written by hand.
#pragma once

#include <string>

#include "rel/core/contact.hpp"

namespace rel::journal {

// The text of a new file for `contact`:
//
//   name: Alice Chen
//   aka: [Ali]
//   tags: [friends]
//   cadence: 30d
//   since: 2019-05-02
//   email: alice@example.com        (one value; several as a flow list [a, b], or a block
//                                    list of one value a line when that is over 100 columns)
//   phone: "+1 555 0100"            (likewise)
//   org: Acme
//   title: COO
//   status: dormant                 (only when not active)
//   snooze: 2027-01-15
//   uid: [urn:uuid:4fbe8971-...]
//   dates:
//     birthday: 1985-03-14
//     anniversary: --06-30          (a date without a year)
//   details:
//     address: 1 Main St, Springfield
//     note: |-                      (text of several lines as a literal block when that is exact)
//       Met at the Lisbon conference.
//       Likes sailing.
//
// then `promises:` and `log:` as rel log and rel promise write their items, and unknown keys (as
// text). Values are quoted only when YAML needs it. parse_contact() of the text gives the contact back.
std::string contact_text(const Contact& contact);

}  // namespace rel::journal
