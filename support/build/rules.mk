# Compilation and link rules, read once a .config exists.

ifeq ($(CONFIG_ARCH_ARM64),y)
ARCH := arm64
CROSS_COMPILE ?= aarch64-linux-gnu-
QEMU_ARCH := aarch64
else
ARCH := x86_64
CROSS_COMPILE ?=
endif

CC      := $(CROSS_COMPILE)gcc
LD      := $(CROSS_COMPILE)ld
OBJCOPY := $(CROSS_COMPILE)objcopy
SIZE    := $(CROSS_COMPILE)size

OPT-$(CONFIG_OPTIMIZE_PERF)  := -O2
OPT-$(CONFIG_OPTIMIZE_DEBUG) := -Og
OPT-$(CONFIG_OPTIMIZE_NONE)  := -O0

# Every Makefile.uk declares a library (grammar: support/build/lib.mk);
# the libraries that are on give:
#   SRCS-y    kernel sources (general registers only)
#   FPSRCS-y  sources that may use floating point (libc float formatting)
#   LDS-y     linker fragments (INSERT'ed into the platform script)
# and each object the library's name (LIBNAME) and extra flags (LIB_CFLAGS).
include $(TOP)/support/build/lib.mk
include $(TOP)/arch/$(ARCH)/Makefile.uk
include $(TOP)/plat/kvm/Makefile.uk
include $(sort $(wildcard $(TOP)/lib/*/Makefile.uk))

SRCS-y   :=
FPSRCS-y :=
LDS-y    :=
# lib_collect NAME,VAR: VAR is the name in upper case.
define lib_collect
ifeq ($$($(2)_ON),y)
$(2)_ALL := $$(addprefix $$($(2)_DIR)/,$$($(2)_SRCS-y) $$($(2)_FPSRCS-y))
SRCS-y   += $$(addprefix $$($(2)_DIR)/,$$($(2)_SRCS-y))
FPSRCS-y += $$(addprefix $$($(2)_DIR)/,$$($(2)_FPSRCS-y))
LDS-y    += $$(addprefix $$($(2)_DIR)/,$$($(2)_LDS-y))
$$(call obj,$$($(2)_ALL)): private LIBNAME := $(1)
$$(call obj,$$($(2)_ALL)): private LIB_CFLAGS := $$($(2)_CFLAGS)
$$(foreach f,$$($(2)_SRCS-y) $$($(2)_FPSRCS-y),$$(if $$($(2)_CFLAGS-$$(f)),\
	$$(eval $$(call obj,$$($(2)_DIR)/$$(f)): private LIB_CFLAGS += $$($(2)_CFLAGS-$$(f)))))
endif
endef

# The application: its own Makefile.uk, or every .c file in the folder.
APP_SRCS   :=
APP_CFLAGS :=
APPNAME    :=
ifneq ($(wildcard $(APP_DIR)/Makefile.uk),)
include $(APP_DIR)/Makefile.uk
endif
APPNAME  := $(or $(APPNAME),$(notdir $(APP_DIR)))
APP_SRCS := $(or $(APP_SRCS),$(wildcard $(APP_DIR)/*.c))
$(if $(APP_SRCS),,$(error no C sources in application folder $(APP_DIR)))

IMAGE := $(BUILD)/$(APPNAME)_kvm-$(ARCH)

INCLUDES := -I$(BUILD)/include -I$(TOP)/include -I$(TOP)/arch/$(ARCH)/include \
	-I$(TOP)/plat/kvm/include $(patsubst %,-I%,$(wildcard $(TOP)/lib/*/include))

# Frame pointers, set up at function entry (no shrink-wrapping) and never
# dropped for a tail call, so that a
# call trace taken anywhere past a prologue names every caller; address 0 is
# an address like any other (a NULL read must fault, not become a trap).
COMMON_FLAGS := -std=gnu11 -ffreestanding -fno-builtin -nostdinc -fno-pic -fno-pie \
	-fno-stack-protector -fno-asynchronous-unwind-tables -fno-omit-frame-pointer \
	-fno-shrink-wrap -fno-optimize-sibling-calls -fno-delete-null-pointer-checks \
	-fno-common -g -Wall -Wextra -Werror $(OPT-y) -fmacro-prefix-map=$(TOP)/= \
	-include $(AUTOCONF_H) $(INCLUDES) -isystem $(shell $(CC) -print-file-name=include) \
	-DUK_PROJECT='"$(PROJECT)"' -DUK_VERSION='"$(VERSION)"' -DUK_CODENAME='"$(CODENAME)"' \
	-MMD -MP

KERNEL_ONLY_FLAGS := -mgeneral-regs-only
ASFLAGS := -D__ASSEMBLY__

# Object paths: tree sources under obj/, application sources under app/.
obj = $(patsubst $(TOP)/%.c,$(BUILD)/obj/%.o,$(patsubst $(TOP)/%.S,$(BUILD)/obj/%.o,$(1)))
# Two applications of the same name in one build folder must not share objects.
APP_OBJDIR := $(BUILD)/app/$(APPNAME)-$(shell echo '$(APP_DIR)' | md5sum | cut -c1-8)
app_obj = $(patsubst $(APP_DIR)/%.c,$(APP_OBJDIR)/%.o,$(1))

$(foreach l,$(UK_LIBS),$(eval $(call lib_collect,$(l),$(call uc,$(l)))))

KOBJS  := $(call obj,$(SRCS-y))
FPOBJS := $(call obj,$(FPSRCS-y))
AOBJS  := $(call app_obj,$(APP_SRCS))
OBJS   := $(KOBJS) $(FPOBJS) $(AOBJS) $(APP_OBJDIR)/appinfo.o

# Everything is rebuilt when the flags or the configuration change.
FLAGS_STAMP := $(BUILD)/obj/.flags
FLAGS_TEXT  := $(CC) $(COMMON_FLAGS) $(ARCH_CFLAGS) $(KERNEL_ONLY_FLAGS) $(APP_CFLAGS) $(ARCH_LDFLAGS)
$(FLAGS_STAMP): FORCE
	$(Q)mkdir -p $(dir $@) && echo '$(FLAGS_TEXT)' > $@.tmp && \
	if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi

$(OBJS): $(AUTOCONF_H) $(FLAGS_STAMP)

$(BUILD)/obj/%.o: $(TOP)/%.c
	$(call say,CC,$(patsubst $(TOP)/%,%,$<))
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(COMMON_FLAGS) $(ARCH_CFLAGS) \
		$(if $(filter $(LIBNAME),$(UBSAN_PLAIN_LIBS)),,$(UBSAN_KERNEL_CFLAGS)) $(LIB_CFLAGS) \
		$(if $(filter $@,$(FPOBJS)),$(ARCH_FPFLAGS),$(KERNEL_ONLY_FLAGS)) \
		-DUK_LIBNAME='"$(LIBNAME)"' -DUK_TRACE_LIB='"$(LIBNAME:lib%=%)"' \
		-c $< -o $@

$(BUILD)/obj/%.o: $(TOP)/%.S
	$(call say,AS,$(patsubst $(TOP)/%,%,$<))
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(COMMON_FLAGS) $(ARCH_CFLAGS) $(LIB_CFLAGS) $(ASFLAGS) -c $< -o $@

$(APP_OBJDIR)/%.o: $(APP_DIR)/%.c
	$(call say,CC,$(APPNAME)/$*.c)
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(COMMON_FLAGS) $(ARCH_CFLAGS) $(ARCH_FPFLAGS) $(UBSAN_APP_CFLAGS) $(APP_CFLAGS) \
		-DUK_LIBNAME='"$(APPNAME)"' -DUK_TRACE_LIB='"$(APPNAME)"' -c $< -o $@

LINKER_SCRIPT := $(BUILD)/obj/plat/kvm/$(ARCH)/link.lds
$(LINKER_SCRIPT): $(TOP)/plat/kvm/$(ARCH)/link.lds.S $(AUTOCONF_H) $(FLAGS_STAMP)
	$(call say,LDS,$(patsubst $(TOP)/%,%,$<))
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) -E -P -x c $(COMMON_FLAGS) $(ASFLAGS) -MT $@ $< -o $@

# Fragments must come first: ld resolves INSERT against the script after them.
# With the symbol table, link-image links two or three times (see its header).
# --build-id names the exact image: run-qemu --replay refuses another's recording.
$(IMAGE): $(OBJS) $(LINKER_SCRIPT) $(LDS-y) $(TOP)/support/scripts/link-image
	$(call say,LD,$(patsubst $(BUILD)/%,$(notdir $(O))/%,$@))
	$(Q)$(TOP)/support/scripts/link-image $(if $(CONFIG_LIBUKDEBUG_SYMBOLS),--symtab) \
		$(if $(CONFIG_LIBUKDEBUG_UNWIND_TABLE),--unwind) \
		--cross '$(CROSS_COMPILE)' --cc '$(CC) $(ARCH_CFLAGS) $(ASFLAGS)' -o $@ -- \
		-nostdlib -static -no-pie -z max-page-size=0x1000 -z noexecstack --build-id=sha1 \
		$(ARCH_LDFLAGS) $(patsubst %,-T %,$(LDS-y)) -T $(LINKER_SCRIPT) \
		$(OBJS) $(shell $(CC) -print-libgcc-file-name)

# argv[0] and log prefixes need the application's name at run time.
APPINFO := $(APP_OBJDIR)/appinfo.c
$(APPINFO): $(FLAGS_STAMP)
	$(Q)mkdir -p $(dir $@) && echo 'const char uk_appname[] = "$(APPNAME)";' > $@
$(APP_OBJDIR)/appinfo.o: $(APPINFO)
	$(Q)$(CC) $(COMMON_FLAGS) $(ARCH_CFLAGS) $(KERNEL_ONLY_FLAGS) -c $< -o $@

all: deps $(IMAGE)

# `make run` fails visibly when the guest's status is not 0.
# GDB=1: the debug channel on a free local port (GDB_PORT=N chooses one),
# the guest waiting for a debugger before main(), and the commands that
# connect gdb and LLDB; the port is also left in $(BUILD)/debug-port for
# support/gdb/gdbinit.
# RECORD=dir records the run into dir (run-qemu --record); REPLAY=dir
# replays it, and with GDB=1 the port is QEMU's own gdbstub, the one that
# can go backwards, with the replay stopped before its first instruction.
ifeq ($(GDB),1)
GDB_PORT := $(or $(GDB_PORT),$(shell /usr/bin/python3 -c 'import socket; s = socket.socket(); \
	s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'))
RUN_DEBUG_ARGS := $(if $(REPLAY),--qemu-gdb $(GDB_PORT) --qemu-gdb-wait,--debug-port $(GDB_PORT) --debug-wait)
here = $(patsubst $(or $(PWD),$(CURDIR))/%,%,$(1))
endif
RUN_RR_ARGS := $(if $(RECORD),--record $(RECORD)) $(if $(REPLAY),--replay $(REPLAY))

run: all
ifeq ($(GDB),1)
	$(Q)echo $(GDB_PORT) > $(BUILD)/debug-port
ifneq ($(REPLAY),)
	@echo "QEMU's gdbstub on 127.0.0.1:$(GDB_PORT); the replay waits for gdb before its first instruction."
	@echo "Connect from another terminal with:"
	@echo "  gdb-multiarch -x $(call here,$(TOP)/support/gdb/gdbinit) $(call here,$(IMAGE))"
	@echo "then: uk-replay-crash (to a crash), reverse-stepi, reverse-continue, watch -l ..."
else
	@echo "Debug channel on 127.0.0.1:$(GDB_PORT); the guest waits for a debugger before main()."
	@echo "Connect from another terminal with one of:"
	@echo "  gdb-multiarch -x $(call here,$(TOP)/support/gdb/gdbinit) $(call here,$(IMAGE))"
	@echo "  lldb $(call here,$(IMAGE)) -o 'gdb-remote 127.0.0.1:$(GDB_PORT)'"
endif
endif
	$(Q)$(TOP)/support/scripts/run-qemu $(RUN_RR_ARGS) $(RUN_DEBUG_ARGS) $(RUN_ARGS) $(IMAGE)

-include $(OBJS:.o=.d) $(LINKER_SCRIPT:.lds=.d)
