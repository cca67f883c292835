/work/wt-int/build-x/obj/plat/kvm/x86_64/bootinfo.o: \
 /work/wt-int/plat/kvm/x86_64/bootinfo.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/bootinfo.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/plat/kvm/include/kvm/memregion.h \
 /work/wt-int/arch/x86_64/include/uk/asm/io.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/plat/kvm/x86_64/pvh.h \
 /work/wt-int/plat/kvm/x86_64/memlayout.h \
 /work/wt-int/plat/kvm/x86_64/x86_64.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/bootinfo.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/plat/kvm/include/kvm/memregion.h:
/work/wt-int/arch/x86_64/include/uk/asm/io.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/plat/kvm/x86_64/pvh.h:
/work/wt-int/plat/kvm/x86_64/memlayout.h:
/work/wt-int/plat/kvm/x86_64/x86_64.h:
