/work/wt-int/build-x/obj/plat/kvm/x86_64/pvh.o: \
 /work/wt-int/plat/kvm/x86_64/pvh.S \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/arch/x86_64/include/uk/asm/cpu.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/arch/x86_64/include/uk/asm/cpu.h:
