/work/wt-int/build-x/obj/plat/kvm/x86_64/setup.o: \
 /work/wt-int/plat/kvm/x86_64/setup.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukboot/include/uk/boot.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/x86_64/include/uk/asm/lcpu.h \
 /work/wt-int/arch/x86_64/include/uk/asm/cpu.h \
 /work/wt-int/include/uk/plat/trap.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/arch/x86_64/include/uk/asm/traps.h \
 /work/wt-int/plat/kvm/x86_64/x86_64.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukboot/include/uk/boot.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/x86_64/include/uk/asm/lcpu.h:
/work/wt-int/arch/x86_64/include/uk/asm/cpu.h:
/work/wt-int/include/uk/plat/trap.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/arch/x86_64/include/uk/asm/traps.h:
/work/wt-int/plat/kvm/x86_64/x86_64.h:
