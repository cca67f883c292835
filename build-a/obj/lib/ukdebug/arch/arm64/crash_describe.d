/work/wt-int/build-a/obj/lib/ukdebug/arch/arm64/crash_describe.o: \
 /work/wt-int/lib/ukdebug/arch/arm64/crash_describe.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/arch/arm64/include/uk/asm/cpu.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukdebug/arch/arm64/../../crash_arch.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/arch/arm64/include/uk/asm/cpu.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukdebug/arch/arm64/../../crash_arch.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
