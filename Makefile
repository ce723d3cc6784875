# The README's commands. Each installs what is missing, configures and builds first.
PRESET ?= dev
BUILD := build/$(PRESET)
JOBS ?= 2
DEMO_DB ?= out/demo/xhht.sqlite
DEMO_YEAR ?= 2024
XHHT := $(BUILD)/app/xhht

.PHONY: all deps configure build run test test-clang check-format check-translations check-package package bench format lupdate clean soak

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

# The same suite built with clang++, so compiler-specific code is caught (docs/windows.md).
test-clang: deps
	@test -f build/clang/build.ninja || cmake --preset clang
	cmake --build build/clang -j$(JOBS)
	cd build/clang && ctest --output-on-failure -j$(JOBS)

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

format:
	@tools/check-format.sh --fix

lupdate: configure
	cmake --build $(BUILD) --target update_translations

clean:
	rm -rf build out

# The kill -9 harness at length: 500 kills (`make test` runs 20).
soak: build
	cd $(BUILD) && XHHT_CRASH_KILLS=500 ./tests/tst_crash
