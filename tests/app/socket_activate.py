#!/usr/bin/env python3
"""Starts a program the way systemd socket activation does (sd_listen_fds(3)).

socket_activate.py [--listen tcp|udp:HOST:PORT[:NAME]]... [--user UID:GID] -- PROGRAM ARGS...

Binds every --listen socket (TCP ones listening), places them at descriptors 3, 4, ... , sets
LISTEN_FDS, LISTEN_PID (this process: exec keeps the pid) and LISTEN_FDNAMES, optionally drops
to UID:GID (so that the program never has the privileges the bind needed), then execs PROGRAM.
"""
import fcntl
import os
import socket
import sys


def main():
    args = sys.argv[1:]
    listens, user = [], None
    while args and args[0] != "--":
        if args[0] == "--listen" and len(args) > 1:
            listens.append(args[1])
            args = args[2:]
        elif args[0] == "--user" and len(args) > 1:
            user = [int(x) for x in args[1].split(":")]
            args = args[2:]
        else:
            sys.exit("usage: socket_activate.py [--listen proto:host:port[:name]]... "
                     "[--user uid:gid] -- program args...")
    program = args[1:]
    if not program:
        sys.exit("socket_activate.py: no program")
    held, names = [], []
    for spec in listens:
        proto, rest = spec.split(":", 1)
        if rest.startswith("["):
            host, rest = rest[1:].split("]:", 1)
        else:
            host, rest = rest.split(":", 1)
        port, _, name = rest.partition(":")
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        kind = socket.SOCK_STREAM if proto == "tcp" else socket.SOCK_DGRAM
        s = socket.socket(family, kind)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0 if host == "::" else 1)
        s.bind((host, int(port)))
        if kind == socket.SOCK_STREAM:
            s.listen(128)
        # Out of the way first, so that moving them to 3, 4, ... clobbers none of them.
        held.append(fcntl.fcntl(s.fileno(), fcntl.F_DUPFD, 100))
        s.close()
        names.append(name or "unnamed")
    for index, fd in enumerate(held):
        os.dup2(fd, 3 + index, inheritable=True)
        os.close(fd)
    if user:
        os.setgroups([])
        os.setgid(user[1])
        os.setuid(user[0])
    env = dict(os.environ)
    env["LISTEN_FDS"] = str(len(held))
    env["LISTEN_PID"] = str(os.getpid())
    env["LISTEN_FDNAMES"] = ":".join(names)
    os.execvpe(program[0], program, env)


if __name__ == "__main__":
    main()
