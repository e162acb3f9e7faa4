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

  void OnDocumentStart(const YAML::Mark&) override { ++m_documents; }
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

// yaml-cpp recurses once per flow bracket before any event reaches the builder, so
// deep `[[[[...` must be refused by a scan of the text first.
void check_flow_depth(std::string_view text, const std::string& file) {
  int depth = 0;
  int line = 1;
  int column = 1;
  for (char c : text) {
    if (c == '\n') {
      ++line;
      column = 0;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth)
        throw Error(Location{file, line, column}, fmt::format("nesting deeper than {} levels", max_depth));
    } else if (c == ']' || c == '}') {
      depth = depth > 0 ? depth - 1 : 0;
    }
    ++column;
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
    throw Error(Location{file, 0, 0},
                fmt::format("file is {} bytes, more than the {} MiB a contact may have", text.size(),
                            max_file_bytes / (1024 * 1024)));
  check_flow_depth(text, file);
  std::istringstream stream{std::string(text)};
  TreeBuilder builder(file);
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(builder)) {
      if (builder.documents() > 1) throw Error(Location{file, 0, 0}, "more than one YAML document (---)");
    }
  } catch (const YAML::Exception& e) {
    throw Error(Location{file, std::max(0, e.mark.line + 1), std::max(0, e.mark.column + 1)}, e.msg);
  }
  return builder.take_root();
}

}  // namespace rel::store
