// Reading the headers of every message of a maildir or an mbox file, on every core: a maildir file
// is read only up to the end of its headers; an mbox file is mapped and cut at its "From " lines.
#include <fcntl.h>
#include <fmt/format.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <functional>
#include <system_error>

#include "mail_header_block.hpp"
#include "native.hpp"
#include "rel/core/parallel.hpp"
#include "rel/interop/mail.hpp"
#include "rel/util/descriptor.hpp"
#include "rel/util/mapped_file.hpp"

namespace rel::interop {
namespace fs = std::filesystem;
namespace {

// Headers are read in pieces of this size: most messages' headers fit in one or two.
constexpr size_t piece_size = 8192;
// Headers longer than this are not a message's but a damaged file's.
constexpr size_t max_header_size = 1 << 20;

std::string system_error_text(int error) { return std::system_category().message(error); }

// The header block of a message file, or why it cannot be had. Reading stops with the piece that
// holds the empty line ending the headers; what that piece holds past it is dropped unread.
std::string read_header_block(const std::string& path, std::string& problem) {
  util::Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    problem = system_error_text(errno);
    return {};
  }
  std::string buffer;
  for (;;) {
    size_t old_size = buffer.size();
    buffer.resize(old_size + piece_size);
    ssize_t got = ::read(fd.get(), buffer.data() + old_size, piece_size);
    if (got < 0 && errno == EINTR) {
      buffer.resize(old_size);
      continue;
    }
    if (got < 0) {
      problem = system_error_text(errno);
      return {};
    }
    buffer.resize(old_size + static_cast<size_t>(got));
    if (auto length = header_block_length(buffer)) {
      buffer.resize(*length);
      return buffer;
    }
    if (got == 0) return buffer;  // headers and no body
    if (buffer.size() > max_header_size) {
      problem = "its headers are longer than 1 MiB";
      return {};
    }
  }
}

std::vector<std::string> maildir_files(const fs::path& folder) {
  std::vector<std::string> files;
  bool any = false;
  for (const char* sub : {"cur", "new"}) {
    std::error_code error;
    fs::directory_iterator entries(folder / sub, error);
    if (error == std::errc::no_such_file_or_directory || error == std::errc::not_a_directory) continue;
    if (error) throw Error(Location{(folder / sub).string(), 0, 0}, error.message());
    any = true;
    for (const auto& entry : entries) {
      // Dot files are a mail program's own (Dovecot's, Courier's), not messages.
      if (entry.path().filename().string().starts_with('.')) continue;
      if (!entry.is_regular_file(error)) continue;
      files.push_back(entry.path().string());
    }
  }
  if (!any) throw Error(Location{folder.string(), 0, 0}, "not a maildir: it has no cur/ or new/ folder");
  std::sort(files.begin(), files.end());
  return files;
}

// Whether `text` opens with a header field ("Name:"): what tells a message's "From " line from a
// body's.
bool opens_with_field(std::string_view text) {
  for (size_t k = 0; k < text.size(); ++k) {
    char c = text[k];
    if (c == ':') return k > 0;
    if (c < 33 || c > 126) return false;
  }
  return false;
}

std::vector<size_t> message_starts(std::string_view text) {
  std::vector<size_t> starts{0};
  size_t pos = 0;
  for (;;) {
    const void* hit = ::memmem(text.data() + pos, text.size() - pos, "\nFrom ", 6);
    if (!hit) break;
    size_t line = static_cast<size_t>(static_cast<const char*>(hit) - text.data()) + 1;
    pos = line;
    size_t line_end = text.find('\n', line);
    if (line_end == std::string_view::npos) break;
    if (opens_with_field(text.substr(line_end + 1))) starts.push_back(line);
  }
  return starts;
}

std::string read_all(int fd, const std::string& name) {
  std::string text;
  char piece[65536];
  for (;;) {
    ssize_t got = ::read(fd, piece, sizeof piece);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw Error(Location{name, 0, 0}, system_error_text(errno));
    if (got == 0) return text;
    text.append(piece, static_cast<size_t>(got));
  }
}

// Decodes the messages 0..total-1 (`decode(k)`) a chunk at a time on every core, hands each to
// `take` in order, and keeps in memory only what `keep` kept: a mailbox is never held whole.
void decode_in_chunks(size_t total, const std::function<DecodedHeaders(size_t)>& decode, const MessageFilter& keep,
                      const ReadProgress& progress, const std::function<void(size_t, DecodedHeaders&)>& take) {
  constexpr size_t chunk_size = 4096;
  std::vector<DecodedHeaders> decoded;
  for (size_t first = 0; first < total; first += chunk_size) {
    decoded.assign(std::min(chunk_size, total - first), DecodedHeaders{});
    ReadProgress moved;
    if (progress)
      moved = [&](size_t done, size_t) {
        if (first + done < total) progress(first + done, total);
      };
    for_each_in_parallel(
        decoded.size(),
        [&](size_t k) {
          decoded[k] = decode(first + k);
          if (decoded[k].headers && keep && !keep(*decoded[k].headers)) decoded[k].headers.reset();
        },
        moved);
    for (size_t k = 0; k < decoded.size(); ++k) take(first + k, decoded[k]);
  }
  if (progress) progress(total, total);
}

}  // namespace

MailRead native::read_maildir(const fs::path& folder, const MessageFilter& keep, const ReadProgress& progress,
                              const MessageSink& take) {
  auto files = maildir_files(folder);
  MailRead read;
  decode_in_chunks(
      files.size(),
      [&](size_t k) {
        std::string problem;
        auto block = read_header_block(files[k], problem);
        if (!problem.empty()) return DecodedHeaders{std::nullopt, std::move(problem)};
        return decode_header_block(block, Location{files[k], 0, 0});
      },
      keep, progress,
      [&](size_t k, DecodedHeaders& decoded) {
        if (decoded.headers)
          take ? take(std::move(*decoded.headers)) : read.messages.push_back(std::move(*decoded.headers));
        else if (!decoded.problem.empty())
          read.problems.push_back(Diagnostic{Location{files[k], 0, 0}, "message skipped: " + decoded.problem});
      });
  return read;
}

MailRead native::read_mbox_text(std::string_view text, std::string_view name, const MessageFilter& keep,
                                const ReadProgress& progress, const MessageSink& take) {
  if (text.empty()) return {};
  if (!text.starts_with("From "))
    throw Error(Location{std::string(name), 1, 0}, "not an mbox file: it does not begin with a \"From \" line");
  auto starts = message_starts(text);
  std::vector<size_t> line_breaks(starts.size());
  MailRead read;
  int line = 1;
  decode_in_chunks(
      starts.size(),
      [&](size_t k) {
        size_t end = k + 1 < starts.size() ? starts[k + 1] : text.size();
        auto message = text.substr(starts[k], end - starts[k]);
        line_breaks[k] = static_cast<size_t>(std::count(message.begin(), message.end(), '\n'));
        auto envelope_end = message.find('\n');
        auto rest = envelope_end == std::string_view::npos ? std::string_view() : message.substr(envelope_end + 1);
        auto block = rest.substr(0, header_block_length(rest).value_or(rest.size()));
        return decode_header_block(block, Location{std::string(name), 0, 0});
      },
      keep, progress,
      [&](size_t k, DecodedHeaders& decoded) {
        if (decoded.headers) {
          decoded.headers->where.line = line;
          take ? take(std::move(*decoded.headers)) : read.messages.push_back(std::move(*decoded.headers));
        } else if (!decoded.problem.empty()) {
          read.problems.push_back(
              Diagnostic{Location{std::string(name), line, 0}, "message skipped: " + decoded.problem});
        }
        line += static_cast<int>(line_breaks[k]);
      });
  return read;
}

MailRead native::read_mbox(const fs::path& file, const MessageFilter& keep, const ReadProgress& progress,
                           const MessageSink& take) {
  auto name = file.string();
  util::Descriptor fd(::open(name.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) throw Error(Location{name, 0, 0}, system_error_text(errno));
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) throw Error(Location{name, 0, 0}, system_error_text(errno));
  if (!S_ISREG(info.st_mode)) return native::read_mbox_text(read_all(fd.get(), name), name, keep, progress, take);
  if (info.st_size == 0) return {};
  util::MappedFile mapped(file, util::MappedFile::Populate::lazy);
  if (mapped.bytes().empty()) throw Error(Location{name, 0, 0}, "the file could not be mapped into memory");
  return native::read_mbox_text(mapped.bytes(), name, keep, progress, take);
}

}  // namespace rel::interop
