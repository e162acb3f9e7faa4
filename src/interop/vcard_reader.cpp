// Reading vCard files into cards: the BEGIN/END structure, and the cards that cannot be read.
#include "rel/interop/vcard_reader.hpp"

#include <fmt/format.h>

#include "ascii.hpp"
#include "rel/interop/charset.hpp"
#include "vcard_card.hpp"
#include "vcard_lines.hpp"

namespace rel::interop {
namespace {

using vcard::ContentLine;
using vcard::equals_folded;

bool is_vcard_marker(const ContentLine& line, std::string_view name) {
  return line.name == name && equals_folded(trim_blanks(line.value), "VCARD");
}

int line_count(std::string_view text) {
  int lines = 0;
  for (char c : text) lines += c == '\n';
  if (!text.empty() && text.back() != '\n') ++lines;
  return lines;
}

// Walks the content lines card by card; every line belongs to a card that is read, or to a problem.
class FileReader {
 public:
  explicit FileReader(CardsRead& result) : m_result(result) {}

  // Whether any line began something (a card, or what should have been one).
  bool saw_begin() const { return m_saw_begin; }

  void read(const std::vector<ContentLine>& lines, int last_line) {
    for (const auto& line : lines) {
      switch (m_state) {
        case State::outside: outside(line); break;
        case State::in_card: in_card(line); break;
        case State::in_other: in_other(line); break;
      }
    }
    flush_stray();
    if (m_state == State::in_card)
      problem(m_begin, fmt::format("card has no END:VCARD: the file ends at line {}", last_line));
    if (m_state == State::in_other)
      problem(m_begin, fmt::format("\"BEGIN:{}\" does not begin a vCard (BEGIN:VCARD): lines {}-{} skipped", m_other,
                                   m_begin, last_line));
  }

 private:
  enum class State { outside, in_card, in_other };

  void problem(int line, std::string message) { m_result.problems.push_back(at_line(line, std::move(message))); }

  void begin_card(const ContentLine& line) {
    m_state = State::in_card;
    m_begin = line.line;
    m_properties.clear();
    m_agent_depth = 0;
  }

  void outside(const ContentLine& line) {
    if (line.name == "BEGIN") m_saw_begin = true;
    if (is_vcard_marker(line, "BEGIN")) {
      flush_stray();
      begin_card(line);
    } else if (line.name == "BEGIN") {
      flush_stray();
      m_state = State::in_other;
      m_begin = line.line;
      m_other = std::string(trim_blanks(line.value));
    } else {
      if (m_stray_first == 0) m_stray_first = line.line;
      m_stray_last = line.line;
    }
  }

  void in_card(const ContentLine& line) {
    if (line.name == "BEGIN") {
      // vCard 2.1 may embed the card of an AGENT (an assistant) right after an empty AGENT property.
      if (m_agent_depth > 0 || (!m_properties.empty() && m_properties.back().name == "AGENT" &&
                                trim_blanks(m_properties.back().value).empty())) {
        ++m_agent_depth;
        return;
      }
      if (is_vcard_marker(line, "BEGIN")) {
        problem(m_begin,
                fmt::format("card has no END:VCARD before the next card begins at line {}: skipped", line.line));
        begin_card(line);
        return;
      }
    }
    if (line.name == "END") {
      if (m_agent_depth > 0) {
        --m_agent_depth;
        return;
      }
      Card card = vcard::read_card(m_properties, m_begin, m_result.warnings);
      m_result.skipped += card.skipped;
      m_result.cards.push_back(std::move(card));
      m_state = State::outside;
      return;
    }
    if (m_agent_depth == 0) m_properties.push_back(line);
  }

  void in_other(const ContentLine& line) {
    if (line.name == "END") {
      problem(m_begin, fmt::format("\"BEGIN:{}\" does not begin a vCard (BEGIN:VCARD): lines {}-{} skipped", m_other,
                                   m_begin, line.line));
      m_state = State::outside;
    } else if (is_vcard_marker(line, "BEGIN")) {
      problem(m_begin, fmt::format("\"BEGIN:{}\" does not begin a vCard (BEGIN:VCARD): lines {}-{} skipped", m_other,
                                   m_begin, line.line - 1));
      begin_card(line);
    }
  }

  // Lines outside any card: what a card that lost its BEGIN:VCARD leaves behind.
  void flush_stray() {
    if (m_stray_first == 0) return;
    if (m_stray_first == m_stray_last)
      problem(m_stray_first, "a line outside any card (no BEGIN:VCARD before it): skipped");
    else
      problem(m_stray_first, fmt::format("lines {}-{} are outside any card (no BEGIN:VCARD before them): skipped",
                                         m_stray_first, m_stray_last));
    m_stray_first = m_stray_last = 0;
  }

  CardsRead& m_result;
  State m_state = State::outside;
  int m_begin = 0;
  std::string m_other;  // the value of a BEGIN that is not VCARD
  std::vector<ContentLine> m_properties;
  int m_agent_depth = 0;
  int m_stray_first = 0;
  int m_stray_last = 0;
  bool m_saw_begin = false;
};

}  // namespace

CardsRead read_vcards(std::string_view bytes) {
  CardsRead result;
  const auto text = file_text(bytes);
  if (!text) {
    result.problems.push_back(at_line(1, "not a vCard file: it holds binary data"));
    return result;
  }
  const auto lines = vcard::read_content_lines(*text);
  FileReader reader(result);
  reader.read(lines, line_count(*text));
  if (!reader.saw_begin() && !lines.empty()) {
    result.problems.clear();  // the lines outside any card: all of them
    result.problems.push_back(at_line(1, "not a vCard file: no line says BEGIN:VCARD"));
  }
  return result;
}

}  // namespace rel::interop
