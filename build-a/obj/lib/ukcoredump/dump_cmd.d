/work/wt-int/build-a/obj/lib/ukcoredump/dump_cmd.o: \
 /work/wt-int/lib/ukcoredump/dump_cmd.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukcoredump/include/uk/coredump.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/lib/ukshell/include/uk/shell.h \
 /work/wt-int/lib/ukcoredump/dump_test.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukcoredump/include/uk/coredump.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/lib/ukshell/include/uk/shell.h:
/work/wt-int/lib/ukcoredump/dump_test.h:
