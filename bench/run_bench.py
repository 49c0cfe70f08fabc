#!/usr/bin/env python3
"""PortRelay benchmark driver (issue 7). Started by ./scripts/bench, which installs the peers and
builds prbench and portrelay first; see bench/README.md.

Runs every metric against every relay, interleaved (run 1: metric A on every relay, metric B on
every relay, ...; run 2 likewise in a rotated relay order), each relay started fresh for each
measurement. Everything is on 127.0.0.1; every client call is bounded by its own time limit and
by a subprocess timeout; every process started here is killed on exit (signals included).

Writes bench/results/latest.json (every raw run) and bench/results/latest.md (the tables).
"""

import argparse
import datetime
import json
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

BACKEND_PORTS = {"sink": 19101, "slow": 19102, "echo": 19103, "half": 19104}
RELAY_PORT_FIRST = 19200
RELAY_PORT_COUNT = 400

# Process groups started here: killed by cleanup() whatever happens.
LIVE_GROUPS = set()


def cleanup():
    for pgid in list(LIVE_GROUPS):
        try:
            os.killpg(pgid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        LIVE_GROUPS.discard(pgid)


def on_signal(signum, _frame):
    cleanup()
    sys.exit(128 + signum)


def listening(port):
    """True when something listens on 127.0.0.1:port (read from /proc, no connection made)."""
    want = ":%04X" % port
    try:
        with open("/proc/net/tcp") as f:
            next(f)
            for line in f:
                fields = line.split()
                if fields[1].endswith(want) and fields[3] == "0A":
                    return True
    except OSError:
        pass
    return False


def process_cpu_seconds(pid):
    """CPU time of one live process (all its threads, ended ones included) in nanoseconds'
    resolution, from its CPU-time clock (what clock_getcpuclockid() returns: the kernel's
    encoding of a process clock is ~pid << 3 | CPUCLOCK_SCHED). None when it has ended."""
    try:
        return time.clock_gettime_ns(((~pid) << 3) | 2) / 1e9
    except OSError:
        return None


def group_cpu_seconds(pgid):
    """User + system CPU of every process in the group (threads included), plus the reaped
    children of each (socat's per-connection processes once they have ended). A live process
    is read from its CPU-time clock (exact): /proc's clock ticks (10 ms) alone would make a
    quarter-second ping-pong figure jump by several per cent. Reaped children are known only in
    ticks. Children that were re-parented elsewhere (redir double-forks) are missed: a lower
    bound for those."""
    ticks = 0
    seconds = 0.0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        # fields[0] is field 3 (state): pgrp is field 5, utime..cstime are fields 14..17.
        if int(fields[2]) == pgid:
            own = process_cpu_seconds(int(entry))
            if own is None:
                ticks += sum(int(x) for x in fields[11:15])
            else:
                seconds += own
                ticks += sum(int(x) for x in fields[13:15])
    return seconds + ticks / os.sysconf("SC_CLK_TCK")


def start_group(cmd, log_path, env=None):
    log = open(log_path, "ab")
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True,
                            env=dict(os.environ, **env) if env else None)
    log.close()
    LIVE_GROUPS.add(proc.pid)
    return proc


def stop_group(proc, grace=5.0):
    if proc is None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        pass
    # Forking relays leave children in the group: they go too.
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        pass
    LIVE_GROUPS.discard(proc.pid)


class Relay:
    """One relay under test. start() returns (process or None, port the client connects to).
    env: variables added to the relay's environment (an A/B of one binary's modes)."""

    forks = False
    env = None
    max_conns = None  # connections it is configured to hold, when it has such a limit

    def __init__(self, name, label):
        self.name = name
        self.label = label

    def command(self, listen, target, workdir):
        raise NotImplementedError

    def start(self, listen, target, workdir):
        cmd = self.command(listen, target, workdir)
        proc = start_group(cmd, os.path.join(workdir, self.name + ".log"), self.env)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                break
            if listening(listen):
                return proc, listen
            time.sleep(0.02)
        stop_group(proc)
        with open(os.path.join(workdir, self.name + ".log"), "rb") as f:
            tail = f.read()[-400:].decode(errors="replace").strip()
        raise RuntimeError("%s did not listen on 127.0.0.1:%d (%s)" % (self.name, listen,
                                                                       tail or "no output"))

    def version(self):
        return ""


class Direct(Relay):
    def start(self, listen, target, workdir):
        return None, target


def rinetd_conf(listen, target, workdir, name):
    path = os.path.join(workdir, name + ".conf")
    with open(path, "w") as f:
        # No logfile line: no connection logging, for rinetd and PortRelay alike.
        f.write("127.0.0.1 %d 127.0.0.1 %d\n" % (listen, target))
    return path


class PortRelay(Relay):
    def __init__(self, binary, name="portrelay", env=None, threads=None):
        if env:
            label = "portrelay --headless with %s" % " ".join(
                "%s=%s" % kv for kv in sorted(env.items()))
        elif threads:
            label = "portrelay --headless --threads %d" % threads
        else:
            label = "portrelay --headless" + ("" if name == "portrelay" else " (%s)" % binary)
        super().__init__(name, label)
        self.binary = binary
        self.env = env
        self.threads = threads

    def command(self, listen, target, workdir):
        threads = ["--threads", str(self.threads)] if self.threads else []
        return [self.binary, "--headless"] + threads + [
            "-c", rinetd_conf(listen, target, workdir, self.name)]

    def version(self):
        return run_text([self.binary, "--version"])


class Rinetd(Relay):
    def __init__(self):
        super().__init__("rinetd", "rinetd")

    def command(self, listen, target, workdir):
        return ["rinetd", "-f", "-c", rinetd_conf(listen, target, workdir, "rinetd")]

    def version(self):
        return run_text(["rinetd", "--version"])


class Redir(Relay):
    forks = True

    def __init__(self):
        super().__init__("redir", "redir")

    def command(self, listen, target, workdir):
        # -n: foreground; -l err: no per-connection log lines (the others log none either).
        return ["redir", "-n", "-l", "err", "127.0.0.1:%d" % listen, "127.0.0.1:%d" % target]

    def version(self):
        return "redir " + run_text(["redir", "--version"])


class Socat(Relay):
    forks = True

    def __init__(self):
        super().__init__("socat", "socat")

    def command(self, listen, target, workdir):
        return ["socat", "TCP-LISTEN:%d,bind=127.0.0.1,fork,reuseaddr" % listen,
                "TCP:127.0.0.1:%d" % target]

    def version(self):
        lines = run_text(["socat", "-V"]).splitlines()
        return lines[1] if len(lines) > 1 else ""


class HAProxy(Relay):
    """haproxy: the plain configuration. The tuned rows are configured as HAProxy's users run it
    for throughput: haproxy-splice moves the bytes with splice() through a pipe (as PortRelay
    does for bulk), haproxy-mt also runs two threads (one per core of the reference machine).

    splice: "always" (`option splice-request` and `option splice-response`) or "auto"
    (`option splice-auto`). HAProxy 2.6 on loopback never splices with splice-auto: its
    heuristic waits for a fast streamer, and after 1 GiB through one or 32 connections its
    `show info` still says PipesFree 0 and strace shows recvfrom/sendto only. "always" is the
    default so that the splicing rows really splice.

    fd_limit: the descriptor limit HAProxy inherits. It refuses to start unless 2 × maxconn
    plus 2 × maxpipes fits, and its default maxpipes is a fraction of maxconn: the splicing
    rows set maxpipes (ample for 32 streams) and give up that many connections."""

    MAXPIPES = 256

    SPLICE_OPTIONS = {"always": ["splice-request", "splice-response"], "auto": ["splice-auto"]}

    def __init__(self, fd_limit, name="haproxy", threads=1, splice=None):
        self.options = self.SPLICE_OPTIONS[splice] if splice else []
        label = "HAProxy (mode tcp%s, nbthread %d)" % (
            "".join(", option " + o for o in self.options), threads)
        super().__init__(name, label)
        pipes = self.MAXPIPES if splice else 0
        self.maxconn = (fd_limit - 100) // 2 - pipes
        self.max_conns = self.maxconn
        self.threads = threads
        self.splice = splice

    def command(self, listen, target, workdir):
        path = os.path.join(workdir, self.name + ".cfg")
        with open(path, "w") as f:
            f.write("""global
    nbthread %d
    maxconn %d
%sdefaults
    mode tcp
%s    timeout connect 5s
    timeout client 120s
    timeout server 120s
frontend bench
    bind 127.0.0.1:%d
    default_backend target
backend target
    server s1 127.0.0.1:%d
""" % (self.threads, self.maxconn,
       "    maxpipes %d\n" % self.MAXPIPES if self.splice else "",
       "".join("    option %s\n" % o for o in self.options), listen, target))
        return ["haproxy", "-db", "-f", path]

    def version(self):
        return run_text(["haproxy", "-v"]).splitlines()[0] if shutil.which("haproxy") else ""


def run_text(cmd):
    try:
        out = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=10)
        return (out.stdout + out.stderr).decode(errors="replace").strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


# --- metrics -------------------------------------------------------------------------------------

class Metric:
    """backend: which backend the relay forwards to; needs_pid: reads the relay's memory."""

    def __init__(self, key, title, backend, needs_pid=False, skip_direct=False):
        self.key = key
        self.title = title
        self.backend = backend
        self.needs_pid = needs_pid
        self.skip_direct = skip_direct

    def args(self, port, pid, relay, cfg):
        raise NotImplementedError


class Stream(Metric):
    def __init__(self, key, title, conns):
        super().__init__(key, title, "sink")
        self.conns = conns

    def args(self, port, pid, relay, cfg):
        size = cfg["stream1_bytes"] if self.conns == 1 else cfg["stream32_bytes"]
        return ["stream", "--port", port, "--bytes", size, "--conns", self.conns,
                "--timeout", cfg["stream_timeout"]]


class ConnRate(Metric):
    def __init__(self):
        super().__init__("connrate", "(3) connections/s, 8 in parallel", "echo")

    def args(self, port, pid, relay, cfg):
        return ["connrate", "--port", port, "--parallel", 8, "--count", cfg["connrate_count"],
                "--timeout", cfg["connrate_seconds"]]


class Latency(Metric):
    def __init__(self):
        super().__init__("latency", "(4) 64-byte ping-pong, 16 connections", "echo")

    def args(self, port, pid, relay, cfg):
        return ["pingpong", "--port", port, "--conns", 16, "--count", cfg["pingpong_count"],
                "--timeout", 30]


class Idle(Metric):
    def __init__(self):
        super().__init__("idle", "(5) RSS idle and per idle connection", "echo", needs_pid=True,
                         skip_direct=True)

    def args(self, port, pid, relay, cfg):
        steps = cfg["idle_steps_forking"] if relay.forks else cfg["idle_steps"]
        if relay.max_conns:
            steps = [min(s, relay.max_conns // 100 * 100) for s in steps]
        return ["idle", "--port", port, "--pid", pid, "--steps", ",".join(map(str, steps)),
                "--timeout", cfg["idle_timeout"]]


class SlowGrowth(Metric):
    def __init__(self):
        super().__init__("slowgrowth", "(6) RSS growth, slow reader (10 MB/s)", "slow",
                         needs_pid=True, skip_direct=True)

    def args(self, port, pid, relay, cfg):
        return ["slowgrowth", "--port", port, "--pid", pid, "--seconds", cfg["slow_seconds"]]


class Exact(Metric):
    def __init__(self):
        super().__init__("exact", "(7a) byte-exact echo", "echo")

    def args(self, port, pid, relay, cfg):
        return ["exact", "--port", port, "--bytes", cfg["exact_bytes"], "--timeout", 60]


class HalfClose(Metric):
    def __init__(self):
        super().__init__("halfclose", "(7b) half-close: reply after client EOF", "half")

    def args(self, port, pid, relay, cfg):
        return ["halfclose", "--port", port, "--bytes", 1 << 20, "--timeout", 20]


class GuiLag(Metric):
    """Runs only for portrelay: its real main window (prbench_gui) relays three rules while
    32 streams, the connection-rate loop and the ping-pong loop run through them at once."""

    def __init__(self):
        super().__init__("gui", "(8) GUI event-loop lag under full load", "sink",
                         skip_direct=True)


METRICS = [
    Stream("stream1", "(1) 1 connection pushing to a sink", 1),
    Stream("stream32", "(2) 32 connections pushing to a sink, aggregate", 32),
    ConnRate(),
    Latency(),
    Idle(),
    SlowGrowth(),
    Exact(),
    HalfClose(),
    GuiLag(),
]


def configuration(quick, fd_hard):
    # A relay holds two descriptors per relayed connection: the large idle step is what fits.
    big_idle = min(10000, (fd_hard - 100) // 2 // 100 * 100)
    if quick:
        return {
            "runs": 1, "stream1_bytes": 256 << 20, "stream32_bytes": 256 << 20,
            "stream_timeout": 30, "connrate_count": 3000, "connrate_seconds": 3,
            "pingpong_count": 3000, "idle_steps": [1000, big_idle], "idle_steps_forking": [200],
            "idle_timeout": 30, "slow_seconds": 2, "exact_bytes": 4 << 20, "gui_seconds": 3,
        }
    return {
        "runs": 3, "stream1_bytes": 2 << 30, "stream32_bytes": 2 << 30, "stream_timeout": 60,
        "connrate_count": 20000, "connrate_seconds": 5, "pingpong_count": 200000,
        "idle_steps": [1000, big_idle], "idle_steps_forking": [1000], "idle_timeout": 60,
        "slow_seconds": 5, "exact_bytes": 64 << 20, "gui_seconds": 5,
    }


def measure_gui(prbench, prbench_gui, cfg, workdir, port_counter):
    ports = [RELAY_PORT_FIRST + (port_counter + i) % RELAY_PORT_COUNT for i in range(3)]
    conf = os.path.join(workdir, "gui.conf")
    with open(conf, "w") as f:
        f.write("127.0.0.1 %d 127.0.0.1 %d\n" % (ports[0], BACKEND_PORTS["sink"]))
        f.write("127.0.0.1 %d 127.0.0.1 %d\n" % (ports[1], BACKEND_PORTS["echo"]))
        f.write("127.0.0.1 %d 127.0.0.1 %d\n" % (ports[2], BACKEND_PORTS["echo"]))
    # GUI: ready at ~0.5 s, measures [warmup, warmup + seconds], relays until + tail, exits.
    # The load starts at "ready" and ends between the measurement's end and the GUI's exit.
    warmup, seconds, tail = 2.0, cfg["gui_seconds"], 3.0
    load_seconds = warmup + seconds + 0.5
    record = {"metric": "gui", "relay": "portrelay",
              "started": datetime.datetime.now(datetime.timezone.utc).isoformat()}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=os.path.join(workdir, "xdg"), XDG_DATA_HOME=os.path.join(workdir, "xdg"))
    out_path = os.path.join(workdir, "gui.out")
    gui = None
    loads = []
    try:
        with open(out_path, "wb") as out, open(os.path.join(workdir, "gui.log"), "ab") as err:
            gui = subprocess.Popen([prbench_gui, "--config", conf, "--warmup", str(warmup),
                                    "--seconds", str(seconds), "--tail", str(tail)],
                                   stdin=subprocess.DEVNULL,
                                   stdout=out, stderr=err, env=env, start_new_session=True)
        LIVE_GROUPS.add(gui.pid)
        deadline = time.monotonic() + 20
        while not all(listening(p) for p in ports):
            if time.monotonic() > deadline or gui.poll() is not None:
                raise RuntimeError("the GUI did not listen on its three rules")
            time.sleep(0.02)
        for args in (["stream", "--port", ports[0], "--conns", 32, "--bytes", 1 << 50,
                      "--timeout", load_seconds],
                     ["connrate", "--port", ports[1], "--parallel", 8, "--count", 10 ** 9,
                      "--timeout", load_seconds],
                     ["pingpong", "--port", ports[2], "--conns", 16, "--count", 10 ** 9,
                      "--timeout", load_seconds]):
            loads.append(subprocess.Popen([prbench] + [str(a) for a in args],
                                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                          stderr=subprocess.DEVNULL))
        gui.wait(timeout=warmup + seconds + tail + 30)
        record["load"] = []
        for proc in loads:
            text, _ = proc.communicate(timeout=load_seconds + 30)
            record["load"].append(json.loads(text.decode().strip().splitlines()[-1]))
        with open(out_path) as f:
            lines = [json.loads(x) for x in f.read().splitlines() if x.startswith("{")]
        result = [x for x in lines if "p99_ms" in x]
        if not result:
            raise RuntimeError("prbench_gui printed no result")
        record["result"] = result[-1]
        record["result"]["complete"] = True
    except subprocess.TimeoutExpired:
        record["error"] = "GUI or load timed out"
    except (RuntimeError, ValueError, OSError) as e:
        record["error"] = str(e)
    finally:
        for proc in loads:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        stop_group(gui)
    return record


def client_timeout(metric, cfg):
    return {"stream1": cfg["stream_timeout"], "stream32": cfg["stream_timeout"],
            "connrate": cfg["connrate_seconds"] + 5, "latency": 35,
            "idle": 3 * cfg["idle_timeout"] + 10, "slowgrowth": cfg["slow_seconds"] + 10,
            "exact": 65, "halfclose": 25, "gui": 60}[metric.key] + 30


# --- running -------------------------------------------------------------------------------------

def measure(prbench, metric, relay, cfg, workdir, port_counter):
    listen = RELAY_PORT_FIRST + port_counter % RELAY_PORT_COUNT
    target = BACKEND_PORTS[metric.backend]
    record = {"metric": metric.key, "relay": relay.name,
              "started": datetime.datetime.now(datetime.timezone.utc).isoformat()}
    proc = None
    try:
        proc, port = relay.start(listen, target, workdir)
        pid = proc.pid if proc else 0
        args = [prbench] + [str(a) for a in metric.args(port, pid, relay, cfg)]
        record["command"] = " ".join(args[1:])
        cpu_before = group_cpu_seconds(pid) if pid else None
        out = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True,
                             timeout=client_timeout(metric, cfg))
        if pid:
            record["relay_cpu_s"] = round(group_cpu_seconds(pid) - cpu_before, 4)
        text = out.stdout.decode(errors="replace").strip()
        if out.returncode != 0 or not text:
            raise RuntimeError("prbench exited %d: %s" % (out.returncode,
                                                         out.stderr.decode(errors="replace")[-300:]))
        record["result"] = json.loads(text.splitlines()[-1])
        if proc is not None and proc.poll() is not None:
            record["relay_exited"] = proc.returncode
    except subprocess.TimeoutExpired:
        record["error"] = "client timed out"
    except (RuntimeError, ValueError, OSError) as e:
        record["error"] = str(e)
    finally:
        stop_group(proc)
    return record


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, one run")
    parser.add_argument("--runs", type=int, help="override the number of runs")
    parser.add_argument("--prbench", required=True)
    parser.add_argument("--portrelay", help="portrelay binary (omitted: not measured)")
    parser.add_argument("--prbench-gui", help="prbench_gui binary (omitted: no GUI figure)")
    parser.add_argument("--compare", action="append", default=[], metavar="NAME=PATH",
                        help="another portrelay binary measured as relay NAME, e.g. an older "
                        "build for a before/after table")
    parser.add_argument("--qt-loop-ab", action="store_true",
                        help="also measure relay portrelay-qtloop: the --portrelay binary with "
                        "PORTRELAY_QT_EVENT_LOOP=1 (Qt's event loop in the engine thread instead "
                        "of its own), for an A/B of the two loops in one interleaved run; "
                        "naming portrelay-qtloop in --relays does the same")
    parser.add_argument("--haproxy-splice", choices=sorted(HAProxy.SPLICE_OPTIONS),
                        default="always",
                        help="how haproxy-splice and haproxy-mt splice: always (option "
                        "splice-request and splice-response, the default) or auto (option "
                        "splice-auto, which HAProxy 2.6 does not use on loopback)")
    parser.add_argument("--relays", help="comma-separated subset, e.g. direct,portrelay")
    parser.add_argument("--metrics", help="comma-separated subset of: " +
                        ",".join(m.key for m in METRICS))
    parser.add_argument("--out", help="results folder (default: bench/results, or "
                        "bench/results/quick for --quick, which is not committed)")
    parser.add_argument("--note", action="append", default=[], help="note for the report")
    parser.add_argument("--docs", action="append", default=[],
                        help="markdown file whose '<!-- bench:begin -->' ... "
                        "'<!-- bench:end -->' block gets the tables (full runs of everything "
                        "only); may be repeated")
    parser.add_argument("--rerender", action="store_true",
                        help="run nothing: rewrite OUT/latest.md from OUT/latest.json")
    parser.add_argument("--refresh-docs", action="store_true",
                        help="run nothing: copy the tables of OUT/latest.md into the --docs files")
    opts = parser.parse_args()
    if not opts.out:
        opts.out = os.path.join(HERE, "results", "quick" if opts.quick else "")
        opts.out = opts.out.rstrip("/")
    if opts.rerender:
        with open(os.path.join(opts.out, "latest.json")) as f:
            data = json.load(f)

        class Named:
            def __init__(self, name):
                self.name = name

        relays = [Named(n) for n in data["meta"]["relays"]]
        metrics = [m for m in METRICS if m.key in data["summary"]]
        # Recomputed from the raw runs, so that figures added to the summary since the run
        # (such as CPU per round trip) appear for older results too.
        data["summary"] = summarize(data["records"], relays, metrics)
        md = render(data["meta"], data["summary"], relays, metrics)
        with open(os.path.join(opts.out, "latest.md"), "w") as f:
            f.write(md)
        print(md)
        return
    if opts.refresh_docs:
        with open(os.path.join(opts.out, "latest.md")) as f:
            md = f.read()
        for path in opts.docs:
            update_docs(path, md)
        return

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGHUP, on_signal)

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # inherited by relays and clients
    cfg = configuration(opts.quick, hard)
    if opts.runs:
        cfg["runs"] = opts.runs
    cfg["fd_limit"] = hard

    relays = [Direct("direct", "direct (no relay)")]
    notes = list(opts.note)
    if opts.portrelay:
        relays.append(PortRelay(opts.portrelay))
        # Two relay threads (SO_REUSEPORT listeners, one epoll loop each): one per core of the
        # reference machine, as haproxy-mt.
        relays.append(PortRelay(opts.portrelay, "portrelay-2t", threads=2))
        if opts.qt_loop_ab or "portrelay-qtloop" in (opts.relays or "").split(","):
            relays.append(PortRelay(opts.portrelay, "portrelay-qtloop",
                                    env={"PORTRELAY_QT_EVENT_LOOP": "1"}))
    elif opts.qt_loop_ab:
        raise SystemExit("bench: --qt-loop-ab needs --portrelay")
    for spec in opts.compare:
        name, _, path = spec.partition("=")
        relays.append(PortRelay(path, name))
    relays += [Rinetd(), Redir(), Socat(), HAProxy(hard),
               HAProxy(hard, "haproxy-splice", threads=1, splice=opts.haproxy_splice),
               HAProxy(hard, "haproxy-mt", threads=2, splice=opts.haproxy_splice)]
    if opts.relays:
        wanted = opts.relays.split(",")
        relays = [r for r in relays if r.name in wanted]
    metrics = METRICS
    if opts.metrics:
        wanted = opts.metrics.split(",")
        metrics = [m for m in METRICS if m.key in wanted]

    workdir = tempfile.mkdtemp(prefix="portrelay-bench-")
    records = []
    started = time.monotonic()
    backend = None
    try:
        backend = start_group([opts.prbench, "backend"] +
                              sum([["--" + k, str(v)] for k, v in BACKEND_PORTS.items()], []) +
                              ["--slow-rate", "10000000", "--lifetime", "3600"],
                              os.path.join(workdir, "backend.log"))
        deadline = time.monotonic() + 10
        while not all(listening(p) for p in BACKEND_PORTS.values()):
            if time.monotonic() > deadline or backend.poll() is not None:
                raise SystemExit("bench: the backend did not start (ports %s in use?)" %
                                 list(BACKEND_PORTS.values()))
            time.sleep(0.02)
        counter = 0
        for run in range(cfg["runs"]):
            # Rotate the relay order each run so no relay always follows the same one.
            order = relays[run % len(relays):] + relays[:run % len(relays)]
            for metric in metrics:
                for relay in order:
                    if metric.skip_direct and isinstance(relay, Direct):
                        continue
                    counter += 1
                    if metric.key == "gui":
                        if relay.name != "portrelay" or not opts.prbench_gui:
                            continue
                        counter += 3
                        rec = measure_gui(opts.prbench, opts.prbench_gui, cfg, workdir, counter)
                    else:
                        rec = measure(opts.prbench, metric, relay, cfg, workdir, counter)
                    rec["run"] = run + 1
                    records.append(rec)
                    print("bench: run %d %-10s %-9s %s" % (run + 1, metric.key, relay.name,
                                                            short(rec)), flush=True)
    finally:
        stop_group(backend)
        cleanup()
    elapsed = time.monotonic() - started

    meta = machine_info()
    meta.update({"mode": "quick" if opts.quick else "full", "runs": cfg["runs"],
                 "elapsed_seconds": round(elapsed, 1), "config": cfg,
                 "relays": {r.name: {"label": r.label, "version": r.version(),
                                     "forks": r.forks, "env": r.env or {},
                                     "portrelay": isinstance(r, PortRelay)} for r in relays},
                 "notes": notes})
    summary = summarize(records, relays, metrics)
    os.makedirs(opts.out, exist_ok=True)
    with open(os.path.join(opts.out, "latest.json"), "w") as f:
        json.dump({"meta": meta, "summary": summary, "records": records}, f, indent=1)
    md = render(meta, summary, relays, metrics)
    with open(os.path.join(opts.out, "latest.md"), "w") as f:
        f.write(md)
    print(md)
    print("bench: wrote %s/latest.json and latest.md in %.0f s" % (opts.out, elapsed))
    if not opts.quick and not opts.relays and not opts.metrics and not opts.runs:
        for path in opts.docs:
            update_docs(path, md)
    shutil.rmtree(workdir, ignore_errors=True)


def update_docs(path, md):
    """Replaces the block between '<!-- bench:begin -->' (or '<!-- bench:begin summary -->':
    date, machine and the ratio table only) and '<!-- bench:end -->'."""
    end = "<!-- bench:end -->"
    try:
        with open(path) as f:
            text = f.read()
    except OSError:
        return
    for begin, summary_only in (("<!-- bench:begin summary -->", True),
                                ("<!-- bench:begin -->", False)):
        if begin in text and end in text:
            break
    else:
        return
    head, rest = text.split(begin, 1)
    tail = rest.split(end, 1)[1]
    # The tables only: the document has its own title.
    title, body = md.split("\n", 1)
    body = body.replace("\n## ", "\n### ")
    if summary_only:
        parts = body.split("\n### ")
        keep = [parts[0]]
        for part in parts[1:]:
            keep.append(part)
            if part.startswith("Ratios to direct"):
                break
        body = "\n### ".join(keep) + "\nAll tables: docs/benchmarks.md.\n"
    body = title.lstrip("# ") + "\n" + body
    with open(path + ".tmp", "w") as f:
        f.write(head + begin + "\n" + body.strip() + "\n" + end + tail)
    os.replace(path + ".tmp", path)
    print("bench: updated the tables in %s" % path)


def short(rec):
    if "error" in rec:
        return "ERROR " + rec["error"][:120]
    r = rec["result"]
    if r["mode"] == "stream":
        return "%.0f MB/s%s" % (r["bytes_per_s"] / 1e6, "" if r["complete"] else " INCOMPLETE")
    if r["mode"] == "connrate":
        return "%.0f conn/s (%d errors)" % (r["conns_per_s"], r["errors"])
    if r["mode"] == "pingpong":
        return "p50 %.1f us p99 %.1f us" % (r["p50_us"], r["p99_us"])
    if r["mode"] == "idle":
        return "base %d KiB, " % r["base_rss_kib"] + ", ".join(
            "%d: %d relaying, %.1f KiB/conn" % (s["target"], s["relaying"], s["rss_per_conn_kib"])
            for s in r["steps"]) + ", final %d/%d" % (r["final_relaying"], r["final_held"])
    if r["mode"] == "gui":
        return "lag p50 %.1f ms p99 %.1f ms max %.1f ms (%d/%d ticks); load: %s" % (
            r["p50_ms"], r["p99_ms"], r["max_ms"], r["ticks"], r["expected_ticks"],
            ", ".join(short({"result": x}) for x in rec.get("load", [])))
    if r["mode"] == "slowgrowth":
        return "growth %d KiB (pushed %.0f MB)" % (r["rss_growth_kib"], r["bytes_pushed"] / 1e6)
    return "%s (%s)" % ("ok" if r.get("ok") else "FAIL", r.get("detail"))


# --- summary -------------------------------------------------------------------------------------

def machine_info():
    model = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    commit = run_text(["git", "-C", HERE, "describe", "--always", "--dirty"])
    return {"commit": commit.splitlines()[0] if commit else "",
            "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "nproc": os.cpu_count(), "cpu": model, "kernel": platform.release()}


def cpu_per_gb(rec):
    r = rec["result"]
    if "relay_cpu_s" not in rec or not r.get("bytes_sent"):
        return None
    return rec["relay_cpu_s"] / (r["bytes_sent"] / 1e9)


def cpu_per_kconn(rec):
    r = rec["result"]
    if "relay_cpu_s" not in rec or not r.get("completed"):
        return None
    return rec["relay_cpu_s"] * 1e3 / r["completed"] * 1e3  # CPU ms per 1,000 connections


def cpu_per_kroundtrip(rec):
    r = rec["result"]
    # round_trips counts the warm-up ones too (older prbench: samples only).
    trips = r.get("round_trips", r.get("samples"))
    if "relay_cpu_s" not in rec or not trips:
        return None
    return rec["relay_cpu_s"] * 1e3 / trips * 1e3  # CPU ms per 1,000 round trips


def values(records, metric, relay, field):
    """{run: value} of one field for one relay and metric (errors and incomplete runs skipped)."""
    out = {}
    for rec in records:
        if rec["metric"] != metric or rec["relay"] != relay or "result" not in rec:
            continue
        r = rec["result"]
        if r.get("complete") is False:
            continue
        v = field(rec) if getattr(field, "whole_record", False) else field(r)
        if v is not None:
            out[rec["run"]] = v
    return out


def stats(by_run):
    vals = sorted(by_run.values())
    if not vals:
        return None
    return {"median": statistics.median(vals), "min": vals[0], "max": vals[-1], "n": len(vals)}


def idle_step(r, index):
    steps = r.get("steps", [])
    return steps[index] if len(steps) > index else None


cpu_per_gb.whole_record = True
cpu_per_kconn.whole_record = True
cpu_per_kroundtrip.whole_record = True

FIELDS = {
    # metric: [(name, extractor, compare with direct)]
    "stream1": [("bytes_per_s", lambda r: r["bytes_per_s"], True),
                ("relay_cpu_s_per_gb", cpu_per_gb, False)],
    "stream32": [("bytes_per_s", lambda r: r["bytes_per_s"], True),
                 ("relay_cpu_s_per_gb", cpu_per_gb, False)],
    "connrate": [("conns_per_s", lambda r: r["conns_per_s"] if r["errors"] == 0 and
                  r["abandoned"] == 0 else None, True),
                 ("relay_cpu_ms_per_kconn", cpu_per_kconn, False)],
    "latency": [("p50_us", lambda r: r["p50_us"], True), ("p99_us", lambda r: r["p99_us"], True),
                ("round_trips_per_s", lambda r: r["round_trips"] / r["seconds"]
                 if r.get("seconds") else None, False),
                ("relay_cpu_ms_per_kroundtrip", cpu_per_kroundtrip, False)],
    "idle": [("base_rss_kib", lambda r: r["base_rss_kib"], False),
             ("step1_rss_per_conn_kib",
              lambda r: idle_step(r, 0) and idle_step(r, 0)["rss_per_conn_kib"], False),
             ("step2_rss_per_conn_kib",
              lambda r: idle_step(r, 1) and idle_step(r, 1)["rss_per_conn_kib"], False),
             ("step1_pss_per_conn_kib",
              lambda r: idle_step(r, 0) and idle_step(r, 0)["pss_per_conn_kib"], False),
             ("step2_pss_per_conn_kib",
              lambda r: idle_step(r, 1) and idle_step(r, 1)["pss_per_conn_kib"], False)],
    "slowgrowth": [("rss_growth_kib", lambda r: r["rss_growth_kib"], False)],
    "gui": [("p50_ms", lambda r: r["p50_ms"], False), ("p99_ms", lambda r: r["p99_ms"], False),
            ("max_ms", lambda r: r["max_ms"], False)],
}


def summarize(records, relays, metrics):
    summary = {}
    for metric in metrics:
        for relay in relays:
            entry = {}
            for name, field, vs_direct in FIELDS.get(metric.key, []):
                mine = values(records, metric.key, relay.name, field)
                s = stats(mine)
                if s is None:
                    continue
                if vs_direct:
                    direct = values(records, metric.key, "direct", field)
                    ratios = {run: v / direct[run] for run, v in mine.items()
                              if direct.get(run)}
                    s["ratio"] = stats(ratios)
                entry[name] = s
            recs = [r for r in records if r["metric"] == metric.key and r["relay"] == relay.name]
            entry["runs"] = len(recs)
            entry["errors"] = [r.get("error") or r["result"].get("detail") or "incomplete"
                               for r in recs if "error" in r or r["result"].get("ok") is False
                               or r["result"].get("complete") is False]
            if metric.key in ("exact", "halfclose"):
                entry["passed"] = sum(1 for r in recs if r.get("result", {}).get("ok"))
            if metric.key == "idle":
                entry["idle_steps"] = [r["result"] for r in recs if "result" in r]
            if metric.key == "gui":
                entry["gui_loads"] = [r.get("load", []) for r in recs if "result" in r]
            summary.setdefault(metric.key, {})[relay.name] = entry
    return summary


def fmt_rate(v, unit):
    if unit == "B/s":
        return "%.0f MB/s" % (v / 1e6)
    if unit == "us":
        return "%.0f µs" % v
    if unit == "ms":
        return "%.1f ms" % v
    if unit == "KiB":
        return "%.1f KiB" % v if abs(v) < 100 else "%.0f KiB" % v
    return "%.0f %s" % (v, unit)


def cell(s, unit, with_range=True):
    if not s:
        return "n/a"
    text = fmt_rate(s["median"], unit)
    if with_range and s["n"] > 1:
        text += " (%s–%s)" % (fmt_rate(s["min"], unit).split()[0], fmt_rate(s["max"], unit))
    return text


def ratio_cell(s):
    if not s or "ratio" not in s or not s["ratio"]:
        return "n/a"
    r = s["ratio"]
    text = "%.2f" % r["median"]
    if r["n"] > 1 and r["min"] != r["max"]:
        text += " (%.2f–%.2f)" % (r["min"], r["max"])
    return text


def is_portrelay(meta, name):
    info = meta["relays"].get(name, {})
    if "portrelay" in info:
        return info["portrelay"]
    return info.get("label", name).startswith("portrelay")  # results written before the flag


def parameters(cfg):
    """The harness and its parameters, for the header of every table."""
    return ("Harness: `bench/run_bench.py` driving `prbench` (bench/README.md). Parameters: "
            "1-stream %s MiB, 32-stream %s MiB in total, connections/s 8 in parallel up to %s "
            "or %s s, ping-pong 16 connections × 64 bytes, %s round trips measured (3 warm-up "
            "per connection)." % (cfg["stream1_bytes"] >> 20, cfg["stream32_bytes"] >> 20,
                                  "{:,}".format(cfg["connrate_count"]), cfg["connrate_seconds"],
                                  "{:,}".format(cfg["pingpong_count"])))


def render(meta, summary, relays, metrics):
    keys = {m.key for m in metrics}
    lines = ["# PortRelay benchmark: %s mode, %d run(s) per figure" % (meta["mode"], meta["runs"]),
             "",
             "%s · %d cores (`nproc`) · %s · Linux %s · descriptor hard limit %d · took %.0f s%s" % (
                 meta["date"], meta["nproc"], meta["cpu"], meta["kernel"],
                 meta["config"]["fd_limit"], meta["elapsed_seconds"],
                 " · commit " + meta["commit"] if meta.get("commit") else ""),
             "",
             parameters(meta["config"]),
             "",
             "Figures: median over runs, (min–max) when more than one run; **ratio** = relay ÷ "
             "`direct` of the same run (median of the per-run ratios). Throughput and conn/s: "
             "higher is better; latency: lower is better. Memory is VmRSS from /proc; for the "
             "forking relays (redir, socat: one process per connection) it is the **sum over "
             "the relay, its children and its process group**. Relay CPU is user + system time "
             "of the relay's processes during the measurement: CPU seconds per GB relayed, "
             "CPU milliseconds per 1,000 connections or per 1,000 round trips (lower is "
             "better; ≥: redir's double-forked children are not counted).",
             ""]
    names = [r.name for r in relays]

    def row(*cells):
        lines.append("| " + " | ".join(cells) + " |")

    def sget(metric, relay, field):
        return summary.get(metric, {}).get(relay, {}).get(field)

    def errors(metric, relay):
        e = summary.get(metric, {}).get(relay, {}).get("errors") or []
        return "; ".join(sorted(set(x[:90] for x in e)))

    # Issue 7's targets for portrelay, next to the best peer of the same run.
    if "portrelay" in names:
        lines += ["## Targets of issue 7 (portrelay)", ""]
        row("metric", "target", "portrelay", "met?", "best peer (this run)")
        row(*["---"] * 5)
        # Another build or loop mode of PortRelay (--compare, --qt-loop-ab) is not a peer.
        peers = [n for n in names if n != "direct" and not is_portrelay(meta, n)]

        def ratio_of(metric, field, relay):
            v = sget(metric, relay, field)
            return v["ratio"]["median"] if v and v.get("ratio") else None

        def plain(metric, field, relay):
            v = sget(metric, relay, field)
            return v["median"] if v else None

        def best(getter, metric, field, higher):
            got = [(getter(metric, field, p), p) for p in peers]
            got = [g for g in got if g[0] is not None]
            if not got:
                return "n/a"
            v, p = max(got) if higher else min(got)
            return "%s %.2f" % (p, v)

        for label, metric, field, target, higher, getter in [
                ("1-stream throughput (ratio)", "stream1", "bytes_per_s", 0.60, True, ratio_of),
                ("32-stream throughput (ratio)", "stream32", "bytes_per_s", 0.50, True,
                 ratio_of),
                ("connections/s (ratio)", "connrate", "conns_per_s", 0.60, True, ratio_of),
                ("latency p50 (ratio)", "latency", "p50_us", 2.0, False, ratio_of),
                ("latency p99 (ratio)", "latency", "p99_us", 2.5, False, ratio_of),
                ("RSS per idle connection, KiB (largest step)", "idle",
                 "step2_rss_per_conn_kib", 8.0, False, plain),
                ("RSS growth, slow reader, KiB", "slowgrowth", "rss_growth_kib", 1024.0, False,
                 plain),
                ("GUI lag p99, ms", "gui", "p99_ms", 50.0, False, plain)]:
            if metric not in keys:
                continue
            mine = getter(metric, field, "portrelay")
            if mine is None:
                row(label, ("≥ " if higher else "≤ ") + "%g" % target, "n/a", "not measured",
                    best(getter, metric, field, higher) if metric != "gui" else "no GUI")
                continue
            met = mine >= target if higher else mine <= target
            row(label, ("≥ " if higher else "≤ ") + "%g" % target, "%.3f" % mine,
                "yes" if met else "**no**",
                best(getter, metric, field, higher) if metric != "gui" else "no GUI")
        if "idle" in keys:
            held = ["%s/%s" % ("{:,}".format(st["final_held"]), "{:,}".format(st["final_relaying"]))
                    for st in summary.get("idle", {}).get("portrelay", {}).get("idle_steps", [])]
            row("idle connections held, all relaying", "10,000", ", ".join(held) or "n/a",
                "see (5)", "rinetd: see (5)")
        lines += ["", "Best peer: the highest ratio (throughput, conn/s) or the lowest value "
                  "(latency, memory) among the peers in this run.", ""]

        # The later targets: thresholds, and where a target says "ahead of" or "below" the
        # peers, a comparison with the best peer of the same run (tuned HAProxy rows included).
        later = [("latency p50 (ratio)", "latency", "p50_us", 2.2, False, True),
                 ("latency p99 (ratio)", "latency", "p99_us", 2.8, False, False),
                 ("1-stream throughput (ratio)", "stream1", "bytes_per_s", 0.70, True, False),
                 ("32-stream throughput (ratio)", "stream32", "bytes_per_s", 0.60, True, False),
                 ("connections/s (ratio)", "connrate", "conns_per_s", None, True, True)]
        later = [t for t in later if t[1] in keys]
        if later:
            lines += ["## Targets of issue 15 (portrelay)", ""]
            row("metric", "target", "portrelay", "met?", "best peer (this run)")
            row(*["---"] * 5)
        for label, metric, field, target, higher, vs_peers in later:
            mine = ratio_of(metric, field, "portrelay")
            got = [(ratio_of(metric, field, p), p) for p in peers]
            got = [g for g in got if g[0] is not None]
            top = (max(got) if higher else min(got)) if got else None
            wanted = []
            if target is not None:
                wanted.append(("≥ " if higher else "≤ ") + "%g" % target)
            if vs_peers:
                wanted.append("ahead of every peer" if higher else "below every peer")
            if mine is None:
                met = "not measured"
            else:
                ok = target is None or (mine >= target if higher else mine <= target)
                if vs_peers:
                    ok = ok and top is not None and (mine > top[0] if higher else mine < top[0])
                met = "yes" if ok else "**no**"
            row(label, " and ".join(wanted), "n/a" if mine is None else "%.3f" % mine, met,
                "%s %.2f" % (top[1], top[0]) if top else "n/a")
        if later:
            lines.append("")

    # Summary of ratios, one row per relay.
    lines += ["## Ratios to direct", ""]
    row("relay", "1-stream", "32-stream", "conn/s", "p50", "p99")
    row(*["---"] * 6)
    for name in names:
        row(name, *[ratio_cell(sget(m, name, f)) for m, f in
                    [("stream1", "bytes_per_s"), ("stream32", "bytes_per_s"),
                     ("connrate", "conns_per_s"), ("latency", "p50_us"), ("latency", "p99_us")]])
    lines.append("")

    def cpu_cell(metric, name, field):
        cpu = sget(metric, name, field)
        if not cpu:
            return "n/a"
        text = "%.2f" % cpu["median"]
        if cpu["n"] > 1 and cpu["min"] != cpu["max"]:
            text += " (%.2f–%.2f)" % (cpu["min"], cpu["max"])
        return ("≥ " if name == "redir" else "") + text

    cpu_columns = [(m, f, title) for m, f, title in
                   [("stream1", "relay_cpu_s_per_gb", "1-stream s/GB"),
                    ("stream32", "relay_cpu_s_per_gb", "32-stream s/GB"),
                    ("connrate", "relay_cpu_ms_per_kconn", "ms per 1,000 connections"),
                    ("latency", "relay_cpu_ms_per_kroundtrip", "ms per 1,000 round trips")]
                   if m in keys]
    if cpu_columns:
        lines += ["## Relay CPU", ""]
        row("relay", *[c[2] for c in cpu_columns])
        row(*["---"] * (len(cpu_columns) + 1))
        for name in names:
            if name == "direct":
                continue
            row(name, *[cpu_cell(m, name, f) for m, f, _ in cpu_columns])
        lines.append("")

    for m, field, unit, cpu_field, cpu_unit in [
            ("stream1", "bytes_per_s", "B/s", "relay_cpu_s_per_gb", "CPU s/GB"),
            ("stream32", "bytes_per_s", "B/s", "relay_cpu_s_per_gb", "CPU s/GB"),
            ("connrate", "conns_per_s", "conn/s", "relay_cpu_ms_per_kconn",
             "CPU ms per 1,000 conns")]:
        if m not in keys:
            continue
        title = next(x.title for x in metrics if x.key == m)
        lines += ["## " + title, ""]
        row("relay", "median (min–max)", "ratio to direct", "relay " + cpu_unit, "problems")
        row("---", "---", "---", "---", "---")
        for name in names:
            cpu = sget(m, name, cpu_field)
            cpu_text = "n/a" if not cpu else "%.2f" % cpu["median"]
            if cpu and name == "redir":
                cpu_text = "≥ " + cpu_text  # its double-forked children are not counted
            row(name, cell(sget(m, name, field), unit), ratio_cell(sget(m, name, field)),
                cpu_text, errors(m, name))
        lines.append("")

    if "latency" in keys:
        lines += ["## (4) 64-byte ping-pong over 16 persistent connections", ""]
        # With 16 requests always in flight, the mean round trip is 16 ÷ (round trips/s)
        # (Little's law): on a saturated machine latency follows CPU per round trip.
        row("relay", "p50", "p50 ratio", "p99", "p99 ratio", "round trips/s",
            "relay CPU ms per 1,000 round trips", "problems")
        row(*["---"] * 8)
        for name in names:
            rtps = sget("latency", name, "round_trips_per_s")
            row(name, cell(sget("latency", name, "p50_us"), "us"),
                ratio_cell(sget("latency", name, "p50_us")),
                cell(sget("latency", name, "p99_us"), "us"),
                ratio_cell(sget("latency", name, "p99_us")),
                "n/a" if not rtps else "{:,.0f}".format(rtps["median"]),
                "n/a" if name == "direct" else cpu_cell("latency", name,
                                                        "relay_cpu_ms_per_kroundtrip"),
                errors("latency", name))
        lines.append("")

    if "idle" in keys:
        lines += ["## (5) Relay memory idle and with idle connections open", "",
                  "Per connection = (RSS with N open − RSS idle) ÷ N, each connection proven to "
                  "relay by a 1-byte echo when opened and again at the end (`held/relaying`). "
                  "PSS (proportional set size: shared pages split among the processes sharing "
                  "them) is given too, because summed RSS counts the shared libraries of every "
                  "forked child again. Step 2 is 10,000 connections unless the descriptor hard "
                  "limit is too low (a relay needs two descriptors per connection): then the "
                  "largest multiple of 100 that fits, or that the relay is configured to hold "
                  "(the splicing HAProxy rows keep descriptors for their pipes).",
                  ""]
        row("relay", "RSS idle", "step 1: N, KiB/conn", "step 2: N, KiB/conn",
            "held / relaying at end", "problems")
        row(*["---"] * 6)
        for name in names:
            if name == "direct":
                continue
            entry = summary.get("idle", {}).get(name, {})
            step_cells = []
            for i, field in enumerate(["step1_rss_per_conn_kib", "step2_rss_per_conn_kib"]):
                s = entry.get(field)
                results = entry.get("idle_steps", [])
                targets = sorted({st["steps"][i]["target"] for st in results
                                  if len(st["steps"]) > i})
                relaying = [st["steps"][i]["relaying"] for st in results if len(st["steps"]) > i]
                if not targets:
                    step_cells.append("not run" + (" (forks a process per connection)"
                                                   if name in ("redir", "socat") else ""))
                    continue
                pss = entry.get(field.replace("rss", "pss"))
                text = "%s: %s" % ("/".join("{:,}".format(t) for t in targets),
                                   cell(s, "KiB") if s else "n/a")
                if pss:
                    text += " (PSS %s)" % cell(pss, "KiB", with_range=False)
                if relaying and min(relaying) < min(targets):
                    text += ", only %s relaying" % "/".join("{:,}".format(x) for x in relaying)
                step_cells.append(text)
            finals = ["%s/%s" % ("{:,}".format(st["final_held"]),
                                 "{:,}".format(st["final_relaying"]))
                      for st in entry.get("idle_steps", [])]
            row(name, cell(entry.get("base_rss_kib"), "KiB"), step_cells[0], step_cells[1],
                ", ".join(finals) or "n/a", errors("idle", name))
        lines.append("")

    if "slowgrowth" in keys:
        lines += ["## (6) RSS growth: fast client, backend reading 10 MB/s, %s s" %
                  meta["config"]["slow_seconds"], ""]
        row("relay", "RSS growth (peak − before)", "problems")
        row("---", "---", "---")
        for name in names:
            if name == "direct":
                continue
            row(name, cell(sget("slowgrowth", name, "rss_growth_kib"), "KiB"),
                errors("slowgrowth", name))
        lines.append("")

    if "exact" in keys or "halfclose" in keys:
        lines += ["## (7) Correctness per relay", ""]
        row("relay", "byte-exact echo (%d MiB)" % (meta["config"]["exact_bytes"] >> 20),
            "half-close: reply after client EOF", "problems")
        row("---", "---", "---", "---")
        for name in names:
            cells = []
            for m in ("exact", "halfclose"):
                e = summary.get(m, {}).get(name, {})
                cells.append("%s %d/%d" % ("pass" if e.get("passed") == e.get("runs") and
                                           e.get("runs") else "FAIL", e.get("passed", 0),
                                           e.get("runs", 0)) if e else "n/a")
            row(name, *cells, "; ".join(x for x in [errors("exact", name),
                                                      errors("halfclose", name)] if x))
        lines.append("")

    lines += ["## (8) GUI event-loop lag under full load", ""]
    gui = summary.get("gui", {}).get("portrelay")
    if "gui" in keys and gui and gui.get("p99_ms"):
        loads = []
        for rec in gui.get("gui_loads", []):
            parts = []
            for x in rec:
                if x["mode"] == "stream":
                    parts.append("32 streams %.0f MB/s" % (x["bytes_per_s"] / 1e6))
                elif x["mode"] == "connrate":
                    parts.append("%.0f new conn/s (%d errors)" % (x["conns_per_s"], x["errors"]))
                elif x["mode"] == "pingpong":
                    parts.append("ping-pong p50 %.1f ms, p99 %.1f ms" % (x["p50_us"] / 1e3,
                                                                        x["p99_us"] / 1e3))
            loads.append(", ".join(parts))
        lines += ["PortRelay's real main window (`bench/gui`, `QT_QPA_PLATFORM=offscreen`), its "
                  "engine relaying three rules while 32 streams, the 8-way connection loop and "
                  "the 16-connection ping-pong run through them at once; lateness of a 10 ms "
                  "timer on the GUI thread over %s s. Target: p99 ≤ 50 ms." %
                  meta["config"]["gui_seconds"], ""]
        row("relay", "lag p50", "lag p99", "lag max", "problems")
        row(*["---"] * 5)
        row("portrelay (GUI)", cell(gui.get("p50_ms"), "ms"), cell(gui.get("p99_ms"), "ms"),
            cell(gui.get("max_ms"), "ms"), errors("gui", "portrelay"))
        lines.append("")
        if loads:
            lines += ["Load the engine carried meanwhile (time-bounded, per run): " +
                      "; ".join(loads) + ".", ""]
    else:
        lines += ["**Not measured** in this run (needs `prbench_gui` and portrelay). "
                  "No figure is given.", ""]
    lines += ["## Versions and configurations", ""]
    for name, info in meta["relays"].items():
        if info["version"]:
            # The label says how the relay ran (HAProxy's options, PortRelay's environment).
            lines.append("- %s: %s; %s" % (name, info["version"].splitlines()[0],
                                           info.get("label", name)))
    lines.append("")
    if meta["notes"]:
        lines += ["## Notes", ""] + ["- " + n for n in meta["notes"]] + [""]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
