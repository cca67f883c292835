/work/wt-int/build-a/obj/lib/ukgdbstub/arch/arm64/text.o: \
 /work/wt-int/lib/ukgdbstub/arch/arm64/text.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/arch/arm64/include/uk/asm/cpu.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/uknofault/include/uk/nofault.h \
 /work/wt-int/lib/ukgdbstub/arch/arm64/../gdbstub_arch.h \
 /work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/arch/arm64/include/uk/asm/cpu.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/uknofault/include/uk/nofault.h:
/work/wt-int/lib/ukgdbstub/arch/arm64/../gdbstub_arch.h:
/work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
