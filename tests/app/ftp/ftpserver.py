#!/usr/bin/python3
"""The FTP server of tst_ftpnetns: pyftpdlib, anonymous with write access to ROOT.

ftpserver.py ADDRESS PORT ROOT
"""
import logging
import sys

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.servers import FTPServer

logging.basicConfig(level=logging.WARNING)
authorizer = DummyAuthorizer()
authorizer.add_anonymous(sys.argv[3], perm="elradfmw")
handler = FTPHandler
handler.authorizer = authorizer
server = FTPServer((sys.argv[1], int(sys.argv[2])), handler)
server.serve_forever()
