# The two commands of README.md: `make run` (the demo) and `make test` (the suite).
# Both install any missing Debian packages first (as root; otherwise they print the line).

BUILD       ?= build
ASAN_BUILD  ?= build-asan
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)
DEMO_TODAY  ?= 2026-11-23
PACKAGES    := g++ cmake make pkg-config git jq libcli11-dev libyaml-cpp-dev libyaml-dev libfmt-dev doctest-dev \
               nlohmann-json3-dev libutf8proc-dev \
               libical-dev libgmime-3.0-dev
# Only the tests need these: readers of what rel exports that are not rel (vCard: Python's vobject
# and khard; iCalendar: Python's icalendar). A test whose reader is missing says so and is skipped.
TEST_PACKAGES := khard python3-vobject python3-icalendar

.PHONY: all deps test-deps build run test test-asan bench install clean

all: build

# install_missing PACKAGES: apt-get install those not installed (as root; otherwise print the line).
define install_missing
@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:" $$missing; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "Missing packages; install them with:"; \
	    echo "  sudo apt-get install" $$missing; exit 1; \
	  fi; \
	fi
endef

deps:
	$(call install_missing,$(PACKAGES))

test-deps: deps
	$(call install_missing,$(TEST_PACKAGES))

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j$(JOBS)

run: build
	REL_TODAY=$(DEMO_TODAY) ./$(BUILD)/rel --dir examples/journal who-to-call

test: build test-deps
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer (CI runs this too).
test-asan: test-deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
	  -DREL_SANITIZE=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(ASAN_BUILD) -j$(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j$(JOBS)

bench: build
	bench/run.sh $(BUILD)/rel
	bench/import.sh $(BUILD)/rel

install: build
	cmake --install $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
