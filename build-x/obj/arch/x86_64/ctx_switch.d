/work/wt-int/build-x/obj/arch/x86_64/ctx_switch.o: \
 /work/wt-int/arch/x86_64/ctx_switch.S \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/arch/x86_64/include/uk/asm/ctx.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/arch/x86_64/include/uk/asm/ctx.h:
