/work/wt-int/build-a/obj/lib/uknofault/nofault.o: \
 /work/wt-int/lib/uknofault/nofault.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/uknofault/include/uk/nofault.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/arm64/include/uk/asm/lcpu.h \
 /work/wt-int/lib/uknofault/nofault_arch.h \
 /work/wt-int/lib/uknofault/nofault_internal.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/uknofault/include/uk/nofault.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/arm64/include/uk/asm/lcpu.h:
/work/wt-int/lib/uknofault/nofault_arch.h:
/work/wt-int/lib/uknofault/nofault_internal.h:
