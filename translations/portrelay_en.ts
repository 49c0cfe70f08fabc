<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AclEditor</name>
    <message>
        <source>allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global %1 pattern #%2 &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pattern #%2 &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test an address, e.g. 192.168.1.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an address above to see whether it would be let in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n invalid pattern(s) in this list must be fixed before Apply.)</source>
        <translation>
            <numerusform>(%n invalid pattern in this list must be fixed before Apply.)</numerusform>
            <numerusform>(%n invalid patterns in this list must be fixed before Apply.)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: no global allow pattern matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: no allow pattern matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: no pattern restricts this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add all&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AclItemDelegate</name>
    <message>
        <source>allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.168.1.* or 10.0.0.0/8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AclModel</name>
    <message>
        <source>allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rinetd glob (* and ?) or CIDR, e.g. 192.168.1.* or 10.0.0.0/8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AclPattern</name>
    <message>
        <source>empty pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in CIDR pattern &apos;%2&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix length &apos;%1&apos; in CIDR pattern &apos;%2&apos; is not in 0..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; in pattern &apos;%2&apos; (allowed: digits, hex letters, &apos;.&apos;, &apos;:&apos;, &apos;*&apos;, &apos;?&apos; or a CIDR prefix like 10.0.0.0/8; host names are not permitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; is neither an IP address nor a glob and can never match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; is not a valid IPv4 glob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; has a number with a leading zero, which no client address is written with: it matches less than it seems to; write the numbers without leading zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; has a number with a leading zero, which some programs read as octal: it is taken as %2; write it as the address meant, without leading zeros</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Start the port relays at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkAddDialog</name>
    <message>
        <source>Add Several Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One forwarding per line, as in rinetd.conf: bind address, port or range, target address, port or range, then [options]. allow/deny lines after a forwarding belong to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not added here: only forwardings and the allow/deny lines under them are taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow/deny before the first forwarding would apply to every rule; put it under a forwarding, or edit the global access list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Rule(s)</source>
        <translation>
            <numerusform>Add %n Rule</numerusform>
            <numerusform>Add %n Rules</numerusform>
        </translation>
    </message>
    <message>
        <source>Type or paste forwardings above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) can be added; lines with errors are left out until fixed.</source>
        <translation>
            <numerusform>%n rule can be added; lines with errors are left out until fixed.</numerusform>
            <numerusform>%n rules can be added; lines with errors are left out until fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) can be added. They start after Apply.</source>
        <translation>
            <numerusform>%n rule can be added. It starts after Apply.</numerusform>
            <numerusform>%n rules can be added. They start after Apply.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Port-forwarding manager: relays TCP and UDP connections like rinetd, with a desktop UI or headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the relay without a user interface, in the foreground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file (rinetd.conf or PortRelay JSON) for --headless. Default: /etc/rinetd.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted for rinetd compatibility; PortRelay always runs in the foreground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check FILE, print its diagnostics and exit (0: no error, 1: errors, 2: unreadable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export: write even if FILE has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: drop root privileges to this user after binding the listeners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: send the program&apos;s messages to syslog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syslog identity (default: portrelay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the desktop manager hidden in the tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration to open (GUI), to check or to convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--headless, --check and --export exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export OUT takes exactly one FILE to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the configuration either with -c or as FILE, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls a running PortRelay service (portrelay --headless) through its control socket.

Commands:
  status             rules: state, active, totals; control clients
  enable RULE        start a rule (RULE: its name, or its number in status)
  disable RULE       stop a rule
  apply FILE         replace the running rules by FILE&apos;s (checked like --check)
  reload             re-read the service&apos;s own file (like SIGHUP)
  connections        the open connections
  close ID           close one connection
  save               write the running configuration to the service&apos;s file

Exit status: 0 done, 1 refused or errors, 2 no service reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s control socket. Default: $XDG_RUNTIME_DIR/portrelay/control.sock when that exists (your own service), else /run/portrelay/control.sock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print status and connections as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge the control protocol between stdin/stdout and the socket (for ssh user@host portrelay ctl --stdio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stdio takes no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command is needed (see portrelay ctl --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert FILE to OUT (.json: PortRelay JSON, .nft: nftables ruleset, .cfg: HAProxy configuration, otherwise rinetd.conf) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export: the format of OUT (rinetd, json, nftables or haproxy) whatever its extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the desktop manager on a PortRelay service: its control socket, or ssh://user@host for the service on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: serve the control socket (for portrelay ctl and the desktop manager) at this path, or &quot;none&quot;. Default: /run/portrelay/control.sock as root, else $XDG_RUNTIME_DIR/portrelay/control.sock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: trace every connection step (accept, access check, connect, first byte, half-closes, close) on stderr, or syslog with --syslog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is only used with --export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (rinetd, json, nftables or haproxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect manages a service&apos;s rules; it opens no FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: relay on N threads, each with its own connections (&quot;auto&quot;: one per core). Default: 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to %1 or auto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentNamesDialog</name>
    <message>
        <source>Names from Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rules have a comment line right above them. Checked comments become the rules&apos; names (saved as &quot;#portrelay: name=&quot; lines); the comments stay as they are. Comments that look like a commented-out forwarding or a column header are not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use as names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentNamesOffer</name>
    <message>
        <source>Keep the rules unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) have a comment line above them that could be a name. PortRelay names rules only from &quot;#portrelay: name=&quot; lines or from you.</source>
        <translation>
            <numerusform>%n rule has a comment line above it that could be a name. PortRelay names rules only from &quot;#portrelay: name=&quot; lines or from you.</numerusform>
            <numerusform>%n rules have a comment line above them that could be a name. PortRelay names rules only from &quot;#portrelay: name=&quot; lines or from you.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview &amp;names…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigCommands</name>
    <message>
        <source>portrelay: --check needs a FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrelay: cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, rules: %3, errors: %4, warnings: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrelay: --export needs OUT and FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrelay: nothing of %1 could be read; %2 was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrelay: %1 has errors; %2 was not written (--force writes the valid parts, lines with errors become comments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrelay: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written, rules: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrelay: %1 cannot be exported as it is; %2 was not written (--force writes it without the rules named above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written, rules: %2, diagnostics: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrelay: transparent: ok: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrelay: transparent: missing: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>%1: is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a symbolic link; not followed when running as root</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigValidator</name>
    <message>
        <source>global access list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: option &apos;%2=%3&apos; cannot be written as name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: option &apos;%2&apos; is not understood by rinetd 0.73; it is kept verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target &apos;original original&apos; forwards TCP connections only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translate must be &apos;none&apos; or &apos;http&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translate=http needs a TCP rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;allow %1&apos; can never match (%2): clients are let in only by the list&apos;s other allow patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;deny %1&apos; can never match (%2): it denies nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 port %3 is also bound by %4 (%5 %6): the system refuses the second bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bind address &apos;%1&apos; does not resolve: the rule cannot listen until it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target &apos;%1&apos; does not resolve: connections to this rule will fail until it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its own listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listener of the rule on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listener of rule %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target %1 port %2 is %3 (%4 %5), which leads back to this rule: every connection would open another one until no descriptors are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target %1 port %2 is %3 (%4 %5): connections pass through PortRelay twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is used by another rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocols differ: %1 on the bind side, %2 on the connect side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bind address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is outside 1-65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number or a known %2 service name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout &quot;%1&quot; is not a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is neither an IP address nor a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source %1 is an IPv4 address but the target %2 is IPv6: connections to it cannot leave from an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source %1 is an IPv6 address but the target %2 is IPv4: connections to it cannot leave from an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target &apos;original original&apos; needs a single bind port, not a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range %1 has %2 ports: one listening descriptor each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionLog</name>
    <message>
        <source>it is a symbolic link, which root does not follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reopen %1 to append: %2; connections are still logged to the file opened before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open %1 to append: %2; connections are not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>could not write to %1: %2; %n connection log line(s) lost</source>
        <translation>
            <numerusform>could not write to %1: %2; %n connection log line lost</numerusform>
            <numerusform>could not write to %1: %2; %n connection log lines lost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <source>%1:%2 (udp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original destination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <source>Close connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections of all rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In: bytes per second from the clients to the targets.
Out: bytes per second from the targets back to the clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close connec&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlClient</name>
    <message>
        <source>the transport is not open for reading and writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to a PortRelay service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service sent a message longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service sent a message that is not a reply or an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service answered request %1, which was not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service sent an unreadable status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service sent an unreadable configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s greeting cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service speaks control protocol %1; this program knows %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the service ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlServer</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory owned by this user and closed to others; not using it for the control socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another PortRelay service already serves %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the stale socket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot give %1 to group %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control socket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many control clients (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller&apos;s identity cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s own user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member of group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are not in group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 does not exist on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control client connected: %1 (uid %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many malformed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control client %1 (uid %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration changed (revision %1) since revision %2 this change was based on; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration has errors; nothing was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has errors; the running configuration is kept unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client does not read its replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control client %1 disconnected: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlText</name>
    <message>
        <source>message longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request needs &quot;id&quot;, a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request needs &quot;request&quot;, a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown request &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PortRelay JSON configuration object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlText</name>
    <message>
        <source>no PortRelay service at %1: is portrelay.service running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: cannot open %1 (members of group %2 may; ask to be added to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortRelay %1 service: %2 (revision %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control clients: %1; you (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCEPTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule &quot;%1&quot;: give its name or its number in &quot;portrelay ctl status&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 enabled (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 disabled (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has errors; nothing was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 cannot start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>applied (revision %1), but %n rule(s) failed to start</source>
        <translation>
            <numerusform>applied (revision %1), but %n rule failed to start</numerusform>
            <numerusform>applied (revision %1), but %n rules failed to start</numerusform>
        </translation>
    </message>
    <message>
        <source>applied (revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection id (see portrelay ctl connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection %1 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket path too long: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: cannot open %1 (members of group %2 may)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DENIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PortRelay was started to open %1, but %2 has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes and open it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit PortRelay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) are being relayed. Quitting closes them.</source>
        <translation>
            <numerusform>%n connection is being relayed. Quitting closes it.</numerusform>
            <numerusform>%n connections are being relayed. Quitting closes them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortRelay is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relays keep running. Use the tray icon to show the window or to quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enabled: %1 port %2 is already bound by another enabled rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <source>rinetd configuration (*.conf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortRelay JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nftables ruleset (*.nft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy configuration (*.cfg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortRelay JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nftables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rinetd.conf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDiagnosticsDialog</name>
    <message>
        <source>Export as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot express everything of these rules. Nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) marked as errors would be left out of %1.</source>
        <translation>
            <numerusform>%n rule marked as errors would be left out of %1.</numerusform>
            <numerusform>%n rules marked as errors would be left out of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Without Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %2 (%n note(s)).</source>
        <translation>
            <numerusform>Exported %1 as %2 (%n note).</numerusform>
            <numerusform>Exported %1 as %2 (%n notes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSupport</name>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExposureReport</name>
    <message>
        <source>Listens on every IPv4 address of this computer: other machines can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listens on every IPv4 and IPv6 address of this computer: other machines can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is below 1024: binding it needs root or the CAP_NET_BIND_SERVICE capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports %1-%2 are below 1024: binding them needs root or the CAP_NET_BIND_SERVICE capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 is already in use on this computer (%3 is bound): this rule would fail to start or compete with that program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardCommand</name>
    <message>
        <source>Relays every TCP connection to [ADDR:]PORT to HOST:PORT, in the foreground, like redir. Each option names the redir option it replaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTP helper: passive, active or both (redir -f, --ftp=pasv|port|both; rule option ftp=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the target from the client&apos;s address and port (redir -p, --transproxy; rule option transparent=yes). Needs CAP_NET_ADMIN and policy routing, see docs/transparent.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a connection idle for SEC seconds (redir -t, --timeout; rule option timeout=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit each connection to BPS bits per second in each direction (redir -m, --max-bandwidth; rule option rate= in bytes per second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address of the connections to the target (redir -b, --bind; rule option src=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send messages and connection events to syslog, facility daemon (redir -s, --syslog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syslog identity (redir -I, --ident; default: portrelay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace every connection step on stderr, or syslog with --syslog (redir -d, --debug).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop root privileges to this user after binding (redir has no equivalent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted for redir compatibility (redir -n); PortRelay always runs in the foreground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to listen: [ADDR:]PORT (default address 0.0.0.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to relay to: HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected [ADDR:]PORT HOST:PORT, found %n argument(s)</source>
        <translation>
            <numerusform>expected [ADDR:]PORT HOST:PORT, found %n argument</numerusform>
            <numerusform>expected [ADDR:]PORT HOST:PORT, found %n arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [ADDR:]PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port in 1..65535 or a TCP service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address or host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ftp must be passive, active or both (or redir&apos;s pasv, port), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-bandwidth must be a number of bits per second of at least 8, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind and --transproxy exclude each other: with --transproxy the source address is the client&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind needs an address, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay on N threads, each with its own connections (&quot;auto&quot;: one per core). Default: 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to %1 or auto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreePortFinder</name>
    <message numerus="yes">
        <source>no block of %n free port(s) above %1</source>
        <translation>
            <numerusform>no block of %n free port above %1</numerusform>
            <numerusform>no block of %n free ports above %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HaproxyExporter</name>
    <message>
        <source>global access list: &apos;%1&apos; has no exact CIDR form; HAProxy matches addresses, not text (write it as a CIDR block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection log goes to syslog (/dev/log) in HAProxy&apos;s tcplog format, not to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not exported: HAProxy relays TCP only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not exported: the pattern &apos;%2&apos; has no exact CIDR form; HAProxy matches addresses, not text (write it as a CIDR block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: accept-proxy=%2: HAProxy accepts headers of both versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: option &apos;%2=%3&apos; cannot be expressed in HAProxy; not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not exported: the accept-proxy-from pattern &apos;%2&apos; has no exact CIDR form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: accept-proxy without accept-proxy-from: every connection is refused, as PortRelay does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule was exported: HAProxy does not start without a frontend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessController</name>
    <message>
        <source>starting redirections...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the configuration file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the configuration file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received SIGHUP, reloading configuration...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1, stopping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not applied: the running configuration is kept unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pidlogfile changed to %1: it takes effect at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>configuration reloaded: %n rule(s) failed to start</source>
        <translation>
            <numerusform>configuration reloaded: %n rule failed to start</numerusform>
            <numerusform>configuration reloaded: %n rules failed to start</numerusform>
        </translation>
    </message>
    <message>
        <source>no rule could start; exiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running as user %1 (uid %2, gid %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 rule(s) started</source>
        <translation>
            <numerusform>%n of %1 rules started</numerusform>
            <numerusform>%n of %1 rules started</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start rule &quot;%1 %2 %3 %4&quot;: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 uses transparent=yes, which needs CAP_NET_ADMIN for every connection; --user %2 would give it up. Run without --user (as a systemd service: User=%2 with AmbientCapabilities=CAP_NET_ADMIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no control socket: XDG_RUNTIME_DIR is not set (use --control PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no control socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s) received from the service manager</source>
        <translation>
            <numerusform>%n socket received from the service manager</numerusform>
            <numerusform>%n sockets received from the service manager</numerusform>
        </translation>
    </message>
    <message>
        <source>inherited socket %1 matches no enabled rule: it is not served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying a configuration from a control client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reloading configuration for a control client...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running configuration saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What&apos;s This Rule Doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected rule in plain words: where it listens, who can connect, where it relays to (Shift+F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documentation Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PortRelay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PortRelay %1&lt;/h3&gt;&lt;p&gt;TCP and UDP port forwarding, on the desktop and as a system service; reads and writes rinetd.conf.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 2 or (at your option) any later version. There is no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Documentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and &lt;tt&gt;man portrelay&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Documentation: &lt;tt&gt;man portrelay&lt;/tt&gt; (Help &amp;gt; Manual Page).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PortRelay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documentation is not installed here. An installed PortRelay keeps it in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpRequestRewriter</name>
    <message>
        <source>the request header block is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folded header line (obsolete line folding is refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting Content-Length values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one Host header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Host header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin-form request without Host and without an original destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request body with a Transfer-Encoding other than chunked last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk line or trailers too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk data longer than its size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid chunk size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HumanUnits</name>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDiagnosticsDialog</name>
    <message>
        <source>Problems in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 and %3. The lines with errors are left out; the valid part holds %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import valid part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InetdCommand</name>
    <message>
        <source>Relays the TCP connection on standard input and output (started by inetd or by a systemd Accept=yes socket) to HOST:PORT, and exits when both directions are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the connection after this many seconds without traffic (default: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up connecting to the target after this many seconds (default: 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow clients matching PATTERN (rinetd pattern or CIDR; repeatable). With any --allow, other clients are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse clients matching PATTERN (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send messages and the connection&apos;s log line to syslog (automatic when standard error is the connection itself, as under inetd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syslog identity (default: portrelay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print debugging messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the connection to BPS bits per second in each direction (as &apos;portrelay forward --max-bandwidth&apos;; rule option rate= in bytes per second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inetd mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to relay the connection: HOST:PORT or [IPv6]:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number or known service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect-timeout needs a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad pattern &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-bandwidth must be a number of bits per second of at least 8, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is not a connected TCP socket (start &apos;portrelay inetd&apos; from inetd or a systemd socket with Accept=yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bandwidth limit: %1 bytes per second in each direction (rate=%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonConfigReader</name>
    <message>
        <source>%1: unknown field &apos;%2&apos; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a string, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected true or false, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a port number must be whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected &quot;tcp&quot; or &quot;udp&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an array of strings, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: expected a string, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an array, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.kind: expected &quot;allow&quot; or &quot;deny&quot;, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.id: missing field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.id: expected a whole number, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.options: expected an array, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: missing field (the schema version of a PortRelay document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 was written by a newer PortRelay; this one reads up to version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not a valid schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: expected &quot;portrelay-config&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logFormat: expected &quot;none&quot;, &quot;rinetd&quot;, &quot;common&quot; or &quot;portrelay&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: missing field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupportedLines: expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: port %2 is out of range (1..65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.id: %2 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenFds</name>
    <message>
        <source>inherited descriptor %1 is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inherited descriptor %1 is not an IPv4 or IPv6 TCP or UDP socket; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inherited descriptor %1 is a TCP socket that is not listening (Accept=yes belongs to &apos;portrelay inetd&apos;); ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalBackend</name>
    <message>
        <source>local session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSettingsPage</name>
    <message>
        <source>No log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rinetd (tab separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common (web server style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortRelay (rinetd + duration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file&apos;s new lines appear here as they are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live log (changes take effect on Apply):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log f&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import rinetd.conf…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected rules&apos; totals and byte counts back to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate all rules and hand them to the relay (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the changes that were not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rules (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forwarding rules yet.
Add one with Ins, or open a configuration (Ctrl+O) or import a rinetd.conf (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked for every connection before the rule&apos;s own list. Any matching deny refuses; when allow patterns exist, one must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &amp;access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Global access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules accepting connections (and rules that failed to start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections over all rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes relayed per second over all rules, both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied; %n rule(s) could not start (see the State column).</source>
        <translation>
            <numerusform>Applied; %n rule could not start (see the State column).</numerusform>
            <numerusform>Applied; %n rules could not start (see the State column).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortRelay configurations (*.json);;rinetd configurations (*.conf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rinetd.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rinetd configurations (*.conf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was loaded; the current document is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortRelay configurations (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortRelay documents are saved as .json files; use Export for rinetd.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rinetd.conf export must not end in .json; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported with Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written. rinetd.conf cannot express everything:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>Not applied: %n problem must be fixed first.</numerusform>
            <numerusform>Not applied: %n problems must be fixed first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Global access list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the marked cells).</source>
        <translation>
            <numerusform>… and %n more (see the marked cells).</numerusform>
            <numerusform>… and %n more (see the marked cells).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was applied. Fix these problems first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop all changes that were not applied?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rule(s)?</source>
        <translation>
            <numerusform>Remove %n rule?</numerusform>
            <numerusform>Remove %n rules?</numerusform>
        </translation>
    </message>
    <message>
        <source>The removal takes effect on Apply; open connections then finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listening</source>
        <translation>
            <numerusform>%n listening</numerusform>
            <numerusform>%n listening</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>Access list of %1, checked after the global list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rule to edit its access list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — PortRelay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the PortRelay system service of this computer in a new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the PortRelay service of another computer over ssh in a new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service saved its rules to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not save its rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes Not Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were not applied to the service. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1; Apply sends its rules to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving what the service runs; your changes are not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (the previous version is %2.bak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortRelay — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s rules changed (revision %1) while you were editing. Your changes are kept; Revert takes the service&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1. Your changes are kept: Revert takes the service&apos;s rules, Apply again replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules shown are the last ones known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1. Everything is shown; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortRelay service on another computer, reached with ssh (ssh://user@host):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control socket of the PortRelay service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be connected to: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ssh://user@host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rules as rinetd.conf, PortRelay JSON, an nftables ruleset or an HAProxy configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste forwardings in rinetd.conf syntax, one per line (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rule onto the next free port, disabled (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &amp;options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target, FTP, bandwidth, transparent source and PROXY protocol options of the selected rule (Alt+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the rules with this text in any column (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enabled; it is not running yet and starts with Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disabled; it was not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started at once: the On box needs no Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped at once: the On box needs no Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs as last applied; its other changes wait for Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has errors; Save asks how to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1, stopped: nothing listens until you start its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n rule(s) have errors.</source>
        <translation>
            <numerusform>%1: %2 of %n rule have errors.</numerusform>
            <numerusform>%1: %2 of %n rules have errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n valid rule(s) started; the others wait until fixed.</source>
        <translation>
            <numerusform>The %n valid rule started; the others wait until fixed.</numerusform>
            <numerusform>The %n valid rules started; the others wait until fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid rule(s) can be started; the others wait until fixed.</source>
        <translation>
            <numerusform>%n valid rule can be started; the others wait until fixed.</numerusform>
            <numerusform>%n valid rules can be started; the others wait until fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); the lines with errors were left out and its rules started.</source>
        <translation>
            <numerusform>%1 has %n error; the lines with errors were left out and its rules started.</numerusform>
            <numerusform>%1 has %n errors; the lines with errors were left out and its rules started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); the lines with errors were left out.</source>
        <translation>
            <numerusform>%1 has %n error; the lines with errors were left out.</numerusform>
            <numerusform>%1 has %n errors; the lines with errors were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) with errors removed from the document; Save writes it without them.</source>
        <translation>
            <numerusform>%n rule with errors removed from the document; Save writes it without it.</numerusform>
            <numerusform>%n rules with errors removed from the document; Save writes it without them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save With Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The table has %n error(s): rules with errors do not start, here or wherever this file is used.</source>
        <translation>
            <numerusform>The table has %n error: rules with errors do not start, here or wherever this file is used.</numerusform>
            <numerusform>The table has %n errors: rules with errors do not start, here or wherever this file is used.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them first (the marked cells), or save the table as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n error(s) to fix (see the marked cells).</source>
        <translation>
            <numerusform>Not saved: %n error to fix (see the marked cells).</numerusform>
            <numerusform>Not saved: %n errors to fix (see the marked cells).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this document&apos;s own file; Save writes it. Choose another name for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) added; Apply starts them.</source>
        <translation>
            <numerusform>%n rule added; Apply starts it.</numerusform>
            <numerusform>%n rules added; Apply starts them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated with the same port (%1): enable it after changing the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicated on port %1, disabled (%n port(s) in use on this host skipped).</source>
        <translation>
            <numerusform>Duplicated on port %1, disabled (%n port in use on this host skipped).</numerusform>
            <numerusform>Duplicated on port %1, disabled (%n ports in use on this host skipped).</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated on port %1, disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Ser&amp;vice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add S&amp;everal Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualPageDialog</name>
    <message>
        <source>portrelay(1) — Manual Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NftablesExporter</name>
    <message>
        <source>global access list: &apos;%1&apos; has no exact CIDR form; nftables matches addresses, not text (write it as a CIDR block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection log (%1) is not exported: the kernel does not write rinetd&apos;s log formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not exported: the kernel cannot forward between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not exported: the bind address &apos;%2&apos; is a host name; nftables needs an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not exported: the connect address &apos;%2&apos; is not an IP address; nftables needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not exported: the kernel cannot translate between IPv4 and IPv6 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only IPv4 clients are forwarded: the kernel cannot translate IPv6 connections to the IPv4 target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not exported: the pattern &apos;%2&apos; has no exact CIDR form; nftables matches addresses, not text (write it as a CIDR block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the target %2 is a loopback address: connections from other hosts reach it only with net.ipv4.conf.*.route_localnet=1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: src=%2 is not exported (not an address of the target&apos;s family); the connections are masqueraded instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: timeout=%2 is not exported: the kernel&apos;s connection tracking timeouts apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: option &apos;%2=%3&apos; cannot be expressed in nftables; not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PidFile</name>
    <message>
        <source>cannot write the pid file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the pid file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory %1 is writable by everyone and has no sticky bit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortEdit</name>
    <message>
        <source>1-65535 or service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortRange</name>
    <message>
        <source>&apos;%1&apos; is not a port in 1..65535 or a known %2 service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is outside 1..65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range %1 is reversed: its end is below its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the connect range %1 has %n port(s), the bind range %2 has %3; give ranges of the same length or one connect port</source>
        <translation>
            <numerusform>the connect range %1 has %n port, the bind range %2 has %3; give ranges of the same length or one connect port</numerusform>
            <numerusform>the connect range %1 has %n ports, the bind range %2 has %3; give ranges of the same length or one connect port</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivilegeDrop</name>
    <message>
        <source>--user: unknown user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user: cannot look up user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user %1: only root can switch users (running as uid %2); start as root or leave --user out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user: no user prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user %1: cannot set supplementary groups: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user %1: setgid(%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user %1: setuid(%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user %1: root privileges could be regained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user: cannot give %1 to user %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivilegedPort</name>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: port %2 is below %3, which only root or a program with CAP_NET_BIND_SERVICE may bind. Choose one: run the rule in the PortRelay system service (portrelay.service binds as root, then runs as its own user); start portrelay --headless as root with --user NAME, which binds first and then drops to NAME; allow the program to bind low ports with &quot;sudo setcap cap_net_bind_service=+ep %4&quot;; or use port %3 or above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsBanner</name>
    <message>
        <source>Take the &amp;valid part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rules with errors from the document (Save then writes it without them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show probl&amp;ems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>No problems were found in the configuration last opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened without problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 and %3 (as opened; the marked cells of the table show what is still wrong). Activate a line to select its rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyGate</name>
    <message>
        <source>no peer may send a PROXY header (accept-proxy-from is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer is not in accept-proxy-from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot watch the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed before a PROXY header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed before a PROXY header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the PROXY header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed before the PROXY header was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete PROXY header in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyHeader</name>
    <message>
        <source>a PROXY v2 header where only v1 is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PROXY v1 header where only v2 is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PROXY protocol header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY v1 line ends with LF without CR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY v1 line has a CR without LF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY v1 line has a byte 0x%1 that is not printable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY v1 line has no CRLF within 107 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY v1 line must have 6 fields separated by single spaces, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY v1 protocol must be TCP4, TCP6 or UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY v1 addresses are not canonical IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY v1 addresses are not IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY v1 ports must be 0..65535 without leading zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY v2 header has version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY v2 header has unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY v2 header has unknown family/protocol 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY v2 IPv4 block is %1 bytes, not 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY v2 IPv6 block is %1 bytes, not 36</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY v2 UNIX block is %1 bytes, not 216</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyOptions</name>
    <message>
        <source>proxy must be v1 or v2, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept-proxy must be v1, v2 or any, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept-proxy-from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept-proxy-timeout must be 1..3600 seconds, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PROXY protocol options are for TCP rules only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept-proxy-from and accept-proxy-timeout have no effect without accept-proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayEngine</name>
    <message>
        <source>invalid bind port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid connect port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind and connect protocols differ (%1 to %2): not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayOptions</name>
    <message>
        <source>%1 must be a positive number of bytes per second with an optional suffix k, M or G (e.g. 512k), not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ftp must be passive, active or both, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transparent must be yes or no, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%1&apos; applies to TCP rules only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transparent=yes and src= exclude each other: the source address is the client&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteBackend</name>
    <message>
        <source>no service given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service&apos;s socket is an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ssh://user@host, ssh://host:port or ssh://host/path/to/socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the service was lost (%1). Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PortRelay service at %1 (%2). Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system service (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RinetdAnnotationBinder</name>
    <message>
        <source>&apos;%1 name=&apos; is not followed by a rule; kept as a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not followed by a rule; kept as a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not followed by its glob; kept as a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not followed by its rules; kept as a comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RinetdConfigParser</name>
    <message>
        <source>the file is not valid UTF-8; it was read as Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte order mark at the start of the file: rinetd 0.73 reads it as part of the first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no newline at the end of the file: rinetd 0.73 silently ignores this last line; PortRelay reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be followed by &apos;allow PATTERN&apos; or &apos;deny PATTERN&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must name a CIDR pattern with an exact glob; kept as a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be followed by an option list [name=value,...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two rule names in a row; the later one is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown PortRelay annotation &apos;%1&apos;; kept as a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote &apos;&quot;&apos; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing after &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option list must follow a forwarding rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;logcommon&apos; cannot be disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown directive &apos;%1&apos; (rinetd directives are lower case: &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rinetd-uv directive &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rinetd-uv unix socket address &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes exactly one pattern; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pattern cannot be quoted or bracketed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; does not describe this pattern; kept as a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR pattern &apos;%1&apos; is a PortRelay extension: rinetd 0.73 refuses this line (--export translates it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; is kept as an annotation: rinetd 0.73 does not apply it, PortRelay does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs to a rinetd-uv rule PortRelay does not run; kept as a comment on export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a disabled &apos;%1&apos; must follow a disabled rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a path after a blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted path: rinetd 0.73 keeps the quotes as part of the file name; PortRelay removes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;#&apos; is part of the path for rinetd 0.73, not a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;logfile&apos; given more than once; the last one is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;pidlogfile&apos; given more than once; the last one is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;logcommon&apos; takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported by rinetd 0.73 or PortRelay; it is kept and exported as a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address or host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brackets around &apos;%1&apos;: rinetd 0.73 cannot resolve them; PortRelay reads the address and exports it without brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos; (rinetd accepts /tcp or /udp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing port before &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is outside 1..65535 (rinetd 0.73 would silently use port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is outside 1..65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number or service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown service name &apos;%1&apos; for %2 (not in the services database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty option list []</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty option in the option list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value (name=value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid option name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value without blanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout must be a whole number of seconds, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout=0 means rinetd&apos;s default UDP timeout (72 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>src must be an address or host name, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rinetd-uv option &apos;%1&apos; is kept but not used; rinetd 0.73 refuses it, so export writes it as an annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; is kept verbatim; rinetd 0.73 refuses it, so export writes it as an annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one option list is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the option list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown directive &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>incomplete forwarding rule: expected &apos;bindaddress bindport connectaddress connectport&apos;, found %n field(s)</source>
        <translation>
            <numerusform>incomplete forwarding rule: expected &apos;bindaddress bindport connectaddress connectport&apos;, found %n field</numerusform>
            <numerusform>incomplete forwarding rule: expected &apos;bindaddress bindport connectaddress connectport&apos;, found %n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected field &apos;%1&apos; after connectport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match this rule&apos;s options; its unknown options are appended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in a PortRelay annotation, which is kept as a comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be followed by a rule whose target is &apos;original original&apos;; kept as a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rinetd-epoll directive &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortRelay option &apos;%1&apos;: rinetd 0.73 refuses it, so export writes it as an annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translate must be &apos;none&apos; or &apos;http&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;translate&apos; is a PortRelay extension: rinetd 0.73 refuses it, so export writes it as an annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;original original&apos; forwards TCP connections only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target &apos;original original&apos; is a PortRelay extension: rinetd 0.73 cannot resolve it (--export writes the rule as an annotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be followed by a forwarding rule with a port range; kept as a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules after &apos;%1&apos; are not the ports of %2; they are kept as single rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range %1 has %2 ports: one listening descriptor each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RinetdConfigWriter</name>
    <message>
        <source>%1 spans several lines; written on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment line &apos;%1&apos; does not start with &apos;#&apos;; written as a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trailing comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailing comment &apos;%1&apos; does not start with &apos;#&apos;; written as a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 path &apos;%2&apos; contains blanks: written in double quotes, which rinetd 0.73 keeps as part of the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;allow %1&apos; has no exact rinetd glob: written as an annotation that rinetd 0.73 does not apply (it may then allow more clients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;deny %1&apos; has no exact rinetd glob: written as an annotation that rinetd 0.73 does not apply (it will not deny those clients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PortRelay log format is written for rinetd as its tab format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsupported line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of rule %2 is not understood by rinetd 0.73: written as an annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 is a port range: written for rinetd as %2 rules, one per port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;logcommon&apos; is written for its comments although the log format is not the common one: rinetd logs in its common format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RinetdInPlaceWriter</name>
    <message>
        <source>%1 was changed by another program since it was read (line %2); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not run by PortRelay; it was kept as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RinetdLexer</name>
    <message>
        <source>option list &apos;[&apos; is not closed with &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote &apos;&quot;&apos; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleExplanation</name>
    <message>
        <source>every address of this computer, IPv6 and (on most systems) IPv4: anyone who can reach this computer over any network reaches the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every IPv4 address of this computer: anyone who can reach this computer over any network reaches the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loopback address only: only programs on this computer reach the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address %1 only: whoever can reach that address reaches the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listens for %1 on %2 port %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relays each connection to where its client was going before the kernel redirected it here (transparent interception with nftables redirect, DNAT or TPROXY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no target address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends what each client sends to %1 as UDP datagrams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relays each client&apos;s datagrams over a TCP connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relays each client&apos;s datagrams to %1 and the replies back; a client&apos;s datagrams form one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a connection to %1 for each client and relays the bytes both ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is below 1024: binding it needs root, the system service, or the CAP_NET_BIND_SERVICE capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It listens on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allow or deny patterns: every client that reaches the port is relayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed: anyone who can reach this computer can use this forwarding to reach its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The global list is checked first (allow: %1; deny: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule&apos;s own list decides (allow: %1; deny: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then this rule&apos;s own list (allow: %1; deny: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client matching any deny pattern is refused; where allow patterns exist, a client must match one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients must start with a PROXY protocol header; the address in it is the one the lists check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Idle sessions end after %n second(s) (the default).</source>
        <translation>
            <numerusform>Idle sessions end after %n second (the default).</numerusform>
            <numerusform>Idle sessions end after %n seconds (the default).</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle connections stay open (no timeout set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Idle sessions end after %n second(s).</source>
        <translation>
            <numerusform>Idle sessions end after %n second.</numerusform>
            <numerusform>Idle sessions end after %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections idle for %n second(s) are closed.</source>
        <translation>
            <numerusform>Connections idle for %n second are closed.</numerusform>
            <numerusform>Connections idle for %n seconds are closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections to the target leave from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent: the target sees the client&apos;s own address as the source (needs the transparent proxy routing set up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connection is limited to %1/s in each direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All connections of this rule together are limited to %1/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTP helper (%1): the data connections the FTP commands announce are relayed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP requests are rewritten for an HTTP proxy as the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PROXY protocol v%1 header tells the target the client&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections are not logged to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connection is logged to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: it does not listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied yet: Apply starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule was edited; what runs is the previous version until Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test a client address against these lists…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleExplanationDialog</name>
    <message>
        <source>What This Rule Does — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test an Address…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleItemDelegate</name>
    <message>
        <source>tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>udp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0.0.0, ::, an address or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address or host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleOptionsDialog</name>
    <message>
        <source>%1 (not valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule listening on %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;, listening on %2 port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fixed address and port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address or host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Original destination of each connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For connections the kernel redirected to this port (nftables redirect or dnat, or tproxy): each goes where its client was going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: relay the stream unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http: rewrite requests for an HTTP proxy as target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passive (PASV, EPSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active (PORT, EPRT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passive and active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FT&amp;P helper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect from the client&apos;s own address and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the CAP_NET_ADMIN capability and policy routing for the replies on this host and the target; see %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tra&amp;nsparent source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate per connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes/s in each direction (k, M, G: ×1024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate for the &amp;whole rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes/s shared by all its connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version 1 (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version 2 (binary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to the target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version 1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version 2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expect from the peer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody: every header is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR blocks or rinetd patterns, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted peers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleOptionsText</name>
    <message>
        <source>version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connection is limited to %1 in each direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All connections of this rule together are limited to %1 in each direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTP helper, passive mode: the server&apos;s PASV and EPSV answers are rewritten to point at this relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTP helper, active mode: the client&apos;s PORT and EPRT commands are rewritten so that the server connects back through this relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTP helper for passive and active transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to the target from the client&apos;s own address and port (transparent source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to the target from this host&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a PROXY protocol header (%1) to the target before any data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expects a PROXY protocol header (%1), but no peer may send one (accept-proxy-from is empty): every connection is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expects a PROXY protocol header (%1) from %2; the client address in it counts for access, logs and statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrites HTTP requests to absolute form for an HTTP proxy as target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relays the stream unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2 is kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulePortsModel</name>
    <message>
        <source>not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to %2 until applied)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulePortsPanel</name>
    <message>
        <source>Select a rule to see its ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule has no ports to list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 forwards to port %2: a single listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ports %1 forward to %2: %n listener(s), bound together (one that cannot be bound keeps the others from starting).</source>
        <translation>
            <numerusform>Ports %1 forward to %2: %n listener, bound together (one that cannot be bound keeps the others from starting).</numerusform>
            <numerusform>Ports %1 forward to %2: %n listeners, bound together (one that cannot be bound keeps the others from starting).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <source>not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (edited, not applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections accepted since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes from clients to the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes from the target to clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 → %3:%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n allow/deny pattern(s) of its own</source>
        <translation>
            <numerusform>%n allow/deny pattern of its own</numerusform>
            <numerusform>%n allow/deny patterns of its own</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections are never closed for being idle. Set a timeout to close them after that many seconds without traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP session ends after %1 without datagrams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection is closed after %1 without traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system chooses the source address of connections to the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle timeout in seconds (rinetd&apos;s timeout= option); 0 or empty: the default, %1 for UDP, none for TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address of connections to the target (rinetd&apos;s src= option); empty: chosen by the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: the default applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled: starts with Apply (not running yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled: click to stop this rule now, without Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: click to start this rule now, without Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No options. Double-click to set FTP, bandwidth, PROXY protocol and interception options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connection goes to where its client was going before the kernel redirected it here. Change the target in the rule&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n port(s), one listener each; the Ports tab lists them.</source>
        <translation>
            <numerusform>%n port, one listener each; the Ports tab lists it.</numerusform>
            <numerusform>%n ports, one listener each; the Ports tab lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>On: starts or stops a running rule at once, without Apply; every other column waits for Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTP helper, bandwidth limits, transparent source, PROXY protocol, HTTP translation and any other option (double-click to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections (UDP: sessions) refused by the access lists since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections accepted whose target could not be reached: refused, unreachable, not resolved, or one of this relay&apos;s own ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 → original destination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuntimeProblemBanner</name>
    <message>
        <source>Connection log: %1. Choose another log file on the Logging tab (or make this one writable) and apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PortRelay Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps the relays running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimised in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits PortRelay and it always starts with its window shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start PortRelay when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login autostart entry could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen the last configuration; start its rules again if they were running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay &amp;threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many threads relay connections, each on its own processor core. More threads help when many connections are open or opened at the same time; a single connection never uses more than one. UDP rules and rules with a rate limit (rate-rule=) always run on one thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules run in the system service: its own --threads setting applies, not this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time PortRelay starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot examine %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory of this user&apos;s alone (owner %2, mode %3); another user may have made it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartController</name>
    <message numerus="yes">
        <source>&amp;Start %n rule(s)…</source>
        <translation>
            <numerusform>&amp;Start %n rule…</numerusform>
            <numerusform>&amp;Start %n rules…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: none of these rules listens. Start lists what will be exposed before anything binds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) with errors will not start until fixed.</source>
        <translation>
            <numerusform>%n rule with errors will not start until fixed.</numerusform>
            <numerusform>%n rules with errors will not start until fixed.</numerusform>
        </translation>
    </message>
    <message>
        <source>List what the rules will expose (addresses, privileged ports, ports in use), then start them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top all rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every listener of this document; the rules stay in the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartRulesDialog</name>
    <message>
        <source>Start Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starting binds %n rule(s) on these addresses.</source>
        <translation>
            <numerusform>Starting binds %n rule on these addresses.</numerusform>
            <numerusform>Starting binds %n rules on these addresses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PortRelay reopened the last configuration and started %n rule(s), listening on these addresses. This list is shown once.</source>
        <translation>
            <numerusform>PortRelay reopened the last configuration and started %n rule, listening on these addresses. This list is shown once.</numerusform>
            <numerusform>PortRelay reopened the last configuration and started %n rules, listening on these addresses. This list is shown once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listen(s) on every address (reachable from other machines)</source>
        <translation>
            <numerusform>%n listens on every address (reachable from other machines)</numerusform>
            <numerusform>%n listen on every address (reachable from other machines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) ports below 1024</source>
        <translation>
            <numerusform>%n uses ports below 1024</numerusform>
            <numerusform>%n use ports below 1024</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) already in use on this computer</source>
        <translation>
            <numerusform>%n port already in use on this computer</numerusform>
            <numerusform>%n ports already in use on this computer</numerusform>
        </translation>
    </message>
    <message>
        <source>Look closely: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) with errors do not start.</source>
        <translation>
            <numerusform>%n rule with errors does not start.</numerusform>
            <numerusform>%n rules with errors do not start.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listens on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every address: other machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port below 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this computer can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines that reach %1 can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start %n rule(s)</source>
        <translation>
            <numerusform>&amp;Start %n rule</numerusform>
            <numerusform>&amp;Start %n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop these rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemServiceChoice</name>
    <message>
        <source>The PortRelay system service is running on this computer. Manage its rules, or start a local session with rules of your own?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the &amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local Session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpRuleListener</name>
    <message>
        <source>address already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot assign requested address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficGraph</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransparentSource</name>
    <message>
        <source>transparent=yes needs the CAP_NET_ADMIN or CAP_NET_RAW capability (run as root, or give it with systemd&apos;s AmbientCapabilities=CAP_NET_ADMIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capability to use IP_TRANSPARENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy rule for marked packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: ip rule add fwmark 1 lookup 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local route in the marked packets&apos; table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: ip route add local 0.0.0.0/0 dev lo table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nftables rule marking the replies to transparent sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nft is not installed (Debian package nftables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add in prerouting: socket transparent 1 meta mark set 1 (docs/transparent.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the nftables ruleset (needs root)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>No rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show PortRelay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) listening</source>
        <translation>
            <numerusform>%n rule listening</numerusform>
            <numerusform>%n rules listening</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) failed to start</source>
        <translation>
            <numerusform>%n rule failed to start</numerusform>
            <numerusform>%n rules failed to start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active connection(s)</source>
        <translation>
            <numerusform>%n active connection</numerusform>
            <numerusform>%n active connections</numerusform>
        </translation>
    </message>
    <message>
        <source>Throughput: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listening</source>
        <translation>
            <numerusform>%n listening</numerusform>
            <numerusform>%n listening</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) could not start</source>
        <translation>
            <numerusform>%n rule could not start</numerusform>
            <numerusform>%n rules could not start</numerusform>
        </translation>
    </message>
    <message>
        <source>Target not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the target %2 refused or did not answer %n connection(s) in a row.</source>
        <translation>
            <numerusform>%1: the target %2 refused or did not answer %n connection.</numerusform>
            <numerusform>%1: the target %2 refused or did not answer %n connections in a row.</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection log not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnixSignalWatcher</name>
    <message>
        <source>cannot create the signal socket pair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot install a handler for signal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
