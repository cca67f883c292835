/work/wt-int/build-a/obj/lib/uktest/arch/arm64/jmp.o: \
 /work/wt-int/lib/uktest/arch/arm64/jmp.S \
 /work/wt-int/build-a/include/uk/autoconf.h
/work/wt-int/build-a/include/uk/autoconf.h:
