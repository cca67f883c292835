/work/wt-int/build-a/obj/lib/ukdebug/dmesg_cmd.o: \
 /work/wt-int/lib/ukdebug/dmesg_cmd.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/ukdebug/include/uk/dmesg.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukshell/include/uk/shell.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/ukdebug/include/uk/dmesg.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukshell/include/uk/shell.h:
