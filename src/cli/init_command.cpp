// `rel init [DIR]`: creates the journal folder and a commented `.rel.yaml`.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/store/journal.hpp"
#include "rel/store/writer.hpp"

namespace rel::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* default_settings = R"(# rel journal settings; every key is optional (see `man rel`).
cadence:
  default: 30d          # how often you want contact, unless a contact or its tags say otherwise
  tags:
    family: 14d
    client: 30d
    acquaintance: 180d
# How much each channel counts towards a relationship's intensity.
weights: {meeting: 1.0, video: 0.8, call: 0.7, letter: 0.6, message: 0.4, email: 0.3, social: 0.1, other: 0.3}
)";

struct InitOptions {
  std::string dir;
};

void run_init(const InitOptions& opts, Context& ctx) {
  if (!opts.dir.empty()) ctx.dir = opts.dir;
  auto root = ctx.root();
  std::error_code ec;
  fs::create_directories(root, ec);
  if (ec) throw Error(fmt::format("{}: cannot create: {}", root.string(), ec.message()));
  auto settings = root / store::settings_file_name;
  if (fs::exists(settings, ec)) {
    ctx.out << fmt::format("journal already set up in {}\n", root.string());
    return;
  }
  store::write_file_atomically(settings, default_settings, store::Replace::never);
  ctx.out << fmt::format("created journal in {}\n", root.string());
}

}  // namespace

void add_init_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<InitOptions>();
  auto* cmd = app.add_subcommand("init", "Create a journal folder with a .rel.yaml");
  cmd->add_option("dir", opts->dir, "Where (default: --dir, $REL_DIR, else $XDG_DATA_HOME/rel)");
  cmd->callback([opts, &ctx] { run_init(*opts, ctx); });
}

}  // namespace rel::cli
