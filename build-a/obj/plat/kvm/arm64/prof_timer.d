/work/wt-int/build-a/obj/plat/kvm/arm64/prof_timer.o: \
 /work/wt-int/plat/kvm/arm64/prof_timer.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/prof_timer.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/plat/kvm/arm64/cntp.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/plat/kvm/arm64/gic.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/prof_timer.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/plat/kvm/arm64/cntp.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/plat/kvm/arm64/gic.h:
