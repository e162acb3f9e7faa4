// Reading contacts CSV files into cards: finding the header (and the separator), then each row by
// what its columns hold.
#include "rel/interop/csv_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <span>

#include "ascii.hpp"
#include "clean_text.hpp"
#include "csv_columns.hpp"
#include "rel/interop/card_date.hpp"
#include "rel/interop/charset.hpp"
#include "rel/interop/csv.hpp"

namespace rel::interop {
namespace {

using csv::Column;
using csv::Dialect;
using csv::Role;

// LinkedIn puts a few lines of notes before its header; no export puts more than this.
constexpr size_t max_records_before_header = 30;
// Enough of the file to find the header and its separator in.
constexpr size_t header_search_bytes = size_t{64} * 1024;

struct Header {
  char separator = ',';
  size_t index = 0;  // of the header record
  int known_columns = 0;
};

int known_columns(const std::vector<std::string>& fields) {
  const auto dialect = csv::dialect_of(fields);
  return static_cast<int>(std::count_if(fields.begin(), fields.end(),
                                        [&](const auto& f) { return csv::classify(f, dialect).role != Role::ignore; }));
}

// The record, within the first few, that names the most columns rel knows, under the separator
// that gives it the most.
std::optional<Header> find_header(std::string_view text) {
  std::optional<Header> best;
  const auto head = text.substr(0, header_search_bytes);
  for (char separator : {',', ';', '\t'}) {
    const auto table = read_csv(head, separator);
    for (size_t i = 0; i < table.records.size() && i < max_records_before_header; ++i) {
      const int known = known_columns(table.records[i].fields);
      if (known > 0 && (!best || known > best->known_columns)) best = Header{separator, i, known};
    }
  }
  return best;
}

// Google's built-in event and relation labels are capitalised words; rel's are lower-case.
std::string label_name(std::string_view label, std::string_view fallback) {
  static constexpr std::array<std::string_view, 16> built_in = {
      "anniversary", "other",  "spouse",  "child",     "mother",  "father",           "parent",      "brother",
      "sister",      "friend", "manager", "assistant", "partner", "domestic partner", "referred by", "relative"};
  auto clean = one_line(label);
  if (clean.starts_with("* ")) clean.erase(0, 2);
  if (clean.empty()) return std::string(fallback);
  auto lowered = lower_ascii(clean);
  if (std::find(built_in.begin(), built_in.end(), lowered) != built_in.end()) return lowered;
  return clean;
}

// Google writes several values in one cell separated by " ::: ".
std::vector<std::string> split_values(std::string_view cell) {
  std::vector<std::string> values;
  size_t start = 0;
  while (start <= cell.size()) {
    auto end = cell.find(" ::: ", start);
    if (end == std::string_view::npos) end = cell.size();
    if (auto v = one_line(cell.substr(start, end - start)); !v.empty()) values.push_back(std::move(v));
    start = end + 5;
  }
  return values;
}

// Spreadsheets put several emails in one cell with commas, semicolons or spaces, none of which an
// address holds.
std::vector<std::string> split_emails(std::string_view cell) {
  std::vector<std::string> emails;
  for (const auto& value : split_values(cell)) {
    size_t start = 0;
    while (start < value.size()) {
      auto end = value.find_first_of(",; ", start);
      if (end == std::string::npos) end = value.size();
      if (end > start) emails.push_back(value.substr(start, end - start));
      start = end + 1;
    }
  }
  return emails;
}

// Outlook separates categories with semicolons, spreadsheets with commas, Google with " ::: ".
std::vector<std::string> split_categories(std::string_view cell) {
  std::vector<std::string> categories;
  for (const auto& value : split_values(cell)) {
    size_t start = 0;
    while (start <= value.size()) {
      auto end = value.find_first_of(",;", start);
      if (end == std::string::npos) end = value.size();
      if (auto c = one_line(std::string_view(value).substr(start, end - start)); !c.empty()) categories.push_back(c);
      start = end + 1;
    }
  }
  return categories;
}

// Google's system groups say nothing the user chose.
bool is_system_group(std::string_view group) {
  const auto g = lower_ascii(group);
  return g == "* mycontacts" || g == "* my contacts" || g == "* starred";
}

class RowReader {
 public:
  RowReader(const std::vector<Column>& columns, Dialect dialect, DayMonthOrder order, CardsRead& result)
      : m_columns(columns), m_dialect(dialect), m_order(order), m_result(result) {}

  void read(const CsvRecord& record) {
    const auto& fields = record.fields;
    if (std::all_of(fields.begin(), fields.end(), [](const auto& f) { return one_line(f).empty(); })) return;
    m_line = record.line;
    Card card;
    card.line = record.line;
    card.source = csv::dialect_name(m_dialect);
    const size_t n = std::min(fields.size(), m_columns.size());
    // Google's labels come in columns of their own, before or after the values they name.
    std::map<std::string, std::string> event_labels, relation_labels;
    for (size_t i = 0; i < n; ++i) {
      if (m_columns[i].role == Role::event_label) event_labels[m_columns[i].group] = fields[i];
      if (m_columns[i].role == Role::relation_label) relation_labels[m_columns[i].group] = fields[i];
    }
    for (size_t i = 0; i < n; ++i) {
      const auto& column = m_columns[i];
      const auto& cell = fields[i];
      if (one_line(cell).empty()) continue;
      switch (column.role) {
        case Role::event_value: read_date(card, cell, label_name(event_labels[column.group], "other")); break;
        case Role::relation_value:
          for (auto& v : split_values(cell)) add_related(card, label_name(relation_labels[column.group], "related"), v);
          break;
        default: read_cell(card, column, cell);
      }
    }
    finish(card);
    if (fields.size() > m_columns.size() &&
        std::any_of(fields.begin() + static_cast<long>(m_columns.size()), fields.end(),
                    [](const auto& f) { return !one_line(f).empty(); }))
      warn(fmt::format("row has {} fields and the header {}: the last {} are not read", fields.size(), m_columns.size(),
                       fields.size() - m_columns.size()));
    if (card.name.empty() && card.n.empty() && card.nicknames.empty() && card.emails.empty() && card.phones.empty() &&
        card.org.empty()) {
      m_result.problems.push_back(at_line(record.line, "row has no name, email, phone or organisation: skipped"));
      return;
    }
    m_result.cards.push_back(std::move(card));
  }

 private:
  void warn(std::string message) { m_result.warnings.push_back(at_line(m_line, std::move(message))); }

  static void fill(std::string& field, std::string_view cell) {
    if (field.empty()) field = one_line(cell);
  }

  void read_cell(Card& card, const Column& column, const std::string& cell) {
    switch (column.role) {
      case Role::full_name: fill(m_full_name, cell); break;
      case Role::given: fill(card.n.given, cell); break;
      case Role::middle: fill(card.n.additional, cell); break;
      case Role::family: fill(card.n.family, cell); break;
      case Role::prefix: fill(card.n.prefix, cell); break;
      case Role::suffix: fill(card.n.suffix, cell); break;
      case Role::nickname:
        for (auto& v : split_values(cell)) add_unique(card.nicknames, std::move(v));
        break;
      case Role::email:
        for (auto& v : split_emails(cell)) add_unique(card.emails, std::move(v));
        break;
      case Role::phone:
        for (auto& v : split_values(cell)) add_unique(card.phones, std::move(v));
        break;
      case Role::date: read_date(card, cell, column.label); break;
      case Role::birth_year: fill(m_birth[0], cell); break;
      case Role::birth_month: fill(m_birth[1], cell); break;
      case Role::birth_day: fill(m_birth[2], cell); break;
      case Role::note:
        if (auto note = multi_line(cell); !note.empty()) card.note = card.note.empty() ? note : card.note + "\n" + note;
        break;
      case Role::org: fill(card.org, cell); break;
      case Role::department: fill(card.department, cell); break;
      case Role::title: fill(card.title, cell); break;
      case Role::url:
        for (auto& v : split_values(cell)) add_unique(card.urls, std::move(v));
        break;
      case Role::categories:
        for (auto& v : split_categories(cell)) {
          if (is_system_group(v)) continue;
          add_unique(card.categories, v.starts_with("* ") ? v.substr(2) : v);
        }
        break;
      case Role::address: add_address_part(column.group, cell); break;
      case Role::address_formatted: m_formatted[column.group] = address_line(cell); break;
      case Role::related: add_related(card, column.label, one_line(cell)); break;
      case Role::connected_on: {
        auto date = parse_written_date(cell, m_order).date;
        if (date && date->year) card.since = Date::from_ymd(*date->year, date->month, date->day);
        break;
      }
      case Role::ignore:
      case Role::event_label:
      case Role::event_value:
      case Role::relation_label:
      case Role::relation_value: break;
    }
  }

  void read_date(Card& card, std::string_view cell, const std::string& label) {
    const auto value = one_line(cell);
    const auto written = parse_written_date(value, m_order);
    using Trouble = WrittenDate::Trouble;
    switch (written.trouble) {
      case Trouble::empty: return;
      case Trouble::none: break;
      case Trouble::two_digit_year:
        warn(fmt::format("{} \"{}\" has a two-digit year: kept without the year", label, value));
        break;
      case Trouble::ambiguous:
        card.undated.push_back({label, value});
        warn(fmt::format("{} \"{}\" could be read day first or month first: kept as text (write it as YYYY-MM-DD)",
                         label, value));
        return;
      case Trouble::not_a_date:
        card.undated.push_back({label, value});
        warn(fmt::format("{} \"{}\" is not a date rel reads: kept as text", label, value));
        return;
    }
    auto date = *written.date;
    date.label = label;
    add_date(card, std::move(date));
  }

  void add_address_part(const std::string& group, std::string_view cell) {
    auto it = std::find_if(m_addresses.begin(), m_addresses.end(), [&](const auto& a) { return a.first == group; });
    if (it == m_addresses.end()) it = m_addresses.insert(m_addresses.end(), {group, {}});
    if (auto part = address_line(cell); !part.empty()) {
      if (!it->second.empty()) it->second += ", ";
      it->second += part;
    }
  }

  // Thunderbird's Birth Year, Birth Month and Birth Day, read as one date.
  void read_birth_parts(Card& card) {
    const auto& [year, month, day] = m_birth;
    if (month.empty() && day.empty()) return;
    const auto all_digits = [](const std::string& s) {
      return !s.empty() && s.size() <= 4 &&
             std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    std::optional<ImportantDate> date;
    if (all_digits(month) && all_digits(day) && (year.empty() || all_digits(year))) {
      const auto text = year.empty() ? fmt::format("--{:0>2}-{:0>2}", month, day)
                                     : fmt::format("{:0>4}-{:0>2}-{:0>2}", year, month, day);
      date = parse_vcard_date(text);
    }
    if (!date) {
      const auto written = fmt::format("{}-{}-{}", year, month, day);
      card.undated.push_back({"birthday", written});
      warn(fmt::format("birthday (year \"{}\", month \"{}\", day \"{}\") is not a date: kept as text", year, month,
                       day));
      return;
    }
    date->label = "birthday";
    add_date(card, std::move(*date));
  }

  void finish(Card& card) {
    card.name = m_full_name.empty() ? compose_name(card.n) : m_full_name;
    read_birth_parts(card);
    for (auto& [group, parts] : m_addresses) {
      auto formatted = m_formatted.find(group);
      add_unique(card.addresses,
                 formatted != m_formatted.end() && !formatted->second.empty() ? formatted->second : parts);
    }
    for (auto& [group, formatted] : m_formatted) add_unique(card.addresses, formatted);
    m_full_name.clear();
    m_birth = {};
    m_addresses.clear();
    m_formatted.clear();
  }

  const std::vector<Column>& m_columns;
  Dialect m_dialect;
  DayMonthOrder m_order;
  CardsRead& m_result;
  int m_line = 0;
  // Gathered over a row's cells, used once they are all read.
  std::string m_full_name;
  std::array<std::string, 3> m_birth;                            // year, month, day
  std::vector<std::pair<std::string, std::string>> m_addresses;  // group -> parts so far, in column order
  std::map<std::string, std::string> m_formatted;                // group -> the address written whole
};

// The order of day and month the file's own dates settle; Outlook writes month first.
DayMonthOrder date_order(std::span<const CsvRecord> rows, const std::vector<Column>& columns, Dialect dialect) {
  std::vector<std::string_view> dates;
  for (const auto& row : rows)
    for (size_t i = 0; i < row.fields.size() && i < columns.size(); ++i)
      if (columns[i].role == Role::date || columns[i].role == Role::event_value ||
          columns[i].role == Role::connected_on)
        dates.push_back(row.fields[i]);
  const auto order = slash_order_of(dates);
  if (order == DayMonthOrder::unknown && dialect == Dialect::outlook) return DayMonthOrder::month_first;
  return order;
}

}  // namespace

CardsRead read_contacts_csv(std::string_view bytes) {
  CardsRead result;
  auto text = file_text(bytes);
  if (!text) {
    result.problems.push_back(at_line(1, "not a CSV file: it holds binary data"));
    return result;
  }
  if (!is_valid_utf8(*text)) {
    *text = windows_1252_to_utf8(*text);
    result.warnings.push_back(at_line(0, "the file is not UTF-8: read as Windows-1252 (Western European)"));
  }
  const auto header = find_header(*text);
  if (!header) {
    result.problems.push_back(
        at_line(1,
                "no header line naming columns rel knows (such as Name, First Name, Email, Phone) in the first "
                "lines: nothing read"));
    return result;
  }
  auto table = read_csv(*text, header->separator);
  // The whole file read with the separator found in its head has the same first records.
  auto& records = table.records;
  const auto& header_fields = records.at(header->index).fields;
  const auto dialect = csv::dialect_of(header_fields);
  std::vector<Column> columns;
  columns.reserve(header_fields.size());
  for (const auto& h : header_fields) columns.push_back(csv::classify(h, dialect));
  const std::span rows(records.begin() + static_cast<std::ptrdiff_t>(header->index) + 1, records.end());
  RowReader reader(columns, dialect, date_order(rows, columns, dialect), result);
  for (const auto& row : rows) reader.read(row);
  for (auto& p : table.problems) result.problems.push_back(std::move(p));
  return result;
}

}  // namespace rel::interop
