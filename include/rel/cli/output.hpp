// Rendering listings as an aligned table, TSV with a header line, or JSON.
#pragma once

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace rel::cli {

enum class Format { table, tsv, json };

// `--format table|tsv|json` and its shorthand `--json`, for every listing command.
struct FormatOptions {
  std::string format = "table";
  bool json = false;
  Format get() const;
};
void add_format_options(CLI::App& command, FormatOptions& options);

// TSV cells never contain a tab or newline: they are written as \t and \n, and \ as \\.
std::string tsv_escape(std::string_view cell);

class Table {
 public:
  explicit Table(std::vector<std::string> headers) : m_headers(std::move(headers)) {}
  void add_row(std::vector<std::string> cells) { m_rows.push_back(std::move(cells)); }
  bool empty() const { return m_rows.empty(); }
  // Aligned columns for people (headers bold with colour), or TSV for programs.
  void print(std::ostream& out, Format format, bool colour) const;

 private:
  std::vector<std::string> m_headers;
  std::vector<std::vector<std::string>> m_rows;
};

// A JSON document, indented, followed by a newline.
void print_json(std::ostream& out, const nlohmann::json& value);

// Wraps text in an ANSI style when colour is on ("1" bold, "2" dim, "31" red, "33" yellow, "32" green).
std::string paint(std::string_view text, std::string_view style, bool colour);

}  // namespace rel::cli
