/work/wt-int/build-a/obj/lib/ukdebug/arch/arm64/crash_kinds.o: \
 /work/wt-int/lib/ukdebug/arch/arm64/crash_kinds.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/ukdebug/include/uk/assert.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/arm64/include/uk/asm/lcpu.h \
 /work/wt-int/lib/ukdebug/arch/arm64/../../crash_arch.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/ukdebug/include/uk/assert.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/arm64/include/uk/asm/lcpu.h:
/work/wt-int/lib/ukdebug/arch/arm64/../../crash_arch.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
