/work/wt-int/build-x/obj/lib/ukshell/readline.o: \
 /work/wt-int/lib/ukshell/readline.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukshell/readline.h /work/wt-int/include/uk/essentials.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukshell/readline.h:
/work/wt-int/include/uk/essentials.h:
