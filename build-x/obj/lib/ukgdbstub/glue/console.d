/work/wt-int/build-x/obj/lib/ukgdbstub/glue/console.o: \
 /work/wt-int/lib/ukgdbstub/glue/console.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/include/uk/arch/lcpu.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/x86_64/include/uk/asm/lcpu.h \
 /work/wt-int/include/uk/plat/console.h \
 /work/wt-int/lib/ukgdbstub/glue/glue.h \
 /work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/x86_64/include/uk/asm/lcpu.h:
/work/wt-int/include/uk/plat/console.h:
/work/wt-int/lib/ukgdbstub/glue/glue.h:
/work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
