# SPDX-License-Identifier: BSD-3-Clause
"""run-qemu's record/replay: QEMU's deterministic record of a run
(`-icount shift=auto,rr=record`) and its replay, where QEMU's gdbstub can
also step and continue backwards.

A recording folder holds:
  log              QEMU's replay log (every input and clock read, by
                   instruction count)
  snapshot.qcow2   the drive that holds the `init` snapshot a replay and a
                   reverse step start from (QEMU keeps vmstate only in a
                   block device)
  command          the exact QEMU command line of the recording
  build-id         the image's GNU build-id
  input            the console input the guest was given, as delivered
  log.sha256       the log's size and digest once the recording ended

Console input under record: QEMU logs each chunk its chardev reads for
the serial device and hands it over at the next checkpoint of the log,
tens of milliseconds later on an idle guest; meanwhile the device still
looks empty, so QEMU reads the next byte too, and the bytes that reach
the device at one checkpoint overwrite each other (the 16550 and the PL011
run without FIFOs here). Piped input came out as a byte or two of each
line, even with 50 ms between bytes (and with `sleep=off` none arrived at
all). So run-qemu writes the input one byte at a time and sends the next
only once the guest echoed it (or after ECHO_WAIT, for a byte that is not
echoed): one byte at most is ever on its way. The boot's own output is no
echo: the first byte waits until the console has been quiet for
FIRST_QUIET (the guest waits for input) or STARTUP_WAIT passed.
"""
import hashlib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time

SNAPSHOT = "init"
SNAPSHOT_MIB = 16
ECHO_WAIT = 1.0
FIRST_QUIET = 0.3
STARTUP_WAIT = 5.0
CTRL_A = 0x01
NT_GNU_BUILD_ID = 3
SHT_NOTE = 7
# The options without a value in run-qemu's command lines
FLAGS = ("-nodefaults", "-no-reboot", "-S")


def build_id(path):
    """The image's GNU build-id as hex, or None (read from its SHT_NOTE
    sections)."""
    with open(path, "rb") as f:
        elf = f.read()
    if elf[:4] != b"\x7fELF" or elf[4] != 2:
        return None
    u16 = lambda o: int.from_bytes(elf[o:o + 2], "little")
    u32 = lambda o: int.from_bytes(elf[o:o + 4], "little")
    u64 = lambda o: int.from_bytes(elf[o:o + 8], "little")
    shoff, shentsize, shnum = u64(0x28), u16(0x3a), u16(0x3c)
    for i in range(shnum):
        sh = shoff + i * shentsize
        if u32(sh + 4) != SHT_NOTE:
            continue
        off, size = u64(sh + 0x18), u64(sh + 0x20)
        pos = off
        while pos + 12 <= off + size:
            namesz, descsz, typ = u32(pos), u32(pos + 4), u32(pos + 8)
            name = elf[pos + 12:pos + 12 + namesz]
            desc = pos + 12 + ((namesz + 3) & ~3)
            if typ == NT_GNU_BUILD_ID and name == b"GNU\0":
                return elf[desc:desc + descsz].hex()
            pos = desc + ((descsz + 3) & ~3)
    return None


def _path(folder, name):
    return os.path.join(folder, name)


def icount_args(folder, mode):
    """The options that make QEMU record into or replay from @folder."""
    return ["-icount", f"shift=auto,rr={mode},rrfile={_path(folder, 'log')},"
            f"rrsnapshot={SNAPSHOT}",
            "-drive", f"file={_path(folder, 'snapshot.qcow2')},if=none,id=rr,snapshot=off"]


def prepare_record(folder, image):
    """Make @folder a fresh recording folder for @image. Exit with a message
    when qemu-img fails."""
    os.makedirs(folder, exist_ok=True)
    for name in ("log", "log.sha256", "snapshot.qcow2", "command", "build-id", "input"):
        if os.path.exists(_path(folder, name)):
            os.unlink(_path(folder, name))
    if shutil.which("qemu-img") is None:
        sys.exit("run-qemu: --record needs qemu-img (Debian package qemu-utils; "
                 "make deps installs it)")
    drive = _path(folder, "snapshot.qcow2")
    p = subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", drive, f"{SNAPSHOT_MIB}M"],
                       capture_output=True, text=True)
    if p.returncode:
        sys.exit(f"run-qemu: qemu-img could not create {drive}: {p.stderr.strip()}")
    with open(_path(folder, "build-id"), "w") as f:
        f.write((build_id(image) or "none") + "\n")


def save_command(folder, cmd):
    with open(_path(folder, "command"), "w") as f:
        f.write(shlex.join(cmd) + "\n")


def seal(folder):
    """Note the finished log's size and digest, which a replay checks first."""
    log = _path(folder, "log")
    if not os.path.exists(log):
        return
    with open(log, "rb") as f:
        data = f.read()
    with open(_path(folder, "log.sha256"), "w") as f:
        f.write(f"{len(data)} {hashlib.sha256(data).hexdigest()}\n")


def _read(folder, name):
    try:
        with open(_path(folder, name)) as f:
            return f.read().strip()
    except OSError:
        return None


def replay_problem(folder, image):
    """Why @folder cannot be replayed with @image, or None."""
    for name in ("command", "log", "snapshot.qcow2"):
        if not os.path.exists(_path(folder, name)):
            return f"{folder} is not a recording: it has no {name}"
    recorded, ours = _read(folder, "build-id"), build_id(image) or "none"
    if recorded != ours:
        return (f"{folder} was recorded with another image: build-id {recorded}, "
                f"and {image} has build-id {ours}")
    sealed = _read(folder, "log.sha256")
    if sealed is None:
        return (f"{folder}/log was never finished (the recording was killed "
                "before QEMU could close it)")
    size, digest = sealed.split()
    with open(_path(folder, "log"), "rb") as f:
        data = f.read()
    if len(data) != int(size):
        return (f"{folder}/log is truncated or extended: {len(data)} bytes, "
                f"the recording wrote {size}")
    if hashlib.sha256(data).hexdigest() != digest:
        return f"{folder}/log is damaged: its sha256 differs from the recording's"
    return None


def replay_command(folder, image, work, gdb_args):
    """The recording's command line, turned into its replay: the same
    machine and devices, the log read instead of written, the snapshot
    log and drive copied in @work, no console input, the debug channel on a null
    chardev (what went through it is not in the log, see docs), the image
    at @image and QEMU's gdbstub as asked."""
    old = shlex.split(_read(folder, "command"))
    cmd = old[:1]
    i = 1
    while i < len(old):
        opt = old[i]
        if opt in FLAGS:
            if opt != "-S":
                cmd.append(opt)
            i += 1
            continue
        val = old[i + 1]
        i += 2
        if opt == "-gdb":
            continue
        if opt == "-icount":
            cmd += icount_args(work, "replay")
            i += 2   # the -drive that icount_args gave the recording
            continue
        if opt == "-kernel":
            val = image
        elif opt == "-chardev" and val.startswith("socket,") and "id=dbg0" in val:
            val = "null,id=dbg0"
        cmd += [opt, val]
    return cmd + gdb_args


def replay_copy(folder):
    """A private copy of the log and the snapshot drive: QEMU locks the
    drive it opens, several replays of one recording may run at once, and
    the recording stays as it was whatever a replay does."""
    tmp = tempfile.mkdtemp(prefix="lantern-replay-")
    for name in ("log", "snapshot.qcow2"):
        shutil.copyfile(_path(folder, name), os.path.join(tmp, name))
    return tmp


class Console:
    """The guest's console between the user and a recording QEMU: output
    copied to our stdout as it comes, input written a byte at a time, each
    after the guest echoed the previous one (or ECHO_WAIT passed), and kept
    in the folder's `input`. On a terminal the terminal is raw, and
    Ctrl-A x ends the recording (QEMU then closes the log)."""

    def __init__(self, proc, folder, interactive):
        self.proc = proc
        self.interactive = interactive
        self.saved = open(_path(folder, "input"), "wb")
        self.since = bytearray()   # output since the last byte sent
        self.last_out = None
        self.closed = False
        self.cond = threading.Condition()
        self.out = threading.Thread(target=self._relay_output, daemon=True)
        self.out.start()
        threading.Thread(target=self._feed, daemon=True).start()

    def _relay_output(self):
        fd = self.proc.stdout.fileno()
        while True:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            os.write(sys.stdout.fileno(), chunk)
            with self.cond:
                self.since += chunk
                self.last_out = time.monotonic()
                self.cond.notify_all()
        with self.cond:
            self.closed = True
            self.cond.notify_all()

    def _echoed(self, byte):
        if self.closed:
            return True
        if byte in b"\r\n":
            return b"\n" in self.since
        return 0x20 <= byte < 0x7f and bytes([byte]) in self.since

    def _wait_ready(self):
        """Until the guest's boot output is over: quiet for FIRST_QUIET."""
        end = time.monotonic() + STARTUP_WAIT
        with self.cond:
            while not self.closed and time.monotonic() < end:
                if self.last_out and time.monotonic() - self.last_out >= FIRST_QUIET:
                    return
                self.cond.wait(0.05)

    def _send(self, byte):
        with self.cond:
            self.since = bytearray()
            self.proc.stdin.write(bytes([byte]))
            self.proc.stdin.flush()
            self.saved.write(bytes([byte]))
            self.saved.flush()
            self.cond.wait_for(lambda: self._echoed(byte), ECHO_WAIT)

    def _feed(self):
        escape = False
        try:
            self._wait_ready()
            while True:
                chunk = os.read(sys.stdin.fileno(), 4096)
                if not chunk:
                    break
                for byte in chunk:
                    if escape:
                        # QEMU's own keys: Ctrl-A x quits, Ctrl-A Ctrl-A is Ctrl-A
                        escape = False
                        if byte in b"xX":
                            self.proc.terminate()
                            return
                        if byte != CTRL_A:
                            self._send(CTRL_A)
                    elif self.interactive and byte == CTRL_A:
                        escape = True
                        continue
                    self._send(byte)
            if not self.interactive:
                self._send(0x04)
        except (BrokenPipeError, ValueError, OSError):
            pass

    def finish(self):
        """Wait until QEMU's last output is out."""
        self.out.join()
        self.saved.close()


def replay_hint(folder, image):
    """The command that replays @folder stopped for gdb, as the user can
    type it where run-qemu was started."""
    here = os.getcwd()
    rel = lambda p: os.path.relpath(p) if os.path.abspath(p).startswith(here + os.sep) else \
        os.path.abspath(p)
    run_qemu = rel(os.path.abspath(sys.argv[0]))
    return shlex.join([run_qemu, "--replay", rel(folder), "--qemu-gdb", "1234",
                       "--qemu-gdb-wait", rel(image)])


def gdb_hint(image, port):
    """The gdb command that attaches to a replay's gdbstub on @port."""
    top = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    gdbinit = os.path.relpath(os.path.join(top, "support", "gdb", "gdbinit"))
    return (f"LANTERN_DEBUG_PORT={port} gdb-multiarch -x {shlex.quote(gdbinit)} "
            f"{shlex.quote(os.path.relpath(image))}")


def stop(proc, grace=10):
    """End a recording QEMU so that it still closes its log (SIGTERM), and
    kill it if it does not within @grace seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
