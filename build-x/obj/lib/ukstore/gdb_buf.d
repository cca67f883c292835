/work/wt-int/build-x/obj/lib/ukstore/gdb_buf.o: \
 /work/wt-int/lib/ukstore/gdb_buf.c \
 /work/wt-int/build-x/include/uk/autoconf.h
/work/wt-int/build-x/include/uk/autoconf.h:
