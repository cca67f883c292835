/work/wt-int/build-a/obj/lib/ukcoredump/arch/arm64/regs.o: \
 /work/wt-int/lib/ukcoredump/arch/arm64/regs.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukcoredump/arch/arm64/../../coredump_arch.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/arm64/include/uk/asm/ctx.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukcoredump/arch/arm64/../../coredump_arch.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/arm64/include/uk/asm/ctx.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
