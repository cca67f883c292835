/work/wt-int/build-a/obj/lib/ukcoredump/console.o: \
 /work/wt-int/lib/ukcoredump/console.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukboot/include/uk/boot.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukcoredump/include/uk/coredump.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/lib/ukdebug/include/uk/crash.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/lib/ukboot/include/uk/init.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/include/uk/plat/console.h \
 /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/arm64/include/uk/asm/lcpu.h \
 /work/wt-int/lib/ukcoredump/coredump_arch.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/arm64/include/uk/asm/ctx.h \
 /work/wt-int/lib/ukcoredump/lines.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukboot/include/uk/boot.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukcoredump/include/uk/coredump.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/lib/ukdebug/include/uk/crash.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/lib/ukboot/include/uk/init.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/include/uk/plat/console.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/arm64/include/uk/asm/lcpu.h:
/work/wt-int/lib/ukcoredump/coredump_arch.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/arm64/include/uk/asm/ctx.h:
/work/wt-int/lib/ukcoredump/lines.h:
