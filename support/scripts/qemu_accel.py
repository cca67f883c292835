# SPDX-License-Identifier: BSD-3-Clause
"""Which accelerator run-qemu uses: TCG, KVM, or KVM only once it has
been seen to run a guest on this machine ("auto").

An accessible /dev/kvm does not mean KVM works: under nested
virtualisation it was seen to boot the demo and then stop with "KVM
internal error ... emulation failure" on the first SSE load. So "auto"
boots a tiny probe (support/accel-probe/: an FP/SIMD load of 42, then an
exit with it as the status) under KVM once, caches the answer in the
image's build folder (accel/kvm-probe.json, keyed by the machine, its boot,
the QEMU binary and the probe source) and uses TCG when the probe failed.
"""
import fcntl
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import threading

CHOICES = ("auto", "kvm", "tcg")
ENV = "LANTERN_ACCEL"
TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROBE_SRC = os.path.join(TOP, "support", "accel-probe")
PROBE_VALUE = 42
PROBE_TIMEOUT = 10
INTERNAL_ERROR = b"KVM internal error"
DUMP_SECONDS = 0.3   # QEMU's register dump that follows the error
HINT = ("run-qemu: KVM could not run this guest (KVM internal error); "
        "use ACCEL=tcg (make), LANTERN_ACCEL=tcg or --accel tcg")
# Where each architecture's probe is linked and what QEMU status means
# "exited with PROBE_VALUE" (x86_64's isa-debug-exit gives (v << 1) | 1).
PROBE_ARCH = {"x86_64": ("0x100000", (PROBE_VALUE << 1) | 1),
              "arm64": ("0x40200000", PROBE_VALUE)}
HOST_ARCH = {"x86_64": "x86_64", "aarch64": "arm64"}


def requested(option):
    """The accelerator asked for: --accel, else $LANTERN_ACCEL, else auto.
    Return (choice, who asked)."""
    if option:
        return option, "--accel"
    env = os.environ.get(ENV, "")
    if not env:
        return "auto", None
    if env not in CHOICES:
        sys.exit(f"run-qemu: {ENV}={env} is not one of {', '.join(CHOICES)}")
    return env, ENV


def kvm_cpu(arch, cpu):
    """The CPU model under KVM: the one asked for, else one KVM can run.
    Not `host` (it failed to set MSRs on a nested host); x86_64 keeps
    QEMU's default model, whose features QEMU trims to what KVM supports;
    arm64's default cortex-a57 exists under KVM only on such a host, so max."""
    if cpu:
        return cpu
    return None if arch == "x86_64" else "max"


def _machine_key(qemu, cmd):
    """What the probe's answer depends on: this machine, this boot (KVM
    modules and their options), the QEMU binary, its command line and the
    probe's source."""
    path = os.path.realpath(shutil.which(qemu))
    st = os.stat(path)
    parts = [platform.node(), platform.release(), path, str(st.st_size), str(st.st_mtime_ns),
             " ".join(cmd)]
    for f in ("/proc/sys/kernel/random/boot_id", "/etc/machine-id"):
        try:
            with open(f) as fh:
                parts.append(fh.read().strip())
        except OSError:
            parts.append("")
    for name in sorted(os.listdir(PROBE_SRC)):
        with open(os.path.join(PROBE_SRC, name), "rb") as fh:
            parts.append(hashlib.sha256(fh.read()).hexdigest())
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _build_probe(arch, folder):
    """Assemble and link the probe for the host's own architecture."""
    src = os.path.join(PROBE_SRC, f"probe-{arch}.S")
    obj = os.path.join(folder, f"probe-{arch}.o")
    img = os.path.join(folder, f"probe-{arch}")
    subprocess.run(["gcc", "-c", src, "-o", obj], check=True, capture_output=True)
    subprocess.run(["ld", "-nostdlib", "-static",
                    "--defsym", f"PROBE_BASE={PROBE_ARCH[arch][0]}",
                    "-T", os.path.join(PROBE_SRC, "probe.lds"), "-o", img, obj],
                   check=True, capture_output=True)
    return img


def _relay_stderr(proc, sink, on_error):
    """Copy QEMU's stderr to @sink line by line; call @on_error once when
    KVM reports an internal error (QEMU then pauses the guest for ever)."""
    seen = False
    for line in iter(proc.stderr.readline, b""):
        if sink:
            sink.write(line)
            sink.flush()
        if not seen and INTERNAL_ERROR in line:
            seen = True
            on_error()


def _run_probe(cmd, want):
    """Boot the probe; return None when it exited with @want, else why not."""
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
    except OSError as e:
        return f"cannot start QEMU: {e}"
    failed = threading.Event()

    def on_error():
        failed.set()
        proc.kill()
    relay = threading.Thread(target=_relay_stderr, args=(proc, None, on_error), daemon=True)
    relay.start()
    try:
        rc = proc.wait(timeout=PROBE_TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return f"the probe did not exit within {PROBE_TIMEOUT} s"
    relay.join()
    if failed.is_set():
        return "KVM internal error"
    if rc != want:
        return f"QEMU exited with {rc}, not {want}"
    return None


def probe(arch, build_dir, qemu, probe_command):
    """Whether KVM runs the probe on this machine, asked once per machine,
    boot and QEMU and cached in @build_dir/accel/. @probe_command(image)
    is the QEMU command line that boots @image under KVM. Return None when
    KVM works, else why not; and whether the answer came from the cache."""
    folder = os.path.join(build_dir, "accel")
    os.makedirs(folder, exist_ok=True)
    cache = os.path.join(folder, "kvm-probe.json")
    cmd = probe_command(os.path.join(folder, f"probe-{arch}"))
    key = _machine_key(qemu, cmd)
    # One probe at a time per folder: parallel tests wait for the first.
    with open(os.path.join(folder, "lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            with open(cache) as f:
                saved = json.load(f)
            if saved.get("key") == key:
                return saved.get("failed"), True
        except (OSError, ValueError):
            pass
        try:
            _build_probe(arch, folder)
            failed = _run_probe(cmd, PROBE_ARCH[arch][1])
        except (OSError, subprocess.CalledProcessError) as e:
            failed = f"cannot build the probe: {e}"
        with open(cache + ".tmp", "w") as f:
            json.dump({"key": key, "failed": failed}, f)
        os.replace(cache + ".tmp", cache)
    return failed, False


def choose(arch, option, image, qemu, probe_command):
    """Resolve the accelerator for @image. Return (accel, the line that
    says which one runs and why)."""
    want, who = requested(option)
    if want != "auto":
        how = f"{ENV}={want}" if who == ENV else f"--accel {want}"
        return want, f"run-qemu: accelerator {want} ({how})"
    if HOST_ARCH.get(platform.machine()) != arch:
        return "tcg", (f"run-qemu: accelerator tcg (auto: {arch} guest on this "
                       f"{platform.machine()} host)")
    if not os.access("/dev/kvm", os.R_OK | os.W_OK):
        return "tcg", "run-qemu: accelerator tcg (auto: no usable /dev/kvm)"
    if shutil.which(qemu) is None:
        return "tcg", f"run-qemu: accelerator tcg (auto: no {qemu} to probe KVM with)"
    build_dir = os.path.dirname(os.path.abspath(image))
    try:
        failed, cached = probe(arch, build_dir, qemu, probe_command)
    except OSError as e:
        return "tcg", f"run-qemu: accelerator tcg (auto: cannot probe KVM: {e})"
    how = "cached " if cached else ""
    if failed:
        return "tcg", (f"run-qemu: accelerator tcg (auto: /dev/kvm is there but KVM failed "
                       f"the {how}probe: {failed}; ACCEL=kvm or --accel kvm forces it)")
    return "kvm", f"run-qemu: accelerator kvm (auto: KVM passed the {how}probe)"


def watch(proc, on_error):
    """Relay a running QEMU's stderr; on a KVM internal error let QEMU's
    register dump through, then print the hint and call @on_error. Return
    the relay thread."""
    def last_word():
        print(HINT, file=sys.stderr, flush=True)
        on_error()

    def hinted():
        threading.Timer(DUMP_SECONDS, last_word).start()
    t = threading.Thread(target=_relay_stderr,
                         args=(proc, sys.stderr.buffer, hinted), daemon=True)
    t.start()
    return t
