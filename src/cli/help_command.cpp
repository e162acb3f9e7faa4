// `rel help [COMMAND]`: the same text as `rel --help` or `rel COMMAND --help`, for those who type it first.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/core/error.hpp"

namespace rel::cli {

void add_help_command(CLI::App& app, Context& ctx) {
  auto words = std::make_shared<std::vector<std::string>>();
  auto* cmd = app.add_subcommand("help", "Help on rel, or on one command: `rel help log` is `rel log --help`");
  cmd->add_option("command", *words, "A command (and a subcommand of it, as in `rel help monitor`)");
  cmd->callback([&app, words, &ctx] {
    const CLI::App* topic = &app;
    std::string prefix;  // what CLI11 names the command in its usage line: "rel log"
    for (const auto& word : *words) {
      const CLI::App* next = nullptr;
      for (const auto* sub : topic->get_subcommands([](const CLI::App*) { return true; }))
        if (sub->get_name() == word) next = sub;
      if (!next) throw UsageError(fmt::format("no command \"{}\" (see `rel --help`)", word));
      prefix += (prefix.empty() ? "" : " ") + topic->get_name();
      topic = next;
    }
    // The formatter directly: App::help() would describe the command being run, this one.
    ctx.out << topic->get_formatter()->make_help(
        topic, prefix.empty() ? topic->get_name() : prefix + " " + topic->get_name(), CLI::AppFormatMode::Normal);
  });
}

}  // namespace rel::cli
