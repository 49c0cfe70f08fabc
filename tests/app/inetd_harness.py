#!/usr/bin/env python3
"""Plays inetd ("nowait") for one connection: inetd_harness.py -- PROGRAM ARGS...

Listens on 127.0.0.1 at an ephemeral port and prints "port N"; accepts one connection, starts
PROGRAM with the connected socket as its standard input and output (stderr is this script's),
closes its own copy, waits for PROGRAM and prints "exit N" (N: its exit status; -SIG when a
signal ended it). Gives up after 60 seconds without a client.
"""
import socket
import subprocess
import sys


def main():
    args = sys.argv[1:]
    if not args or args[0] != "--" or len(args) < 2:
        sys.exit("usage: inetd_harness.py -- program args...")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(60)
    print("port", listener.getsockname()[1], flush=True)
    connection, _ = listener.accept()
    listener.close()
    connection.setblocking(True)
    process = subprocess.Popen(args[1:], stdin=connection, stdout=connection)
    connection.close()
    print("exit", process.wait(), flush=True)


if __name__ == "__main__":
    main()
