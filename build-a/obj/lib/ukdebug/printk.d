/work/wt-int/build-a/obj/lib/ukdebug/printk.o: \
 /work/wt-int/lib/ukdebug/printk.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/ukdebug/include/uk/dmesg.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/include/uk/plat/console.h \
 /work/wt-int/include/uk/plat/time.h /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/arm64/include/uk/asm/lcpu.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/string.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/ukdebug/include/uk/dmesg.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/include/uk/plat/console.h:
/work/wt-int/include/uk/plat/time.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/arm64/include/uk/asm/lcpu.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/string.h:
