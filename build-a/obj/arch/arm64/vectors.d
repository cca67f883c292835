/work/wt-int/build-a/obj/arch/arm64/vectors.o: \
 /work/wt-int/arch/arm64/vectors.S \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
