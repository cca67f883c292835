/work/wt-int/build-x/obj/lib/ukshell/parse.o: \
 /work/wt-int/lib/ukshell/parse.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukshell/parse.h /work/wt-int/include/uk/essentials.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukshell/parse.h:
/work/wt-int/include/uk/essentials.h:
