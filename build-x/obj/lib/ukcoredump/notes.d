/work/wt-int/build-x/obj/lib/ukcoredump/notes.o: \
 /work/wt-int/lib/ukcoredump/notes.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukdebug/include/uk/dmesg.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/lib/ukdebug/include/uk/trace.h \
 /work/wt-int/include/uk/plat/time.h \
 /work/wt-int/lib/ukcoredump/coredump_arch.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/ctx.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/lib/ukcoredump/notes.h \
 /work/wt-int/lib/ukcoredump/elfcore.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukdebug/include/uk/dmesg.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/lib/ukdebug/include/uk/trace.h:
/work/wt-int/include/uk/plat/time.h:
/work/wt-int/lib/ukcoredump/coredump_arch.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/ctx.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/lib/ukcoredump/notes.h:
/work/wt-int/lib/ukcoredump/elfcore.h:
