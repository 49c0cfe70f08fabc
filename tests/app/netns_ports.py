#!/usr/bin/env python3
"""Port-reporting peers for the export tests, run inside network namespaces.

  netns_ports.py serve TCP_PORTS UDP_PORTS   (comma-separated, "-" for none; a-b ranges)
      answers every TCP connection and UDP datagram with "<proto> <local port>\n";
      prints "ready" once every port is bound. Ends after 120 s at the latest.
  netns_ports.py connect tcp|udp HOST PORT [SOURCE]
      prints the answer, or "timeout" / "error <reason>" after at most 3 s.
"""
import select
import socket
import sys
import time


def ports(text):
    result = []
    if text == "-":
        return result
    for part in text.split(","):
        if "-" in part:
            low, high = part.split("-")
            result.extend(range(int(low), int(high) + 1))
        else:
            result.append(int(part))
    return result


def serve(tcp, udp):
    sockets = {}
    for port in ports(tcp):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("0.0.0.0", port))
        s.listen(16)
        sockets[s] = ("tcp", port)
    for port in ports(udp):
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.bind(("0.0.0.0", port))
        sockets[s] = ("udp", port)
    print("ready", flush=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        readable, _, _ = select.select(list(sockets), [], [], 1.0)
        for s in readable:
            proto, port = sockets[s]
            answer = ("%s %d\n" % (proto, port)).encode()
            if proto == "tcp":
                conn, _ = s.accept()
                conn.sendall(answer)
                conn.close()
            else:
                _, peer = s.recvfrom(2048)
                s.sendto(answer, peer)


def connect(proto, host, port, source):
    kind = socket.SOCK_STREAM if proto == "tcp" else socket.SOCK_DGRAM
    s = socket.socket(socket.AF_INET, kind)
    s.settimeout(3)
    try:
        if source:
            s.bind((source, 0))
        if proto == "tcp":
            s.connect((host, int(port)))
        else:
            s.sendto(b"hello", (host, int(port)))
        data = s.recv(100) if proto == "tcp" else s.recvfrom(100)[0]
        print(data.decode().strip())
    except socket.timeout:
        print("timeout")
    except OSError as e:
        print("error %s" % e)


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve(sys.argv[2], sys.argv[3])
    else:
        connect(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] if len(sys.argv) > 5 else None)
