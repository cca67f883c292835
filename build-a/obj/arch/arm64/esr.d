/work/wt-int/build-a/obj/arch/arm64/esr.o: /work/wt-int/arch/arm64/esr.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/arch/arm64/include/uk/asm/cpu.h \
 /work/wt-int/include/uk/essentials.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/arch/arm64/include/uk/asm/cpu.h:
/work/wt-int/include/uk/essentials.h:
