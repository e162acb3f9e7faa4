// What an address book says about one person, as rel wants it: the neutral result of every
// address-book reader (vCard, CSV) and what the vCard writer writes.
//
// A Card is plain data, close to what the user saw in their address book: every string is UTF-8,
// trimmed, as written (an email's case is kept, a phone's punctuation too), and nothing is
// invented: a birthday without a year has no year, a date written as free text is not a date, a
// card with no name has an empty `name`. Matching cards to contacts and deciding what to do with
// a card without a name is the importer's business, not the readers'.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/date.hpp"
#include "rel/core/error.hpp"

namespace rel::interop {

// A structured name (vCard N, CSV first/middle/last); several values of one part are joined by a space.
struct NameParts {
  std::string family;
  std::string given;
  std::string additional;  // middle names
  std::string prefix;      // "Dr.", "Mr."
  std::string suffix;      // "Jr.", "III"

  bool empty() const;
  bool operator==(const NameParts&) const = default;
};

// Media a card carried that rel does not keep, counted so that the importer can say so.
struct MediaSkipped {
  int photos = 0;
  int logos = 0;
  int sounds = 0;
  int keys = 0;  // public keys and certificates

  int total() const { return photos + logos + sounds + keys; }
  MediaSkipped& operator+=(const MediaSkipped& other);
  bool operator==(const MediaSkipped&) const = default;
};

struct Card {
  std::string name;  // FN (or a CSV's full name), else compose_name(n); empty when nothing names the person
  NameParts n;
  std::vector<std::string> nicknames;
  std::vector<std::string> emails;  // in card order, without exact duplicates (as are all the lists)
  std::vector<std::string> phones;  // as written; a tel: URI's extension as "+1-418-656-9254 ext. 102"
  // Important dates, labels unique within the card: "birthday", "anniversary", or the address
  // book's own label ("Custom Date"); a second date under a taken label is "LABEL 2".
  std::vector<ImportantDate> dates;
  // Dates written as free text ({"birthday", "circa 1800"}), never guessed into `dates`.
  std::vector<Field> undated;
  // People the card names, by relation: {"spouse", "Jenny"}; one field per relation, names joined by ", ".
  std::vector<Field> related;
  std::string org;
  std::string department;
  std::string title;
  std::string note;                    // may span lines ("\n"), each line without trailing blanks
  std::vector<std::string> addresses;  // one line each: "221B Baker Street, London, NW1, United Kingdom"
  std::vector<std::string> urls;
  std::vector<std::string> categories;
  std::string uid;
  std::string kind;           // "org", "group", "location" for cards that are not of a person; empty otherwise
  std::optional<Date> since;  // when the connection was made (LinkedIn's "Connected On")
  int line = 0;               // 1-based line where the card (a CSV row: its first line) starts
  std::string source;         // the flavour read: "vCard 2.1", "Google CSV", "Outlook CSV", ...
  MediaSkipped skipped;

  bool operator==(const Card&) const = default;
};

// What reading one address-book file gives. Diagnostics carry the line and a message; their
// `where.file` is empty: the caller, who knows the file, sets it before showing them.
struct CardsRead {
  std::vector<Card> cards;           // in file order, each read whole
  std::vector<Diagnostic> problems;  // cards or rows not read at all (none of them is half in `cards`)
  std::vector<Diagnostic> warnings;  // cards read without some value (a charset rel cannot read, a bad byte)
  MediaSkipped skipped;              // over all cards
};

// A diagnostic at `line` of the file being read, its file left for the caller to set.
Diagnostic at_line(int line, std::string message);

// A display name from name parts in the order the script wants: "Dr. John Quinlan Public III" for
// Latin and most scripts, "山田太郎" (family then given, no space) for Chinese, Japanese and Korean.
std::string compose_name(const NameParts& n);

// True when the text holds Han, kana or Hangul: a name written family name first, without a space.
bool has_east_asian_name_char(std::string_view text);

// Adds `value` to `list` unless it is empty or already there; the readers' one way to fill lists.
void add_unique(std::vector<std::string>& list, std::string value);

// Adds a date: the same label and date again is dropped, a different date under a taken label
// gets "LABEL 2", "LABEL 3"… (rel's `dates:` is a map: its keys must be unique).
void add_date(Card& card, ImportantDate date);

// Adds a related person under `relation`; a second person under the same relation joins the first
// ("Maya, Leo"), as rel's `details:` holds one value per key.
void add_related(Card& card, std::string relation, std::string name);

// Cards sharing a non-empty `uid` united into the first of them, in order: the lists gain what the
// others add, empty fields are filled, a different note is appended after a blank line. Address
// books exported piecewise (`cat *.vcf`) hold one person several times this way.
std::vector<Card> merge_same_uid(std::vector<Card> cards);

}  // namespace rel::interop
