/work/wt-int/build-x/obj/lib/uknofault/peekpoke.o: \
 /work/wt-int/lib/uknofault/peekpoke.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/uknofault/include/uk/nofault.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukshell/include/uk/shell.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/stdlib.h \
 /work/wt-int/lib/nolibc/include/string.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/uknofault/include/uk/nofault.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukshell/include/uk/shell.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/stdlib.h:
/work/wt-int/lib/nolibc/include/string.h:
