/work/wt-int/build-x/obj/lib/ukevent/event.o: \
 /work/wt-int/lib/ukevent/event.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/include/uk/essentials.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/include/uk/essentials.h:
