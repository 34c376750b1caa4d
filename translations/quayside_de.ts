<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Quayside</source>
        <translation>Über Quayside</translation>
    </message>
    <message>
        <source>Quayside stands up and runs Tomcat applications in Docker containers spread over several cloud servers, load-balanced by nginx, on Rackspace, any other OpenStack cloud, or a local sandbox cloud.</source>
        <translation>Quayside richtet Tomcat-Anwendungen in Docker-Containern auf mehreren Cloud-Servern ein und betreibt sie, mit nginx als Lastverteiler, bei Rackspace, in jeder anderen OpenStack-Cloud oder in einer lokalen Sandbox-Cloud.</translation>
    </message>
    <message>
        <source>Quayside is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version.</source>
        <translation>Quayside ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und/oder verändern.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2. Check that the disk has room and the folder is writable; the file was left as it was.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie, ob auf dem Datenträger Platz ist und der Ordner beschreibbar ist; die Datei blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>BalancerDialog</name>
    <message>
        <source>Load Balancer</source>
        <translation>Load-Balancer</translation>
    </message>
    <message>
        <source>Backend pool</source>
        <translation>Backend-Pool</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Pool:</translation>
    </message>
    <message>
        <source>The upstream pool whose servers are listed below</source>
        <translation>Der Upstream-Pool, dessen Server unten aufgeführt sind</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <source>How nginx spreads requests over the pool&apos;s servers</source>
        <translation>Wie nginx die Anfragen auf die Server des Pools verteilt</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Max fails</source>
        <translation>Max. Fehler</translation>
    </message>
    <message>
        <source>Fail timeout (s)</source>
        <translation>Fehlerzeitraum (s)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>&amp;Add Server</source>
        <translation>Server &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Server</source>
        <translation>Server &amp;entfernen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;Listen on port:</source>
        <translation>Auf &amp;Port lauschen:</translation>
    </message>
    <message>
        <source>Server &amp;names:</source>
        <translation>Server&amp;namen:</translation>
    </message>
    <message>
        <source>any name; or e.g. example.com www.example.com</source>
        <translation>jeder Name; oder z. B. example.com www.example.com</translation>
    </message>
    <message>
        <source>Host names this site answers, separated by spaces; empty for any</source>
        <translation>Hostnamen, für die diese Site antwortet, durch Leerzeichen getrennt; leer für alle</translation>
    </message>
    <message>
        <source>Preview of the nginx files</source>
        <translation>Vorschau der nginx-Dateien</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Read an existing backends file and default.conf into the balancer</source>
        <translation>Eine vorhandene backends-Datei und default.conf in den Load-Balancer einlesen</translation>
    </message>
    <message>
        <source>Export to &amp;Folder…</source>
        <translation>In &amp;Ordner exportieren…</translation>
    </message>
    <message>
        <source>Export as .&amp;tar.gz…</source>
        <translation>Als .&amp;tar.gz exportieren…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Verteilen…</translation>
    </message>
    <message>
        <source>Put this balancer in service on an nginx host over SSH, keeping every version there</source>
        <translation>Diesen Load Balancer über SSH auf einem nginx-Host in Betrieb nehmen; dort wird jede Version aufbewahrt</translation>
    </message>
</context>
<context>
    <name>BalancerFile</name>
    <message>
        <source>There is no balancer file %1 yet: import an nginx configuration or save one first.</source>
        <translation>Es gibt noch keine Load-Balancer-Datei %1: Importieren Sie zuerst eine nginx-Konfiguration oder speichern Sie eine.</translation>
    </message>
    <message>
        <source>Cannot read the balancer file %1: %2</source>
        <translation>Die Load-Balancer-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The balancer file %1 cannot be used: %2. Correct it or import the nginx configuration again.</source>
        <translation>Die Load-Balancer-Datei %1 ist nicht verwendbar: %2. Korrigieren Sie sie oder importieren Sie die nginx-Konfiguration erneut.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the balancer file.</source>
        <translation>Der Ordner %1 für die Load-Balancer-Datei kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>BalancerJson</name>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: ein Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: expected a number from %2 to %3</source>
        <translation>%1: eine Zahl von %2 bis %3 erwartet</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: eine Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: true oder false erwartet</translation>
    </message>
    <message>
        <source>%1[%2]: expected a string</source>
        <translation>%1[%2]: eine Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation>%1: eine Liste erwartet</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1: unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>%1: expected one of round_robin, least_conn, ip_hash, sticky_session</source>
        <translation>%1: einer der Werte round_robin, least_conn, ip_hash, sticky_session erwartet</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top</source>
        <translation>auf oberster Ebene ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>format: expected &quot;%1&quot;, found &quot;%2&quot;; this is not a Quayside balancer file</source>
        <translation>format: „%1“ erwartet, „%2“ gefunden; dies ist keine Load-Balancer-Datei von Quayside</translation>
    </message>
    <message>
        <source>version: this Quayside reads version %1 of the balancer format, the file is version %2; use a newer Quayside</source>
        <translation>version: dieses Quayside liest Version %1 des Load-Balancer-Formats, die Datei hat Version %2; verwenden Sie ein neueres Quayside</translation>
    </message>
    <message>
        <source>check_token: expected 16 to 64 letters, digits, &quot;-&quot; or &quot;_&quot;</source>
        <translation>check_token: 16 bis 64 Buchstaben, Ziffern, &quot;-&quot; oder &quot;_&quot; erwartet</translation>
    </message>
</context>
<context>
    <name>BalancerValidation</name>
    <message>
        <source>&quot;%1&quot; cannot name a pool: use letters, digits and &quot;_&quot;.</source>
        <translation>„%1“ kann keinen Pool benennen: Verwenden Sie Buchstaben, Ziffern und „_“.</translation>
    </message>
    <message>
        <source>There are two pools named %1.</source>
        <translation>Es gibt zwei Pools namens %1.</translation>
    </message>
    <message>
        <source>Pool %1 has no servers; nginx needs at least one.</source>
        <translation>Pool %1 hat keine Server; nginx braucht mindestens einen.</translation>
    </message>
    <message>
        <source>Pool %1 keeps %2 idle connections; use 0 to 10000.</source>
        <translation>Pool %1 hält %2 ruhende Verbindungen; verwenden Sie 0 bis 10000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in pool %2 is not an address or host name.</source>
        <translation>„%1“ in Pool %2 ist keine Adresse und kein Hostname.</translation>
    </message>
    <message>
        <source>A server of pool %1 (%2) has a port, weight or failure limit out of range.</source>
        <translation>Ein Server von Pool %1 (%2) hat einen Port, ein Gewicht oder eine Fehlergrenze außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Pool %1 hashes its clients to servers, so it cannot have backup servers (nginx allows them with round robin and least connections only).</source>
        <translation>Pool %1 verteilt Clients per Hash auf Server und kann daher keine Reserveserver haben (nginx erlaubt sie nur mit Round Robin und Least Connections).</translation>
    </message>
    <message>
        <source>%1 is not a port nginx can listen on.</source>
        <translation>%1 ist kein Port, auf dem nginx lauschen kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address nginx can listen on.</source>
        <translation>„%1“ ist keine Adresse, auf der nginx lauschen kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name (a host name, or *. and a domain).</source>
        <translation>„%1“ ist kein Servername (ein Hostname oder *. und eine Domain).</translation>
    </message>
    <message>
        <source>The site on port %1 passes to pool &quot;%2&quot;, which does not exist.</source>
        <translation>Die Site auf Port %1 leitet an Pool „%2“ weiter, den es nicht gibt.</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and its key.</source>
        <translation>HTTPS braucht ein Zertifikat und seinen Schlüssel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path Quayside writes into a configuration.</source>
        <translation>„%1“ ist kein Pfad, den Quayside in eine Konfiguration schreibt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size such as 10m.</source>
        <translation>„%1“ ist keine Größe wie 10m.</translation>
    </message>
    <message>
        <source>A timeout of the site on port %1 is out of range (1 to 3600 s).</source>
        <translation>Eine Zeitgrenze der Site auf Port %1 liegt außerhalb des Bereichs (1 bis 3600 s).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address or network such as 10.0.0.0/8.</source>
        <translation>„%1“ ist keine Adresse und kein Netz wie 10.0.0.0/8.</translation>
    </message>
    <message>
        <source>The check token must be 16 to 64 characters, each a letter, digit, &quot;-&quot; or &quot;_&quot;; make a new one or leave it empty.</source>
        <translation>Das Prüfkennzeichen muss 16 bis 64 Zeichen lang sein, jedes ein Buchstabe, eine Ziffer, &quot;-&quot; oder &quot;_&quot;; erzeugen Sie ein neues oder lassen Sie es leer.</translation>
    </message>
</context>
<context>
    <name>BuildContext</name>
    <message>
        <source>&quot;%1&quot; cannot be a path in a build context: use a relative path without &quot;..&quot;.</source>
        <translation>„%1“ kann kein Pfad in einem Build-Kontext sein: Verwenden Sie einen relativen Pfad ohne „..“.</translation>
    </message>
    <message>
        <source>The build folder %1 does not exist.</source>
        <translation>Der Build-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a path in a build context.</source>
        <translation>„%1“ kann kein Pfad in einem Build-Kontext sein.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the link %1.</source>
        <translation>Der Link %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not pack the build context: %1</source>
        <translation>Der Build-Kontext konnte nicht gepackt werden: %1</translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>The fleet name &quot;%1&quot; cannot name a certificate authority: use 1 to 64 characters without control characters.</source>
        <translation>Der Flottenname „%1“ taugt nicht als Name einer Zertifizierungsstelle: Verwenden Sie 1 bis 64 Zeichen ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>Could not create the certificate authority: %1</source>
        <translation>Die Zertifizierungsstelle konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The stored certificate authority cannot be read (%1). Its files may be damaged; restore them from a backup or create a new authority and re-issue every host&apos;s certificate.</source>
        <translation>Die gespeicherte Zertifizierungsstelle kann nicht gelesen werden (%1). Ihre Dateien sind vielleicht beschädigt; stellen Sie sie aus einer Sicherung wieder her oder erstellen Sie eine neue Stelle und stellen Sie die Zertifikate aller Hosts neu aus.</translation>
    </message>
    <message>
        <source>The stored certificate authority&apos;s key does not belong to its certificate, or the certificate is not an authority. Restore the matching pair from a backup.</source>
        <translation>Der Schlüssel der gespeicherten Zertifizierungsstelle gehört nicht zu ihrem Zertifikat, oder das Zertifikat ist keine Zertifizierungsstelle. Stellen Sie das passende Paar aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a client certificate: use 1 to 64 characters without control characters.</source>
        <translation>„%1“ taugt nicht als Name eines Client-Zertifikats: Verwenden Sie 1 bis 64 Zeichen ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>Could not issue the client certificate: %1</source>
        <translation>Das Client-Zertifikat konnte nicht ausgestellt werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name for a certificate: use letters, digits, hyphens and dots only.</source>
        <translation>„%1“ ist kein gültiger Hostname für ein Zertifikat: Verwenden Sie nur Buchstaben, Ziffern, Bindestriche und Punkte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Could not issue the server certificate for %1: %2</source>
        <translation>Das Server-Zertifikat für %1 konnte nicht ausgestellt werden: %2</translation>
    </message>
    <message>
        <source>A stored certificate or key cannot be read (%1).</source>
        <translation>Ein gespeichertes Zertifikat oder ein Schlüssel kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The certificate was not issued by this fleet&apos;s authority.</source>
        <translation>Das Zertifikat wurde nicht von der Zertifizierungsstelle dieser Flotte ausgestellt.</translation>
    </message>
    <message>
        <source>The key does not belong to the certificate.</source>
        <translation>Der Schlüssel gehört nicht zum Zertifikat.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Requests go through nginx, as your users&apos; will: every one must get the page, and every Tomcat container must answer some.</source>
        <translation>Anfragen gehen über nginx, wie die Ihrer Nutzer: Jede muss die Seite erhalten, und jeder Tomcat-Container muss einige beantworten.</translation>
    </message>
    <message>
        <source>&amp;Which containers answered:</source>
        <translation>&amp;Welche Container geantwortet haben:</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Requests answered</source>
        <translation>Beantwortete Anfragen</translation>
    </message>
    <message>
        <source>The page nginx served:</source>
        <translation>Die Seite, die nginx auslieferte:</translation>
    </message>
    <message>
        <source>Page served through nginx</source>
        <translation>Über nginx ausgelieferte Seite</translation>
    </message>
</context>
<context>
    <name>CloudAccountImport</name>
    <message>
        <source>%1 is not valid YAML: %2. Fix the file and import it again.</source>
        <translation>%1 ist kein gültiges YAML: %2. Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: line %2, column %3: %4. Fix the file and import it again.</source>
        <translation>%1 ist kein gültiges YAML: Zeile %2, Spalte %3: %4. Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is empty. Choose the clouds.yaml that lists your clouds.</source>
        <translation>%1 ist leer. Wählen Sie die clouds.yaml, in der Ihre Clouds stehen.</translation>
    </message>
    <message>
        <source>%1 has no &quot;clouds:&quot; section, so it lists no clouds. Choose the clouds.yaml that lists your clouds.</source>
        <translation>%1 hat keinen Abschnitt „clouds:“ und nennt daher keine Clouds. Wählen Sie die clouds.yaml, in der Ihre Clouds stehen.</translation>
    </message>
    <message>
        <source>In %1, line %2: &quot;clouds:&quot; must map cloud names to their settings.</source>
        <translation>In %1, Zeile %2: „clouds:“ muss Cloud-Namen ihren Einstellungen zuordnen.</translation>
    </message>
    <message>
        <source>%1, cloud &quot;%2&quot; (line %3)</source>
        <translation>%1, Cloud „%2“ (Zeile %3)</translation>
    </message>
    <message>
        <source>%1, line %2: a cloud&apos;s name must be plain text.</source>
        <translation>%1, Zeile %2: Der Name einer Cloud muss einfacher Text sein.</translation>
    </message>
    <message>
        <source>%1: the cloud&apos;s settings must be a mapping of keys to values.</source>
        <translation>%1: Die Einstellungen der Cloud müssen eine Zuordnung von Schlüsseln zu Werten sein.</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; appears more than once in %2; the last one was used.</source>
        <translation>Die Cloud „%1“ kommt in %2 mehrmals vor; die letzte wurde verwendet.</translation>
    </message>
    <message>
        <source>%1 nests its settings deeper than %2 levels, which no clouds.yaml does. Check the file.</source>
        <translation>%1 verschachtelt seine Einstellungen tiefer als %2 Ebenen, was keine clouds.yaml tut. Prüfen Sie die Datei.</translation>
    </message>
    <message>
        <source>&quot;auth&quot; must be a mapping of keys to values.</source>
        <translation>„auth“ muss eine Zuordnung von Schlüsseln zu Werten sein.</translation>
    </message>
    <message>
        <source>%1 must be a single value, not a list or mapping.</source>
        <translation>%1 muss ein einzelner Wert sein, keine Liste und keine Zuordnung.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL. Give the address of the cloud&apos;s identity service, for example https://keystone.example.com:5000/v3.</source>
        <translation>%1 ist keine gültige URL. Geben Sie die Adresse des Identitätsdienstes der Cloud an, zum Beispiel https://keystone.example.com:5000/v3.</translation>
    </message>
    <message>
        <source>%1 holds a user name or password. Remove them from the URL and give them as the account&apos;s user and password.</source>
        <translation>%1 enthält einen Benutzernamen oder ein Passwort. Entfernen Sie beides aus der URL und geben Sie es als Benutzer und Passwort des Kontos an.</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The part of %1 after &quot;?&quot; or &quot;#&quot; was left out.</source>
        <translation>Der Teil von %1 nach „?“ oder „#“ wurde weggelassen.</translation>
    </message>
    <message>
        <source>%1 points at version %2 of the identity API, which Quayside does not speak. Give the v3 (or v2.0) address of the identity service.</source>
        <translation>%1 verweist auf Version %2 der Identity-API, die Quayside nicht spricht. Geben Sie die v3-Adresse (oder v2.0-Adresse) des Identitätsdienstes an.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was ignored: Quayside uses only the settings written for the cloud itself.</source>
        <translation>Das Profil „%1“ wurde nicht beachtet: Quayside verwendet nur die Einstellungen, die für die Cloud selbst angegeben sind.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; Quayside speaks versions 3 and 2.0 of the identity API.</source>
        <translation>%1 ist „%2“; Quayside spricht die Versionen 3 und 2.0 der Identity-API.</translation>
    </message>
    <message>
        <source>No %1 is given; Rackspace&apos;s identity service %2 is used.</source>
        <translation>%1 ist nicht angegeben; der Identitätsdienst von Rackspace, %2, wird verwendet.</translation>
    </message>
    <message>
        <source>No %1 is given, and Quayside does not know the defaults of the profile &quot;%2&quot;. Add the address of the cloud&apos;s identity service as %1.</source>
        <translation>%1 ist nicht angegeben, und Quayside kennt die Vorgaben des Profils „%2“ nicht. Tragen Sie die Adresse des Identitätsdienstes der Cloud als %1 ein.</translation>
    </message>
    <message>
        <source>No %1 is given. Add the address of the cloud&apos;s identity service, for example https://keystone.example.com:5000/v3.</source>
        <translation>%1 ist nicht angegeben. Tragen Sie die Adresse des Identitätsdienstes der Cloud ein, zum Beispiel https://keystone.example.com:5000/v3.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, but Rackspace signs in with the user name and API key. Set %1 to rackspace_apikey, or leave it out.</source>
        <translation>%1 ist „%2“, aber bei Rackspace meldet man sich mit Benutzernamen und API-Schlüssel an. Setzen Sie %1 auf rackspace_apikey oder lassen Sie es weg.</translation>
    </message>
    <message>
        <source>%1 is 3, but Rackspace&apos;s identity service speaks version 2.0 only. Leave %1 out.</source>
        <translation>%1 ist 3, aber der Identitätsdienst von Rackspace spricht nur Version 2.0. Lassen Sie %1 weg.</translation>
    </message>
    <message>
        <source>%1 is %2, but %3 is %4. Make them agree.</source>
        <translation>%1 ist %2, aber %3 ist %4. Bringen Sie beides in Einklang.</translation>
    </message>
    <message>
        <source>Application credentials need version 3 of the identity API, but %1 is %2.</source>
        <translation>Anwendungszugangsdaten brauchen Version 3 der Identity-API, aber %1 ist %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a way Quayside can sign in. Use password, v3password, v2password, v3applicationcredential or rackspace_apikey.</source>
        <translation>Mit %1 „%2“ kann sich Quayside nicht anmelden. Verwenden Sie password, v3password, v2password, v3applicationcredential oder rackspace_apikey.</translation>
    </message>
    <message>
        <source>%1 ends in /%2, but this account signs in with version %3 of the identity API. Give the /%3 address, or leave the version out of %1.</source>
        <translation>%1 endet auf /%2, aber dieses Konto meldet sich mit Version %3 der Identity-API an. Geben Sie die Adresse mit /%3 an oder lassen Sie die Version in %1 weg.</translation>
    </message>
    <message>
        <source>The domains were left out: version 2.0 of the identity API has none.</source>
        <translation>Die Domänen wurden weggelassen: Version 2.0 der Identity-API kennt keine.</translation>
    </message>
    <message>
        <source>The application credential was left out: %1 does not ask for one.</source>
        <translation>Die Anwendungszugangsdaten wurden weggelassen: %1 verlangt keine.</translation>
    </message>
    <message>
        <source>No user domain is given; the domain &quot;Default&quot; is assumed.</source>
        <translation>Keine Benutzerdomäne angegeben; die Domäne „Default“ wird angenommen.</translation>
    </message>
    <message>
        <source>No project domain is given; the domain &quot;Default&quot; is assumed.</source>
        <translation>Keine Projektdomäne angegeben; die Domäne „Default“ wird angenommen.</translation>
    </message>
    <message>
        <source>The project was left out: an application credential always signs in to the project it was made in.</source>
        <translation>Das Projekt wurde weggelassen: Anwendungszugangsdaten melden sich immer bei dem Projekt an, in dem sie erstellt wurden.</translation>
    </message>
    <message>
        <source>The password was not taken: Quayside signs in to Rackspace with the API key. Enter the API key (in the Rackspace control panel under Account Settings).</source>
        <translation>Das Passwort wurde nicht übernommen: Quayside meldet sich bei Rackspace mit dem API-Schlüssel an. Geben Sie den API-Schlüssel ein (im Rackspace-Kontrollzentrum unter „Account Settings“).</translation>
    </message>
    <message>
        <source>The cloud lists several regions; the account uses %1. The others (%2) need accounts of their own.</source>
        <translation>Die Cloud nennt mehrere Regionen; das Konto verwendet %1. Die übrigen (%2) brauchen eigene Konten.</translation>
    </message>
    <message>
        <source>%1 must be a region name or a list of them.</source>
        <translation>%1 muss ein Regionsname oder eine Liste von Regionsnamen sein.</translation>
    </message>
    <message>
        <source>The admin interface is not for creating servers; the public one is used.</source>
        <translation>Die Admin-Schnittstelle ist nicht zum Anlegen von Servern gedacht; die öffentliche wird verwendet.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not known. Use public, or internal when Quayside runs inside the cloud.</source>
        <translation>%1 „%2“ ist unbekannt. Verwenden Sie public oder, wenn Quayside innerhalb der Cloud läuft, internal.</translation>
    </message>
    <message>
        <source>OpenStack at %1</source>
        <translation>OpenStack bei %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 lists no clouds. Choose the file that lists your clouds.</source>
        <translation>%1 nennt keine Clouds. Wählen Sie die Datei, in der Ihre Clouds stehen.</translation>
    </message>
    <message>
        <source>None of the %1 clouds in %2 could be imported:
%3</source>
        <translation>Keine der %1 Clouds in %2 konnte importiert werden:
%3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file&apos;s name and permissions.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie den Namen und die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>%1 is %2 KiB, too large for a cloud configuration. Choose the right file.</source>
        <translation>%1 ist %2 KiB groß, zu groß für eine Cloud-Konfiguration. Wählen Sie die richtige Datei.</translation>
    </message>
    <message>
        <source>%1, line %2: the %3 opened here is never closed. Fix the file and import it again.</source>
        <translation>%1, Zeile %2: Das hier geöffnete %3 wird nie geschlossen. Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>it uses $%1, which the file does not set</source>
        <translation>er verwendet $%1, das die Datei nicht setzt</translation>
    </message>
    <message>
        <source>it is computed by the shell (a command or special expansion), which Quayside does not run</source>
        <translation>er wird von der Shell berechnet (ein Befehl oder eine besondere Ersetzung), und Quayside führt nichts aus</translation>
    </message>
    <message>
        <source>%1, line %2 reads another file, which Quayside does not follow.</source>
        <translation>%1, Zeile %2 liest eine andere Datei ein; Quayside folgt ihr nicht.</translation>
    </message>
    <message>
        <source>%1, line %2: the command &quot;%3&quot; was not run; Quayside only reads the file&apos;s variables.</source>
        <translation>%1, Zeile %2: Der Befehl „%3“ wurde nicht ausgeführt; Quayside liest nur die Variablen der Datei.</translation>
    </message>
    <message>
        <source>%1 was not taken: %2. Enter it when asked.</source>
        <translation>Der Wert von %1 wurde nicht übernommen: %2. Geben Sie ihn ein, wenn Sie danach gefragt werden.</translation>
    </message>
    <message>
        <source>%1 was not taken: %2. Check the account&apos;s settings.</source>
        <translation>Der Wert von %1 wurde nicht übernommen: %2. Prüfen Sie die Einstellungen des Kontos.</translation>
    </message>
    <message>
        <source>%1 sets no OS_* variables, so it is not an OpenStack RC file. Download the &quot;OpenStack RC File&quot; from your cloud&apos;s dashboard (under API Access) and import that.</source>
        <translation>%1 setzt keine OS_*-Variablen und ist daher keine OpenStack-RC-Datei. Laden Sie die „OpenStack RC File“ aus dem Dashboard Ihrer Cloud herunter (unter „API Access“) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>die Umgebung</translation>
    </message>
    <message>
        <source>OS_CLOUD selects the cloud &quot;%1&quot; of your clouds.yaml; the environment holds no account of its own. Import clouds.yaml instead.</source>
        <translation>OS_CLOUD wählt die Cloud „%1“ aus Ihrer clouds.yaml; die Umgebung enthält kein eigenes Konto. Importieren Sie stattdessen die clouds.yaml.</translation>
    </message>
    <message>
        <source>The environment holds no OpenStack account: OS_AUTH_URL is not set. Load your openrc file (or import it directly), or import clouds.yaml.</source>
        <translation>Die Umgebung enthält kein OpenStack-Konto: OS_AUTH_URL ist nicht gesetzt. Laden Sie Ihre openrc-Datei (oder importieren Sie sie direkt), oder importieren Sie die clouds.yaml.</translation>
    </message>
    <message>
        <source>OS_CLOUD (&quot;%1&quot;) was ignored: the account comes from the OS_* variables.</source>
        <translation>OS_CLOUD („%1“) wurde nicht beachtet: Das Konto stammt aus den OS_*-Variablen.</translation>
    </message>
</context>
<context>
    <name>CloudResourcesPage</name>
    <message>
        <source>Region, server size and image</source>
        <translation>Region, Servergröße und Image</translation>
    </message>
    <message>
        <source>What the fleet&apos;s servers are made of, as the cloud offers it. The proposals suit most fleets.</source>
        <translation>Woraus die Server der Flotte bestehen, so wie die Cloud es anbietet. Die Vorschläge passen für die meisten Flotten.</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Server si&amp;ze (flavor):</source>
        <translation>Serverg&amp;röße (Flavor):</translation>
    </message>
    <message>
        <source>The smallest flavor with at least 1 GiB of memory and a disk of its own is proposed: enough for Docker and Tomcat, and it can be snapshotted. Flavors without a disk of their own cannot be.</source>
        <translation>Vorgeschlagen wird der kleinste Flavor mit mindestens 1 GiB Speicher und eigener Festplatte: genug für Docker und Tomcat, und von ihm lässt sich ein Snapshot machen. Von Flavors ohne eigene Festplatte geht das nicht.</translation>
    </message>
    <message>
        <source>Base &amp;image:</source>
        <translation>Basis-&amp;Image:</translation>
    </message>
    <message>
        <source>Quayside installs Docker and nginx on Debian or Ubuntu: a Debian image, else an Ubuntu LTS one, is proposed.</source>
        <translation>Quayside installiert Docker und nginx auf Debian oder Ubuntu: vorgeschlagen wird ein Debian-Image, sonst eines von Ubuntu LTS.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Public Internet (PublicNet): visitors reach nginx over it</source>
        <translation>Öffentliches Internet (PublicNet): darüber erreichen Besucher nginx</translation>
    </message>
    <message>
        <source>&amp;ServiceNet: Rackspace&apos;s private network between your servers, free of bandwidth charges</source>
        <translation>&amp;ServiceNet: das private Netz von Rackspace zwischen Ihren Servern, ohne Bandbreitenkosten</translation>
    </message>
    <message>
        <source>The servers join the cloud&apos;s default network for your project.</source>
        <translation>Die Server kommen in das Standardnetz der Cloud für Ihr Projekt.</translation>
    </message>
    <message>
        <source>&amp;Reload from the cloud</source>
        <translation>Aus der Cloud neu &amp;laden</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Quayside signs in to the cloud to check them, then keeps the secret in your system keychain.</source>
        <translation>Quayside meldet sich zur Prüfung bei der Cloud an und bewahrt das Geheimnis dann im Schlüsselbund Ihres Systems auf.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Identity service:</source>
        <translation>&amp;Identitätsdienst:</translation>
    </message>
    <message>
        <source>Find the API key in the Cloud Control Panel under your user name, Account Settings. Accounts made in London sign in at the UK identity service (lon.identity...).</source>
        <translation>Den API-Schlüssel finden Sie im Cloud Control Panel unter Ihrem Benutzernamen, Account Settings. In London angelegte Konten melden sich beim britischen Identitätsdienst an (lon.identity...).</translation>
    </message>
    <message>
        <source>&amp;Import clouds.yaml or openrc...</source>
        <translation>clouds.yaml oder openrc &amp;importieren...</translation>
    </message>
    <message>
        <source>Imported cloud</source>
        <translation>Importierte Cloud</translation>
    </message>
    <message>
        <source>Identity U&amp;RL:</source>
        <translation>Identitäts-U&amp;RL:</translation>
    </message>
    <message>
        <source>https://keystone.example.com:5000/v3</source>
        <translation>https://keystone.example.com:5000/v3</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Application credential</source>
        <translation>Application Credential</translation>
    </message>
    <message>
        <source>Application credential I&amp;D:</source>
        <translation>Application-Credential-I&amp;D:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>Us&amp;er domain:</source>
        <translation>Domäne des Benutz&amp;ers:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Project d&amp;omain:</source>
        <translation>D&amp;omäne des Projekts:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>(the only one, or choose on the next page)</source>
        <translation>(die einzige, oder auf der nächsten Seite wählen)</translation>
    </message>
    <message>
        <source>Quayside signs in to the sandbox on this computer with the credentials the sandbox keeps in its data folder. There is nothing to type.</source>
        <translation>Quayside meldet sich bei der Sandbox auf diesem Computer mit den Zugangsdaten an, die die Sandbox in ihrem Datenordner aufbewahrt. Sie müssen nichts eingeben.</translation>
    </message>
    <message>
        <source>Identity address:</source>
        <translation>Adresse des Identitätsdienstes:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Credentials from:</source>
        <translation>Zugangsdaten aus:</translation>
    </message>
    <message>
        <source>&amp;Save the account as:</source>
        <translation>Konto &amp;speichern als:</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Deploy to Balancer</source>
        <translation>Auf den Load Balancer verteilen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>The balancer&apos;s address or name</source>
        <translation>Adresse oder Name des Load Balancers</translation>
    </message>
    <message>
        <source>balancer.example.com</source>
        <translation>balancer.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Who to log in as: root, or a user who may use sudo without a password</source>
        <translation>Anmelden als: root oder ein Benutzer, der sudo ohne Passwort verwenden darf</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The private key file to log in with (an encrypted key asks for its passphrase)</source>
        <translation>Die Datei mit dem privaten Schlüssel für die Anmeldung (für einen verschlüsselten Schlüssel wird nach der Passphrase gefragt)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <source>Use &amp;sudo</source>
        <translation>sud&amp;o verwenden</translation>
    </message>
    <message>
        <source>Run the deployment as root through sudo (needs sudo without a password for this user)</source>
        <translation>Die Verteilung über sudo als root ausführen (erfordert sudo ohne Passwort für diesen Benutzer)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Where nginx keeps its files on the balancer (Debian&apos;s layout unless changed)</source>
        <translation>Wo nginx seine Dateien auf dem Load Balancer ablegt (Debians Aufteilung, sofern nicht geändert)</translation>
    </message>
    <message>
        <source>Config &amp;root:</source>
        <translation>Konfigurations&amp;wurzel:</translation>
    </message>
    <message>
        <source>nginx&apos;s configuration folder, copied whole to check a new configuration</source>
        <translation>Der Konfigurationsordner von nginx; er wird ganz kopiert, um eine neue Konfiguration zu prüfen</translation>
    </message>
    <message>
        <source>Main c&amp;onfig:</source>
        <translation>Hauptkonfi&amp;guration:</translation>
    </message>
    <message>
        <source>conf.d director&amp;y:</source>
        <translation>conf.d-Verzeich&amp;nis:</translation>
    </message>
    <message>
        <source>Where the backends file and the site (default.conf) go</source>
        <translation>Wohin die Backends-Datei und die Site (default.conf) kommen</translation>
    </message>
    <message>
        <source>Versions kept &amp;in:</source>
        <translation>Versionen &amp;liegen in:</translation>
    </message>
    <message>
        <source>Where Quayside keeps every deployed version, outside the configuration root</source>
        <translation>Wo Quayside jede verteilte Version aufbewahrt, außerhalb der Konfigurationswurzel</translation>
    </message>
    <message>
        <source>Pid &amp;file:</source>
        <translation>P&amp;id-Datei:</translation>
    </message>
    <message>
        <source>The running nginx&apos;s pid file, to reload it</source>
        <translation>Die PID-Datei des laufenden nginx, um ihn neu zu laden</translation>
    </message>
    <message>
        <source>ngin&amp;x prefix:</source>
        <translation>ngin&amp;x-Präfix:</translation>
    </message>
    <message>
        <source>nginx -p; empty: the one nginx was built with</source>
        <translation>nginx -p; leer: das beim Bau von nginx festgelegte</translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation>(eingebaut)</translation>
    </message>
    <message>
        <source>nginx pro&amp;gram:</source>
        <translation>nginx-Progr&amp;amm:</translation>
    </message>
    <message>
        <source>Quayside does not know this server yet</source>
        <translation>Quayside kennt diesen Server noch nicht</translation>
    </message>
    <message>
        <source>The fingerprint of the host key the server presented</source>
        <translation>Der Fingerabdruck des Host-Schlüssels, den der Server vorgelegt hat</translation>
    </message>
    <message>
        <source>&amp;Trust This Key</source>
        <translation>Diesem Schlüssel &amp;vertrauen</translation>
    </message>
    <message>
        <source>Keep this host key for the server and log in</source>
        <translation>Diesen Host-Schlüssel für den Server speichern und anmelden</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Do not log in</source>
        <translation>Nicht anmelden</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>P&amp;assphrase:</translation>
    </message>
    <message>
        <source>Re&amp;member it in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Log in to the balancer and list the versions kept there</source>
        <translation>Am Load Balancer anmelden und die dort aufbewahrten Versionen auflisten</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>Ver&amp;teilen</translation>
    </message>
    <message>
        <source>Check the balancer&apos;s configuration with nginx on the host, keep it as a new version and put it in service</source>
        <translation>Die Konfiguration des Load Balancers mit nginx auf dem Host prüfen, als neue Version aufbewahren und in Betrieb nehmen</translation>
    </message>
    <message>
        <source>Versions on the balancer</source>
        <translation>Versionen auf dem Load Balancer</translation>
    </message>
    <message>
        <source>Select two versions to compare them</source>
        <translation>Zwei Versionen auswählen, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Verteilt</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>&amp;Zurückrollen</translation>
    </message>
    <message>
        <source>Put the version before the one in service back in service</source>
        <translation>Die Version vor der laufenden wieder in Betrieb nehmen</translation>
    </message>
    <message>
        <source>R&amp;estore This Version</source>
        <translation>Diese Version wie&amp;derherstellen</translation>
    </message>
    <message>
        <source>Put the selected version back in service, as a new version</source>
        <translation>Die ausgewählte Version als neue Version wieder in Betrieb nehmen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
</context>
<context>
    <name>DockerApiNegotiation</name>
    <message>
        <source>The Docker Engine at %1 reported API versions Quayside cannot read (&quot;%2&quot;, &quot;%3&quot;).</source>
        <translation>Die Docker Engine auf %1 meldete API-Versionen, die Quayside nicht lesen kann („%2“, „%3“).</translation>
    </message>
    <message>
        <source>The Docker Engine at %1 speaks API %2 at most; Quayside needs %3 or newer. Upgrade Docker on that host (Debian 12&apos;s docker.io or newer).</source>
        <translation>Die Docker Engine auf %1 spricht höchstens API %2; Quayside braucht %3 oder neuer. Aktualisieren Sie Docker auf diesem Host (docker.io aus Debian 12 oder neuer).</translation>
    </message>
    <message>
        <source>The Docker Engine at %1 accepts API %2 or newer only; this Quayside speaks up to %3. Update Quayside.</source>
        <translation>Die Docker Engine auf %1 akzeptiert nur API %2 oder neuer; dieses Quayside spricht bis %3. Aktualisieren Sie Quayside.</translation>
    </message>
</context>
<context>
    <name>DockerHostRecipe</name>
    <message>
        <source>The Docker host settings are not valid: check the port and paths.</source>
        <translation>Die Einstellungen des Docker-Hosts sind ungültig: Prüfen Sie Port und Pfade.</translation>
    </message>
    <message>
        <source>%1 is not a port number.</source>
        <translation>%1 ist keine Portnummer.</translation>
    </message>
    <message>
        <source>Docker host</source>
        <translation>Docker-Host</translation>
    </message>
    <message>
        <source>Install Docker</source>
        <translation>Docker installieren</translation>
    </message>
    <message>
        <source>Make the folder for the TLS certificates</source>
        <translation>Ordner für die TLS-Zertifikate anlegen</translation>
    </message>
    <message>
        <source>Install the host&apos;s TLS certificates</source>
        <translation>TLS-Zertifikate des Hosts installieren</translation>
    </message>
    <message>
        <source>Make Docker listen on port %1 with TLS</source>
        <translation>Docker auf Port %1 mit TLS lauschen lassen</translation>
    </message>
    <message>
        <source>Restart Docker and wait for its API over TLS</source>
        <translation>Docker neu starten und auf seine API über TLS warten</translation>
    </message>
    <message>
        <source>Close the firewall around SSH and Docker</source>
        <translation>Die Firewall bis auf SSH und Docker schließen</translation>
    </message>
</context>
<context>
    <name>DockerJson</name>
    <message>
        <source>The Docker Engine sent a %1 Quayside cannot read: %2. The engine or something between it and Quayside is misbehaving; check the host.</source>
        <translation>Die Docker Engine sandte eine Antwort (%1), die Quayside nicht lesen kann: %2. Die Engine oder etwas zwischen ihr und Quayside verhält sich falsch; prüfen Sie den Host.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation>eine Liste wurde erwartet</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>ein Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>version reply</source>
        <translation>Versionsantwort</translation>
    </message>
    <message>
        <source>it names no ApiVersion</source>
        <translation>sie nennt keine ApiVersion</translation>
    </message>
    <message>
        <source>system information</source>
        <translation>Systeminformation</translation>
    </message>
    <message>
        <source>NCPU or MemTotal is missing</source>
        <translation>NCPU oder MemTotal fehlt</translation>
    </message>
    <message>
        <source>image description</source>
        <translation>Image-Beschreibung</translation>
    </message>
    <message>
        <source>an image has no Id</source>
        <translation>ein Image hat keine Id</translation>
    </message>
    <message>
        <source>image list</source>
        <translation>Image-Liste</translation>
    </message>
    <message>
        <source>creation reply</source>
        <translation>Antwort auf das Anlegen</translation>
    </message>
    <message>
        <source>it names no Id</source>
        <translation>sie nennt keine Id</translation>
    </message>
    <message>
        <source>container list</source>
        <translation>Container-Liste</translation>
    </message>
    <message>
        <source>a container has no Id</source>
        <translation>ein Container hat keine Id</translation>
    </message>
    <message>
        <source>container description</source>
        <translation>Container-Beschreibung</translation>
    </message>
    <message>
        <source>Id or State is missing</source>
        <translation>Id oder State fehlt</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not PORT/PROTOCOL</source>
        <translation>der Port „%1“ hat nicht die Form PORT/PROTOKOLL</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>cpu_stats is missing</source>
        <translation>cpu_stats fehlt</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Type, Action or timeNano is missing</source>
        <translation>Type, Action oder timeNano fehlt</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The fleet runs: nginx in front of Tomcat containers on Docker hosts.</source>
        <translation>Die Flotte läuft: nginx vor Tomcat-Containern auf Docker-Hosts.</translation>
    </message>
    <message>
        <source>nginx &amp;configuration on the balancer:</source>
        <translation>nginx-&amp;Konfiguration auf dem Load-Balancer:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write conf.d/backends and conf.d/default.conf into a folder, or into a .tar.gz</source>
        <translation>conf.d/backends und conf.d/default.conf in einen Ordner oder in eine .tar.gz schreiben</translation>
    </message>
</context>
<context>
    <name>FleetCommands</name>
    <message>
        <source>There are no sandbox credentials in %1. Start the sandbox (quayside-sandbox) first, or give its folder with --sandbox-data.</source>
        <translation>In %1 gibt es keine Zugangsdaten der Sandbox. Starten Sie zuerst die Sandbox (quayside-sandbox) oder geben Sie ihren Ordner mit --sandbox-data an.</translation>
    </message>
    <message>
        <source>Choose the %1 with --%1; the cloud offers: %2.</source>
        <translation>Wählen Sie %1 mit --%1; die Cloud bietet: %2.</translation>
    </message>
    <message>
        <source>The cloud has no %1 &quot;%2&quot;; it offers: %3.</source>
        <translation>Die Cloud hat kein %1 „%2“; sie bietet: %3.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2.</source>
        <translation>--%1 muss eine ganze Zahl von mindestens %2 sein.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>der Sandbox</translation>
    </message>
    <message>
        <source>Fleet %1 on %2 (%3), region %4</source>
        <translation>Flotte %1 auf %2 (%3), Region %4</translation>
    </message>
    <message>
        <source>  flavor %1, image %2, key pair %3</source>
        <translation>  Flavor %1, Image %2, Schlüsselpaar %3</translation>
    </message>
    <message>
        <source>  wanted: %1 Docker hosts, %2 containers</source>
        <translation>  gewünscht: %1 Docker-Hosts, %2 Container</translation>
    </message>
    <message>
        <source> (from the snapshot)</source>
        <translation> (aus dem Snapshot)</translation>
    </message>
    <message>
        <source>  snapshot %1: %2 (%3)</source>
        <translation>  Snapshot %1: %2 (%3)</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>  container %1 on %2 in pool %3</source>
        <translation>  Container %1 auf %2 im Pool %3</translation>
    </message>
    <message>
        <source>  finished: %1</source>
        <translation>  fertig:    %1</translation>
    </message>
    <message>
        <source>  to do:    %1</source>
        <translation>  zu tun:    %1</translation>
    </message>
    <message>
        <source>%1: done in %2</source>
        <translation>%1: fertig in %2</translation>
    </message>
    <message>
        <source>%1: skipped, %2</source>
        <translation>%1: übersprungen, %2</translation>
    </message>
    <message>
        <source>The fleet record (default: %1).</source>
        <translation>Die Flottendatei (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>The cloud account to use (its id); default: the sandbox.</source>
        <translation>Das zu verwendende Cloud-Konto (seine ID); Vorgabe: die Sandbox.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s identity URL (default: the one in its credentials, %1).</source>
        <translation>Die Identitäts-URL der Sandbox (Vorgabe: die aus ihren Zugangsdaten, %1).</translation>
    </message>
    <message>
        <source>The sandbox&apos;s data folder, with its credentials (default: %1).</source>
        <translation>Der Datenordner der Sandbox mit ihren Zugangsdaten (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>The fleet&apos;s name, prefix of its servers&apos; names (default: quayside).</source>
        <translation>Der Name der Flotte, Präfix der Servernamen (Vorgabe: quayside).</translation>
    </message>
    <message>
        <source>How many Docker hosts (default: 2).</source>
        <translation>Wie viele Docker-Hosts (Vorgabe: 2).</translation>
    </message>
    <message>
        <source>How many Tomcat containers (default: 4).</source>
        <translation>Wie viele Tomcat-Container (Vorgabe: 4).</translation>
    </message>
    <message>
        <source>The servers&apos; flavor, by id or name (default: the smallest with 1 GiB of memory).</source>
        <translation>Der Flavor der Server, als ID oder Name (Vorgabe: der kleinste mit 1 GiB Arbeitsspeicher).</translation>
    </message>
    <message>
        <source>The base image, by id or name (default: the cloud&apos;s Debian image).</source>
        <translation>Das Basis-Image, als ID oder Name (Vorgabe: das Debian-Image der Cloud).</translation>
    </message>
    <message>
        <source>Nothing to take down: there is no fleet record %1.</source>
        <translation>Nichts abzubauen: Es gibt keine Flottendatei %1.</translation>
    </message>
    <message>
        <source>Fleet %1 is gone.</source>
        <translation>Flotte %1 ist entfernt.</translation>
    </message>
    <message>
        <source>%1 What is left stays in the record; run quaysidectl down again.</source>
        <translation>%1 Was übrig ist, bleibt in der Flottendatei; führen Sie quaysidectl down erneut aus.</translation>
    </message>
    <message>
        <source>the fleet %1 exists already (%2); --%3 applies to a new fleet only</source>
        <translation>die Flotte %1 besteht bereits (%2); --%3 gilt nur für eine neue Flotte</translation>
    </message>
    <message>
        <source>Resuming fleet %1 from %2.</source>
        <translation>Flotte %1 wird aus %2 fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 Run quaysidectl up again to resume; what was made is in %2.</source>
        <translation>%1 Führen Sie quaysidectl up erneut aus, um fortzusetzen; was angelegt wurde, steht in %2.</translation>
    </message>
    <message>
        <source>Cannot remove the folder %1.</source>
        <translation>Der Ordner %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The SSH private key whose public key the servers let in; a passphrase comes from the keychain (remember-passphrase) (default: a key of the fleet&apos;s own, %1).</source>
        <translation>Der private SSH-Schlüssel, dessen öffentlichen Schlüssel die Server einlassen; eine Passphrase kommt aus dem Schlüsselbund (remember-passphrase) (Standard: ein eigener Schlüssel der Flotte, %1).</translation>
    </message>
    <message>
        <source>The user the servers&apos; image lets in, with sudo when not root (default: root).</source>
        <translation>Der Benutzer, den das Image der Server einlässt, mit sudo, wenn nicht root (Standard: root).</translation>
    </message>
    <message>
        <source>One &quot;deb ...&quot; line the Tomcat image installs its packages from instead of the base image&apos;s own sources (a local mirror).</source>
        <translation>Eine „deb ...“-Zeile, aus der das Tomcat-Image seine Pakete statt aus den Quellen des Basis-Images installiert (ein lokaler Spiegel).</translation>
    </message>
    <message>
        <source>Print every line the servers print while they are set up.</source>
        <translation>Jede Zeile ausgeben, die die Server beim Einrichten ausgeben.</translation>
    </message>
    <message>
        <source>The fleet %1 has no nginx configuration yet: run quaysidectl up until its nginx backends phase is done.</source>
        <translation>Die Flotte %1 hat noch keine nginx-Konfiguration: Führen Sie quaysidectl up aus, bis ihre Phase „nginx-Backends“ erledigt ist.</translation>
    </message>
    <message>
        <source>scale needs --containers N</source>
        <translation>scale braucht --containers N</translation>
    </message>
    <message>
        <source>The fleet %1 is not set up yet: run quaysidectl up first.</source>
        <translation>Die Flotte %1 ist noch nicht eingerichtet: Führen Sie zuerst quaysidectl up aus.</translation>
    </message>
    <message>
        <source>Fleet %1: %2 Tomcat containers instead of %3.</source>
        <translation>Flotte %1: %2 Tomcat-Container statt %3.</translation>
    </message>
    <message>
        <source>Some phases did not run.</source>
        <translation>Einige Phasen liefen nicht.</translation>
    </message>
    <message>
        <source>nginx serves Tomcat at http://%1/</source>
        <translation>nginx liefert Tomcat unter http://%1/ aus</translation>
    </message>
    <message>
        <source>%1 (an encrypted key&apos;s passphrase can be kept with quaysidectl remember-passphrase)</source>
        <translation>%1 (die Passphrase eines verschlüsselten Schlüssels kann mit quaysidectl remember-passphrase aufbewahrt werden)</translation>
    </message>
    <message>
        <source>--name must be 1 to 64 of a-z, 0-9, &apos;-&apos; and &apos;_&apos;, as it names the fleet&apos;s servers.</source>
        <translation>--name muss aus 1 bis 64 Zeichen a-z, 0-9, „-“ und „_“ bestehen, da es die Server der Flotte benennt.</translation>
    </message>
    <message>
        <source>Wall time of %1: %2</source>
        <translation>Gesamtzeit von %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the Dockerfile %1: %2</source>
        <translation>Das Dockerfile %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The Dockerfile %1 is empty.</source>
        <translation>Das Dockerfile %1 ist leer.</translation>
    </message>
    <message>
        <source>The Dockerfile the Tomcat image is built from, kept in the fleet&apos;s folder (default: the built-in one; &quot;&quot; goes back to it).</source>
        <translation>Das Dockerfile, aus dem das Tomcat-Image gebaut wird, im Ordner der Flotte aufbewahrt (Standard: das eingebaute; „“ kehrt zu ihm zurück).</translation>
    </message>
    <message>
        <source>The application (a .war) Tomcat serves as its root, kept in the fleet&apos;s folder (default: Tomcat&apos;s welcome page; &quot;&quot; goes back to it).</source>
        <translation>Die Anwendung (eine .war), die Tomcat als Wurzel ausliefert, im Ordner der Flotte aufbewahrt (Standard: die Willkommensseite von Tomcat; „“ kehrt zu ihr zurück).</translation>
    </message>
    <message>
        <source>the Tomcat image of fleet %1 is built already; --%2 applies until it is</source>
        <translation>das Tomcat-Image der Flotte %1 ist bereits gebaut; --%2 gilt nur, bis es gebaut ist</translation>
    </message>
    <message>
        <source>%1 answered %2 with %3 bytes of %4</source>
        <translation>%1 antwortete %2 mit %3 Bytes %4</translation>
    </message>
</context>
<context>
    <name>FleetFile</name>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number of at least %1</source>
        <translation>eine ganze Zahl von mindestens %1</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.%2 must be %3</source>
        <translation>%1.%2 muss %3 sein</translation>
    </message>
    <message>
        <source>The fleet record %1 cannot be used: %2. Fix or remove the file; the cloud resources it listed must then be removed in the cloud&apos;s console.</source>
        <translation>Die Flottendatei %1 ist nicht verwendbar: %2. Korrigieren oder entfernen Sie die Datei; die darin aufgeführten Cloud-Ressourcen müssen dann in der Konsole der Cloud entfernt werden.</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>sie ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it was written by a newer Quayside (format %1; this one reads up to %2)</source>
        <translation>sie wurde von einem neueren Quayside geschrieben (Format %1; dieses liest bis %2)</translation>
    </message>
    <message>
        <source>fleet.servers[%1] has no name</source>
        <translation>fleet.servers[%1] hat keinen Namen</translation>
    </message>
    <message>
        <source>fleet.finishedPhases must list texts</source>
        <translation>fleet.finishedPhases darf nur Texte enthalten</translation>
    </message>
    <message>
        <source>fleet.name is empty</source>
        <translation>fleet.name ist leer</translation>
    </message>
    <message>
        <source>There is no fleet record %1: no fleet was set up.</source>
        <translation>Es gibt keine Flottendatei %1: Es wurde keine Flotte eingerichtet.</translation>
    </message>
    <message>
        <source>Cannot read the fleet record %1: %2</source>
        <translation>Die Flottendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the fleet record.</source>
        <translation>Der Ordner %1 für die Flottendatei kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot remove the fleet record %1: %2</source>
        <translation>Die Flottendatei %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>fleet.networks must list network ids (texts)</source>
        <translation>fleet.networks muss Netzwerk-IDs (Texte) auflisten</translation>
    </message>
</context>
<context>
    <name>FleetRunView</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Run the failed step again; what was made already is kept</source>
        <translation>Den fehlgeschlagenen Schritt erneut ausführen; was schon erstellt wurde, bleibt erhalten</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop after the step under way; what was made is kept in the fleet record</source>
        <translation>Nach dem laufenden Schritt anhalten; was erstellt wurde, bleibt im Flottendatei verzeichnet</translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>quaysidectl: %1; see quaysidectl --help.</source>
        <translation>quaysidectl: %1; siehe quaysidectl --help.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>There is no key file %1.</source>
        <translation>Es gibt keine Schlüsseldatei %1.</translation>
    </message>
    <message>
        <source>%1 is not protected by a passphrase (or is not a private key): there is nothing to keep.</source>
        <translation>%1 ist nicht durch eine Passphrase geschützt (oder kein privater Schlüssel): Es gibt nichts aufzubewahren.</translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation>Passphrase von %1: </translation>
    </message>
    <message>
        <source>No passphrase was given on standard input; nothing was kept.</source>
        <translation>Auf der Standardeingabe kam keine Passphrase; nichts wurde aufbewahrt.</translation>
    </message>
    <message>
        <source>That passphrase does not open %1; nothing was kept.</source>
        <translation>Diese Passphrase öffnet %1 nicht; nichts wurde aufbewahrt.</translation>
    </message>
    <message>
        <source>The keychain keeps the passphrase of %1 (%2) now.</source>
        <translation>Der Schlüsselbund bewahrt jetzt die Passphrase von %1 (%2) auf.</translation>
    </message>
    <message>
        <source>The keychain keeps no passphrase of %1.</source>
        <translation>Der Schlüsselbund bewahrt keine Passphrase von %1 auf.</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>Cannot read Quayside&apos;s known hosts file %1: %2. Check its permissions.</source>
        <translation>Quaysides Datei der bekannten Hosts %1 kann nicht gelesen werden: %2. Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for Quayside&apos;s known hosts file. Check its permissions.</source>
        <translation>Der Ordner %1 für Quaysides Datei der bekannten Hosts kann nicht angelegt werden. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Quayside&apos;s known hosts file %1 already keeps another key for %2 (%3), not %4. Replace it only after making sure the server really has a new key.</source>
        <translation>Quaysides Datei der bekannten Hosts %1 enthält für %2 bereits einen anderen Schlüssel (%3), nicht %4. Ersetzen Sie ihn erst, wenn Sie sicher sind, dass der Server wirklich einen neuen Schlüssel hat.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Quayside</source>
        <translation>Quayside</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No fleet yet&lt;/h2&gt;&lt;p&gt;The topology of your Docker hosts, Tomcat containers and nginx load balancer will appear here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch keine Flotte&lt;/h2&gt;&lt;p&gt;Hier erscheint die Topologie Ihrer Docker-Hosts, Tomcat-Container und Ihres nginx-Lastverteilers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start the &amp;Setup Wizard…</source>
        <translation>&amp;Einrichtungsassistent starten…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation>F&amp;lotte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open Data Folder</source>
        <translation>Datenordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the folder where Quayside keeps fleets and certificates</source>
        <translation>Den Ordner öffnen, in dem Quayside Flotten und Zertifikate aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>New Fleet with the &amp;Setup Wizard…</source>
        <translation>Neue Flotte mit dem &amp;Einrichtungsassistenten…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;About Quayside</source>
        <translation>&amp;Über Quayside</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Load &amp;Balancer…</source>
        <translation>&amp;Load-Balancer…</translation>
    </message>
    <message>
        <source>Edit the nginx load balancer&apos;s pools and site, import or export its configuration</source>
        <translation>Pools und Site des nginx-Load-Balancers bearbeiten, seine Konfiguration importieren oder exportieren</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Deploy to Balancer…</source>
        <translation>Auf den Load Balancer &amp;verteilen…</translation>
    </message>
    <message>
        <source>Put the saved load balancer in service on an nginx host over SSH, compare its versions, roll back</source>
        <translation>Den gespeicherten Load Balancer über SSH auf einem nginx-Host in Betrieb nehmen, seine Versionen vergleichen, zurückrollen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
</context>
<context>
    <name>MoreHostsPage</name>
    <message>
        <source>More Docker hosts</source>
        <translation>Weitere Docker-Hosts</translation>
    </message>
    <message>
        <source>More Docker hosts boot from the snapshot, all at once; then the Tomcat containers start on every host and nginx sends requests to them.</source>
        <translation>Weitere Docker-Hosts starten gleichzeitig vom Snapshot; dann starten die Tomcat-Container auf jedem Host, und nginx schickt ihnen Anfragen.</translation>
    </message>
    <message>
        <source>More Docker &amp;hosts from the snapshot:</source>
        <translation>Weitere Docker-&amp;Hosts vom Snapshot:</translation>
    </message>
    <message>
        <source>Tomcat &amp;containers on each host:</source>
        <translation>Tomcat-&amp;Container auf jedem Host:</translation>
    </message>
    <message>
        <source>L&amp;aunch</source>
        <translation>St&amp;arten</translation>
    </message>
</context>
<context>
    <name>NginxCommands</name>
    <message>
        <source>&quot;%1&quot; is not a destination (USER@HOST[:PORT]): %2</source>
        <translation>„%1“ ist kein Ziel (BENUTZER@HOST[:PORT]): %2</translation>
    </message>
    <message>
        <source>it names no user</source>
        <translation>es nennt keinen Benutzer</translation>
    </message>
    <message>
        <source>the &quot;]&quot; after the IPv6 address is missing</source>
        <translation>das „]“ nach der IPv6-Adresse fehlt</translation>
    </message>
    <message>
        <source>only &quot;:PORT&quot; may follow the address</source>
        <translation>auf die Adresse darf nur „:PORT“ folgen</translation>
    </message>
    <message>
        <source>put an IPv6 address in brackets, as in root@[2001:db8::5]:22</source>
        <translation>setzen Sie eine IPv6-Adresse in eckige Klammern, etwa root@[2001:db8::5]:22</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>es nennt keinen Host</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>--trust takes a host key fingerprint as ssh-keygen -l prints it (SHA256: and 43 characters), not &quot;%1&quot;</source>
        <translation>--trust erwartet einen Host-Schlüssel-Fingerabdruck, wie ssh-keygen -l ihn ausgibt (SHA256: und 43 Zeichen), nicht „%1“</translation>
    </message>
    <message>
        <source>No key to log in with: %1 holds none of id_ed25519, id_rsa and id_ecdsa. Name one with --identity KEY.</source>
        <translation>Kein Schlüssel zum Anmelden: %1 enthält weder id_ed25519 noch id_rsa noch id_ecdsa. Geben Sie einen mit --identity SCHLÜSSEL an.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase, and the keychain holds none that opens it. quaysidectl never takes a passphrase on its command line: keep it in the keychain with quaysidectl remember-passphrase %1, or log in with a key that has none.</source>
        <translation>%1 ist durch eine Passphrase geschützt, und der Schlüsselbund enthält keine, die ihn öffnet. quaysidectl nimmt nie eine Passphrase auf der Befehlszeile entgegen: Legen Sie sie mit quaysidectl remember-passphrase %1 im Schlüsselbund ab, oder melden Sie sich mit einem Schlüssel ohne Passphrase an.</translation>
    </message>
    <message>
        <source>%1 If it is the same, run the command again with --trust %2</source>
        <translation>%1 Stimmt er überein, führen Sie den Befehl erneut mit --trust %2 aus.</translation>
    </message>
    <message>
        <source>%1 With quaysidectl: remove the host&apos;s line from %2, then run the command again with --trust and the new fingerprint.</source>
        <translation>%1 Mit quaysidectl: Entfernen Sie die Zeile des Hosts aus %2 und führen Sie den Befehl dann erneut mit --trust und dem neuen Fingerabdruck aus.</translation>
    </message>
    <message>
        <source>quaysidectl: interrupted. What runs on %1 was not stopped: it completes the change or keeps the version in service before it, never half of one. See which version is in service with: quaysidectl nginx-versions %1</source>
        <translation>quaysidectl: unterbrochen. Was auf %1 läuft, wurde nicht angehalten: Es schließt die Änderung ab oder lässt die vorherige Version in Betrieb, nie eine halbe. Welche Version in Betrieb ist, zeigt: quaysidectl nginx-versions %1</translation>
    </message>
    <message>
        <source>quaysidectl: interrupted; nothing was changed on %1.</source>
        <translation>quaysidectl: unterbrochen; auf %1 wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Version %1 is in service on %2, unchanged.</source>
        <translation>Version %1 ist auf %2 in Betrieb, unverändert.</translation>
    </message>
    <message>
        <source>Version %1 is in service on %2, with the files of version %3.</source>
        <translation>Version %1 ist auf %2 in Betrieb, mit den Dateien von Version %3.</translation>
    </message>
    <message>
        <source>Version %1 is in service on %2.</source>
        <translation>Version %1 ist auf %2 in Betrieb.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>DEPLOYED (UTC)</source>
        <translation>BEREITGESTELLT (UTC)</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>bereitgestellt</translation>
    </message>
    <message>
        <source>The private key to log in with (default: the first of id_ed25519, id_rsa and id_ecdsa in %1). An encrypted key&apos;s passphrase comes from the keychain, never from the command line.</source>
        <translation>Der private Schlüssel zum Anmelden (Vorgabe: der erste von id_ed25519, id_rsa und id_ecdsa in %1). Die Passphrase eines verschlüsselten Schlüssels kommt aus dem Schlüsselbund, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>Work as root through sudo (without a password) when the user is not root.</source>
        <translation>Als root über sudo (ohne Passwort) arbeiten, wenn der Benutzer nicht root ist.</translation>
    </message>
    <message>
        <source>Accept the host key with exactly this fingerprint when Quayside does not know the host yet, after comparing it with the server&apos;s own (its console log, or ssh-keygen -l on the server).</source>
        <translation>Den Host-Schlüssel mit genau diesem Fingerabdruck annehmen, wenn Quayside den Host noch nicht kennt – nachdem Sie ihn mit dem des Servers verglichen haben (seinem Konsolenprotokoll oder ssh-keygen -l auf dem Server).</translation>
    </message>
    <message>
        <source>The known_hosts file host keys are checked against and kept in (default: %1, shared with the app).</source>
        <translation>Die known_hosts-Datei, gegen die Host-Schlüssel geprüft und in der sie aufbewahrt werden (Vorgabe: %1, gemeinsam mit der App).</translation>
    </message>
    <message>
        <source>nginx&apos;s configuration folder on the host (default: %1); the main configuration and conf.d follow it unless given.</source>
        <translation>Der Konfigurationsordner von nginx auf dem Host (Vorgabe: %1); Hauptkonfiguration und conf.d richten sich danach, sofern nicht angegeben.</translation>
    </message>
    <message>
        <source>nginx&apos;s main configuration on the host (default: %1).</source>
        <translation>Die Hauptkonfiguration von nginx auf dem Host (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>The folder on the host whose files nginx includes, where the balancer&apos;s files go (default: %1).</source>
        <translation>Der Ordner auf dem Host, dessen Dateien nginx einbindet und in den die Dateien des Load Balancers kommen (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Where the host keeps the versions, outside nginx&apos;s folder (default: %1).</source>
        <translation>Wo der Host die Versionen aufbewahrt, außerhalb des nginx-Ordners (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>nginx&apos;s pid file on the host (default: %1).</source>
        <translation>Die PID-Datei von nginx auf dem Host (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>The nginx program on the host (default: %1).</source>
        <translation>Das nginx-Programm auf dem Host (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>nginx&apos;s prefix folder on the host, as for nginx -p (default: the one it was built with).</source>
        <translation>Der Präfix-Ordner von nginx auf dem Host, wie bei nginx -p (Vorgabe: der beim Bauen festgelegte).</translation>
    </message>
    <message>
        <source>The version rollback-nginx puts back in service (default: the one before the current one).</source>
        <translation>Die Version, die rollback-nginx wieder in Betrieb nimmt (Vorgabe: die vor der aktuellen).</translation>
    </message>
    <message>
        <source>%1 keeps no versions yet: deploy-nginx makes the first.</source>
        <translation>%1 bewahrt noch keine Versionen auf: deploy-nginx legt die erste an.</translation>
    </message>
    <message>
        <source>FROM and TO are version numbers (0, 1, 2, ...), not &quot;%1&quot;</source>
        <translation>VON und BIS sind Versionsnummern (0, 1, 2, …), nicht „%1“</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same files.</source>
        <translation>Die Versionen %1 und %2 haben dieselben Dateien.</translation>
    </message>
    <message>
        <source>--to takes a version number (0, 1, 2, ...), not &quot;%1&quot;</source>
        <translation>--to erwartet eine Versionsnummer (0, 1, 2, …), nicht „%1“</translation>
    </message>
</context>
<context>
    <name>NginxExport</name>
    <message>
        <source>Cannot create the folder %1: %2. Choose a folder you can write to.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose a folder to export the nginx configuration into.</source>
        <translation>%1 ist eine Datei, kein Ordner: Wählen Sie einen Ordner, in den die nginx-Konfiguration exportiert werden soll.</translation>
    </message>
    <message>
        <source>%1 is a file, but the export needs a folder there.</source>
        <translation>%1 ist eine Datei, der Export braucht dort aber einen Ordner.</translation>
    </message>
    <message>
        <source>Could not pack the nginx configuration: %1</source>
        <translation>Die nginx-Konfiguration konnte nicht gepackt werden: %1</translation>
    </message>
    <message>
        <source>%1 is a folder: give the archive a file name ending in .tar.gz.</source>
        <translation>%1 ist ein Ordner: Geben Sie dem Archiv einen Dateinamen, der auf .tar.gz endet.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose where the archive should go.</source>
        <translation>Der Ordner %1 existiert nicht: Wählen Sie, wohin das Archiv soll.</translation>
    </message>
</context>
<context>
    <name>NginxHostRecipe</name>
    <message>
        <source>The nginx host settings are not valid: check the folder and file names.</source>
        <translation>Die Einstellungen des nginx-Hosts sind ungültig: Prüfen Sie Ordner- und Dateinamen.</translation>
    </message>
    <message>
        <source>nginx load balancer</source>
        <translation>nginx-Lastverteiler</translation>
    </message>
    <message>
        <source>Install nginx</source>
        <translation>nginx installieren</translation>
    </message>
    <message>
        <source>Turn off nginx&apos;s sites-enabled</source>
        <translation>sites-enabled von nginx abschalten</translation>
    </message>
    <message>
        <source>Make the folder for new configurations</source>
        <translation>Ordner für neue Konfigurationen anlegen</translation>
    </message>
    <message>
        <source>Put the balancer&apos;s configuration in place</source>
        <translation>Die Konfiguration des Lastverteilers einsetzen</translation>
    </message>
    <message>
        <source>Start nginx at every boot</source>
        <translation>nginx bei jedem Systemstart starten</translation>
    </message>
    <message>
        <source>Have nginx serve the configuration</source>
        <translation>nginx die Konfiguration ausliefern lassen</translation>
    </message>
</context>
<context>
    <name>NginxImporter</name>
    <message>
        <source>%1, line %2: a quoted string does not end.</source>
        <translation>%1, Zeile %2: Eine Zeichenkette in Anführungszeichen endet nicht.</translation>
    </message>
    <message>
        <source>%1, line %2: a &quot;}&quot; closes nothing.</source>
        <translation>%1, Zeile %2: Eine „}“ schließt nichts.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; lacks its &quot;;&quot;.</source>
        <translation>%1, Zeile %2: Bei „%3“ fehlt das „;“.</translation>
    </message>
    <message>
        <source>%1: a &quot;{&quot; is never closed.</source>
        <translation>%1: Eine „{“ wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not part of Quayside&apos;s model and was left out.</source>
        <translation>%1, Zeile %2: „%3“ gehört nicht zum Modell von Quayside und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not an address and port.</source>
        <translation>%1, Zeile %2: „%3“ ist keine Adresse mit Port.</translation>
    </message>
    <message>
        <source>%1, line %2: the server parameter &quot;%3&quot; was left out.</source>
        <translation>%1, Zeile %2: Der Server-Parameter „%3“ wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The imported configuration does not fit Quayside&apos;s model: %1</source>
        <translation>Die importierte Konfiguration passt nicht zum Modell von Quayside: %1</translation>
    </message>
</context>
<context>
    <name>NovaJson</name>
    <message>
        <source>The compute service sent a %1 Quayside cannot read: %2.</source>
        <translation>Der Compute-Dienst sandte eine Antwort (%1), die Quayside nicht lesen kann: %2.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>ein Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>an entry is not an object</source>
        <translation>ein Eintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>flavor list</source>
        <translation>Flavor-Liste</translation>
    </message>
    <message>
        <source>image list</source>
        <translation>Image-Liste</translation>
    </message>
    <message>
        <source>image description</source>
        <translation>Image-Beschreibung</translation>
    </message>
    <message>
        <source>keypair list</source>
        <translation>Schlüsselpaar-Liste</translation>
    </message>
    <message>
        <source>keypair</source>
        <translation>Schlüsselpaar</translation>
    </message>
    <message>
        <source>server description</source>
        <translation>Server-Beschreibung</translation>
    </message>
    <message>
        <source>it names no id</source>
        <translation>sie nennt keine Id</translation>
    </message>
    <message>
        <source>server list</source>
        <translation>Server-Liste</translation>
    </message>
</context>
<context>
    <name>ProvisionStep</name>
    <message>
        <source>Wait for the server&apos;s first boot (cloud-init)</source>
        <translation>Auf den ersten Start des Servers warten (cloud-init)</translation>
    </message>
</context>
<context>
    <name>Recipe</name>
    <message>
        <source>The provisioning script of &quot;%1&quot; is missing from this build.</source>
        <translation>Das Einrichtungsskript von „%1“ fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>Setup under way</source>
        <translation>Einrichtung im Gange</translation>
    </message>
    <message>
        <source>What was created</source>
        <translation>Was erstellt wurde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Address or id</source>
        <translation>Adresse oder ID</translation>
    </message>
</context>
<context>
    <name>SandboxCredentials</name>
    <message>
        <source>%1 is there but %2 is not. Restore it, or delete %1 to make a new password.</source>
        <translation>%1 ist vorhanden, %2 aber nicht. Stellen Sie die Datei wieder her, oder löschen Sie %1, um ein neues Passwort zu erzeugen.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s credentials could not be read: %1 Delete %2 to make a new password.</source>
        <translation>Die Zugangsdaten der Sandbox konnten nicht gelesen werden: %1 Löschen Sie %2, um ein neues Passwort zu erzeugen.</translation>
    </message>
    <message>
        <source>%1 holds no password. Delete it to make a new one.</source>
        <translation>%1 enthält kein Passwort. Löschen Sie die Datei, um ein neues zu erzeugen.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s data folder %1 could not be made.</source>
        <translation>Der Datenordner %1 der Sandbox konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>A small OpenStack-compatible cloud on this machine (Keystone v3, Nova v2.1), for trying Quayside without a cloud account.</source>
        <translation>Eine kleine OpenStack-kompatible Cloud auf diesem Rechner (Keystone v3, Nova v2.1), um Quayside ohne Cloud-Konto auszuprobieren.</translation>
    </message>
    <message>
        <source>The port to listen on (0: any free one).</source>
        <translation>Der Port, auf dem gelauscht wird (0: ein beliebiger freier).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The address to listen on. The API is plain HTTP: keep it on loopback unless the network between is yours.</source>
        <translation>Die Adresse, auf der gelauscht wird. Die API spricht unverschlüsseltes HTTP: Bleiben Sie auf Loopback, außer das Netz dazwischen gehört Ihnen.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The sandbox&apos;s data folder (credentials, later its servers).</source>
        <translation>Der Datenordner der Sandbox (Zugangsdaten, später ihre Server).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>How long a server stays in BUILD (in-memory servers).</source>
        <translation>Wie lange ein Server im Zustand BUILD bleibt (Server nur im Speicher).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>quayside-sandbox: listening on %1, which is not loopback: the API is plain HTTP and its password crosses the network readable.</source>
        <translation>quayside-sandbox: lauscht auf %1, das ist kein Loopback: Die API spricht unverschlüsseltes HTTP, und ihr Passwort geht lesbar über das Netz.</translation>
    </message>
    <message>
        <source>quayside-sandbox: could not set up the handling of SIGTERM.</source>
        <translation>quayside-sandbox: Die Behandlung von SIGTERM konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>quayside-sandbox %1 is running; stop it with Ctrl+C or SIGTERM.</source>
        <translation>quayside-sandbox %1 läuft; beenden mit Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <source>  auth URL:    %1</source>
        <translation>  Auth-URL:    %1</translation>
    </message>
    <message>
        <source>  user:        %1 (domain %2), project %3, region %4</source>
        <translation>  Benutzer:    %1 (Domäne %2), Projekt %3, Region %4</translation>
    </message>
    <message>
        <source>  password:    in %1 (readable by you only)</source>
        <translation>  Passwort:    in %1 (nur für Sie lesbar)</translation>
    </message>
    <message>
        <source>  clouds.yaml: %1, cloud &quot;%2&quot;</source>
        <translation>  clouds.yaml: %1, Cloud „%2“</translation>
    </message>
    <message>
        <source>  try:         OS_CLIENT_CONFIG_FILE=%1 OS_CLIENT_SECURE_FILE=%2 openstack --os-cloud %3 flavor list</source>
        <translation>  ausprobieren: OS_CLIENT_CONFIG_FILE=%1 OS_CLIENT_SECURE_FILE=%2 openstack --os-cloud %3 flavor list</translation>
    </message>
    <message>
        <source>quayside-sandbox stopped.</source>
        <translation>quayside-sandbox wurde beendet.</translation>
    </message>
    <message>
        <source>What the servers are: &quot;docker&quot;, a container each on the local Docker Engine (DOCKER_HOST and the docker CLI&apos;s other variables apply), or &quot;memory&quot;, records only.</source>
        <translation>Was die Server sind: „docker“, je ein Container auf der lokalen Docker Engine (DOCKER_HOST und die übrigen Variablen des docker-Befehls gelten), oder „memory“, nur Einträge.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>The Docker network the servers join (docker backend).</source>
        <translation>Das Docker-Netzwerk, dem die Server beitreten (Docker-Backend).</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>A NAME=VALUE variable for every server&apos;s boot (docker backend; may be given more than once).</source>
        <translation>Eine Variable NAME=WERT für den Start jedes Servers (Docker-Backend; mehrfach angebbar).</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>quayside-sandbox: what an earlier run left on the Docker Engine could not be removed: %1</source>
        <translation>quayside-sandbox: Was ein früherer Lauf auf der Docker Engine hinterlassen hat, konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Removed %1 server container(s) and %2 snapshot image(s) an earlier run left.</source>
        <translation>%1 Server-Container und %2 Snapshot-Images entfernt, die ein früherer Lauf hinterlassen hat.</translation>
    </message>
    <message>
        <source>quayside-sandbox: servers will fail to boot: %1</source>
        <translation>quayside-sandbox: Server werden nicht starten können: %1</translation>
    </message>
    <message>
        <source>stopped before the host image %1 was made.</source>
        <translation>angehalten, bevor das Host-Image %1 erstellt war.</translation>
    </message>
    <message>
        <source>quayside-sandbox: made the host image %1.</source>
        <translation>quayside-sandbox: Host-Image %1 erstellt.</translation>
    </message>
    <message>
        <source>The Docker image the base image debian-12 boots (docker backend); without it, the sandbox&apos;s own, %1, made from Debian&apos;s packages on first use (as root).</source>
        <translation>Das Docker-Image, das das Basis-Image debian-12 startet (Docker-Backend); ohne diese Angabe das eigene der Sandbox, %1, beim ersten Gebrauch aus Debian-Paketen erstellt (als root).</translation>
    </message>
    <message>
        <source>Make the sandbox&apos;s own host image unless the Docker Engine has it (as root, about two minutes, once), print its name and exit.</source>
        <translation>Das eigene Host-Image der Sandbox erstellen, falls die Docker Engine es nicht hat (als root, etwa zwei Minuten, einmalig), seinen Namen ausgeben und beenden.</translation>
    </message>
    <message>
        <source>The Debian mirror to make the host image from (default: the one this machine&apos;s apt uses).</source>
        <translation>Der Debian-Spiegel, aus dem das Host-Image erstellt wird (Vorgabe: der, den apt auf diesem Rechner nutzt).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>quayside-sandbox: --port takes 0 to 65535, --listen an IP address, --build-seconds a number of seconds, --backend docker or memory, --server-env NAME=VALUE, --mirror an http or https URL; --prepare-image makes the sandbox&apos;s own image, not one named with --host-image.</source>
        <translation>quayside-sandbox: --port erwartet 0 bis 65535, --listen eine IP-Adresse, --build-seconds eine Anzahl Sekunden, --backend docker oder memory, --server-env NAME=WERT, --mirror eine http- oder https-URL; --prepare-image erstellt das eigene Image der Sandbox, nicht eines, das mit --host-image genannt wird.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>The identity service sent a service catalog Quayside cannot read: %1.</source>
        <translation>Der Identitätsdienst sandte einen Dienstkatalog, den Quayside nicht lesen kann: %1.</translation>
    </message>
    <message>
        <source>a service has no type</source>
        <translation>ein Dienst hat keinen Typ</translation>
    </message>
    <message>
        <source>The account&apos;s service catalog offers no %1 service. The account may not be allowed to use it, or the cloud calls it otherwise.</source>
        <translation>Der Dienstkatalog des Kontos bietet keinen %1-Dienst. Das Konto darf ihn vielleicht nicht nutzen, oder die Cloud nennt ihn anders.</translation>
    </message>
    <message>
        <source>The %1 service is offered in several regions (%2): choose one for the account.</source>
        <translation>Der %1-Dienst wird in mehreren Regionen angeboten (%2): Wählen Sie eine für das Konto.</translation>
    </message>
    <message>
        <source>The %1 service is not offered in region %2; it is in: %3.</source>
        <translation>Der %1-Dienst wird in der Region %2 nicht angeboten; er ist in: %3.</translation>
    </message>
    <message>
        <source>The %1 service in region %2 has no public or internal address.</source>
        <translation>Der %1-Dienst in der Region %2 hat keine öffentliche oder interne Adresse.</translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <source>A value holds a NUL character, which no shell can take; remove it and try again.</source>
        <translation>Ein Wert enthält ein NUL-Zeichen, das keine Shell annehmen kann; entfernen Sie es und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <source>Cancelled on %1.</source>
        <translation>Auf %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot find the address of %1: %2. Check the host name.</source>
        <translation>Die Adresse von %1 ist nicht zu finden: %2. Prüfen Sie den Hostnamen.</translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server listens there. A server that was just created may still be starting; otherwise check the address and the port.</source>
        <translation>%1 hat die Verbindung abgelehnt: Dort wartet kein SSH-Server. Ein eben erst erstellter Server startet möglicherweise noch; andernfalls prüfen Sie Adresse und Port.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Check the address, and that a firewall or security group lets SSH through.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Prüfen Sie die Adresse und ob eine Firewall oder Sicherheitsgruppe SSH durchlässt.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Check the address and the network.</source>
        <translation>Keine Verbindung zu %1 möglich: %2. Prüfen Sie Adresse und Netzwerk.</translation>
    </message>
    <message>
        <source>The SSH library could not start a session.</source>
        <translation>Die SSH-Bibliothek konnte keine Sitzung starten.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no SSH greeting within %2 s. A server that was just created may still be starting.</source>
        <translation>%1 hat die Verbindung angenommen, aber innerhalb von %2 s keine SSH-Begrüßung gesendet. Ein eben erst erstellter Server startet möglicherweise noch.</translation>
    </message>
    <message>
        <source>%1 closed the connection before its SSH greeting (%2). A server that was just created may still be starting.</source>
        <translation>%1 hat die Verbindung vor seiner SSH-Begrüßung geschlossen (%2). Ein eben erst erstellter Server startet möglicherweise noch.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: %2. The server may only offer algorithms Quayside does not support.</source>
        <translation>Der SSH-Verbindungsaufbau mit %1 ist fehlgeschlagen: %2. Möglicherweise bietet der Server nur Algorithmen an, die Quayside nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1 presented no host key.</source>
        <translation>%1 hat keinen Host-Schlüssel vorgelegt.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: it presents %2, but Quayside knows the server by %3. Either someone is intercepting the connection (an attack), or the server was rebuilt or reinstalled and has new keys. Quayside did not log in. Only if you know the server was rebuilt, check the new fingerprint (for example in the cloud&apos;s console log) and replace the kept key.</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert: Der Server legt %2 vor, Quayside kennt ihn aber unter %3. Entweder fängt jemand die Verbindung ab (ein Angriff), oder der Server wurde neu aufgebaut oder neu installiert und hat neue Schlüssel. Quayside hat sich nicht angemeldet. Nur wenn Sie wissen, dass der Server neu aufgebaut wurde, prüfen Sie den neuen Fingerabdruck (zum Beispiel im Konsolenprotokoll der Cloud) und ersetzen Sie den gespeicherten Schlüssel.</translation>
    </message>
    <message>
        <source>Quayside does not know %1 yet. Its host key fingerprint is %2. Compare it with the one the server shows (its console log, or `ssh-keygen -l -f` on the server) and accept it to go on.</source>
        <translation>Quayside kennt %1 noch nicht. Der Fingerabdruck seines Host-Schlüssels ist %2. Vergleichen Sie ihn mit dem, den der Server zeigt (sein Konsolenprotokoll oder `ssh-keygen -l -f` auf dem Server), und akzeptieren Sie ihn, um fortzufahren.</translation>
    </message>
    <message>
        <source>The console log of %1 shows no SSH host key fingerprints (yet), so its host key %2 cannot be checked against it. cloud-init prints them at the end of the first boot: wait a little and try again, or compare the fingerprint yourself.</source>
        <translation>Das Konsolenprotokoll von %1 zeigt (noch) keine Fingerabdrücke von SSH-Host-Schlüsseln, daher kann sein Host-Schlüssel %2 nicht damit abgeglichen werden. cloud-init gibt sie am Ende des ersten Starts aus: Warten Sie etwas und versuchen Sie es erneut, oder vergleichen Sie den Fingerabdruck selbst.</translation>
    </message>
    <message>
        <source>%1 presents the host key %2, which is not among those in its console log (%3). Something else may be answering at this address (an attack, or a reused address). Quayside did not log in.</source>
        <translation>%1 legt den Host-Schlüssel %2 vor, der nicht zu denen in seinem Konsolenprotokoll gehört (%3). Unter dieser Adresse antwortet möglicherweise etwas anderes (ein Angriff oder eine wiederverwendete Adresse). Quayside hat sich nicht angemeldet.</translation>
    </message>
    <message>
        <source>%1 presents the host key %2, not the accepted %3. Quayside did not log in. Compare the fingerprint again before accepting it.</source>
        <translation>%1 legt den Host-Schlüssel %2 vor, nicht den akzeptierten %3. Quayside hat sich nicht angemeldet. Vergleichen Sie den Fingerabdruck erneut, bevor Sie ihn akzeptieren.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1 did not accept the key %2. Check the user name, and that the key&apos;s public half is in ~%3/.ssh/authorized_keys on the server (for a new cloud server: that it was created with this key pair).</source>
        <translation>%1 hat den Schlüssel %2 nicht angenommen. Prüfen Sie den Benutzernamen und ob der öffentliche Teil des Schlüssels auf dem Server in ~%3/.ssh/authorized_keys steht (bei einem neuen Cloud-Server: ob er mit diesem Schlüsselpaar erstellt wurde).</translation>
    </message>
    <message>
        <source>%1 accepted the key but asks for more (a password or a second factor), which Quayside cannot give. Let the user log in with the key alone.</source>
        <translation>%1 hat den Schlüssel angenommen, verlangt aber mehr (ein Passwort oder einen zweiten Faktor), was Quayside nicht liefern kann. Lassen Sie den Benutzer sich allein mit dem Schlüssel anmelden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name to log in to %2 with.</source>
        <translation>„%1“ ist kein Benutzername, mit dem man sich bei %2 anmelden kann.</translation>
    </message>
    <message>
        <source>No private key was given to log in to %1 with.</source>
        <translation>Es wurde kein privater Schlüssel für die Anmeldung bei %1 angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (Gave up after %n attempts.)</source>
        <translation>
            <numerusform>%1 (Nach %n Versuch aufgegeben.)</numerusform>
            <numerusform>%1 (Nach %n Versuchen aufgegeben.)</numerusform>
        </translation>
    </message>
    <message>
        <source>A command holds a NUL character, which SSH cannot pass on.</source>
        <translation>Ein Befehl enthält ein NUL-Zeichen, das SSH nicht weitergeben kann.</translation>
    </message>
    <message>
        <source>Not connected to %1; connect first.</source>
        <translation>Nicht mit %1 verbunden; stellen Sie zuerst eine Verbindung her.</translation>
    </message>
    <message>
        <source>The command did not finish within %1 s on %2 and was stopped.</source>
        <translation>Der Befehl wurde auf %2 nicht innerhalb von %1 s fertig und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot put %1 in place on %2: %3</source>
        <translation>%1 kann auf %2 nicht an seinen Platz gebracht werden: %3</translation>
    </message>
    <message>
        <source>%1 offers no SFTP, which Quayside needs to copy files. Enable the sftp subsystem in the server&apos;s sshd_config.</source>
        <translation>%1 bietet kein SFTP an, das Quayside zum Kopieren von Dateien braucht. Aktivieren Sie das Subsystem sftp in der sshd_config des Servers.</translation>
    </message>
    <message>
        <source>Cannot make %1 the owner of %2 on %3: %4</source>
        <translation>%1 kann auf %3 nicht zum Eigentümer von %2 gemacht werden: %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file path.</source>
        <translation>„%1“ ist kein Dateipfad.</translation>
    </message>
    <message>
        <source>%1 is not a file mode.</source>
        <translation>%1 ist kein Dateimodus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an owner (user or user:group).</source>
        <translation>„%1“ ist kein Eigentümer (Benutzer oder Benutzer:Gruppe).</translation>
    </message>
    <message>
        <source>%1 is a folder on %2; choose a file name.</source>
        <translation>%1 ist auf %2 ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 on %2 is larger than %3 bytes, more than Quayside reads this way.</source>
        <translation>%1 auf %2 ist größer als %3 Bytes, mehr als Quayside auf diesem Weg liest.</translation>
    </message>
    <message>
        <source>The session with %1 was closed before the operation finished.</source>
        <translation>Die Sitzung mit %1 wurde geschlossen, bevor der Vorgang fertig war.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2). Connect again; if it keeps happening, check the network and the server.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen (%2). Verbinden Sie sich erneut; wenn das wiederholt geschieht, prüfen Sie Netzwerk und Server.</translation>
    </message>
    <message>
        <source>Logging in to %1 failed: %2</source>
        <translation>Die Anmeldung bei %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (port %2) is not an address Quayside can connect to.</source>
        <translation>„%1“ (Port %2) ist keine Adresse, zu der Quayside eine Verbindung herstellen kann.</translation>
    </message>
    <message>
        <source>%1 refused to open a channel: %2</source>
        <translation>%1 hat das Öffnen eines Kanals abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 refused to start the command: %2</source>
        <translation>%1 hat das Starten des Befehls abgelehnt: %2</translation>
    </message>
    <message>
        <source>Sending input to the command on %1 failed: %2</source>
        <translation>Das Senden von Eingaben an den Befehl auf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading the command&apos;s output on %1 failed: %2</source>
        <translation>Das Lesen der Ausgabe des Befehls auf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Waiting for the command&apos;s output on %1 failed: %2</source>
        <translation>Das Warten auf die Ausgabe des Befehls auf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 refused to start SFTP: %2</source>
        <translation>%1 hat das Starten von SFTP abgelehnt: %2</translation>
    </message>
    <message>
        <source>The SFTP server of %1 failed: %2</source>
        <translation>Der SFTP-Server von %1 meldet einen Fehler: %2</translation>
    </message>
    <message>
        <source>%1 does not exist on %2. Check the path; a folder has to be created first.</source>
        <translation>%1 existiert auf %2 nicht. Prüfen Sie den Pfad; ein Ordner muss zuerst angelegt werden.</translation>
    </message>
    <message>
        <source>Permission denied for %1 on %2. Log in as a user who may use it.</source>
        <translation>Zugriff auf %1 auf %2 verweigert. Melden Sie sich als ein Benutzer an, der darauf zugreifen darf.</translation>
    </message>
    <message>
        <source>The SFTP server of %1 failed on %2: %3</source>
        <translation>Der SFTP-Server von %1 meldet einen Fehler bei %2: %3</translation>
    </message>
</context>
<context>
    <name>SshKey</name>
    <message>
        <source>Generating a new %1 key failed in the SSH library. Try again; if it keeps failing, report it as a bug.</source>
        <translation>Das Erzeugen eines neuen %1-Schlüssels ist in der SSH-Bibliothek fehlgeschlagen. Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, melden Sie es als Fehler.</translation>
    </message>
    <message>
        <source>The key %1 is protected by a passphrase. Enter its passphrase to use it.</source>
        <translation>Der Schlüssel %1 ist durch eine Passphrase geschützt. Geben Sie seine Passphrase ein, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>The passphrase of the key %1 is wrong. Enter it again.</source>
        <translation>Die Passphrase des Schlüssels %1 ist falsch. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>%1 is not a private key Quayside can read. Choose a private key in OpenSSH or PEM format (the file without .pub).</source>
        <translation>%1 ist kein privater Schlüssel, den Quayside lesen kann. Wählen Sie einen privaten Schlüssel im OpenSSH- oder PEM-Format (die Datei ohne .pub).</translation>
    </message>
    <message>
        <source>The key file %1 does not exist. Choose another key or create a new one.</source>
        <translation>Die Schlüsseldatei %1 existiert nicht. Wählen Sie einen anderen Schlüssel oder erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2. Check its permissions.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2. Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenSSH public key line (&quot;ssh-ed25519 AAAA... comment&quot;).</source>
        <translation>„%1“ ist keine Zeile mit einem öffentlichen OpenSSH-Schlüssel („ssh-ed25519 AAAA... Kommentar“).</translation>
    </message>
    <message>
        <source>Cannot read the public key file %1: %2.</source>
        <translation>Die Datei des öffentlichen Schlüssels %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The key %1 has no private part to write.</source>
        <translation>Der Schlüssel %1 hat keinen privaten Teil, der geschrieben werden könnte.</translation>
    </message>
    <message>
        <source>The SSH library could not write out the key %1. Report it as a bug.</source>
        <translation>Die SSH-Bibliothek konnte den Schlüssel %1 nicht ausgeben. Melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>There is no key to write to %1.</source>
        <translation>Es gibt keinen Schlüssel, der nach %1 geschrieben werden könnte.</translation>
    </message>
</context>
<context>
    <name>SshKeyPage</name>
    <message>
        <source>SSH key</source>
        <translation>SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Quayside logs in to the fleet&apos;s servers with an SSH key. The cloud puts its public half on every server it boots.</source>
        <translation>Quayside meldet sich mit einem SSH-Schlüssel bei den Servern der Flotte an. Die Cloud legt dessen öffentliche Hälfte auf jeden Server, den sie startet.</translation>
    </message>
    <message>
        <source>&amp;Generate a new key for Quayside (Ed25519)</source>
        <translation>Einen neuen Schlüssel für Quayside &amp;erzeugen (Ed25519)</translation>
    </message>
    <message>
        <source>&amp;Use one of my keys</source>
        <translation>Einen meiner Schlüssel &amp;verwenden</translation>
    </message>
    <message>
        <source>Your SSH keys</source>
        <translation>Ihre SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Ot&amp;her key file...</source>
        <translation>An&amp;dere Schlüsseldatei...</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in the keychain</source>
        <translation>Passphrase im Schlüsselbund &amp;merken</translation>
    </message>
</context>
<context>
    <name>TomcatImagePage</name>
    <message>
        <source>Tomcat image</source>
        <translation>Tomcat-Image</translation>
    </message>
    <message>
        <source>The image every Tomcat container runs, built on the first Docker host from this Dockerfile, then tried: a container of it must serve a page.</source>
        <translation>Das Image, das jeder Tomcat-Container ausführt, auf dem ersten Docker-Host aus diesem Dockerfile gebaut und dann erprobt: Ein Container daraus muss eine Seite ausliefern.</translation>
    </message>
    <message>
        <source>&amp;Dockerfile (Tomcat 10.1 on Debian 12, JDK 17):</source>
        <translation>&amp;Dockerfile (Tomcat 10.1 auf Debian 12, JDK 17):</translation>
    </message>
    <message>
        <source>Restore Quayside&apos;s &amp;own</source>
        <translation>Das von Quayside wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>The page the test container served:</source>
        <translation>Die Seite, die der Testcontainer auslieferte:</translation>
    </message>
    <message>
        <source>Page served by the test container</source>
        <translation>Vom Testcontainer ausgelieferte Seite</translation>
    </message>
    <message>
        <source>&amp;Application (WAR):</source>
        <translation>&amp;Anwendung (WAR):</translation>
    </message>
    <message>
        <source>None: Tomcat&apos;s own welcome page</source>
        <translation>Keine: die Willkommensseite von Tomcat</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>B&amp;uild and try it</source>
        <translation>Ba&amp;uen und erproben</translation>
    </message>
</context>
<context>
    <name>TomcatImageRecipe</name>
    <message>
        <source>The test container has no published port.</source>
        <translation>Der Testcontainer hat keinen veröffentlichten Port.</translation>
    </message>
    <message>
        <source>Waiting for Tomcat at %1</source>
        <translation>Warte auf Tomcat unter %1</translation>
    </message>
    <message>
        <source>Tomcat answered after %1 s</source>
        <translation>Tomcat antwortete nach %1 s</translation>
    </message>
    <message>
        <source>A container of %1 did not serve Tomcat&apos;s page within %2 s.</source>
        <translation>Ein Container von %1 hat die Seite von Tomcat nicht innerhalb von %2 s ausgeliefert.</translation>
    </message>
    <message>
        <source>The Tomcat Dockerfile is missing from this build.</source>
        <translation>Das Tomcat-Dockerfile fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; or &quot;%2&quot; cannot name an image.</source>
        <translation>„%1“ oder „%2“ kann kein Image benennen.</translation>
    </message>
    <message>
        <source>The package source must be one line.</source>
        <translation>Die Paketquelle muss eine einzige Zeile sein.</translation>
    </message>
    <message>
        <source>Build the Tomcat image %1</source>
        <translation>Das Tomcat-Image %1 bauen</translation>
    </message>
    <message>
        <source>The Docker host is gone.</source>
        <translation>Der Docker-Host ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Tomcat image</source>
        <translation>Tomcat-Image</translation>
    </message>
    <message>
        <source>Check that a container of it serves a page</source>
        <translation>Prüfen, dass ein Container daraus eine Seite ausliefert</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Quayside</source>
        <translation>Willkommen bei Quayside</translation>
    </message>
    <message>
        <source>This wizard builds a load-balanced Tomcat fleet for you, one step at a time.</source>
        <translation>Dieser Assistent baut Schritt für Schritt eine lastverteilte Tomcat-Flotte für Sie auf.</translation>
    </message>
    <message>
        <source>Architecture of the fleet</source>
        <translation>Aufbau der Flotte</translation>
    </message>
    <message>
        <source>Quayside on your computer drives an OpenStack cloud. An nginx host balances visitors&apos; requests over Tomcat containers on several Docker hosts.</source>
        <translation>Quayside steuert von Ihrem Rechner aus eine OpenStack-Cloud. Ein nginx-Host verteilt die Anfragen der Besucher auf Tomcat-Container auf mehreren Docker-Hosts.</translation>
    </message>
    <message>
        <source>&lt;p&gt;What will be built:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;a first cloud server with Docker, reachable only over SSH and mutual TLS;&lt;/li&gt;&lt;li&gt;a Tomcat image with your application, and a snapshot of that server;&lt;/li&gt;&lt;li&gt;an nginx server that balances the load;&lt;/li&gt;&lt;li&gt;more Docker servers from the snapshot, each running Tomcat containers.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nothing is created until you say so, and everything created can be removed again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Was aufgebaut wird:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;ein erster Cloud-Server mit Docker, erreichbar nur über SSH und gegenseitiges TLS;&lt;/li&gt;&lt;li&gt;ein Tomcat-Image mit Ihrer Anwendung und ein Snapshot dieses Servers;&lt;/li&gt;&lt;li&gt;ein nginx-Server, der die Last verteilt;&lt;/li&gt;&lt;li&gt;weitere Docker-Server aus dem Snapshot, jeder mit Tomcat-Containern.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nichts wird angelegt, bevor Sie es bestätigen, und alles Angelegte lässt sich wieder entfernen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where should the fleet run?</source>
        <translation>Wo soll die Flotte laufen?</translation>
    </message>
    <message>
        <source>&amp;Rackspace Cloud</source>
        <translation>&amp;Rackspace Cloud</translation>
    </message>
    <message>
        <source>Sign in with your Rackspace user name and API key.</source>
        <translation>Anmeldung mit Ihrem Rackspace-Benutzernamen und API-Schlüssel.</translation>
    </message>
    <message>
        <source>Another &amp;OpenStack cloud</source>
        <translation>Eine andere &amp;OpenStack-Cloud</translation>
    </message>
    <message>
        <source>Type its identity address and your credentials, or import a clouds.yaml or openrc file from its dashboard.</source>
        <translation>Geben Sie die Adresse des Identitätsdienstes und Ihre Zugangsdaten ein, oder importieren Sie eine clouds.yaml- oder openrc-Datei aus dem Dashboard.</translation>
    </message>
    <message>
        <source>The local &amp;sandbox</source>
        <translation>Die lokale &amp;Sandbox</translation>
    </message>
    <message>
        <source>A small cloud on this computer, made of Docker containers: no account and no cost. It must be running (start it with the command quayside-sandbox).</source>
        <translation>Eine kleine Cloud auf diesem Computer aus Docker-Containern: kein Konto, keine Kosten. Sie muss laufen (starten Sie sie mit dem Befehl quayside-sandbox).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stand up and run Tomcat applications in Docker containers on OpenStack clouds.</source>
        <translation>Tomcat-Anwendungen in Docker-Containern auf OpenStack-Clouds einrichten und betreiben.</translation>
    </message>
    <message>
        <source>quaysidectl: no command given; see quaysidectl --help.</source>
        <translation>quaysidectl: kein Befehl angegeben; siehe quaysidectl --help.</translation>
    </message>
    <message>
        <source>quaysidectl: unknown command &quot;%1&quot;; see quaysidectl --help.</source>
        <translation>quaysidectl: unbekannter Befehl „%1“; siehe quaysidectl --help.</translation>
    </message>
    <message>
        <source>Wrote %1 with conf.d/backends and conf.d/default.conf.</source>
        <translation>%1 mit conf.d/backends und conf.d/default.conf geschrieben.</translation>
    </message>
    <message>
        <source>Wrote conf.d/backends and conf.d/default.conf into %1.</source>
        <translation>conf.d/backends und conf.d/default.conf in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>quaysidectl: warning: %1</source>
        <translation>quaysidectl: Warnung: %1</translation>
    </message>
    <message>
        <source>Saved the balancer to %1.</source>
        <translation>Load-Balancer in %1 gespeichert.</translation>
    </message>
    <message>
        <source>print the version of quaysidectl and of its libraries</source>
        <translation>die Version von quaysidectl und seiner Bibliotheken ausgeben</translation>
    </message>
    <message>
        <source>read an existing backends file and site file (default.conf) into the balancer file, reporting what Quayside leaves out</source>
        <translation>eine vorhandene backends-Datei und Site-Datei (default.conf) in die Load-Balancer-Datei einlesen und melden, was Quayside auslässt</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Command-line face of Quayside: stand up and run Tomcat fleets on OpenStack clouds.</source>
        <translation>Die Kommandozeile von Quayside: Tomcat-Flotten in OpenStack-Clouds aufbauen und betreiben.</translation>
    </message>
    <message>
        <source>The balancer file the nginx commands use (default: %1).</source>
        <translation>Die Load-Balancer-Datei der nginx-Befehle (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>Was zu tun ist (siehe Befehle).</translation>
    </message>
    <message>
        <source>quaysidectl: %1 See quaysidectl --help.</source>
        <translation>quaysidectl: %1 Siehe quaysidectl --help.</translation>
    </message>
    <message>
        <source>quaysidectl: usage: quaysidectl %1 %2; see quaysidectl --help.</source>
        <translation>quaysidectl: Aufruf: quaysidectl %1 %2; siehe quaysidectl --help.</translation>
    </message>
    <message>
        <source>put the balancer in service on an nginx host over SSH, as a new version kept there (nginx checks it first; the version in service stays if nginx refuses it)</source>
        <translation>den Load Balancer über SSH auf einem nginx-Host in Betrieb nehmen, als neue, dort aufbewahrte Version (nginx prüft sie zuerst; lehnt nginx sie ab, bleibt die Version in Betrieb)</translation>
    </message>
    <message>
        <source>list the versions kept on the nginx host; * marks the one in service</source>
        <translation>die auf dem nginx-Host aufbewahrten Versionen auflisten; * markiert die in Betrieb befindliche</translation>
    </message>
    <message>
        <source>print a unified diff of the files of two versions on the nginx host</source>
        <translation>ein Unified Diff der Dateien zweier Versionen auf dem nginx-Host ausgeben</translation>
    </message>
    <message>
        <source>put the version before the current one (or version N) back in service, as a new version</source>
        <translation>die Version vor der aktuellen (oder Version N) wieder in Betrieb nehmen, als neue Version</translation>
    </message>
    <message>
        <source>read the passphrase of the encrypted private key KEY from the terminal or standard input (never from the command line) and keep it in the keychain once it opens the key, for --identity KEY</source>
        <translation>die Passphrase des verschlüsselten privaten Schlüssels KEY vom Terminal oder von der Standardeingabe lesen (nie von der Befehlszeile) und im Schlüsselbund ablegen, sobald sie den Schlüssel öffnet, für --identity KEY</translation>
    </message>
    <message>
        <source>remove the passphrase of KEY from the keychain</source>
        <translation>die Passphrase von KEY aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>quaysidectl: --%1 does not apply to %2; see quaysidectl --help.</source>
        <translation>quaysidectl: --%1 gilt nicht für %2; siehe quaysidectl --help.</translation>
    </message>
    <message>
        <source>print what the fleet record lists</source>
        <translation>ausgeben, was die Flottendatei aufführt</translation>
    </message>
    <message>
        <source>delete the servers, snapshot and key pair the fleet record lists (nothing else), then the record</source>
        <translation>die Server, den Snapshot und das Schlüsselpaar löschen, die die Flottendatei aufführt (sonst nichts), dann die Datei</translation>
    </message>
    <message>
        <source>set up a fleet as the seed&apos;s plan does (SSH key, first Docker host, Tomcat image, snapshot, nginx host, more hosts from the snapshot, Tomcat containers, nginx backends, final check), or resume the one the fleet record lists</source>
        <translation>eine Flotte nach dem ursprünglichen Plan einrichten (SSH-Schlüssel, erster Docker-Host, Tomcat-Image, Snapshot, nginx-Host, weitere Hosts aus dem Snapshot, Tomcat-Container, nginx-Backends, Abschlussprüfung) oder die im Flottenprotokoll aufgeführte fortsetzen</translation>
    </message>
    <message>
        <source>run N Tomcat containers over the fleet&apos;s Docker hosts: new ones are started, nginx is sent to the wanted ones, the ones it no longer uses are removed</source>
        <translation>N Tomcat-Container auf den Docker-Hosts der Flotte betreiben: neue werden gestartet, nginx wird an die gewünschten geleitet, die nicht mehr genutzten werden entfernt</translation>
    </message>
    <message>
        <source>print the nginx files rendered from the balancer (the fleet&apos;s, when there is a fleet)</source>
        <translation>die aus dem Balancer erzeugten nginx-Dateien ausgeben (die der Flotte, wenn es eine gibt)</translation>
    </message>
    <message>
        <source>write conf.d/backends and conf.d/default.conf (the fleet&apos;s, when there is a fleet) into the folder DEST, or into the archive DEST if it ends in .tar.gz or .tgz</source>
        <translation>conf.d/backends und conf.d/default.conf (die der Flotte, wenn es eine gibt) in den Ordner DEST schreiben oder in das Archiv DEST, wenn es auf .tar.gz oder .tgz endet</translation>
    </message>
    <message>
        <source>quaysidectl: %1</source>
        <translation>quaysidectl: %1</translation>
    </message>
</context>
<context>
    <name>quayside::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Quayside %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Quayside %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Built with %1.</source>
        <translation>Erstellt mit %1.</translation>
    </message>
</context>
<context>
    <name>quayside::BalancerDialog</name>
    <message>
        <source>Round robin</source>
        <translation>Reihum (Round Robin)</translation>
    </message>
    <message>
        <source>Least connections</source>
        <translation>Wenigste Verbindungen</translation>
    </message>
    <message>
        <source>Client address hash (ip_hash)</source>
        <translation>Hash der Client-Adresse (ip_hash)</translation>
    </message>
    <message>
        <source>Sticky sessions (JSESSIONID)</source>
        <translation>Feste Sitzungen (JSESSIONID)</translation>
    </message>
    <message>
        <source>Exported the nginx configuration as %1.</source>
        <translation>Die nginx-Konfiguration wurde als %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported conf.d/backends and conf.d/default.conf into %1.</source>
        <translation>conf.d/backends und conf.d/default.conf nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported %1 and %2; save to keep them.</source>
        <translation>%1 und %2 importiert; speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>Import: Choose the Backends File</source>
        <translation>Import: die backends-Datei wählen</translation>
    </message>
    <message>
        <source>Import: Choose the Site File (default.conf)</source>
        <translation>Import: die Site-Datei wählen (default.conf)</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export as .tar.gz</source>
        <translation>Als .tar.gz exportieren</translation>
    </message>
    <message>
        <source>Compressed tar archives (*.tar.gz *.tgz)</source>
        <translation>Komprimierte tar-Archive (*.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>Saving replaces it with the balancer shown here.</source>
        <translation>Speichern ersetzt sie durch den hier gezeigten Load-Balancer.</translation>
    </message>
</context>
<context>
    <name>quayside::CheckPage</name>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>The check passed before.</source>
        <translation>Die Prüfung war schon früher erfolgreich.</translation>
    </message>
    <message>
        <source>Nothing to show: the check ran in an earlier session.</source>
        <translation>Nichts anzuzeigen: Die Prüfung lief in einer früheren Sitzung.</translation>
    </message>
    <message>
        <source>%1 of %2 requests got the page; each container answered some:</source>
        <translation>%1 von %2 Anfragen erhielten die Seite; jeder Container beantwortete einige:</translation>
    </message>
    <message>
        <source>(not in the record)</source>
        <translation>(nicht im Protokoll der Flotte)</translation>
    </message>
    <message>
        <source>The page nginx served at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;:</source>
        <translation>Die Seite, die nginx unter &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; auslieferte:</translation>
    </message>
</context>
<context>
    <name>quayside::CloudAccountStore</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>application credential secret</source>
        <translation>Geheimnis der Anwendungszugangsdaten</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>the API key</source>
        <extracomment>The object of a sentence such as &quot;Enter %1 again&quot;: translate with the article the sentence needs.</extracomment>
        <translation>den API-Schlüssel</translation>
    </message>
    <message>
        <source>the password</source>
        <extracomment>The object of a sentence such as &quot;Enter %1 again&quot;: translate with the article the sentence needs.</extracomment>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>the application credential secret</source>
        <extracomment>The object of a sentence such as &quot;Enter %1 again&quot;: translate with the article the sentence needs.</extracomment>
        <translation>das Geheimnis der Anwendungszugangsdaten</translation>
    </message>
    <message>
        <source>the secret</source>
        <extracomment>The object of a sentence such as &quot;Enter %1 again&quot;: translate with the article the sentence needs.</extracomment>
        <translation>das Geheimnis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the id of a cloud account: use 1 to 64 of the characters a-z, 0-9, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>„%1“ kann nicht die Kennung eines Cloud-Kontos sein: Verwenden Sie 1 bis 64 der Zeichen a–z, 0–9, „-“ und „_“.</translation>
    </message>
    <message>
        <source>The account has no name. Give it a name that tells it apart from your other accounts.</source>
        <translation>Das Konto hat keinen Namen. Geben Sie ihm einen Namen, der es von Ihren anderen Konten unterscheidet.</translation>
    </message>
    <message>
        <source>The account&apos;s name is too long or holds control characters. Use at most %1 printable characters.</source>
        <translation>Der Name des Kontos ist zu lang oder enthält Steuerzeichen. Verwenden Sie höchstens %1 druckbare Zeichen.</translation>
    </message>
    <message>
        <source>The identity URL is missing or not valid. Give the https:// address of the cloud&apos;s identity service (Keystone), for example https://keystone.example.com:5000/v3.</source>
        <translation>Die Identitäts-URL fehlt oder ist ungültig. Geben Sie die https://-Adresse des Identitätsdienstes der Cloud (Keystone) an, zum Beispiel https://keystone.example.com:5000/v3.</translation>
    </message>
    <message>
        <source>The identity URL holds a user name or password. Remove them from the URL: Quayside keeps the password in the keychain.</source>
        <translation>Die Identitäts-URL enthält einen Benutzernamen oder ein Passwort. Entfernen Sie beides aus der URL: Quayside bewahrt das Passwort im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>The identity URL has a query or fragment (a part after &quot;?&quot; or &quot;#&quot;). Give only the address of the identity service.</source>
        <translation>Die Identitäts-URL hat eine Abfrage oder ein Fragment (einen Teil nach „?“ oder „#“). Geben Sie nur die Adresse des Identitätsdienstes an.</translation>
    </message>
    <message>
        <source>The identity URL uses plain http to %1, where the password could be read on the way. Use the cloud&apos;s https:// address (plain http is allowed only to this computer).</source>
        <translation>Die Identitäts-URL verwendet unverschlüsseltes http zu %1, wobei das Passwort unterwegs mitgelesen werden könnte. Verwenden Sie die https://-Adresse der Cloud (unverschlüsseltes http ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>Benutzerkennung</translation>
    </message>
    <message>
        <source>user domain name</source>
        <translation>Name der Benutzerdomäne</translation>
    </message>
    <message>
        <source>user domain id</source>
        <translation>Kennung der Benutzerdomäne</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>Projektkennung</translation>
    </message>
    <message>
        <source>project domain name</source>
        <translation>Name der Projektdomäne</translation>
    </message>
    <message>
        <source>project domain id</source>
        <translation>Kennung der Projektdomäne</translation>
    </message>
    <message>
        <source>application credential id</source>
        <translation>Kennung der Anwendungszugangsdaten</translation>
    </message>
    <message>
        <source>application credential name</source>
        <translation>Name der Anwendungszugangsdaten</translation>
    </message>
    <message>
        <source>The %1 is too long or holds control characters: use at most %2 printable characters.</source>
        <translation>Das Feld „%1“ ist zu lang oder enthält Steuerzeichen: Verwenden Sie höchstens %2 druckbare Zeichen.</translation>
    </message>
    <message>
        <source>No user is given: give the user name or the user id.</source>
        <translation>Kein Benutzer angegeben: Geben Sie den Benutzernamen oder die Benutzerkennung an.</translation>
    </message>
    <message>
        <source>No project is given: give the project (tenant) name or id. Quayside creates its servers in that project.</source>
        <translation>Kein Projekt angegeben: Geben Sie den Namen oder die Kennung des Projekts (Tenants) an. Quayside legt seine Server in diesem Projekt an.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; needs its domain: give the user domain name or id (often &quot;Default&quot;), or give the user id instead.</source>
        <translation>Der Benutzername „%1“ braucht seine Domäne: Geben Sie den Namen oder die Kennung der Benutzerdomäne an (oft „Default“) oder stattdessen die Benutzerkennung.</translation>
    </message>
    <message>
        <source>No user name is given. Rackspace signs in with the user name and the API key.</source>
        <translation>Kein Benutzername angegeben. Bei Rackspace meldet man sich mit Benutzernamen und API-Schlüssel an.</translation>
    </message>
    <message>
        <source>The project name &quot;%1&quot; needs its domain: give the project domain name or id (often &quot;Default&quot;), or give the project id instead.</source>
        <translation>Der Projektname „%1“ braucht seine Domäne: Geben Sie den Namen oder die Kennung der Projektdomäne an (oft „Default“) oder stattdessen die Projektkennung.</translation>
    </message>
    <message>
        <source>No application credential is given: give its id, or its name together with its user.</source>
        <translation>Keine Anwendungszugangsdaten angegeben: Geben Sie deren Kennung an, oder deren Namen zusammen mit ihrem Benutzer.</translation>
    </message>
    <message>
        <source>The application credential &quot;%1&quot; is given by name, which needs its user: give the user id, or the user name with its domain, or give the credential&apos;s id.</source>
        <translation>Die Anwendungszugangsdaten „%1“ sind nur mit Namen angegeben, dafür wird ihr Benutzer gebraucht: Geben Sie die Benutzerkennung an, den Benutzernamen mit seiner Domäne oder die Kennung der Zugangsdaten.</translation>
    </message>
    <message>
        <source>The cloud account &quot;%1&quot; in %2 is damaged (unknown sign-in method or interface). Remove the account and add it again.</source>
        <translation>Das Cloud-Konto „%1“ in %2 ist beschädigt (unbekannte Anmeldeart oder Schnittstelle). Entfernen Sie das Konto und fügen Sie es neu hinzu.</translation>
    </message>
    <message>
        <source>The cloud account &quot;%1&quot; in %2 is damaged: %3 Remove the account and add it again.</source>
        <translation>Das Cloud-Konto „%1“ in %2 ist beschädigt: %3 Entfernen Sie das Konto und fügen Sie es neu hinzu.</translation>
    </message>
    <message>
        <source>There is no cloud account &quot;%1&quot;. It may have been removed meanwhile; reload the list of accounts.</source>
        <translation>Es gibt kein Cloud-Konto „%1“. Vielleicht wurde es inzwischen entfernt; laden Sie die Liste der Konten neu.</translation>
    </message>
    <message>
        <source>The cloud account &quot;%1&quot; is busy with another change. Wait for it to finish and try again.</source>
        <translation>Das Cloud-Konto „%1“ wird gerade anderweitig geändert. Warten Sie, bis das abgeschlossen ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Folgender Vorgang ist fehlgeschlagen: %1. %2</translation>
    </message>
    <message>
        <source>%1: the list of cloud accounts could not be saved to %2. Check that the disk has room and the file is writable, then try again.</source>
        <translation>%1: Die Liste der Cloud-Konten konnte nicht in %2 gespeichert werden. Prüfen Sie, ob auf dem Datenträger Platz ist und die Datei beschreibbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Saving cloud account &quot;%1&quot;</source>
        <translation>Speichern des Cloud-Kontos „%1“</translation>
    </message>
    <message>
        <source>Removing cloud account &quot;%1&quot;</source>
        <translation>Entfernen des Cloud-Kontos „%1“</translation>
    </message>
    <message>
        <source>Recording the keychain entry %1</source>
        <translation>Vermerken des Schlüsselbund-Eintrags %1</translation>
    </message>
    <message>
        <source>Recording the removal of the keychain entry %1</source>
        <translation>Vermerken der Entfernung des Schlüsselbund-Eintrags %1</translation>
    </message>
    <message>
        <source>The cloud account &quot;%1&quot; cannot be stored: %2</source>
        <translation>Das Cloud-Konto „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The cloud account &quot;%1&quot; needs %2 before it can be stored. Enter it and try again.</source>
        <translation>Geben Sie %2 für das Cloud-Konto „%1“ ein, bevor es gespeichert werden kann, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The store of cloud accounts has no keychain or settings.</source>
        <translation>Der Speicher der Cloud-Konten hat keinen Schlüsselbund oder keine Einstellungen.</translation>
    </message>
    <message>
        <source>There is already a cloud account with the id &quot;%1&quot;. Choose another id, or edit the existing account.</source>
        <translation>Es gibt bereits ein Cloud-Konto mit der Kennung „%1“. Wählen Sie eine andere Kennung oder bearbeiten Sie das vorhandene Konto.</translation>
    </message>
    <message>
        <source>Storing %1 of cloud account &quot;%2&quot; in the keychain</source>
        <translation>%1 des Cloud-Kontos „%2“ im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>The new secret of cloud account &quot;%2&quot; is empty. Enter %1, or keep the current one.</source>
        <translation>Das neue Geheimnis des Cloud-Kontos „%2“ ist leer. Geben Sie %1 ein oder behalten Sie den bisherigen Wert.</translation>
    </message>
    <message>
        <source>The keychain no longer holds %1 of cloud account &quot;%2&quot;, so it cannot move with the account&apos;s new settings. Enter %1 again and save.</source>
        <translation>Der Schlüsselbund enthält %1 des Cloud-Kontos „%2“ nicht mehr, daher kann der Wert nicht mit den neuen Einstellungen des Kontos umziehen. Geben Sie %1 erneut ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Reading %1 of cloud account &quot;%2&quot; from the keychain</source>
        <translation>%1 des Cloud-Kontos „%2“ aus dem Schlüsselbund lesen</translation>
    </message>
    <message>
        <source>The keychain entry of cloud account &quot;%1&quot; could not be removed, so the account was kept: %2</source>
        <translation>Der Schlüsselbund-Eintrag des Cloud-Kontos „%1“ konnte nicht entfernt werden, daher wurde das Konto behalten: %2</translation>
    </message>
    <message>
        <source>The store of cloud accounts has no keychain.</source>
        <translation>Der Speicher der Cloud-Konten hat keinen Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain no longer holds %1 of cloud account &quot;%2&quot; (entry %3); it may have been deleted in another program. Enter %1 again in the account&apos;s settings.</source>
        <translation>Der Schlüsselbund enthält %1 des Cloud-Kontos „%2“ nicht mehr (Eintrag %3); vielleicht wurde der Eintrag in einem anderen Programm gelöscht. Geben Sie %1 in den Einstellungen des Kontos erneut ein.</translation>
    </message>
</context>
<context>
    <name>quayside::CloudHttp</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials (%2). Check the user name and the API key or password of the account.</source>
        <translation>%1 hat die Anmeldedaten nicht angenommen (%2). Prüfen Sie den Benutzernamen und den API-Schlüssel oder das Passwort des Kontos.</translation>
    </message>
    <message>
        <source>%1 does not allow this (%2). The account may lack a role, or a quota is used up.</source>
        <translation>%1 erlaubt dies nicht (%2). Dem Konto fehlt vielleicht eine Rolle, oder ein Kontingent ist erschöpft.</translation>
    </message>
    <message>
        <source>%1 has no such thing: %2</source>
        <translation>%1 kennt das nicht: %2</translation>
    </message>
    <message>
        <source>%1 refused because of a conflict: %2</source>
        <translation>%1 hat wegen eines Konflikts abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 asks Quayside to slow down (%2); it can be tried again in %3 s.</source>
        <translation>%1 bittet Quayside, langsamer zu werden (%2); ein neuer Versuch ist in %3 s möglich.</translation>
    </message>
    <message>
        <source>%1 refused the request as over a limit (%2). Check the account&apos;s quotas.</source>
        <translation>%1 hat die Anfrage als über einem Limit abgelehnt (%2). Prüfen Sie die Kontingente des Kontos.</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2): %3. Try again later; if it goes on, check the cloud&apos;s status page.</source>
        <translation>%1 ist gescheitert (HTTP %2): %3. Versuchen Sie es später erneut; wenn es anhält, sehen Sie auf der Statusseite der Cloud nach.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer within %3 s. The cloud may be slow or unreachable from here.</source>
        <translation>%1 auf %2 hat nicht innerhalb von %3 s geantwortet. Die Cloud ist vielleicht langsam oder von hier nicht erreichbar.</translation>
    </message>
    <message>
        <source>The host name of %1 (%2) cannot be resolved. Check the address and the network.</source>
        <translation>Der Hostname von %1 (%2) kann nicht aufgelöst werden. Prüfen Sie die Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>%1 at %2 refused the connection.</source>
        <translation>%1 auf %2 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The secure connection to %1 at %2 failed: %3. Its certificate is not trusted by this system.</source>
        <translation>Die sichere Verbindung zu %1 auf %2 ist fehlgeschlagen: %3. Dieses System vertraut seinem Zertifikat nicht.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to %1 at %2 failed: %3</source>
        <translation>Die Verbindung zu %1 auf %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>No network access for %1.</source>
        <translation>Kein Netzwerkzugang für %1.</translation>
    </message>
</context>
<context>
    <name>quayside::CloudResourcesPage</name>
    <message>
        <source>Sign in on the previous page first.</source>
        <translation>Melden Sie sich zuerst auf der vorigen Seite an.</translation>
    </message>
    <message>
        <source>Reading the cloud&apos;s regions...</source>
        <translation>Regionen der Cloud werden gelesen...</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog lists no compute service (Nova) for this account, so Quayside cannot make servers there. Check the project.</source>
        <translation>Der Katalog der Cloud nennt für dieses Konto keinen Compute-Dienst (Nova), also kann Quayside dort keine Server anlegen. Prüfen Sie das Projekt.</translation>
    </message>
    <message>
        <source>(unnamed region)</source>
        <translation>(Region ohne Namen)</translation>
    </message>
    <message>
        <source>Reading the flavors and images of region %1...</source>
        <translation>Flavors und Images der Region %1 werden gelesen...</translation>
    </message>
    <message>
        <source>The cloud offers no Debian or Ubuntu LTS image here: choose the base image yourself. Quayside&apos;s recipes need Debian or Ubuntu.</source>
        <translation>Die Cloud bietet hier kein Debian- oder Ubuntu-LTS-Image an: wählen Sie das Basis-Image selbst. Die Rezepte von Quayside brauchen Debian oder Ubuntu.</translation>
    </message>
    <message>
        <source>Quayside could not read what the cloud offers: %1 Press Reload to try again.</source>
        <translation>Quayside konnte nicht lesen, was die Cloud anbietet: %1 Drücken Sie „Neu laden“, um es erneut zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vCPU(s), %2 memory, %3 GB disk</source>
        <translation>
            <numerusform>%1: %n vCPU, %2 Speicher, %3 GB Festplatte</numerusform>
            <numerusform>%1: %n vCPUs, %2 Speicher, %3 GB Festplatte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no disk of its own: cannot be snapshotted)</source>
        <translation>%1 (keine eigene Festplatte: kein Snapshot möglich)</translation>
    </message>
</context>
<context>
    <name>quayside::CredentialsPage</name>
    <message>
        <source>US accounts (and those of Hong Kong and Sydney) sign in at the first, London accounts at the second.</source>
        <translation>US-Konten (und die aus Hongkong und Sydney) melden sich beim ersten an, Londoner Konten beim zweiten.</translation>
    </message>
    <message>
        <source>Your Rackspace user name and API key. Quayside signs in to check them, then keeps the key in your system keychain.</source>
        <translation>Ihr Rackspace-Benutzername und API-Schlüssel. Quayside meldet sich zur Prüfung an und bewahrt den Schlüssel dann im Schlüsselbund Ihres Systems auf.</translation>
    </message>
    <message>
        <source>Where the cloud&apos;s identity service (Keystone) is, and who you are there. Quayside signs in to check them, then keeps the secret in your system keychain.</source>
        <translation>Wo der Identitätsdienst (Keystone) der Cloud ist und wer Sie dort sind. Quayside meldet sich zur Prüfung an und bewahrt das Geheimnis dann im Schlüsselbund Ihres Systems auf.</translation>
    </message>
    <message>
        <source>The sandbox on this computer. Its password stays in the sandbox&apos;s own folder.</source>
        <translation>Die Sandbox auf diesem Computer. Ihr Passwort bleibt im eigenen Ordner der Sandbox.</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (Projekt %2)</translation>
    </message>
    <message>
        <source>Rackspace</source>
        <translation>Rackspace</translation>
    </message>
    <message>
        <source>OpenStack</source>
        <translation>OpenStack</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Se&amp;cret:</source>
        <translation>Ge&amp;heimnis:</translation>
    </message>
    <message>
        <source>only with a credential name instead of an ID</source>
        <translation>nur bei einem Credential-Namen statt einer ID</translation>
    </message>
    <message>
        <source>Signing in to the sandbox...</source>
        <translation>Anmeldung bei der Sandbox...</translation>
    </message>
    <message>
        <source>Signed in to the sandbox as %1.</source>
        <translation>Bei der Sandbox als %1 angemeldet.</translation>
    </message>
    <message>
        <source>Signing in to %1...</source>
        <translation>Anmeldung bei %1...</translation>
    </message>
    <message>
        <source>Saving the account in the keychain...</source>
        <translation>Das Konto wird im Schlüsselbund gespeichert...</translation>
    </message>
    <message>
        <source>Signed in, but the account could not be saved: %1</source>
        <translation>Angemeldet, aber das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Signed in as %1. The account &quot;%2&quot; is saved, its %3 in the keychain.</source>
        <translation>Als %1 angemeldet. Das Konto „%2“ ist gespeichert, sein %3 im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The sandbox does not answer at %1: start it with the command quayside-sandbox and try again. (%2)</source>
        <translation>Die Sandbox antwortet nicht unter %1: starten Sie sie mit dem Befehl quayside-sandbox und versuchen Sie es erneut. (%2)</translation>
    </message>
    <message>
        <source>The address is wrong or unreachable: Quayside cannot reach the identity service at %1. Check the address and this computer&apos;s network. (%2)</source>
        <translation>Die Adresse ist falsch oder nicht erreichbar: Quayside erreicht den Identitätsdienst unter %1 nicht. Prüfen Sie die Adresse und das Netzwerk dieses Computers. (%2)</translation>
    </message>
    <message>
        <source>The address is wrong: %1 does not answer like an OpenStack identity service (Keystone). Such addresses usually end in /v3 (or /v2.0 on old clouds). (%2)</source>
        <translation>Die Adresse ist falsch: %1 antwortet nicht wie ein OpenStack-Identitätsdienst (Keystone). Solche Adressen enden meist auf /v3 (oder /v2.0 bei alten Clouds). (%2)</translation>
    </message>
    <message>
        <source>The project was refused: the identity service accepted the user but does not let it use the project &quot;%1&quot;. Check the project and that the user has a role in it. (%2)</source>
        <translation>Das Projekt wurde abgelehnt: der Identitätsdienst hat den Benutzer angenommen, lässt ihn aber das Projekt „%1“ nicht nutzen. Prüfen Sie das Projekt und ob der Benutzer darin eine Rolle hat. (%2)</translation>
    </message>
    <message>
        <source>The user name or the API key is wrong: Rackspace did not accept them. Copy the API key again from the Cloud Control Panel.</source>
        <translation>Der Benutzername oder der API-Schlüssel ist falsch: Rackspace hat sie nicht angenommen. Kopieren Sie den API-Schlüssel erneut aus dem Cloud Control Panel.</translation>
    </message>
    <message>
        <source>The application credential or its secret is wrong: the identity service did not accept them. Check that the credential still exists and has not expired.</source>
        <translation>Das Application Credential oder sein Geheimnis ist falsch: der Identitätsdienst hat sie nicht angenommen. Prüfen Sie, ob es das Credential noch gibt und ob es nicht abgelaufen ist.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong: the identity service did not accept them. Check them, and the user&apos;s domain (%1).</source>
        <translation>Der Benutzername oder das Passwort ist falsch: der Identitätsdienst hat sie nicht angenommen. Prüfen Sie sie und die Domäne des Benutzers (%1).</translation>
    </message>
    <message>
        <source>Checking whether the user or the project was refused...</source>
        <translation>Es wird geprüft, ob der Benutzer oder das Projekt abgelehnt wurde...</translation>
    </message>
    <message>
        <source>The project is wrong: the user name and password are right, but the project &quot;%1&quot; (domain %2) does not exist or the user has no role in it.</source>
        <translation>Das Projekt ist falsch: Benutzername und Passwort stimmen, aber das Projekt „%1“ (Domäne %2) gibt es nicht, oder der Benutzer hat darin keine Rolle.</translation>
    </message>
    <message>
        <source>Import a clouds.yaml or openrc file</source>
        <translation>Eine clouds.yaml- oder openrc-Datei importieren</translation>
    </message>
    <message>
        <source>OpenStack credentials (clouds.yaml clouds.yml *.yaml *.yml *openrc* *.sh);;All files (*)</source>
        <translation>OpenStack-Zugangsdaten (clouds.yaml clouds.yml *.yaml *.yml *openrc* *.sh);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file holds no secret: type it in.</source>
        <translation>Die Datei enthält kein Geheimnis: geben Sie es ein.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;. Press Next to sign in.</source>
        <translation>„%1“ importiert. Drücken Sie „Weiter“, um sich anzumelden.</translation>
    </message>
</context>
<context>
    <name>quayside::DeployDialog</name>
    <message>
        <source>Check it before you trust it. On the server, `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` prints the fingerprint of its ed25519 key (use the .pub file of the key type the server offers); a cloud server&apos;s console log shows the same fingerprints after its first boot. If they differ, do not trust it: something else answers at this address.</source>
        <translation>Prüfen Sie ihn, bevor Sie ihm vertrauen. Auf dem Server gibt `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` den Fingerabdruck seines ed25519-Schlüssels aus (nehmen Sie die .pub-Datei des Schlüsseltyps, den der Server anbietet); das Konsolenprotokoll eines Cloud-Servers zeigt dieselben Fingerabdrücke nach dem ersten Start. Weichen sie ab, vertrauen Sie ihm nicht: Unter dieser Adresse antwortet etwas anderes.</translation>
    </message>
    <message>
        <source>There is no balancer to deploy yet: edit one in Fleet &gt; Load Balancer and save it.</source>
        <translation>Es gibt noch keinen Load Balancer zum Verteilen: Bearbeiten Sie einen unter Flotte &gt; Load Balancer und speichern Sie ihn.</translation>
    </message>
    <message>
        <source>%1 (1 server)</source>
        <translation>%1 (1 Server)</translation>
    </message>
    <message>
        <source>%1 (%2 servers)</source>
        <translation>%1 (%2 Server)</translation>
    </message>
    <message>
        <source>Deploys the load balancer with the pools %1.</source>
        <translation>Verteilt den Load Balancer mit den Pools %1.</translation>
    </message>
    <message>
        <source>You can still connect, compare the versions kept on the balancer and roll back.</source>
        <translation>Sie können sich trotzdem verbinden, die auf dem Load Balancer aufbewahrten Versionen vergleichen und zurückrollen.</translation>
    </message>
    <message>
        <source>Choose the Private Key</source>
        <translation>Privaten Schlüssel wählen</translation>
    </message>
    <message>
        <source>Enter the balancer&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Load Balancers ein.</translation>
    </message>
    <message>
        <source>Enter the user to log in as (root, or a user with sudo).</source>
        <translation>Geben Sie den Benutzer für die Anmeldung ein (root oder einen Benutzer mit sudo).</translation>
    </message>
    <message>
        <source>Choose the private key file to log in with.</source>
        <translation>Wählen Sie die Datei mit dem privaten Schlüssel für die Anmeldung.</translation>
    </message>
    <message>
        <source>Check the Advanced settings: %1</source>
        <translation>Prüfen Sie die erweiterten Einstellungen: %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Reading the private key %1…</source>
        <translation>Lese den privaten Schlüssel %1…</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source>Not logged in yet: the private key needs its passphrase.</source>
        <translation>Noch nicht angemeldet: Der private Schlüssel braucht seine Passphrase.</translation>
    </message>
    <message>
        <source>Opening the private key %1…</source>
        <translation>Öffne den privaten Schlüssel %1…</translation>
    </message>
    <message>
        <source>That passphrase does not open %1. Enter it again.</source>
        <translation>Diese Passphrase öffnet %1 nicht. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Logged in to %1</source>
        <translation>Angemeldet bei %1</translation>
    </message>
    <message>
        <source>Connected. Versions kept on the balancer: %1.</source>
        <translation>Verbunden. Auf dem Load Balancer aufbewahrte Versionen: %1.</translation>
    </message>
    <message>
        <source>WARNING: the server&apos;s host key has changed, so Quayside refused to log in.</source>
        <translation>WARNUNG: Der Host-Schlüssel des Servers hat sich geändert, daher hat Quayside die Anmeldung verweigert.</translation>
    </message>
    <message>
        <source>%1 presented a host key that Quayside has not seen before. Its fingerprint is:</source>
        <translation>%1 hat einen Host-Schlüssel vorgelegt, den Quayside noch nicht kennt. Sein Fingerabdruck ist:</translation>
    </message>
    <message>
        <source>Not logged in yet: check the server&apos;s host key first.</source>
        <translation>Noch nicht angemeldet: Prüfen Sie zuerst den Host-Schlüssel des Servers.</translation>
    </message>
    <message>
        <source>Unknown host key %1: waiting for you to check it</source>
        <translation>Unbekannter Host-Schlüssel %1: wartet auf Ihre Prüfung</translation>
    </message>
    <message>
        <source>Trusting exactly the host key %1, as you confirmed</source>
        <translation>Vertraue genau dem Host-Schlüssel %1, wie Sie bestätigt haben</translation>
    </message>
    <message>
        <source>Not connected: the host key was not trusted.</source>
        <translation>Nicht verbunden: Dem Host-Schlüssel wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>Not connected: the private key stays locked.</source>
        <translation>Nicht verbunden: Der private Schlüssel bleibt gesperrt.</translation>
    </message>
    <message>
        <source>Deploying the load balancer to %1</source>
        <translation>Verteile den Load Balancer auf %1</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Put the version before version %1 back in service? It is checked like any deployment and kept as a new version; no version is deleted.</source>
        <translation>Die Version vor Version %1 wieder in Betrieb nehmen? Sie wird wie jede Verteilung geprüft und als neue Version aufbewahrt; keine Version wird gelöscht.</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>&amp;Zurückrollen</translation>
    </message>
    <message>
        <source>Rolling back to the previous version</source>
        <translation>Rolle auf die vorherige Version zurück</translation>
    </message>
    <message>
        <source>Restore Version %1</source>
        <translation>Version %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Put the files of version %1 back in service? They are checked like any deployment and kept as a new version.</source>
        <translation>Die Dateien von Version %1 wieder in Betrieb nehmen? Sie werden wie jede Verteilung geprüft und als neue Version aufbewahrt.</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>Wie&amp;derherstellen</translation>
    </message>
    <message>
        <source>Restoring version %1</source>
        <translation>Stelle Version %1 wieder her</translation>
    </message>
    <message>
        <source>Unchanged: version %1 is in service already, so nothing was reloaded.</source>
        <translation>Unverändert: Version %1 ist bereits in Betrieb, daher wurde nichts neu geladen.</translation>
    </message>
    <message>
        <source>Version %1 is in service.</source>
        <translation>Version %1 ist in Betrieb.</translation>
    </message>
    <message>
        <source>Could not list the versions: %1</source>
        <translation>Die Versionen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 (in service)</source>
        <translation>%1 (in Betrieb)</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>verteilt</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same files.</source>
        <translation>Die Versionen %1 und %2 haben dieselben Dateien.</translation>
    </message>
    <message>
        <source>From version %1 to version %2:</source>
        <translation>Von Version %1 zu Version %2:</translation>
    </message>
    <message>
        <source>Check the configuration with nginx on the balancer, keep it as a new version and put it in service</source>
        <translation>Die Konfiguration mit nginx auf dem Load Balancer prüfen, als neue Version aufbewahren und in Betrieb nehmen</translation>
    </message>
    <message>
        <source>Busy: wait for the result, or press Close (a deployment the balancer has started finishes there).</source>
        <translation>Beschäftigt: Warten Sie auf das Ergebnis oder drücken Sie Schließen (eine vom Load Balancer begonnene Verteilung wird dort zu Ende geführt).</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Deployment log</source>
        <translation>Verteilungsprotokoll</translation>
    </message>
    <message>
        <source>Differences between the selected versions</source>
        <translation>Unterschiede zwischen den ausgewählten Versionen</translation>
    </message>
    <message>
        <source>Versions on the balancer</source>
        <translation>Versionen auf dem Load Balancer</translation>
    </message>
</context>
<context>
    <name>quayside::DockerCli</name>
    <message>
        <source>%1 did not finish within %2 s: is the Docker Engine overloaded or hanging?</source>
        <translation>%1 ist nicht innerhalb von %2 s fertig geworden: Ist die Docker Engine überlastet oder hängt sie?</translation>
    </message>
    <message>
        <source>%1 could not be run (%2): install the docker command-line client (Debian package docker.io).</source>
        <translation>%1 konnte nicht ausgeführt werden (%2): Installieren Sie den docker-Kommandozeilenclient (Debian-Paket docker.io).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>docker inspect gave no container in its answer.</source>
        <translation>docker inspect hat in seiner Antwort keinen Container geliefert.</translation>
    </message>
</context>
<context>
    <name>quayside::DockerClient</name>
    <message>
        <source>The Docker Engine at %1 did not answer within %2 s. The host may be overloaded or a firewall may be dropping port %3.</source>
        <translation>Die Docker Engine auf %1 hat nicht innerhalb von %2 s geantwortet. Der Host ist vielleicht überlastet, oder eine Firewall verwirft Port %3.</translation>
    </message>
    <message>
        <source>The Docker Engine at %1 presented a certificate for other names (%2), not for %3. Re-issue the host&apos;s server certificate with every address it is reached by.</source>
        <translation>Die Docker Engine auf %1 zeigte ein Zertifikat für andere Namen (%2), nicht für %3. Stellen Sie das Serverzertifikat des Hosts mit jeder Adresse neu aus, unter der er erreicht wird.</translation>
    </message>
    <message>
        <source>Quayside refused the certificate of the Docker Engine at %1: %2. It was not issued by this fleet&apos;s certificate authority; re-run the host&apos;s Docker setup to install one that is.</source>
        <translation>Quayside hat das Zertifikat der Docker Engine auf %1 abgelehnt: %2. Es stammt nicht von der Zertifizierungsstelle dieser Flotte; führen Sie die Docker-Einrichtung des Hosts erneut aus, um eines von ihr zu installieren.</translation>
    </message>
    <message>
        <source>The Docker Engine at %1 refused Quayside&apos;s client certificate (%2). The daemon trusts another certificate authority; re-run the host&apos;s Docker setup to install this fleet&apos;s.</source>
        <translation>Die Docker Engine auf %1 hat das Client-Zertifikat von Quayside abgelehnt (%2). Der Daemon vertraut einer anderen Zertifizierungsstelle; führen Sie die Docker-Einrichtung des Hosts erneut aus, um die dieser Flotte zu installieren.</translation>
    </message>
    <message>
        <source>The TLS handshake with the Docker Engine at %1 failed: %2</source>
        <translation>Der TLS-Handshake mit der Docker Engine auf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: is the Docker daemon running and listening there with TLS?</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt: Läuft der Docker-Daemon und lauscht er dort mit TLS?</translation>
    </message>
    <message>
        <source>The host name of %1 (%2) cannot be resolved.</source>
        <translation>Der Hostname von %1 (%2) kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The request to the Docker Engine at %1 was cancelled.</source>
        <translation>Die Anfrage an die Docker Engine auf %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to the Docker Engine at %1 failed: %2</source>
        <translation>Die Verbindung zur Docker Engine auf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The Docker Engine at %1 speaks only TLS: use an https:// address.</source>
        <translation>Die Docker Engine auf %1 spricht nur TLS: Verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <source>The Docker Engine at %1 refused the request: %2</source>
        <translation>Die Docker Engine auf %1 hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <source>The Docker Engine at %1 failed (HTTP %2): %3</source>
        <translation>Die Docker Engine auf %1 ist gescheitert (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The stream from %1 was cancelled.</source>
        <translation>Der Datenstrom von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No network access for %1.</source>
        <translation>Kein Netzwerkzugang für %1.</translation>
    </message>
    <message>
        <source>%1 answered the ping with something other than a Docker Engine&apos;s &quot;OK&quot;.</source>
        <translation>%1 hat den Ping nicht mit dem „OK“ einer Docker Engine beantwortet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a container: use letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;.</source>
        <translation>„%1“ kann keinen Container benennen: Verwenden Sie Buchstaben, Ziffern, „_“, „.“ und „-“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name an image: use a lowercase repository name with an optional :tag, as in &quot;quayside/tomcat:10.1&quot;.</source>
        <translation>„%1“ kann kein Image benennen: Verwenden Sie einen kleingeschriebenen Repository-Namen mit optionalem :Tag, etwa „quayside/tomcat:10.1“.</translation>
    </message>
    <message>
        <source>an unreadable progress line: %1</source>
        <translation>eine unlesbare Fortschrittszeile: %1</translation>
    </message>
    <message>
        <source>Building %1 on %2 failed: %3</source>
        <translation>Das Bauen von %1 auf %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The build of %1 on %2 ended without naming the image it made.</source>
        <translation>Das Bauen von %1 auf %2 endete, ohne das erstellte Image zu nennen.</translation>
    </message>
    <message>
        <source>Loading the image into %1 failed: %2</source>
        <translation>Das Laden des Images in %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Importing the image into %1 failed: %2</source>
        <translation>Das Importieren des Images in %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no image id in the reply</source>
        <translation>keine Image-Id in der Antwort</translation>
    </message>
    <message>
        <source>The log stream from %1 is damaged or cut short.</source>
        <translation>Der Log-Strom von %1 ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The log stream from %1 is damaged.</source>
        <translation>Der Log-Strom von %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>quayside::DockerEventStream</name>
    <message>
        <source>The Docker Engine at %1 closed its event stream.</source>
        <translation>Die Docker Engine auf %1 hat ihren Ereignisstrom geschlossen.</translation>
    </message>
</context>
<context>
    <name>quayside::DockerSandboxBackend</name>
    <message>
        <source>The sandbox has no host image to boot: start it with --host-image.</source>
        <translation>Die Sandbox hat kein Host-Image zum Starten: Starten Sie sie mit --host-image.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s image %1 cannot be read: %2</source>
        <translation>Das Image %1 des Snapshots kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The snapshot&apos;s image %1 has no command to boot.</source>
        <translation>Das Image %1 des Snapshots hat keinen Befehl zum Starten.</translation>
    </message>
    <message>
        <source>The server&apos;s container could not be created from the image %1: %2</source>
        <translation>Der Container des Servers konnte nicht aus dem Image %1 erstellt werden: %2</translation>
    </message>
    <message>
        <source>The personality file %1 cannot be placed: %2</source>
        <translation>Die Personality-Datei %1 kann nicht abgelegt werden: %2</translation>
    </message>
    <message>
        <source>The server&apos;s files could not be put in place: %1</source>
        <translation>Die Dateien des Servers konnten nicht abgelegt werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s container could not be started: %1</source>
        <translation>Der Container des Servers konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s container could not be inspected: %1</source>
        <translation>Der Container des Servers konnte nicht untersucht werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s container stopped while booting (exit status %1). Its last words:
%2</source>
        <translation>Der Container des Servers hat beim Starten angehalten (Exit-Status %1). Seine letzten Ausgaben:
%2</translation>
    </message>
    <message>
        <source>The server&apos;s container has no address on the network %1.</source>
        <translation>Der Container des Servers hat keine Adresse im Netzwerk %1.</translation>
    </message>
    <message>
        <source>The server&apos;s SSH service did not answer on %1 port 22 within %2 s.</source>
        <translation>Der SSH-Dienst des Servers hat auf %1 Port 22 nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s container could not be removed: %1</source>
        <translation>Der Container des Servers konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The Docker Engine has no image %1, which servers boot from: start the sandbox without --host-image to have it make its own (as root once: sudo quayside-sandbox --prepare-image), or name another with --host-image.</source>
        <translation>Die Docker Engine hat kein Image %1, von dem die Server starten: Starten Sie die Sandbox ohne --host-image, damit sie ihr eigenes erstellt (einmalig als root: sudo quayside-sandbox --prepare-image), oder nennen Sie mit --host-image ein anderes.</translation>
    </message>
</context>
<context>
    <name>quayside::DonePage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your application:&lt;/b&gt; &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;The fleet&apos;s record:&lt;/b&gt; %2&lt;br/&gt;(what was made, in the cloud and on the servers)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Its files:&lt;/b&gt; %3&lt;br/&gt;(the balancer&apos;s configuration, certificates&apos; public halves)&lt;/p&gt;&lt;p&gt;Secrets (the cloud&apos;s, the certificates&apos; keys) are in the system keychain only.&lt;/p&gt;&lt;p&gt;From a terminal: &lt;tt&gt;quaysidectl status&lt;/tt&gt;, &lt;tt&gt;quaysidectl scale --containers N&lt;/tt&gt;, &lt;tt&gt;quaysidectl down&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihre Anwendung:&lt;/b&gt; &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Das Protokoll der Flotte:&lt;/b&gt; %2&lt;br/&gt;(was in der Cloud und auf den Servern erstellt wurde)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ihre Dateien:&lt;/b&gt; %3&lt;br/&gt;(die Konfiguration des Load-Balancers, die öffentlichen Hälften der Zertifikate)&lt;/p&gt;&lt;p&gt;Geheimnisse (das der Cloud, die Schlüssel der Zertifikate) liegen nur im Schlüsselbund des Systems.&lt;/p&gt;&lt;p&gt;Im Terminal: &lt;tt&gt;quaysidectl status&lt;/tt&gt;, &lt;tt&gt;quaysidectl scale --containers N&lt;/tt&gt;, &lt;tt&gt;quaysidectl down&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No fleet is open.</source>
        <translation>Keine Flotte ist geöffnet.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export the nginx configuration</source>
        <translation>Die nginx-Konfiguration exportieren</translation>
    </message>
    <message>
        <source>Archive (*.tar.gz);;Folder (*)</source>
        <translation>Archiv (*.tar.gz);;Ordner (*)</translation>
    </message>
</context>
<context>
    <name>quayside::FirstRunWizard</name>
    <message>
        <source>Quayside Setup</source>
        <translation>Quayside einrichten</translation>
    </message>
    <message>
        <source>Re&amp;move what was created…</source>
        <translation>Erstelltes ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Start building</source>
        <translation>&amp;Aufbau beginnen</translation>
    </message>
    <message>
        <source>Remove what was created</source>
        <translation>Erstelltes entfernen</translation>
    </message>
    <message>
        <source>Delete every server, the snapshot and the key pair that this setup created in the cloud, and its record? Tomcat, nginx and everything on those servers go with them. This cannot be undone.</source>
        <translation>Jeden Server, den Snapshot und das Schlüsselpaar löschen, die diese Einrichtung in der Cloud erstellt hat, samt ihrem Protokoll? Tomcat, nginx und alles auf diesen Servern verschwindet mit ihnen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Removing what was created…</source>
        <translation>Erstelltes wird entfernt…</translation>
    </message>
    <message>
        <source>Not everything could be removed: %1
What is gone is no longer listed; try again to remove the rest.</source>
        <translation>Nicht alles konnte entfernt werden: %1
Was gelöscht ist, wird nicht mehr aufgeführt; versuchen Sie es erneut, um den Rest zu entfernen.</translation>
    </message>
    <message>
        <source>Everything the setup had created was removed from the cloud.</source>
        <translation>Alles, was die Einrichtung erstellt hatte, wurde aus der Cloud entfernt.</translation>
    </message>
    <message>
        <source>Close &amp;now</source>
        <translation>&amp;Jetzt schließen</translation>
    </message>
    <message>
        <source>Stopping after the step under way; the setup resumes where it stopped when you open it again…</source>
        <translation>Halt nach dem laufenden Schritt; die Einrichtung geht beim nächsten Öffnen dort weiter, wo sie anhielt…</translation>
    </message>
</context>
<context>
    <name>quayside::FleetPki</name>
    <message>
        <source>%1 of fleet %2: %3</source>
        <translation>%1 der Flotte %2: %3</translation>
    </message>
    <message>
        <source>No secret store was given to fleet %1.</source>
        <translation>Der Flotte %1 wurde kein Geheimnisspeicher gegeben.</translation>
    </message>
    <message>
        <source>Reading the certificate authority</source>
        <translation>Lesen der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Fleet %1 has certificates in %2, but the keychain no longer holds its authority&apos;s key. Restore the keychain from a backup; making a new authority would cut Quayside off from every host of the fleet until each is set up again.</source>
        <translation>Die Flotte %1 hat Zertifikate in %2, aber der Schlüsselbund enthält den Schlüssel ihrer Zertifizierungsstelle nicht mehr. Stellen Sie den Schlüsselbund aus einer Sicherung wieder her; eine neue Zertifizierungsstelle würde Quayside von jedem Host der Flotte trennen, bis jeder neu eingerichtet ist.</translation>
    </message>
    <message>
        <source>The keychain entry %1 is damaged. Restore it from a backup.</source>
        <translation>Der Schlüsselbund-Eintrag %1 ist beschädigt. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Keeping the new certificate authority</source>
        <translation>Speichern der neuen Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Reading Quayside&apos;s client certificate</source>
        <translation>Lesen des Client-Zertifikats von Quayside</translation>
    </message>
    <message>
        <source>Keeping Quayside&apos;s client certificate</source>
        <translation>Speichern des Client-Zertifikats von Quayside</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The certificates of fleet %1 are not open yet.</source>
        <translation>Die Zertifikate der Flotte %1 sind noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>Keeping the certificate of %1</source>
        <translation>Speichern des Zertifikats von %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>„%1“ ist kein Hostname.</translation>
    </message>
    <message>
        <source>No certificate was issued to %1 in fleet %2.</source>
        <translation>Für %1 wurde in der Flotte %2 kein Zertifikat ausgestellt.</translation>
    </message>
    <message>
        <source>Reading the certificate of %1</source>
        <translation>Lesen des Zertifikats von %1</translation>
    </message>
    <message>
        <source>The kept certificate of %1 is unusable (%2); issue a new one.</source>
        <translation>Das gespeicherte Zertifikat von %1 ist unbrauchbar (%2); stellen Sie ein neues aus.</translation>
    </message>
    <message>
        <source>damaged entry</source>
        <translation>beschädigter Eintrag</translation>
    </message>
    <message>
        <source>Removing the certificate of %1</source>
        <translation>Entfernen des Zertifikats von %1</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 is not a Docker Engine address of this fleet (https://host:port).</source>
        <translation>%1 ist keine Docker-Engine-Adresse dieser Flotte (https://host:port).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
</context>
<context>
    <name>quayside::FleetPlan</name>
    <message>
        <source>SSH key pair</source>
        <translation>SSH-Schlüsselpaar</translation>
    </message>
    <message>
        <source>First Docker host</source>
        <translation>Erster Docker-Host</translation>
    </message>
    <message>
        <source>Snapshot of the first Docker host</source>
        <translation>Snapshot des ersten Docker-Hosts</translation>
    </message>
    <message>
        <source>nginx host</source>
        <translation>nginx-Host</translation>
    </message>
    <message>
        <source>nginx on its host</source>
        <translation>nginx auf seinem Host</translation>
    </message>
    <message>
        <source>More Docker hosts from the snapshot</source>
        <translation>Weitere Docker-Hosts aus dem Snapshot</translation>
    </message>
    <message>
        <source>Tomcat containers</source>
        <translation>Tomcat-Container</translation>
    </message>
    <message>
        <source>nginx backends</source>
        <translation>nginx-Backends</translation>
    </message>
    <message>
        <source>Final check through nginx</source>
        <translation>Abschlussprüfung über nginx</translation>
    </message>
    <message>
        <source>%1: finished before, skipped.</source>
        <translation>%1: bereits zuvor fertig, übersprungen.</translation>
    </message>
    <message>
        <source>not wired into the plan yet</source>
        <translation>noch nicht in den Plan eingebunden</translation>
    </message>
    <message>
        <source>No SSH public key was given for the fleet&apos;s key pair.</source>
        <translation>Für das Schlüsselpaar der Flotte wurde kein öffentlicher SSH-Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>Imported the key pair %1 (%2).</source>
        <translation>Schlüsselpaar %1 importiert (%2).</translation>
    </message>
    <message>
        <source>The key pair %1 is there already.</source>
        <translation>Das Schlüsselpaar %1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The cloud has a key pair named %1 with another key. Remove it or choose another fleet name.</source>
        <translation>Die Cloud hat ein Schlüsselpaar namens %1 mit einem anderen Schlüssel. Entfernen Sie es oder wählen Sie einen anderen Flottennamen.</translation>
    </message>
    <message>
        <source>it is gone from the cloud</source>
        <translation>er ist aus der Cloud verschwunden</translation>
    </message>
    <message>
        <source>it ended in ERROR</source>
        <translation>er endete in ERROR</translation>
    </message>
    <message>
        <source>Found server %1 (%2), created before the interruption.</source>
        <translation>Server %1 (%2) gefunden, vor der Unterbrechung angelegt.</translation>
    </message>
    <message>
        <source>Creating server %1.</source>
        <translation>Server %1 wird angelegt.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 Running up again deletes it and makes a new one.</source>
        <translation>%1 Ein erneutes up löscht ihn und legt einen neuen an.</translation>
    </message>
    <message>
        <source>Server %1 is active at %2.</source>
        <translation>Server %1 ist aktiv unter %2.</translation>
    </message>
    <message>
        <source>Server %1 (%2) is of no use (%3); deleting it and making a new one.</source>
        <translation>Server %1 (%2) ist unbrauchbar (%3); er wird gelöscht und neu angelegt.</translation>
    </message>
    <message>
        <source>The first Docker host is missing from the fleet record.</source>
        <translation>Der erste Docker-Host fehlt in der Flottendatei.</translation>
    </message>
    <message>
        <source>Found the snapshot %1 (%2), requested before the interruption.</source>
        <translation>Snapshot %1 (%2) gefunden, vor der Unterbrechung angefordert.</translation>
    </message>
    <message>
        <source>Saving the snapshot %1.</source>
        <translation>Snapshot %1 wird gespeichert.</translation>
    </message>
    <message>
        <source>The snapshot %1 is saved.</source>
        <translation>Der Snapshot %1 ist gespeichert.</translation>
    </message>
    <message>
        <source>The snapshot is missing from the fleet record.</source>
        <translation>Der Snapshot fehlt in der Flottendatei.</translation>
    </message>
    <message>
        <source>Removed the fleet record %1.</source>
        <translation>Flottendatei %1 entfernt.</translation>
    </message>
    <message>
        <source>Deleted server %1.</source>
        <translation>Server %1 gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the snapshot %1.</source>
        <translation>Snapshot %1 gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the key pair %1.</source>
        <translation>Schlüsselpaar %1 gelöscht.</translation>
    </message>
    <message>
        <source>Cancelling: the step under way ends first.</source>
        <translation>Abbruch: Der laufende Schritt wird zuerst beendet.</translation>
    </message>
    <message>
        <source>Cancelled. What was made so far is in the fleet record; running the plan again goes on from there.</source>
        <translation>Abgebrochen. Was bisher erstellt wurde, steht im Flottendatei; ein erneuter Lauf des Plans macht dort weiter.</translation>
    </message>
    <message>
        <source>The fleet&apos;s plan is running: cancel it before removing what it made.</source>
        <translation>Der Plan der Flotte läuft: Brechen Sie ihn ab, bevor Sie entfernen, was er erstellt hat.</translation>
    </message>
    <message>
        <source>Docker on the first host</source>
        <translation>Docker auf dem ersten Host</translation>
    </message>
    <message>
        <source>Tomcat image on the first Docker host</source>
        <translation>Tomcat-Image auf dem ersten Docker-Host</translation>
    </message>
</context>
<context>
    <name>quayside::FleetProvisioner</name>
    <message>
        <source>(not named)</source>
        <translation>(nicht benannt)</translation>
    </message>
    <message>
        <source>nginx sent none of %1 requests to %2.</source>
        <translation>nginx schickte keine der %1 Anfragen an %2.</translation>
    </message>
    <message>
        <source>The server %1 has no address in the fleet record.</source>
        <translation>Der Server %1 hat im Flottenprotokoll keine Adresse.</translation>
    </message>
    <message>
        <source>Reading the console of %1 for its SSH host key.</source>
        <translation>Die Konsole von %1 wird nach ihrem SSH-Host-Schlüssel gelesen.</translation>
    </message>
    <message>
        <source>The server %1 left the fleet record.</source>
        <translation>Der Server %1 ist nicht mehr im Flottenprotokoll.</translation>
    </message>
    <message>
        <source>The cloud connection is gone.</source>
        <translation>Die Verbindung zur Cloud besteht nicht mehr.</translation>
    </message>
    <message>
        <source>The console of %1 shows no SSH host key fingerprints after %2 s, so Quayside cannot tell its real key from an impostor&apos;s. Check that the image runs cloud-init, then run up again.</source>
        <translation>Die Konsole von %1 zeigt nach %2 s keine Fingerabdrücke von SSH-Host-Schlüsseln, daher kann Quayside den echten Schlüssel nicht von dem eines Betrügers unterscheiden. Prüfen Sie, ob das Image cloud-init ausführt, und führen Sie up erneut aus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Trusted the SSH host key of %1 (%2): the cloud&apos;s console shows the same key.</source>
        <translation>Dem SSH-Host-Schlüssel von %1 (%2) wird vertraut: Die Konsole der Cloud zeigt denselben Schlüssel.</translation>
    </message>
    <message>
        <source>%1:   in place already</source>
        <translation>%1:   bereits vorhanden</translation>
    </message>
    <message>
        <source>%1:   done in %2 s</source>
        <translation>%1:   erledigt in %2 s</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 auf %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The fleet&apos;s certificate authority is not open.</source>
        <translation>Die Zertifizierungsstelle der Flotte ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1: the Tomcat image&apos;s base %2 from %3</source>
        <translation>%1: die Basis des Tomcat-Images %2 aus %3</translation>
    </message>
    <message>
        <source>%1 could not import the base image %2 from %3: %4</source>
        <translation>%1 konnte das Basis-Image %2 nicht aus %3 importieren: %4</translation>
    </message>
    <message>
        <source>Setting up %1 in parallel.</source>
        <translation>%1 wird parallel eingerichtet.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>%1: starting %2 on port %3</source>
        <translation>%1: %2 wird auf Port %3 gestartet</translation>
    </message>
    <message>
        <source>nginx serves these backends already (version %1).</source>
        <translation>nginx bedient diese Backends bereits (Version %1).</translation>
    </message>
    <message>
        <source>nginx serves %1 backends as version %2.</source>
        <translation>nginx bedient %1 Backends als Version %2.</translation>
    </message>
    <message>
        <source>%1: removing container %2, which nginx no longer uses</source>
        <translation>%1: Container %2 wird entfernt, nginx nutzt ihn nicht mehr</translation>
    </message>
    <message>
        <source>The nginx host has no address in the fleet record.</source>
        <translation>Der nginx-Host hat im Flottenprotokoll keine Adresse.</translation>
    </message>
    <message>
        <source>Waiting until each of the %1 containers answers through %2.</source>
        <translation>Warten, bis jeder der %1 Container über %2 antwortet.</translation>
    </message>
    <message>
        <source>%1 served %2</source>
        <translation>%1 bediente %2</translation>
    </message>
    <message>
        <source>These containers did not serve Tomcat&apos;s page within %1 s (asked directly, then through nginx at %2): %3.</source>
        <translation>Diese Container lieferten nicht innerhalb von %1 s die Tomcat-Seite (direkt, dann über nginx unter %2 gefragt): %3.</translation>
    </message>
    <message>
        <source>Only %1 of %2 requests through %3 got the page.</source>
        <translation>Nur %1 von %2 Anfragen über %3 erhielten die Seite.</translation>
    </message>
    <message>
        <source>%1 of %2 requests through %3 got the page: %4.</source>
        <translation>%1 von %2 Anfragen über %3 erhielten die Seite: %4.</translation>
    </message>
</context>
<context>
    <name>quayside::FleetRunView</name>
    <message>
        <source>Not started yet.</source>
        <translation>Noch nicht gestartet.</translation>
    </message>
    <message>
        <source>%1: done in %2 s</source>
        <translation>%1: fertig in %2 s</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>Fertig in %1 s</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Alle Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>Done through &quot;%1&quot;.</source>
        <translation>Erledigt bis einschließlich „%1“.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Done before</source>
        <translation>Bereits zuvor erledigt</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Stopping after the step under way…</source>
        <translation>Wird nach dem laufenden Schritt angehalten…</translation>
    </message>
    <message>
        <source>Working on: %1…</source>
        <translation>In Arbeit: %1…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopped. What was made is kept in the fleet record; Retry goes on from where it stopped.</source>
        <translation>Angehalten. Was erstellt wurde, bleibt im Flottendatei verzeichnet; Wiederholen macht dort weiter, wo angehalten wurde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed. Retry runs it again; what was made is kept.</source>
        <translation>„%1“ ist fehlgeschlagen. Wiederholen führt den Schritt erneut aus; was erstellt wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1
Retry runs the failed step again; what was made is kept.</source>
        <translation>%1
Wiederholen führt den fehlgeschlagenen Schritt erneut aus; was erstellt wurde, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>quayside::FleetSession</name>
    <message>
        <source>There are no sandbox credentials in %1. Start the sandbox (quayside-sandbox) first.</source>
        <translation>In %1 gibt es keine Zugangsdaten der Sandbox. Starten Sie zuerst die Sandbox (quayside-sandbox).</translation>
    </message>
    <message>
        <source>The sandbox&apos;s identity URL %1 is not usable: it must be http on this machine or https.</source>
        <translation>Die Identitäts-URL %1 der Sandbox ist nicht verwendbar: Sie muss http auf diesem Rechner oder https sein.</translation>
    </message>
    <message>
        <source>The fleet&apos;s plan is running already.</source>
        <translation>Der Plan der Flotte läuft bereits.</translation>
    </message>
    <message>
        <source>The fleet is not open yet.</source>
        <translation>Die Flotte ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read %1 %2: %3</source>
        <translation>Lesen fehlgeschlagen für %1 %2: %3</translation>
    </message>
    <message>
        <source>The WAR file %1 is %2 MiB; Quayside builds images with WARs of up to %3 MiB.</source>
        <translation>Die WAR-Datei %1 ist %2 MiB groß; Quayside baut Images mit WAR-Dateien von höchstens %3 MiB.</translation>
    </message>
    <message>
        <source>the WAR file</source>
        <translation>die WAR-Datei</translation>
    </message>
    <message>
        <source>%1 is not a WAR file: a WAR is a zip archive, and this file is none. Choose the .war file your build made.</source>
        <translation>%1 ist keine WAR-Datei: Eine WAR-Datei ist ein ZIP-Archiv, und diese Datei ist keines. Wählen Sie die .war-Datei, die Ihr Build erzeugt hat.</translation>
    </message>
    <message>
        <source>The Dockerfile has no FROM line, so Docker cannot build an image from it. Start from the built-in Dockerfile.</source>
        <translation>Das Dockerfile hat keine FROM-Zeile, daher kann Docker daraus kein Image bauen. Gehen Sie vom eingebauten Dockerfile aus.</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>the fleet&apos;s Dockerfile</source>
        <translation>das Dockerfile der Flotte</translation>
    </message>
    <message>
        <source>There is no fleet yet to keep the Tomcat sources for: name it first.</source>
        <translation>Es gibt noch keine Flotte, für die die Tomcat-Quellen aufbewahrt werden können: Geben Sie ihr zuerst einen Namen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the fleet&apos;s Tomcat sources.</source>
        <translation>Der Ordner %1 für die Tomcat-Quellen der Flotte kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 %2 is larger than Quayside takes (%3 MiB).</source>
        <translation>%1 %2 ist größer, als Quayside annimmt (%3 MiB).</translation>
    </message>
    <message>
        <source>The Dockerfile is larger than Quayside takes (%1 KiB).</source>
        <translation>Das Dockerfile ist größer, als Quayside annimmt (%1 KiB).</translation>
    </message>
</context>
<context>
    <name>quayside::HostImageBuilder</name>
    <message>
        <source>The host image is being made already.</source>
        <translation>Das Host-Image wird bereits erstellt.</translation>
    </message>
    <message>
        <source>The Docker Engine could not be asked whether it has the host image %1: %2</source>
        <translation>Die Docker Engine konnte nicht gefragt werden, ob sie das Host-Image %1 hat: %2</translation>
    </message>
    <message>
        <source>The Docker Engine has no image %1, which the sandbox&apos;s servers boot from, and making it</source>
        <translation>Die Docker Engine hat kein Image %1, von dem die Server der Sandbox starten, und es zu erstellen</translation>
    </message>
    <message>
        <source>%1 needs root (debootstrap makes it from Debian&apos;s packages): run `sudo quayside-sandbox --prepare-image` once, then start the sandbox as yourself; or name an image you have with --host-image.</source>
        <translation>%1 erfordert root (debootstrap erstellt es aus Debian-Paketen): Führen Sie einmal `sudo quayside-sandbox --prepare-image` aus und starten Sie die Sandbox dann als Sie selbst; oder nennen Sie mit --host-image ein vorhandenes Image.</translation>
    </message>
    <message>
        <source>%1 needs debootstrap, which is not installed (or not on PATH): install the Debian package debootstrap.</source>
        <translation>%1 erfordert debootstrap, das nicht installiert ist (oder nicht im PATH liegt): Installieren Sie das Debian-Paket debootstrap.</translation>
    </message>
    <message>
        <source>%1 needs bash, which is not on PATH.</source>
        <translation>%1 erfordert bash, das nicht im PATH liegt.</translation>
    </message>
    <message>
        <source>%1 needs a work folder in %2, which could not be made: %3. Set TMPDIR to a folder with a few GB free.</source>
        <translation>%1 erfordert einen Arbeitsordner in %2, der nicht angelegt werden konnte: %3. Setzen Sie TMPDIR auf einen Ordner mit einigen GB freiem Platz.</translation>
    </message>
    <message>
        <source>Making the host image %1 did not finish within %2 s and was stopped: is the Debian mirror slow or unreachable? Name a nearer one with --mirror. Its last words:
%3</source>
        <translation>Das Erstellen des Host-Images %1 wurde nicht innerhalb von %2 s fertig und wurde angehalten: Ist der Debian-Spiegel langsam oder nicht erreichbar? Nennen Sie mit --mirror einen näheren. Die letzten Ausgaben:
%3</translation>
    </message>
    <message>
        <source>The script that makes the host image could not be run: %1</source>
        <translation>Das Skript, das das Host-Image erstellt, konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Making the host image %1 failed (exit status %2); nothing was kept. Check that the Debian mirror answers (--mirror names another). Its last words:
%3</source>
        <translation>Das Erstellen des Host-Images %1 ist fehlgeschlagen (Exit-Status %2); nichts wurde behalten. Prüfen Sie, ob der Debian-Spiegel antwortet (--mirror nennt einen anderen). Die letzten Ausgaben:
%3</translation>
    </message>
    <message>
        <source>host image: importing it into the Docker Engine as %1</source>
        <translation>Host-Image: wird als %1 in die Docker Engine importiert</translation>
    </message>
    <message>
        <source>The host image could not be imported into the Docker Engine: %1</source>
        <translation>Das Host-Image konnte nicht in die Docker Engine importiert werden: %1</translation>
    </message>
</context>
<context>
    <name>quayside::KeychainSecretStore</name>
    <message>
        <source>The keychain holds no entry &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund enthält keinen Eintrag „%1“.</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot; (%2). Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf „%1“ verweigert (%2). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Quayside keeps passwords and keys only in a keychain: start gnome-keyring or KWallet in your desktop session and try again.</source>
        <translation>Kein System-Schlüsselbund verfügbar (%1). Quayside bewahrt Passwörter und Schlüssel nur in einem Schlüsselbund auf: Starten Sie gnome-keyring oder KWallet in Ihrer Desktop-Sitzung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain failed on &quot;%1&quot;: %2</source>
        <translation>Der Schlüsselbund ist bei „%1“ gescheitert: %2</translation>
    </message>
</context>
<context>
    <name>quayside::KeystoneClient</name>
    <message>
        <source>The account has no %1; add it and try again.</source>
        <translation>Dem Konto fehlt: %1; ergänzen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>user name or user id</source>
        <translation>Benutzername oder Benutzer-Id</translation>
    </message>
    <message>
        <source>The identity service sent a token Quayside cannot read: %1.</source>
        <translation>Der Identitätsdienst sandte ein Token, das Quayside nicht lesen kann: %1.</translation>
    </message>
    <message>
        <source>the identity service</source>
        <translation>der Identitätsdienst</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identity service address such as https://keystone.example.com:5000/v3.</source>
        <translation>„%1“ ist keine Adresse eines Identitätsdienstes wie https://keystone.example.com:5000/v3.</translation>
    </message>
    <message>
        <source>The address %1 is for Keystone %2, but the account signs in with %3. Change one of them.</source>
        <translation>Die Adresse %1 gilt für Keystone %2, aber das Konto meldet sich mit %3 an. Ändern Sie eines davon.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>password or secret</source>
        <translation>Passwort oder Geheimnis</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>project (tenant)</source>
        <translation>Projekt (Tenant)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>application credential id or name</source>
        <translation>Id oder Name der Anwendungs-Zugangsdaten</translation>
    </message>
    <message>
        <source>no &quot;access&quot; object</source>
        <translation>kein „access“-Objekt</translation>
    </message>
    <message>
        <source>no token id</source>
        <translation>keine Token-Id</translation>
    </message>
    <message>
        <source>no readable expiry</source>
        <translation>kein lesbares Ablaufdatum</translation>
    </message>
    <message>
        <source>no X-Subject-Token header</source>
        <translation>kein X-Subject-Token-Header</translation>
    </message>
    <message>
        <source>no &quot;token&quot; object</source>
        <translation>kein „token“-Objekt</translation>
    </message>
    <message>
        <source>The identity service gave a token without a project, so it opens no services. Name the project in the account.</source>
        <translation>Der Identitätsdienst gab ein Token ohne Projekt aus, das keine Dienste öffnet. Nennen Sie das Projekt im Konto.</translation>
    </message>
    <message>
        <source>This way of signing in always names a project.</source>
        <translation>Diese Art der Anmeldung nennt immer ein Projekt.</translation>
    </message>
</context>
<context>
    <name>quayside::LiveBackends</name>
    <message>
        <source>Lost the events of %1 (%2); keeping its last known backends and trying again in %3 s.</source>
        <translation>Die Ereignisse von %1 sind abgerissen (%2); seine zuletzt bekannten Backends bleiben, neuer Versuch in %3 s.</translation>
    </message>
    <message>
        <source>There is no Docker client for %1.</source>
        <translation>Für %1 gibt es keinen Docker-Client.</translation>
    </message>
    <message>
        <source>Could not list the containers of %1 (%2); keeping its last known backends.</source>
        <translation>Die Container von %1 ließen sich nicht auflisten (%2); seine zuletzt bekannten Backends bleiben.</translation>
    </message>
    <message>
        <source>Container %1 on %2 is not a backend of any pool.</source>
        <translation>Container %1 auf %2 ist kein Backend eines Pools.</translation>
    </message>
    <message>
        <source>Host %1 is no longer followed.</source>
        <translation>Host %1 wird nicht mehr verfolgt.</translation>
    </message>
    <message>
        <source>No load balancer is set to receive the live backends.</source>
        <translation>Es ist kein Load Balancer festgelegt, der die Live-Backends erhält.</translation>
    </message>
</context>
<context>
    <name>quayside::MainWindow</name>
    <message>
        <source>Ready. No fleet is open.</source>
        <translation>Bereit. Keine Flotte ist geöffnet.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>The saved load balancer cannot be deployed: %1</source>
        <translation>Der gespeicherte Load Balancer kann nicht verteilt werden: %1</translation>
    </message>
</context>
<context>
    <name>quayside::MoreHostsPage</name>
    <message>
        <source>In all: Docker hosts: %1; Tomcat containers behind nginx: %2.</source>
        <translation>Insgesamt: Docker-Hosts: %1; Tomcat-Container hinter nginx: %2.</translation>
    </message>
    <message>
        <source>Planning the fleet…</source>
        <translation>Die Flotte wird geplant…</translation>
    </message>
</context>
<context>
    <name>quayside::NginxDeployer</name>
    <message>
        <source>&quot;%1&quot; is not a plain absolute path on the balancer.</source>
        <translation>„%1“ ist kein einfacher absoluter Pfad auf dem Load Balancer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name the nginx program.</source>
        <translation>„%1“ kann nicht das nginx-Programm bezeichnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; cannot be the names of the backends and site files.</source>
        <translation>„%1“ und „%2“ können nicht die Namen der Backend- und der Site-Datei sein.</translation>
    </message>
    <message>
        <source>nginx&apos;s main configuration and %1 must be inside %2.</source>
        <translation>Die Hauptkonfiguration von nginx und %1 müssen in %2 liegen.</translation>
    </message>
    <message>
        <source>Quayside&apos;s folder %1 cannot be inside nginx&apos;s %2, nor the other way round.</source>
        <translation>Der Quayside-Ordner %1 darf nicht in %2 von nginx liegen, und umgekehrt ebenso wenig.</translation>
    </message>
    <message>
        <source>The deployment&apos;s time limits must be at least one second.</source>
        <translation>Die Zeitlimits der Bereitstellung müssen mindestens eine Sekunde betragen.</translation>
    </message>
    <message>
        <source>The connection to the balancer is closed.</source>
        <translation>Die Verbindung zum Load Balancer ist geschlossen.</translation>
    </message>
    <message>
        <source>The deployment script &quot;%1&quot; is missing from this build.</source>
        <translation>Das Bereitstellungsskript „%1“ fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The configuration found on %1 is kept as version %2.</source>
        <translation>Die auf %1 vorgefundene Konfiguration wird als Version %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 serves this configuration already: no new version, no reload.</source>
        <translation>%1 verwendet diese Konfiguration bereits: keine neue Version, kein Neuladen.</translation>
    </message>
    <message>
        <source>nginx&apos;s old workers on %1 still hold requests after %2 s.</source>
        <translation>Die alten Worker von nginx auf %1 bearbeiten nach %2 s noch Anfragen.</translation>
    </message>
    <message>
        <source>Waiting for any other deployment to %1 to finish</source>
        <translation>Warten, bis andere Bereitstellungen auf %1 abgeschlossen sind</translation>
    </message>
    <message>
        <source>Keeping the configuration found on %1 as a version</source>
        <translation>Die auf %1 vorgefundene Konfiguration wird als Version aufbewahrt</translation>
    </message>
    <message>
        <source>nginx checks the new configuration in a copy of %1</source>
        <translation>nginx prüft die neue Konfiguration in einer Kopie von %1</translation>
    </message>
    <message>
        <source>Putting version %1 in service</source>
        <translation>Version %1 wird in Betrieb genommen</translation>
    </message>
    <message>
        <source>Reloading nginx</source>
        <translation>nginx wird neu geladen</translation>
    </message>
    <message>
        <source>Waiting for nginx&apos;s old workers to finish their requests</source>
        <translation>Warten, bis die alten Worker von nginx ihre Anfragen beendet haben</translation>
    </message>
    <message>
        <source>found on the host</source>
        <translation>auf dem Host vorgefunden</translation>
    </message>
    <message>
        <source>roll back to version %1</source>
        <translation>Rückkehr zu Version %1</translation>
    </message>
    <message>
        <source>The deployment on %1 ended without naming the version in service.</source>
        <translation>Die Bereitstellung auf %1 endete, ohne die Version in Betrieb zu nennen.</translation>
    </message>
    <message>
        <source>The configuration in service is unchanged.</source>
        <translation>Die Konfiguration in Betrieb ist unverändert.</translation>
    </message>
    <message>
        <source>nginx on %1 refused the new configuration. %2
%3</source>
        <translation>nginx auf %1 hat die neue Konfiguration abgelehnt. %2
%3</translation>
    </message>
    <message>
        <source>nginx is not running on %1 (no live process has the pid in %2): start it, then try again. %3</source>
        <translation>nginx läuft nicht auf %1 (kein laufender Prozess hat die PID aus %2): starten Sie nginx und versuchen Sie es erneut. %3</translation>
    </message>
    <message>
        <source>Another deployment to %1 held the lock for more than %2 s; try again when it is finished. %3</source>
        <translation>Eine andere Bereitstellung auf %1 hielt die Sperre länger als %2 s; versuchen Sie es erneut, wenn sie fertig ist. %3</translation>
    </message>
    <message>
        <source>nginx on %1 did not load the new configuration and kept its old workers (its error log says why, for example a port already taken); the previous version is back in place. %2</source>
        <translation>nginx auf %1 hat die neue Konfiguration nicht geladen und seine alten Worker behalten (das Fehlerprotokoll nennt den Grund, zum Beispiel einen belegten Port); die vorherige Version ist wieder eingesetzt. %2</translation>
    </message>
    <message>
        <source>There is no earlier version on %1 to roll back to.</source>
        <translation>Auf %1 gibt es keine frühere Version, zu der zurückgekehrt werden kann.</translation>
    </message>
    <message>
        <source>That version does not exist on %1: list the versions to see which are kept.</source>
        <translation>Diese Version gibt es auf %1 nicht: lassen Sie die Versionen auflisten, um zu sehen, welche aufbewahrt sind.</translation>
    </message>
    <message>
        <source>Quayside could not write its versions in %1 on %2 (%3). %4</source>
        <translation>Quayside konnte seine Versionen nicht in %1 auf %2 schreiben (%3). %4</translation>
    </message>
    <message>
        <source>%1 on %2 failed at step &quot;%3&quot;: %4. %5</source>
        <translation>%1 auf %2 ist beim Schritt „%3“ gescheitert: %4. %5</translation>
    </message>
    <message>
        <source>%1 on %2 stopped with exit status %3: %4</source>
        <translation>%1 auf %2 endete mit dem Exit-Status %3: %4</translation>
    </message>
    <message>
        <source>(it printed no error)</source>
        <translation>(es wurde kein Fehler ausgegeben)</translation>
    </message>
    <message>
        <source>Deploying the balancer&apos;s configuration</source>
        <translation>Die Bereitstellung der Load-Balancer-Konfiguration</translation>
    </message>
    <message>
        <source>Uploading the new configuration to %1 failed: %2 The configuration in service is unchanged.</source>
        <translation>Das Hochladen der neuen Konfiguration nach %1 ist gescheitert: %2 Die Konfiguration in Betrieb ist unverändert.</translation>
    </message>
    <message>
        <source>Uploading the new configuration to %1</source>
        <translation>Die neue Konfiguration wird nach %1 hochgeladen</translation>
    </message>
    <message>
        <source>Rolling back the balancer&apos;s configuration</source>
        <translation>Die Rückkehr zu einer früheren Load-Balancer-Konfiguration</translation>
    </message>
    <message>
        <source>%1 on %2 was cut off: %3 The host completes or undoes the change on its own; list the versions to see which one is in service.</source>
        <translation>%1 auf %2 wurde unterbrochen: %3 Der Host schließt die Änderung selbst ab oder macht sie rückgängig; lassen Sie die Versionen auflisten, um zu sehen, welche in Betrieb ist.</translation>
    </message>
    <message>
        <source>Version %1 is in service on %2, but nginx&apos;s old workers still held requests after %3 s.</source>
        <translation>Version %1 ist auf %2 in Betrieb, aber die alten Worker von nginx bearbeiteten nach %3 s noch Anfragen.</translation>
    </message>
    <message>
        <source>Listing the balancer&apos;s versions</source>
        <translation>Das Auflisten der Versionen des Load Balancers</translation>
    </message>
    <message>
        <source>Versions are numbered from 0.</source>
        <translation>Versionen werden ab 0 gezählt.</translation>
    </message>
    <message>
        <source>Comparing two versions of the balancer&apos;s configuration</source>
        <translation>Der Vergleich zweier Versionen der Load-Balancer-Konfiguration</translation>
    </message>
    <message>
        <source>Reading a version of the balancer&apos;s configuration</source>
        <translation>Das Lesen einer Version der Load-Balancer-Konfiguration</translation>
    </message>
    <message>
        <source>%1 has no flock command, which keeps deployments from running into each other: install util-linux there. %2</source>
        <translation>%1 hat keinen flock-Befehl, der verhindert, dass sich Bereitstellungen in die Quere kommen: installieren Sie dort util-linux. %2</translation>
    </message>
</context>
<context>
    <name>quayside::NovaClient</name>
    <message>
        <source>the compute service</source>
        <translation>der Compute-Dienst</translation>
    </message>
    <message>
        <source>The cloud account is no longer open.</source>
        <translation>Das Cloud-Konto ist nicht mehr geöffnet.</translation>
    </message>
    <message>
        <source>The compute service kept sending more pages of servers (over %1); Quayside stopped reading.</source>
        <translation>Der Compute-Dienst sandte immer weitere Seiten mit Servern (über %1); Quayside hat aufgehört zu lesen.</translation>
    </message>
    <message>
        <source>the reply could not be read</source>
        <translation>die Antwort war nicht lesbar</translation>
    </message>
    <message>
        <source>Creating server %1 failed (%2), and whether the cloud made it anyway could not be checked (%3). Look at the account&apos;s server list before trying again, so that no second server is billed.</source>
        <translation>Das Anlegen von Server %1 ist fehlgeschlagen (%2), und ob die Cloud ihn trotzdem angelegt hat, ließ sich nicht prüfen (%3). Sehen Sie in die Serverliste des Kontos, bevor Sie es erneut versuchen, damit kein zweiter Server berechnet wird.</translation>
    </message>
    <message>
        <source>Creating server %1 failed %2 times; the cloud made none. Last: %3</source>
        <translation>Das Anlegen von Server %1 ist %2-mal fehlgeschlagen; die Cloud hat keinen angelegt. Zuletzt: %3</translation>
    </message>
    <message>
        <source>the cloud gave no reason</source>
        <translation>die Cloud nannte keinen Grund</translation>
    </message>
    <message>
        <source>Server %1 failed to build: %2</source>
        <translation>Server %1 konnte nicht gebaut werden: %2</translation>
    </message>
    <message>
        <source>Server %1 was deleted while it was being built.</source>
        <translation>Server %1 wurde gelöscht, während er gebaut wurde.</translation>
    </message>
    <message>
        <source>RackConnect could not set up server %1 (%2)%3. Check the RackConnect configuration of the account.</source>
        <translation>RackConnect konnte Server %1 nicht einrichten (%2)%3. Prüfen Sie die RackConnect-Konfiguration des Kontos.</translation>
    </message>
    <message>
        <source>Server %1 was not ready after %2 minutes. It may still come up; look at it in the cloud&apos;s console.</source>
        <translation>Server %1 war nach %2 Minuten nicht bereit. Er kommt vielleicht noch hoch; sehen Sie in der Konsole der Cloud nach.</translation>
    </message>
    <message>
        <source>Deleting server %1 failed: %2</source>
        <translation>Das Löschen von Server %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Server %1 was still there after %2 minutes.</source>
        <translation>Server %1 war nach %2 Minuten immer noch da.</translation>
    </message>
    <message>
        <source>The compute service accepted the snapshot %1 but did not say which image it is, and no image of that name was found.</source>
        <translation>Der Compute-Dienst hat den Snapshot %1 angenommen, aber nicht gesagt, welches Image es ist, und kein Image dieses Namens wurde gefunden.</translation>
    </message>
    <message>
        <source>The image %1 disappeared while it was being saved.</source>
        <translation>Das Image %1 verschwand, während es gespeichert wurde.</translation>
    </message>
    <message>
        <source>Saving the image %1 failed: the cloud reports it %2.</source>
        <translation>Das Speichern des Images %1 ist fehlgeschlagen: Die Cloud meldet es als %2.</translation>
    </message>
    <message>
        <source>The image %1 was not saved after %2 minutes.</source>
        <translation>Das Image %1 war nach %2 Minuten nicht gespeichert.</translation>
    </message>
    <message>
        <source>The console of server %1 cannot be read: the compute service does not know the server (%2). It may have been deleted.</source>
        <translation>Die Konsole von Server %1 kann nicht gelesen werden: Der Compute-Dienst kennt den Server nicht (%2). Möglicherweise wurde er gelöscht.</translation>
    </message>
    <message>
        <source>Server %1 has no console to read in its present state (%2). Wait until it is ACTIVE and try again.</source>
        <translation>Server %1 hat in seinem jetzigen Zustand keine lesbare Konsole (%2). Warten Sie, bis er ACTIVE ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The compute service&apos;s answer for the console of server %1 could not be read: it holds no &quot;output&quot; text.</source>
        <translation>Die Antwort des Compute-Dienstes zur Konsole von Server %1 konnte nicht gelesen werden: Sie enthält keinen „output“-Text.</translation>
    </message>
</context>
<context>
    <name>quayside::PlanPage</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Opening the fleet…</source>
        <translation>Die Flotte wird geöffnet…</translation>
    </message>
    <message>
        <source>%1
Press Next to try again.</source>
        <translation>%1
Drücken Sie „Weiter“, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>quayside::RecipeRunner</name>
    <message>
        <source>&quot;%1&quot; cannot name a variable of a provisioning script.</source>
        <translation>„%1“ kann keine Variable eines Einrichtungsskripts benennen.</translation>
    </message>
    <message>
        <source>The host went away.</source>
        <translation>Der Host ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Stopped before &quot;%1&quot;.</source>
        <translation>Vor „%1“ angehalten.</translation>
    </message>
    <message>
        <source>Stopped during &quot;%1&quot;.</source>
        <translation>Während „%1“ angehalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ran, but the host still does not pass its check.%2</source>
        <translation>„%1“ lief, aber der Host besteht seine Prüfung noch immer nicht.%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed on %2 (exit status %3).%4</source>
        <translation>„%1“ ist auf %2 fehlgeschlagen (Exit-Status %3).%4</translation>
    </message>
</context>
<context>
    <name>quayside::ResumePage</name>
    <message>
        <source>the local sandbox</source>
        <translation>der lokalen Sandbox</translation>
    </message>
    <message>
        <source>Fleet %1</source>
        <translation>Flotte %1</translation>
    </message>
    <message>
        <source>The setup of fleet %1 on %2 is complete. This is what it is made of.</source>
        <translation>Die Einrichtung der Flotte %1 auf %2 ist abgeschlossen. Daraus besteht sie.</translation>
    </message>
    <message>
        <source>Next shows its topology and nginx configuration. &quot;Remove what was created&quot; deletes it all.</source>
        <translation>„Weiter“ zeigt ihre Topologie und nginx-Konfiguration. „Erstelltes entfernen“ löscht alles.</translation>
    </message>
    <message>
        <source>Setup under way</source>
        <translation>Einrichtung im Gange</translation>
    </message>
    <message>
        <source>A setup of fleet %1 on %2 stopped before it was done. This is what it created so far; it is kept in the cloud (and costs money there) until the setup goes on or it is removed.</source>
        <translation>Eine Einrichtung der Flotte %1 auf %2 hielt an, bevor sie fertig war. Das hat sie bisher erstellt; es bleibt in der Cloud (und kostet dort Geld), bis die Einrichtung weitergeht oder es entfernt wird.</translation>
    </message>
    <message>
        <source>Next goes on from where it stopped. &quot;Remove what was created&quot; deletes the servers, the snapshot and the key pair listed here.</source>
        <translation>„Weiter“ macht dort weiter, wo sie anhielt. „Erstelltes entfernen“ löscht die hier aufgeführten Server, den Snapshot und das Schlüsselpaar.</translation>
    </message>
    <message>
        <source>SSH key pair</source>
        <translation>SSH-Schlüsselpaar</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>the cloud&apos;s</source>
        <translation>die der Cloud</translation>
    </message>
    <message>
        <source>nginx host</source>
        <translation>nginx-Host</translation>
    </message>
    <message>
        <source>Docker host</source>
        <translation>Docker-Host</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>wird gespeichert</translation>
    </message>
    <message>
        <source>Tomcat container</source>
        <translation>Tomcat-Container</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>Opening the fleet…</source>
        <translation>Die Flotte wird geöffnet…</translation>
    </message>
    <message>
        <source>create sent, not yet confirmed</source>
        <translation>Erstellung gesendet, noch nicht bestätigt</translation>
    </message>
    <message>
        <source>booting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>running, host key trusted</source>
        <translation>läuft, Hostschlüssel vertraut</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>eingerichtet</translation>
    </message>
</context>
<context>
    <name>quayside::SandboxBackend</name>
    <message>
        <source>Image %1 could not be found.</source>
        <translation>Abbild %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Image %1 is one of the sandbox&apos;s base images, which cannot be deleted.</source>
        <translation>Abbild %1 ist eines der Grundabbilder der Sandbox, die nicht gelöscht werden können.</translation>
    </message>
    <message>
        <source>Image %1 is still being saved; delete it once it is active.</source>
        <translation>Abbild %1 wird noch gespeichert; löschen Sie es, sobald es aktiv ist.</translation>
    </message>
    <message>
        <source>Keypair name &quot;%1&quot; is not allowed: use 1 to 255 letters, digits, spaces and the characters _ . @ -.</source>
        <translation>Der Schlüsselpaarname „%1“ ist nicht erlaubt: Verwenden Sie 1 bis 255 Buchstaben, Ziffern, Leerzeichen und die Zeichen _ . @ -.</translation>
    </message>
    <message>
        <source>Key pair &apos;%1&apos; already exists.</source>
        <translation>Das Schlüsselpaar „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Keypair data is invalid: %1</source>
        <translation>Die Schlüsselpaardaten sind ungültig: %1</translation>
    </message>
    <message>
        <source>A key pair could not be generated: %1</source>
        <translation>Ein Schlüsselpaar konnte nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>Keypair %1 not found.</source>
        <translation>Schlüsselpaar %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>A server needs a name of 1 to %1 characters.</source>
        <translation>Ein Server braucht einen Namen mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>Image %1 is not active.</source>
        <translation>Abbild %1 ist nicht aktiv.</translation>
    </message>
    <message>
        <source>Flavor %1 could not be found.</source>
        <translation>Flavor %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Invalid key_name provided: there is no key pair %1.</source>
        <translation>Ungültiger key_name: Es gibt kein Schlüsselpaar %1.</translation>
    </message>
    <message>
        <source>Quota exceeded for metadata items: at most %1 are allowed.</source>
        <translation>Kontingent für Metadateneinträge überschritten: höchstens %1 sind erlaubt.</translation>
    </message>
    <message>
        <source>Metadata key &quot;%1&quot;: keys need 1 to %2 characters, values at most %2.</source>
        <translation>Metadatenschlüssel „%1“: Schlüssel brauchen 1 bis %2 Zeichen, Werte höchstens %2.</translation>
    </message>
    <message>
        <source>Personality file limit exceeded: at most %1 files are allowed.</source>
        <translation>Grenze für Personality-Dateien überschritten: höchstens %1 Dateien sind erlaubt.</translation>
    </message>
    <message>
        <source>A personality file needs a path of 1 to %1 characters.</source>
        <translation>Eine Personality-Datei braucht einen Pfad mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>Personality file %1 is too long: at most %2 bytes are allowed.</source>
        <translation>Die Personality-Datei %1 ist zu lang: höchstens %2 Bytes sind erlaubt.</translation>
    </message>
    <message>
        <source>Instance %1 could not be found.</source>
        <translation>Instanz %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>A snapshot needs a name of 1 to %1 characters.</source>
        <translation>Ein Snapshot braucht einen Namen mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>Cannot &apos;createImage&apos; instance %1 while it is in status %2%3.</source>
        <translation>createImage ist für Instanz %1 im Status %2%3 nicht möglich.</translation>
    </message>
</context>
<context>
    <name>quayside::SandboxServer</name>
    <message>
        <source>Malformed request body: %1.</source>
        <translation>Fehlerhafter Anfragetext: %1.</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>ein JSON-Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>Invalid input: the body needs a &quot;%1&quot; object.</source>
        <translation>Ungültige Eingabe: Der Anfragetext braucht ein Objekt „%1“.</translation>
    </message>
    <message>
        <source>API Version String %1 is of invalid format. Must be of format MajorNum.MinorNum.</source>
        <translation>Die API-Version %1 hat ein ungültiges Format. Erwartet wird Hauptnummer.Nebennummer.</translation>
    </message>
    <message>
        <source>Version %1 is not supported by the API. Minimum is 2.1 and maximum is %2.</source>
        <translation>Version %1 wird von der API nicht unterstützt. Minimum ist 2.1, Maximum ist %2.</translation>
    </message>
    <message>
        <source>The sandbox could not listen on %1 port %2. Another program may use the port; choose another one with --port.</source>
        <translation>Die Sandbox konnte nicht auf %1 Port %2 lauschen. Vielleicht belegt ein anderes Programm den Port; wählen Sie mit --port einen anderen.</translation>
    </message>
    <message>
        <source>The resource could not be found.</source>
        <translation>Die Ressource wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The sandbox signs in by password only (auth method &quot;password&quot;).</source>
        <translation>Die Sandbox meldet nur per Passwort an (Methode „password“).</translation>
    </message>
    <message>
        <source>Expecting to find domain in user. The server could not comply with the request since it is either malformed or otherwise incorrect.</source>
        <translation>Im Benutzer wurde eine Domäne erwartet. Der Server konnte die Anfrage nicht erfüllen, da sie fehlerhaft oder anderweitig falsch ist.</translation>
    </message>
    <message>
        <source>Expecting to find id or name in user.</source>
        <translation>Im Benutzer wurde eine ID oder ein Name erwartet.</translation>
    </message>
    <message>
        <source>The request you have made requires authentication.</source>
        <translation>Die Anfrage erfordert eine Anmeldung.</translation>
    </message>
    <message>
        <source>User %1 has no access to that scope; the sandbox has one project, %2.</source>
        <translation>Benutzer %1 hat keinen Zugriff auf diesen Geltungsbereich; die Sandbox hat ein Projekt, %2.</translation>
    </message>
    <message>
        <source>Flavor %1 could not be found.</source>
        <translation>Flavor %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The image proxy API is gone from microversion 2.36; use the image service.</source>
        <translation>Die Image-Proxy-API gibt es ab Mikroversion 2.36 nicht mehr; verwenden Sie den Abbilddienst.</translation>
    </message>
    <message>
        <source>Image not found.</source>
        <translation>Abbild nicht gefunden.</translation>
    </message>
    <message>
        <source>Keypair %1 not found.</source>
        <translation>Schlüsselpaar %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute keypair: &quot;name&quot; is a required string.</source>
        <translation>Ungültige Eingabe für Feld keypair: „name“ ist eine erforderliche Zeichenkette.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute keypair: &quot;public_key&quot; must be a string.</source>
        <translation>Ungültige Eingabe für Feld keypair: „public_key“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The sandbox makes key pairs of type &quot;ssh&quot; only.</source>
        <translation>Die Sandbox erzeugt nur Schlüsselpaare vom Typ „ssh“.</translation>
    </message>
    <message>
        <source>Invalid filter &quot;name&quot;: %1.</source>
        <translation>Ungültiger Filter „name“: %1.</translation>
    </message>
    <message>
        <source>marker [%1] not found</source>
        <translation>Marker [%1] nicht gefunden</translation>
    </message>
    <message>
        <source>Invalid input for query parameters limit: it must be a whole number of at least 0.</source>
        <translation>Ungültige Eingabe für den Abfrageparameter limit: Er muss eine ganze Zahl von mindestens 0 sein.</translation>
    </message>
    <message>
        <source>Instance %1 could not be found.</source>
        <translation>Instanz %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute server: &quot;%1&quot; is a required string.</source>
        <translation>Ungültige Eingabe für Feld server: „%1“ ist eine erforderliche Zeichenkette.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute server: &quot;networks&quot; is required from microversion 2.37 (&quot;auto&quot;, &quot;none&quot; or a list).</source>
        <translation>Ungültige Eingabe für Feld server: „networks“ ist ab Mikroversion 2.37 erforderlich („auto“, „none“ oder eine Liste).</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute key_name: it must be a string.</source>
        <translation>Ungültige Eingabe für Feld key_name: Es muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute metadata: it must be an object.</source>
        <translation>Ungültige Eingabe für Feld metadata: Es muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute metadata: the value of &quot;%1&quot; must be a string.</source>
        <translation>Ungültige Eingabe für Feld metadata: Der Wert von „%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute user_data: it must be base64.</source>
        <translation>Ungültige Eingabe für Feld user_data: Es muss Base64 sein.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute user_data: at most %1 bytes (base64) are allowed.</source>
        <translation>Ungültige Eingabe für Feld user_data: höchstens %1 Bytes (Base64) sind erlaubt.</translation>
    </message>
    <message>
        <source>Personality content for %1 cannot be decoded: it must be base64.</source>
        <translation>Der Personality-Inhalt für %1 kann nicht dekodiert werden: Er muss Base64 sein.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute createImage: &quot;name&quot; is a required string.</source>
        <translation>Ungültige Eingabe für Feld createImage: „name“ ist eine erforderliche Zeichenkette.</translation>
    </message>
    <message>
        <source>No image found with ID %1</source>
        <translation>Kein Abbild mit der ID %1 gefunden</translation>
    </message>
    <message>
        <source>The sandbox does not offer the server action &quot;%1&quot;; it offers createImage and os-getConsoleOutput.</source>
        <translation>Die Sandbox bietet die Serveraktion „%1“ nicht an; sie bietet createImage und os-getConsoleOutput.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute length: give a number of lines.</source>
        <translation>Ungültige Eingabe für das Feld length: Geben Sie eine Anzahl Zeilen an.</translation>
    </message>
    <message>
        <source>Bad networks format: each network needs a &quot;uuid&quot;.</source>
        <translation>Ungültiges Format von networks: Jedes Netzwerk braucht eine „uuid“.</translation>
    </message>
</context>
<context>
    <name>quayside::SecretStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid keychain entry name: it must start with &quot;quayside/&quot; and use printable ASCII without spaces.</source>
        <translation>„%1“ ist kein gültiger Name für einen Schlüsselbund-Eintrag: Er muss mit „quayside/“ beginnen und aus druckbarem ASCII ohne Leerzeichen bestehen.</translation>
    </message>
</context>
<context>
    <name>quayside::SshKeyPage</name>
    <message>
        <source>&amp;Generated by Quayside earlier: use it again</source>
        <translation>Früher von Quayside &amp;erzeugt: wieder verwenden</translation>
    </message>
    <message>
        <source>%1, made by an earlier setup or by quaysidectl up. It is used as it is.</source>
        <translation>%1, erzeugt von einer früheren Einrichtung oder von quaysidectl up. Er wird so verwendet, wie er ist.</translation>
    </message>
    <message>
        <source>&amp;Generate a new key for Quayside (Ed25519)</source>
        <translation>Einen neuen Schlüssel für Quayside &amp;erzeugen (Ed25519)</translation>
    </message>
    <message>
        <source>It is written to %1, readable only by you, without a passphrase so that Quayside can use it unattended.</source>
        <translation>Er wird nach %1 geschrieben, nur für Sie lesbar, ohne Passphrase, damit Quayside ihn unbeaufsichtigt nutzen kann.</translation>
    </message>
    <message>
        <source>(protected by a passphrase)</source>
        <translation>(durch eine Passphrase geschützt)</translation>
    </message>
    <message>
        <source>No keys in %1. Generate one, or choose a key file.</source>
        <translation>Keine Schlüssel in %1. Erzeugen Sie einen, oder wählen Sie eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Choose a private SSH key</source>
        <translation>Einen privaten SSH-Schlüssel wählen</translation>
    </message>
    <message>
        <source>Generating an Ed25519 key...</source>
        <translation>Ein Ed25519-Schlüssel wird erzeugt...</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the key. Check its permissions.</source>
        <translation>Der Ordner %1 für den Schlüssel lässt sich nicht anlegen. Prüfen Sie seine Rechte.</translation>
    </message>
    <message>
        <source>Made a new key, %1, in %2.</source>
        <translation>Neuer Schlüssel %1 in %2 erzeugt.</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 wird geöffnet...</translation>
    </message>
    <message>
        <source>The passphrase does not open %1: type it again.</source>
        <translation>Die Passphrase öffnet %1 nicht: geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Using %1 (%2).</source>
        <translation>%1 wird verwendet (%2).</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase: type it, then press Start building again.</source>
        <translation>%1 ist durch eine Passphrase geschützt: Geben Sie sie ein und drücken Sie dann erneut „Aufbau beginnen“.</translation>
    </message>
</context>
<context>
    <name>quayside::SshKeyPassphrases</name>
    <message>
        <source>%1 has no public key beside it (%1.pub), so Quayside cannot keep its passphrase. Make one with ssh-keygen -y -f %1 &gt; %1.pub.</source>
        <translation>Neben %1 liegt kein öffentlicher Schlüssel (%1.pub), daher kann Quayside seine Passphrase nicht speichern. Erzeugen Sie ihn mit ssh-keygen -y -f %1 &gt; %1.pub.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase: enter it.</source>
        <translation>%1 ist durch eine Passphrase geschützt: Geben Sie sie ein.</translation>
    </message>
    <message>
        <source>The passphrase kept for %1 no longer opens it: enter the new one.</source>
        <translation>Die für %1 gespeicherte Passphrase öffnet ihn nicht mehr: Geben Sie die neue ein.</translation>
    </message>
</context>
<context>
    <name>quayside::SshRemoteShell</name>
    <message>
        <source>a closed SSH session</source>
        <translation>eine geschlossene SSH-Sitzung</translation>
    </message>
    <message>
        <source>The SSH session is closed.</source>
        <translation>Die SSH-Sitzung ist geschlossen.</translation>
    </message>
    <message>
        <source>A command on %1 ended by signal %2.</source>
        <translation>Ein Befehl auf %1 wurde durch das Signal %2 beendet.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a path on the server.</source>
        <translation>„%1“ kann kein Pfad auf dem Server sein.</translation>
    </message>
    <message>
        <source>Putting %1 in place on %2 as root failed: %3</source>
        <translation>Das Einsetzen von %1 auf %2 als root ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>quayside::SshSession</name>
    <message>
        <source>Not connected to a server; connect first.</source>
        <translation>Nicht mit einem Server verbunden; stellen Sie zuerst eine Verbindung her.</translation>
    </message>
    <message>
        <source>Not connected to %1; connect first.</source>
        <translation>Nicht mit %1 verbunden; stellen Sie zuerst eine Verbindung her.</translation>
    </message>
    <message>
        <source>No known hosts file was given, so no host key can be checked.</source>
        <translation>Es wurde keine Datei der bekannten Hosts angegeben, daher kann kein Host-Schlüssel geprüft werden.</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Abgebrochen, bevor es begann.</translation>
    </message>
    <message>
        <source>Cancelled on %1 before it started.</source>
        <translation>Auf %1 abgebrochen, bevor es begann.</translation>
    </message>
</context>
<context>
    <name>quayside::StepPage</name>
    <message>
        <source>First Docker host</source>
        <translation>Erster Docker-Host</translation>
    </message>
    <message>
        <source>Quayside boots the first server, waits until it runs, trusts its SSH host key and installs Docker on it.</source>
        <translation>Quayside startet den ersten Server, wartet, bis er läuft, vertraut seinem SSH-Hostschlüssel und installiert Docker darauf.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>The first Docker host, with Docker and the Tomcat image, is saved as an image of the cloud.</source>
        <translation>Der erste Docker-Host wird mit Docker und dem Tomcat-Image als Image der Cloud gespeichert.</translation>
    </message>
    <message>
        <source>Every further Docker host boots from this snapshot, ready to run Tomcat containers: nothing is installed twice. The cloud may take several minutes to save it; the bar follows its progress.</source>
        <translation>Jeder weitere Docker-Host startet von diesem Snapshot, bereit für Tomcat-Container: Nichts wird zweimal installiert. Die Cloud braucht zum Speichern vielleicht einige Minuten; der Balken folgt ihrem Fortschritt.</translation>
    </message>
    <message>
        <source>nginx host</source>
        <translation>nginx-Host</translation>
    </message>
    <message>
        <source>A server for nginx, the load balancer in front of the Tomcat containers.</source>
        <translation>Ein Server für nginx, den Load-Balancer vor den Tomcat-Containern.</translation>
    </message>
    <message>
        <source>Quayside boots it, trusts its SSH host key from the console log, installs nginx and gives it its first configuration. Every later change of the configuration is checked with nginx -t before it is swapped in, and the previous one is kept for a rollback.</source>
        <translation>Quayside startet ihn, vertraut seinem SSH-Hostschlüssel laut Konsolenprotokoll, installiert nginx und gibt ihm seine erste Konfiguration. Jede spätere Änderung der Konfiguration wird vor dem Austausch mit nginx -t geprüft, und die vorige wird für ein Zurücksetzen aufbewahrt.</translation>
    </message>
    <message>
        <source>Its SSH host key is trusted only when the cloud&apos;s console log shows the same key, so nobody can stand in for the new server. Docker&apos;s API then listens on port 2376 for Quayside&apos;s own client certificate only (mutual TLS, from this fleet&apos;s certificate authority), never open to anyone else.</source>
        <translation>Seinem SSH-Hostschlüssel wird nur vertraut, wenn das Konsolenprotokoll der Cloud denselben Schlüssel zeigt, sodass niemand sich als der neue Server ausgeben kann. Die Docker-API lauscht dann auf Port 2376 nur für das eigene Client-Zertifikat von Quayside (gegenseitiges TLS, von der Zertifizierungsstelle dieser Flotte), für niemanden sonst offen.</translation>
    </message>
</context>
<context>
    <name>quayside::TomcatImagePage</name>
    <message>
        <source>Not built yet.</source>
        <translation>Noch nicht gebaut.</translation>
    </message>
    <message>
        <source>Choose the application to deploy</source>
        <translation>Die bereitzustellende Anwendung wählen</translation>
    </message>
    <message>
        <source>Web applications (*.war)</source>
        <translation>Webanwendungen (*.war)</translation>
    </message>
    <message>
        <source>Keeping the Dockerfile in the fleet&apos;s folder…</source>
        <translation>Das Dockerfile wird im Ordner der Flotte abgelegt…</translation>
    </message>
    <message>
        <source>Copying the application into the fleet&apos;s folder…</source>
        <translation>Die Anwendung wird in den Ordner der Flotte kopiert…</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Wird gebaut…</translation>
    </message>
    <message>
        <source>The image was built and tried before.</source>
        <translation>Das Image wurde schon früher gebaut und erprobt.</translation>
    </message>
    <message>
        <source>A test container of it served its page then; the snapshot carries it.</source>
        <translation>Ein Testcontainer daraus lieferte damals seine Seite aus; der Snapshot enthält es.</translation>
    </message>
    <message>
        <source>The page the test container served at %1 (HTTP %2):</source>
        <translation>Die Seite, die der Testcontainer unter %1 auslieferte (HTTP %2):</translation>
    </message>
    <message>
        <source>Stopped before a test container served a page.</source>
        <translation>Angehalten, bevor ein Testcontainer eine Seite auslieferte.</translation>
    </message>
    <message>
        <source>No page: the build or its test failed. The log below says why; change the Dockerfile and build again, or Retry.</source>
        <translation>Keine Seite: Der Bau oder seine Erprobung schlug fehl. Das Protokoll unten sagt, warum; ändern Sie das Dockerfile und bauen Sie erneut, oder wiederholen Sie.</translation>
    </message>
</context>
<context>
    <name>quayside::TopologyView</name>
    <message>
        <source>Docker host %1</source>
        <translation>Docker-Host %1</translation>
    </message>
    <message>
        <source>Tomcat %1</source>
        <translation>Tomcat %1</translation>
    </message>
    <message>
        <source>Fleet topology</source>
        <translation>Flottentopologie</translation>
    </message>
    <message>
        <source>No fleet yet.</source>
        <translation>Noch keine Flotte.</translation>
    </message>
    <message>
        <source>1 Tomcat container</source>
        <translation>1 Tomcat-Container</translation>
    </message>
    <message>
        <source>%1 Tomcat containers</source>
        <translation>%1 Tomcat-Container</translation>
    </message>
    <message>
        <source>1 Docker host</source>
        <translation>1 Docker-Host</translation>
    </message>
    <message>
        <source>%1 Docker hosts</source>
        <translation>%1 Docker-Hosts</translation>
    </message>
    <message>
        <source>A planned nginx</source>
        <translation>Ein geplanter nginx</translation>
    </message>
    <message>
        <source>nginx (no address yet)</source>
        <translation>nginx (noch ohne Adresse)</translation>
    </message>
    <message>
        <source>nginx at %1</source>
        <translation>nginx auf %1</translation>
    </message>
    <message>
        <source>%1 in front of %2 on %3.</source>
        <translation>%1 vor %2 auf %3.</translation>
    </message>
    <message>
        <source>1 container</source>
        <translation>1 Container</translation>
    </message>
    <message>
        <source>%1 containers</source>
        <translation>%1 Container</translation>
    </message>
    <message>
        <source>Not made yet: %1.</source>
        <translation>Noch nicht angelegt: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>Fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 containers up.</source>
        <translation>%1 von %2 Containern laufen.</translation>
    </message>
    <message>
        <source>Down: %1.</source>
        <translation>Ausgefallen: %1.</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Tomcat:</source>
        <translation>Tomcat:</translation>
    </message>
    <message>
        <source>no address yet</source>
        <translation>noch keine Adresse</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>+%1 more Docker hosts with %2 containers</source>
        <translation>+%1 weitere Docker-Hosts mit %2 Containern</translation>
    </message>
    <message>
        <source>+%1 more Docker hosts</source>
        <translation>+%1 weitere Docker-Hosts</translation>
    </message>
    <message>
        <source>Planned: not made yet.</source>
        <translation>Geplant: noch nicht angelegt.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>State: %1 (%2)</source>
        <translation>Zustand: %1 (%2)</translation>
    </message>
    <message>
        <source>Made from the fleet&apos;s snapshot.</source>
        <translation>Aus dem Snapshot der Flotte erstellt.</translation>
    </message>
    <message>
        <source>Users reach the fleet&apos;s web applications over HTTP through nginx.</source>
        <translation>Benutzer erreichen die Webanwendungen der Flotte über HTTP durch nginx.</translation>
    </message>
    <message>
        <source>nginx load balancer</source>
        <translation>nginx-Lastverteiler</translation>
    </message>
    <message>
        <source>Forwards requests to 1 Tomcat container.</source>
        <translation>Leitet Anfragen an 1 Tomcat-Container weiter.</translation>
    </message>
    <message>
        <source>Forwards requests to %1 Tomcat containers.</source>
        <translation>Leitet Anfragen an %1 Tomcat-Container weiter.</translation>
    </message>
    <message>
        <source>Docker host</source>
        <translation>Docker-Host</translation>
    </message>
    <message>
        <source>Tomcat container planned on %1: not made yet.</source>
        <translation>Tomcat-Container auf %1 geplant: noch nicht angelegt.</translation>
    </message>
    <message>
        <source>Tomcat container on %1</source>
        <translation>Tomcat-Container auf %1</translation>
    </message>
    <message>
        <source>nginx forwards to %1:%2</source>
        <translation>nginx leitet an %1:%2 weiter</translation>
    </message>
    <message>
        <source>Published on port %1</source>
        <translation>Veröffentlicht auf Port %1</translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation>Pool: %1</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Answered 1 request of the check.</source>
        <translation>Hat 1 Anfrage der Prüfung beantwortet.</translation>
    </message>
    <message>
        <source>Answered %1 requests of the check.</source>
        <translation>Hat %1 Anfragen der Prüfung beantwortet.</translation>
    </message>
    <message>
        <source>Also on %1:</source>
        <translation>Außerdem auf %1:</translation>
    </message>
    <message>
        <source>Docker hosts not shown at this size:</source>
        <translation>Bei dieser Größe nicht gezeigte Docker-Hosts:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No fleet yet. Its servers and containers appear here once it is planned.</source>
        <translation>Noch keine Flotte. Ihre Server und Container erscheinen hier, sobald sie geplant ist.</translation>
    </message>
    <message>
        <source>Fleet %1</source>
        <translation>Flotte %1</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>load balancer</source>
        <translation>Lastverteiler</translation>
    </message>
    <message>
        <source>no containers</source>
        <translation>keine Container</translation>
    </message>
    <message>
        <source>%1 · 1 request</source>
        <translation>%1 · 1 Anfrage</translation>
    </message>
    <message>
        <source>%1 · %2 requests</source>
        <translation>%1 · %2 Anfragen</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
</context>
<context>
    <name>quayside::WelcomePage</name>
    <message>
        <source>Looking for the sandbox at %1...</source>
        <translation>Die Sandbox wird unter %1 gesucht...</translation>
    </message>
    <message>
        <source>The sandbox answers at %1.</source>
        <translation>Die Sandbox antwortet unter %1.</translation>
    </message>
    <message>
        <source>The sandbox is not running: nothing answers at %1. Start it with the command quayside-sandbox, leave it running, and press Next again.</source>
        <translation>Die Sandbox läuft nicht: unter %1 antwortet nichts. Starten Sie sie mit dem Befehl quayside-sandbox, lassen Sie sie laufen und drücken Sie erneut „Weiter“.</translation>
    </message>
    <message>
        <source>The sandbox at %1 does not accept the credentials in %2: another sandbox may be running there. Stop it and start quayside-sandbox again.</source>
        <translation>Die Sandbox unter %1 nimmt die Zugangsdaten in %2 nicht an: dort läuft vielleicht eine andere Sandbox. Beenden Sie sie und starten Sie quayside-sandbox erneut.</translation>
    </message>
</context>
<context>
    <name>quayside::WizardState</name>
    <message>
        <source>The sandbox has not run on this computer yet: there are no sandbox credentials in %1. Start it with the command quayside-sandbox, then try again.</source>
        <translation>Die Sandbox lief auf diesem Computer noch nie: in %1 gibt es keine Zugangsdaten der Sandbox. Starten Sie sie mit dem Befehl quayside-sandbox und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>quayside::WizardStatus</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
</TS>
