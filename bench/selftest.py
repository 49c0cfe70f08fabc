#!/usr/bin/env python3
"""Self-test of the benchmark's load generator (registered with CTest as bench_prbench_selftest).

Runs every prbench client mode with small, bounded sizes against its own backend on 127.0.0.1,
and proves that the two correctness checks can fail: through a relay that corrupts one byte the
byte-exact check must fail, and through a relay that closes both ways at client EOF (what
rinetd 0.73 and redir do) the half-close check must fail. No timing is asserted.

    selftest.py PATH_TO_PRBENCH
"""

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time

FAILURES = []
CHECKED = []


def check(condition, what):
    CHECKED.append(what)
    print("%s: %s" % ("ok" if condition else "FAIL", what), flush=True)
    if not condition:
        FAILURES.append(what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(prbench, *args):
    out = subprocess.run([prbench] + [str(a) for a in args], capture_output=True, timeout=60)
    return json.loads(out.stdout.decode().strip().splitlines()[-1])


class FaultyRelay:
    """A one-rule relay with a deliberate fault: 'corrupt' flips the first byte going back to
    the client; 'close-at-eof' closes both sides as soon as the client sends EOF."""

    def __init__(self, target, fault):
        self.target = target
        self.fault = fault
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.stopping = False
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        deadline = time.monotonic() + 120
        while not self.stopping and time.monotonic() < deadline:
            try:
                client, _ = self.server.accept()
            except socket.timeout:
                continue
            backend = socket.create_connection(("127.0.0.1", self.target), timeout=30)
            client.settimeout(30)
            threading.Thread(target=self.pump, args=(client, backend, False), daemon=True).start()
            threading.Thread(target=self.pump, args=(backend, client, True), daemon=True).start()

    def pump(self, src, dst, to_client):
        first = True
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if to_client and first and self.fault == "corrupt":
                    data = bytes([data[0] ^ 0xFF]) + data[1:]
                first = False
                dst.sendall(data)
        except OSError:
            pass
        if not to_client and self.fault == "close-at-eof":
            for s in (src, dst):
                try:
                    s.close()
                except OSError:
                    pass
            return
        try:
            dst.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    def stop(self):
        self.stopping = True
        self.thread.join(timeout=5)
        self.server.close()


def main():
    prbench = sys.argv[1]
    ports = {k: free_port() for k in ("sink", "slow", "echo", "half")}
    backend = subprocess.Popen([prbench, "backend"] +
                               sum([["--" + k, str(v)] for k, v in ports.items()], []) +
                               ["--slow-rate", "1000000", "--lifetime", "150"],
                               stdout=subprocess.PIPE,
                               start_new_session=True)
    try:
        check(backend.stdout.readline().strip() == b"ready", "backend starts")

        r = run(prbench, "stream", "--port", ports["sink"], "--bytes", 8 << 20, "--conns", 2,
                "--timeout", 30)
        check(r["complete"] and r["bytes_sent"] == 8 << 20, "stream: 8 MiB over 2 connections")

        r = run(prbench, "connrate", "--port", ports["echo"], "--parallel", 8, "--count", 200,
                "--timeout", 30)
        check(r["completed"] == 200 and r["errors"] == 0 and r["mismatches"] == 0,
              "connrate: 200 connections, every echo compared")

        r = run(prbench, "pingpong", "--port", ports["echo"], "--conns", 4, "--count", 200,
                "--timeout", 30)
        check(r["complete"] and r["samples"] == 200 and 0 < r["p50_us"] <= r["p99_us"],
              "pingpong: 200 samples, p50 <= p99")
        # The driver divides the relay's CPU time by this: 200 measured + 3 warm-up per connection.
        check(r["round_trips"] == 200 + 3 * 4, "pingpong: counts 212 round trips, warm-up included")

        r = run(prbench, "idle", "--port", ports["echo"], "--steps", "10,30", "--pid",
                backend.pid, "--timeout", 30)
        check(r["final_relaying"] == 30 and r["steps"][1]["relaying"] == 30 and
              r["base_rss_kib"] > 0, "idle: 30 connections held and relaying, memory read")

        r = run(prbench, "slowgrowth", "--port", ports["slow"], "--seconds", 1, "--pid",
                backend.pid)
        check(r["samples"] > 0 and r["bytes_pushed"] > 0 and r["errors"] == 0,
              "slowgrowth: pushes and samples memory")

        r = run(prbench, "exact", "--port", ports["echo"], "--bytes", 4 << 20, "--timeout", 30)
        check(r["ok"], "exact: 4 MiB identical straight through the echo backend")
        r = run(prbench, "halfclose", "--port", ports["half"], "--bytes", 1 << 20,
                "--timeout", 30)
        check(r["ok"], "halfclose: reply after EOF arrives straight from the backend")

        corrupt = FaultyRelay(ports["echo"], "corrupt")
        r = run(prbench, "exact", "--port", corrupt.port, "--bytes", 1 << 20, "--timeout", 30)
        corrupt.stop()
        check(not r["ok"] and "byte 0" in r["detail"],
              "exact detects a relay that corrupts a byte (%s)" % r["detail"])

        lossy = FaultyRelay(ports["half"], "close-at-eof")
        r = run(prbench, "halfclose", "--port", lossy.port, "--bytes", 1 << 20, "--timeout", 30)
        lossy.stop()
        check(not r["ok"], "halfclose detects a relay that closes at client EOF (%s)" %
              r["detail"])
    finally:
        os.killpg(backend.pid, signal.SIGKILL)
        backend.wait()
    print("%d passed, %d failed" % (len(CHECKED) - len(FAILURES), len(FAILURES)))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
