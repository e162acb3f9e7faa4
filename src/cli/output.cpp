// Table, TSV and JSON rendering shared by every listing command.
#include "rel/cli/output.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <ostream>

#include "rel/core/text.hpp"

namespace rel::cli {

Format FormatOptions::get() const {
  if (json) return Format::json;
  if (format == "tsv") return Format::tsv;
  if (format == "json") return Format::json;
  return Format::table;
}

void add_format_options(CLI::App& command, FormatOptions& options) {
  command.add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"table", "tsv", "json"}))
      ->default_str("table");
  command.add_flag("--json", options.json, "Shorthand for --format json");
}

std::string tsv_escape(std::string_view cell) {
  std::string out;
  out.reserve(cell.size());
  for (char c : cell) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\\': out += "\\\\"; break;
      default: out += c;
    }
  }
  return out;
}

std::string paint(std::string_view text, std::string_view style, bool colour) {
  if (!colour || text.empty()) return std::string(text);
  return fmt::format("\x1b[{}m{}\x1b[0m", style, text);
}

void Table::print(std::ostream& out, Format format, bool colour) const {
  if (format == Format::tsv) {
    auto line = [&](const std::vector<std::string>& cells) {
      for (size_t i = 0; i < cells.size(); ++i) out << (i ? "\t" : "") << tsv_escape(cells[i]);
      out << '\n';
    };
    line(m_headers);
    for (const auto& row : m_rows) line(row);
    return;
  }
  std::vector<int> widths(m_headers.size(), 0);
  auto measure = [&](const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], display_width(cells[i]));
  };
  measure(m_headers);
  for (const auto& row : m_rows) measure(row);
  // One buffer for every line: who-to-call prints thousands of rows, and a few temporary strings per
  // cell were a good part of a warm run.
  std::string text;
  auto line = [&](const std::vector<std::string>& cells, bool header) {
    text.clear();
    for (size_t i = 0; i < cells.size(); ++i) {
      if (i) text += "  ";
      const size_t start = text.size();
      text += cells[i];
      // Newlines would break the grid; a table shows them as spaces.
      std::replace(text.begin() + static_cast<std::ptrdiff_t>(start), text.end(), '\n', ' ');
      if (i + 1 < cells.size()) {
        const int width = display_width(std::string_view(text).substr(start));
        text.append(static_cast<size_t>(std::max(0, widths[i] - width)), ' ');
      }
      if (header) text.replace(start, std::string::npos, paint(text.substr(start), "1", colour));
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    text += '\n';
    out << text;
  };
  line(m_headers, true);
  for (const auto& row : m_rows) line(row, false);
}

void print_json(std::ostream& out, const nlohmann::json& value) { out << value.dump(2) << '\n'; }

}  // namespace rel::cli
