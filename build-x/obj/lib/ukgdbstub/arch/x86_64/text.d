/work/wt-int/build-x/obj/lib/ukgdbstub/arch/x86_64/text.o: \
 /work/wt-int/lib/ukgdbstub/arch/x86_64/text.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/arch/x86_64/include/uk/asm/cpu.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/uknofault/include/uk/nofault.h \
 /work/wt-int/lib/ukgdbstub/arch/x86_64/../gdbstub_arch.h \
 /work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/arch/x86_64/include/uk/asm/cpu.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/uknofault/include/uk/nofault.h:
/work/wt-int/lib/ukgdbstub/arch/x86_64/../gdbstub_arch.h:
/work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
