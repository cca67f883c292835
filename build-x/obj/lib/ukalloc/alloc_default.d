/work/wt-int/build-x/obj/lib/ukalloc/alloc_default.o: \
 /work/wt-int/lib/ukalloc/alloc_default.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/errno.h \
 /work/wt-int/lib/ukalloc/include/uk/alloc.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/include/uk/plat/memory.h \
 /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/x86_64/include/uk/asm/lcpu.h \
 /work/wt-int/lib/ukalloc/alloc_std.h \
 /work/wt-int/lib/ukalloc/pagealloc.h /work/wt-int/lib/ukalloc/heap.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/errno.h:
/work/wt-int/lib/ukalloc/include/uk/alloc.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/include/uk/plat/memory.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/x86_64/include/uk/asm/lcpu.h:
/work/wt-int/lib/ukalloc/alloc_std.h:
/work/wt-int/lib/ukalloc/pagealloc.h:
/work/wt-int/lib/ukalloc/heap.h:
