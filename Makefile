# SPDX-License-Identifier: BSD-3-Clause
#
# Lantern build: one non-recursive make over arch/, plat/kvm/, lib/*/ and the
# application. Kconfig (kconfig-frontends) writes $(O)/.config; every
# Makefile.uk adds its sources to SRCS-y only when its option is set.
#
#   make defconfig ARCH=x86_64|arm64    fresh .config for that architecture
#   make menuconfig | olddefconfig | savedefconfig
#   make [APP=<dir>] [O=<dir>] [V=1]    image $(O)/<app>_kvm-<arch>
#   make run [RUN_ARGS=...] | test | bench | fuzz | clean | distclean
#   ACCEL=tcg|kvm|auto with run, test and bench: the QEMU accelerator

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
NOCONFIG_TARGETS := $(CONFIG_TARGETS) clean distclean test bench fuzz deps help

include $(TOP)/support/build/deps.mk
include $(TOP)/support/build/kconfig.mk

ifeq ($(filter $(NOCONFIG_TARGETS),$(MAKECMDGOALS)),)
include $(KCONFIG_DIR)/auto.conf
include $(TOP)/support/build/rules.mk
else ifneq ($(filter-out $(NOCONFIG_TARGETS),$(MAKECMDGOALS)),)
$(error mix configuration targets ($(filter $(NOCONFIG_TARGETS),$(MAKECMDGOALS))) and build targets in separate make calls)
endif

# Tests run in parallel, one guest per test; PYTEST_ARGS adds pytest options.
TEST_JOBS ?= $(shell nproc)
test: deps
	$(Q)cd $(TOP) && /usr/bin/python3 -m pytest -n $(TEST_JOBS) $(PYTEST_ARGS) tests

bench: deps
	$(Q)cd $(TOP) && /usr/bin/python3 support/scripts/bench $(BENCH_ARGS)

fuzz: deps
	$(Q)$(MAKE) -C $(TOP)/tests/host fuzz FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60)

clean:
	$(Q)rm -rf $(BUILD)/obj $(BUILD)/include $(BUILD)/*_kvm-*

distclean:
	$(Q)rm -rf $(BUILD)

help:
	@sed -n '3,/^$$/p' $(TOP)/Makefile | sed 's/^# \{0,1\}//'

.PHONY: all run test bench fuzz clean distclean help deps $(CONFIG_TARGETS)
