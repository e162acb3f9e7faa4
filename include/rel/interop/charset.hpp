// Byte-level decoding the address-book readers share: UTF-8 checks, Windows-1252 and UTF-16 to
// UTF-8, quoted-printable and base64.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rel::interop {

// True when `bytes` is well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// `bytes` with every byte that does not start a well-formed UTF-8 sequence replaced by U+FFFD.
std::string replace_invalid_utf8(std::string_view bytes);

// Windows-1252 (a superset of ISO-8859-1 in its printable range, and what files labelled
// ISO-8859-1 really hold) as UTF-8.
std::string windows_1252_to_utf8(std::string_view bytes);

// `bytes` in the named charset (a MIME name, case-insensitive: "UTF-8", "ISO-8859-1", "latin1",
// "windows-1252", "US-ASCII"...) as UTF-8; an empty name means "not said". Nothing when rel cannot
// read that charset and the bytes are not UTF-8 either. Bytes that are not UTF-8 in a value whose
// charset is not said are read as Windows-1252, which is what such files come from.
// `replaced` is set when bytes labelled UTF-8 were not, and were replaced by U+FFFD.
std::optional<std::string> to_utf8(std::string_view bytes, std::string_view charset, bool& replaced);

// Quoted-printable decoded: "=C3=A9" is one byte each, a malformed "=" stays as it is. Soft line
// breaks are joined by the line reader before this, so a "=" at the very end is dropped.
std::string decode_quoted_printable(std::string_view text);

// Base64 decoded, ignoring white space; nothing when other characters or a bad length show up.
std::optional<std::string> decode_base64(std::string_view text);

// A whole file as UTF-8 text for the readers: a UTF-8 byte order mark is dropped and UTF-16 (with a
// byte order mark, or recognisable by its zero bytes) is converted. Nothing for binary data (any
// other zero byte), which no address book writes. Line breaks are unchanged.
std::optional<std::string> file_text(std::string_view bytes);

}  // namespace rel::interop
