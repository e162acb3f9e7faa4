// Reading address books exported as CSV (Google, Outlook, LinkedIn, Thunderbird, spreadsheets) into cards.
#pragma once

#include <string_view>

#include "rel/interop/card.hpp"

namespace rel::interop {

// The people of a contacts CSV, given its bytes as read (UTF-8 with or without a byte order mark,
// UTF-16, or Windows-1252, which is read as such with a warning).
//
// The header line says what each column holds, whatever the exporter: Google (current and legacy
// headers, " ::: " between several values, Event/Relation label and value pairs), Outlook ("Title"
// is then the honorific; M/D/YYYY birthdays, 0/0/00 for none), LinkedIn's Connections.csv (the
// "Notes:" lines before its header are skipped; "Connected On" is `since`), Thunderbird (Birth
// Year/Month/Day) and spreadsheets (Name, Email, Phone, Birthday, Notes… matched without regard to
// case, with common synonyms). The separator — comma, semicolon or tab — is the one that makes a
// header of the first lines. A date like 3/4/1985 is read in the order the file's other dates
// settle (Outlook's month first otherwise); one that stays ambiguous is kept in `undated` with a
// warning, never guessed; a two-digit year is dropped, keeping day and month, with a warning.
//
// Each card's `line` is its row's first line. A row with neither a name, an email, a phone nor an
// organisation is a problem at its line ("skipped"); blank rows are passed over. A file with no
// header rel recognises is one problem and no cards.
CardsRead read_contacts_csv(std::string_view bytes);

}  // namespace rel::interop
