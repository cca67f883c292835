/work/wt-int/build-a/obj/lib/nolibc/time.o: \
 /work/wt-int/lib/nolibc/time.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/errno.h \
 /work/wt-int/lib/nolibc/include/time.h \
 /work/wt-int/lib/nolibc/include/sys/types.h \
 /work/wt-int/lib/nolibc/include/unistd.h \
 /work/wt-int/include/uk/plat/time.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/nolibc/posix.h \
 /work/wt-int/lib/nolibc/include/pthread.h \
 /work/wt-int/lib/nolibc/include/limits.h \
 /work/wt-int/lib/nolibc/include/sched.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/errno.h:
/work/wt-int/lib/nolibc/include/time.h:
/work/wt-int/lib/nolibc/include/sys/types.h:
/work/wt-int/lib/nolibc/include/unistd.h:
/work/wt-int/include/uk/plat/time.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/nolibc/posix.h:
/work/wt-int/lib/nolibc/include/pthread.h:
/work/wt-int/lib/nolibc/include/limits.h:
/work/wt-int/lib/nolibc/include/sched.h:
