/work/wt-int/build-x/obj/lib/ukdebug/symbols_cmd.o: \
 /work/wt-int/lib/ukdebug/symbols_cmd.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukshell/include/uk/shell.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukdebug/include/uk/symbols.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/stdlib.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukshell/include/uk/shell.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukdebug/include/uk/symbols.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/stdlib.h:
