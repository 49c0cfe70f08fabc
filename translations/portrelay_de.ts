<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AclEditor</name>
    <message>
        <source>allow</source>
        <translation>erlauben</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>verweigern</translation>
    </message>
    <message>
        <source>global %1 pattern #%2 &quot;%3&quot;</source>
        <translation>globales %1-Muster Nr. %2 „%3“</translation>
    </message>
    <message>
        <source>%1 pattern #%2 &quot;%3&quot;</source>
        <translation>%1-Muster Nr. %2 „%3“</translation>
    </message>
    <message>
        <source>Add &amp;deny</source>
        <translation>&amp;Verweigern hinzufügen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Test an address, e.g. 192.168.1.20</source>
        <translation>Adresse prüfen, z. B. 192.168.1.20</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Prüfen:</translation>
    </message>
    <message>
        <source>Type an address above to see whether it would be let in.</source>
        <translation>Geben Sie oben eine Adresse ein, um zu sehen, ob sie eingelassen würde.</translation>
    </message>
    <message numerus="yes">
        <source>(%n invalid pattern(s) in this list must be fixed before Apply.)</source>
        <translation>
            <numerusform>(%n ungültiges Muster in dieser Liste muss vor dem Anwenden korrigiert werden.)</numerusform>
            <numerusform>(%n ungültige Muster in dieser Liste müssen vor dem Anwenden korrigiert werden.)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Denied: matches %1.</source>
        <translation>Verweigert: passt auf %1.</translation>
    </message>
    <message>
        <source>Denied: no global allow pattern matches.</source>
        <translation>Verweigert: kein globales Erlauben-Muster passt.</translation>
    </message>
    <message>
        <source>Denied: no allow pattern matches.</source>
        <translation>Verweigert: kein Erlauben-Muster passt.</translation>
    </message>
    <message>
        <source>Allowed: no pattern restricts this address.</source>
        <translation>Erlaubt: kein Muster schränkt diese Adresse ein.</translation>
    </message>
    <message>
        <source>Allowed by %1.</source>
        <translation>Erlaubt durch %1.</translation>
    </message>
    <message>
        <source>Add all&amp;ow</source>
        <translation>Erla&amp;uben hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>AclItemDelegate</name>
    <message>
        <source>allow</source>
        <translation>erlauben</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>verweigern</translation>
    </message>
    <message>
        <source>192.168.1.* or 10.0.0.0/8</source>
        <translation>192.168.1.* oder 10.0.0.0/8</translation>
    </message>
</context>
<context>
    <name>AclModel</name>
    <message>
        <source>allow</source>
        <translation>erlauben</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>verweigern</translation>
    </message>
    <message>
        <source>rinetd glob (* and ?) or CIDR, e.g. 192.168.1.* or 10.0.0.0/8</source>
        <translation>rinetd-Glob (* und ?) oder CIDR, z. B. 192.168.1.* oder 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
</context>
<context>
    <name>AclPattern</name>
    <message>
        <source>empty pattern</source>
        <translation>leeres Muster</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in CIDR pattern &apos;%2&apos; is not an IP address</source>
        <translation>„%1“ im CIDR-Muster „%2“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>prefix length &apos;%1&apos; in CIDR pattern &apos;%2&apos; is not in 0..%3</source>
        <translation>Präfixlänge „%1“ im CIDR-Muster „%2“ liegt nicht in 0..%3</translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; in pattern &apos;%2&apos; (allowed: digits, hex letters, &apos;.&apos;, &apos;:&apos;, &apos;*&apos;, &apos;?&apos; or a CIDR prefix like 10.0.0.0/8; host names are not permitted)</source>
        <translation>ungültiges Zeichen „%1“ im Muster „%2“ (erlaubt: Ziffern, Hex-Buchstaben, „.“, „:“, „*“, „?“ oder ein CIDR-Präfix wie 10.0.0.0/8; Hostnamen sind nicht zulässig)</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; is neither an IP address nor a glob and can never match</source>
        <translation>Muster „%1“ ist weder eine IP-Adresse noch ein Glob und kann nie passen</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; is not a valid IPv4 glob</source>
        <translation>Muster „%1“ ist kein gültiger IPv4-Glob</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; has a number with a leading zero, which no client address is written with: it matches less than it seems to; write the numbers without leading zeros</source>
        <translation>Muster &apos;%1&apos; enthält eine Zahl mit führender Null, wie sie keine Client-Adresse hat: es passt auf weniger, als es scheint; schreiben Sie die Zahlen ohne führende Nullen</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; has a number with a leading zero, which some programs read as octal: it is taken as %2; write it as the address meant, without leading zeros</source>
        <translation>Muster &apos;%1&apos; enthält eine Zahl mit führender Null, die manche Programme als Oktalzahl lesen: sie wird als %2 verstanden; schreiben Sie die gemeinte Adresse ohne führende Nullen</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Start the port relays at login</source>
        <translation>Die Portweiterleitungen bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>BulkAddDialog</name>
    <message>
        <source>Add Several Rules</source>
        <translation>Mehrere Regeln hinzufügen</translation>
    </message>
    <message>
        <source>One forwarding per line, as in rinetd.conf: bind address, port or range, target address, port or range, then [options]. allow/deny lines after a forwarding belong to it.</source>
        <translation>Eine Weiterleitung pro Zeile, wie in rinetd.conf: Bindeadresse, Port oder Bereich, Zieladresse, Port oder Bereich, dann [Optionen]. allow/deny-Zeilen nach einer Weiterleitung gehören zu ihr.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>not added here: only forwardings and the allow/deny lines under them are taken</source>
        <translation>hier nicht hinzugefügt: nur Weiterleitungen und die allow/deny-Zeilen darunter werden übernommen</translation>
    </message>
    <message>
        <source>allow/deny before the first forwarding would apply to every rule; put it under a forwarding, or edit the global access list</source>
        <translation>allow/deny vor der ersten Weiterleitung würde für jede Regel gelten; setzen Sie es unter eine Weiterleitung oder bearbeiten Sie die globale Zugriffsliste</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Rule(s)</source>
        <translation>
            <numerusform>%n Regel hinzufügen</numerusform>
            <numerusform>%n Regeln hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Type or paste forwardings above.</source>
        <translation>Geben Sie oben Weiterleitungen ein oder fügen Sie sie ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) can be added; lines with errors are left out until fixed.</source>
        <translation>
            <numerusform>%n Regel kann hinzugefügt werden; fehlerhafte Zeilen bleiben außen vor, bis sie korrigiert sind.</numerusform>
            <numerusform>%n Regeln können hinzugefügt werden; fehlerhafte Zeilen bleiben außen vor, bis sie korrigiert sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) can be added. They start after Apply.</source>
        <translation>
            <numerusform>%n Regel kann hinzugefügt werden. Sie startet nach dem Anwenden.</numerusform>
            <numerusform>%n Regeln können hinzugefügt werden. Sie starten nach dem Anwenden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Port-forwarding manager: relays TCP and UDP connections like rinetd, with a desktop UI or headless.</source>
        <translation>Portweiterleitungs-Verwaltung: leitet TCP- und UDP-Verbindungen weiter wie rinetd, mit Desktop-Oberfläche oder ohne.</translation>
    </message>
    <message>
        <source>Run the relay without a user interface, in the foreground.</source>
        <translation>Die Weiterleitung ohne Benutzeroberfläche im Vordergrund ausführen.</translation>
    </message>
    <message>
        <source>Configuration file (rinetd.conf or PortRelay JSON) for --headless. Default: /etc/rinetd.conf.</source>
        <translation>Konfigurationsdatei (rinetd.conf oder PortRelay-JSON) für --headless. Standard: /etc/rinetd.conf.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Accepted for rinetd compatibility; PortRelay always runs in the foreground.</source>
        <translation>Zur Kompatibilität mit rinetd akzeptiert; PortRelay läuft immer im Vordergrund.</translation>
    </message>
    <message>
        <source>Check FILE, print its diagnostics and exit (0: no error, 1: errors, 2: unreadable).</source>
        <translation>FILE prüfen, die Befunde ausgeben und beenden (0: kein Fehler, 1: Fehler, 2: nicht lesbar).</translation>
    </message>
    <message>
        <source>out</source>
        <translation>ausgabe</translation>
    </message>
    <message>
        <source>With --export: write even if FILE has errors.</source>
        <translation>Mit --export: auch schreiben, wenn FILE Fehler enthält.</translation>
    </message>
    <message>
        <source>With --headless: drop root privileges to this user after binding the listeners.</source>
        <translation>Mit --headless: nach dem Binden der Ports die Root-Rechte an diesen Benutzer abgeben.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>With --headless: send the program&apos;s messages to syslog.</source>
        <translation>Mit --headless: die Meldungen des Programms an syslog senden.</translation>
    </message>
    <message>
        <source>Syslog identity (default: portrelay).</source>
        <translation>Syslog-Kennung (Standard: portrelay).</translation>
    </message>
    <message>
        <source>Start the desktop manager hidden in the tray.</source>
        <translation>Die Desktop-Verwaltung versteckt im Benachrichtigungsfeld starten.</translation>
    </message>
    <message>
        <source>Configuration to open (GUI), to check or to convert.</source>
        <translation>Zu öffnende (Oberfläche), zu prüfende oder umzuwandelnde Konfiguration.</translation>
    </message>
    <message>
        <source>--headless, --check and --export exclude each other</source>
        <translation>--headless, --check und --export schließen einander aus</translation>
    </message>
    <message>
        <source>--check takes exactly one FILE</source>
        <translation>--check erwartet genau eine FILE</translation>
    </message>
    <message>
        <source>--export OUT takes exactly one FILE to convert</source>
        <translation>--export OUT erwartet genau eine umzuwandelnde FILE</translation>
    </message>
    <message>
        <source>give the configuration either with -c or as FILE, not both</source>
        <translation>die Konfiguration entweder mit -c oder als FILE angeben, nicht beides</translation>
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
        <translation>Steuert einen laufenden PortRelay-Dienst (portrelay --headless) über dessen Steuer-Socket.

Befehle:
  status             Regeln: Zustand, aktiv, Summen; Steuer-Clients
  enable RULE        eine Regel starten (RULE: ihr Name oder ihre Nummer in status)
  disable RULE       eine Regel stoppen
  apply FILE         die laufenden Regeln durch die aus FILE ersetzen (geprüft wie mit --check)
  reload             die eigene Datei des Dienstes neu einlesen (wie SIGHUP)
  connections        die offenen Verbindungen
  close ID           eine Verbindung schließen
  save               die laufende Konfiguration in die Datei des Dienstes schreiben

Exit-Status: 0 erledigt, 1 abgelehnt oder Fehler, 2 kein Dienst erreichbar.</translation>
    </message>
    <message>
        <source>The service&apos;s control socket. Default: $XDG_RUNTIME_DIR/portrelay/control.sock when that exists (your own service), else /run/portrelay/control.sock.</source>
        <translation>Der Steuer-Socket des Dienstes. Standard: $XDG_RUNTIME_DIR/portrelay/control.sock, wenn vorhanden (Ihr eigener Dienst), sonst /run/portrelay/control.sock.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Print status and connections as JSON.</source>
        <translation>Status und Verbindungen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Bridge the control protocol between stdin/stdout and the socket (for ssh user@host portrelay ctl --stdio).</source>
        <translation>Das Steuerprotokoll zwischen stdin/stdout und dem Socket weiterreichen (für ssh user@host portrelay ctl --stdio).</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <source>--stdio takes no command</source>
        <translation>--stdio nimmt keinen Befehl</translation>
    </message>
    <message>
        <source>a command is needed (see portrelay ctl --help)</source>
        <translation>ein Befehl wird benötigt (siehe portrelay ctl --help)</translation>
    </message>
    <message>
        <source>%1 takes no argument</source>
        <translation>%1 nimmt kein Argument</translation>
    </message>
    <message>
        <source>%1 takes one argument</source>
        <translation>%1 nimmt genau ein Argument</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Convert FILE to OUT (.json: PortRelay JSON, .nft: nftables ruleset, .cfg: HAProxy configuration, otherwise rinetd.conf) and exit.</source>
        <translation>FILE nach OUT umwandeln (.json: PortRelay-JSON, .nft: nftables-Regelsatz, .cfg: HAProxy-Konfiguration, sonst rinetd.conf) und beenden.</translation>
    </message>
    <message>
        <source>With --export: the format of OUT (rinetd, json, nftables or haproxy) whatever its extension.</source>
        <translation>Mit --export: das Format von OUT (rinetd, json, nftables oder haproxy), unabhängig von der Endung.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Open the desktop manager on a PortRelay service: its control socket, or ssh://user@host for the service on another computer.</source>
        <translation>Den Desktop-Manager für einen PortRelay-Dienst öffnen: dessen Steuer-Socket oder ssh://user@host für den Dienst auf einem anderen Rechner.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>With --headless: serve the control socket (for portrelay ctl and the desktop manager) at this path, or &quot;none&quot;. Default: /run/portrelay/control.sock as root, else $XDG_RUNTIME_DIR/portrelay/control.sock.</source>
        <translation>Mit --headless: den Steuer-Socket (für portrelay ctl und den Desktop-Manager) unter diesem Pfad bereitstellen, oder „none“. Standard: /run/portrelay/control.sock als root, sonst $XDG_RUNTIME_DIR/portrelay/control.sock.</translation>
    </message>
    <message>
        <source>With --headless: trace every connection step (accept, access check, connect, first byte, half-closes, close) on stderr, or syslog with --syslog.</source>
        <translation>Mit --headless: jeden Verbindungsschritt (Annahme, Zugriffsprüfung, Verbindungsaufbau, erstes Byte, Halbschließen, Schließen) auf stderr protokollieren, oder mit --syslog ins Syslog.</translation>
    </message>
    <message>
        <source>--format is only used with --export</source>
        <translation>--format wird nur mit --export verwendet</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (rinetd, json, nftables or haproxy)</source>
        <translation>unbekanntes --format &apos;%1&apos; (rinetd, json, nftables oder haproxy)</translation>
    </message>
    <message>
        <source>--connect manages a service&apos;s rules; it opens no FILE</source>
        <translation>--connect verwaltet die Regeln eines Dienstes; es öffnet keine Datei FILE</translation>
    </message>
    <message>
        <source>With --headless: relay on N threads, each with its own connections (&quot;auto&quot;: one per core). Default: 1.</source>
        <translation>Mit --headless: auf N Threads weiterleiten, jeder mit eigenen Verbindungen („auto“: einer pro Kern). Standard: 1.</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to %1 or auto</source>
        <translation>--threads erwartet eine Zahl von 1 bis %1 oder auto</translation>
    </message>
</context>
<context>
    <name>CommentNamesDialog</name>
    <message>
        <source>Names from Comments</source>
        <translation>Namen aus Kommentaren</translation>
    </message>
    <message>
        <source>These rules have a comment line right above them. Checked comments become the rules&apos; names (saved as &quot;#portrelay: name=&quot; lines); the comments stay as they are. Comments that look like a commented-out forwarding or a column header are not checked.</source>
        <translation>Diese Regeln haben direkt darüber eine Kommentarzeile. Angehakte Kommentare werden zu den Namen der Regeln (gespeichert als „#portrelay: name=“-Zeilen); die Kommentare bleiben unverändert. Kommentare, die wie eine auskommentierte Weiterleitung oder eine Spaltenüberschrift aussehen, sind nicht angehakt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Comment as written</source>
        <translation>Kommentar im Wortlaut</translation>
    </message>
    <message>
        <source>&amp;Use as names</source>
        <translation>Als Namen &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>CommentNamesOffer</name>
    <message>
        <source>Keep the rules unnamed</source>
        <translation>Die Regeln unbenannt lassen</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) have a comment line above them that could be a name. PortRelay names rules only from &quot;#portrelay: name=&quot; lines or from you.</source>
        <translation>
            <numerusform>%n Regel hat darüber eine Kommentarzeile, die ein Name sein könnte. PortRelay benennt Regeln nur aus „#portrelay: name=“-Zeilen oder durch Sie.</numerusform>
            <numerusform>%n Regeln haben darüber eine Kommentarzeile, die ein Name sein könnte. PortRelay benennt Regeln nur aus „#portrelay: name=“-Zeilen oder durch Sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview &amp;names…</source>
        <translation>&amp;Namen ansehen…</translation>
    </message>
</context>
<context>
    <name>ConfigCommands</name>
    <message>
        <source>portrelay: --check needs a FILE</source>
        <translation>portrelay: --check braucht eine FILE</translation>
    </message>
    <message>
        <source>portrelay: cannot read %1</source>
        <translation>portrelay: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2, rules: %3, errors: %4, warnings: %5</source>
        <translation>%1: %2, Regeln: %3, Fehler: %4, Warnungen: %5</translation>
    </message>
    <message>
        <source>portrelay: --export needs OUT and FILE</source>
        <translation>portrelay: --export braucht OUT und FILE</translation>
    </message>
    <message>
        <source>portrelay: nothing of %1 could be read; %2 was not written</source>
        <translation>portrelay: nichts von %1 konnte gelesen werden; %2 wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>portrelay: %1 has errors; %2 was not written (--force writes the valid parts, lines with errors become comments)</source>
        <translation>portrelay: %1 enthält Fehler; %2 wurde nicht geschrieben (--force schreibt die gültigen Teile, fehlerhafte Zeilen werden zu Kommentaren)</translation>
    </message>
    <message>
        <source>portrelay: cannot write %1</source>
        <translation>portrelay: %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: written, rules: %2</source>
        <translation>%1: geschrieben, Regeln: %2</translation>
    </message>
    <message>
        <source>portrelay: %1 cannot be exported as it is; %2 was not written (--force writes it without the rules named above)</source>
        <translation>portrelay: %1 kann so nicht exportiert werden; %2 wurde nicht geschrieben (--force schreibt es ohne die oben genannten Regeln)</translation>
    </message>
    <message>
        <source>%1: written, rules: %2, diagnostics: %3</source>
        <translation>%1: geschrieben, Regeln: %2, Meldungen: %3</translation>
    </message>
    <message>
        <source>portrelay: transparent: ok: %1</source>
        <translation>portrelay: transparent: in Ordnung: %1</translation>
    </message>
    <message>
        <source>portrelay: transparent: missing: %1 (%2)</source>
        <translation>portrelay: transparent: fehlt: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>%1: is a directory</source>
        <translation>%1: ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: is a symbolic link; not followed when running as root</source>
        <translation>%1: ist ein symbolischer Link; wird bei Ausführung als root nicht verfolgt</translation>
    </message>
</context>
<context>
    <name>ConfigValidator</name>
    <message>
        <source>global access list</source>
        <translation>globale Zugriffsliste</translation>
    </message>
    <message>
        <source>rule %1 (id %2)</source>
        <translation>Regel %1 (ID %2)</translation>
    </message>
    <message>
        <source>%1: option &apos;%2=%3&apos; cannot be written as name=value</source>
        <translation>%1: Option „%2=%3“ lässt sich nicht als name=wert schreiben</translation>
    </message>
    <message>
        <source>%1: option &apos;%2&apos; is not understood by rinetd 0.73; it is kept verbatim</source>
        <translation>%1: Option „%2“ versteht rinetd 0.73 nicht; sie bleibt unverändert erhalten</translation>
    </message>
    <message>
        <source>the target &apos;original original&apos; forwards TCP connections only</source>
        <translation>das Ziel &apos;original original&apos; leitet nur TCP-Verbindungen weiter</translation>
    </message>
    <message>
        <source>translate must be &apos;none&apos; or &apos;http&apos;, not &apos;%1&apos;</source>
        <translation>translate muss &apos;none&apos; oder &apos;http&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>translate=http needs a TCP rule</source>
        <translation>translate=http braucht eine TCP-Regel</translation>
    </message>
    <message>
        <source>&apos;allow %1&apos; can never match (%2): clients are let in only by the list&apos;s other allow patterns</source>
        <translation>&apos;allow %1&apos; kann nie zutreffen (%2): Clients werden nur durch die anderen allow-Muster der Liste eingelassen</translation>
    </message>
    <message>
        <source>&apos;deny %1&apos; can never match (%2): it denies nobody</source>
        <translation>&apos;deny %1&apos; kann nie zutreffen (%2): es sperrt niemanden</translation>
    </message>
    <message>
        <source>the rule on line %1</source>
        <translation>die Regel in Zeile %1</translation>
    </message>
    <message>
        <source>%1 %2 port %3 is also bound by %4 (%5 %6): the system refuses the second bind</source>
        <translation>%1 %2 Port %3 wird auch von %4 gebunden (%5 %6): das System verweigert die zweite Bindung</translation>
    </message>
    <message>
        <source>the bind address &apos;%1&apos; does not resolve: the rule cannot listen until it does</source>
        <translation>die Bind-Adresse &apos;%1&apos; lässt sich nicht auflösen: die Regel kann erst lauschen, wenn sie es tut</translation>
    </message>
    <message>
        <source>the target &apos;%1&apos; does not resolve: connections to this rule will fail until it does</source>
        <translation>das Ziel &apos;%1&apos; lässt sich nicht auflösen: Verbindungen zu dieser Regel schlagen fehl, bis es das tut</translation>
    </message>
    <message>
        <source>its own listener</source>
        <translation>ihr eigener Listener</translation>
    </message>
    <message>
        <source>the listener of the rule on line %1</source>
        <translation>der Listener der Regel in Zeile %1</translation>
    </message>
    <message>
        <source>the listener of rule %1 (id %2)</source>
        <translation>der Listener der Regel %1 (ID %2)</translation>
    </message>
    <message>
        <source>the target %1 port %2 is %3 (%4 %5), which leads back to this rule: every connection would open another one until no descriptors are left</source>
        <translation>das Ziel %1 Port %2 ist %3 (%4 %5), was zurück zu dieser Regel führt: jede Verbindung würde eine weitere öffnen, bis keine Deskriptoren mehr übrig sind</translation>
    </message>
    <message>
        <source>the target %1 port %2 is %3 (%4 %5): connections pass through PortRelay twice</source>
        <translation>das Ziel %1 Port %2 ist %3 (%4 %5): Verbindungen laufen zweimal durch PortRelay</translation>
    </message>
    <message>
        <source>the id must be a positive number</source>
        <translation>die ID muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>the id is used by another rule</source>
        <translation>die ID wird von einer anderen Regel verwendet</translation>
    </message>
    <message>
        <source>protocols differ: %1 on the bind side, %2 on the connect side</source>
        <translation>Protokolle unterscheiden sich: %1 auf der Bind-Seite, %2 auf der Verbindungsseite</translation>
    </message>
    <message>
        <source>The bind address is empty.</source>
        <translation>Die Bind-Adresse ist leer.</translation>
    </message>
    <message>
        <source>The target address is empty.</source>
        <translation>Die Zieladresse ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name.</source>
        <translation>„%1“ ist weder eine IP-Adresse noch ein Hostname.</translation>
    </message>
    <message>
        <source>The port is empty.</source>
        <translation>Der Port ist leer.</translation>
    </message>
    <message>
        <source>Port %1 is outside 1-65535.</source>
        <translation>Port %1 liegt außerhalb von 1-65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number or a known %2 service name.</source>
        <translation>„%1“ ist weder eine Portnummer noch ein bekannter %2-Dienstname.</translation>
    </message>
    <message>
        <source>The timeout &quot;%1&quot; is not a whole number of seconds.</source>
        <translation>Das Zeitlimit „%1“ ist keine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is neither an IP address nor a host name.</source>
        <translation>Die Quelle „%1“ ist weder eine IP-Adresse noch ein Hostname.</translation>
    </message>
    <message>
        <source>The source %1 is an IPv4 address but the target %2 is IPv6: connections to it cannot leave from an IPv4 address.</source>
        <translation>Die Quelle %1 ist eine IPv4-Adresse, das Ziel %2 aber IPv6: Verbindungen dorthin können nicht von einer IPv4-Adresse ausgehen.</translation>
    </message>
    <message>
        <source>The source %1 is an IPv6 address but the target %2 is IPv4: connections to it cannot leave from an IPv6 address.</source>
        <translation>Die Quelle %1 ist eine IPv6-Adresse, das Ziel %2 aber IPv4: Verbindungen dorthin können nicht von einer IPv6-Adresse ausgehen.</translation>
    </message>
    <message>
        <source>the target &apos;original original&apos; needs a single bind port, not a range</source>
        <translation>das Ziel &apos;original original&apos; braucht einen einzelnen Bindeport, keinen Bereich</translation>
    </message>
    <message>
        <source>the range %1 has %2 ports: one listening descriptor each</source>
        <translation>der Bereich %1 hat %2 Ports: je ein lauschender Deskriptor</translation>
    </message>
</context>
<context>
    <name>ConnectionLog</name>
    <message>
        <source>it is a symbolic link, which root does not follow</source>
        <translation>es ist ein symbolischer Link, dem root nicht folgt</translation>
    </message>
    <message>
        <source>could not reopen %1 to append: %2; connections are still logged to the file opened before</source>
        <translation>%1 konnte nicht zum Anhängen neu geöffnet werden: %2; Verbindungen werden weiter in die zuvor geöffnete Datei protokolliert</translation>
    </message>
    <message>
        <source>could not open %1 to append: %2; connections are not logged</source>
        <translation>%1 konnte nicht zum Anhängen geöffnet werden: %2; Verbindungen werden nicht protokolliert</translation>
    </message>
    <message numerus="yes">
        <source>could not write to %1: %2; %n connection log line(s) lost</source>
        <translation>
            <numerusform>konnte nicht in %1 schreiben: %2; %n Zeile des Verbindungsprotokolls verloren</numerusform>
            <numerusform>konnte nicht in %1 schreiben: %2; %n Zeilen des Verbindungsprotokolls verloren</numerusform>
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
        <translation>Client</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>From client</source>
        <translation>Vom Client</translation>
    </message>
    <message>
        <source>To client</source>
        <translation>Zum Client</translation>
    </message>
    <message>
        <source>Original destination</source>
        <translation>Ursprüngliches Ziel</translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <source>Close connection</source>
        <translation>Verbindung schließen</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Ausgewählte Regel</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <source>Throughput of:</source>
        <translation>Durchsatz von:</translation>
    </message>
    <message>
        <source>Open connections of all rules</source>
        <translation>Offene Verbindungen aller Regeln</translation>
    </message>
    <message>
        <source>Open connections of %1</source>
        <translation>Offene Verbindungen von %1</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>In: bytes per second from the clients to the targets.
Out: bytes per second from the targets back to the clients.</source>
        <translation>Ein: Bytes pro Sekunde von den Clients zu den Zielen.
Aus: Bytes pro Sekunde von den Zielen zurück zu den Clients.</translation>
    </message>
    <message>
        <source>Close connec&amp;tion</source>
        <translation>Verbindung sc&amp;hließen</translation>
    </message>
</context>
<context>
    <name>ControlClient</name>
    <message>
        <source>the transport is not open for reading and writing</source>
        <translation>der Transport ist nicht zum Lesen und Schreiben geöffnet</translation>
    </message>
    <message>
        <source>not connected to a PortRelay service</source>
        <translation>nicht mit einem PortRelay-Dienst verbunden</translation>
    </message>
    <message>
        <source>the service sent a message longer than %1 bytes</source>
        <translation>der Dienst hat eine Nachricht gesendet, die länger als %1 Bytes ist</translation>
    </message>
    <message>
        <source>the service sent a message that is not a reply or an event</source>
        <translation>der Dienst hat eine Nachricht gesendet, die weder Antwort noch Ereignis ist</translation>
    </message>
    <message>
        <source>the service answered request %1, which was not asked</source>
        <translation>der Dienst hat auf Anfrage %1 geantwortet, die nicht gestellt wurde</translation>
    </message>
    <message>
        <source>the service sent an unreadable status</source>
        <translation>der Dienst hat einen unlesbaren Status gesendet</translation>
    </message>
    <message>
        <source>the service sent an unreadable configuration</source>
        <translation>der Dienst hat eine unlesbare Konfiguration gesendet</translation>
    </message>
    <message>
        <source>the service&apos;s greeting cannot be read</source>
        <translation>die Begrüßung des Dienstes kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the service speaks control protocol %1; this program knows %2</source>
        <translation>der Dienst spricht Steuerprotokoll %1; dieses Programm kennt %2</translation>
    </message>
    <message>
        <source>the connection to the service ended</source>
        <translation>die Verbindung zum Dienst wurde beendet</translation>
    </message>
</context>
<context>
    <name>ControlServer</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a directory owned by this user and closed to others; not using it for the control socket</source>
        <translation>%1 ist kein Verzeichnis, das diesem Benutzer gehört und für andere gesperrt ist; wird nicht für den Steuer-Socket verwendet</translation>
    </message>
    <message>
        <source>%1 exists and is not a socket</source>
        <translation>%1 existiert und ist kein Socket</translation>
    </message>
    <message>
        <source>another PortRelay service already serves %1</source>
        <translation>ein anderer PortRelay-Dienst bedient bereits %1</translation>
    </message>
    <message>
        <source>cannot remove the stale socket %1: %2</source>
        <translation>der verwaiste Socket %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>cannot give %1 to group %2: %3</source>
        <translation>%1 kann nicht der Gruppe %2 übergeben werden: %3</translation>
    </message>
    <message>
        <source>control socket %1</source>
        <translation>Steuer-Socket %1</translation>
    </message>
    <message>
        <source>the service stops</source>
        <translation>der Dienst wird beendet</translation>
    </message>
    <message>
        <source>too many control clients (at most %1)</source>
        <translation>zu viele Steuer-Clients (höchstens %1)</translation>
    </message>
    <message>
        <source>the caller&apos;s identity cannot be read</source>
        <translation>die Identität des Aufrufers kann nicht ermittelt werden</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>the service&apos;s own user</source>
        <translation>der eigene Benutzer des Dienstes</translation>
    </message>
    <message>
        <source>member of group %1</source>
        <translation>Mitglied der Gruppe %1</translation>
    </message>
    <message>
        <source>you are not in group %1</source>
        <translation>Sie sind nicht in der Gruppe %1</translation>
    </message>
    <message>
        <source>group %1 does not exist on this host</source>
        <translation>die Gruppe %1 existiert auf diesem Rechner nicht</translation>
    </message>
    <message>
        <source>control client connected: %1 (uid %2, %3)</source>
        <translation>Steuer-Client verbunden: %1 (UID %2, %3)</translation>
    </message>
    <message>
        <source>may change</source>
        <translation>darf ändern</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesend</translation>
    </message>
    <message>
        <source>message longer than %1 bytes</source>
        <translation>Nachricht länger als %1 Bytes</translation>
    </message>
    <message>
        <source>too many malformed requests</source>
        <translation>zu viele fehlerhafte Anfragen</translation>
    </message>
    <message>
        <source>permission denied: %1</source>
        <translation>Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>control client %1 (uid %2): %3</source>
        <translation>Steuer-Client %1 (UID %2): %3</translation>
    </message>
    <message>
        <source>the configuration changed (revision %1) since revision %2 this change was based on; nothing was changed</source>
        <translation>die Konfiguration hat sich geändert (Revision %1) seit Revision %2, auf der diese Änderung beruht; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the configuration has errors; nothing was applied</source>
        <translation>die Konfiguration enthält Fehler; nichts wurde angewendet</translation>
    </message>
    <message>
        <source>no rule with id %1</source>
        <translation>keine Regel mit ID %1</translation>
    </message>
    <message>
        <source>no connection with id %1</source>
        <translation>keine Verbindung mit ID %1</translation>
    </message>
    <message>
        <source>%1 has errors; the running configuration is kept unchanged</source>
        <translation>%1 enthält Fehler; die laufende Konfiguration bleibt unverändert</translation>
    </message>
    <message>
        <source>the client does not read its replies</source>
        <translation>der Client liest seine Antworten nicht</translation>
    </message>
    <message>
        <source>control client %1 disconnected: %2</source>
        <translation>Steuer-Client %1 getrennt: %2</translation>
    </message>
</context>
<context>
    <name>ControlText</name>
    <message>
        <source>message longer than %1 bytes</source>
        <translation>Nachricht länger als %1 Bytes</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 bei Position %2</translation>
    </message>
    <message>
        <source>a message must be a JSON object</source>
        <translation>eine Nachricht muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>a request needs &quot;id&quot;, a positive integer</source>
        <translation>eine Anfrage braucht „id“, eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>a request needs &quot;request&quot;, a string</source>
        <translation>eine Anfrage braucht „request“, eine Zeichenkette</translation>
    </message>
    <message>
        <source>unknown request &quot;%1&quot;</source>
        <translation>unbekannte Anfrage „%1“</translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot;</source>
        <translation>%1 braucht „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>„%1“ muss %2 sein</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>eine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a PortRelay JSON configuration object</source>
        <translation>ein PortRelay-JSON-Konfigurationsobjekt</translation>
    </message>
    <message>
        <source>the configuration cannot be read</source>
        <translation>die Konfiguration kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>CtlText</name>
    <message>
        <source>no PortRelay service at %1: is portrelay.service running?</source>
        <translation>kein PortRelay-Dienst unter %1: läuft portrelay.service?</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>permission denied: cannot open %1 (members of group %2 may; ask to be added to it)</source>
        <translation>Zugriff verweigert: %1 kann nicht geöffnet werden (Mitglieder der Gruppe %2 dürfen das; bitten Sie darum, aufgenommen zu werden)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the service did not answer in time</source>
        <translation>der Dienst hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the service closed the connection</source>
        <translation>der Dienst hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>PortRelay %1 service: %2 (revision %3)</source>
        <translation>PortRelay-Dienst %1: %2 (Revision %3)</translation>
    </message>
    <message>
        <source>control clients: %1; you (%2): %3</source>
        <translation>Steuer-Clients: %1; Sie (%2): %3</translation>
    </message>
    <message>
        <source>may change (%1)</source>
        <translation>darf ändern (%1)</translation>
    </message>
    <message>
        <source>read-only (%1)</source>
        <translation>nur lesend (%1)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>ACCEPTED</source>
        <translation>ANGENOMMEN</translation>
    </message>
    <message>
        <source>BYTES IN</source>
        <translation>BYTES EIN</translation>
    </message>
    <message>
        <source>BYTES OUT</source>
        <translation>BYTES AUS</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>CLIENT</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>BEGONNEN</translation>
    </message>
    <message>
        <source>no rule &quot;%1&quot;: give its name or its number in &quot;portrelay ctl status&quot;</source>
        <translation>keine Regel „%1“: geben Sie ihren Namen oder ihre Nummer aus „portrelay ctl status“ an</translation>
    </message>
    <message>
        <source>rule %1 enabled (revision %2)</source>
        <translation>Regel %1 aktiviert (Revision %2)</translation>
    </message>
    <message>
        <source>rule %1 disabled (revision %2)</source>
        <translation>Regel %1 deaktiviert (Revision %2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was applied</source>
        <translation>%1 enthält Fehler; nichts wurde angewendet</translation>
    </message>
    <message>
        <source>rule %1 cannot start: %2</source>
        <translation>Regel %1 kann nicht starten: %2</translation>
    </message>
    <message numerus="yes">
        <source>applied (revision %1), but %n rule(s) failed to start</source>
        <translation>
            <numerusform>angewendet (Revision %1), aber %n Regel konnte nicht starten</numerusform>
            <numerusform>angewendet (Revision %1), aber %n Regeln konnten nicht starten</numerusform>
        </translation>
    </message>
    <message>
        <source>applied (revision %1)</source>
        <translation>angewendet (Revision %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection id (see portrelay ctl connections)</source>
        <translation>„%1“ ist keine Verbindungs-ID (siehe portrelay ctl connections)</translation>
    </message>
    <message>
        <source>connection %1 closed</source>
        <translation>Verbindung %1 geschlossen</translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation>gespeichert in %1</translation>
    </message>
    <message>
        <source>socket path too long: %1</source>
        <translation>Socket-Pfad zu lang: %1</translation>
    </message>
    <message>
        <source>permission denied: cannot open %1 (members of group %2 may)</source>
        <translation>Zugriff verweigert: %1 kann nicht geöffnet werden (Mitglieder der Gruppe %2 dürfen das)</translation>
    </message>
    <message>
        <source>DENIED</source>
        <translation>ABGEWIESEN</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>connection log: %1</source>
        <translation>Verbindungsprotokoll: %1</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Another PortRelay was started to open %1, but %2 has unsaved changes.</source>
        <translation>Ein weiteres PortRelay wurde gestartet, um %1 zu öffnen, aber %2 hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Discard the changes and open it?</source>
        <translation>Änderungen verwerfen und die Datei öffnen?</translation>
    </message>
    <message>
        <source>Quit PortRelay</source>
        <translation>PortRelay beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) are being relayed. Quitting closes them.</source>
        <translation>
            <numerusform>%n Verbindung wird gerade weitergeleitet. Beenden schließt sie.</numerusform>
            <numerusform>%n Verbindungen werden gerade weitergeleitet. Beenden schließt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>PortRelay is still running</source>
        <translation>PortRelay läuft weiter</translation>
    </message>
    <message>
        <source>The relays keep running. Use the tray icon to show the window or to quit.</source>
        <translation>Die Weiterleitungen laufen weiter. Über das Symbol im Benachrichtigungsfeld zeigen Sie das Fenster wieder an oder beenden das Programm.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>The document has no file yet.</source>
        <translation>Das Dokument hat noch keine Datei.</translation>
    </message>
    <message>
        <source>Not enabled: %1 port %2 is already bound by another enabled rule.</source>
        <translation>Nicht aktiviert: %1 Port %2 ist bereits durch eine andere aktivierte Regel gebunden.</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <source>rinetd configuration (*.conf)</source>
        <translation>rinetd-Konfiguration (*.conf)</translation>
    </message>
    <message>
        <source>PortRelay JSON (*.json)</source>
        <translation>PortRelay-JSON (*.json)</translation>
    </message>
    <message>
        <source>nftables ruleset (*.nft)</source>
        <translation>nftables-Regelsatz (*.nft)</translation>
    </message>
    <message>
        <source>HAProxy configuration (*.cfg)</source>
        <translation>HAProxy-Konfiguration (*.cfg)</translation>
    </message>
    <message>
        <source>PortRelay JSON</source>
        <translation>PortRelay-JSON</translation>
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
        <translation>Als %1 exportieren</translation>
    </message>
    <message>
        <source>%1 cannot express everything of these rules. Nothing is written yet.</source>
        <translation>%1 kann nicht alles an diesen Regeln ausdrücken. Noch wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) marked as errors would be left out of %1.</source>
        <translation>
            <numerusform>%n als fehlerhaft markierte Regel würde in %1 ausgelassen.</numerusform>
            <numerusform>%n als fehlerhaft markierte Regeln würden in %1 ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation>Gesamte Konfiguration</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Write Without Them</source>
        <translation>Ohne sie schreiben</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Exportieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 as %2.</source>
        <translation>%1 als %2 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %2 (%n note(s)).</source>
        <translation>
            <numerusform>%1 als %2 exportiert (%n Hinweis).</numerusform>
            <numerusform>%1 als %2 exportiert (%n Hinweise).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSupport</name>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>rule %1 (%2)</source>
        <translation>Regel %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ExposureReport</name>
    <message>
        <source>Listens on every IPv4 address of this computer: other machines can connect.</source>
        <translation>Lauscht auf jeder IPv4-Adresse dieses Computers: andere Rechner können sich verbinden.</translation>
    </message>
    <message>
        <source>Listens on every IPv4 and IPv6 address of this computer: other machines can connect.</source>
        <translation>Lauscht auf jeder IPv4- und IPv6-Adresse dieses Computers: andere Rechner können sich verbinden.</translation>
    </message>
    <message>
        <source>Port %1 is below 1024: binding it needs root or the CAP_NET_BIND_SERVICE capability.</source>
        <translation>Port %1 liegt unter 1024: ihn zu binden erfordert root oder die Capability CAP_NET_BIND_SERVICE.</translation>
    </message>
    <message>
        <source>Ports %1-%2 are below 1024: binding them needs root or the CAP_NET_BIND_SERVICE capability.</source>
        <translation>Die Ports %1-%2 liegen unter 1024: sie zu binden erfordert root oder die Capability CAP_NET_BIND_SERVICE.</translation>
    </message>
    <message>
        <source>%1 port %2 is already in use on this computer (%3 is bound): this rule would fail to start or compete with that program.</source>
        <translation>%1 Port %2 wird auf diesem Computer bereits verwendet (%3 ist gebunden): diese Regel würde nicht starten oder mit jenem Programm konkurrieren.</translation>
    </message>
</context>
<context>
    <name>ForwardCommand</name>
    <message>
        <source>Relays every TCP connection to [ADDR:]PORT to HOST:PORT, in the foreground, like redir. Each option names the redir option it replaces.</source>
        <translation>Leitet jede TCP-Verbindung an [ADDR:]PORT im Vordergrund an HOST:PORT weiter, wie redir. Jede Option nennt die redir-Option, die sie ersetzt.</translation>
    </message>
    <message>
        <source>FTP helper: passive, active or both (redir -f, --ftp=pasv|port|both; rule option ftp=).</source>
        <translation>FTP-Helfer: passive, active oder both (redir -f, --ftp=pasv|port|both; Regeloption ftp=).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Connect to the target from the client&apos;s address and port (redir -p, --transproxy; rule option transparent=yes). Needs CAP_NET_ADMIN and policy routing, see docs/transparent.md.</source>
        <translation>Von Adresse und Port des Clients aus mit dem Ziel verbinden (redir -p, --transproxy; Regeloption transparent=yes). Braucht CAP_NET_ADMIN und Policy-Routing, siehe docs/transparent.md.</translation>
    </message>
    <message>
        <source>Close a connection idle for SEC seconds (redir -t, --timeout; rule option timeout=).</source>
        <translation>Eine Verbindung schließen, die SEC Sekunden untätig war (redir -t, --timeout; Regeloption timeout=).</translation>
    </message>
    <message>
        <source>sec</source>
        <translation>Sek</translation>
    </message>
    <message>
        <source>Limit each connection to BPS bits per second in each direction (redir -m, --max-bandwidth; rule option rate= in bytes per second).</source>
        <translation>Jede Verbindung in jede Richtung auf BPS Bit pro Sekunde begrenzen (redir -m, --max-bandwidth; Regeloption rate= in Bytes pro Sekunde).</translation>
    </message>
    <message>
        <source>bps</source>
        <translation>bps</translation>
    </message>
    <message>
        <source>Source address of the connections to the target (redir -b, --bind; rule option src=).</source>
        <translation>Quelladresse der Verbindungen zum Ziel (redir -b, --bind; Regeloption src=).</translation>
    </message>
    <message>
        <source>addr</source>
        <translation>Adr</translation>
    </message>
    <message>
        <source>Send messages and connection events to syslog, facility daemon (redir -s, --syslog).</source>
        <translation>Meldungen und Verbindungsereignisse an Syslog senden, Facility daemon (redir -s, --syslog).</translation>
    </message>
    <message>
        <source>Syslog identity (redir -I, --ident; default: portrelay).</source>
        <translation>Syslog-Kennung (redir -I, --ident; Standard: portrelay).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Trace every connection step on stderr, or syslog with --syslog (redir -d, --debug).</source>
        <translation>Jeden Verbindungsschritt auf stderr protokollieren, oder mit --syslog ins Syslog (redir -d, --debug).</translation>
    </message>
    <message>
        <source>Drop root privileges to this user after binding (redir has no equivalent).</source>
        <translation>Nach dem Binden die root-Rechte zugunsten dieses Benutzers abgeben (redir hat keine Entsprechung).</translation>
    </message>
    <message>
        <source>Accepted for redir compatibility (redir -n); PortRelay always runs in the foreground.</source>
        <translation>Zur Kompatibilität mit redir akzeptiert (redir -n); PortRelay läuft immer im Vordergrund.</translation>
    </message>
    <message>
        <source>Where to listen: [ADDR:]PORT (default address 0.0.0.0).</source>
        <translation>Wo gelauscht wird: [ADDR:]PORT (Standardadresse 0.0.0.0).</translation>
    </message>
    <message>
        <source>Where to relay to: HOST:PORT.</source>
        <translation>Wohin weitergeleitet wird: HOST:PORT.</translation>
    </message>
    <message numerus="yes">
        <source>expected [ADDR:]PORT HOST:PORT, found %n argument(s)</source>
        <translation>
            <numerusform>[ADDR:]PORT HOST:PORT erwartet, %n Argument gefunden</numerusform>
            <numerusform>[ADDR:]PORT HOST:PORT erwartet, %n Argumente gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [ADDR:]PORT</source>
        <translation>&apos;%1&apos; ist nicht [ADDR:]PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation>&apos;%1&apos; ist nicht HOST:PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port in 1..65535 or a TCP service name</source>
        <translation>&apos;%1&apos; ist weder ein Port in 1..65535 noch ein TCP-Dienstname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address or host name</source>
        <translation>&apos;%1&apos; ist weder eine Adresse noch ein Hostname</translation>
    </message>
    <message>
        <source>--ftp must be passive, active or both (or redir&apos;s pasv, port), not &apos;%1&apos;</source>
        <translation>--ftp muss passive, active oder both sein (oder redirs pasv, port), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds, not &apos;%1&apos;</source>
        <translation>--timeout muss eine ganze Zahl von Sekunden sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-bandwidth must be a number of bits per second of at least 8, not &apos;%1&apos;</source>
        <translation>--max-bandwidth muss eine Zahl von Bit pro Sekunde von mindestens 8 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--bind and --transproxy exclude each other: with --transproxy the source address is the client&apos;s</source>
        <translation>--bind und --transproxy schließen einander aus: mit --transproxy ist die Quelladresse die des Clients</translation>
    </message>
    <message>
        <source>--bind needs an address, not &apos;%1&apos;</source>
        <translation>--bind braucht eine Adresse, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Relay on N threads, each with its own connections (&quot;auto&quot;: one per core). Default: 1.</source>
        <translation>Auf N Threads weiterleiten, jeder mit eigenen Verbindungen („auto“: einer pro Kern). Standard: 1.</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to %1 or auto</source>
        <translation>--threads erwartet eine Zahl von 1 bis %1 oder auto</translation>
    </message>
</context>
<context>
    <name>FreePortFinder</name>
    <message numerus="yes">
        <source>no block of %n free port(s) above %1</source>
        <translation>
            <numerusform>kein Block von %n freien Port über %1</numerusform>
            <numerusform>kein Block von %n freien Ports über %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HaproxyExporter</name>
    <message>
        <source>global access list: &apos;%1&apos; has no exact CIDR form; HAProxy matches addresses, not text (write it as a CIDR block)</source>
        <translation>globale Zugriffsliste: &apos;%1&apos; hat keine exakte CIDR-Form; HAProxy vergleicht Adressen, nicht Text (schreiben Sie es als CIDR-Block)</translation>
    </message>
    <message>
        <source>the connection log goes to syslog (/dev/log) in HAProxy&apos;s tcplog format, not to %1</source>
        <translation>das Verbindungsprotokoll geht im tcplog-Format von HAProxy an Syslog (/dev/log), nicht nach %1</translation>
    </message>
    <message>
        <source>%1: not exported: HAProxy relays TCP only</source>
        <translation>%1: nicht exportiert: HAProxy leitet nur TCP weiter</translation>
    </message>
    <message>
        <source>%1: not exported: %2</source>
        <translation>%1: nicht exportiert: %2</translation>
    </message>
    <message>
        <source>%1: not exported: the pattern &apos;%2&apos; has no exact CIDR form; HAProxy matches addresses, not text (write it as a CIDR block)</source>
        <translation>%1: nicht exportiert: das Muster &apos;%2&apos; hat keine exakte CIDR-Form; HAProxy vergleicht Adressen, nicht Text (schreiben Sie es als CIDR-Block)</translation>
    </message>
    <message>
        <source>%1: accept-proxy=%2: HAProxy accepts headers of both versions</source>
        <translation>%1: accept-proxy=%2: HAProxy akzeptiert Header beider Versionen</translation>
    </message>
    <message>
        <source>%1: option &apos;%2=%3&apos; cannot be expressed in HAProxy; not exported</source>
        <translation>%1: Option &apos;%2=%3&apos; lässt sich in HAProxy nicht ausdrücken; nicht exportiert</translation>
    </message>
    <message>
        <source>%1: not exported: the accept-proxy-from pattern &apos;%2&apos; has no exact CIDR form</source>
        <translation>%1: nicht exportiert: das accept-proxy-from-Muster &apos;%2&apos; hat keine exakte CIDR-Form</translation>
    </message>
    <message>
        <source>%1: accept-proxy without accept-proxy-from: every connection is refused, as PortRelay does</source>
        <translation>%1: accept-proxy ohne accept-proxy-from: jede Verbindung wird abgewiesen, wie bei PortRelay</translation>
    </message>
    <message>
        <source>no rule was exported: HAProxy does not start without a frontend</source>
        <translation>keine Regel wurde exportiert: HAProxy startet nicht ohne Frontend</translation>
    </message>
</context>
<context>
    <name>HeadlessController</name>
    <message>
        <source>starting redirections...</source>
        <translation>Weiterleitungen werden gestartet...</translation>
    </message>
    <message>
        <source>cannot read the configuration file: %1</source>
        <translation>Konfigurationsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1: %2</source>
        <translation>Konfigurationsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>received SIGHUP, reloading configuration...</source>
        <translation>SIGHUP empfangen, Konfiguration wird neu geladen...</translation>
    </message>
    <message>
        <source>received %1, stopping...</source>
        <translation>%1 empfangen, wird beendet...</translation>
    </message>
    <message>
        <source>%1 not applied: the running configuration is kept unchanged</source>
        <translation>%1 nicht angewendet: die laufende Konfiguration bleibt unverändert</translation>
    </message>
    <message>
        <source>pidlogfile changed to %1: it takes effect at the next start</source>
        <translation>pidlogfile auf %1 geändert: wirkt ab dem nächsten Start</translation>
    </message>
    <message numerus="yes">
        <source>configuration reloaded: %n rule(s) failed to start</source>
        <translation>
            <numerusform>Konfiguration neu geladen: %n Regel konnte nicht starten</numerusform>
            <numerusform>Konfiguration neu geladen: %n Regeln konnten nicht starten</numerusform>
        </translation>
    </message>
    <message>
        <source>no rule could start; exiting</source>
        <translation>keine Regel konnte starten; Programm endet</translation>
    </message>
    <message>
        <source>running as user %1 (uid %2, gid %3)</source>
        <translation>läuft als Benutzer %1 (UID %2, GID %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 rule(s) started</source>
        <translation>
            <numerusform>%n von %1 Regeln gestartet</numerusform>
            <numerusform>%n von %1 Regeln gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>cannot start a rule: %1</source>
        <translation>eine Regel kann nicht starten: %1</translation>
    </message>
    <message>
        <source>cannot start rule &quot;%1 %2 %3 %4&quot;: %5</source>
        <translation>Regel „%1 %2 %3 %4“ kann nicht starten: %5</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>rule %1 uses transparent=yes, which needs CAP_NET_ADMIN for every connection; --user %2 would give it up. Run without --user (as a systemd service: User=%2 with AmbientCapabilities=CAP_NET_ADMIN).</source>
        <translation>Regel %1 verwendet transparent=yes, was für jede Verbindung CAP_NET_ADMIN braucht; --user %2 würde es aufgeben. Ohne --user starten (als systemd-Dienst: User=%2 mit AmbientCapabilities=CAP_NET_ADMIN).</translation>
    </message>
    <message>
        <source>no control socket: XDG_RUNTIME_DIR is not set (use --control PATH)</source>
        <translation>kein Steuer-Socket: XDG_RUNTIME_DIR ist nicht gesetzt (verwenden Sie --control PATH)</translation>
    </message>
    <message>
        <source>no control socket: %1</source>
        <translation>kein Steuer-Socket: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s) received from the service manager</source>
        <translation>
            <numerusform>%n Socket vom Dienstmanager erhalten</numerusform>
            <numerusform>%n Sockets vom Dienstmanager erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>inherited socket %1 matches no enabled rule: it is not served</source>
        <translation>geerbter Socket %1 passt zu keiner aktivierten Regel: er wird nicht bedient</translation>
    </message>
    <message>
        <source>applying a configuration from a control client</source>
        <translation>Konfiguration von einem Steuer-Client wird angewendet</translation>
    </message>
    <message>
        <source>reloading configuration for a control client...</source>
        <translation>Konfiguration wird für einen Steuer-Client neu geladen...</translation>
    </message>
    <message>
        <source>running configuration saved to %1</source>
        <translation>laufende Konfiguration in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This Rule Doing?</source>
        <translation>&amp;Was tut diese Regel?</translation>
    </message>
    <message>
        <source>The selected rule in plain words: where it listens, who can connect, where it relays to (Shift+F1)</source>
        <translation>Die ausgewählte Regel in einfachen Worten: wo sie lauscht, wer sich verbinden kann, wohin sie weiterleitet (Shift+F1)</translation>
    </message>
    <message>
        <source>&amp;Manual Page</source>
        <translation>&amp;Handbuchseite</translation>
    </message>
    <message>
        <source>&amp;Documentation Folder</source>
        <translation>&amp;Dokumentationsordner</translation>
    </message>
    <message>
        <source>&amp;About PortRelay</source>
        <translation>Ü&amp;ber PortRelay</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PortRelay %1&lt;/h3&gt;&lt;p&gt;TCP and UDP port forwarding, on the desktop and as a system service; reads and writes rinetd.conf.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 2 or (at your option) any later version. There is no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PortRelay %1&lt;/h3&gt;&lt;p&gt;TCP- und UDP-Portweiterleitung, auf dem Desktop und als Systemdienst; liest und schreibt rinetd.conf.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 2 oder (nach Ihrer Wahl) jeder späteren Version. Es gibt keine Garantie.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft unter Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Documentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and &lt;tt&gt;man portrelay&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dokumentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; und &lt;tt&gt;man portrelay&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Documentation: &lt;tt&gt;man portrelay&lt;/tt&gt; (Help &amp;gt; Manual Page).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dokumentation: &lt;tt&gt;man portrelay&lt;/tt&gt; (Hilfe &amp;gt; Handbuchseite).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About PortRelay</source>
        <translation>Über PortRelay</translation>
    </message>
    <message>
        <source>Documentation Folder</source>
        <translation>Dokumentationsordner</translation>
    </message>
    <message>
        <source>The documentation is not installed here. An installed PortRelay keeps it in %1.</source>
        <translation>Die Dokumentation ist hier nicht installiert. Ein installiertes PortRelay legt sie in %1 ab.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
</context>
<context>
    <name>HttpRequestRewriter</name>
    <message>
        <source>the request header block is larger than %1 bytes</source>
        <translation>der Kopfbereich der Anfrage ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>fehlerhafte Anfragezeile</translation>
    </message>
    <message>
        <source>folded header line (obsolete line folding is refused)</source>
        <translation>umbrochene Kopfzeile (veraltetes Line Folding wird abgelehnt)</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>fehlerhafte Kopfzeile</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>ungültige Content-Length</translation>
    </message>
    <message>
        <source>conflicting Content-Length values</source>
        <translation>widersprüchliche Content-Length-Werte</translation>
    </message>
    <message>
        <source>more than one Host header</source>
        <translation>mehr als ein Host-Header</translation>
    </message>
    <message>
        <source>invalid Host header</source>
        <translation>ungültiger Host-Header</translation>
    </message>
    <message>
        <source>origin-form request without Host and without an original destination</source>
        <translation>Anfrage in origin-form ohne Host und ohne ursprüngliches Ziel</translation>
    </message>
    <message>
        <source>request body with a Transfer-Encoding other than chunked last</source>
        <translation>Anfrageinhalt mit einem anderen Transfer-Encoding als chunked am Ende</translation>
    </message>
    <message>
        <source>chunk line or trailers too long</source>
        <translation>Chunk-Zeile oder Trailer zu lang</translation>
    </message>
    <message>
        <source>chunk data longer than its size</source>
        <translation>Chunk-Daten länger als ihre Größe</translation>
    </message>
    <message>
        <source>invalid chunk size</source>
        <translation>ungültige Chunk-Größe</translation>
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
        <translation>%1/s</translation>
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
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
</context>
<context>
    <name>ImportDiagnosticsDialog</name>
    <message>
        <source>Problems in %1</source>
        <translation>Probleme in %1</translation>
    </message>
    <message>
        <source>%1 has %2 and %3. The lines with errors are left out; the valid part holds %4.</source>
        <translation>%1 enthält %2 und %3. Die fehlerhaften Zeilen werden weggelassen; der gültige Teil umfasst %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&amp;Import valid part</source>
        <translation>Gültigen Teil &amp;importieren</translation>
    </message>
</context>
<context>
    <name>InetdCommand</name>
    <message>
        <source>Relays the TCP connection on standard input and output (started by inetd or by a systemd Accept=yes socket) to HOST:PORT, and exits when both directions are done.</source>
        <translation>Leitet die TCP-Verbindung auf der Standardein- und -ausgabe (gestartet von inetd oder einem systemd-Socket mit Accept=yes) an HOST:PORT weiter und beendet sich, wenn beide Richtungen fertig sind.</translation>
    </message>
    <message>
        <source>End the connection after this many seconds without traffic (default: never).</source>
        <translation>Die Verbindung nach so vielen Sekunden ohne Datenverkehr beenden (Standard: nie).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Give up connecting to the target after this many seconds (default: 30).</source>
        <translation>Den Verbindungsaufbau zum Ziel nach so vielen Sekunden aufgeben (Standard: 30).</translation>
    </message>
    <message>
        <source>Allow clients matching PATTERN (rinetd pattern or CIDR; repeatable). With any --allow, other clients are refused.</source>
        <translation>Clients erlauben, die auf PATTERN passen (rinetd-Muster oder CIDR; wiederholbar). Mit einem --allow werden andere Clients abgewiesen.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Refuse clients matching PATTERN (repeatable).</source>
        <translation>Clients abweisen, die auf PATTERN passen (wiederholbar).</translation>
    </message>
    <message>
        <source>Send messages and the connection&apos;s log line to syslog (automatic when standard error is the connection itself, as under inetd).</source>
        <translation>Meldungen und die Protokollzeile der Verbindung an syslog senden (automatisch, wenn die Standardfehlerausgabe die Verbindung selbst ist, wie unter inetd).</translation>
    </message>
    <message>
        <source>Syslog identity (default: portrelay).</source>
        <translation>Syslog-Kennung (Standard: portrelay).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Print debugging messages.</source>
        <translation>Debug-Meldungen ausgeben.</translation>
    </message>
    <message>
        <source>Limit the connection to BPS bits per second in each direction (as &apos;portrelay forward --max-bandwidth&apos;; rule option rate= in bytes per second).</source>
        <translation>Die Verbindung auf BPS Bit pro Sekunde in jede Richtung begrenzen (wie &apos;portrelay forward --max-bandwidth&apos;; Regeloption rate= in Bytes pro Sekunde).</translation>
    </message>
    <message>
        <source>bps</source>
        <translation>bps</translation>
    </message>
    <message>
        <source>The inetd mode.</source>
        <translation>Der inetd-Modus.</translation>
    </message>
    <message>
        <source>Where to relay the connection: HOST:PORT or [IPv6]:PORT.</source>
        <translation>Wohin die Verbindung weitergeleitet wird: HOST:PORT oder [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>expected exactly one HOST:PORT</source>
        <translation>genau ein HOST:PORT erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation>&apos;%1&apos; ist nicht HOST:PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number or known service</source>
        <translation>&apos;%1&apos; ist keine Portnummer und kein bekannter Dienst</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout braucht eine positive Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>--connect-timeout needs a positive number of seconds</source>
        <translation>--connect-timeout braucht eine positive Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>bad pattern &apos;%1&apos;: %2</source>
        <translation>ungültiges Muster &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--max-bandwidth must be a number of bits per second of at least 8, not &apos;%1&apos;</source>
        <translation>--max-bandwidth muss eine Zahl von Bit pro Sekunde von mindestens 8 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>standard input is not a connected TCP socket (start &apos;portrelay inetd&apos; from inetd or a systemd socket with Accept=yes)</source>
        <translation>die Standardeingabe ist kein verbundener TCP-Socket (&apos;portrelay inetd&apos; aus inetd oder einem systemd-Socket mit Accept=yes starten)</translation>
    </message>
    <message>
        <source>bandwidth limit: %1 bytes per second in each direction (rate=%2)</source>
        <translation>Bandbreitenlimit: %1 Bytes pro Sekunde in jede Richtung (rate=%2)</translation>
    </message>
</context>
<context>
    <name>JsonConfigReader</name>
    <message>
        <source>%1: unknown field &apos;%2&apos; is ignored</source>
        <translation>%1: unbekanntes Feld „%2“ wird ignoriert</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>%1: missing field</source>
        <translation>%1: Feld fehlt</translation>
    </message>
    <message>
        <source>%1: expected a string, found %2</source>
        <translation>%1: Zeichenkette erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected true or false, found %2</source>
        <translation>%1: true oder false erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1: a port number must be whole</source>
        <translation>%1: eine Portnummer muss ganzzahlig sein</translation>
    </message>
    <message>
        <source>%1: expected &quot;tcp&quot; or &quot;udp&quot;</source>
        <translation>%1: „tcp“ oder „udp“ erwartet</translation>
    </message>
    <message>
        <source>%1: expected an array of strings, found %2</source>
        <translation>%1: Array von Zeichenketten erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1[%2]: expected a string, found %3</source>
        <translation>%1[%2]: Zeichenkette erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1: Objekt erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected an array, found %2</source>
        <translation>%1: Array erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1.kind: expected &quot;allow&quot; or &quot;deny&quot;, found &quot;%2&quot;</source>
        <translation>%1.kind: „allow“ oder „deny“ erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>%1.id: missing field</source>
        <translation>%1.id: Feld fehlt</translation>
    </message>
    <message>
        <source>%1.id: expected a whole number, found %2</source>
        <translation>%1.id: ganze Zahl erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1.options: expected an array, found %2</source>
        <translation>%1.options: Array erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>das Dokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>version: missing field (the schema version of a PortRelay document)</source>
        <translation>version: Feld fehlt (die Schemaversion eines PortRelay-Dokuments)</translation>
    </message>
    <message>
        <source>version: expected a whole number, found %1</source>
        <translation>version: ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>version %1 was written by a newer PortRelay; this one reads up to version %2</source>
        <translation>Version %1 wurde von einem neueren PortRelay geschrieben; dieses liest bis Version %2</translation>
    </message>
    <message>
        <source>version %1 is not a valid schema version</source>
        <translation>Version %1 ist keine gültige Schemaversion</translation>
    </message>
    <message>
        <source>format: expected &quot;portrelay-config&quot;</source>
        <translation>format: „portrelay-config“ erwartet</translation>
    </message>
    <message>
        <source>logFormat: expected &quot;none&quot;, &quot;rinetd&quot;, &quot;common&quot; or &quot;portrelay&quot;</source>
        <translation>logFormat: „none“, „rinetd“, „common“ oder „portrelay“ erwartet</translation>
    </message>
    <message>
        <source>rules: missing field</source>
        <translation>rules: Feld fehlt</translation>
    </message>
    <message>
        <source>rules: expected an array, found %1</source>
        <translation>rules: Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unsupportedLines: expected an array, found %1</source>
        <translation>unsupportedLines: Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1: port %2 is out of range (1..65535)</source>
        <translation>%1: Port %2 liegt außerhalb des Bereichs (1..65535)</translation>
    </message>
    <message>
        <source>%1.id: %2 is out of range</source>
        <translation>%1.id: %2 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>version %1 is out of range</source>
        <translation>Version %1 liegt außerhalb des Bereichs</translation>
    </message>
</context>
<context>
    <name>ListenFds</name>
    <message>
        <source>inherited descriptor %1 is not open</source>
        <translation>geerbter Deskriptor %1 ist nicht geöffnet</translation>
    </message>
    <message>
        <source>inherited descriptor %1 is not an IPv4 or IPv6 TCP or UDP socket; ignored</source>
        <translation>geerbter Deskriptor %1 ist kein IPv4- oder IPv6-TCP- oder -UDP-Socket; ignoriert</translation>
    </message>
    <message>
        <source>inherited descriptor %1 is a TCP socket that is not listening (Accept=yes belongs to &apos;portrelay inetd&apos;); ignored</source>
        <translation>geerbter Deskriptor %1 ist ein TCP-Socket, der nicht lauscht (Accept=yes gehört zu &apos;portrelay inetd&apos;); ignoriert</translation>
    </message>
</context>
<context>
    <name>LocalBackend</name>
    <message>
        <source>local session</source>
        <translation>lokale Sitzung</translation>
    </message>
</context>
<context>
    <name>LogSettingsPage</name>
    <message>
        <source>No log file</source>
        <translation>Keine Protokolldatei</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>rinetd (tab separated)</source>
        <translation>rinetd (tabulatorgetrennt)</translation>
    </message>
    <message>
        <source>Common (web server style)</source>
        <translation>Common (wie Webserver)</translation>
    </message>
    <message>
        <source>PortRelay (rinetd + duration)</source>
        <translation>PortRelay (rinetd + Dauer)</translation>
    </message>
    <message>
        <source>The log file&apos;s new lines appear here as they are written.</source>
        <translation>Neue Zeilen der Protokolldatei erscheinen hier, sobald sie geschrieben werden.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Live log (changes take effect on Apply):</source>
        <translation>Live-Protokoll (Änderungen wirken beim Anwenden):</translation>
    </message>
    <message>
        <source>Log File</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>Log files (*.log);;All files (*)</source>
        <translation>Protokolldateien (*.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>Log f&amp;ile:</source>
        <translation>Protokoll&amp;datei:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import rinetd.conf…</source>
        <translation>rinetd.conf &amp;importieren…</translation>
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
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove rules…</source>
        <translation>Regeln &amp;entfernen…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
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
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Reset &amp;counters</source>
        <translation>&amp;Zähler zurücksetzen</translation>
    </message>
    <message>
        <source>Set the selected rules&apos; totals and byte counts back to zero</source>
        <translation>Verbindungs- und Byte-Zähler der ausgewählten Regeln auf null setzen</translation>
    </message>
    <message>
        <source>Validate all rules and hand them to the relay (Ctrl+Return)</source>
        <translation>Alle Regeln prüfen und an die Weiterleitung übergeben (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Drop the changes that were not applied</source>
        <translation>Nicht angewendete Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Add a rule (Ins)</source>
        <translation>Eine Regel hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove the selected rules (Del)</source>
        <translation>Die ausgewählten Regeln entfernen (Entf)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Search rules</source>
        <translation>Regeln durchsuchen</translation>
    </message>
    <message>
        <source>No forwarding rules yet.
Add one with Ins, or open a configuration (Ctrl+O) or import a rinetd.conf (Ctrl+I).</source>
        <translation>Noch keine Weiterleitungsregeln.
Fügen Sie eine mit Einfg hinzu, öffnen Sie eine Konfiguration (Ctrl+O) oder importieren Sie eine rinetd.conf (Ctrl+I).</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Target port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>Checked for every connection before the rule&apos;s own list. Any matching deny refuses; when allow patterns exist, one must match.</source>
        <translation>Wird für jede Verbindung vor der Liste der Regel geprüft. Jedes passende Verweigern-Muster lehnt ab; gibt es Erlauben-Muster, muss eines passen.</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>Rule &amp;access</source>
        <translation>Regel&amp;zugriff</translation>
    </message>
    <message>
        <source>&amp;Global access</source>
        <translation>&amp;Globaler Zugriff</translation>
    </message>
    <message>
        <source>&amp;Logging</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Rules accepting connections (and rules that failed to start)</source>
        <translation>Regeln, die Verbindungen annehmen (und Regeln, die nicht starten konnten)</translation>
    </message>
    <message>
        <source>Open connections over all rules</source>
        <translation>Offene Verbindungen über alle Regeln</translation>
    </message>
    <message>
        <source>Bytes relayed per second over all rules, both directions</source>
        <translation>Pro Sekunde weitergeleitete Bytes über alle Regeln, beide Richtungen</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Angewendet.</translation>
    </message>
    <message numerus="yes">
        <source>Applied; %n rule(s) could not start (see the State column).</source>
        <translation>
            <numerusform>Angewendet; %n Regel konnte nicht starten (siehe Spalte Status).</numerusform>
            <numerusform>Angewendet; %n Regeln konnten nicht starten (siehe Spalte Status).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Open Configuration</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <source>PortRelay configurations (*.json);;rinetd configurations (*.conf);;All files (*)</source>
        <translation>PortRelay-Konfigurationen (*.json);;rinetd-Konfigurationen (*.conf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import rinetd.conf</source>
        <translation>rinetd.conf importieren</translation>
    </message>
    <message>
        <source>rinetd configurations (*.conf);;All files (*)</source>
        <translation>rinetd-Konfigurationen (*.conf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Failed</source>
        <translation>Öffnen fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was loaded; the current document is unchanged.</source>
        <translation>Nichts wurde geladen; das aktuelle Dokument ist unverändert.</translation>
    </message>
    <message>
        <source>Save Configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <source>PortRelay configurations (*.json)</source>
        <translation>PortRelay-Konfigurationen (*.json)</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>PortRelay documents are saved as .json files; use Export for rinetd.conf.</source>
        <translation>PortRelay-Dokumente werden als .json-Dateien gespeichert; für rinetd.conf verwenden Sie Exportieren.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Exportieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>A rinetd.conf export must not end in .json; choose another name.</source>
        <translation>Ein rinetd.conf-Export darf nicht auf .json enden; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Exported with Notes</source>
        <translation>Mit Hinweisen exportiert</translation>
    </message>
    <message>
        <source>%1 was written. rinetd.conf cannot express everything:</source>
        <translation>%1 wurde geschrieben. rinetd.conf kann nicht alles ausdrücken:</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>Nicht angewendet: %n Problem muss zuerst behoben werden.</numerusform>
            <numerusform>Nicht angewendet: %n Probleme müssen zuerst behoben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Global access list</source>
        <translation>Globale Zugriffsliste</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the marked cells).</source>
        <translation>
            <numerusform>… und %n weiteres (siehe markierte Zellen).</numerusform>
            <numerusform>… und %n weitere (siehe markierte Zellen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was applied. Fix these problems first:</source>
        <translation>Nichts wurde angewendet. Beheben Sie zuerst diese Probleme:</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Drop all changes that were not applied?</source>
        <translation>Alle nicht angewendeten Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Remove Rules</source>
        <translation>Regeln entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rule(s)?</source>
        <translation>
            <numerusform>%n Regel entfernen?</numerusform>
            <numerusform>%n Regeln entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The removal takes effect on Apply; open connections then finish.</source>
        <translation>Das Entfernen wirkt beim Anwenden; offene Verbindungen laufen dann zu Ende.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message numerus="yes">
        <source>%n listening</source>
        <translation>
            <numerusform>%n empfangsbereit</numerusform>
            <numerusform>%n empfangsbereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Access list of %1, checked after the global list.</source>
        <translation>Zugriffsliste von %1, geprüft nach der globalen Liste.</translation>
    </message>
    <message>
        <source>Select a rule to edit its access list.</source>
        <translation>Wählen Sie eine Regel, um ihre Zugriffsliste zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1[*] — PortRelay</source>
        <translation>%1[*] — PortRelay</translation>
    </message>
    <message>
        <source>changes not applied</source>
        <translation>Änderungen nicht angewendet</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>ungespeichert</translation>
    </message>
    <message>
        <source>Manage the PortRelay system service of this computer in a new window</source>
        <translation>Den PortRelay-Systemdienst dieses Rechners in einem neuen Fenster verwalten</translation>
    </message>
    <message>
        <source>Connect to &amp;Host…</source>
        <translation>Mit &amp;Host verbinden…</translation>
    </message>
    <message>
        <source>Manage the PortRelay service of another computer over ssh in a new window</source>
        <translation>Den PortRelay-Dienst eines anderen Rechners über ssh in einem neuen Fenster verwalten</translation>
    </message>
    <message>
        <source>The service saved its rules to %1.</source>
        <translation>Der Dienst hat seine Regeln in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The service did not save its rules: %1</source>
        <translation>Der Dienst hat seine Regeln nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Changes Not Applied</source>
        <translation>Änderungen nicht angewendet</translation>
    </message>
    <message>
        <source>Your changes were not applied to the service. Discard them?</source>
        <translation>Ihre Änderungen wurden nicht auf den Dienst angewendet. Verwerfen?</translation>
    </message>
    <message>
        <source>Loaded %1; Apply sends its rules to the service.</source>
        <translation>%1 geladen; „Anwenden“ sendet seine Regeln an den Dienst.</translation>
    </message>
    <message>
        <source>Saving what the service runs; your changes are not applied yet.</source>
        <translation>Gespeichert wird, was der Dienst ausführt; Ihre Änderungen sind noch nicht angewendet.</translation>
    </message>
    <message>
        <source>Saved %1 (the previous version is %2.bak).</source>
        <translation>%1 gespeichert (die vorherige Version ist %2.bak).</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Sent to the service…</source>
        <translation>An den Dienst gesendet…</translation>
    </message>
    <message>
        <source>PortRelay — %1</source>
        <translation>PortRelay — %1</translation>
    </message>
    <message>
        <source>The service&apos;s rules changed (revision %1) while you were editing. Your changes are kept; Revert takes the service&apos;s rules.</source>
        <translation>Die Regeln des Dienstes haben sich geändert (Revision %1), während Sie bearbeitet haben. Ihre Änderungen bleiben erhalten; „Verwerfen“ übernimmt die Regeln des Dienstes.</translation>
    </message>
    <message>
        <source>Not applied: %1. Your changes are kept: Revert takes the service&apos;s rules, Apply again replaces them.</source>
        <translation>Nicht angewendet: %1. Ihre Änderungen bleiben erhalten: „Verwerfen“ übernimmt die Regeln des Dienstes, erneutes „Anwenden“ ersetzt sie.</translation>
    </message>
    <message>
        <source>Refused by the service: %1</source>
        <translation>Vom Dienst abgelehnt: %1</translation>
    </message>
    <message>
        <source>Your changes are kept.</source>
        <translation>Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The rules shown are the last ones known.</source>
        <translation>Die angezeigten Regeln sind die zuletzt bekannten.</translation>
    </message>
    <message>
        <source>Read-only: %1. Everything is shown; nothing can be changed.</source>
        <translation>Nur lesend: %1. Alles wird angezeigt; nichts kann geändert werden.</translation>
    </message>
    <message>
        <source>%1 — not connected</source>
        <translation>%1 — nicht verbunden</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 — nur lesend</translation>
    </message>
    <message>
        <source>Connect to Host</source>
        <translation>Mit Host verbinden</translation>
    </message>
    <message>
        <source>Connect to Service</source>
        <translation>Mit Dienst verbinden</translation>
    </message>
    <message>
        <source>PortRelay service on another computer, reached with ssh (ssh://user@host):</source>
        <translation>PortRelay-Dienst auf einem anderen Rechner, erreichbar über ssh (ssh://user@host):</translation>
    </message>
    <message>
        <source>Control socket of the PortRelay service:</source>
        <translation>Steuer-Socket des PortRelay-Dienstes:</translation>
    </message>
    <message>
        <source>%1 cannot be connected to: %2</source>
        <translation>Mit %1 kann keine Verbindung hergestellt werden: %2</translation>
    </message>
    <message>
        <source>expected ssh://user@host</source>
        <translation>ssh://user@host erwartet</translation>
    </message>
    <message>
        <source>&amp;Export As…</source>
        <translation>&amp;Exportieren als…</translation>
    </message>
    <message>
        <source>Write the rules as rinetd.conf, PortRelay JSON, an nftables ruleset or an HAProxy configuration</source>
        <translation>Die Regeln als rinetd.conf, PortRelay-JSON, nftables-Regelsatz oder HAProxy-Konfiguration schreiben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Type or paste forwardings in rinetd.conf syntax, one per line (Ctrl+Shift+N)</source>
        <translation>Weiterleitungen in rinetd.conf-Syntax eingeben oder einfügen, eine pro Zeile (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Duplicate rule</source>
        <translation>Regel &amp;duplizieren</translation>
    </message>
    <message>
        <source>Show &amp;ports</source>
        <translation>&amp;Ports anzeigen</translation>
    </message>
    <message>
        <source>Copy the selected rule onto the next free port, disabled (Ctrl+D)</source>
        <translation>Die ausgewählte Regel auf den nächsten freien Port kopieren, deaktiviert (Ctrl+D)</translation>
    </message>
    <message>
        <source>Rule &amp;options…</source>
        <translation>&amp;Regeloptionen…</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>Target, FTP, bandwidth, transparent source and PROXY protocol options of the selected rule (Alt+Return)</source>
        <translation>Ziel-, FTP-, Bandbreiten-, transparente Quell- und PROXY-Protokoll-Optionen der ausgewählten Regel (Alt+Return)</translation>
    </message>
    <message>
        <source>Shows the rules with this text in any column (%1)</source>
        <translation>Zeigt die Regeln, die diesen Text in irgendeiner Spalte enthalten (%1)</translation>
    </message>
    <message>
        <source>&amp;Ports</source>
        <translation>&amp;Ports</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 enabled; it is not running yet and starts with Apply.</source>
        <translation>%1 aktiviert; sie läuft noch nicht und startet beim Anwenden.</translation>
    </message>
    <message>
        <source>%1 disabled; it was not running.</source>
        <translation>%1 deaktiviert; sie lief nicht.</translation>
    </message>
    <message>
        <source>%1 started at once: the On box needs no Apply.</source>
        <translation>%1 sofort gestartet: das Ein-Kästchen braucht kein Anwenden.</translation>
    </message>
    <message>
        <source>%1 stopped at once: the On box needs no Apply.</source>
        <translation>%1 sofort gestoppt: das Ein-Kästchen braucht kein Anwenden.</translation>
    </message>
    <message>
        <source>It runs as last applied; its other changes wait for Apply.</source>
        <translation>Sie läuft wie zuletzt angewendet; ihre übrigen Änderungen warten auf das Anwenden.</translation>
    </message>
    <message>
        <source>The table has errors; Save asks how to go on.</source>
        <translation>Die Tabelle enthält Fehler; beim Speichern werden Sie gefragt, wie es weitergehen soll.</translation>
    </message>
    <message>
        <source>Loaded %1, stopped: nothing listens until you start its rules.</source>
        <translation>%1 geladen, gestoppt: nichts lauscht, bis Sie ihre Regeln starten.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n rule(s) have errors.</source>
        <translation>
            <numerusform>%1: %2 von %n Regel hat Fehler.</numerusform>
            <numerusform>%1: %2 von %n Regeln haben Fehler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n valid rule(s) started; the others wait until fixed.</source>
        <translation>
            <numerusform>Die %n gültige Regel wurde gestartet; die anderen warten, bis sie korrigiert sind.</numerusform>
            <numerusform>Die %n gültigen Regeln wurden gestartet; die anderen warten, bis sie korrigiert sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid rule(s) can be started; the others wait until fixed.</source>
        <translation>
            <numerusform>%n gültige Regel kann gestartet werden; die anderen warten, bis sie korrigiert sind.</numerusform>
            <numerusform>%n gültige Regeln können gestartet werden; die anderen warten, bis sie korrigiert sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); the lines with errors were left out and its rules started.</source>
        <translation>
            <numerusform>%1 hat %n Fehler; die fehlerhaften Zeilen wurden ausgelassen und ihre Regeln gestartet.</numerusform>
            <numerusform>%1 hat %n Fehler; die fehlerhaften Zeilen wurden ausgelassen und ihre Regeln gestartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); the lines with errors were left out.</source>
        <translation>
            <numerusform>%1 hat %n Fehler; die fehlerhaften Zeilen wurden ausgelassen.</numerusform>
            <numerusform>%1 hat %n Fehler; die fehlerhaften Zeilen wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) with errors removed from the document; Save writes it without them.</source>
        <translation>
            <numerusform>%n fehlerhafte Regel aus dem Dokument entfernt; Speichern schreibt es ohne sie.</numerusform>
            <numerusform>%n fehlerhafte Regeln aus dem Dokument entfernt; Speichern schreibt es ohne sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save With Errors</source>
        <translation>Mit Fehlern speichern</translation>
    </message>
    <message numerus="yes">
        <source>The table has %n error(s): rules with errors do not start, here or wherever this file is used.</source>
        <translation>
            <numerusform>Die Tabelle hat %n Fehler: fehlerhafte Regeln starten nicht, weder hier noch dort, wo diese Datei verwendet wird.</numerusform>
            <numerusform>Die Tabelle hat %n Fehler: fehlerhafte Regeln starten nicht, weder hier noch dort, wo diese Datei verwendet wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them first (the marked cells), or save the table as it is?</source>
        <translation>Zuerst korrigieren (die markierten Zellen) oder die Tabelle so speichern, wie sie ist?</translation>
    </message>
    <message>
        <source>&amp;Fix first</source>
        <translation>Zuerst &amp;korrigieren</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n error(s) to fix (see the marked cells).</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Fehler zu korrigieren (siehe die markierten Zellen).</numerusform>
            <numerusform>Nicht gespeichert: %n Fehler zu korrigieren (siehe die markierten Zellen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>Exportieren als</translation>
    </message>
    <message>
        <source>%1 is this document&apos;s own file; Save writes it. Choose another name for the export.</source>
        <translation>%1 ist die eigene Datei dieses Dokuments; Speichern schreibt sie. Wählen Sie einen anderen Namen für den Export.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) added; Apply starts them.</source>
        <translation>
            <numerusform>%n Regel hinzugefügt; Anwenden startet sie.</numerusform>
            <numerusform>%n Regeln hinzugefügt; Anwenden startet sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated with the same port (%1): enable it after changing the port.</source>
        <translation>Mit demselben Port (%1) dupliziert: aktivieren Sie sie, nachdem Sie den Port geändert haben.</translation>
    </message>
    <message numerus="yes">
        <source>Duplicated on port %1, disabled (%n port(s) in use on this host skipped).</source>
        <translation>
            <numerusform>Auf Port %1 dupliziert, deaktiviert (%n auf diesem Host belegter Port übersprungen).</numerusform>
            <numerusform>Auf Port %1 dupliziert, deaktiviert (%n auf diesem Host belegte Ports übersprungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated on port %1, disabled.</source>
        <translation>Auf Port %1 dupliziert, deaktiviert.</translation>
    </message>
    <message>
        <source>Connect to Ser&amp;vice…</source>
        <translation>Mit &amp;Dienst verbinden…</translation>
    </message>
    <message>
        <source>Add S&amp;everal Rules…</source>
        <translation>M&amp;ehrere Regeln hinzufügen…</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;bleme</translation>
    </message>
</context>
<context>
    <name>ManualPageDialog</name>
    <message>
        <source>portrelay(1) — Manual Page</source>
        <translation>portrelay(1) – Handbuchseite</translation>
    </message>
</context>
<context>
    <name>NftablesExporter</name>
    <message>
        <source>global access list: &apos;%1&apos; has no exact CIDR form; nftables matches addresses, not text (write it as a CIDR block)</source>
        <translation>globale Zugriffsliste: &apos;%1&apos; hat keine exakte CIDR-Form; nftables vergleicht Adressen, nicht Text (schreiben Sie es als CIDR-Block)</translation>
    </message>
    <message>
        <source>the connection log (%1) is not exported: the kernel does not write rinetd&apos;s log formats</source>
        <translation>das Verbindungsprotokoll (%1) wird nicht exportiert: der Kernel schreibt die Protokollformate von rinetd nicht</translation>
    </message>
    <message>
        <source>%1: not exported: %2</source>
        <translation>%1: nicht exportiert: %2</translation>
    </message>
    <message>
        <source>%1: not exported: the kernel cannot forward between %2 and %3</source>
        <translation>%1: nicht exportiert: der Kernel kann nicht zwischen %2 und %3 weiterleiten</translation>
    </message>
    <message>
        <source>%1: not exported: the bind address &apos;%2&apos; is a host name; nftables needs an address</source>
        <translation>%1: nicht exportiert: die Bind-Adresse &apos;%2&apos; ist ein Hostname; nftables braucht eine Adresse</translation>
    </message>
    <message>
        <source>%1: not exported: the connect address &apos;%2&apos; is not an IP address; nftables needs one</source>
        <translation>%1: nicht exportiert: die Verbindungsadresse &apos;%2&apos; ist keine IP-Adresse; nftables braucht eine</translation>
    </message>
    <message>
        <source>%1: not exported: the kernel cannot translate between IPv4 and IPv6 (%2 to %3)</source>
        <translation>%1: nicht exportiert: der Kernel kann nicht zwischen IPv4 und IPv6 übersetzen (%2 nach %3)</translation>
    </message>
    <message>
        <source>%1: only IPv4 clients are forwarded: the kernel cannot translate IPv6 connections to the IPv4 target %2</source>
        <translation>%1: nur IPv4-Clients werden weitergeleitet: der Kernel kann IPv6-Verbindungen nicht zum IPv4-Ziel %2 übersetzen</translation>
    </message>
    <message>
        <source>%1: not exported: the pattern &apos;%2&apos; has no exact CIDR form; nftables matches addresses, not text (write it as a CIDR block)</source>
        <translation>%1: nicht exportiert: das Muster &apos;%2&apos; hat keine exakte CIDR-Form; nftables vergleicht Adressen, nicht Text (schreiben Sie es als CIDR-Block)</translation>
    </message>
    <message>
        <source>%1: the target %2 is a loopback address: connections from other hosts reach it only with net.ipv4.conf.*.route_localnet=1</source>
        <translation>%1: das Ziel %2 ist eine Loopback-Adresse: Verbindungen von anderen Hosts erreichen es nur mit net.ipv4.conf.*.route_localnet=1</translation>
    </message>
    <message>
        <source>%1: src=%2 is not exported (not an address of the target&apos;s family); the connections are masqueraded instead</source>
        <translation>%1: src=%2 wird nicht exportiert (keine Adresse der Familie des Ziels); die Verbindungen werden stattdessen maskiert</translation>
    </message>
    <message>
        <source>%1: timeout=%2 is not exported: the kernel&apos;s connection tracking timeouts apply</source>
        <translation>%1: timeout=%2 wird nicht exportiert: es gelten die Zeitlimits der Verbindungsverfolgung des Kernels</translation>
    </message>
    <message>
        <source>%1: option &apos;%2=%3&apos; cannot be expressed in nftables; not exported</source>
        <translation>%1: Option &apos;%2=%3&apos; lässt sich in nftables nicht ausdrücken; nicht exportiert</translation>
    </message>
</context>
<context>
    <name>PidFile</name>
    <message>
        <source>cannot write the pid file %1: %2</source>
        <translation>PID-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot remove the pid file %1: %2</source>
        <translation>PID-Datei %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>the directory %1 is writable by everyone and has no sticky bit</source>
        <translation>das Verzeichnis %1 ist für alle beschreibbar und hat kein Sticky-Bit</translation>
    </message>
</context>
<context>
    <name>PortEdit</name>
    <message>
        <source>1-65535 or service</source>
        <translation>1–65535 oder Dienst</translation>
    </message>
</context>
<context>
    <name>PortRange</name>
    <message>
        <source>&apos;%1&apos; is not a port in 1..65535 or a known %2 service name</source>
        <translation>&apos;%1&apos; ist weder ein Port in 1..65535 noch ein bekannter %2-Dienstname</translation>
    </message>
    <message>
        <source>port %1 is outside 1..65535</source>
        <translation>Port %1 liegt außerhalb von 1..65535</translation>
    </message>
    <message>
        <source>range %1 is reversed: its end is below its start</source>
        <translation>Bereich %1 ist umgekehrt: sein Ende liegt unter seinem Anfang</translation>
    </message>
    <message numerus="yes">
        <source>the connect range %1 has %n port(s), the bind range %2 has %3; give ranges of the same length or one connect port</source>
        <translation>
            <numerusform>der Verbindungsbereich %1 hat %n Port, der Bind-Bereich %2 hat %3; geben Sie Bereiche gleicher Länge oder einen einzelnen Verbindungsport an</numerusform>
            <numerusform>der Verbindungsbereich %1 hat %n Ports, der Bind-Bereich %2 hat %3; geben Sie Bereiche gleicher Länge oder einen einzelnen Verbindungsport an</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivilegeDrop</name>
    <message>
        <source>--user: unknown user %1</source>
        <translation>--user: unbekannter Benutzer %1</translation>
    </message>
    <message>
        <source>--user: cannot look up user %1: %2</source>
        <translation>--user: Benutzer %1 kann nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>--user %1: only root can switch users (running as uid %2); start as root or leave --user out</source>
        <translation>--user %1: nur root kann den Benutzer wechseln (läuft als UID %2); als root starten oder --user weglassen</translation>
    </message>
    <message>
        <source>--user: no user prepared</source>
        <translation>--user: kein Benutzer vorbereitet</translation>
    </message>
    <message>
        <source>--user %1: cannot set supplementary groups: %2</source>
        <translation>--user %1: Zusatzgruppen können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>--user %1: setgid(%2) failed: %3</source>
        <translation>--user %1: setgid(%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>--user %1: setuid(%2) failed: %3</source>
        <translation>--user %1: setuid(%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>--user %1: root privileges could be regained</source>
        <translation>--user %1: Root-Rechte könnten wiedererlangt werden</translation>
    </message>
    <message>
        <source>--user: cannot give %1 to user %2: %3</source>
        <translation>--user: %1 kann nicht an Benutzer %2 übergeben werden: %3</translation>
    </message>
</context>
<context>
    <name>PrivilegedPort</name>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>%1: port %2 is below %3, which only root or a program with CAP_NET_BIND_SERVICE may bind. Choose one: run the rule in the PortRelay system service (portrelay.service binds as root, then runs as its own user); start portrelay --headless as root with --user NAME, which binds first and then drops to NAME; allow the program to bind low ports with &quot;sudo setcap cap_net_bind_service=+ep %4&quot;; or use port %3 or above.</source>
        <translation>%1: Port %2 liegt unter %3, den nur root oder ein Programm mit CAP_NET_BIND_SERVICE binden darf. Wählen Sie eine Möglichkeit: die Regel im PortRelay-Systemdienst ausführen (portrelay.service bindet als root und läuft dann als eigener Benutzer); portrelay --headless als root mit --user NAME starten, das zuerst bindet und dann zu NAME wechselt; dem Programm das Binden niedriger Ports mit „sudo setcap cap_net_bind_service=+ep %4“ erlauben; oder Port %3 oder höher verwenden.</translation>
    </message>
</context>
<context>
    <name>ProblemsBanner</name>
    <message>
        <source>Take the &amp;valid part</source>
        <translation>Den &amp;gültigen Teil übernehmen</translation>
    </message>
    <message>
        <source>Remove the rules with errors from the document (Save then writes it without them)</source>
        <translation>Die fehlerhaften Regeln aus dem Dokument entfernen (Speichern schreibt es dann ohne sie)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Show probl&amp;ems</source>
        <translation>Probl&amp;eme zeigen</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>No problems were found in the configuration last opened.</source>
        <translation>In der zuletzt geöffneten Konfiguration wurden keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>%1 was opened without problems.</source>
        <translation>%1 wurde ohne Probleme geöffnet.</translation>
    </message>
    <message>
        <source>%1 has %2 and %3 (as opened; the marked cells of the table show what is still wrong). Activate a line to select its rule.</source>
        <translation>%1 hat %2 und %3 (beim Öffnen; die markierten Zellen der Tabelle zeigen, was noch falsch ist). Aktivieren Sie eine Zeile, um ihre Regel auszuwählen.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ProxyGate</name>
    <message>
        <source>no peer may send a PROXY header (accept-proxy-from is empty)</source>
        <translation>keine Gegenstelle darf einen PROXY-Header senden (accept-proxy-from ist leer)</translation>
    </message>
    <message>
        <source>peer is not in accept-proxy-from</source>
        <translation>die Gegenstelle steht nicht in accept-proxy-from</translation>
    </message>
    <message>
        <source>cannot watch the connection</source>
        <translation>die Verbindung kann nicht überwacht werden</translation>
    </message>
    <message>
        <source>connection closed before a PROXY header</source>
        <translation>Verbindung vor einem PROXY-Header geschlossen</translation>
    </message>
    <message>
        <source>connection failed before a PROXY header</source>
        <translation>Verbindung vor einem PROXY-Header fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot read the PROXY header</source>
        <translation>der PROXY-Header kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>connection closed before the PROXY header was complete</source>
        <translation>Verbindung geschlossen, bevor der PROXY-Header vollständig war</translation>
    </message>
    <message>
        <source>no complete PROXY header in time</source>
        <translation>kein vollständiger PROXY-Header in der vorgegebenen Zeit</translation>
    </message>
</context>
<context>
    <name>ProxyHeader</name>
    <message>
        <source>a PROXY v2 header where only v1 is accepted</source>
        <translation>ein PROXY-v2-Header, wo nur v1 angenommen wird</translation>
    </message>
    <message>
        <source>a PROXY v1 header where only v2 is accepted</source>
        <translation>ein PROXY-v1-Header, wo nur v2 angenommen wird</translation>
    </message>
    <message>
        <source>no PROXY protocol header</source>
        <translation>kein PROXY-Protokoll-Header</translation>
    </message>
    <message>
        <source>PROXY v1 line ends with LF without CR</source>
        <translation>PROXY-v1-Zeile endet mit LF ohne CR</translation>
    </message>
    <message>
        <source>PROXY v1 line has a CR without LF</source>
        <translation>PROXY-v1-Zeile hat ein CR ohne LF</translation>
    </message>
    <message>
        <source>PROXY v1 line has a byte 0x%1 that is not printable</source>
        <translation>PROXY-v1-Zeile enthält das nicht druckbare Byte 0x%1</translation>
    </message>
    <message>
        <source>PROXY v1 line has no CRLF within 107 bytes</source>
        <translation>PROXY-v1-Zeile hat kein CRLF innerhalb von 107 Bytes</translation>
    </message>
    <message>
        <source>PROXY v1 line must have 6 fields separated by single spaces, not %1</source>
        <translation>PROXY-v1-Zeile muss 6 durch einzelne Leerzeichen getrennte Felder haben, nicht %1</translation>
    </message>
    <message>
        <source>PROXY v1 protocol must be TCP4, TCP6 or UNKNOWN</source>
        <translation>PROXY-v1-Protokoll muss TCP4, TCP6 oder UNKNOWN sein</translation>
    </message>
    <message>
        <source>PROXY v1 addresses are not canonical IPv4</source>
        <translation>PROXY-v1-Adressen sind keine kanonischen IPv4-Adressen</translation>
    </message>
    <message>
        <source>PROXY v1 addresses are not IPv6</source>
        <translation>PROXY-v1-Adressen sind keine IPv6-Adressen</translation>
    </message>
    <message>
        <source>PROXY v1 ports must be 0..65535 without leading zeros</source>
        <translation>PROXY-v1-Ports müssen 0..65535 ohne führende Nullen sein</translation>
    </message>
    <message>
        <source>PROXY v2 header has version %1</source>
        <translation>PROXY-v2-Header hat Version %1</translation>
    </message>
    <message>
        <source>PROXY v2 header has unknown command %1</source>
        <translation>PROXY-v2-Header hat den unbekannten Befehl %1</translation>
    </message>
    <message>
        <source>PROXY v2 header has unknown family/protocol 0x%1</source>
        <translation>PROXY-v2-Header hat die unbekannte Familie/das unbekannte Protokoll 0x%1</translation>
    </message>
    <message>
        <source>PROXY v2 IPv4 block is %1 bytes, not 12</source>
        <translation>PROXY-v2-IPv4-Block ist %1 Bytes lang, nicht 12</translation>
    </message>
    <message>
        <source>PROXY v2 IPv6 block is %1 bytes, not 36</source>
        <translation>PROXY-v2-IPv6-Block ist %1 Bytes lang, nicht 36</translation>
    </message>
    <message>
        <source>PROXY v2 UNIX block is %1 bytes, not 216</source>
        <translation>PROXY-v2-UNIX-Block ist %1 Bytes lang, nicht 216</translation>
    </message>
</context>
<context>
    <name>ProxyOptions</name>
    <message>
        <source>proxy must be v1 or v2, not &apos;%1&apos;</source>
        <translation>proxy muss v1 oder v2 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>accept-proxy must be v1, v2 or any, not &apos;%1&apos;</source>
        <translation>accept-proxy muss v1, v2 oder any sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>accept-proxy-from: %1</source>
        <translation>accept-proxy-from: %1</translation>
    </message>
    <message>
        <source>accept-proxy-timeout must be 1..3600 seconds, not &apos;%1&apos;</source>
        <translation>accept-proxy-timeout muss 1..3600 Sekunden sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the PROXY protocol options are for TCP rules only</source>
        <translation>die PROXY-Protokoll-Optionen gelten nur für TCP-Regeln</translation>
    </message>
    <message>
        <source>accept-proxy-from and accept-proxy-timeout have no effect without accept-proxy</source>
        <translation>accept-proxy-from und accept-proxy-timeout wirken nicht ohne accept-proxy</translation>
    </message>
</context>
<context>
    <name>RelayEngine</name>
    <message>
        <source>invalid bind port %1</source>
        <translation>ungültiger Bindeport %1</translation>
    </message>
    <message>
        <source>invalid connect port %1</source>
        <translation>ungültiger Zielport %1</translation>
    </message>
    <message>
        <source>cannot resolve host %1</source>
        <translation>Host %1 kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>bind and connect protocols differ (%1 to %2): not supported</source>
        <translation>Binde- und Zielprotokoll unterscheiden sich (%1 zu %2): nicht unterstützt</translation>
    </message>
    <message>
        <source>port %1: %2</source>
        <translation>Port %1: %2</translation>
    </message>
</context>
<context>
    <name>RelayOptions</name>
    <message>
        <source>%1 must be a positive number of bytes per second with an optional suffix k, M or G (e.g. 512k), not &apos;%2&apos;</source>
        <translation>%1 muss eine positive Zahl von Bytes pro Sekunde mit optionalem Suffix k, M oder G sein (z. B. 512k), nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>ftp must be passive, active or both, not &apos;%1&apos;</source>
        <translation>ftp muss passive, active oder both sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>transparent must be yes or no, not &apos;%1&apos;</source>
        <translation>transparent muss yes oder no sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; applies to TCP rules only</source>
        <translation>Option &apos;%1&apos; gilt nur für TCP-Regeln</translation>
    </message>
    <message>
        <source>transparent=yes and src= exclude each other: the source address is the client&apos;s</source>
        <translation>transparent=yes und src= schließen einander aus: die Quelladresse ist die des Clients</translation>
    </message>
</context>
<context>
    <name>RemoteBackend</name>
    <message>
        <source>no service given</source>
        <translation>kein Dienst angegeben</translation>
    </message>
    <message>
        <source>a service&apos;s socket is an absolute path</source>
        <translation>der Socket eines Dienstes ist ein absoluter Pfad</translation>
    </message>
    <message>
        <source>expected ssh://user@host, ssh://host:port or ssh://host/path/to/socket</source>
        <translation>ssh://user@host, ssh://host:port oder ssh://host/pfad/zum/socket erwartet</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The connection to the service was lost (%1). Reconnecting…</source>
        <translation>Die Verbindung zum Dienst ist abgebrochen (%1). Neue Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>No PortRelay service at %1 (%2). Trying again…</source>
        <translation>Kein PortRelay-Dienst unter %1 (%2). Neuer Versuch…</translation>
    </message>
    <message>
        <source>system service (%1)</source>
        <translation>Systemdienst (%1)</translation>
    </message>
    <message>
        <source>service on %1 (%2)</source>
        <translation>Dienst auf %1 (%2)</translation>
    </message>
    <message>
        <source>not connected to the service</source>
        <translation>nicht mit dem Dienst verbunden</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
</context>
<context>
    <name>RinetdAnnotationBinder</name>
    <message>
        <source>&apos;%1 name=&apos; is not followed by a rule; kept as a comment</source>
        <translation>auf &apos;%1 name=&apos; folgt keine Regel; als Kommentar behalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not followed by a rule; kept as a comment</source>
        <translation>auf &apos;%1&apos; folgt keine Regel; als Kommentar behalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not followed by its glob; kept as a comment</source>
        <translation>auf &apos;%1&apos; folgt nicht sein Glob-Muster; als Kommentar behalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not followed by its rules; kept as a comment</source>
        <translation>auf &apos;%1&apos; folgen nicht seine Regeln; als Kommentar behalten</translation>
    </message>
</context>
<context>
    <name>RinetdConfigParser</name>
    <message>
        <source>the file is not valid UTF-8; it was read as Latin-1</source>
        <translation>die Datei ist kein gültiges UTF-8; sie wurde als Latin-1 gelesen</translation>
    </message>
    <message>
        <source>byte order mark at the start of the file: rinetd 0.73 reads it as part of the first line</source>
        <translation>Byte-Order-Mark am Dateianfang: rinetd 0.73 liest sie als Teil der ersten Zeile</translation>
    </message>
    <message>
        <source>no newline at the end of the file: rinetd 0.73 silently ignores this last line; PortRelay reads it</source>
        <translation>kein Zeilenumbruch am Dateiende: rinetd 0.73 ignoriert diese letzte Zeile stillschweigend; PortRelay liest sie</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be followed by &apos;allow PATTERN&apos; or &apos;deny PATTERN&apos;</source>
        <translation>auf „%1“ muss „allow MUSTER“ oder „deny MUSTER“ folgen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must name a CIDR pattern with an exact glob; kept as a comment</source>
        <translation>„%1“ muss ein CIDR-Muster mit exaktem Glob nennen; als Kommentar behalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be followed by an option list [name=value,...]</source>
        <translation>auf „%1“ muss eine Optionsliste [name=wert,...] folgen</translation>
    </message>
    <message>
        <source>two rule names in a row; the later one is used</source>
        <translation>zwei Regelnamen hintereinander; der spätere wird verwendet</translation>
    </message>
    <message>
        <source>unknown PortRelay annotation &apos;%1&apos;; kept as a comment</source>
        <translation>unbekannte PortRelay-Annotation „%1“; als Kommentar behalten</translation>
    </message>
    <message>
        <source>quote &apos;&quot;&apos; is not closed</source>
        <translation>Anführungszeichen &apos;&quot;&apos; wird nicht geschlossen</translation>
    </message>
    <message>
        <source>nothing after &apos;%1&apos;</source>
        <translation>nichts nach „%1“</translation>
    </message>
    <message>
        <source>an option list must follow a forwarding rule</source>
        <translation>eine Optionsliste muss auf eine Weiterleitungsregel folgen</translation>
    </message>
    <message>
        <source>&apos;logcommon&apos; cannot be disabled</source>
        <translation>„logcommon“ kann nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>unknown directive &apos;%1&apos; (rinetd directives are lower case: &apos;%2&apos;)</source>
        <translation>unbekannte Anweisung „%1“ (rinetd-Anweisungen sind kleingeschrieben: „%2“)</translation>
    </message>
    <message>
        <source>rinetd-uv directive &apos;%1&apos;</source>
        <translation>rinetd-uv-Anweisung „%1“</translation>
    </message>
    <message>
        <source>rinetd-uv unix socket address &apos;%1&apos;</source>
        <translation>rinetd-uv-Unix-Socket-Adresse „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one pattern</source>
        <translation>„%1“ braucht ein Muster</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes exactly one pattern; found %2</source>
        <translation>„%1“ erwartet genau ein Muster; %2 gefunden</translation>
    </message>
    <message>
        <source>a pattern cannot be quoted or bracketed</source>
        <translation>ein Muster darf nicht in Anführungszeichen oder Klammern stehen</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; does not describe this pattern; kept as a comment</source>
        <translation>„%1 %2“ beschreibt dieses Muster nicht; als Kommentar behalten</translation>
    </message>
    <message>
        <source>CIDR pattern &apos;%1&apos; is a PortRelay extension: rinetd 0.73 refuses this line (--export translates it)</source>
        <translation>CIDR-Muster „%1“ ist eine PortRelay-Erweiterung: rinetd 0.73 lehnt diese Zeile ab (--export übersetzt sie)</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; is kept as an annotation: rinetd 0.73 does not apply it, PortRelay does</source>
        <translation>Muster „%1“ bleibt als Annotation erhalten: rinetd 0.73 wendet es nicht an, PortRelay schon</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs to a rinetd-uv rule PortRelay does not run; kept as a comment on export</source>
        <translation>„%1“ gehört zu einer rinetd-uv-Regel, die PortRelay nicht ausführt; beim Export als Kommentar behalten</translation>
    </message>
    <message>
        <source>a disabled &apos;%1&apos; must follow a disabled rule</source>
        <translation>ein deaktiviertes „%1“ muss auf eine deaktivierte Regel folgen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be disabled</source>
        <translation>„%1“ kann nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a path after a blank</source>
        <translation>„%1“ braucht nach einem Leerzeichen einen Pfad</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a path</source>
        <translation>„%1“ braucht einen Pfad</translation>
    </message>
    <message>
        <source>quoted path: rinetd 0.73 keeps the quotes as part of the file name; PortRelay removes them</source>
        <translation>Pfad in Anführungszeichen: rinetd 0.73 behält die Anführungszeichen als Teil des Dateinamens; PortRelay entfernt sie</translation>
    </message>
    <message>
        <source>&apos;#&apos; is part of the path for rinetd 0.73, not a comment</source>
        <translation>„#“ gehört für rinetd 0.73 zum Pfad und ist kein Kommentar</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the path</source>
        <translation>unerwartetes „%1“ nach dem Pfad</translation>
    </message>
    <message>
        <source>&apos;logfile&apos; given more than once; the last one is used</source>
        <translation>„logfile“ mehrfach angegeben; die letzte Angabe wird verwendet</translation>
    </message>
    <message>
        <source>&apos;pidlogfile&apos; given more than once; the last one is used</source>
        <translation>„pidlogfile“ mehrfach angegeben; die letzte Angabe wird verwendet</translation>
    </message>
    <message>
        <source>&apos;logcommon&apos; takes no value</source>
        <translation>„logcommon“ erwartet keinen Wert</translation>
    </message>
    <message>
        <source>%1 is not supported by rinetd 0.73 or PortRelay; it is kept and exported as a comment</source>
        <translation>%1 wird weder von rinetd 0.73 noch von PortRelay unterstützt; es bleibt erhalten und wird als Kommentar exportiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address or host name</source>
        <translation>„%1“ ist keine gültige Adresse und kein gültiger Hostname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>brackets around &apos;%1&apos;: rinetd 0.73 cannot resolve them; PortRelay reads the address and exports it without brackets</source>
        <translation>Klammern um „%1“: rinetd 0.73 kann sie nicht auflösen; PortRelay liest die Adresse und exportiert sie ohne Klammern</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port</source>
        <translation>„%1“ ist kein Port</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos; (rinetd accepts /tcp or /udp)</source>
        <translation>unbekanntes Protokoll „%1“ (rinetd akzeptiert /tcp oder /udp)</translation>
    </message>
    <message>
        <source>missing port before &apos;/&apos;</source>
        <translation>Port vor „/“ fehlt</translation>
    </message>
    <message>
        <source>port %1 is outside 1..65535 (rinetd 0.73 would silently use port %2)</source>
        <translation>Port %1 liegt außerhalb von 1..65535 (rinetd 0.73 würde stillschweigend Port %2 verwenden)</translation>
    </message>
    <message>
        <source>port %1 is outside 1..65535</source>
        <translation>Port %1 liegt außerhalb von 1..65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number or service name</source>
        <translation>„%1“ ist weder Portnummer noch Dienstname</translation>
    </message>
    <message>
        <source>unknown service name &apos;%1&apos; for %2 (not in the services database)</source>
        <translation>unbekannter Dienstname „%1“ für %2 (nicht in der Dienstedatenbank)</translation>
    </message>
    <message>
        <source>empty option list []</source>
        <translation>leere Optionsliste []</translation>
    </message>
    <message>
        <source>empty option in the option list</source>
        <translation>leere Option in der Optionsliste</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value (name=value)</source>
        <translation>Option „%1“ braucht einen Wert (name=wert)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid option name</source>
        <translation>„%1“ ist kein gültiger Optionsname</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value without blanks</source>
        <translation>Option „%1“ braucht einen Wert ohne Leerzeichen</translation>
    </message>
    <message>
        <source>timeout must be a whole number of seconds, not &apos;%1&apos;</source>
        <translation>timeout muss eine ganze Zahl von Sekunden sein, nicht „%1“</translation>
    </message>
    <message>
        <source>timeout=0 means rinetd&apos;s default UDP timeout (72 seconds)</source>
        <translation>timeout=0 bedeutet den UDP-Standard-Timeout von rinetd (72 Sekunden)</translation>
    </message>
    <message>
        <source>src must be an address or host name, not &apos;%1&apos;</source>
        <translation>src muss eine Adresse oder ein Hostname sein, nicht „%1“</translation>
    </message>
    <message>
        <source>rinetd-uv option &apos;%1&apos; is kept but not used; rinetd 0.73 refuses it, so export writes it as an annotation</source>
        <translation>rinetd-uv-Option „%1“ bleibt erhalten, wird aber nicht verwendet; rinetd 0.73 lehnt sie ab, daher schreibt der Export sie als Annotation</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; is kept verbatim; rinetd 0.73 refuses it, so export writes it as an annotation</source>
        <translation>unbekannte Option „%1“ bleibt unverändert erhalten; rinetd 0.73 lehnt sie ab, daher schreibt der Export sie als Annotation</translation>
    </message>
    <message>
        <source>only one option list is allowed</source>
        <translation>nur eine Optionsliste ist erlaubt</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the option list</source>
        <translation>unerwartetes „%1“ nach der Optionsliste</translation>
    </message>
    <message>
        <source>unknown directive &apos;%1&apos;</source>
        <translation>unbekannte Anweisung „%1“</translation>
    </message>
    <message numerus="yes">
        <source>incomplete forwarding rule: expected &apos;bindaddress bindport connectaddress connectport&apos;, found %n field(s)</source>
        <translation>
            <numerusform>unvollständige Weiterleitungsregel: „bindaddress bindport connectaddress connectport“ erwartet, %n Feld gefunden</numerusform>
            <numerusform>unvollständige Weiterleitungsregel: „bindaddress bindport connectaddress connectport“ erwartet, %n Felder gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected field &apos;%1&apos; after connectport</source>
        <translation>unerwartetes Feld „%1“ nach connectport</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match this rule&apos;s options; its unknown options are appended</source>
        <translation>„%1“ passt nicht zu den Optionen dieser Regel; ihre unbekannten Optionen werden angehängt</translation>
    </message>
    <message>
        <source>%1 (in a PortRelay annotation, which is kept as a comment)</source>
        <translation>%1 (in einer PortRelay-Annotation, die als Kommentar erhalten bleibt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be followed by a rule whose target is &apos;original original&apos;; kept as a comment</source>
        <translation>auf &apos;%1&apos; muss eine Regel mit dem Ziel &apos;original original&apos; folgen; als Kommentar behalten</translation>
    </message>
    <message>
        <source>rinetd-epoll directive &apos;%1&apos;</source>
        <translation>rinetd-epoll-Direktive &apos;%1&apos;</translation>
    </message>
    <message>
        <source>PortRelay option &apos;%1&apos;: rinetd 0.73 refuses it, so export writes it as an annotation</source>
        <translation>PortRelay-Option &apos;%1&apos;: rinetd 0.73 lehnt sie ab, daher schreibt der Export sie als Annotation</translation>
    </message>
    <message>
        <source>translate must be &apos;none&apos; or &apos;http&apos;, not &apos;%1&apos;</source>
        <translation>translate muss &apos;none&apos; oder &apos;http&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;translate&apos; is a PortRelay extension: rinetd 0.73 refuses it, so export writes it as an annotation</source>
        <translation>Option &apos;translate&apos; ist eine PortRelay-Erweiterung: rinetd 0.73 lehnt sie ab, daher schreibt der Export sie als Annotation</translation>
    </message>
    <message>
        <source>&apos;original original&apos; forwards TCP connections only</source>
        <translation>&apos;original original&apos; leitet nur TCP-Verbindungen weiter</translation>
    </message>
    <message>
        <source>the target &apos;original original&apos; is a PortRelay extension: rinetd 0.73 cannot resolve it (--export writes the rule as an annotation)</source>
        <translation>das Ziel &apos;original original&apos; ist eine PortRelay-Erweiterung: rinetd 0.73 kann es nicht auflösen (--export schreibt die Regel als Annotation)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be followed by a forwarding rule with a port range; kept as a comment</source>
        <translation>auf &apos;%1&apos; muss eine Weiterleitungsregel mit Portbereich folgen; als Kommentar behalten</translation>
    </message>
    <message>
        <source>the rules after &apos;%1&apos; are not the ports of %2; they are kept as single rules</source>
        <translation>die Regeln nach &apos;%1&apos; sind nicht die Ports von %2; sie bleiben einzelne Regeln</translation>
    </message>
    <message>
        <source>the range %1 has %2 ports: one listening descriptor each</source>
        <translation>der Bereich %1 hat %2 Ports: je ein lauschender Deskriptor</translation>
    </message>
</context>
<context>
    <name>RinetdConfigWriter</name>
    <message>
        <source>%1 spans several lines; written on one line</source>
        <translation>%1 erstreckt sich über mehrere Zeilen; in eine Zeile geschrieben</translation>
    </message>
    <message>
        <source>comment line &apos;%1&apos; does not start with &apos;#&apos;; written as a comment</source>
        <translation>Kommentarzeile „%1“ beginnt nicht mit „#“; als Kommentar geschrieben</translation>
    </message>
    <message>
        <source>a trailing comment</source>
        <translation>ein Kommentar am Zeilenende</translation>
    </message>
    <message>
        <source>trailing comment &apos;%1&apos; does not start with &apos;#&apos;; written as a comment</source>
        <translation>Kommentar am Zeilenende „%1“ beginnt nicht mit „#“; als Kommentar geschrieben</translation>
    </message>
    <message>
        <source>the %1 path &apos;%2&apos; contains blanks: written in double quotes, which rinetd 0.73 keeps as part of the file name</source>
        <translation>der %1-Pfad „%2“ enthält Leerzeichen: in doppelten Anführungszeichen geschrieben, die rinetd 0.73 als Teil des Dateinamens behält</translation>
    </message>
    <message>
        <source>&apos;allow %1&apos; has no exact rinetd glob: written as an annotation that rinetd 0.73 does not apply (it may then allow more clients)</source>
        <translation>„allow %1“ hat keinen exakten rinetd-Glob: als Annotation geschrieben, die rinetd 0.73 nicht anwendet (es erlaubt dann eventuell mehr Clients)</translation>
    </message>
    <message>
        <source>&apos;deny %1&apos; has no exact rinetd glob: written as an annotation that rinetd 0.73 does not apply (it will not deny those clients)</source>
        <translation>„deny %1“ hat keinen exakten rinetd-Glob: als Annotation geschrieben, die rinetd 0.73 nicht anwendet (es verweigert diese Clients nicht)</translation>
    </message>
    <message>
        <source>the PortRelay log format is written for rinetd as its tab format</source>
        <translation>das PortRelay-Protokollformat wird für rinetd als dessen Tabulatorformat geschrieben</translation>
    </message>
    <message>
        <source>an unsupported line</source>
        <translation>eine nicht unterstützte Zeile</translation>
    </message>
    <message>
        <source>the name of rule %1</source>
        <translation>der Name von Regel %1</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of rule %2 is not understood by rinetd 0.73: written as an annotation</source>
        <translation>Option „%1“ von Regel %2 versteht rinetd 0.73 nicht: als Annotation geschrieben</translation>
    </message>
    <message>
        <source>rule %1 is a port range: written for rinetd as %2 rules, one per port</source>
        <translation>Regel %1 ist ein Portbereich: für rinetd als %2 Regeln geschrieben, eine pro Port</translation>
    </message>
    <message>
        <source>&apos;logcommon&apos; is written for its comments although the log format is not the common one: rinetd logs in its common format</source>
        <translation>„logcommon“ wird wegen seiner Kommentare geschrieben, obwohl das Protokollformat nicht „common“ ist: rinetd protokolliert dann im Common-Format</translation>
    </message>
</context>
<context>
    <name>RinetdInPlaceWriter</name>
    <message>
        <source>%1 was changed by another program since it was read (line %2); nothing was written</source>
        <translation>%1 wurde seit dem Einlesen von einem anderen Programm geändert (Zeile %2); nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not run by PortRelay; it was kept as it is</source>
        <translation>&apos;%1&apos; wird von PortRelay nicht ausgeführt; es wurde unverändert belassen</translation>
    </message>
</context>
<context>
    <name>RinetdLexer</name>
    <message>
        <source>option list &apos;[&apos; is not closed with &apos;]&apos;</source>
        <translation>Optionsliste &apos;[&apos; wird nicht mit &apos;]&apos; geschlossen</translation>
    </message>
    <message>
        <source>quote &apos;&quot;&apos; is not closed</source>
        <translation>Anführungszeichen &apos;&quot;&apos; wird nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>RuleExplanation</name>
    <message>
        <source>every address of this computer, IPv6 and (on most systems) IPv4: anyone who can reach this computer over any network reaches the port</source>
        <translation>jede Adresse dieses Computers, IPv6 und (auf den meisten Systemen) IPv4: wer diesen Computer über irgendein Netzwerk erreicht, erreicht den Port</translation>
    </message>
    <message>
        <source>every IPv4 address of this computer: anyone who can reach this computer over any network reaches the port</source>
        <translation>jede IPv4-Adresse dieses Computers: wer diesen Computer über irgendein Netzwerk erreicht, erreicht den Port</translation>
    </message>
    <message>
        <source>the loopback address only: only programs on this computer reach the port</source>
        <translation>nur die Loopback-Adresse: nur Programme auf diesem Computer erreichen den Port</translation>
    </message>
    <message>
        <source>the address %1 only: whoever can reach that address reaches the port</source>
        <translation>nur die Adresse %1: wer diese Adresse erreicht, erreicht den Port</translation>
    </message>
    <message>
        <source>UDP datagrams</source>
        <translation>UDP-Datagramme</translation>
    </message>
    <message>
        <source>TCP connections</source>
        <translation>TCP-Verbindungen</translation>
    </message>
    <message>
        <source>(no port)</source>
        <translation>(kein Port)</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie tut</translation>
    </message>
    <message>
        <source>Listens for %1 on %2 port %3.</source>
        <translation>Lauscht auf %1 an %2 Port %3.</translation>
    </message>
    <message>
        <source>Relays each connection to where its client was going before the kernel redirected it here (transparent interception with nftables redirect, DNAT or TPROXY).</source>
        <translation>Leitet jede Verbindung dorthin weiter, wohin ihr Client wollte, bevor der Kernel sie hierher umgeleitet hat (transparentes Abfangen mit nftables redirect, DNAT oder TPROXY).</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>(no target address)</source>
        <translation>(keine Zieladresse)</translation>
    </message>
    <message>
        <source>Sends what each client sends to %1 as UDP datagrams.</source>
        <translation>Sendet, was jeder Client sendet, als UDP-Datagramme an %1.</translation>
    </message>
    <message>
        <source>Relays each client&apos;s datagrams over a TCP connection to %1.</source>
        <translation>Leitet die Datagramme jedes Clients über eine TCP-Verbindung an %1 weiter.</translation>
    </message>
    <message>
        <source>Relays each client&apos;s datagrams to %1 and the replies back; a client&apos;s datagrams form one session.</source>
        <translation>Leitet die Datagramme jedes Clients an %1 weiter und die Antworten zurück; die Datagramme eines Clients bilden eine Sitzung.</translation>
    </message>
    <message>
        <source>Opens a connection to %1 for each client and relays the bytes both ways.</source>
        <translation>Öffnet für jeden Client eine Verbindung zu %1 und leitet die Bytes in beide Richtungen weiter.</translation>
    </message>
    <message>
        <source>Port %1 is below 1024: binding it needs root, the system service, or the CAP_NET_BIND_SERVICE capability.</source>
        <translation>Port %1 liegt unter 1024: ihn zu binden erfordert root, den Systemdienst oder die Capability CAP_NET_BIND_SERVICE.</translation>
    </message>
    <message>
        <source>Who can connect</source>
        <translation>Wer sich verbinden kann</translation>
    </message>
    <message>
        <source>It listens on %1.</source>
        <translation>Sie lauscht auf %1.</translation>
    </message>
    <message>
        <source>No allow or deny patterns: every client that reaches the port is relayed.</source>
        <translation>Keine allow- oder deny-Muster: jeder Client, der den Port erreicht, wird weitergeleitet.</translation>
    </message>
    <message>
        <source>Exposed: anyone who can reach this computer can use this forwarding to reach its target.</source>
        <translation>Offen: wer diesen Computer erreichen kann, kann über diese Weiterleitung ihr Ziel erreichen.</translation>
    </message>
    <message>
        <source>The global list is checked first (allow: %1; deny: %2).</source>
        <translation>Zuerst wird die globale Liste geprüft (allow: %1; deny: %2).</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>jeder</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>This rule&apos;s own list decides (allow: %1; deny: %2).</source>
        <translation>Die eigene Liste dieser Regel entscheidet (allow: %1; deny: %2).</translation>
    </message>
    <message>
        <source>Then this rule&apos;s own list (allow: %1; deny: %2).</source>
        <translation>Dann die eigene Liste dieser Regel (allow: %1; deny: %2).</translation>
    </message>
    <message>
        <source>A client matching any deny pattern is refused; where allow patterns exist, a client must match one of them.</source>
        <translation>Ein Client, der auf ein deny-Muster passt, wird abgewiesen; wo allow-Muster existieren, muss ein Client auf eines davon passen.</translation>
    </message>
    <message>
        <source>Clients must start with a PROXY protocol header; the address in it is the one the lists check.</source>
        <translation>Clients müssen mit einem PROXY-Protokoll-Header beginnen; die Adresse darin ist die, die die Listen prüfen.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message numerus="yes">
        <source>Idle sessions end after %n second(s) (the default).</source>
        <translation>
            <numerusform>Untätige Sitzungen enden nach %n Sekunde (der Standard).</numerusform>
            <numerusform>Untätige Sitzungen enden nach %n Sekunden (der Standard).</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle connections stay open (no timeout set).</source>
        <translation>Untätige Verbindungen bleiben offen (kein Zeitlimit gesetzt).</translation>
    </message>
    <message numerus="yes">
        <source>Idle sessions end after %n second(s).</source>
        <translation>
            <numerusform>Untätige Sitzungen enden nach %n Sekunde.</numerusform>
            <numerusform>Untätige Sitzungen enden nach %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections idle for %n second(s) are closed.</source>
        <translation>
            <numerusform>Verbindungen, die %n Sekunde untätig sind, werden geschlossen.</numerusform>
            <numerusform>Verbindungen, die %n Sekunden untätig sind, werden geschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections to the target leave from %1.</source>
        <translation>Verbindungen zum Ziel gehen von %1 aus.</translation>
    </message>
    <message>
        <source>Transparent: the target sees the client&apos;s own address as the source (needs the transparent proxy routing set up).</source>
        <translation>Transparent: das Ziel sieht die eigene Adresse des Clients als Quelle (erfordert eingerichtetes Routing für den transparenten Proxy).</translation>
    </message>
    <message>
        <source>Each connection is limited to %1/s in each direction.</source>
        <translation>Jede Verbindung ist auf %1/s in jede Richtung begrenzt.</translation>
    </message>
    <message>
        <source>All connections of this rule together are limited to %1/s.</source>
        <translation>Alle Verbindungen dieser Regel zusammen sind auf %1/s begrenzt.</translation>
    </message>
    <message>
        <source>FTP helper (%1): the data connections the FTP commands announce are relayed too.</source>
        <translation>FTP-Helfer (%1): die Datenverbindungen, die die FTP-Befehle ankündigen, werden ebenfalls weitergeleitet.</translation>
    </message>
    <message>
        <source>HTTP requests are rewritten for an HTTP proxy as the target.</source>
        <translation>HTTP-Anfragen werden für einen HTTP-Proxy als Ziel umgeschrieben.</translation>
    </message>
    <message>
        <source>A PROXY protocol v%1 header tells the target the client&apos;s address.</source>
        <translation>Ein PROXY-Protokoll-v%1-Header teilt dem Ziel die Adresse des Clients mit.</translation>
    </message>
    <message>
        <source>Kept as written: %1.</source>
        <translation>Im Wortlaut beibehalten: %1.</translation>
    </message>
    <message>
        <source>Connections are not logged to a file.</source>
        <translation>Verbindungen werden nicht in eine Datei protokolliert.</translation>
    </message>
    <message>
        <source>Each connection is logged to %1.</source>
        <translation>Jede Verbindung wird in %1 protokolliert.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Disabled: it does not listen.</source>
        <translation>Deaktiviert: sie lauscht nicht.</translation>
    </message>
    <message>
        <source>Not applied yet: Apply starts it.</source>
        <translation>Noch nicht angewendet: Anwenden startet sie.</translation>
    </message>
    <message>
        <source>Starting.</source>
        <translation>Startet.</translation>
    </message>
    <message>
        <source>Listening.</source>
        <translation>Lauscht.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>It could not start.</source>
        <translation>Sie konnte nicht starten.</translation>
    </message>
    <message>
        <source>It could not start: %1</source>
        <translation>Sie konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The rule was edited; what runs is the previous version until Apply.</source>
        <translation>Die Regel wurde bearbeitet; bis zum Anwenden läuft die vorherige Version.</translation>
    </message>
    <message>
        <source>Test a client address against these lists…</source>
        <translation>Eine Client-Adresse gegen diese Listen prüfen…</translation>
    </message>
</context>
<context>
    <name>RuleExplanationDialog</name>
    <message>
        <source>What This Rule Does — %1</source>
        <translation>Was diese Regel tut – %1</translation>
    </message>
    <message>
        <source>&amp;Test an Address…</source>
        <translation>Adresse &amp;prüfen…</translation>
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
        <translation>0.0.0.0, ::, eine Adresse oder ein Name</translation>
    </message>
    <message>
        <source>address or host name</source>
        <translation>Adresse oder Hostname</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
</context>
<context>
    <name>RuleOptionsDialog</name>
    <message>
        <source>%1 (not valid)</source>
        <translation>%1 (ungültig)</translation>
    </message>
    <message>
        <source>Rule Options</source>
        <translation>Regeloptionen</translation>
    </message>
    <message>
        <source>Rule listening on %1 port %2</source>
        <translation>Regel, die auf %1 Port %2 lauscht</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;, listening on %2 port %3</source>
        <translation>Regel „%1“, lauscht auf %2 Port %3</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>&amp;Fixed address and port:</source>
        <translation>&amp;Feste Adresse und Port:</translation>
    </message>
    <message>
        <source>address or host name</source>
        <translation>Adresse oder Hostname</translation>
    </message>
    <message>
        <source>&amp;Original destination of each connection</source>
        <translation>&amp;Ursprüngliches Ziel jeder Verbindung</translation>
    </message>
    <message>
        <source>For connections the kernel redirected to this port (nftables redirect or dnat, or tproxy): each goes where its client was going.</source>
        <translation>Für Verbindungen, die der Kernel auf diesen Port umgeleitet hat (nftables redirect oder dnat, oder tproxy): jede geht dorthin, wohin ihr Client wollte.</translation>
    </message>
    <message>
        <source>none: relay the stream unchanged</source>
        <translation>none: den Datenstrom unverändert weiterleiten</translation>
    </message>
    <message>
        <source>http: rewrite requests for an HTTP proxy as target</source>
        <translation>http: Anfragen für einen HTTP-Proxy als Ziel umschreiben</translation>
    </message>
    <message>
        <source>&amp;Translate:</source>
        <translation>Ü&amp;bersetzen:</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>passive (PASV, EPSV)</source>
        <translation>passiv (PASV, EPSV)</translation>
    </message>
    <message>
        <source>active (PORT, EPRT)</source>
        <translation>aktiv (PORT, EPRT)</translation>
    </message>
    <message>
        <source>passive and active</source>
        <translation>passiv und aktiv</translation>
    </message>
    <message>
        <source>FT&amp;P helper:</source>
        <translation>FT&amp;P-Helfer:</translation>
    </message>
    <message>
        <source>Connect from the client&apos;s own address and port</source>
        <translation>Von der eigenen Adresse und dem Port des Clients verbinden</translation>
    </message>
    <message>
        <source>Needs the CAP_NET_ADMIN capability and policy routing for the replies on this host and the target; see %1.</source>
        <translation>Erfordert die Capability CAP_NET_ADMIN und Policy-Routing für die Antworten auf diesem Host und dem Ziel; siehe %1.</translation>
    </message>
    <message>
        <source>Tra&amp;nsparent source:</source>
        <translation>Tra&amp;nsparente Quelle:</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Rate per connection:</source>
        <translation>&amp;Rate pro Verbindung:</translation>
    </message>
    <message>
        <source>bytes/s in each direction (k, M, G: ×1024)</source>
        <translation>Bytes/s in jede Richtung (k, M, G: ×1024)</translation>
    </message>
    <message>
        <source>Rate for the &amp;whole rule:</source>
        <translation>Rate für die &amp;ganze Regel:</translation>
    </message>
    <message>
        <source>bytes/s shared by all its connections</source>
        <translation>Bytes/s, geteilt von allen ihren Verbindungen</translation>
    </message>
    <message>
        <source>PROXY protocol</source>
        <translation>PROXY-Protokoll</translation>
    </message>
    <message>
        <source>version 1 (text)</source>
        <translation>Version 1 (Text)</translation>
    </message>
    <message>
        <source>version 2 (binary)</source>
        <translation>Version 2 (binär)</translation>
    </message>
    <message>
        <source>&amp;Send to the target:</source>
        <translation>An das Ziel &amp;senden:</translation>
    </message>
    <message>
        <source>version 1 only</source>
        <translation>nur Version 1</translation>
    </message>
    <message>
        <source>version 2 only</source>
        <translation>nur Version 2</translation>
    </message>
    <message>
        <source>either version</source>
        <translation>beide Versionen</translation>
    </message>
    <message>
        <source>&amp;Expect from the peer:</source>
        <translation>Von der Gegenstelle &amp;erwarten:</translation>
    </message>
    <message>
        <source>nobody: every header is refused</source>
        <translation>niemand: jeder Header wird abgewiesen</translation>
    </message>
    <message>
        <source>CIDR blocks or rinetd patterns, separated by spaces</source>
        <translation>CIDR-Blöcke oder rinetd-Muster, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>&amp;Trusted peers:</source>
        <translation>&amp;Vertrauenswürdige Gegenstellen:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>default (%1 s)</source>
        <translation>Standard (%1 s)</translation>
    </message>
    <message>
        <source>Header &amp;timeout:</source>
        <translation>Header-&amp;Zeitlimit:</translation>
    </message>
</context>
<context>
    <name>RuleOptionsText</name>
    <message>
        <source>version 1</source>
        <translation>Version 1</translation>
    </message>
    <message>
        <source>version 2</source>
        <translation>Version 2</translation>
    </message>
    <message>
        <source>either version</source>
        <translation>beide Versionen</translation>
    </message>
    <message>
        <source>Each connection is limited to %1 in each direction.</source>
        <translation>Jede Verbindung ist auf %1 in jede Richtung begrenzt.</translation>
    </message>
    <message>
        <source>All connections of this rule together are limited to %1 in each direction.</source>
        <translation>Alle Verbindungen dieser Regel zusammen sind auf %1 in jede Richtung begrenzt.</translation>
    </message>
    <message>
        <source>FTP helper, passive mode: the server&apos;s PASV and EPSV answers are rewritten to point at this relay.</source>
        <translation>FTP-Helfer, passiver Modus: die PASV- und EPSV-Antworten des Servers werden so umgeschrieben, dass sie auf diese Weiterleitung zeigen.</translation>
    </message>
    <message>
        <source>FTP helper, active mode: the client&apos;s PORT and EPRT commands are rewritten so that the server connects back through this relay.</source>
        <translation>FTP-Helfer, aktiver Modus: die PORT- und EPRT-Befehle des Clients werden so umgeschrieben, dass der Server sich über diese Weiterleitung zurückverbindet.</translation>
    </message>
    <message>
        <source>FTP helper for passive and active transfers.</source>
        <translation>FTP-Helfer für passive und aktive Übertragungen.</translation>
    </message>
    <message>
        <source>Connects to the target from the client&apos;s own address and port (transparent source).</source>
        <translation>Verbindet sich von der eigenen Adresse und dem Port des Clients mit dem Ziel (transparente Quelle).</translation>
    </message>
    <message>
        <source>Connects to the target from this host&apos;s address.</source>
        <translation>Verbindet sich von der Adresse dieses Hosts mit dem Ziel.</translation>
    </message>
    <message>
        <source>Sends a PROXY protocol header (%1) to the target before any data.</source>
        <translation>Sendet vor allen Daten einen PROXY-Protokoll-Header (%1) an das Ziel.</translation>
    </message>
    <message>
        <source>Expects a PROXY protocol header (%1), but no peer may send one (accept-proxy-from is empty): every connection is refused.</source>
        <translation>Erwartet einen PROXY-Protokoll-Header (%1), aber keine Gegenstelle darf einen senden (accept-proxy-from ist leer): jede Verbindung wird abgewiesen.</translation>
    </message>
    <message>
        <source>Expects a PROXY protocol header (%1) from %2; the client address in it counts for access, logs and statistics.</source>
        <translation>Erwartet einen PROXY-Protokoll-Header (%1) von %2; die Client-Adresse darin zählt für Zugriff, Protokolle und Statistiken.</translation>
    </message>
    <message>
        <source>Rewrites HTTP requests to absolute form for an HTTP proxy as target.</source>
        <translation>Schreibt HTTP-Anfragen für einen HTTP-Proxy als Ziel in die absolute Form um.</translation>
    </message>
    <message>
        <source>Relays the stream unchanged.</source>
        <translation>Leitet den Datenstrom unverändert weiter.</translation>
    </message>
    <message>
        <source>%1=%2 is kept as written.</source>
        <translation>%1=%2 wird im Wortlaut beibehalten.</translation>
    </message>
    <message>
        <source>%1=%2 is not valid.</source>
        <translation>%1=%2 ist ungültig.</translation>
    </message>
</context>
<context>
    <name>RulePortsModel</name>
    <message>
        <source>not listening</source>
        <translation>lauscht nicht</translation>
    </message>
    <message>
        <source>%1 (to %2 until applied)</source>
        <translation>%1 (bis zum Anwenden an %2)</translation>
    </message>
</context>
<context>
    <name>RulePortsPanel</name>
    <message>
        <source>Select a rule to see its ports.</source>
        <translation>Wählen Sie eine Regel, um ihre Ports zu sehen.</translation>
    </message>
    <message>
        <source>The rule has no ports to list yet.</source>
        <translation>Die Regel hat noch keine Ports, die aufgelistet werden könnten.</translation>
    </message>
    <message>
        <source>No ports: %1</source>
        <translation>Keine Ports: %1</translation>
    </message>
    <message>
        <source>Port %1 forwards to port %2: a single listener.</source>
        <translation>Port %1 leitet an Port %2 weiter: ein einzelner Listener.</translation>
    </message>
    <message numerus="yes">
        <source>Ports %1 forward to %2: %n listener(s), bound together (one that cannot be bound keeps the others from starting).</source>
        <translation>
            <numerusform>Die Ports %1 leiten an %2 weiter: %n Listener, gemeinsam gebunden (einer, der nicht gebunden werden kann, verhindert den Start der anderen).</numerusform>
            <numerusform>Die Ports %1 leiten an %2 weiter: %n Listener, gemeinsam gebunden (einer, der nicht gebunden werden kann, verhindert den Start der anderen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>Lauscht nicht: %1</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>empfangsbereit</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 (edited, not applied)</source>
        <translation>%1 (bearbeitet, nicht angewendet)</translation>
    </message>
    <message>
        <source>Open connections</source>
        <translation>Offene Verbindungen</translation>
    </message>
    <message>
        <source>Connections accepted since start</source>
        <translation>Seit dem Start angenommene Verbindungen</translation>
    </message>
    <message>
        <source>Bytes from clients to the target</source>
        <translation>Bytes von Clients zum Ziel</translation>
    </message>
    <message>
        <source>Bytes from the target to clients</source>
        <translation>Bytes vom Ziel zu den Clients</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Bindeadresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Target address</source>
        <translation>Zieladresse</translation>
    </message>
    <message>
        <source>Target port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>%1:%2 → %3:%4</source>
        <translation>%1:%2 → %3:%4</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Optionen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n allow/deny pattern(s) of its own</source>
        <translation>
            <numerusform>%n eigenes Erlauben/Verweigern-Muster</numerusform>
            <numerusform>%n eigene Erlauben/Verweigern-Muster</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Connections are never closed for being idle. Set a timeout to close them after that many seconds without traffic.</source>
        <translation>Verbindungen werden nie wegen Untätigkeit geschlossen. Mit einem Timeout werden sie nach so vielen Sekunden ohne Datenverkehr geschlossen.</translation>
    </message>
    <message>
        <source>A UDP session ends after %1 without datagrams.</source>
        <translation>Eine UDP-Sitzung endet nach %1 ohne Datagramme.</translation>
    </message>
    <message>
        <source>A connection is closed after %1 without traffic.</source>
        <translation>Eine Verbindung wird nach %1 ohne Datenverkehr geschlossen.</translation>
    </message>
    <message>
        <source>The system chooses the source address of connections to the target.</source>
        <translation>Das System wählt die Quelladresse der Verbindungen zum Ziel.</translation>
    </message>
    <message>
        <source>Idle timeout in seconds (rinetd&apos;s timeout= option); 0 or empty: the default, %1 for UDP, none for TCP</source>
        <translation>Leerlauf-Timeout in Sekunden (rinetds Option timeout=); 0 oder leer: der Standard, %1 für UDP, keiner für TCP</translation>
    </message>
    <message>
        <source>Source address of connections to the target (rinetd&apos;s src= option); empty: chosen by the system</source>
        <translation>Quelladresse der Verbindungen zum Ziel (rinetds Option src=); leer: wählt das System</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Not set: the default applies.</source>
        <translation>Nicht gesetzt: es gilt der Standard.</translation>
    </message>
    <message>
        <source>original destination</source>
        <translation>ursprüngliches Ziel</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>original</source>
        <translation>ursprünglich</translation>
    </message>
    <message>
        <source>Enabled: starts with Apply (not running yet)</source>
        <translation>Aktiviert: startet beim Anwenden (läuft noch nicht)</translation>
    </message>
    <message>
        <source>Disabled: not running</source>
        <translation>Deaktiviert: läuft nicht</translation>
    </message>
    <message>
        <source>Enabled: click to stop this rule now, without Apply</source>
        <translation>Aktiviert: klicken, um diese Regel sofort ohne Anwenden zu stoppen</translation>
    </message>
    <message>
        <source>Disabled: click to start this rule now, without Apply</source>
        <translation>Deaktiviert: klicken, um diese Regel sofort ohne Anwenden zu starten</translation>
    </message>
    <message>
        <source>No options. Double-click to set FTP, bandwidth, PROXY protocol and interception options.</source>
        <translation>Keine Optionen. Doppelklicken, um FTP-, Bandbreiten-, PROXY-Protokoll- und Abfangoptionen festzulegen.</translation>
    </message>
    <message>
        <source>Each connection goes to where its client was going before the kernel redirected it here. Change the target in the rule&apos;s options.</source>
        <translation>Jede Verbindung geht dorthin, wohin ihr Client wollte, bevor der Kernel sie hierher umgeleitet hat. Ändern Sie das Ziel in den Optionen der Regel.</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s), one listener each; the Ports tab lists them.</source>
        <translation>
            <numerusform>%n Port, je ein Listener; die Registerkarte Ports listet ihn auf.</numerusform>
            <numerusform>%n Ports, je ein Listener; die Registerkarte Ports listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>On: starts or stops a running rule at once, without Apply; every other column waits for Apply</source>
        <translation>Ein: startet oder stoppt eine laufende Regel sofort, ohne Anwenden; jede andere Spalte wartet auf das Anwenden</translation>
    </message>
    <message>
        <source>FTP helper, bandwidth limits, transparent source, PROXY protocol, HTTP translation and any other option (double-click to edit)</source>
        <translation>FTP-Helfer, Bandbreitenlimits, transparente Quelle, PROXY-Protokoll, HTTP-Übersetzung und alle anderen Optionen (zum Bearbeiten doppelklicken)</translation>
    </message>
    <message>
        <source>Connections (UDP: sessions) refused by the access lists since start</source>
        <translation>Seit dem Start durch die Zugriffslisten abgewiesene Verbindungen (UDP: Sitzungen)</translation>
    </message>
    <message>
        <source>Connections accepted whose target could not be reached: refused, unreachable, not resolved, or one of this relay&apos;s own ports</source>
        <translation>Angenommene Verbindungen, deren Ziel nicht erreicht werden konnte: abgewiesen, unerreichbar, nicht aufgelöst oder einer der eigenen Ports dieser Weiterleitung</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1:%2 → original destination</source>
        <translation>%1:%2 → ursprüngliches Ziel</translation>
    </message>
</context>
<context>
    <name>RuntimeProblemBanner</name>
    <message>
        <source>Connection log: %1. Choose another log file on the Logging tab (or make this one writable) and apply.</source>
        <translation>Verbindungsprotokoll: %1. Wählen Sie auf der Registerkarte Protokollierung eine andere Protokolldatei (oder machen Sie diese beschreibbar) und wenden Sie an.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PortRelay Settings</source>
        <translation>PortRelay-Einstellungen</translation>
    </message>
    <message>
        <source>Tray</source>
        <translation>Benachrichtigungsfeld</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps the relays running in the tray</source>
        <translation>&amp;Schließen des Fensters lässt die Weiterleitungen im Benachrichtigungsfeld weiterlaufen</translation>
    </message>
    <message>
        <source>Start &amp;minimised in the tray</source>
        <translation>&amp;Minimiert im Benachrichtigungsfeld starten</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits PortRelay and it always starts with its window shown.</source>
        <translation>Diese Arbeitsumgebung hat kein Benachrichtigungsfeld: Schließen des Fensters beendet PortRelay, und es startet immer mit sichtbarem Fenster.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start PortRelay when I &amp;log in</source>
        <translation>PortRelay bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>The login autostart entry could not be changed: %1</source>
        <translation>Der Autostart-Eintrag für die Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Reopen the last configuration; start its rules again if they were running</source>
        <translation>Letzte Konfiguration wieder ö&amp;ffnen; ihre Regeln erneut starten, wenn sie liefen</translation>
    </message>
    <message>
        <source>Relaying</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Relay &amp;threads:</source>
        <translation>Weiterleitungs-&amp;Threads:</translation>
    </message>
    <message>
        <source>How many threads relay connections, each on its own processor core. More threads help when many connections are open or opened at the same time; a single connection never uses more than one. UDP rules and rules with a rate limit (rate-rule=) always run on one thread.</source>
        <translation>Wie viele Threads Verbindungen weiterleiten, jeder auf einem eigenen Prozessorkern. Mehr Threads helfen, wenn viele Verbindungen offen sind oder gleichzeitig geöffnet werden; eine einzelne Verbindung nutzt nie mehr als einen. UDP-Regeln und Regeln mit einer Ratenbegrenzung (rate-rule=) laufen immer auf einem Thread.</translation>
    </message>
    <message>
        <source>The rules run in the system service: its own --threads setting applies, not this one.</source>
        <translation>Die Regeln laufen im Systemdienst: dort gilt dessen eigene Einstellung --threads, nicht diese.</translation>
    </message>
    <message>
        <source>Takes effect the next time PortRelay starts.</source>
        <translation>Wirkt ab dem nächsten Start von PortRelay.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot examine %1: %2</source>
        <translation>%1 kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a directory of this user&apos;s alone (owner %2, mode %3); another user may have made it</source>
        <translation>%1 ist kein Verzeichnis, das allein diesem Benutzer gehört (Eigentümer %2, Modus %3); ein anderer Benutzer könnte es angelegt haben</translation>
    </message>
</context>
<context>
    <name>StartController</name>
    <message numerus="yes">
        <source>&amp;Start %n rule(s)…</source>
        <translation>
            <numerusform>%n Regel &amp;starten…</numerusform>
            <numerusform>%n Regeln &amp;starten…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start rules…</source>
        <translation>Regeln &amp;starten…</translation>
    </message>
    <message>
        <source>Stopped: none of these rules listens. Start lists what will be exposed before anything binds.</source>
        <translation>Gestoppt: keine dieser Regeln lauscht. Starten listet auf, was erreichbar wird, bevor irgendetwas gebunden wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) with errors will not start until fixed.</source>
        <translation>
            <numerusform>%n fehlerhafte Regel startet erst, wenn sie korrigiert ist.</numerusform>
            <numerusform>%n fehlerhafte Regeln starten erst, wenn sie korrigiert sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>List what the rules will expose (addresses, privileged ports, ports in use), then start them</source>
        <translation>Auflisten, was die Regeln erreichbar machen (Adressen, privilegierte Ports, belegte Ports), und sie dann starten</translation>
    </message>
    <message>
        <source>S&amp;top all rules</source>
        <translation>Alle Regeln s&amp;toppen</translation>
    </message>
    <message>
        <source>Close every listener of this document; the rules stay in the table</source>
        <translation>Alle Listener dieses Dokuments schließen; die Regeln bleiben in der Tabelle</translation>
    </message>
</context>
<context>
    <name>StartRulesDialog</name>
    <message>
        <source>Start Rules</source>
        <translation>Regeln starten</translation>
    </message>
    <message numerus="yes">
        <source>Starting binds %n rule(s) on these addresses.</source>
        <translation>
            <numerusform>Das Starten bindet %n Regel an diese Adressen.</numerusform>
            <numerusform>Das Starten bindet %n Regeln an diese Adressen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules Started</source>
        <translation>Regeln gestartet</translation>
    </message>
    <message numerus="yes">
        <source>PortRelay reopened the last configuration and started %n rule(s), listening on these addresses. This list is shown once.</source>
        <translation>
            <numerusform>PortRelay hat die letzte Konfiguration wieder geöffnet und %n Regel gestartet, die auf diesen Adressen lauscht. Diese Liste wird einmal angezeigt.</numerusform>
            <numerusform>PortRelay hat die letzte Konfiguration wieder geöffnet und %n Regeln gestartet, die auf diesen Adressen lauschen. Diese Liste wird einmal angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listen(s) on every address (reachable from other machines)</source>
        <translation>
            <numerusform>%n lauscht auf jeder Adresse (von anderen Rechnern erreichbar)</numerusform>
            <numerusform>%n lauschen auf jeder Adresse (von anderen Rechnern erreichbar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) ports below 1024</source>
        <translation>
            <numerusform>%n verwendet Ports unter 1024</numerusform>
            <numerusform>%n verwenden Ports unter 1024</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) already in use on this computer</source>
        <translation>
            <numerusform>%n Port bereits auf diesem Computer belegt</numerusform>
            <numerusform>%n Ports bereits auf diesem Computer belegt</numerusform>
        </translation>
    </message>
    <message>
        <source>Look closely: %1.</source>
        <translation>Genau hinsehen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) with errors do not start.</source>
        <translation>
            <numerusform>%n fehlerhafte Regel startet nicht.</numerusform>
            <numerusform>%n fehlerhafte Regeln starten nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Listens on</source>
        <translation>Lauscht auf</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>every address: other machines</source>
        <translation>jede Adresse: andere Rechner</translation>
    </message>
    <message>
        <source>port below 1024</source>
        <translation>Port unter 1024</translation>
    </message>
    <message>
        <source>port already in use</source>
        <translation>Port bereits belegt</translation>
    </message>
    <message>
        <source>Only this computer can connect.</source>
        <translation>Nur dieser Computer kann sich verbinden.</translation>
    </message>
    <message>
        <source>Machines that reach %1 can connect.</source>
        <translation>Rechner, die %1 erreichen, können sich verbinden.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start %n rule(s)</source>
        <translation>
            <numerusform>%n Regel &amp;starten</numerusform>
            <numerusform>%n Regeln &amp;starten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Stop these rules</source>
        <translation>Diese Regeln &amp;stoppen</translation>
    </message>
</context>
<context>
    <name>SystemServiceChoice</name>
    <message>
        <source>The PortRelay system service is running on this computer. Manage its rules, or start a local session with rules of your own?</source>
        <translation>Der PortRelay-Systemdienst läuft auf diesem Rechner. Seine Regeln verwalten oder eine lokale Sitzung mit eigenen Regeln starten?</translation>
    </message>
    <message>
        <source>Manage the &amp;Service</source>
        <translation>&amp;Dienst verwalten</translation>
    </message>
    <message>
        <source>&amp;Local Session</source>
        <translation>&amp;Lokale Sitzung</translation>
    </message>
</context>
<context>
    <name>TcpRuleListener</name>
    <message>
        <source>address already in use</source>
        <translation>Adresse wird bereits verwendet</translation>
    </message>
    <message>
        <source>cannot assign requested address</source>
        <translation>angeforderte Adresse kann nicht zugewiesen werden</translation>
    </message>
</context>
<context>
    <name>TrafficGraph</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>-%1 min</source>
        <translation>-%1 min</translation>
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
        <translation>transparent=yes braucht die Capability CAP_NET_ADMIN oder CAP_NET_RAW (als root ausführen oder mit AmbientCapabilities=CAP_NET_ADMIN von systemd vergeben)</translation>
    </message>
    <message>
        <source>capability to use IP_TRANSPARENT</source>
        <translation>Capability zur Verwendung von IP_TRANSPARENT</translation>
    </message>
    <message>
        <source>policy rule for marked packets</source>
        <translation>Policy-Regel für markierte Pakete</translation>
    </message>
    <message>
        <source>add: ip rule add fwmark 1 lookup 100</source>
        <translation>hinzufügen: ip rule add fwmark 1 lookup 100</translation>
    </message>
    <message>
        <source>local route in the marked packets&apos; table</source>
        <translation>lokale Route in der Tabelle der markierten Pakete</translation>
    </message>
    <message>
        <source>add: ip route add local 0.0.0.0/0 dev lo table %1</source>
        <translation>hinzufügen: ip route add local 0.0.0.0/0 dev lo table %1</translation>
    </message>
    <message>
        <source>nftables rule marking the replies to transparent sockets</source>
        <translation>nftables-Regel, die die Antworten an transparente Sockets markiert</translation>
    </message>
    <message>
        <source>nft is not installed (Debian package nftables)</source>
        <translation>nft ist nicht installiert (Debian-Paket nftables)</translation>
    </message>
    <message>
        <source>add in prerouting: socket transparent 1 meta mark set 1 (docs/transparent.md)</source>
        <translation>in prerouting hinzufügen: socket transparent 1 meta mark set 1 (docs/transparent.md)</translation>
    </message>
    <message>
        <source>cannot read the nftables ruleset (needs root)</source>
        <translation>der nftables-Regelsatz kann nicht gelesen werden (braucht root)</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>No rules</source>
        <translation>Keine Regeln</translation>
    </message>
    <message>
        <source>&amp;Enable all</source>
        <translation>Alle &amp;aktivieren</translation>
    </message>
    <message>
        <source>&amp;Disable all</source>
        <translation>Alle &amp;deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Show PortRelay</source>
        <translation>PortRelay an&amp;zeigen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Rule not enabled</source>
        <translation>Regel nicht aktiviert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) listening</source>
        <translation>
            <numerusform>%n Regel empfangsbereit</numerusform>
            <numerusform>%n Regeln empfangsbereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) failed to start</source>
        <translation>
            <numerusform>%n Regel konnte nicht starten</numerusform>
            <numerusform>%n Regeln konnten nicht starten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active connection(s)</source>
        <translation>
            <numerusform>%n aktive Verbindung</numerusform>
            <numerusform>%n aktive Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Throughput: %1</source>
        <translation>Durchsatz: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) could not start</source>
        <translation>
            <numerusform>%n Regel konnte nicht starten</numerusform>
            <numerusform>%n Regeln konnten nicht starten</numerusform>
        </translation>
    </message>
    <message>
        <source>Target not reachable</source>
        <translation>Ziel nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%1: the target %2 refused or did not answer %n connection(s) in a row.</source>
        <translation>
            <numerusform>%1: das Ziel %2 hat %n Verbindung abgelehnt oder nicht beantwortet.</numerusform>
            <numerusform>%1: das Ziel %2 hat %n Verbindungen in Folge abgelehnt oder nicht beantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listening</source>
        <translation>
            <numerusform>%n empfangsbereit</numerusform>
            <numerusform>%n empfangsbereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connection log not written</source>
        <translation>Verbindungsprotokoll nicht geschrieben</translation>
    </message>
    <message>
        <source>Connection log: %1</source>
        <translation>Verbindungsprotokoll: %1</translation>
    </message>
</context>
<context>
    <name>UnixSignalWatcher</name>
    <message>
        <source>cannot create the signal socket pair: %1</source>
        <translation>das Signal-Socket-Paar kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot install a handler for signal %1: %2</source>
        <translation>für Signal %1 kann kein Handler installiert werden: %2</translation>
    </message>
</context>
</TS>
