/work/wt-int/build-a/obj/lib/ukshell/cmd_log.o: \
 /work/wt-int/lib/ukshell/cmd_log.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukshell/include/uk/shell.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukshell/include/uk/shell.h:
