<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Quayside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quayside stands up and runs Tomcat applications in Docker containers spread over several cloud servers, load-balanced by nginx, on Rackspace, any other OpenStack cloud, or a local sandbox cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quayside is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Quayside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No fleet yet&lt;/h2&gt;&lt;p&gt;The topology of your Docker hosts, Tomcat containers and nginx load balancer will appear here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;Setup Wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder where Quayside keeps fleets and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Fleet with the &amp;Setup Wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Quayside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Quayside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard builds a load-balanced Tomcat fleet for you, one step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture of the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quayside on your computer drives an OpenStack cloud. An nginx host balances visitors&apos; requests over Tomcat containers on several Docker hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;What will be built:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;a first cloud server with Docker, reachable only over SSH and mutual TLS;&lt;/li&gt;&lt;li&gt;a Tomcat image with your application, and a snapshot of that server;&lt;/li&gt;&lt;li&gt;an nginx server that balances the load;&lt;/li&gt;&lt;li&gt;more Docker servers from the snapshot, each running Tomcat containers.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nothing is created until you say so, and everything created can be removed again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stand up and run Tomcat applications in Docker containers on OpenStack clouds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line face of Quayside: stand up and run Tomcat fleets on OpenStack clouds.

Commands:
  version    print the version of quaysidectl and of its libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quaysidectl: no command given; see quaysidectl --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quaysidectl: unknown command &quot;%1&quot;; see quaysidectl --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quayside::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Quayside %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quayside::FirstRunWizard</name>
    <message>
        <source>Quayside Setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quayside::KeychainSecretStore</name>
    <message>
        <source>The keychain holds no entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot; (%2). Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Quayside keeps passwords and keys only in a keychain: start gnome-keyring or KWallet in your desktop session and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed on &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quayside::MainWindow</name>
    <message>
        <source>Ready. No fleet is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quayside::SecretStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid keychain entry name: it must start with &quot;quayside/&quot; and use printable ASCII without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
