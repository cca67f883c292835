/work/wt-int/build-x/obj/lib/ukshell/shell.o: \
 /work/wt-int/lib/ukshell/shell.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/stdlib.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukshell/include/uk/shell.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/include/uk/plat/console.h \
 /work/wt-int/lib/ukdebug/include/uk/trace.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/lib/ukshell/readline.h /work/wt-int/lib/ukshell/getc.h \
 /work/wt-int/lib/ukshell/parse.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/stdlib.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukshell/include/uk/shell.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/plat/console.h:
/work/wt-int/lib/ukdebug/include/uk/trace.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/lib/ukshell/readline.h:
/work/wt-int/lib/ukshell/getc.h:
/work/wt-int/lib/ukshell/parse.h:
