/work/wt-int/build-x/obj/arch/x86_64/trap_entry.o: \
 /work/wt-int/arch/x86_64/trap_entry.S \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
