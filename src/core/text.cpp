// Unicode text helpers built on utf8proc: folding for matching, file-name slugs, terminal widths.
#include "rel/core/text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>
#include <vector>

namespace rel {
namespace {

constexpr size_t max_slug_bytes = 64;

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_slug_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Runs utf8proc_map; nullopt when the input is not valid UTF-8.
std::optional<std::string> map_utf8(std::string_view text, int options) {
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()), static_cast<utf8proc_ssize_t>(text.size()),
                   &out, static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::nullopt;
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(n));
}

// Decodes one code point at `pos`; -1 and a length of 1 for a byte that does not start valid UTF-8.
utf8proc_int32_t decode(std::string_view text, size_t pos, size_t& length) {
  utf8proc_int32_t cp = -1;
  const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                              static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0) {
    length = 1;
    return -1;
  }
  length = static_cast<size_t>(n);
  return cp;
}

// Latin letters that Unicode does not decompose into base + mark, so stripping marks leaves
// them non-ASCII; without this "Søren" would slug to "s-ren".
const char* transliterate(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x00E6: return "ae";  // æ
    case 0x00F0: return "d";   // ð
    case 0x00F8: return "o";   // ø
    case 0x00FE: return "th";  // þ
    case 0x0111: return "d";   // đ
    case 0x0127: return "h";   // ħ
    case 0x0131: return "i";   // dotless ı
    case 0x0138: return "k";   // ĸ
    case 0x0142: return "l";   // ł
    case 0x014B: return "n";   // ŋ
    case 0x0153: return "oe";  // œ
    case 0x0167: return "t";   // ŧ
    case 0x0180: return "b";   // ƀ
    case 0x0257: return "d";   // ɗ
    default: return nullptr;
  }
}

// Appends `piece` to a slug under construction, turning every run of separators into one hyphen.
void append_slug_piece(std::string& slug, std::string_view piece, bool& pending_hyphen) {
  if (pending_hyphen && !slug.empty()) slug += '-';
  pending_hyphen = false;
  slug += piece;
}

}  // namespace

std::string fold(std::string_view text) {
  // Plain ASCII (most names) folds to its lower case: the same bytes utf8proc gives, much faster.
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string bytes(text);
    std::transform(bytes.begin(), bytes.end(), bytes.begin(), ascii_lower);
    return bytes;
  }
  if (auto folded = map_utf8(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK))
    return *folded;
  // Invalid UTF-8 still has to match itself, so keep the bytes and fold only what is surely ASCII.
  std::string bytes(text);
  std::transform(bytes.begin(), bytes.end(), bytes.begin(), ascii_lower);
  return bytes;
}

std::string slugify(std::string_view name) {
  // Compatibility folding as well, so that ligatures and full-width letters become plain ASCII.
  auto compat =
      map_utf8(name, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  const std::string folded = compat ? std::move(*compat) : fold(name);

  std::string slug;
  bool pending_hyphen = false;
  for (size_t pos = 0; pos < folded.size();) {
    size_t length = 1;
    const char c = folded[pos];
    if (is_slug_char(c)) {
      append_slug_piece(slug, std::string_view(&c, 1), pending_hyphen);
    } else if (static_cast<unsigned char>(c) < 0x80) {
      pending_hyphen = true;  // Punctuation, spaces, '/', '.', control characters: all separators.
    } else if (const char* latin = transliterate(decode(folded, pos, length))) {
      append_slug_piece(slug, latin, pending_hyphen);
    } else {
      pending_hyphen = true;  // Letters of other scripts cannot be spelled in ASCII here.
    }
    pos += length;
  }

  if (slug.size() > max_slug_bytes) {
    // Prefer ending at a word boundary, unless that would throw away more than half the budget.
    const size_t hyphen = slug[max_slug_bytes] == '-' ? max_slug_bytes : slug.rfind('-', max_slug_bytes - 1);
    slug.resize(hyphen != std::string::npos && hyphen >= max_slug_bytes / 2 ? hyphen : max_slug_bytes);
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
  }
  return slug.empty() ? "contact" : slug;
}

int display_width(std::string_view text) {
  int width = 0;
  for (size_t pos = 0; pos < text.size();) {
    if (text[pos] >= 0x20 && text[pos] < 0x7f) {  // printable ASCII, without a table lookup
      ++width;
      ++pos;
      continue;
    }
    if (text[pos] == '\x1b' && pos + 1 < text.size() && text[pos + 1] == '[') {
      // A colour (an ANSI CSI sequence, "ESC [ params letter") takes no column.
      pos += 2;
      while (pos < text.size() && !(text[pos] >= 0x40 && text[pos] <= 0x7e)) ++pos;
      pos += pos < text.size() ? 1 : 0;
      continue;
    }
    size_t length = 1;
    const utf8proc_int32_t cp = decode(text, pos, length);
    // A terminal shows an invalid byte as one replacement character.
    width += cp < 0 ? 1 : utf8proc_charwidth(cp);
    pos += length;
  }
  return width;
}

int edit_distance(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  // Two rows of the Levenshtein matrix, the shorter string along them.
  std::vector<int> previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::optional<size_t> invalid_utf8_at(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    // ASCII runs, the common case, without a call per byte.
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    size_t length = 1;
    if (decode(text, pos, length) < 0) return pos;
    pos += length;
  }
  return std::nullopt;
}

std::string slugify_folder(std::string_view folder) {
  std::string out;
  size_t start = 0;
  while (start < folder.size()) {
    auto slash = folder.find('/', start);
    auto part = folder.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (!part.empty() && part != "." && part != "..") {
      if (!out.empty()) out += '/';
      out += slugify(part);
    }
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return out;
}

bool is_clean_text(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    size_t length = 1;
    const utf8proc_int32_t cp = decode(text, pos, length);
    if (cp < 0) return false;
    if (cp != '\t' && cp != '\n' && utf8proc_category(cp) == UTF8PROC_CATEGORY_CC) return false;
    pos += length;
  }
  return true;
}

}  // namespace rel
