/work/wt-int/build-x/obj/lib/ukprof/stacks.o: \
 /work/wt-int/lib/ukprof/stacks.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukprof/stacks.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukprof/stacks.h:
