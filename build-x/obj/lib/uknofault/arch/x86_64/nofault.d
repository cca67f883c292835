/work/wt-int/build-x/obj/lib/uknofault/arch/x86_64/nofault.o: \
 /work/wt-int/lib/uknofault/arch/x86_64/nofault.S \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/uknofault/arch/x86_64/../../extable.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/uknofault/arch/x86_64/../../extable.h:
