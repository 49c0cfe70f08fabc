#!/usr/bin/python3
"""FTP client for tst_ftpnetns: one action per run, results as "key=value" lines on stdout.

ftpclient.py HOST PORT pasv|active ACTION [ARGS]
  get NAME              download, print size and sha256
  put FILE NAME         upload FILE as NAME
  list                  print the names of the directory listing
  parallel NAME NAME    two downloads at once on two control connections
  garbage               send random bytes on the control connection, print what came back
  idle SECONDS          ask for a passive data port, never connect to it for SECONDS, then try
"""
import ftplib
import hashlib
import io
import os
import random
import socket
import sys
import threading
import time


def connect(host, port, mode):
    ftp = ftplib.FTP(timeout=60)
    ftp.connect(host, port)
    ftp.login()
    ftp.set_pasv(mode == "pasv")
    # Use the address the relay announces in a 227 reply, not the control connection's: the
    # rewritten address is what is being tested.
    ftp.trust_server_pasv_ipv4_address = True
    return ftp


def get(host, port, mode, name):
    ftp = connect(host, port, mode)
    digest = hashlib.sha256()
    size = [0]

    def take(block):
        digest.update(block)
        size[0] += len(block)

    ftp.retrbinary("RETR " + name, take, blocksize=65536)
    ftp.quit()
    return size[0], digest.hexdigest()


def main():
    host, port, mode, action = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    args = sys.argv[5:]
    if action == "get":
        size, digest = get(host, port, mode, args[0])
        print("size=%d" % size)
        print("sha256=%s" % digest)
    elif action == "put":
        ftp = connect(host, port, mode)
        with open(args[0], "rb") as f:
            ftp.storbinary("STOR " + args[1], f, blocksize=65536)
        ftp.quit()
        print("stored=1")
    elif action == "list":
        ftp = connect(host, port, mode)
        print("names=%s" % ",".join(sorted(ftp.nlst())))
        ftp.quit()
    elif action == "parallel":
        results = {}

        def one(name):
            results[name] = get(host, port, mode, name)

        threads = [threading.Thread(target=one, args=(n,)) for n in args]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for n in args:
            print("%s=%d:%s" % (n, results[n][0], results[n][1]))
    elif action == "garbage":
        s = socket.create_connection((host, port), timeout=10)
        banner = s.recv(4096)
        rng = random.Random(7)
        junk = bytes(rng.randrange(256) for _ in range(3000)) + b"\r\nNOOP\r\n"
        s.sendall(junk)
        received = b""
        deadline = time.time() + 5
        while time.time() < deadline and b"200" not in received:
            try:
                chunk = s.recv(4096)
            except socket.timeout:
                break
            if not chunk:
                break
            received += chunk
        s.close()
        print("banner=%d" % len(banner))
        print("noop_answered=%d" % (1 if b"200" in received else 0))
    elif action == "idle":
        ftp = connect(host, port, mode)
        if ":" in host:
            reply = ftp.sendcmd("EPSV")
            data_port = int(reply.split("|")[3])
        else:
            reply = ftp.sendcmd("PASV")
            numbers = reply[reply.index("(") + 1:reply.index(")")].split(",")
            data_port = int(numbers[4]) * 256 + int(numbers[5])
        print("port=%d" % data_port)
        sys.stdout.flush()
        time.sleep(float(args[0]))
        try:
            socket.create_connection((host, data_port), timeout=5).close()
            print("late_connect=accepted")
        except OSError:
            print("late_connect=refused")
        ftp.close()
    else:
        sys.exit("unknown action " + action)


if __name__ == "__main__":
    main()
