/work/wt-int/build-a/obj/plat/kvm/common/memregion.o: \
 /work/wt-int/plat/kvm/common/memregion.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/plat/kvm/include/kvm/memregion.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/include/uk/plat/memory.h \
 /work/wt-int/include/uk/plat/trap.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/arch/arm64/include/uk/asm/traps.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/plat/kvm/include/kvm/memregion.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/plat/memory.h:
/work/wt-int/include/uk/plat/trap.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/arch/arm64/include/uk/asm/traps.h:
