#pragma once

// UDP forwarding for one rule (issue 4) — being implemented by the UDP helper
class UdpRuleRelay;
