# The README's commands. Each installs what is missing, configures and builds first.
PRESET ?= dev
BUILD := build/$(PRESET)
JOBS ?= 2
DEMO_DB ?= out/demo/xhht.sqlite
DEMO_YEAR ?= 2024
XHHT := $(BUILD)/app/xhht

FUZZ_SECONDS ?= 60
FUZZ_RSS_MB ?= 2048
# 0: a new random seed each run; CI fixes one so that its runs repeat.
FUZZ_SEED ?= 0
# The targets run, as name:corpus-kind.
FUZZ_TARGETS ?= csvreader:csv xlsxreader:xlsx odsreader:ods xlsreader:xls importheader:csv
FUZZ_BUILD := build/fuzz

.PHONY: all deps configure build run test test-clang check-format check-translations check-package package bench fuzz format lupdate clean soak

all: build

deps:
	@tools/install-deps.sh

$(BUILD)/build.ninja:
	cmake --preset $(PRESET)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j$(JOBS)

run: build
	@mkdir -p $(dir $(DEMO_DB))
	@test -f $(DEMO_DB) || $(XHHT) --db $(DEMO_DB) init --demo
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	    echo "xhht: no display (DISPLAY and WAYLAND_DISPLAY are empty): exporting the demo year's documents."; \
	    $(XHHT) --db $(DEMO_DB) rank --year $(DEMO_YEAR) -o out/danh-sach-xep-hang-$(DEMO_YEAR).pdf && \
	    $(XHHT) --db $(DEMO_DB) report summary --year $(DEMO_YEAR) -o out/bao-cao-$(DEMO_YEAR).pdf && \
	    $(XHHT) --db $(DEMO_DB) report summary --year $(DEMO_YEAR) -o out/bao-cao-$(DEMO_YEAR).odt && \
	    echo "xhht: the ranked list and the summary report of $(DEMO_YEAR) are in:" && \
	    realpath out/danh-sach-xep-hang-$(DEMO_YEAR).pdf out/bao-cao-$(DEMO_YEAR).pdf out/bao-cao-$(DEMO_YEAR).odt; \
	else \
	    $(XHHT) --db $(DEMO_DB); \
	fi

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)
	@$(MAKE) --no-print-directory check-format check-translations test-clang check-package

# The same suite built with clang++ (compiler-specific code is caught, docs/windows.md),
# under AddressSanitizer and UndefinedBehaviorSanitizer: any memory error, leak or
# undefined behaviour in a test, or in the program a test runs, fails it.
SANITIZER_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers.supp:print_suppressions=0
test-clang: deps
	@test -f build/clang/build.ninja || cmake --preset clang
	cmake --build build/clang -j$(JOBS)
	cd build/clang && $(SANITIZER_ENV) ctest --output-on-failure -j$(JOBS)

# The Debian package: built from the test build, its files validated, installed on this
# machine, run from /usr/bin and removed again (needs root or sudo).
check-package: build
	@tools/check-package.sh $(BUILD)

# The Debian package for installing: out/xhht_VERSION_amd64.deb (release build).
package: deps
	@test -f build/release/build.ninja || cmake --preset release
	cmake --build build/release -j$(JOBS)
	cd build/release && cpack -G DEB
	@mkdir -p out && cp build/release/xhht_*_amd64.deb out/ && ls out/xhht_*_amd64.deb

check-format:
	@tools/check-format.sh

check-translations:
	@tools/check-translations.sh

bench: deps
	@test -f build/release/build.ninja || cmake --preset release
	cmake --build build/release -j$(JOBS)
	tools/bench.sh build/release
	tools/bench-server.sh build/release
	tools/bench-import.sh build/release

# libFuzzer (clang, -fsanitize=fuzzer,address): each target of tests/fuzz runs for
# FUZZ_SECONDS with a memory limit, from a scratch copy of its seed and regression corpus.
fuzz:
	@tools/install-deps.sh --fuzz
	@test -f $(FUZZ_BUILD)/build.ninja || cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DXHHT_FUZZ=ON -DXHHT_WERROR=OFF \
	    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer" \
	    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address"
	cmake --build $(FUZZ_BUILD) -j$(JOBS) --target fuzz_csvreader fuzz_xlsxreader fuzz_odsreader fuzz_xlsreader fuzz_importheader
	@for t in $(FUZZ_TARGETS); do \
	    name=$${t%%:*}; kind=$${t##*:}; work=$(FUZZ_BUILD)/corpus-$$name; \
	    mkdir -p $$work && cp tests/fuzz/corpus/$$kind/* tests/fuzz/regression/$$kind/* $$work/ && \
	    echo "fuzz: $$name for $(FUZZ_SECONDS) s" && \
	    LSAN_OPTIONS=suppressions=$(CURDIR)/tests/fuzz/lsan.supp \
	    $(FUZZ_BUILD)/tests/fuzz/fuzz_$$name -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=$(FUZZ_RSS_MB) \
	        -timeout=10 -seed=$(FUZZ_SEED) -artifact_prefix=$(FUZZ_BUILD)/crash-$$name- $$work || exit 1; \
	done

format:
	@tools/check-format.sh --fix

lupdate: configure
	cmake --build $(BUILD) --target update_translations

clean:
	rm -rf build out

# The kill -9 harness at length: 500 kills (`make test` runs 20).
# QtTest stops a test function after 5 minutes; 500 kills of an import take longer.
soak: build
	cd $(BUILD) && XHHT_CRASH_KILLS=500 QTEST_FUNCTION_TIMEOUT=7200000 ./tests/tst_crash
