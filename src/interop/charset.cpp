// Decoding the bytes of foreign files into UTF-8: the charsets and transfer encodings address books use.
#include "rel/interop/charset.hpp"

#include <array>
#include <cstdint>

namespace rel::interop {
namespace {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

constexpr char32_t replacement_character = 0xFFFD;

// The length of the well-formed UTF-8 sequence at `pos`, or 0 (RFC 3629's table of valid bytes).
size_t utf8_sequence_length(std::string_view s, size_t pos) {
  auto byte = [&](size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
  const unsigned c = byte(pos);
  auto cont = [&](size_t i) { return (byte(i) & 0xC0) == 0x80; };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(pos + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    const unsigned c1 = byte(pos + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
    if (c == 0xED && c1 > 0x9F) return 0;  // surrogate
    return cont(pos + 1) && cont(pos + 2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    const unsigned c1 = byte(pos + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 > 0x8F) return 0;  // past U+10FFFF
    return cont(pos + 1) && cont(pos + 2) && cont(pos + 3) ? 4 : 0;
  }
  return 0;
}

// Windows-1252's 0x80-0x9F; the five bytes it leaves undefined map to the C1 controls, as browsers do.
constexpr std::array<char16_t, 32> cp1252_high = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// ISO-8859-15 differs from ISO-8859-1 in eight places (the euro sign and French/Finnish letters).
char32_t latin9_code_point(unsigned char b) {
  switch (b) {
    case 0xA4: return 0x20AC;
    case 0xA6: return 0x0160;
    case 0xA8: return 0x0161;
    case 0xB4: return 0x017D;
    case 0xB8: return 0x017E;
    case 0xBC: return 0x0152;
    case 0xBD: return 0x0153;
    case 0xBE: return 0x0178;
    default: return b;
  }
}

enum class KnownCharset { unsaid, utf8, ascii, windows_1252, latin9, other };

KnownCharset classify_charset(std::string_view name) {
  std::string key;
  for (char c : name) {
    if (c == '-' || c == '_' || c == ' ' || c == '"') continue;
    key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (key.empty()) return KnownCharset::unsaid;
  if (key == "utf8") return KnownCharset::utf8;
  if (key == "usascii" || key == "ascii") return KnownCharset::ascii;
  if (key == "iso88591" || key == "iso8859" || key == "latin1" || key == "l1" || key == "windows1252" ||
      key == "cp1252" || key == "ansi")
    return KnownCharset::windows_1252;
  if (key == "iso885915" || key == "latin9") return KnownCharset::latin9;
  return KnownCharset::other;
}

int base64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

enum class Endian { little, big };

std::string utf16_to_utf8(std::string_view bytes, Endian endian) {
  std::string out;
  out.reserve(bytes.size() / 2);
  auto unit = [&](size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return endian == Endian::little ? (b << 8 | a) : (a << 8 | b);
  };
  for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
      const char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      }
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = replacement_character;  // an unpaired surrogate
    append_utf8(out, cp);
  }
  return out;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  for (size_t i = 0; i < bytes.size();) {
    const size_t n = utf8_sequence_length(bytes, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string replace_invalid_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size();) {
    const size_t n = utf8_sequence_length(bytes, i);
    if (n == 0) {
      append_utf8(out, replacement_character);
      ++i;
    } else {
      out.append(bytes.substr(i, n));
      i += n;
    }
  }
  return out;
}

std::string windows_1252_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    append_utf8(out, b >= 0x80 && b <= 0x9F ? cp1252_high[b - 0x80] : b);
  }
  return out;
}

std::optional<std::string> to_utf8(std::string_view bytes, std::string_view charset, bool& replaced) {
  replaced = false;
  // UTF-8 is kept whatever the label says: mislabelled UTF-8 is common, while single-byte text that
  // happens to be well-formed UTF-8 with non-ASCII letters ("Ã©") almost never is.
  if (is_valid_utf8(bytes)) return std::string(bytes);
  switch (classify_charset(charset)) {
    case KnownCharset::utf8: replaced = true; return replace_invalid_utf8(bytes);
    case KnownCharset::unsaid:
    case KnownCharset::ascii:
    case KnownCharset::windows_1252: return windows_1252_to_utf8(bytes);
    case KnownCharset::latin9: {
      std::string out;
      for (char c : bytes) append_utf8(out, latin9_code_point(static_cast<unsigned char>(c)));
      return out;
    }
    case KnownCharset::other: return std::nullopt;
  }
  return std::nullopt;
}

std::string decode_quoted_printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '=') {
      out += text[i];
      continue;
    }
    if (i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else if (i + 1 == text.size()) {
      // A soft line break the line reader left at the very end.
    } else if (text.substr(i + 1).starts_with("\r\n")) {
      i += 2;
    } else if (text[i + 1] == '\n') {
      i += 1;
    } else {
      out += '=';
    }
  }
  return out;
}

std::optional<std::string> decode_base64(std::string_view text) {
  std::string out;
  out.reserve(text.size() * 3 / 4);
  uint32_t buffer = 0;
  int bits = 0;
  int padding = 0;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (c == '=') {
      ++padding;
      continue;
    }
    const int v = base64_value(c);
    if (v < 0 || padding > 0) return std::nullopt;
    buffer = (buffer << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  if (padding > 2 || bits >= 6) return std::nullopt;
  return out;
}

std::optional<std::string> file_text(std::string_view bytes) {
  std::string text;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    text = bytes.substr(3);
  } else if (bytes.starts_with("\xFF\xFE")) {
    text = utf16_to_utf8(bytes.substr(2), Endian::little);
  } else if (bytes.starts_with("\xFE\xFF")) {
    text = utf16_to_utf8(bytes.substr(2), Endian::big);
  } else if (bytes.size() >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0) {
    text = utf16_to_utf8(bytes, Endian::little);
  } else if (bytes.size() >= 4 && bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0) {
    text = utf16_to_utf8(bytes, Endian::big);
  } else {
    text = bytes;
  }
  if (text.find('\0') != std::string::npos) return std::nullopt;
  return text;
}

}  // namespace rel::interop
