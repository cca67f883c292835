deps_config := \
	/work/wt-int/build-a/kconfig/app.uk \
	/work/wt-int/lib/uktest/Config.uk \
	/work/wt-int/lib/ukstore/Config.uk \
	/work/wt-int/lib/ukshell/Config.uk \
	/work/wt-int/lib/uksched/Config.uk \
	/work/wt-int/lib/ukprof/Config.uk \
	/work/wt-int/lib/uknofault/Config.uk \
	/work/wt-int/lib/ukgdbstub/Config.uk \
	/work/wt-int/lib/ukevent/Config.uk \
	/work/wt-int/lib/ukdebug/Config.uk \
	/work/wt-int/lib/ukcoredump/Config.uk \
	/work/wt-int/lib/ukboot/Config.uk \
	/work/wt-int/lib/ukalloc/Config.uk \
	/work/wt-int/lib/ubsan/Config.uk \
	/work/wt-int/lib/nolibc/Config.uk \
	/work/wt-int/build-a/kconfig/libs.uk \
	plat/kvm/Config.uk \
	arch/Config.uk \
	/work/wt-int/Config.uk

/work/wt-int/build-a/kconfig/auto.conf: \
	$(deps_config)

ifneq "$(UK_KCONFIG_APP)" "/work/wt-int/build-a/kconfig/app.uk"
/work/wt-int/build-a/kconfig/auto.conf: FORCE
endif
ifneq "$(UK_KCONFIG_LIBS)" "/work/wt-int/build-a/kconfig/libs.uk"
/work/wt-int/build-a/kconfig/auto.conf: FORCE
endif

$(deps_config): ;
