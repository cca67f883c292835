/work/wt-int/build-x/obj/lib/ukcoredump/arch/x86_64/regs.o: \
 /work/wt-int/lib/ukcoredump/arch/x86_64/regs.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukcoredump/arch/x86_64/../../coredump_arch.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/ctx.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukcoredump/arch/x86_64/../../coredump_arch.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/ctx.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
