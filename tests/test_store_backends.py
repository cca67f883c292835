# SPDX-License-Identifier: BSD-3-Clause
"""ukstore beyond the shell: the Prometheus exporter with a real Prometheus
server, promtool, and the gdb command."""
import json
import os
import re
import shutil
import subprocess
import time
import urllib.request

import pytest

from conftest import TOP, build
from harness import Guest, connect, free_port

EXPORTER = os.path.join(TOP, "support", "ukstore-exporter")


def wait_for(fn, timeout=30, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            v = fn()
            if v:
                return v
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def http_get(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.read().decode()


class Fleet:
    """Guests on TCP consoles, one exporter in front of them."""

    def __init__(self, arch, mems):
        self.guests = []
        self.ports = {}
        img = build(arch)
        for i, mem in enumerate(mems):
            port = free_port()
            self.ports[f"g{i}"] = port
            self.guests.append(Guest(img.path, ["--console", f"tcp:{port}", "--mem", str(mem),
                                                "--timeout", "300"]))
        self.listen = free_port()
        targets = [f"--target={n}=127.0.0.1:{p}" for n, p in self.ports.items()]
        for p in self.ports.values():
            connect(p).close()
        self.exporter = subprocess.Popen([EXPORTER, "--listen", str(self.listen)] + targets,
                                         stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{self.listen}/metrics"
        wait_for(lambda: "lantern_up" in http_get(self.url), what="exporter")

    def metrics(self):
        return http_get(self.url)

    def stop_guest(self, i):
        """Kill run-qemu and its QEMU."""
        self.guests[i].kill()

    def close(self):
        for g in self.guests:
            g.close()
        self.exporter.kill()
        self.exporter.wait()


@pytest.fixture
def fleet(arch):
    f = Fleet(arch, [128, 256])
    yield f
    f.close()


def value(text, metric, guest):
    m = re.search(rf'^{metric}{{guest="{guest}"[^}}]*}} (\S+)$', text, re.M)
    assert m, f"{metric} of {guest} not in:\n{text}"
    return float(m.group(1))


def test_exporter_serves_every_guest(fleet):
    text = fleet.metrics()
    for g in ("g0", "g1"):
        assert value(text, "lantern_up", g) == 1
    # RAM as the firmware reports it: -m less the legacy holes on x86_64 pc
    for g, mib in (("g0", 128), ("g1", 256)):
        assert (mib - 1) * 2**20 <= value(text, "lantern_ukboot_mem_size_bytes", g) <= mib * 2**20
    assert value(text, "lantern_ukalloc_avail_mem_bytes", "g1") > \
        value(text, "lantern_ukalloc_avail_mem_bytes", "g0")
    # one HELP/TYPE pair per family, though two guests report it
    assert text.count("# TYPE lantern_ukboot_mem_size_bytes ") == 1
    # CPU time per thread: a counter labelled with the thread's name
    assert "# TYPE lantern_uksched_cpu_time_seconds_total counter" in text
    for g in ("g0", "g1"):
        m = re.search(rf'^lantern_uksched_cpu_time_seconds_total{{guest="{g}",object="1",'
                      r'name="main"} (\d+\.\d{9})$', text, re.M)
        assert m and float(m.group(1)) > 0, text


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool not installed")
def test_promtool_accepts_the_exposition(fleet):
    p = subprocess.run(["promtool", "check", "metrics"], input=fleet.metrics(),
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr


def test_guest_gone_is_up_zero(fleet):
    fleet.stop_guest(1)
    text = wait_for(lambda: (t := fleet.metrics()) and
                    re.search(r'^lantern_up\{guest="g1"\} 0$', t, re.M) and t,
                    what="lantern_up 0")
    assert value(text, "lantern_up", "g0") == 1


@pytest.mark.skipif(shutil.which("prometheus") is None, reason="prometheus not installed")
def test_prometheus_scrapes_free_memory_and_thread_cpu(fleet, tmp_path):
    port = free_port()
    cfg = tmp_path / "prometheus.yml"
    cfg.write_text("global:\n  scrape_interval: 1s\n"
                   "scrape_configs:\n  - job_name: lantern\n    static_configs:\n"
                   f"      - targets: ['127.0.0.1:{fleet.listen}']\n")
    prom = subprocess.Popen(["prometheus", f"--config.file={cfg}",
                             f"--storage.tsdb.path={tmp_path / 'data'}",
                             f"--web.listen-address=127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        api = f"http://127.0.0.1:{port}"
        wait_for(lambda: "Ready" in http_get(api + "/-/ready"), what="prometheus ready")
        query = api + "/api/v1/query?query=lantern_ukalloc_avail_mem_bytes"
        result = wait_for(lambda: json.loads(http_get(query))["data"]["result"],
                          timeout=60, what="a scraped sample")
        seen = {r["metric"]["guest"]: float(r["value"][1]) for r in result}
        direct = fleet.metrics()
        for g in ("g0", "g1"):
            assert seen[g] == value(direct, "lantern_ukalloc_avail_mem_bytes", g)
        # the per-thread CPU counter arrives with the thread's name
        query = api + "/api/v1/query?query=lantern_uksched_cpu_time_seconds_total"
        result = wait_for(lambda: json.loads(http_get(query))["data"]["result"],
                          timeout=60, what="a per-thread CPU sample")
        threads = {(r["metric"]["guest"], r["metric"]["name"]) for r in result}
        assert {("g0", "main"), ("g0", "idle"), ("g1", "main")} <= threads, result
    finally:
        prom.kill()
        prom.wait()


def shell_names(out):
    return re.findall(r"^(\w+/[\w/]+)\s", out, re.M)


def test_gdb_lists_the_same_entries_as_the_shell(arch):
    img = build(arch)
    port = free_port()
    with Guest(img.path, ["--qemu-gdb", str(port), "--qemu-gdb-wait", "--timeout", "120"],
               stdin=True) as guest:
        # stopped at a breakpoint (an idle guest sleeps in hlt/wfi, where
        # QEMU would not run gdb's function calls until an interrupt)
        gdb = subprocess.run(
            ["gdb-multiarch", "-nx", "-batch", "-ex", f"target remote 127.0.0.1:{port}",
             "-ex", "break uk_shell_run", "-ex", "continue",
             "-ex", f"source {TOP}/support/gdb/ukstore.py",
             "-ex", "uk-store ls", "-ex", "uk-store get ukboot/mem_size",
             "-ex", "uk-store get no/such", "-ex", "delete", "-ex", "detach", img.path],
            capture_output=True, text=True, timeout=120)
        guest.proc.stdin.write(b"store ls\nhalt\n")
        guest.proc.stdin.close()
        guest.finish()
        text = guest.output()
    # static entries: all but the objects' (uksched/1/name, ukalloc/0/...)
    shell = set(n for n in shell_names(text) if not re.match(r"\w+/\d+/", n))
    listed = set(shell_names(gdb.stdout))
    assert shell and listed == shell, gdb.stdout + gdb.stderr
    # the values gdb read are the guest's own
    mem = re.search(r"^ukboot/mem_size\s+u64\s+r\s+(\d+)\s+bytes$", text, re.M).group(1)
    assert re.search(rf"^ukboot/mem_size\s+u64\s+r\s+{mem}\s+bytes$", gdb.stdout, re.M), gdb.stdout
    assert re.search(rf"^{mem}$", gdb.stdout, re.M), gdb.stdout + gdb.stderr
    assert "no/such: no such entry" in gdb.stderr
