/work/wt-int/build-a/obj/lib/uknofault/arch/arm64/nofault.o: \
 /work/wt-int/lib/uknofault/arch/arm64/nofault.S \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/uknofault/arch/arm64/../../extable.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/uknofault/arch/arm64/../../extable.h:
