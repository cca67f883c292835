/work/wt-int/build-a/obj/arch/arm64/ctx_switch.o: \
 /work/wt-int/arch/arm64/ctx_switch.S \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/arch/arm64/include/uk/asm/ctx.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/arch/arm64/include/uk/asm/ctx.h:
