# SPDX-License-Identifier: BSD-3-Clause
#
# Lantern build: one non-recursive make over arch/, plat/kvm/, lib/*/ and the
# application. Kconfig (kconfig-frontends) writes $(O)/.config; every
# Makefile.uk declares a library whose sources are built only when its
# option is set (grammar: support/build/lib.mk).
#
#   make defconfig ARCH=x86_64|arm64    fresh .config for that architecture
#   make menuconfig | olddefconfig | savedefconfig
#   make [APP=<dir>] [O=<dir>] [V=1]    image $(O)/<app>_kvm-<arch>
#   make run [RUN_ARGS=...] | test | bench | fuzz | clean | distclean
#   make run RECORD=dir | REPLAY=dir [GDB=1]   record a run, replay it (gdb: QEMU's stub)
#   ACCEL=tcg|kvm|auto with run, test and bench: the QEMU accelerator
#   make format | format-check          clang-format the C sources / check them

TOP   := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
O     ?= $(TOP)/build
BUILD := $(abspath $(O))
APP   ?= $(TOP)/apps/demo
APP_DIR := $(abspath $(APP))

PROJECT  := Lantern
VERSION  := 0.1.0
CODENAME := Wick

# run-qemu reads the accelerator from the environment, so the tests and the
# benchmarks that it boots get it too.
ifneq ($(ACCEL),)
ifeq ($(filter $(ACCEL),auto kvm tcg),)
$(error ACCEL=$(ACCEL): use tcg, kvm or auto)
endif
export LANTERN_ACCEL := $(ACCEL)
endif

ifeq ($(V),1)
Q :=
say = @:
else
Q := @
say = @printf '  %-8s %s\n' $(1) $(2);
endif

.DEFAULT_GOAL := all
KCONFIG_CONFIG := $(BUILD)/.config
CONFIG_TARGETS := defconfig menuconfig olddefconfig savedefconfig
NOCONFIG_TARGETS := $(CONFIG_TARGETS) clean distclean test bench fuzz deps help \
	format format-check

include $(TOP)/support/build/deps.mk
include $(TOP)/support/build/kconfig.mk

ifeq ($(filter $(NOCONFIG_TARGETS),$(MAKECMDGOALS)),)
# The architecture is the configuration's: ARCH= on the command line picks
# it for defconfig and must not contradict it later (it would compile one
# architecture's sources with the other's compiler).
CONFIGURED_ARCH := $(if $(wildcard $(KCONFIG_CONFIG)),$(if $(shell \
	grep -s '^CONFIG_ARCH_ARM64=y' $(KCONFIG_CONFIG)),arm64,x86_64))
ifneq ($(and $(CONFIGURED_ARCH),$(filter command line,$(origin ARCH))),)
ifneq ($(ARCH),$(CONFIGURED_ARCH))
$(error $(KCONFIG_CONFIG) is configured for $(CONFIGURED_ARCH), not ARCH=$(ARCH): \
	run `make defconfig ARCH=$(ARCH)` first, or build in another O=)
endif
endif
include $(KCONFIG_DIR)/auto.conf
include $(TOP)/support/build/rules.mk
else ifneq ($(filter-out $(NOCONFIG_TARGETS),$(MAKECMDGOALS)),)
$(error mix configuration targets ($(filter $(NOCONFIG_TARGETS),$(MAKECMDGOALS))) and build targets in separate make calls)
endif

# Tests run in parallel, one guest per test; PYTEST_ARGS adds pytest options.
# Unformatted C fails them first.
TEST_JOBS ?= $(shell nproc)
test: deps format-check
	$(Q)cd $(TOP) && /usr/bin/python3 -m pytest -n $(TEST_JOBS) $(PYTEST_ARGS) tests

bench: deps
	$(Q)cd $(TOP) && /usr/bin/python3 support/scripts/bench $(BENCH_ARGS)

fuzz: deps
	$(Q)$(MAKE) -C $(TOP)/tests/host fuzz FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60)

# The C sources follow .clang-format; generated files live in $(O), not here.
FORMAT_FILES = $(shell find $(addprefix $(TOP)/,lib plat arch include apps tests/apps tests/host support/bench) \
	-name '*.[ch]' -not -path '$(BUILD)/*' -not -path '$(TOP)/tests/host/build/*' | sort)
format: deps
	$(Q)clang-format -i $(FORMAT_FILES)

format-check: deps
	$(Q)clang-format --dry-run --Werror $(FORMAT_FILES) || { \
		echo "C sources not formatted as .clang-format says: run 'make format'" >&2; \
		exit 1; }

clean:
	$(Q)rm -rf $(BUILD)/obj $(BUILD)/include $(BUILD)/*_kvm-*

distclean:
	$(Q)rm -rf $(BUILD)

help:
	@sed -n '3,/^$$/p' $(TOP)/Makefile | sed 's/^# \{0,1\}//'

.PHONY: all run test bench fuzz format format-check clean distclean help deps $(CONFIG_TARGETS)
