/work/wt-int/build-a/obj/lib/ukdebug/symtab_find.o: \
 /work/wt-int/lib/ukdebug/symtab_find.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/ukdebug/symtab.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/ukdebug/symtab.h:
