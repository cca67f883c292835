/work/wt-int/build-a/obj/lib/ukshell/cmd_echo.o: \
 /work/wt-int/lib/ukshell/cmd_echo.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/ukshell/include/uk/shell.h \
 /work/wt-int/include/uk/essentials.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/ukshell/include/uk/shell.h:
/work/wt-int/include/uk/essentials.h:
