/work/wt-int/build-a/obj/lib/ukcoredump/arch/arm64/fpsave.o: \
 /work/wt-int/lib/ukcoredump/arch/arm64/fpsave.S \
 /work/wt-int/build-a/include/uk/autoconf.h
/work/wt-int/build-a/include/uk/autoconf.h:
