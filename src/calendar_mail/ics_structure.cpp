// Checking the BEGIN/END nesting of iCalendar text, so that one unclosed event costs only itself.
#include "ics_structure.hpp"

#include <fmt/format.h>

#include <optional>

#include "rel/core/error.hpp"

namespace rel::interop {
namespace {

struct Marker {
  bool begin = false;
  std::string name;  // upper-case
};

// BEGIN:NAME or END:NAME. Such lines are short, so no writer folds them.
std::optional<Marker> marker_of(std::string_view line) {
  if (line.empty() || (line[0] != 'B' && line[0] != 'b' && line[0] != 'E' && line[0] != 'e')) return std::nullopt;
  auto colon = line.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  std::string keyword;
  for (char c : line.substr(0, colon)) keyword += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  if (keyword != "BEGIN" && keyword != "END") return std::nullopt;
  Marker marker{keyword == "BEGIN", {}};
  for (char c : line.substr(colon + 1)) {
    if (c == ' ' || c == '\t') continue;
    marker.name += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  }
  return marker;
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

class Scanner {
 public:
  explicit Scanner(std::string_view file_name) : m_file(file_name) {}

  IcsStructure scan(std::string_view text) {
    m_out.text.reserve(text.size() + 64);
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find('\n', pos);
      size_t next = end == std::string_view::npos ? text.size() : end + 1;
      std::string_view raw = text.substr(pos, next - pos);
      std::string_view line = raw.substr(0, raw.find_first_of("\r\n"));
      pos = next;
      ++m_line;
      take(raw, line);
    }
    if (!m_seen_calendar) throw Error(Location{m_file, 1, 0}, "not an iCalendar file: no BEGIN:VCALENDAR");
    for (size_t k = 0; k < m_open.size(); ++k)
      if (m_open[k].name == "VEVENT") {
        drop_event(k, "the file ends inside it (no END:VEVENT)");
        break;
      }
    if (!m_open.empty()) {
      m_out.problems.push_back({m_line, "no END:VCALENDAR: the file may be cut short"});
      close_down_to(0);
    }
    return std::move(m_out);
  }

 private:
  struct Open {
    std::string name;
    int line;
    size_t offset;  // where its BEGIN line is in the text for libical
    bool listed;    // an event directly in a calendar, whose line goes into event_lines
    std::string uid;
  };

  void append(std::string_view raw) {
    m_out.text += raw;
    if (!raw.ends_with('\n')) m_out.text += "\r\n";
  }

  void drop_event(size_t k, std::string_view why) {
    const auto& uid = m_open[k].uid;
    m_out.problems.push_back({m_open[k].line, uid.empty() ? fmt::format("event skipped: {}", why)
                                                          : fmt::format("event {} skipped: {}", uid, why)});
    m_out.text.resize(m_open[k].offset);
    m_open.resize(k);
  }

  // Writes the END lines of the components above m_open[k], which were never closed.
  void close_down_to(size_t k) {
    while (m_open.size() > k) {
      m_out.text += "END:" + m_open.back().name + "\r\n";
      m_open.pop_back();
    }
  }

  std::optional<size_t> find_open(std::string_view name) const {
    for (size_t k = m_open.size(); k-- > 0;)
      if (m_open[k].name == name) return k;
    return std::nullopt;
  }

  void take(std::string_view raw, std::string_view line) {
    auto marker = marker_of(line);
    if (m_open.empty()) {
      if (marker && marker->begin && marker->name == "VCALENDAR") {
        m_seen_calendar = true;
        m_open.push_back({marker->name, m_line, m_out.text.size(), false, {}});
        append(raw);
      } else if (!is_blank(line) && !m_seen_calendar) {
        throw Error(Location{m_file, m_line, 0}, "not an iCalendar file: it does not begin with BEGIN:VCALENDAR");
      } else if (!is_blank(line) && !m_said_trailing) {
        m_said_trailing = true;
        m_out.problems.push_back({m_line, "text after END:VCALENDAR ignored"});
      }
      return;
    }
    if (!marker) {
      // The UID names an event that is dropped (a folded UID is named by its first line).
      if (m_open.back().name == "VEVENT" && line.size() > 4 && (line[0] == 'U' || line[0] == 'u')) {
        auto colon = line.find(':');
        if (colon == 3 && (line.substr(0, 3) == "UID" || line.substr(0, 3) == "uid"))
          m_open.back().uid = line.substr(4);
      }
      append(raw);
      return;
    }
    if (marker->begin) {
      if (marker->name == "VEVENT")
        if (auto k = find_open("VEVENT")) drop_event(*k, "no END:VEVENT before the next BEGIN:VEVENT");
      bool listed = marker->name == "VEVENT" && !m_open.empty() && m_open.back().name == "VCALENDAR";
      m_open.push_back({marker->name, m_line, m_out.text.size(), listed, {}});
      append(raw);
      return;
    }
    auto k = find_open(marker->name);
    if (!k) {
      m_out.problems.push_back({m_line, fmt::format("END:{} without BEGIN:{} ignored", marker->name, marker->name)});
      return;
    }
    for (size_t j = *k + 1; j < m_open.size(); ++j)
      if (m_open[j].name == "VEVENT") {
        drop_event(j, fmt::format("no END:VEVENT before END:{}", marker->name));
        break;
      }
    // libical's END closes the innermost component whatever it names: close the forgotten ones first.
    close_down_to(*k + 1);
    if (m_open.back().listed) m_out.event_lines.push_back(m_open.back().line);
    m_open.pop_back();
    append(raw);
  }

  std::string m_file;
  IcsStructure m_out;
  std::vector<Open> m_open;
  int m_line = 0;
  bool m_seen_calendar = false;
  bool m_said_trailing = false;
};

}  // namespace

IcsStructure scan_ics_structure(std::string_view text, std::string_view file_name) {
  return Scanner(file_name).scan(text);
}

}  // namespace rel::interop
