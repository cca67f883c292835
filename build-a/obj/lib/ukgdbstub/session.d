/work/wt-int/build-a/obj/lib/ukgdbstub/session.o: \
 /work/wt-int/lib/ukgdbstub/session.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukgdbstub/gdbstub_internal.h \
 /work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h \
 /work/wt-int/include/uk/essentials.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukgdbstub/gdbstub_internal.h:
/work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h:
/work/wt-int/include/uk/essentials.h:
