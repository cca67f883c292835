/work/wt-int/build-x/obj/lib/ukgdbstub/mem.o: \
 /work/wt-int/lib/ukgdbstub/mem.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukgdbstub/gdbstub_internal.h \
 /work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h \
 /work/wt-int/include/uk/essentials.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukgdbstub/gdbstub_internal.h:
/work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h:
/work/wt-int/include/uk/essentials.h:
