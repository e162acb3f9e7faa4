// Comma-separated values (RFC 4180) as spreadsheets and address books write them: records in,
// records out. Knows nothing of contacts (see csv_reader.hpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rel/core/error.hpp"

namespace rel::interop {

struct CsvRecord {
  int line = 0;  // the 1-based line the record starts on (a quoted field may span lines)
  std::vector<std::string> fields;
};

struct CsvTable {
  std::vector<CsvRecord> records;
  std::vector<Diagnostic> problems;  // a quoted field never closed: the records from its line on are not read
};

// The records of `text`, split at `separator`. Fields may be quoted with '"' and then hold
// separators, line breaks and doubled quotes (""); lines end in CRLF or LF (a quoted line break is
// kept as written). A UTF-8 byte order mark is skipped. Lenient where spreadsheets are: a quote
// inside an unquoted field, or text after a closing quote, is kept as written. A blank line is a
// record with one empty field.
CsvTable read_csv(std::string_view text, char separator = ',');

// One field as CSV: quoted when it holds the separator, a quote, CR or LF, or starts or ends with
// a space or tab (which readers would otherwise trim); quotes inside are doubled.
std::string csv_field(std::string_view value, char separator = ',');

// A header line and the rows, each line ended by CRLF (RFC 4180). Rows are written as they are,
// whatever their length.
std::string write_csv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                      char separator = ',');

}  // namespace rel::interop
