/work/wt-int/build-a/obj/arch/arm64/ctx.o: /work/wt-int/arch/arm64/ctx.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/include/uk/arch/ctx.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/arm64/include/uk/asm/ctx.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/arm64/include/uk/asm/ctx.h:
