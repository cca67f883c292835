/work/wt-int/build-x/obj/lib/ukgdbstub/glue/coredump.o: \
 /work/wt-int/lib/ukgdbstub/glue/coredump.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukcoredump/include/uk/coredump.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/lib/ukdebug/include/uk/crash.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/lib/ukgdbstub/glue/glue.h \
 /work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukcoredump/include/uk/coredump.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/lib/ukdebug/include/uk/crash.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/lib/ukgdbstub/glue/glue.h:
/work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h:
