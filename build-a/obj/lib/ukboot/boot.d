/work/wt-int/build-a/obj/lib/ukboot/boot.o: \
 /work/wt-int/lib/ukboot/boot.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/ukboot/include/uk/boot.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukboot/include/uk/init.h \
 /work/wt-int/lib/ukalloc/include/uk/alloc.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/lib/ukdebug/include/uk/assert.h \
 /work/wt-int/include/uk/plat/bootinfo.h \
 /work/wt-int/include/uk/plat/memory.h \
 /work/wt-int/include/uk/plat/shutdown.h \
 /work/wt-int/include/uk/plat/time.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/string.h /work/wt-int/lib/ukboot/args.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/ukboot/include/uk/boot.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukboot/include/uk/init.h:
/work/wt-int/lib/ukalloc/include/uk/alloc.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/lib/ukdebug/include/uk/assert.h:
/work/wt-int/include/uk/plat/bootinfo.h:
/work/wt-int/include/uk/plat/memory.h:
/work/wt-int/include/uk/plat/shutdown.h:
/work/wt-int/include/uk/plat/time.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukboot/args.h:
