/work/wt-int/build-x/obj/lib/ukcoredump/dump.o: \
 /work/wt-int/lib/ukcoredump/dump.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukalloc/include/uk/alloc.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukcoredump/include/uk/coredump.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/lib/uknofault/include/uk/nofault.h \
 /work/wt-int/lib/uksched/include/uk/sched.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/ctx.h \
 /work/wt-int/include/uk/plat/trap.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/arch/x86_64/include/uk/asm/traps.h \
 /work/wt-int/lib/ukcoredump/coredump_arch.h \
 /work/wt-int/lib/ukcoredump/elfcore.h \
 /work/wt-int/lib/ukcoredump/dump_test.h \
 /work/wt-int/lib/ukcoredump/notes.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukalloc/include/uk/alloc.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukcoredump/include/uk/coredump.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/lib/uknofault/include/uk/nofault.h:
/work/wt-int/lib/uksched/include/uk/sched.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/ctx.h:
/work/wt-int/include/uk/plat/trap.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/arch/x86_64/include/uk/asm/traps.h:
/work/wt-int/lib/ukcoredump/coredump_arch.h:
/work/wt-int/lib/ukcoredump/elfcore.h:
/work/wt-int/lib/ukcoredump/dump_test.h:
/work/wt-int/lib/ukcoredump/notes.h:
