/work/wt-int/build-x/obj/lib/ukdebug/base64.o: \
 /work/wt-int/lib/ukdebug/base64.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukdebug/include/uk/base64.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukdebug/include/uk/base64.h:
