/work/wt-int/build-a/obj/lib/uknofault/handler.o: \
 /work/wt-int/lib/uknofault/handler.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/uknofault/include/uk/nofault.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/plat/trap.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/arch/arm64/include/uk/asm/traps.h \
 /work/wt-int/lib/ukboot/include/uk/init.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/lib/uknofault/extable.h \
 /work/wt-int/lib/uknofault/nofault_internal.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/uknofault/include/uk/nofault.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/plat/trap.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/arch/arm64/include/uk/asm/traps.h:
/work/wt-int/lib/ukboot/include/uk/init.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/lib/uknofault/extable.h:
/work/wt-int/lib/uknofault/nofault_internal.h:
