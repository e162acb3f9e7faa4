// Reading vCard files (2.1, 3.0 and 4.0) into cards, as real address books write them.
#pragma once

#include <string_view>

#include "rel/interop/card.hpp"

namespace rel::interop {

// Every card of a vCard file, given its bytes as read (UTF-8, or UTF-16 with or without a byte
// order mark). What it understands:
//
// - vCard 2.1: quoted-printable with soft breaks (also inside a UTF-8 character), CHARSET
//   (UTF-8; ISO-8859-1, -15 and Windows-1252 converted; another charset is kept when the bytes are
//   UTF-8, else left out with a warning), bare parameters (TEL;WORK;VOICE), base64 running to a
//   blank line; 3.0 and 4.0: escapes (\, \; \n \\), ALTID alternatives (one is taken), tel: URIs.
// - Apple's groups and labels (item1.X-ABLabel:_$!<Anniversary>!$_ is "anniversary"), X-ABDATE,
//   X-ABRELATEDNAMES, RELATED;VALUE=text, Outlook's and Evolution's X- anniversaries and spouses.
// - Dates without a year (--0314, --03-14, X-APPLE-OMIT-YEAR=1604) keep no year; a date in a
//   local form that reads one way only (14.03.1985) is read; anything else (VALUE=text:circa 1800,
//   03/04/1985) goes to `undated` as written, with a warning.
// - Photos, logos, sounds and keys are counted, not kept.
//
// A card that cannot be read (no END:VCARD before the next card or the end of the file, a
// BEGIN that is not BEGIN:VCARD) is a problem at its first line and is not in `cards`; the cards
// around it are read. A binary file, or one without any BEGIN:VCARD, is one problem at line 1.
CardsRead read_vcards(std::string_view bytes);

}  // namespace rel::interop
