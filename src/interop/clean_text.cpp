// Text cleaning shared by the address-book readers: what a value becomes in a contact file.
#include "clean_text.hpp"

#include "ascii.hpp"

namespace rel::interop {
namespace {

bool is_control(unsigned char c) { return c < 0x20 || c == 0x7F; }

// The length of a C1 control character (U+0080-U+009F, what Windows-1252's undefined bytes become)
// at `i`, or 0.
size_t c1_control_at(std::string_view text, size_t i) {
  return text[i] == '\xC2' && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                 static_cast<unsigned char>(text[i + 1]) <= 0x9F
             ? 2
             : 0;
}

}  // namespace

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  text = trim(text);
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || is_control(static_cast<unsigned char>(c)) || c1_control_at(text, i) != 0) {
      i += c1_control_at(text, i) == 0 ? 0 : 1;
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string multi_line(std::string_view text) {
  std::string unified;
  unified.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r') {
      unified += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (c1_control_at(text, i) != 0) {
      ++i;
    } else if (c == '\n' || c == '\t' || !is_control(static_cast<unsigned char>(c))) {
      unified += c;
    }
  }
  std::string out;
  for (size_t start = 0; start <= unified.size();) {
    auto end = unified.find('\n', start);
    if (end == std::string::npos) end = unified.size();
    auto line = std::string_view(unified).substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (!out.empty() || !line.empty()) {
      out += line;
      out += '\n';
    }
    start = end + 1;
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

std::string address_line(std::string_view text) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    auto piece = one_line(text.substr(start, end - start));
    while (!piece.empty() && piece.back() == ',') piece.pop_back();
    piece = one_line(piece);
    if (!piece.empty()) {
      if (!out.empty()) out += ", ";
      out += piece;
    }
    start = end + 1;
  }
  return out;
}

}  // namespace rel::interop
