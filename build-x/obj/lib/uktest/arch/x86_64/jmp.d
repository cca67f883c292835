/work/wt-int/build-x/obj/lib/uktest/arch/x86_64/jmp.o: \
 /work/wt-int/lib/uktest/arch/x86_64/jmp.S \
 /work/wt-int/build-x/include/uk/autoconf.h
/work/wt-int/build-x/include/uk/autoconf.h:
