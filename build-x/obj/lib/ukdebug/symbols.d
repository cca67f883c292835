/work/wt-int/build-x/obj/lib/ukdebug/symbols.o: \
 /work/wt-int/lib/ukdebug/symbols.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukdebug/include/uk/symbols.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/lib/ukdebug/symtab.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukdebug/include/uk/symbols.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukdebug/symtab.h:
