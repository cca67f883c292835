/work/wt-int/build-x/obj/lib/uknofault/store.o: \
 /work/wt-int/lib/uknofault/store.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/uknofault/include/uk/nofault.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukstore/include/uk/store.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/uknofault/include/uk/nofault.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
