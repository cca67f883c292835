# Kconfig glue. kconfig-frontends resolves `source` paths against $srctree
# and writes its split-config files relative to the working directory, so
# every call runs inside $(BUILD)/kconfig.

KCONFIG_DIR  := $(BUILD)/kconfig
KCONFIG_LIBS := $(KCONFIG_DIR)/libs.uk
KCONFIG_APP  := $(KCONFIG_DIR)/app.uk
AUTOCONF_H   := $(BUILD)/include/uk/autoconf.h
ARCH_UPPER    = $(shell echo $(ARCH) | tr a-z A-Z)

KCONFIG_ENV = cd $(KCONFIG_DIR) && srctree=$(TOP) KCONFIG_CONFIG=$(KCONFIG_CONFIG) \
	UK_KCONFIG_LIBS=$(KCONFIG_LIBS) UK_KCONFIG_APP=$(KCONFIG_APP) \
	KCONFIG_AUTOCONFIG=$(KCONFIG_DIR)/auto.conf \
	KCONFIG_AUTOHEADER=$(KCONFIG_DIR)/autoconf.h

# The generated source lists are rewritten only when their text changes;
# the temporary file is per process, as two makes may share a build folder.
define write_if_changed
	$(Q)mkdir -p $(dir $(1)) && printf '$(2)' > $(1).tmp$$$$ && \
	if cmp -s $(1).tmp$$$$ $(1); then rm $(1).tmp$$$$; else mv $(1).tmp$$$$ $(1); fi
endef
nl := \n
libs_text = $(foreach c,$(sort $(wildcard $(TOP)/lib/*/Config.uk)),source "$(c)"$(nl))
app_text  = $(if $(wildcard $(APP_DIR)/Config.uk),source "$(APP_DIR)/Config.uk"$(nl),comment "No options for $(notdir $(APP_DIR))"$(nl))

$(KCONFIG_LIBS): FORCE
	$(call write_if_changed,$@,$(libs_text))
	$(Q)mkdir -p $(KCONFIG_DIR)/include/config

$(KCONFIG_APP): FORCE
	$(call write_if_changed,$@,$(app_text))

KCONFIG_INPUTS := $(KCONFIG_LIBS) $(KCONFIG_APP)

ARCH ?= x86_64
defconfig: deps $(KCONFIG_INPUTS)
	$(if $(filter $(ARCH),x86_64 arm64),,$(error ARCH must be x86_64 or arm64, not '$(ARCH)'))
	$(Q)printf 'CONFIG_ARCH_$(ARCH_UPPER)=y\n' > $(KCONFIG_DIR)/seed
	$(Q)$(KCONFIG_ENV) KCONFIG_ALLCONFIG=$(KCONFIG_DIR)/seed kconfig-conf -s --alldefconfig $(TOP)/Config.uk
	@echo "configured $(KCONFIG_CONFIG) for $(ARCH)"

olddefconfig: deps $(KCONFIG_INPUTS)
	$(Q)$(KCONFIG_ENV) kconfig-conf -s --olddefconfig $(TOP)/Config.uk

menuconfig: deps $(KCONFIG_INPUTS)
	$(Q)$(KCONFIG_ENV) kconfig-mconf $(TOP)/Config.uk

savedefconfig: deps $(KCONFIG_INPUTS)
	$(Q)$(KCONFIG_ENV) kconfig-conf --savedefconfig=$(BUILD)/defconfig $(TOP)/Config.uk
	@echo "minimal configuration written to $(BUILD)/defconfig"

# A build without a configuration starts from the x86_64 defaults.
$(KCONFIG_CONFIG):
	$(Q)$(MAKE) --no-print-directory -f $(TOP)/Makefile O=$(BUILD) APP=$(APP_DIR) defconfig

# The build reads auto.conf, not .config: make remakes it (and autoconf.h)
# first and restarts, so a .config or Config.uk change, or a library new to
# .config (it takes its default, as with olddefconfig), is seen by the same
# `make`. autoconf.h is only replaced when its content changes, so objects
# rebuild only on real changes.
KCONFIG_AUTO := $(KCONFIG_DIR)/auto.conf
$(KCONFIG_AUTO): $(KCONFIG_CONFIG) $(KCONFIG_INPUTS) $(shell find $(TOP) -name Config.uk -not -path '$(BUILD)/*' 2>/dev/null) $(wildcard $(APP_DIR)/Config.uk)
	$(Q)$(KCONFIG_ENV) kconfig-conf -s --olddefconfig $(TOP)/Config.uk
	$(Q)$(KCONFIG_ENV) kconfig-conf -s --silentoldconfig $(TOP)/Config.uk
	$(Q)mkdir -p $(dir $(AUTOCONF_H)) && \
	if ! cmp -s $(KCONFIG_DIR)/autoconf.h $(AUTOCONF_H); then cp $(KCONFIG_DIR)/autoconf.h $(AUTOCONF_H); fi
	$(Q)touch $@

$(AUTOCONF_H): $(KCONFIG_AUTO)

.PHONY: FORCE
FORCE:
