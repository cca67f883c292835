# Missing host packages are installed on demand (as root) or named with the
# exact apt-get line to run (otherwise). The check is a few `command -v`.
deps:
	$(Q)$(TOP)/support/scripts/install-deps $(DEPS_SET)
