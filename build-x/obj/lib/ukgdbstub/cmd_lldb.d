/work/wt-int/build-x/obj/lib/ukgdbstub/cmd_lldb.o: \
 /work/wt-int/lib/ukgdbstub/cmd_lldb.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukgdbstub/gdbstub_internal.h \
 /work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/lib/ukgdbstub/hex.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukgdbstub/gdbstub_internal.h:
/work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukgdbstub/hex.h:
