#pragma once

// How a TCP listener shares its port with the listeners of the other relay threads.
//   Exclusive: one socket per port (one relay thread): as a plain bind.
//   Lead: binds alone, so that a port someone else listens on is "address already in use" even
//         when that listener allows SO_REUSEPORT, and only then opts in to SO_REUSEPORT for the
//         other threads' sockets (the kernel spreads new connections over them).
//   Join: SO_REUSEPORT before bind: joins the lead's socket on that port.
// A socket inherited from the service manager is shared as it is (every thread takes a
// duplicate of the same socket, watched with an exclusive wake-up: see TcpRuleListener).
enum class ListenerSharing { Exclusive, Lead, Join };
