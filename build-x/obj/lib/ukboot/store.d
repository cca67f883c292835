/work/wt-int/build-x/obj/lib/ukboot/store.o: \
 /work/wt-int/lib/ukboot/store.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukboot/include/uk/boot.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/include/uk/plat/bootinfo.h \
 /work/wt-int/include/uk/plat/memory.h \
 /work/wt-int/include/uk/plat/shutdown.h \
 /work/wt-int/include/uk/plat/time.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukboot/include/uk/boot.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/include/uk/plat/bootinfo.h:
/work/wt-int/include/uk/plat/memory.h:
/work/wt-int/include/uk/plat/shutdown.h:
/work/wt-int/include/uk/plat/time.h:
