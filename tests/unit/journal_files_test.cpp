// Tests of the watcher (run in a thread of the test), its answers, the walk snapshot kept in the cache
// folder, and list_files, which trusts the two instead of walking when it can.
#include "rel/watch/journal_files.hpp"

#include <doctest/doctest.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

#include "rel/cache/cached_load.hpp"
#include "rel/util/atomic_file.hpp"
#include "rel/util/frame_log.hpp"
#include "rel/util/mapped_file.hpp"
#include "rel/watch/monitor.hpp"
#include "watched_journal.hpp"

namespace rel::watch {
using namespace journal;
using namespace util;
using namespace cache;

namespace {

std::vector<std::string> ids_of(const std::vector<ContactFile>& files) {
  std::vector<std::string> ids;
  for (const auto& f : files) ids.push_back(f.id);
  return ids;
}

MonitorAnswer ask(const CacheFolder& journal, const std::string& token) {
  auto answer = ask_monitor(journal, token);
  REQUIRE(answer);
  CHECK(!answer->token.empty());
  return *answer;
}

TEST_CASE("a watcher says which contact files changed since a token, and 'all' when it cannot tell") {
  WatchedJournal j;
  j.write("alice.yaml", "name: Alice\n");
  j.write("work/bob.yaml", "name: Bob\n");
  CHECK_FALSE(ask_monitor(j.folder(), ""));  // none running
  Watching watching(j.folder());
  const auto status = *monitor_status(j.folder());
  CHECK(status.find("folders 2\n") != std::string::npos);

  auto first = ask(j.folder(), "");
  CHECK_FALSE(first.changed);  // no token: walk
  auto quiet = ask(j.folder(), first.token);
  REQUIRE(quiet.changed);
  CHECK(quiet.changed->empty());

  j.write("alice.yaml", "aka: [Al]\n", std::ios::app);  // in place
  j.write("work/carol.yaml", "name: Carol\n");
  j.write("work/.carol.yaml.swp", "x");  // never a contact
  j.write("notes.txt", "x");
  auto edited = ask(j.folder(), quiet.token);
  REQUIRE(edited.changed);
  CHECK(*edited.changed == std::vector<std::string>{"alice.yaml", "work/carol.yaml"});
  // Asked again from the older token: the same; from the newer, nothing.
  CHECK(*ask(j.folder(), quiet.token).changed == *edited.changed);
  CHECK(ask(j.folder(), edited.token).changed->empty());

  fs::remove(j.root / "work/bob.yaml");
  fs::rename(j.root / "alice.yaml", j.root / "alice-chen.yaml");
  ::chmod((j.root / "work/carol.yaml").c_str(), 0);
  auto moved = ask(j.folder(), edited.token);
  REQUIRE(moved.changed);
  CHECK(*moved.changed ==
        std::vector<std::string>{"alice-chen.yaml", "alice.yaml", "work/bob.yaml", "work/carol.yaml"});

  // A new folder's files may predate its watch: every older token gets "all", and the new folder is
  // watched from then on.
  j.write("family/dan.yaml", "name: Dan\n");
  CHECK_FALSE(ask(j.folder(), moved.token).changed);
  auto after = ask(j.folder(), "");
  j.write("family/dan.yaml", "name: Daniel\n");
  CHECK(*ask(j.folder(), after.token).changed == std::vector<std::string>{"family/dan.yaml"});

  // A token of another watcher, or not a token at all.
  CHECK_FALSE(ask(j.folder(), "0123456789abcdef.1").changed);
  CHECK_FALSE(ask(j.folder(), after.token + "x").changed);

  // One watcher per journal.
  CHECK_FALSE(run_monitor(j.folder(), std::chrono::minutes(1)));
}

TEST_CASE("a watcher exits when asked to, and when its journal is removed") {
  WatchedJournal j;
  {
    Watching watching(j.folder());
    CHECK(stop_monitor(j.folder()));
    watching.thread.join();
    watching.thread = std::thread([] {});
    CHECK(watching.returned);
    CHECK_FALSE(monitor_status(j.folder()));
    CHECK_FALSE(stop_monitor(j.folder()));
  }
  Watching watching(j.folder());
  fs::remove_all(j.root);
  watching.thread.join();
  watching.thread = std::thread([] {});
  CHECK(watching.returned);
  CHECK_FALSE(monitor_status(j.folder()));
}

TEST_CASE("a watcher listens in a folder no one else may enter, never on a name anyone can take") {
  WatchedJournal j;
  const auto folder = j.folder();
  {
    Watching watching(folder);
    struct stat st {};
    REQUIRE(::lstat(folder.sockets.c_str(), &st) == 0);
    CHECK(S_ISDIR(st.st_mode));
    CHECK((st.st_mode & 0777) == 0700);
    CHECK(st.st_uid == ::getuid());
    size_t sockets = 0;
    for (const auto& entry : fs::directory_iterator(folder.sockets)) sockets += entry.is_socket();
    CHECK(sockets == 1);
    // No abstract name (shown with '@' in /proc/net/unix), which another user could bind first.
    // One check over the whole table, so the suite's assertion count does not vary with the sockets open.
    std::ifstream unix_sockets("/proc/net/unix");
    const std::string table{std::istreambuf_iterator<char>(unix_sockets), std::istreambuf_iterator<char>()};
    CHECK(table.find("@rel-monitor") == std::string::npos);
  }
  // Stopped: its socket is gone with it.
  size_t left = 0;
  for (const auto& entry : fs::directory_iterator(folder.sockets)) left += entry.is_socket();
  CHECK(left == 0);

  SUBCASE("a folder others may enter is used by neither side") {
    ::chmod(folder.sockets.c_str(), 0755);
    CHECK_THROWS_WITH_AS(run_monitor(folder, std::chrono::minutes(1)),
                         doctest::Contains("must be a folder of yours that no one else may enter"), Error);
    ::chmod(folder.sockets.c_str(), 0700);
    Watching watching(folder);
    ::chmod(folder.sockets.c_str(), 0750);
    CHECK_FALSE(ask_monitor(folder, ""));
    ::chmod(folder.sockets.c_str(), 0700);
    CHECK(ask_monitor(folder, ""));
  }
  SUBCASE("a link in its place is not followed") {
    fs::remove_all(folder.sockets);
    fs::create_directories(j.base / "elsewhere");
    ::chmod((j.base / "elsewhere").c_str(), 0700);
    fs::create_directory_symlink(j.base / "elsewhere", folder.sockets);
    CHECK_THROWS_AS(run_monitor(folder, std::chrono::minutes(1)), Error);
  }
  SUBCASE("the socket a killed watcher left behind is replaced") {
    fs::path path;
    {
      Watching first(folder);
      for (const auto& entry : fs::directory_iterator(folder.sockets))
        if (entry.is_socket()) path = entry.path();
    }
    REQUIRE(!path.empty());
    // What a killed watcher leaves: the socket, with no one listening on it.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, path.c_str(), sizeof address.sun_path - 1);
    REQUIRE(::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
    ::close(fd);
    CHECK_FALSE(ask_monitor(folder, ""));
    Watching second(folder);
    CHECK(ask_monitor(folder, ""));
  }
}

TEST_CASE("a socket path longer than a socket address holds is reached through the open folder") {
  WatchedJournal j;
  auto folder = j.folder();
  folder.sockets = j.base / std::string(120, 's') / "sockets";
  Watching watching(folder);
  auto answer = ask_monitor(folder, "");
  REQUIRE(answer);
  CHECK_FALSE(answer->changed);
}

TEST_CASE("a watcher whose journal path now leads to another folder says 'all' and exits") {
  // A folder above the journal moved away, and another journal put at the same path.
  WatchedJournal j;
  const auto journal = j.root / "notes";  // the folder above it, j.root, is what moves
  j.write("notes/alice.yaml", "name: Alice\n");
  Watching watching(j.folder(journal));
  const auto token = ask(j.folder(journal), "").token;
  fs::rename(j.root, j.base / "old");
  j.write("notes/bob.yaml", "name: Bob\n");
  CHECK_FALSE(ask(j.folder(journal), token).changed);
  watching.thread.join();
  watching.thread = std::thread([] {});
  CHECK(watching.returned);
  CHECK_FALSE(monitor_status(j.folder(journal)));
}

TEST_CASE("a walk snapshot is read back as written, and never when damaged") {
  WalkSnapshot snapshot{"abc.7", {{"alice", {12, 345, 6, 789}}, {"work/bob", {1, 2, 3, 4}}}};
  const auto bytes = encode_walk_snapshot(snapshot);
  auto back = decode_walk_snapshot(bytes);
  REQUIRE(back);
  CHECK(back->token == "abc.7");
  REQUIRE(back->files.size() == 2);
  CHECK(back->files[1].id == "work/bob");
  CHECK(back->files[0].stamp == snapshot.files[0].stamp);
  for (size_t n = 0; n < bytes.size(); ++n) CHECK_FALSE(decode_walk_snapshot(bytes.substr(0, n)));
  CHECK_FALSE(decode_walk_snapshot(bytes + "x"));
}

TEST_CASE("changes are applied to a walk's list as a new walk would list them") {
  WatchedJournal j;
  j.write("alice.yaml", "name: Alice\n");
  j.write("bob.yaml", "name: Bob\n");
  j.write("work/carol.yaml", "name: Carol\n");
  auto files = scan_contact_files(j.root);
  j.write("alice.yaml", "aka: [Al]\n", std::ios::app);
  j.write("aaron.yaml", "name: Aaron\n");
  fs::remove(j.root / "bob.yaml");
  fs::create_directories(j.root / "dir.yaml");
  REQUIRE(apply_changes(j.root, files, {"alice.yaml", "aaron.yaml", "bob.yaml", "dir.yaml", "gone.yaml"}));
  auto walked = scan_contact_files(j.root);
  CHECK(ids_of(files) == std::vector<std::string>{"aaron", "alice", "work/carol"});
  REQUIRE(files.size() == walked.size());
  for (size_t i = 0; i < files.size(); ++i) CHECK(files[i].stamp == walked[i].stamp);

  // What a watcher of the journal's folders cannot follow: a link, or a file with another name.
  fs::create_symlink(j.root / "aaron.yaml", j.root / "link.yaml");
  CHECK_FALSE(apply_changes(j.root, files, {"link.yaml"}));
  fs::create_hard_link(j.root / "alice.yaml", j.base / "elsewhere.yaml");
  CHECK_FALSE(apply_changes(j.root, files, {"alice.yaml"}));
  CHECK_FALSE(apply_changes(j.root, files, {"../outside.yaml"}));
  WalkNotes notes;
  scan_contact_files(j.root, Stamps::take, &notes);
  CHECK(notes.linked);
  fs::remove(j.root / "link.yaml");
  scan_contact_files(j.root, Stamps::take, &notes);
  CHECK(notes.linked);  // still: the hard link
  fs::remove(j.base / "elsewhere.yaml");
  scan_contact_files(j.root, Stamps::take, &notes);
  CHECK_FALSE(notes.linked);
}

// The walk snapshot the last run left in the cache folder, and a way to plant one.
std::optional<WalkSnapshot> read_snapshot(const CacheFolder& folder) {
  MappedFile mapped(folder.path / "files");
  auto log = read_frame_log(mapped.bytes(), {"RELFILES", 2, folder.key()});
  if (log.frames.size() != 1) return std::nullopt;
  return decode_walk_snapshot(log.frames.front());
}
void plant_snapshot(const CacheFolder& folder, const WalkSnapshot& snapshot) {
  const auto payload = encode_walk_snapshot(snapshot);
  rewrite_frame_log(folder.path / "files", {"RELFILES", 2, folder.key()}, std::vector<Pieces>{{payload}});
}

TEST_CASE("list_files trusts the last walk and the watcher's changes, and walks when it must") {
  WatchedJournal j;
  j.write("alice.yaml", "name: Alice\n");
  j.write("work/bob.yaml", "name: Bob\n");
  const auto folder = cache_folder(j.root, j.cache);
  CHECK(ids_of(list_files(j.root, folder).files) == ids_of(scan_contact_files(j.root)));  // no watcher: a walk
  CHECK_FALSE(read_snapshot(folder));                                                     // and nothing left behind
  Watching watching(j.folder());
  CHECK(ids_of(list_files(j.root, folder).files) == ids_of(scan_contact_files(j.root)));  // walks, leaves a snapshot
  auto snapshot = read_snapshot(folder);
  REQUIRE(snapshot);
  CHECK(ids_of(snapshot->files) == std::vector<std::string>{"alice", "work/bob"});

  // The snapshot is taken on trust for every file the watcher did not see change: one that is not
  // there at all proves that no walk was made.
  snapshot->files.insert(snapshot->files.begin(), ContactFile{"aaa-ghost", {1, 2, 3, 4}});
  plant_snapshot(folder, *snapshot);
  CHECK(ids_of(list_files(j.root, folder).files) == std::vector<std::string>{"aaa-ghost", "alice", "work/bob"});
  // ... and the files it saw change are stat'ed again.
  j.write("alice.yaml", "aka: [Al]\n", std::ios::app);
  j.write("work/carol.yaml", "name: Carol\n");
  auto files = list_files(j.root, folder).files;
  CHECK(ids_of(files) == std::vector<std::string>{"aaa-ghost", "alice", "work/bob", "work/carol"});
  auto walked = scan_contact_files(j.root);
  CHECK(files[1].stamp == walked[0].stamp);

  // A new folder: the watcher cannot tell, so a walk, which leaves a true snapshot again.
  j.write("family/dan.yaml", "name: Dan\n");
  CHECK(ids_of(list_files(j.root, folder).files) ==
        std::vector<std::string>{"alice", "family/dan", "work/bob", "work/carol"});
  CHECK(ids_of(list_files(j.root, folder).files) == ids_of(scan_contact_files(j.root)));
}

TEST_CASE("list_files leaves no snapshot while a contact file is a link") {
  WatchedJournal j;
  j.write("alice.yaml", "name: Alice\n");
  j.write("real/bob.yaml", "name: Bob\n");
  fs::create_symlink(j.root / "real/bob.yaml", j.root / "bob.yaml");
  const auto folder = cache_folder(j.root, j.cache);
  Watching watching(j.folder());
  CHECK(ids_of(list_files(j.root, folder).files) == std::vector<std::string>{"alice", "bob", "real/bob"});
  CHECK_FALSE(fs::exists(folder.path / "files"));
}

// The processes this one started that are still its children (running, or exited and not reaped).
std::vector<pid_t> children() {
  std::vector<pid_t> out;
  for (const auto& entry : fs::directory_iterator("/proc")) {
    const auto name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream stat(entry.path() / "stat");
    std::string line;
    std::getline(stat, line);
    const auto close = line.rfind(')');
    if (close == std::string::npos) continue;
    std::istringstream rest(line.substr(close + 2));
    char state;
    pid_t parent = 0;
    rest >> state >> parent;
    if (parent == ::getpid()) out.push_back(static_cast<pid_t>(std::stoi(name)));
  }
  return out;
}

TEST_CASE("no watcher is started unless asked for") {
  WatchedJournal j;
  j.write("alice.yaml", "name: Alice\n");
  const auto folder = cache_folder(j.root, j.cache);
  const auto before = children();
  CHECK(ids_of(list_files(j.root, folder).files) == std::vector<std::string>{"alice"});  // walks, no watcher
  const auto after = children();
  for (pid_t pid : after)
    if (std::find(before.begin(), before.end(), pid) == before.end()) ::kill(pid, SIGKILL);
  CHECK(after.size() == before.size());
}

}  // namespace
TEST_CASE("no watcher is started for a journal on a network file system, where none could follow it") {
  for (unsigned long type : {0x6969UL /* NFS */, 0xFF534D42UL /* CIFS */, 0x65735546UL /* FUSE */,
                             0x01021997UL /* 9P */, 0x00C36400UL /* Ceph */})
    CHECK(is_remote_file_system(type));
  for (unsigned long type :
       {0xEF53UL /* ext2/3/4 */, 0x01021994UL /* tmpfs */, 0x9123683EUL /* btrfs */, 0x58465342UL /* xfs */})
    CHECK_FALSE(is_remote_file_system(type));
  CHECK_FALSE(on_remote_file_system(fs::temp_directory_path()));
  CHECK(on_remote_file_system(fs::temp_directory_path() / "rel-no-such-folder" / "x"));  // cannot tell
}

}  // namespace rel::watch
