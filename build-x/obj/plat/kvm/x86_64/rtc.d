/work/wt-int/build-x/obj/plat/kvm/x86_64/rtc.o: \
 /work/wt-int/plat/kvm/x86_64/rtc.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/arch/x86_64/include/uk/asm/io.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/plat/kvm/include/kvm/wallclock.h \
 /work/wt-int/plat/kvm/x86_64/x86_64.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/arch/x86_64/include/uk/asm/io.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/plat/kvm/include/kvm/wallclock.h:
/work/wt-int/plat/kvm/x86_64/x86_64.h:
