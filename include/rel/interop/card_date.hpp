// Dates as address books write them, read without guessing: a year that is not written is not
// invented, and a date that could be read two ways is not read.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "rel/core/contact.hpp"

namespace rel::interop {

// A vCard date (label left empty): "19850314", "1985-03-14", "--0314", "--03-14", also with a
// time ("1953-10-15T23:10:00Z", "19531015T231000Z": the date as written, whatever the zone). A
// year of 0000 is no year. Nothing for anything else ("1985-03", "circa 1800", "1985-02-30").
std::optional<ImportantDate> parse_vcard_date(std::string_view text);

// The order of day and month in dates like "3/4/1985".
enum class DayMonthOrder { unknown, month_first, day_first };

// A date as CSV exports and spreadsheets write it.
struct WrittenDate {
  enum class Trouble {
    none,            // `date` is the date
    empty,           // nothing, or Outlook's "0/0/00" for none: no date and nothing to say
    not_a_date,      // text that is no date rel reads
    ambiguous,       // "3/4/1985" with the order unknown: left out rather than guessed
    two_digit_year,  // "3/14/85": `date` has the day and month, and no year (the century is not guessed)
  };
  std::optional<ImportantDate> date;  // label left empty
  Trouble trouble = Trouble::none;
};

// Reads the vCard forms, "3/14/1985" and "14/3/1985" (a number over 12 settles which is the day,
// otherwise `order` does), "14.03.1985", "14 March 1985", "March 14, 1985", "12 Mar 2024", "Mar 14".
WrittenDate parse_written_date(std::string_view text, DayMonthOrder order);

// The order a column of dates settles for its slash dates: day first when some first number is
// over 12 and no second is, month first for the converse, unknown when nothing settles it or the
// dates disagree.
DayMonthOrder slash_order_of(const std::vector<std::string_view>& texts);

}  // namespace rel::interop
