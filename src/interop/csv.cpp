// Reading and writing RFC 4180 CSV, with the leniency real spreadsheet exports need.
#include "rel/interop/csv.hpp"

#include <fmt/format.h>

#include "rel/interop/card.hpp"

namespace rel::interop {

CsvTable read_csv(std::string_view text, char separator) {
  CsvTable table;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  int line = 1;
  size_t i = 0;
  while (i < text.size()) {
    CsvRecord record;
    record.line = line;
    std::string field;
    bool at_field_start = true;
    bool quoted = false;
    int quote_line = 0;
    for (;; ++i) {
      if (quoted) {
        if (i >= text.size()) {
          table.problems.push_back(at_line(
              quote_line, fmt::format("a quoted field opened on line {} is never closed: the rest of the file is "
                                      "not read",
                                      quote_line)));
          return table;
        }
        const char c = text[i];
        if (c == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            ++i;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') ++line;
          field += c;
        }
        continue;
      }
      if (i >= text.size() || text[i] == '\n' || (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ||
          (text[i] == '\r' && i + 1 == text.size())) {
        record.fields.push_back(std::move(field));
        if (i < text.size()) {
          if (text[i] == '\r') ++i;
          ++i;
          ++line;
        }
        break;
      }
      const char c = text[i];
      if (c == separator) {
        record.fields.push_back(std::move(field));
        field.clear();
        at_field_start = true;
        continue;
      }
      if (c == '"' && at_field_start) {
        quoted = true;
        quote_line = line;
        at_field_start = false;
        continue;
      }
      at_field_start = false;
      field += c;
    }
    table.records.push_back(std::move(record));
  }
  return table;
}

std::string csv_field(std::string_view value, char separator) {
  const bool needs_quotes = value.find_first_of(std::string{separator, '"', '\r', '\n'}) != std::string_view::npos ||
                            (!value.empty() && (value.front() == ' ' || value.front() == '\t' || value.back() == ' ' ||
                                                value.back() == '\t'));
  if (!needs_quotes) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string write_csv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                      char separator) {
  std::string out;
  auto write_row = [&](const std::vector<std::string>& row) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += separator;
      out += csv_field(row[i], separator);
    }
    out += "\r\n";
  };
  write_row(header);
  for (const auto& row : rows) write_row(row);
  return out;
}

}  // namespace rel::interop
