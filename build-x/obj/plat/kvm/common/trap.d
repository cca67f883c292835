/work/wt-int/build-x/obj/plat/kvm/common/trap.o: \
 /work/wt-int/plat/kvm/common/trap.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/trap.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/arch/x86_64/include/uk/asm/traps.h \
 /work/wt-int/include/uk/plat/shutdown.h \
 /work/wt-int/include/uk/plat/console.h \
 /work/wt-int/lib/ukdebug/include/uk/trace.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/plat/kvm/include/kvm/trap.h \
 /work/wt-int/lib/nolibc/include/stdio.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/trap.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/arch/x86_64/include/uk/asm/traps.h:
/work/wt-int/include/uk/plat/shutdown.h:
/work/wt-int/include/uk/plat/console.h:
/work/wt-int/lib/ukdebug/include/uk/trace.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/plat/kvm/include/kvm/trap.h:
/work/wt-int/lib/nolibc/include/stdio.h:
