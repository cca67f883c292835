/work/wt-int/build-x/obj/lib/ukgdbstub/glue/store.o: \
 /work/wt-int/lib/ukgdbstub/glue/store.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/dbgchan.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/lib/ukgdbstub/glue/glue.h \
 /work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/dbgchan.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/lib/ukgdbstub/glue/glue.h:
/work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
