// A read-only memory map of a whole file.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string_view>

namespace rel::util {

// Empty when the file cannot be read (or is empty): derived files are only ever shortcuts.
class MappedFile {
 public:
  // Populate::all reads the whole file in at once (it will all be read); Populate::lazy only the
  // pages touched.
  enum class Populate { all, lazy };
  explicit MappedFile(const std::filesystem::path& path, Populate populate = Populate::all);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  std::string_view bytes() const { return {static_cast<const char*>(m_data), m_size}; }

 private:
  void* m_data = nullptr;
  size_t m_size = 0;
};

}  // namespace rel::util
