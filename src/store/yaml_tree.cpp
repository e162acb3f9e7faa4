// Builds a YamlNode tree from yaml-cpp's event parser, rejecting what rel's files must not contain.
#include "rel/store/yaml_tree.hpp"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <sstream>

namespace rel::store {
namespace {

// Contacts nest three levels (log > entry > with); anything far deeper is hostile
// or a mistake, and refusing it early keeps yaml-cpp's recursion shallow.
constexpr int max_depth = 32;

class TreeBuilder : public YAML::EventHandler {
 public:
  explicit TreeBuilder(const std::string& file) : m_file(file) {}

  YamlNode take_root() { return std::move(m_root); }
  int documents() const { return m_documents; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    // A second document is refused where it starts, before its content is read.
    if (++m_documents > 1) fail(mark, "more than one YAML document (---); a contact file holds one");
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    YamlNode node;
    node.kind = YamlNode::Kind::null;
    place(mark, node);
    add(std::move(node));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    fail(mark, "YAML aliases (*name) are not allowed in a journal file");
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(mark, anchor);
    YamlNode node;
    node.kind = YamlNode::Kind::scalar;
    node.value = value;
    node.plain = tag == "?";
    place(mark, node);
    add(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(mark, anchor, YamlNode::Kind::sequence, style);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(mark, anchor, YamlNode::Kind::map, style);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    YamlNode node;
    bool expecting_key = true;  // for maps: the next node is a key
    YamlNode pending_key;
  };

  [[noreturn]] void fail(const YAML::Mark& mark, std::string message) {
    throw Error(Location{m_file, mark.line + 1, mark.column + 1}, std::move(message));
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) fail(mark, "YAML anchors (&name) are not allowed in a journal file");
  }

  static void place(const YAML::Mark& mark, YamlNode& node) {
    node.line = mark.line;
    node.column = mark.column;
  }

  void open(const YAML::Mark& mark, YAML::anchor_t anchor, YamlNode::Kind kind, YAML::EmitterStyle::value style) {
    check_anchor(mark, anchor);
    if (static_cast<int>(m_stack.size()) >= max_depth)
      fail(mark, fmt::format("nesting deeper than {} levels", max_depth));
    Open frame;
    frame.node.kind = kind;
    frame.node.flow = style == YAML::EmitterStyle::Flow;
    place(mark, frame.node);
    m_stack.push_back(std::move(frame));
  }

  void close() {
    YamlNode node = std::move(m_stack.back().node);
    m_stack.pop_back();
    add(std::move(node));
  }

  void add(YamlNode node) {
    if (m_stack.empty()) {
      m_root = std::move(node);
      return;
    }
    Open& top = m_stack.back();
    if (top.node.kind == YamlNode::Kind::sequence) {
      top.node.items.push_back(std::move(node));
      return;
    }
    if (top.expecting_key) {
      if (node.kind != YamlNode::Kind::scalar)
        fail_at(node, "a key must be plain text, not a list, map or empty value");
      for (const auto& [key, value] : top.node.entries)
        if (key.value == node.value)
          fail_at(node, fmt::format("duplicated key \"{}\" (first at line {})", node.value, key.line + 1));
      top.pending_key = std::move(node);
      top.expecting_key = false;
    } else {
      top.node.entries.emplace_back(std::move(top.pending_key), std::move(node));
      top.expecting_key = true;
    }
  }

  [[noreturn]] void fail_at(const YamlNode& node, std::string message) {
    throw Error(Location{m_file, node.line + 1, node.column + 1}, std::move(message));
  }

  const std::string& m_file;
  std::vector<Open> m_stack;
  YamlNode m_root;
  int m_documents = 0;
};

// A bound on flow nesting checked on the raw text before yaml-cpp sees it, so that no
// input can make its recursive parser run deep; the tree builder reports real files
// at max_depth with a better position. Far above max_depth because this scan is an
// approximation: it must never refuse brackets inside quotes, comments, block
// scalars or plain text (a note of "[[[[..." is fine).
constexpr int max_scan_depth = 256;

void check_flow_depth(std::string_view text, const std::string& file) {
  int depth = 0;
  int line = 1;
  int column = 1;
  bool node_start = true;        // the next non-space character may begin a node
  bool line_start = true;        // only spaces so far on this line
  int indent = 0;                // of the current line
  int block_scalar_indent = -1;  // skipping the lines of a `|` or `>` scalar more indented than this
  Location too_deep;
  size_t i = 0;
  auto skip_to_line_end = [&] {
    while (i < text.size() && text[i] != '\n') ++i, ++column;
  };
  while (i < text.size()) {
    char c = text[i];
    if (c == '\n') {
      ++line, column = 1, ++i;
      line_start = true, indent = 0;
      if (depth == 0) node_start = true;
      continue;
    }
    if (line_start && c == ' ') {
      ++indent, ++column, ++i;
      continue;
    }
    if (line_start) {
      line_start = false;
      if (block_scalar_indent >= 0) {
        if (indent > block_scalar_indent || c == '\r') {
          skip_to_line_end();
          continue;
        }
        block_scalar_indent = -1;
      }
    }
    if (c == '#' && (column == 1 || text[i - 1] == ' ' || text[i - 1] == '\t')) {
      skip_to_line_end();
      continue;
    }
    if (c == '"' || c == '\'') {
      if (node_start) {
        // A quoted scalar, perhaps over several lines; '' and \" do not end it.
        ++i, ++column;
        while (i < text.size()) {
          char q = text[i];
          if (q == '\n') {
            ++line, column = 1, ++i;
            continue;
          }
          if (c == '"' && q == '\\') {
            i += 2, column += 2;
            continue;
          }
          if (q == c) {
            if (c == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
              i += 2, column += 2;
              continue;
            }
            break;
          }
          ++i, ++column;
        }
        ++i, ++column;
        node_start = false;
        continue;
      }
    } else if ((c == '[' || c == '{') && (node_start || depth > 0)) {
      if (++depth == max_depth + 1) too_deep = Location{file, line, column};
      // Reported where it first went too deep, as the tree builder would have.
      if (depth > max_scan_depth) throw Error(too_deep, fmt::format("nesting deeper than {} levels", max_depth));
      node_start = true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
      node_start = false;
    } else if ((c == '|' || c == '>') && node_start && depth == 0) {
      block_scalar_indent = indent;
      skip_to_line_end();
      continue;
    } else if (c == ',' && depth > 0) {
      node_start = true;
    } else if ((c == '-' || c == ':' || c == '?') &&
               (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n' || text[i + 1] == '\r' ||
                (depth > 0 && c == ':'))) {
      node_start = true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      node_start = false;
    }
    ++i, ++column;
  }
}

}  // namespace

const YamlNode* YamlNode::find(std::string_view key) const {
  for (const auto& [k, v] : entries)
    if (k.value == key) return &v;
  return nullptr;
}

YamlNode parse_yaml(std::string_view text, const std::string& file) {
  if (text.size() > max_file_bytes)
    throw Error(Location{file, 1, 1}, fmt::format("file is {} bytes, more than the {} MiB a contact may have",
                                                  text.size(), max_file_bytes / (1024 * 1024)));
  check_flow_depth(text, file);
  std::istringstream stream{std::string(text)};
  TreeBuilder builder(file);
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const YAML::Exception& e) {
    throw Error(Location{file, std::max(0, e.mark.line + 1), std::max(0, e.mark.column + 1)}, e.msg);
  }
  return builder.take_root();
}

}  // namespace rel::store
