/work/wt-int/build-x/obj/plat/kvm/x86_64/pt_walk.o: \
 /work/wt-int/plat/kvm/x86_64/pt_walk.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/include/uk/plat/pagetable.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/x86_64/include/uk/asm/cpu.h \
 /work/wt-int/plat/kvm/include/kvm/pagetable.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/include/uk/plat/pagetable.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/x86_64/include/uk/asm/cpu.h:
/work/wt-int/plat/kvm/include/kvm/pagetable.h:
