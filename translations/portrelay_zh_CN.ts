<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AclEditor</name>
    <message>
        <source>allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>global %1 pattern #%2 &quot;%3&quot;</source>
        <translation>全局%1模式 #%2“%3”</translation>
    </message>
    <message>
        <source>%1 pattern #%2 &quot;%3&quot;</source>
        <translation>%1模式 #%2“%3”</translation>
    </message>
    <message>
        <source>Add &amp;deny</source>
        <translation>添加拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Test an address, e.g. 192.168.1.20</source>
        <translation>测试地址，例如 192.168.1.20</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>测试：</translation>
    </message>
    <message>
        <source>Type an address above to see whether it would be let in.</source>
        <translation>在上方输入地址，查看它是否会被放行。</translation>
    </message>
    <message numerus="yes">
        <source>(%n invalid pattern(s) in this list must be fixed before Apply.)</source>
        <translation>
            <numerusform>（此列表中有 %n 个无效模式，应用前必须修正。）</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>Denied: matches %1.</source>
        <translation>拒绝：匹配 %1。</translation>
    </message>
    <message>
        <source>Denied: no global allow pattern matches.</source>
        <translation>拒绝：没有匹配的全局允许模式。</translation>
    </message>
    <message>
        <source>Denied: no allow pattern matches.</source>
        <translation>拒绝：没有匹配的允许模式。</translation>
    </message>
    <message>
        <source>Allowed: no pattern restricts this address.</source>
        <translation>允许：没有模式限制此地址。</translation>
    </message>
    <message>
        <source>Allowed by %1.</source>
        <translation>由 %1 允许。</translation>
    </message>
    <message>
        <source>Add all&amp;ow</source>
        <translation>添加允许(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>AclItemDelegate</name>
    <message>
        <source>allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>192.168.1.* or 10.0.0.0/8</source>
        <translation>192.168.1.* 或 10.0.0.0/8</translation>
    </message>
</context>
<context>
    <name>AclModel</name>
    <message>
        <source>allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>rinetd glob (* and ?) or CIDR, e.g. 192.168.1.* or 10.0.0.0/8</source>
        <translation>rinetd 通配符（* 和 ?）或 CIDR，例如 192.168.1.* 或 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
</context>
<context>
    <name>AclPattern</name>
    <message>
        <source>empty pattern</source>
        <translation>空模式</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in CIDR pattern &apos;%2&apos; is not an IP address</source>
        <translation>CIDR 模式“%2”中的“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>prefix length &apos;%1&apos; in CIDR pattern &apos;%2&apos; is not in 0..%3</source>
        <translation>CIDR 模式“%2”中的前缀长度“%1”不在 0..%3 范围内</translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; in pattern &apos;%2&apos; (allowed: digits, hex letters, &apos;.&apos;, &apos;:&apos;, &apos;*&apos;, &apos;?&apos; or a CIDR prefix like 10.0.0.0/8; host names are not permitted)</source>
        <translation>模式“%2”中的字符“%1”无效（允许：数字、十六进制字母、“.”、“:”、“*”、“?”或 CIDR 前缀，如 10.0.0.0/8；不允许主机名）</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; is neither an IP address nor a glob and can never match</source>
        <translation>模式“%1”既不是 IP 地址也不是通配符，永远不会匹配</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; is not a valid IPv4 glob</source>
        <translation>模式“%1”不是有效的 IPv4 通配符</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; has a number with a leading zero, which no client address is written with: it matches less than it seems to; write the numbers without leading zeros</source>
        <translation>模式 &apos;%1&apos; 中有带前导零的数字，而客户端地址从不这样书写：它匹配的范围比看上去要小；请去掉数字的前导零</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; has a number with a leading zero, which some programs read as octal: it is taken as %2; write it as the address meant, without leading zeros</source>
        <translation>模式 &apos;%1&apos; 中有带前导零的数字，某些程序会将其读作八进制：它被解释为 %2；请写出本意的地址，不要前导零</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Start the port relays at login</source>
        <translation>登录时启动端口转发</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
</context>
<context>
    <name>BulkAddDialog</name>
    <message>
        <source>Add Several Rules</source>
        <translation>添加多条规则</translation>
    </message>
    <message>
        <source>One forwarding per line, as in rinetd.conf: bind address, port or range, target address, port or range, then [options]. allow/deny lines after a forwarding belong to it.</source>
        <translation>每行一条转发，与 rinetd.conf 相同：绑定地址、端口或范围、目标地址、端口或范围，然后是 [选项]。转发之后的 allow/deny 行属于该转发。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>not added here: only forwardings and the allow/deny lines under them are taken</source>
        <translation>未在此处添加：只接受转发及其下方的 allow/deny 行</translation>
    </message>
    <message>
        <source>allow/deny before the first forwarding would apply to every rule; put it under a forwarding, or edit the global access list</source>
        <translation>第一条转发之前的 allow/deny 将适用于所有规则；请将其放在某条转发之下，或编辑全局访问列表</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1：错误：%2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1：警告：%2</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Rule(s)</source>
        <translation>
            <numerusform>添加 %n 条规则</numerusform>
        </translation>
    </message>
    <message>
        <source>Type or paste forwardings above.</source>
        <translation>请在上方输入或粘贴转发。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) can be added; lines with errors are left out until fixed.</source>
        <translation>
            <numerusform>可以添加 %n 条规则；有错误的行在修正之前会被略过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) can be added. They start after Apply.</source>
        <translation>
            <numerusform>可以添加 %n 条规则。它们将在应用后启动。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Port-forwarding manager: relays TCP and UDP connections like rinetd, with a desktop UI or headless.</source>
        <translation>端口转发管理器：像 rinetd 一样转发 TCP 和 UDP 连接，可使用桌面界面或无界面运行。</translation>
    </message>
    <message>
        <source>Run the relay without a user interface, in the foreground.</source>
        <translation>在前台无界面运行转发。</translation>
    </message>
    <message>
        <source>Configuration file (rinetd.conf or PortRelay JSON) for --headless. Default: /etc/rinetd.conf.</source>
        <translation>--headless 使用的配置文件（rinetd.conf 或 PortRelay JSON）。默认：/etc/rinetd.conf。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Accepted for rinetd compatibility; PortRelay always runs in the foreground.</source>
        <translation>为兼容 rinetd 而接受；PortRelay 始终在前台运行。</translation>
    </message>
    <message>
        <source>Check FILE, print its diagnostics and exit (0: no error, 1: errors, 2: unreadable).</source>
        <translation>检查 FILE，输出诊断信息后退出（0：无错误，1：有错误，2：无法读取）。</translation>
    </message>
    <message>
        <source>out</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>With --export: write even if FILE has errors.</source>
        <translation>与 --export 一起使用：即使 FILE 有错误也写入。</translation>
    </message>
    <message>
        <source>With --headless: drop root privileges to this user after binding the listeners.</source>
        <translation>与 --headless 一起使用：绑定监听端口后放弃 root 权限，切换到此用户。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>With --headless: send the program&apos;s messages to syslog.</source>
        <translation>与 --headless 一起使用：将程序消息发送到 syslog。</translation>
    </message>
    <message>
        <source>Syslog identity (default: portrelay).</source>
        <translation>Syslog 标识（默认：portrelay）。</translation>
    </message>
    <message>
        <source>Start the desktop manager hidden in the tray.</source>
        <translation>启动桌面管理器并隐藏到托盘。</translation>
    </message>
    <message>
        <source>Configuration to open (GUI), to check or to convert.</source>
        <translation>要打开（图形界面）、检查或转换的配置。</translation>
    </message>
    <message>
        <source>--headless, --check and --export exclude each other</source>
        <translation>--headless、--check 和 --export 互相排斥</translation>
    </message>
    <message>
        <source>--check takes exactly one FILE</source>
        <translation>--check 只接受一个 FILE</translation>
    </message>
    <message>
        <source>--export OUT takes exactly one FILE to convert</source>
        <translation>--export OUT 只接受一个要转换的 FILE</translation>
    </message>
    <message>
        <source>give the configuration either with -c or as FILE, not both</source>
        <translation>请用 -c 或 FILE 之一指定配置，不要同时使用</translation>
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
        <translation>通过控制套接字控制正在运行的 PortRelay 服务（portrelay --headless）。

命令：
  status             规则：状态、活动连接、总计；控制客户端
  enable RULE        启动规则（RULE：规则名称，或其在 status 中的编号）
  disable RULE       停止规则
  apply FILE         用 FILE 中的规则替换正在运行的规则（检查方式同 --check）
  reload             重新读取服务自身的文件（同 SIGHUP）
  connections        当前打开的连接
  close ID           关闭一个连接
  save               将正在运行的配置写入服务的文件

退出状态：0 完成，1 被拒绝或出错，2 无法连接到服务。</translation>
    </message>
    <message>
        <source>The service&apos;s control socket. Default: $XDG_RUNTIME_DIR/portrelay/control.sock when that exists (your own service), else /run/portrelay/control.sock.</source>
        <translation>服务的控制套接字。默认：若存在则为 $XDG_RUNTIME_DIR/portrelay/control.sock（您自己的服务），否则为 /run/portrelay/control.sock。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Print status and connections as JSON.</source>
        <translation>以 JSON 格式输出状态和连接。</translation>
    </message>
    <message>
        <source>Bridge the control protocol between stdin/stdout and the socket (for ssh user@host portrelay ctl --stdio).</source>
        <translation>在 stdin/stdout 与套接字之间桥接控制协议（用于 ssh user@host portrelay ctl --stdio）。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>要执行的操作。</translation>
    </message>
    <message>
        <source>--stdio takes no command</source>
        <translation>--stdio 不接受命令</translation>
    </message>
    <message>
        <source>a command is needed (see portrelay ctl --help)</source>
        <translation>需要一个命令（参见 portrelay ctl --help）</translation>
    </message>
    <message>
        <source>%1 takes no argument</source>
        <translation>%1 不接受参数</translation>
    </message>
    <message>
        <source>%1 takes one argument</source>
        <translation>%1 需要一个参数</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Convert FILE to OUT (.json: PortRelay JSON, .nft: nftables ruleset, .cfg: HAProxy configuration, otherwise rinetd.conf) and exit.</source>
        <translation>将 FILE 转换为 OUT（.json：PortRelay JSON，.nft：nftables 规则集，.cfg：HAProxy 配置，其他：rinetd.conf）然后退出。</translation>
    </message>
    <message>
        <source>With --export: the format of OUT (rinetd, json, nftables or haproxy) whatever its extension.</source>
        <translation>与 --export 一起使用：OUT 的格式（rinetd、json、nftables 或 haproxy），与其扩展名无关。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Open the desktop manager on a PortRelay service: its control socket, or ssh://user@host for the service on another computer.</source>
        <translation>在 PortRelay 服务上打开桌面管理器：指定其控制套接字，或用 ssh://user@host 指定另一台计算机上的服务。</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>With --headless: serve the control socket (for portrelay ctl and the desktop manager) at this path, or &quot;none&quot;. Default: /run/portrelay/control.sock as root, else $XDG_RUNTIME_DIR/portrelay/control.sock.</source>
        <translation>与 --headless 一起使用：在此路径提供控制套接字（供 portrelay ctl 和桌面管理器使用），或设为“none”。默认：以 root 运行时为 /run/portrelay/control.sock，否则为 $XDG_RUNTIME_DIR/portrelay/control.sock。</translation>
    </message>
    <message>
        <source>With --headless: trace every connection step (accept, access check, connect, first byte, half-closes, close) on stderr, or syslog with --syslog.</source>
        <translation>与 --headless 一起使用：在 stderr 上跟踪每个连接步骤（接受、访问检查、连接、首字节、半关闭、关闭），配合 --syslog 时写入 syslog。</translation>
    </message>
    <message>
        <source>--format is only used with --export</source>
        <translation>--format 仅与 --export 一起使用</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (rinetd, json, nftables or haproxy)</source>
        <translation>未知的 --format &apos;%1&apos;（rinetd、json、nftables 或 haproxy）</translation>
    </message>
    <message>
        <source>--connect manages a service&apos;s rules; it opens no FILE</source>
        <translation>--connect 管理服务的规则；它不打开 FILE</translation>
    </message>
    <message>
        <source>With --headless: relay on N threads, each with its own connections (&quot;auto&quot;: one per core). Default: 1.</source>
        <translation>与 --headless 一起使用：在 N 个线程上转发，每个线程处理自己的连接（“auto”：每个核心一个）。默认：1。</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to %1 or auto</source>
        <translation>--threads 接受 1 到 %1 之间的数字或 auto</translation>
    </message>
</context>
<context>
    <name>CommentNamesDialog</name>
    <message>
        <source>Names from Comments</source>
        <translation>从注释获取名称</translation>
    </message>
    <message>
        <source>These rules have a comment line right above them. Checked comments become the rules&apos; names (saved as &quot;#portrelay: name=&quot; lines); the comments stay as they are. Comments that look like a commented-out forwarding or a column header are not checked.</source>
        <translation>这些规则的正上方有一行注释。勾选的注释将成为规则的名称（保存为“#portrelay: name=”行）；注释本身保持不变。看起来像被注释掉的转发或列标题的注释不会被勾选。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Comment as written</source>
        <translation>注释原文</translation>
    </message>
    <message>
        <source>&amp;Use as names</source>
        <translation>用作名称(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
</context>
<context>
    <name>CommentNamesOffer</name>
    <message>
        <source>Keep the rules unnamed</source>
        <translation>保持规则未命名</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) have a comment line above them that could be a name. PortRelay names rules only from &quot;#portrelay: name=&quot; lines or from you.</source>
        <translation>
            <numerusform>有 %n 条规则的上方有一行可以作为名称的注释。PortRelay 只根据“#portrelay: name=”行或由您来命名规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview &amp;names…</source>
        <translation>预览名称(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ConfigCommands</name>
    <message>
        <source>portrelay: --check needs a FILE</source>
        <translation>portrelay：--check 需要一个 FILE</translation>
    </message>
    <message>
        <source>portrelay: cannot read %1</source>
        <translation>portrelay：无法读取 %1</translation>
    </message>
    <message>
        <source>%1: %2, rules: %3, errors: %4, warnings: %5</source>
        <translation>%1：%2，规则：%3，错误：%4，警告：%5</translation>
    </message>
    <message>
        <source>portrelay: --export needs OUT and FILE</source>
        <translation>portrelay：--export 需要 OUT 和 FILE</translation>
    </message>
    <message>
        <source>portrelay: nothing of %1 could be read; %2 was not written</source>
        <translation>portrelay：%1 的内容均无法读取；未写入 %2</translation>
    </message>
    <message>
        <source>portrelay: %1 has errors; %2 was not written (--force writes the valid parts, lines with errors become comments)</source>
        <translation>portrelay：%1 有错误；未写入 %2（--force 会写入有效部分，有错误的行变为注释）</translation>
    </message>
    <message>
        <source>portrelay: cannot write %1</source>
        <translation>portrelay：无法写入 %1</translation>
    </message>
    <message>
        <source>%1: written, rules: %2</source>
        <translation>%1：已写入，规则：%2</translation>
    </message>
    <message>
        <source>portrelay: %1 cannot be exported as it is; %2 was not written (--force writes it without the rules named above)</source>
        <translation>portrelay：%1 无法按原样导出；未写入 %2（--force 会在不含上述规则的情况下写入）</translation>
    </message>
    <message>
        <source>%1: written, rules: %2, diagnostics: %3</source>
        <translation>%1：已写入，规则：%2，诊断：%3</translation>
    </message>
    <message>
        <source>portrelay: transparent: ok: %1</source>
        <translation>portrelay：transparent：正常：%1</translation>
    </message>
    <message>
        <source>portrelay: transparent: missing: %1 (%2)</source>
        <translation>portrelay：transparent：缺少：%1（%2）</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>%1: is a directory</source>
        <translation>%1：是一个目录</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: is a symbolic link; not followed when running as root</source>
        <translation>%1：是符号链接；以 root 运行时不跟随</translation>
    </message>
</context>
<context>
    <name>ConfigValidator</name>
    <message>
        <source>global access list</source>
        <translation>全局访问列表</translation>
    </message>
    <message>
        <source>rule %1 (id %2)</source>
        <translation>规则 %1（ID %2）</translation>
    </message>
    <message>
        <source>%1: option &apos;%2=%3&apos; cannot be written as name=value</source>
        <translation>%1：选项“%2=%3”无法写成 name=value 形式</translation>
    </message>
    <message>
        <source>%1: option &apos;%2&apos; is not understood by rinetd 0.73; it is kept verbatim</source>
        <translation>%1：rinetd 0.73 不理解选项“%2”；按原样保留</translation>
    </message>
    <message>
        <source>the target &apos;original original&apos; forwards TCP connections only</source>
        <translation>目标 &apos;original original&apos; 只转发 TCP 连接</translation>
    </message>
    <message>
        <source>translate must be &apos;none&apos; or &apos;http&apos;, not &apos;%1&apos;</source>
        <translation>translate 必须为 &apos;none&apos; 或 &apos;http&apos;，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>translate=http needs a TCP rule</source>
        <translation>translate=http 需要 TCP 规则</translation>
    </message>
    <message>
        <source>&apos;allow %1&apos; can never match (%2): clients are let in only by the list&apos;s other allow patterns</source>
        <translation>&apos;allow %1&apos; 永远不会匹配（%2）：客户端只会被列表中的其他 allow 模式放行</translation>
    </message>
    <message>
        <source>&apos;deny %1&apos; can never match (%2): it denies nobody</source>
        <translation>&apos;deny %1&apos; 永远不会匹配（%2）：它不会拒绝任何人</translation>
    </message>
    <message>
        <source>the rule on line %1</source>
        <translation>第 %1 行的规则</translation>
    </message>
    <message>
        <source>%1 %2 port %3 is also bound by %4 (%5 %6): the system refuses the second bind</source>
        <translation>%1 %2 端口 %3 也被 %4 绑定（%5 %6）：系统会拒绝第二次绑定</translation>
    </message>
    <message>
        <source>the bind address &apos;%1&apos; does not resolve: the rule cannot listen until it does</source>
        <translation>绑定地址 &apos;%1&apos; 无法解析：在能解析之前该规则无法监听</translation>
    </message>
    <message>
        <source>the target &apos;%1&apos; does not resolve: connections to this rule will fail until it does</source>
        <translation>目标 &apos;%1&apos; 无法解析：在能解析之前，到此规则的连接都会失败</translation>
    </message>
    <message>
        <source>its own listener</source>
        <translation>它自己的监听器</translation>
    </message>
    <message>
        <source>the listener of the rule on line %1</source>
        <translation>第 %1 行规则的监听器</translation>
    </message>
    <message>
        <source>the listener of rule %1 (id %2)</source>
        <translation>规则 %1（ID %2）的监听器</translation>
    </message>
    <message>
        <source>the target %1 port %2 is %3 (%4 %5), which leads back to this rule: every connection would open another one until no descriptors are left</source>
        <translation>目标 %1 端口 %2 是 %3（%4 %5），它又指回本规则：每个连接都会再打开一个连接，直到耗尽文件描述符</translation>
    </message>
    <message>
        <source>the target %1 port %2 is %3 (%4 %5): connections pass through PortRelay twice</source>
        <translation>目标 %1 端口 %2 是 %3（%4 %5）：连接会两次经过 PortRelay</translation>
    </message>
    <message>
        <source>the id must be a positive number</source>
        <translation>ID 必须是正数</translation>
    </message>
    <message>
        <source>the id is used by another rule</source>
        <translation>该 ID 已被另一条规则使用</translation>
    </message>
    <message>
        <source>protocols differ: %1 on the bind side, %2 on the connect side</source>
        <translation>协议不一致：绑定端为 %1，连接端为 %2</translation>
    </message>
    <message>
        <source>The bind address is empty.</source>
        <translation>绑定地址为空。</translation>
    </message>
    <message>
        <source>The target address is empty.</source>
        <translation>目标地址为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name.</source>
        <translation>“%1”既不是 IP 地址也不是主机名。</translation>
    </message>
    <message>
        <source>The port is empty.</source>
        <translation>端口为空。</translation>
    </message>
    <message>
        <source>Port %1 is outside 1-65535.</source>
        <translation>端口 %1 超出 1-65535 范围。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number or a known %2 service name.</source>
        <translation>“%1”既不是端口号，也不是已知的 %2 服务名。</translation>
    </message>
    <message>
        <source>The timeout &quot;%1&quot; is not a whole number of seconds.</source>
        <translation>超时“%1”不是整数秒。</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is neither an IP address nor a host name.</source>
        <translation>源“%1”既不是 IP 地址也不是主机名。</translation>
    </message>
    <message>
        <source>The source %1 is an IPv4 address but the target %2 is IPv6: connections to it cannot leave from an IPv4 address.</source>
        <translation>源 %1 是 IPv4 地址，而目标 %2 是 IPv6：到该目标的连接无法从 IPv4 地址发出。</translation>
    </message>
    <message>
        <source>The source %1 is an IPv6 address but the target %2 is IPv4: connections to it cannot leave from an IPv6 address.</source>
        <translation>源 %1 是 IPv6 地址，而目标 %2 是 IPv4：到该目标的连接无法从 IPv6 地址发出。</translation>
    </message>
    <message>
        <source>the target &apos;original original&apos; needs a single bind port, not a range</source>
        <translation>目标 &apos;original original&apos; 需要单个绑定端口，而不是端口范围</translation>
    </message>
    <message>
        <source>the range %1 has %2 ports: one listening descriptor each</source>
        <translation>范围 %1 有 %2 个端口：每个端口占用一个监听描述符</translation>
    </message>
</context>
<context>
    <name>ConnectionLog</name>
    <message>
        <source>it is a symbolic link, which root does not follow</source>
        <translation>它是符号链接，root 不会跟随</translation>
    </message>
    <message>
        <source>could not reopen %1 to append: %2; connections are still logged to the file opened before</source>
        <translation>无法以追加方式重新打开 %1：%2；连接仍记录到之前打开的文件中</translation>
    </message>
    <message>
        <source>could not open %1 to append: %2; connections are not logged</source>
        <translation>无法以追加方式打开 %1：%2；连接不会被记录</translation>
    </message>
    <message numerus="yes">
        <source>could not write to %1: %2; %n connection log line(s) lost</source>
        <translation>
            <numerusform>无法写入 %1：%2；丢失了 %n 行连接日志</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <source>%1:%2 (udp)</source>
        <translation>%1:%2 (udp)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>From client</source>
        <translation>来自客户端</translation>
    </message>
    <message>
        <source>To client</source>
        <translation>发往客户端</translation>
    </message>
    <message>
        <source>Original destination</source>
        <translation>原始目的地</translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <source>Close connection</source>
        <translation>关闭连接</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>所选规则</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>所有规则</translation>
    </message>
    <message>
        <source>Throughput of:</source>
        <translation>吞吐量：</translation>
    </message>
    <message>
        <source>Open connections of all rules</source>
        <translation>所有规则的打开连接</translation>
    </message>
    <message>
        <source>Open connections of %1</source>
        <translation>%1 的打开连接</translation>
    </message>
    <message>
        <source>In</source>
        <translation>流入</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>流出</translation>
    </message>
    <message>
        <source>In: bytes per second from the clients to the targets.
Out: bytes per second from the targets back to the clients.</source>
        <translation>入：每秒从客户端发往目标的字节数。
出：每秒从目标传回客户端的字节数。</translation>
    </message>
    <message>
        <source>Close connec&amp;tion</source>
        <translation>关闭连接(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ControlClient</name>
    <message>
        <source>the transport is not open for reading and writing</source>
        <translation>传输通道未以读写方式打开</translation>
    </message>
    <message>
        <source>not connected to a PortRelay service</source>
        <translation>未连接到 PortRelay 服务</translation>
    </message>
    <message>
        <source>the service sent a message longer than %1 bytes</source>
        <translation>服务发送的消息超过 %1 字节</translation>
    </message>
    <message>
        <source>the service sent a message that is not a reply or an event</source>
        <translation>服务发送的消息既不是回复也不是事件</translation>
    </message>
    <message>
        <source>the service answered request %1, which was not asked</source>
        <translation>服务回复了未曾发出的请求 %1</translation>
    </message>
    <message>
        <source>the service sent an unreadable status</source>
        <translation>服务发送的状态无法读取</translation>
    </message>
    <message>
        <source>the service sent an unreadable configuration</source>
        <translation>服务发送的配置无法读取</translation>
    </message>
    <message>
        <source>the service&apos;s greeting cannot be read</source>
        <translation>无法读取服务的问候消息</translation>
    </message>
    <message>
        <source>the service speaks control protocol %1; this program knows %2</source>
        <translation>服务使用控制协议 %1；本程序支持 %2</translation>
    </message>
    <message>
        <source>the connection to the service ended</source>
        <translation>与服务的连接已结束</translation>
    </message>
</context>
<context>
    <name>ControlServer</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a directory owned by this user and closed to others; not using it for the control socket</source>
        <translation>%1 不是属于此用户且对他人关闭的目录；不将其用于控制套接字</translation>
    </message>
    <message>
        <source>%1 exists and is not a socket</source>
        <translation>%1 已存在且不是套接字</translation>
    </message>
    <message>
        <source>another PortRelay service already serves %1</source>
        <translation>另一个 PortRelay 服务已在使用 %1</translation>
    </message>
    <message>
        <source>cannot remove the stale socket %1: %2</source>
        <translation>无法删除失效的套接字 %1：%2</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>cannot give %1 to group %2: %3</source>
        <translation>无法将 %1 交给组 %2：%3</translation>
    </message>
    <message>
        <source>control socket %1</source>
        <translation>控制套接字 %1</translation>
    </message>
    <message>
        <source>the service stops</source>
        <translation>服务正在停止</translation>
    </message>
    <message>
        <source>too many control clients (at most %1)</source>
        <translation>控制客户端过多（最多 %1 个）</translation>
    </message>
    <message>
        <source>the caller&apos;s identity cannot be read</source>
        <translation>无法读取调用者的身份</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>the service&apos;s own user</source>
        <translation>服务自身的用户</translation>
    </message>
    <message>
        <source>member of group %1</source>
        <translation>组 %1 的成员</translation>
    </message>
    <message>
        <source>you are not in group %1</source>
        <translation>您不在组 %1 中</translation>
    </message>
    <message>
        <source>group %1 does not exist on this host</source>
        <translation>此主机上不存在组 %1</translation>
    </message>
    <message>
        <source>control client connected: %1 (uid %2, %3)</source>
        <translation>控制客户端已连接：%1（uid %2，%3）</translation>
    </message>
    <message>
        <source>may change</source>
        <translation>可修改</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>message longer than %1 bytes</source>
        <translation>消息超过 %1 字节</translation>
    </message>
    <message>
        <source>too many malformed requests</source>
        <translation>格式错误的请求过多</translation>
    </message>
    <message>
        <source>permission denied: %1</source>
        <translation>权限被拒绝：%1</translation>
    </message>
    <message>
        <source>control client %1 (uid %2): %3</source>
        <translation>控制客户端 %1（uid %2）：%3</translation>
    </message>
    <message>
        <source>the configuration changed (revision %1) since revision %2 this change was based on; nothing was changed</source>
        <translation>自此更改所基于的修订版 %2 以来，配置已更改（修订版 %1）；未做任何更改</translation>
    </message>
    <message>
        <source>the configuration has errors; nothing was applied</source>
        <translation>配置有错误；未应用任何内容</translation>
    </message>
    <message>
        <source>no rule with id %1</source>
        <translation>没有 ID 为 %1 的规则</translation>
    </message>
    <message>
        <source>no connection with id %1</source>
        <translation>没有 ID 为 %1 的连接</translation>
    </message>
    <message>
        <source>%1 has errors; the running configuration is kept unchanged</source>
        <translation>%1 有错误；正在运行的配置保持不变</translation>
    </message>
    <message>
        <source>the client does not read its replies</source>
        <translation>客户端不读取其回复</translation>
    </message>
    <message>
        <source>control client %1 disconnected: %2</source>
        <translation>控制客户端 %1 已断开：%2</translation>
    </message>
</context>
<context>
    <name>ControlText</name>
    <message>
        <source>message longer than %1 bytes</source>
        <translation>消息超过 %1 字节</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>不是 JSON：%1，位于偏移量 %2</translation>
    </message>
    <message>
        <source>a message must be a JSON object</source>
        <translation>消息必须是 JSON 对象</translation>
    </message>
    <message>
        <source>a request needs &quot;id&quot;, a positive integer</source>
        <translation>请求需要“id”，一个正整数</translation>
    </message>
    <message>
        <source>a request needs &quot;request&quot;, a string</source>
        <translation>请求需要“request”，一个字符串</translation>
    </message>
    <message>
        <source>unknown request &quot;%1&quot;</source>
        <translation>未知请求“%1”</translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot;</source>
        <translation>%1 需要“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>“%1”必须是%2</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>非负整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a PortRelay JSON configuration object</source>
        <translation>PortRelay JSON 配置对象</translation>
    </message>
    <message>
        <source>the configuration cannot be read</source>
        <translation>无法读取配置</translation>
    </message>
</context>
<context>
    <name>CtlText</name>
    <message>
        <source>no PortRelay service at %1: is portrelay.service running?</source>
        <translation>%1 处没有 PortRelay 服务：portrelay.service 是否在运行？</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>permission denied: cannot open %1 (members of group %2 may; ask to be added to it)</source>
        <translation>权限被拒绝：无法打开 %1（组 %2 的成员可以；请申请加入该组）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the service did not answer in time</source>
        <translation>服务未及时应答</translation>
    </message>
    <message>
        <source>the service closed the connection</source>
        <translation>服务关闭了连接</translation>
    </message>
    <message>
        <source>PortRelay %1 service: %2 (revision %3)</source>
        <translation>PortRelay %1 服务：%2（修订版 %3）</translation>
    </message>
    <message>
        <source>control clients: %1; you (%2): %3</source>
        <translation>控制客户端：%1；您（%2）：%3</translation>
    </message>
    <message>
        <source>may change (%1)</source>
        <translation>可修改（%1）</translation>
    </message>
    <message>
        <source>read-only (%1)</source>
        <translation>只读（%1）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>ACCEPTED</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>BYTES IN</source>
        <translation>入字节</translation>
    </message>
    <message>
        <source>BYTES OUT</source>
        <translation>出字节</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>no rule &quot;%1&quot;: give its name or its number in &quot;portrelay ctl status&quot;</source>
        <translation>没有规则“%1”：请给出其名称或其在“portrelay ctl status”中的编号</translation>
    </message>
    <message>
        <source>rule %1 enabled (revision %2)</source>
        <translation>规则 %1 已启用（修订版 %2）</translation>
    </message>
    <message>
        <source>rule %1 disabled (revision %2)</source>
        <translation>规则 %1 已停用（修订版 %2）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was applied</source>
        <translation>%1 有错误；未应用任何内容</translation>
    </message>
    <message>
        <source>rule %1 cannot start: %2</source>
        <translation>规则 %1 无法启动：%2</translation>
    </message>
    <message numerus="yes">
        <source>applied (revision %1), but %n rule(s) failed to start</source>
        <translation>
            <numerusform>已应用（修订版 %1），但有 %n 条规则未能启动</numerusform>
        </translation>
    </message>
    <message>
        <source>applied (revision %1)</source>
        <translation>已应用（修订版 %1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection id (see portrelay ctl connections)</source>
        <translation>“%1”不是连接 ID（参见 portrelay ctl connections）</translation>
    </message>
    <message>
        <source>connection %1 closed</source>
        <translation>连接 %1 已关闭</translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>socket path too long: %1</source>
        <translation>套接字路径过长：%1</translation>
    </message>
    <message>
        <source>permission denied: cannot open %1 (members of group %2 may)</source>
        <translation>权限被拒绝：无法打开 %1（组 %2 的成员可以）</translation>
    </message>
    <message>
        <source>DENIED</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>connection log: %1</source>
        <translation>连接日志：%1</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Another PortRelay was started to open %1, but %2 has unsaved changes.</source>
        <translation>又启动了一个 PortRelay 来打开 %1，但 %2 有未保存的更改。</translation>
    </message>
    <message>
        <source>Discard the changes and open it?</source>
        <translation>放弃更改并打开它吗？</translation>
    </message>
    <message>
        <source>Quit PortRelay</source>
        <translation>退出 PortRelay</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) are being relayed. Quitting closes them.</source>
        <translation>
            <numerusform>正在转发 %n 个连接。退出将关闭它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>PortRelay is still running</source>
        <translation>PortRelay 仍在运行</translation>
    </message>
    <message>
        <source>The relays keep running. Use the tray icon to show the window or to quit.</source>
        <translation>转发仍在运行。使用托盘图标可显示窗口或退出。</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>The document has no file yet.</source>
        <translation>该文档还没有文件。</translation>
    </message>
    <message>
        <source>Not enabled: %1 port %2 is already bound by another enabled rule.</source>
        <translation>未启用：%1 端口 %2 已被另一条已启用的规则绑定。</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <source>rinetd configuration (*.conf)</source>
        <translation>rinetd 配置（*.conf）</translation>
    </message>
    <message>
        <source>PortRelay JSON (*.json)</source>
        <translation>PortRelay JSON（*.json）</translation>
    </message>
    <message>
        <source>nftables ruleset (*.nft)</source>
        <translation>nftables 规则集（*.nft）</translation>
    </message>
    <message>
        <source>HAProxy configuration (*.cfg)</source>
        <translation>HAProxy 配置（*.cfg）</translation>
    </message>
    <message>
        <source>PortRelay JSON</source>
        <translation>PortRelay JSON</translation>
    </message>
    <message>
        <source>nftables</source>
        <translation>nftables</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>rinetd.conf</source>
        <translation>rinetd.conf</translation>
    </message>
</context>
<context>
    <name>ExportDiagnosticsDialog</name>
    <message>
        <source>Export as %1</source>
        <translation>导出为 %1</translation>
    </message>
    <message>
        <source>%1 cannot express everything of these rules. Nothing is written yet.</source>
        <translation>%1 无法完整表达这些规则。尚未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) marked as errors would be left out of %1.</source>
        <translation>
            <numerusform>%n 条标记为错误的规则将不会写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation>整个配置</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>Write Without Them</source>
        <translation>不含它们写入</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1 as %2.</source>
        <translation>已将 %1 导出为 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %2 (%n note(s)).</source>
        <translation>
            <numerusform>已将 %1 导出为 %2（%n 条提示）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSupport</name>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>rule %1 (%2)</source>
        <translation>规则 %1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ExposureReport</name>
    <message>
        <source>Listens on every IPv4 address of this computer: other machines can connect.</source>
        <translation>监听本机的每个 IPv4 地址：其他计算机可以连接。</translation>
    </message>
    <message>
        <source>Listens on every IPv4 and IPv6 address of this computer: other machines can connect.</source>
        <translation>监听本机的每个 IPv4 和 IPv6 地址：其他计算机可以连接。</translation>
    </message>
    <message>
        <source>Port %1 is below 1024: binding it needs root or the CAP_NET_BIND_SERVICE capability.</source>
        <translation>端口 %1 低于 1024：绑定它需要 root 或 CAP_NET_BIND_SERVICE 能力。</translation>
    </message>
    <message>
        <source>Ports %1-%2 are below 1024: binding them needs root or the CAP_NET_BIND_SERVICE capability.</source>
        <translation>端口 %1-%2 低于 1024：绑定它们需要 root 或 CAP_NET_BIND_SERVICE 能力。</translation>
    </message>
    <message>
        <source>%1 port %2 is already in use on this computer (%3 is bound): this rule would fail to start or compete with that program.</source>
        <translation>%1 端口 %2 在本机上已被占用（%3 已绑定）：此规则将无法启动，或与该程序争用端口。</translation>
    </message>
</context>
<context>
    <name>ForwardCommand</name>
    <message>
        <source>Relays every TCP connection to [ADDR:]PORT to HOST:PORT, in the foreground, like redir. Each option names the redir option it replaces.</source>
        <translation>像 redir 一样在前台将每个到 [ADDR:]PORT 的 TCP 连接转发到 HOST:PORT。每个选项都注明了它所替代的 redir 选项。</translation>
    </message>
    <message>
        <source>FTP helper: passive, active or both (redir -f, --ftp=pasv|port|both; rule option ftp=).</source>
        <translation>FTP 辅助：passive、active 或 both（redir -f、--ftp=pasv|port|both；规则选项 ftp=）。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Connect to the target from the client&apos;s address and port (redir -p, --transproxy; rule option transparent=yes). Needs CAP_NET_ADMIN and policy routing, see docs/transparent.md.</source>
        <translation>以客户端的地址和端口连接目标（redir -p、--transproxy；规则选项 transparent=yes）。需要 CAP_NET_ADMIN 和策略路由，参见 docs/transparent.md。</translation>
    </message>
    <message>
        <source>Close a connection idle for SEC seconds (redir -t, --timeout; rule option timeout=).</source>
        <translation>关闭空闲 SEC 秒的连接（redir -t、--timeout；规则选项 timeout=）。</translation>
    </message>
    <message>
        <source>sec</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Limit each connection to BPS bits per second in each direction (redir -m, --max-bandwidth; rule option rate= in bytes per second).</source>
        <translation>将每个连接每个方向限制为每秒 BPS 比特（redir -m、--max-bandwidth；规则选项 rate= 以字节每秒为单位）。</translation>
    </message>
    <message>
        <source>bps</source>
        <translation>bps</translation>
    </message>
    <message>
        <source>Source address of the connections to the target (redir -b, --bind; rule option src=).</source>
        <translation>到目标的连接所用的源地址（redir -b、--bind；规则选项 src=）。</translation>
    </message>
    <message>
        <source>addr</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Send messages and connection events to syslog, facility daemon (redir -s, --syslog).</source>
        <translation>将消息和连接事件发送到 syslog，facility 为 daemon（redir -s、--syslog）。</translation>
    </message>
    <message>
        <source>Syslog identity (redir -I, --ident; default: portrelay).</source>
        <translation>syslog 标识（redir -I、--ident；默认：portrelay）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Trace every connection step on stderr, or syslog with --syslog (redir -d, --debug).</source>
        <translation>在 stderr 上跟踪每个连接步骤，配合 --syslog 时写入 syslog（redir -d、--debug）。</translation>
    </message>
    <message>
        <source>Drop root privileges to this user after binding (redir has no equivalent).</source>
        <translation>绑定后放弃 root 权限，切换为此用户（redir 没有对应选项）。</translation>
    </message>
    <message>
        <source>Accepted for redir compatibility (redir -n); PortRelay always runs in the foreground.</source>
        <translation>为兼容 redir 而接受（redir -n）；PortRelay 始终在前台运行。</translation>
    </message>
    <message>
        <source>Where to listen: [ADDR:]PORT (default address 0.0.0.0).</source>
        <translation>监听位置：[ADDR:]PORT（默认地址 0.0.0.0）。</translation>
    </message>
    <message>
        <source>Where to relay to: HOST:PORT.</source>
        <translation>转发目标：HOST:PORT。</translation>
    </message>
    <message numerus="yes">
        <source>expected [ADDR:]PORT HOST:PORT, found %n argument(s)</source>
        <translation>
            <numerusform>应为 [ADDR:]PORT HOST:PORT，实际有 %n 个参数</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [ADDR:]PORT</source>
        <translation>&apos;%1&apos; 不是 [ADDR:]PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation>&apos;%1&apos; 不是 HOST:PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port in 1..65535 or a TCP service name</source>
        <translation>&apos;%1&apos; 既不是 1..65535 中的端口，也不是 TCP 服务名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address or host name</source>
        <translation>&apos;%1&apos; 既不是地址也不是主机名</translation>
    </message>
    <message>
        <source>--ftp must be passive, active or both (or redir&apos;s pasv, port), not &apos;%1&apos;</source>
        <translation>--ftp 必须为 passive、active 或 both（或 redir 的 pasv、port），而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds, not &apos;%1&apos;</source>
        <translation>--timeout 必须是整数秒，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-bandwidth must be a number of bits per second of at least 8, not &apos;%1&apos;</source>
        <translation>--max-bandwidth 必须是至少为 8 的每秒比特数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--bind and --transproxy exclude each other: with --transproxy the source address is the client&apos;s</source>
        <translation>--bind 与 --transproxy 互斥：使用 --transproxy 时源地址是客户端的地址</translation>
    </message>
    <message>
        <source>--bind needs an address, not &apos;%1&apos;</source>
        <translation>--bind 需要一个地址，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Relay on N threads, each with its own connections (&quot;auto&quot;: one per core). Default: 1.</source>
        <translation>在 N 个线程上转发，每个线程处理自己的连接（“auto”：每个核心一个）。默认：1。</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to %1 or auto</source>
        <translation>--threads 接受 1 到 %1 之间的数字或 auto</translation>
    </message>
</context>
<context>
    <name>FreePortFinder</name>
    <message numerus="yes">
        <source>no block of %n free port(s) above %1</source>
        <translation>
            <numerusform>%1 以上没有连续 %n 个空闲端口的块</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HaproxyExporter</name>
    <message>
        <source>global access list: &apos;%1&apos; has no exact CIDR form; HAProxy matches addresses, not text (write it as a CIDR block)</source>
        <translation>全局访问列表：&apos;%1&apos; 没有精确的 CIDR 形式；HAProxy 匹配的是地址而不是文本（请写成 CIDR 块）</translation>
    </message>
    <message>
        <source>the connection log goes to syslog (/dev/log) in HAProxy&apos;s tcplog format, not to %1</source>
        <translation>连接日志以 HAProxy 的 tcplog 格式写入 syslog（/dev/log），而不是 %1</translation>
    </message>
    <message>
        <source>%1: not exported: HAProxy relays TCP only</source>
        <translation>%1：未导出：HAProxy 只转发 TCP</translation>
    </message>
    <message>
        <source>%1: not exported: %2</source>
        <translation>%1：未导出：%2</translation>
    </message>
    <message>
        <source>%1: not exported: the pattern &apos;%2&apos; has no exact CIDR form; HAProxy matches addresses, not text (write it as a CIDR block)</source>
        <translation>%1：未导出：模式 &apos;%2&apos; 没有精确的 CIDR 形式；HAProxy 匹配的是地址而不是文本（请写成 CIDR 块）</translation>
    </message>
    <message>
        <source>%1: accept-proxy=%2: HAProxy accepts headers of both versions</source>
        <translation>%1：accept-proxy=%2：HAProxy 接受两个版本的头部</translation>
    </message>
    <message>
        <source>%1: option &apos;%2=%3&apos; cannot be expressed in HAProxy; not exported</source>
        <translation>%1：选项 &apos;%2=%3&apos; 无法用 HAProxy 表达；未导出</translation>
    </message>
    <message>
        <source>%1: not exported: the accept-proxy-from pattern &apos;%2&apos; has no exact CIDR form</source>
        <translation>%1：未导出：accept-proxy-from 模式 &apos;%2&apos; 没有精确的 CIDR 形式</translation>
    </message>
    <message>
        <source>%1: accept-proxy without accept-proxy-from: every connection is refused, as PortRelay does</source>
        <translation>%1：accept-proxy 未配 accept-proxy-from：与 PortRelay 一样，所有连接都会被拒绝</translation>
    </message>
    <message>
        <source>no rule was exported: HAProxy does not start without a frontend</source>
        <translation>没有导出任何规则：HAProxy 没有前端无法启动</translation>
    </message>
</context>
<context>
    <name>HeadlessController</name>
    <message>
        <source>starting redirections...</source>
        <translation>正在启动转发...</translation>
    </message>
    <message>
        <source>cannot read the configuration file: %1</source>
        <translation>无法读取配置文件：%1</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1: %2</source>
        <translation>无法读取配置文件 %1：%2</translation>
    </message>
    <message>
        <source>received SIGHUP, reloading configuration...</source>
        <translation>收到 SIGHUP，正在重新加载配置...</translation>
    </message>
    <message>
        <source>received %1, stopping...</source>
        <translation>收到 %1，正在停止...</translation>
    </message>
    <message>
        <source>%1 not applied: the running configuration is kept unchanged</source>
        <translation>%1 未应用：运行中的配置保持不变</translation>
    </message>
    <message>
        <source>pidlogfile changed to %1: it takes effect at the next start</source>
        <translation>pidlogfile 已改为 %1：下次启动时生效</translation>
    </message>
    <message numerus="yes">
        <source>configuration reloaded: %n rule(s) failed to start</source>
        <translation>
            <numerusform>配置已重新加载：%n 条规则启动失败</numerusform>
        </translation>
    </message>
    <message>
        <source>no rule could start; exiting</source>
        <translation>没有规则能够启动；正在退出</translation>
    </message>
    <message>
        <source>running as user %1 (uid %2, gid %3)</source>
        <translation>以用户 %1 运行（uid %2，gid %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 rule(s) started</source>
        <translation>
            <numerusform>已启动 %n 条规则（共 %1 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>cannot start a rule: %1</source>
        <translation>无法启动规则：%1</translation>
    </message>
    <message>
        <source>cannot start rule &quot;%1 %2 %3 %4&quot;: %5</source>
        <translation>无法启动规则“%1 %2 %3 %4”：%5</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>rule %1 uses transparent=yes, which needs CAP_NET_ADMIN for every connection; --user %2 would give it up. Run without --user (as a systemd service: User=%2 with AmbientCapabilities=CAP_NET_ADMIN).</source>
        <translation>规则 %1 使用 transparent=yes，每个连接都需要 CAP_NET_ADMIN；--user %2 会放弃该能力。请不带 --user 运行（作为 systemd 服务：User=%2 并设置 AmbientCapabilities=CAP_NET_ADMIN）。</translation>
    </message>
    <message>
        <source>no control socket: XDG_RUNTIME_DIR is not set (use --control PATH)</source>
        <translation>无控制套接字：未设置 XDG_RUNTIME_DIR（请使用 --control PATH）</translation>
    </message>
    <message>
        <source>no control socket: %1</source>
        <translation>无控制套接字：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s) received from the service manager</source>
        <translation>
            <numerusform>从服务管理器收到 %n 个套接字</numerusform>
        </translation>
    </message>
    <message>
        <source>inherited socket %1 matches no enabled rule: it is not served</source>
        <translation>继承的套接字 %1 不匹配任何已启用的规则：不对其提供服务</translation>
    </message>
    <message>
        <source>applying a configuration from a control client</source>
        <translation>正在应用来自控制客户端的配置</translation>
    </message>
    <message>
        <source>reloading configuration for a control client...</source>
        <translation>正在为控制客户端重新加载配置...</translation>
    </message>
    <message>
        <source>running configuration saved to %1</source>
        <translation>正在运行的配置已保存到 %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This Rule Doing?</source>
        <translation>此规则在做什么(&amp;W)？</translation>
    </message>
    <message>
        <source>The selected rule in plain words: where it listens, who can connect, where it relays to (Shift+F1)</source>
        <translation>用通俗的话说明选中的规则：在哪里监听、谁可以连接、转发到哪里（Shift+F1）</translation>
    </message>
    <message>
        <source>&amp;Manual Page</source>
        <translation>手册页(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Documentation Folder</source>
        <translation>文档文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About PortRelay</source>
        <translation>关于 PortRelay(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PortRelay %1&lt;/h3&gt;&lt;p&gt;TCP and UDP port forwarding, on the desktop and as a system service; reads and writes rinetd.conf.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 2 or (at your option) any later version. There is no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PortRelay %1&lt;/h3&gt;&lt;p&gt;TCP 和 UDP 端口转发，可在桌面上运行，也可作为系统服务运行；读写 rinetd.conf。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 2 版或（由您选择）任何更高版本授权。不提供任何担保。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Documentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and &lt;tt&gt;man portrelay&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;文档：&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; 和 &lt;tt&gt;man portrelay&lt;/tt&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Documentation: &lt;tt&gt;man portrelay&lt;/tt&gt; (Help &amp;gt; Manual Page).&lt;/p&gt;</source>
        <translation>&lt;p&gt;文档：&lt;tt&gt;man portrelay&lt;/tt&gt;（帮助 &amp;gt; 手册页）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About PortRelay</source>
        <translation>关于 PortRelay</translation>
    </message>
    <message>
        <source>Documentation Folder</source>
        <translation>文档文件夹</translation>
    </message>
    <message>
        <source>The documentation is not installed here. An installed PortRelay keeps it in %1.</source>
        <translation>此处未安装文档。已安装的 PortRelay 将其保存在 %1 中。</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>没有文件管理器能打开 %1。</translation>
    </message>
</context>
<context>
    <name>HttpRequestRewriter</name>
    <message>
        <source>the request header block is larger than %1 bytes</source>
        <translation>请求头部块超过 %1 字节</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>请求行格式错误</translation>
    </message>
    <message>
        <source>folded header line (obsolete line folding is refused)</source>
        <translation>折叠的头部行（拒绝已废弃的行折叠）</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>头部行格式错误</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>无效的 Content-Length</translation>
    </message>
    <message>
        <source>conflicting Content-Length values</source>
        <translation>Content-Length 值相互冲突</translation>
    </message>
    <message>
        <source>more than one Host header</source>
        <translation>Host 头部不止一个</translation>
    </message>
    <message>
        <source>invalid Host header</source>
        <translation>无效的 Host 头部</translation>
    </message>
    <message>
        <source>origin-form request without Host and without an original destination</source>
        <translation>origin-form 请求既无 Host 也无原始目标</translation>
    </message>
    <message>
        <source>request body with a Transfer-Encoding other than chunked last</source>
        <translation>请求体的 Transfer-Encoding 最后一项不是 chunked</translation>
    </message>
    <message>
        <source>chunk line or trailers too long</source>
        <translation>chunk 行或 trailer 过长</translation>
    </message>
    <message>
        <source>chunk data longer than its size</source>
        <translation>chunk 数据超出其声明的大小</translation>
    </message>
    <message>
        <source>invalid chunk size</source>
        <translation>无效的 chunk 大小</translation>
    </message>
</context>
<context>
    <name>HumanUnits</name>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>ImportDiagnosticsDialog</name>
    <message>
        <source>Problems in %1</source>
        <translation>%1 中的问题</translation>
    </message>
    <message>
        <source>%1 has %2 and %3. The lines with errors are left out; the valid part holds %4.</source>
        <translation>%1 有 %2 和 %3。有错误的行将被略过；有效部分包含 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n 条规则</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>&amp;Import valid part</source>
        <translation>导入有效部分(&amp;I)</translation>
    </message>
</context>
<context>
    <name>InetdCommand</name>
    <message>
        <source>Relays the TCP connection on standard input and output (started by inetd or by a systemd Accept=yes socket) to HOST:PORT, and exits when both directions are done.</source>
        <translation>将标准输入和输出上的 TCP 连接（由 inetd 或 systemd 的 Accept=yes 套接字启动）转发到 HOST:PORT，两个方向都结束后退出。</translation>
    </message>
    <message>
        <source>End the connection after this many seconds without traffic (default: never).</source>
        <translation>在无流量达到此秒数后结束连接（默认：永不）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Give up connecting to the target after this many seconds (default: 30).</source>
        <translation>连接目标超过此秒数后放弃（默认：30）。</translation>
    </message>
    <message>
        <source>Allow clients matching PATTERN (rinetd pattern or CIDR; repeatable). With any --allow, other clients are refused.</source>
        <translation>允许匹配 PATTERN 的客户端（rinetd 模式或 CIDR；可重复）。只要有 --allow，其他客户端就会被拒绝。</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Refuse clients matching PATTERN (repeatable).</source>
        <translation>拒绝匹配 PATTERN 的客户端（可重复）。</translation>
    </message>
    <message>
        <source>Send messages and the connection&apos;s log line to syslog (automatic when standard error is the connection itself, as under inetd).</source>
        <translation>将消息和连接的日志行发送到 syslog（当标准错误就是连接本身时自动启用，如在 inetd 下）。</translation>
    </message>
    <message>
        <source>Syslog identity (default: portrelay).</source>
        <translation>Syslog 标识（默认：portrelay）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Print debugging messages.</source>
        <translation>输出调试消息。</translation>
    </message>
    <message>
        <source>Limit the connection to BPS bits per second in each direction (as &apos;portrelay forward --max-bandwidth&apos;; rule option rate= in bytes per second).</source>
        <translation>将连接在每个方向上限制为每秒 BPS 比特（同 &apos;portrelay forward --max-bandwidth&apos;；规则选项 rate= 以每秒字节数计）。</translation>
    </message>
    <message>
        <source>bps</source>
        <translation>bps</translation>
    </message>
    <message>
        <source>The inetd mode.</source>
        <translation>inetd 模式。</translation>
    </message>
    <message>
        <source>Where to relay the connection: HOST:PORT or [IPv6]:PORT.</source>
        <translation>连接的转发目标：HOST:PORT 或 [IPv6]:PORT。</translation>
    </message>
    <message>
        <source>expected exactly one HOST:PORT</source>
        <translation>需要恰好一个 HOST:PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation>&apos;%1&apos; 不是 HOST:PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number or known service</source>
        <translation>&apos;%1&apos; 不是端口号或已知服务</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout 需要一个正的秒数</translation>
    </message>
    <message>
        <source>--connect-timeout needs a positive number of seconds</source>
        <translation>--connect-timeout 需要一个正的秒数</translation>
    </message>
    <message>
        <source>bad pattern &apos;%1&apos;: %2</source>
        <translation>无效模式 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>--max-bandwidth must be a number of bits per second of at least 8, not &apos;%1&apos;</source>
        <translation>--max-bandwidth 必须是至少为 8 的每秒比特数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>standard input is not a connected TCP socket (start &apos;portrelay inetd&apos; from inetd or a systemd socket with Accept=yes)</source>
        <translation>标准输入不是已连接的 TCP 套接字（请从 inetd 或带 Accept=yes 的 systemd 套接字启动 &apos;portrelay inetd&apos;）</translation>
    </message>
    <message>
        <source>bandwidth limit: %1 bytes per second in each direction (rate=%2)</source>
        <translation>带宽限制：每个方向每秒 %1 字节（rate=%2）</translation>
    </message>
</context>
<context>
    <name>JsonConfigReader</name>
    <message>
        <source>%1: unknown field &apos;%2&apos; is ignored</source>
        <translation>%1：忽略未知字段“%2”</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>%1: missing field</source>
        <translation>%1：缺少字段</translation>
    </message>
    <message>
        <source>%1: expected a string, found %2</source>
        <translation>%1：应为字符串，实际为 %2</translation>
    </message>
    <message>
        <source>%1: expected true or false, found %2</source>
        <translation>%1：应为 true 或 false，实际为 %2</translation>
    </message>
    <message>
        <source>%1: a port number must be whole</source>
        <translation>%1：端口号必须是整数</translation>
    </message>
    <message>
        <source>%1: expected &quot;tcp&quot; or &quot;udp&quot;</source>
        <translation>%1：应为“tcp”或“udp”</translation>
    </message>
    <message>
        <source>%1: expected an array of strings, found %2</source>
        <translation>%1：应为字符串数组，实际为 %2</translation>
    </message>
    <message>
        <source>%1[%2]: expected a string, found %3</source>
        <translation>%1[%2]：应为字符串，实际为 %3</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1：应为对象，实际为 %2</translation>
    </message>
    <message>
        <source>%1: expected an array, found %2</source>
        <translation>%1：应为数组，实际为 %2</translation>
    </message>
    <message>
        <source>%1.kind: expected &quot;allow&quot; or &quot;deny&quot;, found &quot;%2&quot;</source>
        <translation>%1.kind：应为“allow”或“deny”，实际为“%2”</translation>
    </message>
    <message>
        <source>%1.id: missing field</source>
        <translation>%1.id：缺少字段</translation>
    </message>
    <message>
        <source>%1.id: expected a whole number, found %2</source>
        <translation>%1.id：应为整数，实际为 %2</translation>
    </message>
    <message>
        <source>%1.options: expected an array, found %2</source>
        <translation>%1.options：应为数组，实际为 %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>文档必须是 JSON 对象</translation>
    </message>
    <message>
        <source>version: missing field (the schema version of a PortRelay document)</source>
        <translation>version：缺少字段（PortRelay 文档的架构版本）</translation>
    </message>
    <message>
        <source>version: expected a whole number, found %1</source>
        <translation>version：应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>version %1 was written by a newer PortRelay; this one reads up to version %2</source>
        <translation>版本 %1 由更新的 PortRelay 写入；当前程序最多读取版本 %2</translation>
    </message>
    <message>
        <source>version %1 is not a valid schema version</source>
        <translation>版本 %1 不是有效的架构版本</translation>
    </message>
    <message>
        <source>format: expected &quot;portrelay-config&quot;</source>
        <translation>format：应为“portrelay-config”</translation>
    </message>
    <message>
        <source>logFormat: expected &quot;none&quot;, &quot;rinetd&quot;, &quot;common&quot; or &quot;portrelay&quot;</source>
        <translation>logFormat：应为“none”、“rinetd”、“common”或“portrelay”</translation>
    </message>
    <message>
        <source>rules: missing field</source>
        <translation>rules：缺少字段</translation>
    </message>
    <message>
        <source>rules: expected an array, found %1</source>
        <translation>rules：应为数组，实际为 %1</translation>
    </message>
    <message>
        <source>unsupportedLines: expected an array, found %1</source>
        <translation>unsupportedLines：应为数组，实际为 %1</translation>
    </message>
    <message>
        <source>%1: port %2 is out of range (1..65535)</source>
        <translation>%1：端口 %2 超出范围（1..65535）</translation>
    </message>
    <message>
        <source>%1.id: %2 is out of range</source>
        <translation>%1.id：%2 超出范围</translation>
    </message>
    <message>
        <source>version %1 is out of range</source>
        <translation>版本 %1 超出范围</translation>
    </message>
</context>
<context>
    <name>ListenFds</name>
    <message>
        <source>inherited descriptor %1 is not open</source>
        <translation>继承的描述符 %1 未打开</translation>
    </message>
    <message>
        <source>inherited descriptor %1 is not an IPv4 or IPv6 TCP or UDP socket; ignored</source>
        <translation>继承的描述符 %1 不是 IPv4 或 IPv6 的 TCP 或 UDP 套接字；已忽略</translation>
    </message>
    <message>
        <source>inherited descriptor %1 is a TCP socket that is not listening (Accept=yes belongs to &apos;portrelay inetd&apos;); ignored</source>
        <translation>继承的描述符 %1 是未处于监听状态的 TCP 套接字（Accept=yes 适用于 &apos;portrelay inetd&apos;）；已忽略</translation>
    </message>
</context>
<context>
    <name>LocalBackend</name>
    <message>
        <source>local session</source>
        <translation>本地会话</translation>
    </message>
</context>
<context>
    <name>LogSettingsPage</name>
    <message>
        <source>No log file</source>
        <translation>无日志文件</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>rinetd (tab separated)</source>
        <translation>rinetd（制表符分隔）</translation>
    </message>
    <message>
        <source>Common (web server style)</source>
        <translation>Common（Web 服务器风格）</translation>
    </message>
    <message>
        <source>PortRelay (rinetd + duration)</source>
        <translation>PortRelay（rinetd + 持续时间）</translation>
    </message>
    <message>
        <source>The log file&apos;s new lines appear here as they are written.</source>
        <translation>日志文件的新行写入后会显示在这里。</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Live log (changes take effect on Apply):</source>
        <translation>实时日志（更改在应用时生效）：</translation>
    </message>
    <message>
        <source>Log File</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Log files (*.log);;All files (*)</source>
        <translation>日志文件 (*.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Log f&amp;ile:</source>
        <translation>日志文件(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import rinetd.conf…</source>
        <translation>导入 rinetd.conf(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove rules…</source>
        <translation>删除规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Reset &amp;counters</source>
        <translation>重置计数器(&amp;C)</translation>
    </message>
    <message>
        <source>Set the selected rules&apos; totals and byte counts back to zero</source>
        <translation>将所选规则的总数和字节计数归零</translation>
    </message>
    <message>
        <source>Validate all rules and hand them to the relay (Ctrl+Return)</source>
        <translation>验证所有规则并交给转发引擎（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Drop the changes that were not applied</source>
        <translation>放弃尚未应用的更改</translation>
    </message>
    <message>
        <source>Add a rule (Ins)</source>
        <translation>添加规则（Ins）</translation>
    </message>
    <message>
        <source>Remove the selected rules (Del)</source>
        <translation>删除所选规则（Del）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Search rules</source>
        <translation>搜索规则</translation>
    </message>
    <message>
        <source>No forwarding rules yet.
Add one with Ins, or open a configuration (Ctrl+O) or import a rinetd.conf (Ctrl+I).</source>
        <translation>还没有转发规则。
按 Ins 添加一条，或打开配置（Ctrl+O），或导入 rinetd.conf（Ctrl+I）。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Target port</source>
        <translation>目标端口</translation>
    </message>
    <message>
        <source>Checked for every connection before the rule&apos;s own list. Any matching deny refuses; when allow patterns exist, one must match.</source>
        <translation>每个连接都会先检查此列表，再检查规则自己的列表。任何匹配的拒绝模式都会拒绝；如果存在允许模式，则必须匹配其中之一。</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Rule &amp;access</source>
        <translation>规则访问(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Global access</source>
        <translation>全局访问(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Logging</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>Rules accepting connections (and rules that failed to start)</source>
        <translation>正在接受连接的规则（以及启动失败的规则）</translation>
    </message>
    <message>
        <source>Open connections over all rules</source>
        <translation>所有规则的打开连接</translation>
    </message>
    <message>
        <source>Bytes relayed per second over all rules, both directions</source>
        <translation>所有规则每秒转发的字节数（双向）</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>已应用。</translation>
    </message>
    <message numerus="yes">
        <source>Applied; %n rule(s) could not start (see the State column).</source>
        <translation>
            <numerusform>已应用；%n 条规则无法启动（见“状态”列）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 有未保存的更改。先保存吗？</translation>
    </message>
    <message>
        <source>Open Configuration</source>
        <translation>打开配置</translation>
    </message>
    <message>
        <source>PortRelay configurations (*.json);;rinetd configurations (*.conf);;All files (*)</source>
        <translation>PortRelay 配置 (*.json);;rinetd 配置 (*.conf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import rinetd.conf</source>
        <translation>导入 rinetd.conf</translation>
    </message>
    <message>
        <source>rinetd configurations (*.conf);;All files (*)</source>
        <translation>rinetd 配置 (*.conf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Failed</source>
        <translation>打开失败</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was loaded; the current document is unchanged.</source>
        <translation>未加载任何内容；当前文档保持不变。</translation>
    </message>
    <message>
        <source>Save Configuration</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>PortRelay configurations (*.json)</source>
        <translation>PortRelay 配置 (*.json)</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>PortRelay documents are saved as .json files; use Export for rinetd.conf.</source>
        <translation>PortRelay 文档保存为 .json 文件；rinetd.conf 请使用导出。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>A rinetd.conf export must not end in .json; choose another name.</source>
        <translation>rinetd.conf 导出文件名不能以 .json 结尾；请选择其他名称。</translation>
    </message>
    <message>
        <source>Exported with Notes</source>
        <translation>已导出（附说明）</translation>
    </message>
    <message>
        <source>%1 was written. rinetd.conf cannot express everything:</source>
        <translation>已写入 %1。rinetd.conf 无法表达所有内容：</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>未应用：必须先修正 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Global access list</source>
        <translation>全局访问列表</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the marked cells).</source>
        <translation>
            <numerusform>……还有 %n 个（见标记的单元格）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was applied. Fix these problems first:</source>
        <translation>未应用任何内容。请先修正以下问题：</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Drop all changes that were not applied?</source>
        <translation>放弃所有尚未应用的更改吗？</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>Remove Rules</source>
        <translation>删除规则</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rule(s)?</source>
        <translation>
            <numerusform>删除 %n 条规则吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The removal takes effect on Apply; open connections then finish.</source>
        <translation>删除在应用时生效；届时打开的连接会继续直到结束。</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message numerus="yes">
        <source>%n listening</source>
        <translation>
            <numerusform>%n 个正在监听</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 个连接</numerusform>
        </translation>
    </message>
    <message>
        <source>Access list of %1, checked after the global list.</source>
        <translation>%1 的访问列表，在全局列表之后检查。</translation>
    </message>
    <message>
        <source>Select a rule to edit its access list.</source>
        <translation>选择一条规则以编辑其访问列表。</translation>
    </message>
    <message>
        <source>%1[*] — PortRelay</source>
        <translation>%1[*] — PortRelay</translation>
    </message>
    <message>
        <source>changes not applied</source>
        <translation>更改未应用</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Manage the PortRelay system service of this computer in a new window</source>
        <translation>在新窗口中管理这台计算机的 PortRelay 系统服务</translation>
    </message>
    <message>
        <source>Connect to &amp;Host…</source>
        <translation>连接到主机(&amp;H)…</translation>
    </message>
    <message>
        <source>Manage the PortRelay service of another computer over ssh in a new window</source>
        <translation>在新窗口中通过 ssh 管理另一台计算机的 PortRelay 服务</translation>
    </message>
    <message>
        <source>The service saved its rules to %1.</source>
        <translation>服务已将其规则保存到 %1。</translation>
    </message>
    <message>
        <source>The service did not save its rules: %1</source>
        <translation>服务未保存其规则：%1</translation>
    </message>
    <message>
        <source>Changes Not Applied</source>
        <translation>更改未应用</translation>
    </message>
    <message>
        <source>Your changes were not applied to the service. Discard them?</source>
        <translation>您的更改尚未应用到服务。要放弃这些更改吗？</translation>
    </message>
    <message>
        <source>Loaded %1; Apply sends its rules to the service.</source>
        <translation>已加载 %1；“应用”会将其规则发送到服务。</translation>
    </message>
    <message>
        <source>Saving what the service runs; your changes are not applied yet.</source>
        <translation>正在保存服务当前运行的内容；您的更改尚未应用。</translation>
    </message>
    <message>
        <source>Saved %1 (the previous version is %2.bak).</source>
        <translation>已保存 %1（之前的版本为 %2.bak）。</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Sent to the service…</source>
        <translation>已发送到服务…</translation>
    </message>
    <message>
        <source>PortRelay — %1</source>
        <translation>PortRelay — %1</translation>
    </message>
    <message>
        <source>The service&apos;s rules changed (revision %1) while you were editing. Your changes are kept; Revert takes the service&apos;s rules.</source>
        <translation>在您编辑期间服务的规则已更改（修订版 %1）。您的更改已保留；“还原”将采用服务的规则。</translation>
    </message>
    <message>
        <source>Not applied: %1. Your changes are kept: Revert takes the service&apos;s rules, Apply again replaces them.</source>
        <translation>未应用：%1。您的更改已保留：“还原”将采用服务的规则，再次“应用”将替换它们。</translation>
    </message>
    <message>
        <source>Refused by the service: %1</source>
        <translation>被服务拒绝：%1</translation>
    </message>
    <message>
        <source>Your changes are kept.</source>
        <translation>您的更改已保留。</translation>
    </message>
    <message>
        <source>The rules shown are the last ones known.</source>
        <translation>显示的是最后已知的规则。</translation>
    </message>
    <message>
        <source>Read-only: %1. Everything is shown; nothing can be changed.</source>
        <translation>只读：%1。显示全部内容；无法进行任何更改。</translation>
    </message>
    <message>
        <source>%1 — not connected</source>
        <translation>%1 — 未连接</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 — 只读</translation>
    </message>
    <message>
        <source>Connect to Host</source>
        <translation>连接到主机</translation>
    </message>
    <message>
        <source>Connect to Service</source>
        <translation>连接到服务</translation>
    </message>
    <message>
        <source>PortRelay service on another computer, reached with ssh (ssh://user@host):</source>
        <translation>另一台计算机上的 PortRelay 服务，通过 ssh 访问（ssh://user@host）：</translation>
    </message>
    <message>
        <source>Control socket of the PortRelay service:</source>
        <translation>PortRelay 服务的控制套接字：</translation>
    </message>
    <message>
        <source>%1 cannot be connected to: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>expected ssh://user@host</source>
        <translation>应为 ssh://user@host</translation>
    </message>
    <message>
        <source>&amp;Export As…</source>
        <translation>导出为(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the rules as rinetd.conf, PortRelay JSON, an nftables ruleset or an HAProxy configuration</source>
        <translation>将规则写为 rinetd.conf、PortRelay JSON、nftables 规则集或 HAProxy 配置</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Type or paste forwardings in rinetd.conf syntax, one per line (Ctrl+Shift+N)</source>
        <translation>以 rinetd.conf 语法输入或粘贴转发，每行一条（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;Duplicate rule</source>
        <translation>复制规则(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;ports</source>
        <translation>显示端口(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the selected rule onto the next free port, disabled (Ctrl+D)</source>
        <translation>将选中的规则复制到下一个空闲端口，并处于禁用状态（Ctrl+D）</translation>
    </message>
    <message>
        <source>Rule &amp;options…</source>
        <translation>规则选项(&amp;O)…</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>Target, FTP, bandwidth, transparent source and PROXY protocol options of the selected rule (Alt+Return)</source>
        <translation>选中规则的目标、FTP、带宽、透明源地址和 PROXY 协议选项（Alt+Return）</translation>
    </message>
    <message>
        <source>Shows the rules with this text in any column (%1)</source>
        <translation>显示任意列中包含此文本的规则（%1）</translation>
    </message>
    <message>
        <source>&amp;Ports</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 enabled; it is not running yet and starts with Apply.</source>
        <translation>%1 已启用；它尚未运行，将在应用时启动。</translation>
    </message>
    <message>
        <source>%1 disabled; it was not running.</source>
        <translation>%1 已禁用；它之前未在运行。</translation>
    </message>
    <message>
        <source>%1 started at once: the On box needs no Apply.</source>
        <translation>%1 已立即启动：“开”复选框无需应用。</translation>
    </message>
    <message>
        <source>%1 stopped at once: the On box needs no Apply.</source>
        <translation>%1 已立即停止：“开”复选框无需应用。</translation>
    </message>
    <message>
        <source>It runs as last applied; its other changes wait for Apply.</source>
        <translation>它按上次应用的状态运行；其他更改等待应用。</translation>
    </message>
    <message>
        <source>The table has errors; Save asks how to go on.</source>
        <translation>表格中有错误；保存时会询问如何继续。</translation>
    </message>
    <message>
        <source>Loaded %1, stopped: nothing listens until you start its rules.</source>
        <translation>已加载 %1，处于停止状态：在您启动其规则之前不会监听任何端口。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n rule(s) have errors.</source>
        <translation>
            <numerusform>%1：%n 条规则中有 %2 条存在错误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n valid rule(s) started; the others wait until fixed.</source>
        <translation>
            <numerusform>%n 条有效规则已启动；其余规则等待修正。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid rule(s) can be started; the others wait until fixed.</source>
        <translation>
            <numerusform>可以启动 %n 条有效规则；其余规则等待修正。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); the lines with errors were left out and its rules started.</source>
        <translation>
            <numerusform>%1 有 %n 个错误；已略过出错的行并启动了其规则。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); the lines with errors were left out.</source>
        <translation>
            <numerusform>%1 有 %n 个错误；已略过出错的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) with errors removed from the document; Save writes it without them.</source>
        <translation>
            <numerusform>已从文档中删除 %n 条有错误的规则；保存时将不包含它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save With Errors</source>
        <translation>带错误保存</translation>
    </message>
    <message numerus="yes">
        <source>The table has %n error(s): rules with errors do not start, here or wherever this file is used.</source>
        <translation>
            <numerusform>表格中有 %n 个错误：有错误的规则不会启动，无论在这里还是在使用此文件的任何地方。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them first (the marked cells), or save the table as it is?</source>
        <translation>先修正它们（标记的单元格），还是按原样保存表格？</translation>
    </message>
    <message>
        <source>&amp;Fix first</source>
        <translation>先修正(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>仍然保存(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n error(s) to fix (see the marked cells).</source>
        <translation>
            <numerusform>未保存：有 %n 个错误需要修正（见标记的单元格）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>导出为</translation>
    </message>
    <message>
        <source>%1 is this document&apos;s own file; Save writes it. Choose another name for the export.</source>
        <translation>%1 是本文档自己的文件，应通过“保存”写入。请为导出选择另一个名称。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) added; Apply starts them.</source>
        <translation>
            <numerusform>已添加 %n 条规则；应用后启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated with the same port (%1): enable it after changing the port.</source>
        <translation>已使用相同端口（%1）复制：请在更改端口后再启用它。</translation>
    </message>
    <message numerus="yes">
        <source>Duplicated on port %1, disabled (%n port(s) in use on this host skipped).</source>
        <translation>
            <numerusform>已复制到端口 %1，处于禁用状态（跳过了本机上 %n 个已占用的端口）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated on port %1, disabled.</source>
        <translation>已复制到端口 %1，处于禁用状态。</translation>
    </message>
    <message>
        <source>Connect to Ser&amp;vice…</source>
        <translation>连接到服务(&amp;V)…</translation>
    </message>
    <message>
        <source>Add S&amp;everal Rules…</source>
        <translation>添加多条规则(&amp;E)…</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>下移(&amp;N)</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>问题(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ManualPageDialog</name>
    <message>
        <source>portrelay(1) — Manual Page</source>
        <translation>portrelay(1) — 手册页</translation>
    </message>
</context>
<context>
    <name>NftablesExporter</name>
    <message>
        <source>global access list: &apos;%1&apos; has no exact CIDR form; nftables matches addresses, not text (write it as a CIDR block)</source>
        <translation>全局访问列表：&apos;%1&apos; 没有精确的 CIDR 形式；nftables 匹配的是地址而不是文本（请写成 CIDR 块）</translation>
    </message>
    <message>
        <source>the connection log (%1) is not exported: the kernel does not write rinetd&apos;s log formats</source>
        <translation>连接日志（%1）未导出：内核不会写出 rinetd 的日志格式</translation>
    </message>
    <message>
        <source>%1: not exported: %2</source>
        <translation>%1：未导出：%2</translation>
    </message>
    <message>
        <source>%1: not exported: the kernel cannot forward between %2 and %3</source>
        <translation>%1：未导出：内核无法在 %2 与 %3 之间转发</translation>
    </message>
    <message>
        <source>%1: not exported: the bind address &apos;%2&apos; is a host name; nftables needs an address</source>
        <translation>%1：未导出：绑定地址 &apos;%2&apos; 是主机名；nftables 需要地址</translation>
    </message>
    <message>
        <source>%1: not exported: the connect address &apos;%2&apos; is not an IP address; nftables needs one</source>
        <translation>%1：未导出：连接地址 &apos;%2&apos; 不是 IP 地址；nftables 需要 IP 地址</translation>
    </message>
    <message>
        <source>%1: not exported: the kernel cannot translate between IPv4 and IPv6 (%2 to %3)</source>
        <translation>%1：未导出：内核无法在 IPv4 与 IPv6 之间转换（%2 到 %3）</translation>
    </message>
    <message>
        <source>%1: only IPv4 clients are forwarded: the kernel cannot translate IPv6 connections to the IPv4 target %2</source>
        <translation>%1：只转发 IPv4 客户端：内核无法将 IPv6 连接转换到 IPv4 目标 %2</translation>
    </message>
    <message>
        <source>%1: not exported: the pattern &apos;%2&apos; has no exact CIDR form; nftables matches addresses, not text (write it as a CIDR block)</source>
        <translation>%1：未导出：模式 &apos;%2&apos; 没有精确的 CIDR 形式；nftables 匹配的是地址而不是文本（请写成 CIDR 块）</translation>
    </message>
    <message>
        <source>%1: the target %2 is a loopback address: connections from other hosts reach it only with net.ipv4.conf.*.route_localnet=1</source>
        <translation>%1：目标 %2 是回环地址：来自其他主机的连接只有在 net.ipv4.conf.*.route_localnet=1 时才能到达</translation>
    </message>
    <message>
        <source>%1: src=%2 is not exported (not an address of the target&apos;s family); the connections are masqueraded instead</source>
        <translation>%1：src=%2 未导出（不是目标地址族的地址）；改为对连接做地址伪装（masquerade）</translation>
    </message>
    <message>
        <source>%1: timeout=%2 is not exported: the kernel&apos;s connection tracking timeouts apply</source>
        <translation>%1：timeout=%2 未导出：使用内核连接跟踪的超时设置</translation>
    </message>
    <message>
        <source>%1: option &apos;%2=%3&apos; cannot be expressed in nftables; not exported</source>
        <translation>%1：选项 &apos;%2=%3&apos; 无法用 nftables 表达；未导出</translation>
    </message>
</context>
<context>
    <name>PidFile</name>
    <message>
        <source>cannot write the pid file %1: %2</source>
        <translation>无法写入 PID 文件 %1：%2</translation>
    </message>
    <message>
        <source>cannot remove the pid file %1: %2</source>
        <translation>无法删除 PID 文件 %1：%2</translation>
    </message>
    <message>
        <source>the directory %1 is writable by everyone and has no sticky bit</source>
        <translation>目录 %1 对所有人可写且没有粘滞位</translation>
    </message>
</context>
<context>
    <name>PortEdit</name>
    <message>
        <source>1-65535 or service</source>
        <translation>1-65535 或服务名</translation>
    </message>
</context>
<context>
    <name>PortRange</name>
    <message>
        <source>&apos;%1&apos; is not a port in 1..65535 or a known %2 service name</source>
        <translation>&apos;%1&apos; 既不是 1..65535 中的端口，也不是已知的 %2 服务名</translation>
    </message>
    <message>
        <source>port %1 is outside 1..65535</source>
        <translation>端口 %1 超出 1..65535 范围</translation>
    </message>
    <message>
        <source>range %1 is reversed: its end is below its start</source>
        <translation>范围 %1 颠倒了：结束值小于起始值</translation>
    </message>
    <message numerus="yes">
        <source>the connect range %1 has %n port(s), the bind range %2 has %3; give ranges of the same length or one connect port</source>
        <translation>
            <numerusform>连接范围 %1 有 %n 个端口，绑定范围 %2 有 %3 个；请给出长度相同的范围，或只给一个连接端口</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivilegeDrop</name>
    <message>
        <source>--user: unknown user %1</source>
        <translation>--user：未知用户 %1</translation>
    </message>
    <message>
        <source>--user: cannot look up user %1: %2</source>
        <translation>--user：无法查找用户 %1：%2</translation>
    </message>
    <message>
        <source>--user %1: only root can switch users (running as uid %2); start as root or leave --user out</source>
        <translation>--user %1：只有 root 能切换用户（当前 uid 为 %2）；请以 root 启动或去掉 --user</translation>
    </message>
    <message>
        <source>--user: no user prepared</source>
        <translation>--user：未准备用户</translation>
    </message>
    <message>
        <source>--user %1: cannot set supplementary groups: %2</source>
        <translation>--user %1：无法设置附加组：%2</translation>
    </message>
    <message>
        <source>--user %1: setgid(%2) failed: %3</source>
        <translation>--user %1：setgid(%2) 失败：%3</translation>
    </message>
    <message>
        <source>--user %1: setuid(%2) failed: %3</source>
        <translation>--user %1：setuid(%2) 失败：%3</translation>
    </message>
    <message>
        <source>--user %1: root privileges could be regained</source>
        <translation>--user %1：root 权限可能被重新获得</translation>
    </message>
    <message>
        <source>--user: cannot give %1 to user %2: %3</source>
        <translation>--user：无法将 %1 交给用户 %2：%3</translation>
    </message>
</context>
<context>
    <name>PrivilegedPort</name>
    <message>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>%1: port %2 is below %3, which only root or a program with CAP_NET_BIND_SERVICE may bind. Choose one: run the rule in the PortRelay system service (portrelay.service binds as root, then runs as its own user); start portrelay --headless as root with --user NAME, which binds first and then drops to NAME; allow the program to bind low ports with &quot;sudo setcap cap_net_bind_service=+ep %4&quot;; or use port %3 or above.</source>
        <translation>%1：端口 %2 低于 %3，只有 root 或具有 CAP_NET_BIND_SERVICE 的程序才能绑定。请任选其一：在 PortRelay 系统服务中运行此规则（portrelay.service 以 root 绑定，然后以其自己的用户运行）；以 root 身份使用 --user NAME 启动 portrelay --headless，它先绑定再降权为 NAME；用“sudo setcap cap_net_bind_service=+ep %4”允许该程序绑定低端口；或者使用 %3 或更高的端口。</translation>
    </message>
</context>
<context>
    <name>ProblemsBanner</name>
    <message>
        <source>Take the &amp;valid part</source>
        <translation>采用有效部分(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the rules with errors from the document (Save then writes it without them)</source>
        <translation>从文档中删除有错误的规则（之后保存时将不包含它们）</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Show probl&amp;ems</source>
        <translation>显示问题(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>No problems were found in the configuration last opened.</source>
        <translation>上次打开的配置中未发现问题。</translation>
    </message>
    <message>
        <source>%1 was opened without problems.</source>
        <translation>%1 已打开，没有问题。</translation>
    </message>
    <message>
        <source>%1 has %2 and %3 (as opened; the marked cells of the table show what is still wrong). Activate a line to select its rule.</source>
        <translation>%1 有 %2 和 %3（打开时的状态；表格中标记的单元格显示仍有问题之处）。激活某一行以选中其规则。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>ProxyGate</name>
    <message>
        <source>no peer may send a PROXY header (accept-proxy-from is empty)</source>
        <translation>没有对端可以发送 PROXY 头（accept-proxy-from 为空）</translation>
    </message>
    <message>
        <source>peer is not in accept-proxy-from</source>
        <translation>对端不在 accept-proxy-from 中</translation>
    </message>
    <message>
        <source>cannot watch the connection</source>
        <translation>无法监视该连接</translation>
    </message>
    <message>
        <source>connection closed before a PROXY header</source>
        <translation>在收到 PROXY 头之前连接已关闭</translation>
    </message>
    <message>
        <source>connection failed before a PROXY header</source>
        <translation>在收到 PROXY 头之前连接失败</translation>
    </message>
    <message>
        <source>cannot read the PROXY header</source>
        <translation>无法读取 PROXY 头</translation>
    </message>
    <message>
        <source>connection closed before the PROXY header was complete</source>
        <translation>PROXY 头完整之前连接已关闭</translation>
    </message>
    <message>
        <source>no complete PROXY header in time</source>
        <translation>未在规定时间内收到完整的 PROXY 头</translation>
    </message>
</context>
<context>
    <name>ProxyHeader</name>
    <message>
        <source>a PROXY v2 header where only v1 is accepted</source>
        <translation>收到 PROXY v2 头，但只接受 v1</translation>
    </message>
    <message>
        <source>a PROXY v1 header where only v2 is accepted</source>
        <translation>收到 PROXY v1 头，但只接受 v2</translation>
    </message>
    <message>
        <source>no PROXY protocol header</source>
        <translation>没有 PROXY 协议头</translation>
    </message>
    <message>
        <source>PROXY v1 line ends with LF without CR</source>
        <translation>PROXY v1 行以 LF 结尾但没有 CR</translation>
    </message>
    <message>
        <source>PROXY v1 line has a CR without LF</source>
        <translation>PROXY v1 行有 CR 但没有 LF</translation>
    </message>
    <message>
        <source>PROXY v1 line has a byte 0x%1 that is not printable</source>
        <translation>PROXY v1 行包含不可打印的字节 0x%1</translation>
    </message>
    <message>
        <source>PROXY v1 line has no CRLF within 107 bytes</source>
        <translation>PROXY v1 行在 107 字节内没有 CRLF</translation>
    </message>
    <message>
        <source>PROXY v1 line must have 6 fields separated by single spaces, not %1</source>
        <translation>PROXY v1 行必须有 6 个以单个空格分隔的字段，而不是 %1 个</translation>
    </message>
    <message>
        <source>PROXY v1 protocol must be TCP4, TCP6 or UNKNOWN</source>
        <translation>PROXY v1 协议必须是 TCP4、TCP6 或 UNKNOWN</translation>
    </message>
    <message>
        <source>PROXY v1 addresses are not canonical IPv4</source>
        <translation>PROXY v1 地址不是规范的 IPv4 地址</translation>
    </message>
    <message>
        <source>PROXY v1 addresses are not IPv6</source>
        <translation>PROXY v1 地址不是 IPv6 地址</translation>
    </message>
    <message>
        <source>PROXY v1 ports must be 0..65535 without leading zeros</source>
        <translation>PROXY v1 端口必须是 0..65535 且没有前导零</translation>
    </message>
    <message>
        <source>PROXY v2 header has version %1</source>
        <translation>PROXY v2 头的版本为 %1</translation>
    </message>
    <message>
        <source>PROXY v2 header has unknown command %1</source>
        <translation>PROXY v2 头包含未知命令 %1</translation>
    </message>
    <message>
        <source>PROXY v2 header has unknown family/protocol 0x%1</source>
        <translation>PROXY v2 头包含未知的地址族/协议 0x%1</translation>
    </message>
    <message>
        <source>PROXY v2 IPv4 block is %1 bytes, not 12</source>
        <translation>PROXY v2 IPv4 块为 %1 字节，而不是 12 字节</translation>
    </message>
    <message>
        <source>PROXY v2 IPv6 block is %1 bytes, not 36</source>
        <translation>PROXY v2 IPv6 块为 %1 字节，而不是 36 字节</translation>
    </message>
    <message>
        <source>PROXY v2 UNIX block is %1 bytes, not 216</source>
        <translation>PROXY v2 UNIX 块为 %1 字节，而不是 216 字节</translation>
    </message>
</context>
<context>
    <name>ProxyOptions</name>
    <message>
        <source>proxy must be v1 or v2, not &apos;%1&apos;</source>
        <translation>proxy 必须是 v1 或 v2，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>accept-proxy must be v1, v2 or any, not &apos;%1&apos;</source>
        <translation>accept-proxy 必须是 v1、v2 或 any，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>accept-proxy-from: %1</source>
        <translation>accept-proxy-from：%1</translation>
    </message>
    <message>
        <source>accept-proxy-timeout must be 1..3600 seconds, not &apos;%1&apos;</source>
        <translation>accept-proxy-timeout 必须是 1..3600 秒，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the PROXY protocol options are for TCP rules only</source>
        <translation>PROXY 协议选项仅适用于 TCP 规则</translation>
    </message>
    <message>
        <source>accept-proxy-from and accept-proxy-timeout have no effect without accept-proxy</source>
        <translation>没有 accept-proxy 时，accept-proxy-from 和 accept-proxy-timeout 不起作用</translation>
    </message>
</context>
<context>
    <name>RelayEngine</name>
    <message>
        <source>invalid bind port %1</source>
        <translation>无效的绑定端口 %1</translation>
    </message>
    <message>
        <source>invalid connect port %1</source>
        <translation>无效的目标端口 %1</translation>
    </message>
    <message>
        <source>cannot resolve host %1</source>
        <translation>无法解析主机 %1</translation>
    </message>
    <message>
        <source>bind and connect protocols differ (%1 to %2): not supported</source>
        <translation>绑定协议与目标协议不同（%1 到 %2）：不支持</translation>
    </message>
    <message>
        <source>port %1: %2</source>
        <translation>端口 %1：%2</translation>
    </message>
</context>
<context>
    <name>RelayOptions</name>
    <message>
        <source>%1 must be a positive number of bytes per second with an optional suffix k, M or G (e.g. 512k), not &apos;%2&apos;</source>
        <translation>%1 必须是每秒字节数的正数，可带后缀 k、M 或 G（例如 512k），而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>ftp must be passive, active or both, not &apos;%1&apos;</source>
        <translation>ftp 必须为 passive、active 或 both，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>transparent must be yes or no, not &apos;%1&apos;</source>
        <translation>transparent 必须为 yes 或 no，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; applies to TCP rules only</source>
        <translation>选项 &apos;%1&apos; 仅适用于 TCP 规则</translation>
    </message>
    <message>
        <source>transparent=yes and src= exclude each other: the source address is the client&apos;s</source>
        <translation>transparent=yes 与 src= 互斥：源地址是客户端的地址</translation>
    </message>
</context>
<context>
    <name>RemoteBackend</name>
    <message>
        <source>no service given</source>
        <translation>未指定服务</translation>
    </message>
    <message>
        <source>a service&apos;s socket is an absolute path</source>
        <translation>服务的套接字必须是绝对路径</translation>
    </message>
    <message>
        <source>expected ssh://user@host, ssh://host:port or ssh://host/path/to/socket</source>
        <translation>应为 ssh://user@host、ssh://host:port 或 ssh://host/path/to/socket</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>The connection to the service was lost (%1). Reconnecting…</source>
        <translation>与服务的连接已断开（%1）。正在重新连接…</translation>
    </message>
    <message>
        <source>No PortRelay service at %1 (%2). Trying again…</source>
        <translation>%1 处没有 PortRelay 服务（%2）。正在重试…</translation>
    </message>
    <message>
        <source>system service (%1)</source>
        <translation>系统服务（%1）</translation>
    </message>
    <message>
        <source>service on %1 (%2)</source>
        <translation>%1 上的服务（%2）</translation>
    </message>
    <message>
        <source>not connected to the service</source>
        <translation>未连接到服务</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>已断开连接。</translation>
    </message>
</context>
<context>
    <name>RinetdAnnotationBinder</name>
    <message>
        <source>&apos;%1 name=&apos; is not followed by a rule; kept as a comment</source>
        <translation>&apos;%1 name=&apos; 后面没有规则；作为注释保留</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not followed by a rule; kept as a comment</source>
        <translation>&apos;%1&apos; 后面没有规则；作为注释保留</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not followed by its glob; kept as a comment</source>
        <translation>&apos;%1&apos; 后面没有其通配模式；作为注释保留</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not followed by its rules; kept as a comment</source>
        <translation>&apos;%1&apos; 后面没有它的规则；保留为注释</translation>
    </message>
</context>
<context>
    <name>RinetdConfigParser</name>
    <message>
        <source>the file is not valid UTF-8; it was read as Latin-1</source>
        <translation>文件不是有效的 UTF-8；已按 Latin-1 读取</translation>
    </message>
    <message>
        <source>byte order mark at the start of the file: rinetd 0.73 reads it as part of the first line</source>
        <translation>文件开头有字节顺序标记：rinetd 0.73 会把它当作第一行的一部分</translation>
    </message>
    <message>
        <source>no newline at the end of the file: rinetd 0.73 silently ignores this last line; PortRelay reads it</source>
        <translation>文件末尾没有换行：rinetd 0.73 会静默忽略最后一行；PortRelay 会读取它</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be followed by &apos;allow PATTERN&apos; or &apos;deny PATTERN&apos;</source>
        <translation>“%1”后面必须跟“allow 模式”或“deny 模式”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must name a CIDR pattern with an exact glob; kept as a comment</source>
        <translation>“%1”必须指定一个具有精确通配符的 CIDR 模式；已作为注释保留</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be followed by an option list [name=value,...]</source>
        <translation>“%1”后面必须跟选项列表 [name=value,...]</translation>
    </message>
    <message>
        <source>two rule names in a row; the later one is used</source>
        <translation>连续出现两个规则名称；使用后一个</translation>
    </message>
    <message>
        <source>unknown PortRelay annotation &apos;%1&apos;; kept as a comment</source>
        <translation>未知的 PortRelay 注解“%1”；已作为注释保留</translation>
    </message>
    <message>
        <source>quote &apos;&quot;&apos; is not closed</source>
        <translation>引号“&quot;”未闭合</translation>
    </message>
    <message>
        <source>nothing after &apos;%1&apos;</source>
        <translation>“%1”之后没有内容</translation>
    </message>
    <message>
        <source>an option list must follow a forwarding rule</source>
        <translation>选项列表必须跟在转发规则之后</translation>
    </message>
    <message>
        <source>&apos;logcommon&apos; cannot be disabled</source>
        <translation>“logcommon”不能被禁用</translation>
    </message>
    <message>
        <source>unknown directive &apos;%1&apos; (rinetd directives are lower case: &apos;%2&apos;)</source>
        <translation>未知指令“%1”（rinetd 指令为小写：“%2”）</translation>
    </message>
    <message>
        <source>rinetd-uv directive &apos;%1&apos;</source>
        <translation>rinetd-uv 指令“%1”</translation>
    </message>
    <message>
        <source>rinetd-uv unix socket address &apos;%1&apos;</source>
        <translation>rinetd-uv Unix 套接字地址“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one pattern</source>
        <translation>“%1”需要一个模式</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes exactly one pattern; found %2</source>
        <translation>“%1”只接受一个模式；实际为 %2 个</translation>
    </message>
    <message>
        <source>a pattern cannot be quoted or bracketed</source>
        <translation>模式不能加引号或括号</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; does not describe this pattern; kept as a comment</source>
        <translation>“%1 %2”与此模式不符；已作为注释保留</translation>
    </message>
    <message>
        <source>CIDR pattern &apos;%1&apos; is a PortRelay extension: rinetd 0.73 refuses this line (--export translates it)</source>
        <translation>CIDR 模式“%1”是 PortRelay 扩展：rinetd 0.73 会拒绝此行（--export 会转换它）</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; is kept as an annotation: rinetd 0.73 does not apply it, PortRelay does</source>
        <translation>模式“%1”作为注解保留：rinetd 0.73 不会应用它，PortRelay 会</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs to a rinetd-uv rule PortRelay does not run; kept as a comment on export</source>
        <translation>“%1”属于 PortRelay 不运行的 rinetd-uv 规则；导出时作为注释保留</translation>
    </message>
    <message>
        <source>a disabled &apos;%1&apos; must follow a disabled rule</source>
        <translation>禁用的“%1”必须跟在禁用的规则之后</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be disabled</source>
        <translation>“%1”不能被禁用</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a path after a blank</source>
        <translation>“%1”后需要空格和路径</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a path</source>
        <translation>“%1”需要路径</translation>
    </message>
    <message>
        <source>quoted path: rinetd 0.73 keeps the quotes as part of the file name; PortRelay removes them</source>
        <translation>带引号的路径：rinetd 0.73 会把引号当作文件名的一部分；PortRelay 会去掉它们</translation>
    </message>
    <message>
        <source>&apos;#&apos; is part of the path for rinetd 0.73, not a comment</source>
        <translation>对 rinetd 0.73 而言“#”是路径的一部分，而不是注释</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the path</source>
        <translation>路径后出现意外的“%1”</translation>
    </message>
    <message>
        <source>&apos;logfile&apos; given more than once; the last one is used</source>
        <translation>“logfile”出现多次；使用最后一个</translation>
    </message>
    <message>
        <source>&apos;pidlogfile&apos; given more than once; the last one is used</source>
        <translation>“pidlogfile”出现多次；使用最后一个</translation>
    </message>
    <message>
        <source>&apos;logcommon&apos; takes no value</source>
        <translation>“logcommon”不接受值</translation>
    </message>
    <message>
        <source>%1 is not supported by rinetd 0.73 or PortRelay; it is kept and exported as a comment</source>
        <translation>rinetd 0.73 和 PortRelay 都不支持 %1；它会被保留并作为注释导出</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address or host name</source>
        <translation>“%1”不是有效的地址或主机名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address</source>
        <translation>“%1”不是有效的 IPv6 地址</translation>
    </message>
    <message>
        <source>brackets around &apos;%1&apos;: rinetd 0.73 cannot resolve them; PortRelay reads the address and exports it without brackets</source>
        <translation>“%1”带有方括号：rinetd 0.73 无法解析；PortRelay 会读取该地址并在导出时去掉方括号</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port</source>
        <translation>“%1”不是端口</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos; (rinetd accepts /tcp or /udp)</source>
        <translation>未知协议“%1”（rinetd 接受 /tcp 或 /udp）</translation>
    </message>
    <message>
        <source>missing port before &apos;/&apos;</source>
        <translation>“/”之前缺少端口</translation>
    </message>
    <message>
        <source>port %1 is outside 1..65535 (rinetd 0.73 would silently use port %2)</source>
        <translation>端口 %1 不在 1..65535 范围内（rinetd 0.73 会静默使用端口 %2）</translation>
    </message>
    <message>
        <source>port %1 is outside 1..65535</source>
        <translation>端口 %1 不在 1..65535 范围内</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number or service name</source>
        <translation>“%1”不是端口号或服务名</translation>
    </message>
    <message>
        <source>unknown service name &apos;%1&apos; for %2 (not in the services database)</source>
        <translation>%2 的服务名“%1”未知（不在服务数据库中）</translation>
    </message>
    <message>
        <source>empty option list []</source>
        <translation>空选项列表 []</translation>
    </message>
    <message>
        <source>empty option in the option list</source>
        <translation>选项列表中有空选项</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value (name=value)</source>
        <translation>选项“%1”需要值（name=value）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid option name</source>
        <translation>“%1”不是有效的选项名</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value without blanks</source>
        <translation>选项“%1”需要不含空格的值</translation>
    </message>
    <message>
        <source>timeout must be a whole number of seconds, not &apos;%1&apos;</source>
        <translation>timeout 必须是整数秒，而不是“%1”</translation>
    </message>
    <message>
        <source>timeout=0 means rinetd&apos;s default UDP timeout (72 seconds)</source>
        <translation>timeout=0 表示 rinetd 的默认 UDP 超时（72 秒）</translation>
    </message>
    <message>
        <source>src must be an address or host name, not &apos;%1&apos;</source>
        <translation>src 必须是地址或主机名，而不是“%1”</translation>
    </message>
    <message>
        <source>rinetd-uv option &apos;%1&apos; is kept but not used; rinetd 0.73 refuses it, so export writes it as an annotation</source>
        <translation>rinetd-uv 选项“%1”被保留但不使用；rinetd 0.73 会拒绝它，因此导出时写为注解</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; is kept verbatim; rinetd 0.73 refuses it, so export writes it as an annotation</source>
        <translation>未知选项“%1”按原样保留；rinetd 0.73 会拒绝它，因此导出时写为注解</translation>
    </message>
    <message>
        <source>only one option list is allowed</source>
        <translation>只允许一个选项列表</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the option list</source>
        <translation>选项列表后出现意外的“%1”</translation>
    </message>
    <message>
        <source>unknown directive &apos;%1&apos;</source>
        <translation>未知指令“%1”</translation>
    </message>
    <message numerus="yes">
        <source>incomplete forwarding rule: expected &apos;bindaddress bindport connectaddress connectport&apos;, found %n field(s)</source>
        <translation>
            <numerusform>转发规则不完整：应为“bindaddress bindport connectaddress connectport”，实际有 %n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected field &apos;%1&apos; after connectport</source>
        <translation>connectport 之后出现意外字段“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match this rule&apos;s options; its unknown options are appended</source>
        <translation>“%1”与此规则的选项不符；其未知选项被追加</translation>
    </message>
    <message>
        <source>%1 (in a PortRelay annotation, which is kept as a comment)</source>
        <translation>%1（位于 PortRelay 注解中，该注解作为注释保留）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be followed by a rule whose target is &apos;original original&apos;; kept as a comment</source>
        <translation>&apos;%1&apos; 后面必须是目标为 &apos;original original&apos; 的规则；作为注释保留</translation>
    </message>
    <message>
        <source>rinetd-epoll directive &apos;%1&apos;</source>
        <translation>rinetd-epoll 指令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>PortRelay option &apos;%1&apos;: rinetd 0.73 refuses it, so export writes it as an annotation</source>
        <translation>PortRelay 选项 &apos;%1&apos;：rinetd 0.73 不接受它，因此导出时将其写为注解</translation>
    </message>
    <message>
        <source>translate must be &apos;none&apos; or &apos;http&apos;, not &apos;%1&apos;</source>
        <translation>translate 必须为 &apos;none&apos; 或 &apos;http&apos;，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;translate&apos; is a PortRelay extension: rinetd 0.73 refuses it, so export writes it as an annotation</source>
        <translation>选项 &apos;translate&apos; 是 PortRelay 扩展：rinetd 0.73 不接受它，因此导出时将其写为注解</translation>
    </message>
    <message>
        <source>&apos;original original&apos; forwards TCP connections only</source>
        <translation>&apos;original original&apos; 只转发 TCP 连接</translation>
    </message>
    <message>
        <source>the target &apos;original original&apos; is a PortRelay extension: rinetd 0.73 cannot resolve it (--export writes the rule as an annotation)</source>
        <translation>目标 &apos;original original&apos; 是 PortRelay 扩展：rinetd 0.73 无法解析它（--export 将该规则写为注解）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be followed by a forwarding rule with a port range; kept as a comment</source>
        <translation>&apos;%1&apos; 后面必须跟一条带端口范围的转发规则；保留为注释</translation>
    </message>
    <message>
        <source>the rules after &apos;%1&apos; are not the ports of %2; they are kept as single rules</source>
        <translation>&apos;%1&apos; 之后的规则不是 %2 的端口；它们保留为单独的规则</translation>
    </message>
    <message>
        <source>the range %1 has %2 ports: one listening descriptor each</source>
        <translation>范围 %1 有 %2 个端口：每个端口占用一个监听描述符</translation>
    </message>
</context>
<context>
    <name>RinetdConfigWriter</name>
    <message>
        <source>%1 spans several lines; written on one line</source>
        <translation>%1 跨越多行；已写成一行</translation>
    </message>
    <message>
        <source>comment line &apos;%1&apos; does not start with &apos;#&apos;; written as a comment</source>
        <translation>注释行“%1”不以“#”开头；已作为注释写入</translation>
    </message>
    <message>
        <source>a trailing comment</source>
        <translation>行尾注释</translation>
    </message>
    <message>
        <source>trailing comment &apos;%1&apos; does not start with &apos;#&apos;; written as a comment</source>
        <translation>行尾注释“%1”不以“#”开头；已作为注释写入</translation>
    </message>
    <message>
        <source>the %1 path &apos;%2&apos; contains blanks: written in double quotes, which rinetd 0.73 keeps as part of the file name</source>
        <translation>%1 路径“%2”包含空格：已用双引号写入，rinetd 0.73 会把引号当作文件名的一部分</translation>
    </message>
    <message>
        <source>&apos;allow %1&apos; has no exact rinetd glob: written as an annotation that rinetd 0.73 does not apply (it may then allow more clients)</source>
        <translation>“allow %1”没有精确的 rinetd 通配符：已写为 rinetd 0.73 不会应用的注解（因此它可能允许更多客户端）</translation>
    </message>
    <message>
        <source>&apos;deny %1&apos; has no exact rinetd glob: written as an annotation that rinetd 0.73 does not apply (it will not deny those clients)</source>
        <translation>“deny %1”没有精确的 rinetd 通配符：已写为 rinetd 0.73 不会应用的注解（它不会拒绝这些客户端）</translation>
    </message>
    <message>
        <source>the PortRelay log format is written for rinetd as its tab format</source>
        <translation>PortRelay 日志格式按 rinetd 的制表符格式写出</translation>
    </message>
    <message>
        <source>an unsupported line</source>
        <translation>不受支持的行</translation>
    </message>
    <message>
        <source>the name of rule %1</source>
        <translation>规则 %1 的名称</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of rule %2 is not understood by rinetd 0.73: written as an annotation</source>
        <translation>rinetd 0.73 不理解规则 %2 的选项“%1”：已写为注解</translation>
    </message>
    <message>
        <source>rule %1 is a port range: written for rinetd as %2 rules, one per port</source>
        <translation>规则 %1 是端口范围：为 rinetd 写成 %2 条规则，每个端口一条</translation>
    </message>
    <message>
        <source>&apos;logcommon&apos; is written for its comments although the log format is not the common one: rinetd logs in its common format</source>
        <translation>为保留其注释而写出 “logcommon”，尽管日志格式不是 common：rinetd 将以其 common 格式记录日志</translation>
    </message>
</context>
<context>
    <name>RinetdInPlaceWriter</name>
    <message>
        <source>%1 was changed by another program since it was read (line %2); nothing was written</source>
        <translation>%1 在读取后已被其他程序修改（第 %2 行）；未写入任何内容</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not run by PortRelay; it was kept as it is</source>
        <translation>&apos;%1&apos; 不由 PortRelay 执行；已原样保留</translation>
    </message>
</context>
<context>
    <name>RinetdLexer</name>
    <message>
        <source>option list &apos;[&apos; is not closed with &apos;]&apos;</source>
        <translation>选项列表 &apos;[&apos; 未以 &apos;]&apos; 结束</translation>
    </message>
    <message>
        <source>quote &apos;&quot;&apos; is not closed</source>
        <translation>引号 &apos;&quot;&apos; 未闭合</translation>
    </message>
</context>
<context>
    <name>RuleExplanation</name>
    <message>
        <source>every address of this computer, IPv6 and (on most systems) IPv4: anyone who can reach this computer over any network reaches the port</source>
        <translation>本机的所有地址，包括 IPv6 和（在大多数系统上）IPv4：任何能通过任意网络访问本机的人都能访问该端口</translation>
    </message>
    <message>
        <source>every IPv4 address of this computer: anyone who can reach this computer over any network reaches the port</source>
        <translation>本机的所有 IPv4 地址：任何能通过任意网络访问本机的人都能访问该端口</translation>
    </message>
    <message>
        <source>the loopback address only: only programs on this computer reach the port</source>
        <translation>仅环回地址：只有本机上的程序能访问该端口</translation>
    </message>
    <message>
        <source>the address %1 only: whoever can reach that address reaches the port</source>
        <translation>仅地址 %1：任何能访问该地址的人都能访问该端口</translation>
    </message>
    <message>
        <source>UDP datagrams</source>
        <translation>UDP 数据报</translation>
    </message>
    <message>
        <source>TCP connections</source>
        <translation>TCP 连接</translation>
    </message>
    <message>
        <source>(no port)</source>
        <translation>（无端口）</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>（无地址）</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>它的作用</translation>
    </message>
    <message>
        <source>Listens for %1 on %2 port %3.</source>
        <translation>在 %2 端口 %3 上监听 %1。</translation>
    </message>
    <message>
        <source>Relays each connection to where its client was going before the kernel redirected it here (transparent interception with nftables redirect, DNAT or TPROXY).</source>
        <translation>将每个连接转发到其客户端在被内核重定向到这里之前原本要去的地方（使用 nftables redirect、DNAT 或 TPROXY 的透明拦截）。</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 端口 %2</translation>
    </message>
    <message>
        <source>(no target address)</source>
        <translation>（无目标地址）</translation>
    </message>
    <message>
        <source>Sends what each client sends to %1 as UDP datagrams.</source>
        <translation>将每个客户端发送的内容以 UDP 数据报发送到 %1。</translation>
    </message>
    <message>
        <source>Relays each client&apos;s datagrams over a TCP connection to %1.</source>
        <translation>通过 TCP 连接将每个客户端的数据报转发到 %1。</translation>
    </message>
    <message>
        <source>Relays each client&apos;s datagrams to %1 and the replies back; a client&apos;s datagrams form one session.</source>
        <translation>将每个客户端的数据报转发到 %1，并将回复传回；同一客户端的数据报构成一个会话。</translation>
    </message>
    <message>
        <source>Opens a connection to %1 for each client and relays the bytes both ways.</source>
        <translation>为每个客户端打开一个到 %1 的连接，并双向转发字节。</translation>
    </message>
    <message>
        <source>Port %1 is below 1024: binding it needs root, the system service, or the CAP_NET_BIND_SERVICE capability.</source>
        <translation>端口 %1 低于 1024：绑定它需要 root、系统服务或 CAP_NET_BIND_SERVICE 能力。</translation>
    </message>
    <message>
        <source>Who can connect</source>
        <translation>谁可以连接</translation>
    </message>
    <message>
        <source>It listens on %1.</source>
        <translation>它监听于%1。</translation>
    </message>
    <message>
        <source>No allow or deny patterns: every client that reaches the port is relayed.</source>
        <translation>没有 allow 或 deny 模式：每个能访问该端口的客户端都会被转发。</translation>
    </message>
    <message>
        <source>Exposed: anyone who can reach this computer can use this forwarding to reach its target.</source>
        <translation>已暴露：任何能访问本机的人都可以通过此转发访问其目标。</translation>
    </message>
    <message>
        <source>The global list is checked first (allow: %1; deny: %2).</source>
        <translation>首先检查全局列表（allow：%1；deny：%2）。</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>This rule&apos;s own list decides (allow: %1; deny: %2).</source>
        <translation>由此规则自己的列表决定（allow：%1；deny：%2）。</translation>
    </message>
    <message>
        <source>Then this rule&apos;s own list (allow: %1; deny: %2).</source>
        <translation>然后是此规则自己的列表（allow：%1；deny：%2）。</translation>
    </message>
    <message>
        <source>A client matching any deny pattern is refused; where allow patterns exist, a client must match one of them.</source>
        <translation>匹配任一 deny 模式的客户端会被拒绝；存在 allow 模式时，客户端必须匹配其中之一。</translation>
    </message>
    <message>
        <source>Clients must start with a PROXY protocol header; the address in it is the one the lists check.</source>
        <translation>客户端必须以 PROXY 协议头开始；列表检查的是其中的地址。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message numerus="yes">
        <source>Idle sessions end after %n second(s) (the default).</source>
        <translation>
            <numerusform>空闲会话在 %n 秒后结束（默认值）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle connections stay open (no timeout set).</source>
        <translation>空闲连接保持打开（未设置超时）。</translation>
    </message>
    <message numerus="yes">
        <source>Idle sessions end after %n second(s).</source>
        <translation>
            <numerusform>空闲会话在 %n 秒后结束。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections idle for %n second(s) are closed.</source>
        <translation>
            <numerusform>空闲 %n 秒的连接将被关闭。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections to the target leave from %1.</source>
        <translation>到目标的连接从 %1 发出。</translation>
    </message>
    <message>
        <source>Transparent: the target sees the client&apos;s own address as the source (needs the transparent proxy routing set up).</source>
        <translation>透明：目标看到的源地址是客户端自己的地址（需要配置好透明代理路由）。</translation>
    </message>
    <message>
        <source>Each connection is limited to %1/s in each direction.</source>
        <translation>每个连接在每个方向上限制为 %1/s。</translation>
    </message>
    <message>
        <source>All connections of this rule together are limited to %1/s.</source>
        <translation>此规则的所有连接合计限制为 %1/s。</translation>
    </message>
    <message>
        <source>FTP helper (%1): the data connections the FTP commands announce are relayed too.</source>
        <translation>FTP 助手（%1）：FTP 命令所通告的数据连接也会被转发。</translation>
    </message>
    <message>
        <source>HTTP requests are rewritten for an HTTP proxy as the target.</source>
        <translation>HTTP 请求会被改写，以适应作为目标的 HTTP 代理。</translation>
    </message>
    <message>
        <source>A PROXY protocol v%1 header tells the target the client&apos;s address.</source>
        <translation>PROXY 协议 v%1 头会将客户端地址告知目标。</translation>
    </message>
    <message>
        <source>Kept as written: %1.</source>
        <translation>按原文保留：%1。</translation>
    </message>
    <message>
        <source>Connections are not logged to a file.</source>
        <translation>连接不会记录到文件。</translation>
    </message>
    <message>
        <source>Each connection is logged to %1.</source>
        <translation>每个连接都记录到 %1。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Disabled: it does not listen.</source>
        <translation>已禁用：它不监听。</translation>
    </message>
    <message>
        <source>Not applied yet: Apply starts it.</source>
        <translation>尚未应用：应用后启动。</translation>
    </message>
    <message>
        <source>Starting.</source>
        <translation>正在启动。</translation>
    </message>
    <message>
        <source>Listening.</source>
        <translation>正在监听。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>It could not start.</source>
        <translation>它无法启动。</translation>
    </message>
    <message>
        <source>It could not start: %1</source>
        <translation>它无法启动：%1</translation>
    </message>
    <message>
        <source>The rule was edited; what runs is the previous version until Apply.</source>
        <translation>规则已被编辑；在应用之前运行的仍是之前的版本。</translation>
    </message>
    <message>
        <source>Test a client address against these lists…</source>
        <translation>用这些列表测试客户端地址…</translation>
    </message>
</context>
<context>
    <name>RuleExplanationDialog</name>
    <message>
        <source>What This Rule Does — %1</source>
        <translation>此规则的作用 — %1</translation>
    </message>
    <message>
        <source>&amp;Test an Address…</source>
        <translation>测试地址(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>RuleItemDelegate</name>
    <message>
        <source>tcp</source>
        <translation>tcp</translation>
    </message>
    <message>
        <source>udp</source>
        <translation>udp</translation>
    </message>
    <message>
        <source>0.0.0.0, ::, an address or a name</source>
        <translation>0.0.0.0、::、地址或名称</translation>
    </message>
    <message>
        <source>address or host name</source>
        <translation>地址或主机名</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>RuleOptionsDialog</name>
    <message>
        <source>%1 (not valid)</source>
        <translation>%1（无效）</translation>
    </message>
    <message>
        <source>Rule Options</source>
        <translation>规则选项</translation>
    </message>
    <message>
        <source>Rule listening on %1 port %2</source>
        <translation>监听 %1 端口 %2 的规则</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;, listening on %2 port %3</source>
        <translation>规则“%1”，监听 %2 端口 %3</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>&amp;Fixed address and port:</source>
        <translation>固定地址和端口(&amp;F)：</translation>
    </message>
    <message>
        <source>address or host name</source>
        <translation>地址或主机名</translation>
    </message>
    <message>
        <source>&amp;Original destination of each connection</source>
        <translation>每个连接的原始目的地(&amp;O)</translation>
    </message>
    <message>
        <source>For connections the kernel redirected to this port (nftables redirect or dnat, or tproxy): each goes where its client was going.</source>
        <translation>用于被内核重定向到此端口的连接（nftables redirect 或 dnat，或 tproxy）：每个连接都发往其客户端原本要去的地方。</translation>
    </message>
    <message>
        <source>none: relay the stream unchanged</source>
        <translation>none：原样转发数据流</translation>
    </message>
    <message>
        <source>http: rewrite requests for an HTTP proxy as target</source>
        <translation>http：为作为目标的 HTTP 代理改写请求</translation>
    </message>
    <message>
        <source>&amp;Translate:</source>
        <translation>转换(&amp;T)：</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>passive (PASV, EPSV)</source>
        <translation>被动（PASV、EPSV）</translation>
    </message>
    <message>
        <source>active (PORT, EPRT)</source>
        <translation>主动（PORT、EPRT）</translation>
    </message>
    <message>
        <source>passive and active</source>
        <translation>被动和主动</translation>
    </message>
    <message>
        <source>FT&amp;P helper:</source>
        <translation>FTP 助手(&amp;P)：</translation>
    </message>
    <message>
        <source>Connect from the client&apos;s own address and port</source>
        <translation>从客户端自己的地址和端口连接</translation>
    </message>
    <message>
        <source>Needs the CAP_NET_ADMIN capability and policy routing for the replies on this host and the target; see %1.</source>
        <translation>需要 CAP_NET_ADMIN 能力，并在本机和目标上为回复配置策略路由；参见 %1。</translation>
    </message>
    <message>
        <source>Tra&amp;nsparent source:</source>
        <translation>透明源地址(&amp;N)：</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Rate per connection:</source>
        <translation>每个连接的速率(&amp;R)：</translation>
    </message>
    <message>
        <source>bytes/s in each direction (k, M, G: ×1024)</source>
        <translation>每个方向的字节/秒（k、M、G：×1024）</translation>
    </message>
    <message>
        <source>Rate for the &amp;whole rule:</source>
        <translation>整条规则的速率(&amp;W)：</translation>
    </message>
    <message>
        <source>bytes/s shared by all its connections</source>
        <translation>字节/秒，由其所有连接共享</translation>
    </message>
    <message>
        <source>PROXY protocol</source>
        <translation>PROXY 协议</translation>
    </message>
    <message>
        <source>version 1 (text)</source>
        <translation>版本 1（文本）</translation>
    </message>
    <message>
        <source>version 2 (binary)</source>
        <translation>版本 2（二进制）</translation>
    </message>
    <message>
        <source>&amp;Send to the target:</source>
        <translation>发送到目标(&amp;S)：</translation>
    </message>
    <message>
        <source>version 1 only</source>
        <translation>仅版本 1</translation>
    </message>
    <message>
        <source>version 2 only</source>
        <translation>仅版本 2</translation>
    </message>
    <message>
        <source>either version</source>
        <translation>任一版本</translation>
    </message>
    <message>
        <source>&amp;Expect from the peer:</source>
        <translation>期望来自对端(&amp;E)：</translation>
    </message>
    <message>
        <source>nobody: every header is refused</source>
        <translation>无人：拒绝所有头</translation>
    </message>
    <message>
        <source>CIDR blocks or rinetd patterns, separated by spaces</source>
        <translation>CIDR 地址块或 rinetd 模式，以空格分隔</translation>
    </message>
    <message>
        <source>&amp;Trusted peers:</source>
        <translation>受信任的对端(&amp;T)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>default (%1 s)</source>
        <translation>默认（%1 秒）</translation>
    </message>
    <message>
        <source>Header &amp;timeout:</source>
        <translation>头超时(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RuleOptionsText</name>
    <message>
        <source>version 1</source>
        <translation>版本 1</translation>
    </message>
    <message>
        <source>version 2</source>
        <translation>版本 2</translation>
    </message>
    <message>
        <source>either version</source>
        <translation>任一版本</translation>
    </message>
    <message>
        <source>Each connection is limited to %1 in each direction.</source>
        <translation>每个连接在每个方向上限制为 %1。</translation>
    </message>
    <message>
        <source>All connections of this rule together are limited to %1 in each direction.</source>
        <translation>此规则的所有连接合计在每个方向上限制为 %1。</translation>
    </message>
    <message>
        <source>FTP helper, passive mode: the server&apos;s PASV and EPSV answers are rewritten to point at this relay.</source>
        <translation>FTP 助手，被动模式：服务器的 PASV 和 EPSV 应答会被改写为指向本转发器。</translation>
    </message>
    <message>
        <source>FTP helper, active mode: the client&apos;s PORT and EPRT commands are rewritten so that the server connects back through this relay.</source>
        <translation>FTP 助手，主动模式：客户端的 PORT 和 EPRT 命令会被改写，使服务器通过本转发器回连。</translation>
    </message>
    <message>
        <source>FTP helper for passive and active transfers.</source>
        <translation>用于被动和主动传输的 FTP 助手。</translation>
    </message>
    <message>
        <source>Connects to the target from the client&apos;s own address and port (transparent source).</source>
        <translation>从客户端自己的地址和端口连接目标（透明源地址）。</translation>
    </message>
    <message>
        <source>Connects to the target from this host&apos;s address.</source>
        <translation>从本机的地址连接目标。</translation>
    </message>
    <message>
        <source>Sends a PROXY protocol header (%1) to the target before any data.</source>
        <translation>在任何数据之前向目标发送 PROXY 协议头（%1）。</translation>
    </message>
    <message>
        <source>Expects a PROXY protocol header (%1), but no peer may send one (accept-proxy-from is empty): every connection is refused.</source>
        <translation>期望 PROXY 协议头（%1），但没有对端可以发送（accept-proxy-from 为空）：所有连接都会被拒绝。</translation>
    </message>
    <message>
        <source>Expects a PROXY protocol header (%1) from %2; the client address in it counts for access, logs and statistics.</source>
        <translation>期望来自 %2 的 PROXY 协议头（%1）；其中的客户端地址用于访问控制、日志和统计。</translation>
    </message>
    <message>
        <source>Rewrites HTTP requests to absolute form for an HTTP proxy as target.</source>
        <translation>将 HTTP 请求改写为绝对形式，以适应作为目标的 HTTP 代理。</translation>
    </message>
    <message>
        <source>Relays the stream unchanged.</source>
        <translation>原样转发数据流。</translation>
    </message>
    <message>
        <source>%1=%2 is kept as written.</source>
        <translation>%1=%2 按原文保留。</translation>
    </message>
    <message>
        <source>%1=%2 is not valid.</source>
        <translation>%1=%2 无效。</translation>
    </message>
</context>
<context>
    <name>RulePortsModel</name>
    <message>
        <source>not listening</source>
        <translation>未监听</translation>
    </message>
    <message>
        <source>%1 (to %2 until applied)</source>
        <translation>%1（应用前发往 %2）</translation>
    </message>
</context>
<context>
    <name>RulePortsPanel</name>
    <message>
        <source>Select a rule to see its ports.</source>
        <translation>选择一条规则以查看其端口。</translation>
    </message>
    <message>
        <source>The rule has no ports to list yet.</source>
        <translation>该规则尚无可列出的端口。</translation>
    </message>
    <message>
        <source>No ports: %1</source>
        <translation>没有端口：%1</translation>
    </message>
    <message>
        <source>Port %1 forwards to port %2: a single listener.</source>
        <translation>端口 %1 转发到端口 %2：单个监听器。</translation>
    </message>
    <message numerus="yes">
        <source>Ports %1 forward to %2: %n listener(s), bound together (one that cannot be bound keeps the others from starting).</source>
        <translation>
            <numerusform>端口 %1 转发到 %2：%n 个监听器，一起绑定（其中任何一个无法绑定都会使其他监听器无法启动）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>未监听：%1</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <source>not applied</source>
        <translation>未应用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>正在监听</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 (edited, not applied)</source>
        <translation>%1（已编辑，未应用）</translation>
    </message>
    <message>
        <source>Open connections</source>
        <translation>打开的连接</translation>
    </message>
    <message>
        <source>Connections accepted since start</source>
        <translation>启动以来接受的连接</translation>
    </message>
    <message>
        <source>Bytes from clients to the target</source>
        <translation>从客户端发往目标的字节</translation>
    </message>
    <message>
        <source>Bytes from the target to clients</source>
        <translation>从目标发往客户端的字节</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>绑定地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Target address</source>
        <translation>目标地址</translation>
    </message>
    <message>
        <source>Target port</source>
        <translation>目标端口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>In</source>
        <translation>流入</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>流出</translation>
    </message>
    <message>
        <source>%1:%2 → %3:%4</source>
        <translation>%1:%2 → %3:%4</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>选项：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n allow/deny pattern(s) of its own</source>
        <translation>
            <numerusform>%n 个自身的允许/拒绝模式</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Connections are never closed for being idle. Set a timeout to close them after that many seconds without traffic.</source>
        <translation>连接不会因空闲而关闭。设置超时后，连接在无流量达到该秒数时关闭。</translation>
    </message>
    <message>
        <source>A UDP session ends after %1 without datagrams.</source>
        <translation>UDP 会话在 %1 内没有数据报后结束。</translation>
    </message>
    <message>
        <source>A connection is closed after %1 without traffic.</source>
        <translation>连接在 %1 内没有流量后关闭。</translation>
    </message>
    <message>
        <source>The system chooses the source address of connections to the target.</source>
        <translation>由系统选择连接目标时使用的源地址。</translation>
    </message>
    <message>
        <source>Idle timeout in seconds (rinetd&apos;s timeout= option); 0 or empty: the default, %1 for UDP, none for TCP</source>
        <translation>空闲超时（秒，rinetd 的 timeout= 选项）；0 或留空：使用默认值，UDP 为 %1，TCP 无超时</translation>
    </message>
    <message>
        <source>Source address of connections to the target (rinetd&apos;s src= option); empty: chosen by the system</source>
        <translation>连接目标时使用的源地址（rinetd 的 src= 选项）；留空：由系统选择</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Not set: the default applies.</source>
        <translation>未设置：使用默认值。</translation>
    </message>
    <message>
        <source>original destination</source>
        <translation>原始目的地</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Enabled: starts with Apply (not running yet)</source>
        <translation>已启用：应用时启动（尚未运行）</translation>
    </message>
    <message>
        <source>Disabled: not running</source>
        <translation>已禁用：未运行</translation>
    </message>
    <message>
        <source>Enabled: click to stop this rule now, without Apply</source>
        <translation>已启用：点击立即停止此规则，无需应用</translation>
    </message>
    <message>
        <source>Disabled: click to start this rule now, without Apply</source>
        <translation>已禁用：点击立即启动此规则，无需应用</translation>
    </message>
    <message>
        <source>No options. Double-click to set FTP, bandwidth, PROXY protocol and interception options.</source>
        <translation>无选项。双击以设置 FTP、带宽、PROXY 协议和拦截选项。</translation>
    </message>
    <message>
        <source>Each connection goes to where its client was going before the kernel redirected it here. Change the target in the rule&apos;s options.</source>
        <translation>每个连接都发往其客户端在被内核重定向到这里之前原本要去的地方。可在规则选项中更改目标。</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s), one listener each; the Ports tab lists them.</source>
        <translation>
            <numerusform>%n 个端口，每个一个监听器；“端口”选项卡中列出了它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>On: starts or stops a running rule at once, without Apply; every other column waits for Apply</source>
        <translation>开：立即启动或停止正在运行的规则，无需应用；其他各列都等待应用</translation>
    </message>
    <message>
        <source>FTP helper, bandwidth limits, transparent source, PROXY protocol, HTTP translation and any other option (double-click to edit)</source>
        <translation>FTP 助手、带宽限制、透明源地址、PROXY 协议、HTTP 转换及其他任何选项（双击编辑）</translation>
    </message>
    <message>
        <source>Connections (UDP: sessions) refused by the access lists since start</source>
        <translation>自启动以来被访问列表拒绝的连接（UDP：会话）</translation>
    </message>
    <message>
        <source>Connections accepted whose target could not be reached: refused, unreachable, not resolved, or one of this relay&apos;s own ports</source>
        <translation>已接受但无法到达目标的连接：被拒绝、不可达、无法解析，或目标是本转发器自己的端口之一</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1:%2 → original destination</source>
        <translation>%1:%2 → 原始目的地</translation>
    </message>
</context>
<context>
    <name>RuntimeProblemBanner</name>
    <message>
        <source>Connection log: %1. Choose another log file on the Logging tab (or make this one writable) and apply.</source>
        <translation>连接日志：%1。请在“日志”选项卡中选择另一个日志文件（或使此文件可写），然后应用。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PortRelay Settings</source>
        <translation>PortRelay 设置</translation>
    </message>
    <message>
        <source>Tray</source>
        <translation>托盘</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps the relays running in the tray</source>
        <translation>关闭窗口时转发继续在托盘中运行(&amp;C)</translation>
    </message>
    <message>
        <source>Start &amp;minimised in the tray</source>
        <translation>启动时最小化到托盘(&amp;M)</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits PortRelay and it always starts with its window shown.</source>
        <translation>此桌面没有系统托盘：关闭窗口会退出 PortRelay，并且它总是显示窗口启动。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Start PortRelay when I &amp;log in</source>
        <translation>登录时启动 PortRelay(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>The login autostart entry could not be changed: %1</source>
        <translation>无法更改登录自动启动项：%1</translation>
    </message>
    <message>
        <source>&amp;Reopen the last configuration; start its rules again if they were running</source>
        <translation>重新打开上次的配置；如果其规则之前在运行，则再次启动它们(&amp;R)</translation>
    </message>
    <message>
        <source>Relaying</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>Relay &amp;threads:</source>
        <translation>转发线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>How many threads relay connections, each on its own processor core. More threads help when many connections are open or opened at the same time; a single connection never uses more than one. UDP rules and rules with a rate limit (rate-rule=) always run on one thread.</source>
        <translation>用多少个线程转发连接，每个线程使用各自的处理器核心。当打开的连接很多或同时打开很多连接时，更多线程会有帮助；单个连接最多只使用一个线程。UDP 规则和带速率限制（rate-rule=）的规则始终在一个线程上运行。</translation>
    </message>
    <message>
        <source>The rules run in the system service: its own --threads setting applies, not this one.</source>
        <translation>规则在系统服务中运行：适用的是服务自身的 --threads 设置，而不是这里的设置。</translation>
    </message>
    <message>
        <source>Takes effect the next time PortRelay starts.</source>
        <translation>在 PortRelay 下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>cannot examine %1: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a directory of this user&apos;s alone (owner %2, mode %3); another user may have made it</source>
        <translation>%1 不是仅属于此用户的目录（所有者 %2，权限 %3）；可能是其他用户创建的</translation>
    </message>
</context>
<context>
    <name>StartController</name>
    <message numerus="yes">
        <source>&amp;Start %n rule(s)…</source>
        <translation>
            <numerusform>启动 %n 条规则(&amp;S)…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start rules…</source>
        <translation>启动规则(&amp;S)…</translation>
    </message>
    <message>
        <source>Stopped: none of these rules listens. Start lists what will be exposed before anything binds.</source>
        <translation>已停止：这些规则均未监听。启动前会先列出将要暴露的内容，然后才进行绑定。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) with errors will not start until fixed.</source>
        <translation>
            <numerusform>%n 条有错误的规则在修正之前不会启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>List what the rules will expose (addresses, privileged ports, ports in use), then start them</source>
        <translation>列出这些规则将暴露的内容（地址、特权端口、已占用端口），然后启动它们</translation>
    </message>
    <message>
        <source>S&amp;top all rules</source>
        <translation>停止所有规则(&amp;T)</translation>
    </message>
    <message>
        <source>Close every listener of this document; the rules stay in the table</source>
        <translation>关闭本文档的所有监听器；规则保留在表格中</translation>
    </message>
</context>
<context>
    <name>StartRulesDialog</name>
    <message>
        <source>Start Rules</source>
        <translation>启动规则</translation>
    </message>
    <message numerus="yes">
        <source>Starting binds %n rule(s) on these addresses.</source>
        <translation>
            <numerusform>启动会将 %n 条规则绑定到这些地址上。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules Started</source>
        <translation>规则已启动</translation>
    </message>
    <message numerus="yes">
        <source>PortRelay reopened the last configuration and started %n rule(s), listening on these addresses. This list is shown once.</source>
        <translation>
            <numerusform>PortRelay 重新打开了上次的配置并启动了 %n 条规则，监听以下地址。此列表只显示一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listen(s) on every address (reachable from other machines)</source>
        <translation>
            <numerusform>%n 条监听所有地址（其他计算机可以访问）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) ports below 1024</source>
        <translation>
            <numerusform>%n 条使用低于 1024 的端口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) already in use on this computer</source>
        <translation>
            <numerusform>%n 个端口已在本机上被占用</numerusform>
        </translation>
    </message>
    <message>
        <source>Look closely: %1.</source>
        <translation>请仔细检查：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) with errors do not start.</source>
        <translation>
            <numerusform>%n 条有错误的规则不会启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Listens on</source>
        <translation>监听于</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>暴露情况</translation>
    </message>
    <message>
        <source>every address: other machines</source>
        <translation>所有地址：其他计算机</translation>
    </message>
    <message>
        <source>port below 1024</source>
        <translation>端口低于 1024</translation>
    </message>
    <message>
        <source>port already in use</source>
        <translation>端口已被占用</translation>
    </message>
    <message>
        <source>Only this computer can connect.</source>
        <translation>只有本机可以连接。</translation>
    </message>
    <message>
        <source>Machines that reach %1 can connect.</source>
        <translation>能访问 %1 的计算机可以连接。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start %n rule(s)</source>
        <translation>
            <numerusform>启动 %n 条规则(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>保持运行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Stop these rules</source>
        <translation>停止这些规则(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SystemServiceChoice</name>
    <message>
        <source>The PortRelay system service is running on this computer. Manage its rules, or start a local session with rules of your own?</source>
        <translation>PortRelay 系统服务正在这台计算机上运行。要管理它的规则，还是用您自己的规则启动本地会话？</translation>
    </message>
    <message>
        <source>Manage the &amp;Service</source>
        <translation>管理服务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Local Session</source>
        <translation>本地会话(&amp;L)</translation>
    </message>
</context>
<context>
    <name>TcpRuleListener</name>
    <message>
        <source>address already in use</source>
        <translation>地址已被占用</translation>
    </message>
    <message>
        <source>cannot assign requested address</source>
        <translation>无法分配请求的地址</translation>
    </message>
</context>
<context>
    <name>TrafficGraph</name>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>-%1 min</source>
        <translation>-%1 分钟</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>TransparentSource</name>
    <message>
        <source>transparent=yes needs the CAP_NET_ADMIN or CAP_NET_RAW capability (run as root, or give it with systemd&apos;s AmbientCapabilities=CAP_NET_ADMIN)</source>
        <translation>transparent=yes 需要 CAP_NET_ADMIN 或 CAP_NET_RAW 能力（以 root 运行，或通过 systemd 的 AmbientCapabilities=CAP_NET_ADMIN 授予）</translation>
    </message>
    <message>
        <source>capability to use IP_TRANSPARENT</source>
        <translation>使用 IP_TRANSPARENT 的能力</translation>
    </message>
    <message>
        <source>policy rule for marked packets</source>
        <translation>针对已标记数据包的策略规则</translation>
    </message>
    <message>
        <source>add: ip rule add fwmark 1 lookup 100</source>
        <translation>添加：ip rule add fwmark 1 lookup 100</translation>
    </message>
    <message>
        <source>local route in the marked packets&apos; table</source>
        <translation>已标记数据包路由表中的 local 路由</translation>
    </message>
    <message>
        <source>add: ip route add local 0.0.0.0/0 dev lo table %1</source>
        <translation>添加：ip route add local 0.0.0.0/0 dev lo table %1</translation>
    </message>
    <message>
        <source>nftables rule marking the replies to transparent sockets</source>
        <translation>标记发往透明套接字的回复的 nftables 规则</translation>
    </message>
    <message>
        <source>nft is not installed (Debian package nftables)</source>
        <translation>未安装 nft（Debian 软件包 nftables）</translation>
    </message>
    <message>
        <source>add in prerouting: socket transparent 1 meta mark set 1 (docs/transparent.md)</source>
        <translation>在 prerouting 中添加：socket transparent 1 meta mark set 1（docs/transparent.md）</translation>
    </message>
    <message>
        <source>cannot read the nftables ruleset (needs root)</source>
        <translation>无法读取 nftables 规则集（需要 root）</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>No rules</source>
        <translation>没有规则</translation>
    </message>
    <message>
        <source>&amp;Enable all</source>
        <translation>全部启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable all</source>
        <translation>全部禁用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Show PortRelay</source>
        <translation>显示 PortRelay(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Rule not enabled</source>
        <translation>规则未启用</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) listening</source>
        <translation>
            <numerusform>%n 条规则正在监听</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) failed to start</source>
        <translation>
            <numerusform>%n 条规则启动失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active connection(s)</source>
        <translation>
            <numerusform>%n 个活动连接</numerusform>
        </translation>
    </message>
    <message>
        <source>Throughput: %1</source>
        <translation>吞吐量：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) could not start</source>
        <translation>
            <numerusform>%n 条规则无法启动</numerusform>
        </translation>
    </message>
    <message>
        <source>Target not reachable</source>
        <translation>目标不可达</translation>
    </message>
    <message numerus="yes">
        <source>%1: the target %2 refused or did not answer %n connection(s) in a row.</source>
        <translation>
            <numerusform>%1：目标 %2 连续 %n 次拒绝或未响应连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listening</source>
        <translation>
            <numerusform>%n 个正在监听</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 个连接</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connection log not written</source>
        <translation>连接日志未写入</translation>
    </message>
    <message>
        <source>Connection log: %1</source>
        <translation>连接日志：%1</translation>
    </message>
</context>
<context>
    <name>UnixSignalWatcher</name>
    <message>
        <source>cannot create the signal socket pair: %1</source>
        <translation>无法创建信号套接字对：%1</translation>
    </message>
    <message>
        <source>cannot install a handler for signal %1: %2</source>
        <translation>无法为信号 %1 安装处理程序：%2</translation>
    </message>
</context>
</TS>
