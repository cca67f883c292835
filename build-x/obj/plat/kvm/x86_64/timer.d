/work/wt-int/build-x/obj/plat/kvm/x86_64/timer.o: \
 /work/wt-int/plat/kvm/x86_64/timer.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/timer.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/include/uk/plat/prof_timer.h \
 /work/wt-int/include/uk/plat/time.h /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/x86_64/include/uk/asm/lcpu.h \
 /work/wt-int/plat/kvm/x86_64/lapic.h \
 /work/wt-int/plat/kvm/x86_64/memlayout.h \
 /work/wt-int/plat/kvm/x86_64/x86_64.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/timer.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/plat/prof_timer.h:
/work/wt-int/include/uk/plat/time.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/x86_64/include/uk/asm/lcpu.h:
/work/wt-int/plat/kvm/x86_64/lapic.h:
/work/wt-int/plat/kvm/x86_64/memlayout.h:
/work/wt-int/plat/kvm/x86_64/x86_64.h:
