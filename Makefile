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
# Only `make fuzz` needs clang and its libFuzzer runtime.
FUZZ_PACKAGES := clang libclang-rt-14-dev
FUZZ_BUILD    ?= build-fuzz
FUZZ_SECONDS  ?= 60
FUZZ_TARGETS  := yaml_contact text_edit merge when derived address_book calendar_mail

.PHONY: all deps test-deps configure build run test test-asan fuzz bench install clean

all: build

# install-missing PACKAGES...: apt-get installs those not installed (as root; else prints the line).
define install-missing
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
	$(call install-missing,$(PACKAGES))

test-deps: deps
	$(call install-missing,$(TEST_PACKAGES))

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j$(JOBS)

# The demo builds rel alone: a new user does not wait for the test suite.
run: configure
	@cmake --build $(BUILD) -j$(JOBS) --target rel
	REL_TODAY=$(DEMO_TODAY) ./$(BUILD)/rel --dir examples/journal who-to-call

# TEST_ARGS: more ctest arguments, e.g. TEST_ARGS="-LE slow" to leave out the slowest scripts.
test: build test-deps
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS) $(TEST_ARGS)

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer (CI runs this too).
test-asan: test-deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
	  -DREL_SANITIZE=ON -DREL_UNITY_CLI=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(ASAN_BUILD) -j$(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j$(JOBS)

# Each fuzz target (tests/fuzz) under libFuzzer for FUZZ_SECONDS, with clang; the corpus it grows stays
# in FUZZ_BUILD (the seeds in tests/fuzz/corpus are only read). A crash leaves its input in FUZZ_BUILD.
fuzz: deps
	$(call install-missing,$(FUZZ_PACKAGES))
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREL_FUZZ=ON -DREL_TESTS=OFF >/dev/null
	@cmake --build $(FUZZ_BUILD) -j$(JOBS) $(addprefix --target rel-fuzz-,$(FUZZ_TARGETS))
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t $(FUZZ_BUILD)/crashes/$$t; \
	  echo "== $$t"; \
	  $(FUZZ_BUILD)/tests/fuzz/rel-fuzz-$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/crashes/$$t/ $(FUZZ_BUILD)/corpus/$$t tests/fuzz/corpus/$$t || exit 1; \
	done

bench: build
	bench/run.sh $(BUILD)/rel
	bench/import.sh $(BUILD)/rel
	bench/activity.sh $(BUILD)/rel

install: build
	cmake --install $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
