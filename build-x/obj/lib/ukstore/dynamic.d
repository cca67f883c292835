/work/wt-int/build-x/obj/lib/ukstore/dynamic.o: \
 /work/wt-int/lib/ukstore/dynamic.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/stdlib.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/include/uk/arch/lcpu.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/x86_64/include/uk/asm/lcpu.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/lib/ukstore/codec.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/lib/ukstore/name.h /work/wt-int/lib/ukstore/registry.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/stdlib.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/x86_64/include/uk/asm/lcpu.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/lib/ukstore/codec.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/lib/ukstore/name.h:
/work/wt-int/lib/ukstore/registry.h:
