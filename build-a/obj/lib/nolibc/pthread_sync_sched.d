/work/wt-int/build-a/obj/lib/nolibc/pthread_sync_sched.o: \
 /work/wt-int/lib/nolibc/pthread_sync_sched.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/errno.h \
 /work/wt-int/lib/nolibc/include/pthread.h \
 /work/wt-int/lib/nolibc/include/limits.h \
 /work/wt-int/lib/nolibc/include/sched.h \
 /work/wt-int/lib/nolibc/include/time.h \
 /work/wt-int/lib/nolibc/include/sys/types.h \
 /work/wt-int/lib/uksched/include/uk/sched.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/arm64/include/uk/asm/ctx.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/lib/nolibc/posix.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/errno.h:
/work/wt-int/lib/nolibc/include/pthread.h:
/work/wt-int/lib/nolibc/include/limits.h:
/work/wt-int/lib/nolibc/include/sched.h:
/work/wt-int/lib/nolibc/include/time.h:
/work/wt-int/lib/nolibc/include/sys/types.h:
/work/wt-int/lib/uksched/include/uk/sched.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/arm64/include/uk/asm/ctx.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/lib/nolibc/posix.h:
