// Every subcommand's entry point; each lives in its own src/cli/<name>_command.cpp.
#pragma once

namespace CLI {
class App;
}

namespace rel::cli {

struct Context;

void add_init_command(CLI::App& app, Context& ctx);
void add_add_command(CLI::App& app, Context& ctx);
void add_log_command(CLI::App& app, Context& ctx);
void add_show_command(CLI::App& app, Context& ctx);
void add_list_command(CLI::App& app, Context& ctx);
void add_set_command(CLI::App& app, Context& ctx);      // set and unset
void add_promise_command(CLI::App& app, Context& ctx);  // promise and kept
void add_snooze_command(CLI::App& app, Context& ctx);
void add_archive_command(CLI::App& app, Context& ctx);  // archive and unarchive
void add_help_command(CLI::App& app, Context& ctx);     // needs the root app: it shows any command's help
void add_amend_command(CLI::App& app, Context& ctx);
void add_delete_command(CLI::App& app, Context& ctx);
void add_rename_command(CLI::App& app, Context& ctx);
void add_merge_command(CLI::App& app, Context& ctx);
void add_rm_command(CLI::App& app, Context& ctx);
void add_undo_command(CLI::App& app, Context& ctx);
void add_tags_command(CLI::App& app, Context& ctx);
void add_upcoming_command(CLI::App& app, Context& ctx);
void add_who_to_call_command(CLI::App& app, Context& ctx);
void add_report_command(CLI::App& app, Context& ctx);
void add_search_command(CLI::App& app, Context& ctx);
void add_check_command(CLI::App& app, Context& ctx);
void add_edit_command(CLI::App& app, Context& ctx);
void add_git_command(CLI::App& app, Context& ctx);
void add_sync_command(CLI::App& app, Context& ctx);
void add_monitor_command(CLI::App& app, Context& ctx);
void add_merge_driver_command(CLI::App& app, Context& ctx);
void add_import_command(CLI::App& app, Context& ctx);
void add_export_command(CLI::App& app, Context& ctx);
void add_completion_command(CLI::App& app, Context& ctx);  // needs the root app: it lists every command

}  // namespace rel::cli
