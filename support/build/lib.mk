# The grammar of every Makefile.uk (lib/*, plat/kvm, arch/<arch>), read by
# the kernel build (support/build/rules.mk) and by the host tests
# (tests/host/Makefile, which gives `host` its own meaning).
#
# A Makefile.uk declares its library once, with the Kconfig option that
# turns it on ("y": always built), then lists its sources relative to the
# library's folder (a Makefile.uk it includes, such as arch/<arch>/, lists
# them relative to the same folder):
#
#   $(eval $(call addlib,libukfoo,$(CONFIG_LIBUKFOO)))
#   LIBUKFOO_SRCS-y                  += foo.c    built when the library is on
#   LIBUKFOO_SRCS-$(CONFIG_LIBUKBAR) += bar.c    ... and LIBUKBAR is on too
#   LIBUKFOO_SRCS-$(call both,$(CONFIG_A),$(CONFIG_B)) += ab.c   ... and A and B
#   LIBUKFOO_SRCS-$(call not,$(CONFIG_A))       += no_a.c       ... and A off
#   LIBUKFOO_SRCS-y += $(call host,foo,parse.c) pure logic: also built by
#                                               tests/host, as group "foo"
#   LIBUKFOO_FPSRCS-y       sources that may use floating point
#   LIBUKFOO_LDS-y          linker fragments (INSERT'ed into the platform's)
#   LIBUKFOO_CFLAGS         extra flags for all its files
#   LIBUKFOO_CFLAGS-<file>  extra flags for one of them
#
# The library's name is the log prefix of its files ("[libukfoo]"); its
# variables are named after it in upper case. A library that is off adds
# nothing to the image.

uc = $(strip $(subst a,A,$(subst b,B,$(subst c,C,$(subst d,D,$(subst e,E,$(subst f,F,$(subst g,G,\
	$(subst h,H,$(subst i,I,$(subst j,J,$(subst k,K,$(subst l,L,$(subst m,M,$(subst n,N,\
	$(subst o,O,$(subst p,P,$(subst q,Q,$(subst r,R,$(subst s,S,$(subst t,T,$(subst u,U,\
	$(subst v,V,$(subst w,W,$(subst x,X,$(subst y,Y,$(subst z,Z,$(1))))))))))))))))))))))))))))

# y when option $(1) is off; y when both $(1) and $(2) are on.
not  = $(if $(filter y,$(1)),,y)
both = $(if $(filter y,$(1)),$(if $(filter y,$(2)),y))

# The kernel builds a host-tested source like any other.
ifeq ($(origin host),undefined)
host = $(2)
endif

# The list variables start out simply expanded, so that a `host` call in a
# line gated on an option that is unset here still runs when it is read.
UK_LIBS :=
define addlib
UK_LIBS += $(1)
UK_LIBDIR := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
$(call uc,$(1))_DIR := $$(UK_LIBDIR)
$(call uc,$(1))_ON := $(2)
$(call uc,$(1))_SRCS- :=
$(call uc,$(1))_SRCS-y :=
$(call uc,$(1))_FPSRCS- :=
$(call uc,$(1))_FPSRCS-y :=
$(call uc,$(1))_LDS- :=
$(call uc,$(1))_LDS-y :=
endef
