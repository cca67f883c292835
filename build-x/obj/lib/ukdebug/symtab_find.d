/work/wt-int/build-x/obj/lib/ukdebug/symtab_find.o: \
 /work/wt-int/lib/ukdebug/symtab_find.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukdebug/symtab.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukdebug/symtab.h:
