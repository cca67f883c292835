/work/wt-int/build-x/obj/arch/x86_64/fpu.o: \
 /work/wt-int/arch/x86_64/fpu.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/arch/x86_64/include/uk/asm/cpu.h \
 /work/wt-int/include/uk/essentials.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/arch/x86_64/include/uk/asm/cpu.h:
/work/wt-int/include/uk/essentials.h:
