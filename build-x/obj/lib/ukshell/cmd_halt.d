/work/wt-int/build-x/obj/lib/ukshell/cmd_halt.o: \
 /work/wt-int/lib/ukshell/cmd_halt.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukshell/include/uk/shell.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/include/uk/plat/shutdown.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukshell/include/uk/shell.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/plat/shutdown.h:
