/work/wt-int/build-x/obj/lib/ukcoredump/elfcore.o: \
 /work/wt-int/lib/ukcoredump/elfcore.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukcoredump/elfcore.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukcoredump/elfcore.h:
