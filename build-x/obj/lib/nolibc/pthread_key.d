/work/wt-int/build-x/obj/lib/nolibc/pthread_key.o: \
 /work/wt-int/lib/nolibc/pthread_key.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/errno.h \
 /work/wt-int/lib/nolibc/include/pthread.h \
 /work/wt-int/lib/nolibc/include/limits.h \
 /work/wt-int/lib/nolibc/include/sched.h \
 /work/wt-int/lib/nolibc/include/time.h \
 /work/wt-int/lib/nolibc/include/sys/types.h \
 /work/wt-int/lib/nolibc/include/stdlib.h /work/wt-int/lib/nolibc/posix.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/errno.h:
/work/wt-int/lib/nolibc/include/pthread.h:
/work/wt-int/lib/nolibc/include/limits.h:
/work/wt-int/lib/nolibc/include/sched.h:
/work/wt-int/lib/nolibc/include/time.h:
/work/wt-int/lib/nolibc/include/sys/types.h:
/work/wt-int/lib/nolibc/include/stdlib.h:
/work/wt-int/lib/nolibc/posix.h:
