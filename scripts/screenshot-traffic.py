#!/usr/bin/env python3
"""Loopback traffic for scripts/screenshots: targets and clients of the demo rules.

  screenshot-traffic.py servers SECONDS   download/echo/UDP targets, and a listener that
                                          occupies a port so that one rule fails to bind
  screenshot-traffic.py clients SECONDS   clients through the relay: downloads (a lot in, a
                                          little out), an echo session, UDP queries

Everything is on 127.0.0.1 and every loop ends after SECONDS.
"""
import math
import socket
import sys
import threading
import time

DOWNLOAD, ECHO, UDP_ECHO, BUSY = 19000, 19001, 19053, 18099
RELAY_WEB, RELAY_ECHO, RELAY_UDP = 18080, 18443, 15353


def paced_send(sock, rate, deadline, chunk=16384, wave=0.0):
    """Sends at RATE bytes/s; WAVE > 0 swings the rate by that fraction over about a minute, so
    that the graph shows a curve rather than a plateau."""
    data = b"x" * chunk
    start = last = time.monotonic()
    credit = 0.0
    while time.monotonic() < deadline:
        now = time.monotonic()
        current = rate * (1 + wave * math.sin((now - start) / 9.0))
        credit += (now - last) * current
        last = now
        if credit < chunk:
            time.sleep(min((chunk - credit) / current, 0.2))
            continue
        try:
            sock.sendall(data)
        except OSError:
            return
        credit -= chunk


def drain(sock, deadline):
    sock.settimeout(0.5)
    while time.monotonic() < deadline:
        try:
            if not sock.recv(65536):
                return
        except socket.timeout:
            continue
        except OSError:
            return


def serve(port, handler, deadline):
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen(16)
    server.settimeout(0.5)
    while time.monotonic() < deadline:
        try:
            conn, _ = server.accept()
        except socket.timeout:
            continue
        threading.Thread(target=handler, args=(conn, deadline), daemon=True).start()


def download(conn, deadline):
    # The target sends a lot and reads what the client uploads: In and Out differ.
    threading.Thread(target=drain, args=(conn, deadline), daemon=True).start()
    paced_send(conn, 1.5 * 1024 * 1024, deadline, wave=0.45)


def echo(conn, deadline):
    conn.settimeout(0.5)
    while time.monotonic() < deadline:
        try:
            data = conn.recv(65536)
        except socket.timeout:
            continue
        except OSError:
            return
        if not data:
            return
        conn.sendall(data)


def udp_echo(deadline):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", UDP_ECHO))
    sock.settimeout(0.5)
    while time.monotonic() < deadline:
        try:
            data, peer = sock.recvfrom(2048)
        except socket.timeout:
            continue
        sock.sendto(data, peer)


def servers(seconds):
    deadline = time.monotonic() + seconds
    busy = socket.socket()
    busy.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    busy.bind(("127.0.0.1", BUSY))
    busy.listen(1)
    for target in (lambda: serve(DOWNLOAD, download, deadline),
                   lambda: serve(ECHO, echo, deadline),
                   lambda: udp_echo(deadline)):
        threading.Thread(target=target, daemon=True).start()
    while time.monotonic() < deadline:
        time.sleep(0.5)


def web_client(deadline, upload_rate):
    try:
        sock = socket.create_connection(("127.0.0.1", RELAY_WEB), timeout=5)
    except OSError:
        return
    threading.Thread(target=paced_send, args=(sock, upload_rate, deadline, 4096),
                     daemon=True).start()
    drain(sock, deadline)


def echo_client(deadline):
    try:
        sock = socket.create_connection(("127.0.0.1", RELAY_ECHO), timeout=5)
    except OSError:
        return
    threading.Thread(target=drain, args=(sock, deadline), daemon=True).start()
    paced_send(sock, 48 * 1024, deadline, 2048)


def udp_client(deadline):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.settimeout(0.2)
    while time.monotonic() < deadline:
        sock.sendto(b"q" * 60, ("127.0.0.1", RELAY_UDP))
        try:
            sock.recvfrom(2048)
        except OSError:
            pass
        time.sleep(1)


def short_clients(deadline):
    """A short request to the echo rule every few seconds, and one to the ssh rule that its
    access list refuses: opened/done and denied lines in the connection log."""
    n = 0
    while time.monotonic() < deadline:
        n += 1
        port = 12222 if n % 4 == 0 else RELAY_ECHO
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
                sock.sendall(b"ping " * (200 * (n % 5 + 1)))
                sock.settimeout(1)
                try:
                    sock.recv(65536)
                except OSError:
                    pass
        except OSError:
            pass
        time.sleep(2.5)


def clients(seconds):
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=web_client, args=(deadline, rate), daemon=True)
               for rate in (160 * 1024, 96 * 1024)]
    threads.append(threading.Thread(target=echo_client, args=(deadline,), daemon=True))
    threads.append(threading.Thread(target=udp_client, args=(deadline,), daemon=True))
    threads.append(threading.Thread(target=short_clients, args=(deadline,), daemon=True))
    for t in threads:
        t.start()
    while time.monotonic() < deadline:
        time.sleep(0.5)


if __name__ == "__main__":
    {"servers": servers, "clients": clients}[sys.argv[1]](float(sys.argv[2]))
