/work/wt-int/build-a/obj/lib/ukgdbstub/arch/arm64/fpu.o: \
 /work/wt-int/lib/ukgdbstub/arch/arm64/fpu.S \
 /work/wt-int/build-a/include/uk/autoconf.h
/work/wt-int/build-a/include/uk/autoconf.h:
