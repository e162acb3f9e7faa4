// Saving pending writes, the one place where a write command's changes reach disk (and git).
#include "rel/cli/save.hpp"

namespace rel::cli {

void save(Context& ctx, const std::vector<store::PendingWrite>& writes, const std::string& message) {
  (void)ctx;
  (void)message;
  store::commit(writes);
}

}  // namespace rel::cli
