/work/wt-int/build-x/obj/lib/ukgdbstub/glue/boot_wait.o: \
 /work/wt-int/lib/ukgdbstub/glue/boot_wait.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukboot/include/uk/boot.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukboot/include/uk/init.h \
 /work/wt-int/lib/ukgdbstub/glue/glue.h \
 /work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukboot/include/uk/boot.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukboot/include/uk/init.h:
/work/wt-int/lib/ukgdbstub/glue/glue.h:
/work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
