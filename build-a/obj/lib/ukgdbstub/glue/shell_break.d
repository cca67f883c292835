/work/wt-int/build-a/obj/lib/ukgdbstub/glue/shell_break.o: \
 /work/wt-int/lib/ukgdbstub/glue/shell_break.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/ukshell/include/uk/shell.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/ukshell/include/uk/shell.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h:
