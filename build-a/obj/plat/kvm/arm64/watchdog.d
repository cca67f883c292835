/work/wt-int/build-a/obj/plat/kvm/arm64/watchdog.o: \
 /work/wt-int/plat/kvm/arm64/watchdog.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/watchdog.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/plat/kvm/arm64/cntp.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/watchdog.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/plat/kvm/arm64/cntp.h:
