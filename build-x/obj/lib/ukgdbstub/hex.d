/work/wt-int/build-x/obj/lib/ukgdbstub/hex.o: \
 /work/wt-int/lib/ukgdbstub/hex.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/include/uk/digit.h /work/wt-int/lib/ukgdbstub/hex.h \
 /work/wt-int/include/uk/essentials.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/include/uk/digit.h:
/work/wt-int/lib/ukgdbstub/hex.h:
/work/wt-int/include/uk/essentials.h:
