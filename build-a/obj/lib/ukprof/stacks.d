/work/wt-int/build-a/obj/lib/ukprof/stacks.o: \
 /work/wt-int/lib/ukprof/stacks.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukprof/stacks.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukprof/stacks.h:
