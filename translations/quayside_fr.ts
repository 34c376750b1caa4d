<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Quayside</source>
        <translation>À propos de Quayside</translation>
    </message>
    <message>
        <source>Quayside stands up and runs Tomcat applications in Docker containers spread over several cloud servers, load-balanced by nginx, on Rackspace, any other OpenStack cloud, or a local sandbox cloud.</source>
        <translation>Quayside met en place et fait tourner des applications Tomcat dans des conteneurs Docker répartis sur plusieurs serveurs cloud, derrière un répartiteur de charge nginx, chez Rackspace, sur tout autre cloud OpenStack ou sur un cloud bac à sable local.</translation>
    </message>
    <message>
        <source>Quayside is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version.</source>
        <translation>Quayside est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la GNU General Public License, version 3 ou (à votre choix) toute version ultérieure.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2. Check that the disk has room and the folder is writable; the file was left as it was.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Vérifiez qu&apos;il reste de la place sur le disque et que le dossier est accessible en écriture ; le fichier n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>BalancerDialog</name>
    <message>
        <source>Load Balancer</source>
        <translation>Répartiteur de charge</translation>
    </message>
    <message>
        <source>Backend pool</source>
        <translation>Pool de serveurs</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Pool :</translation>
    </message>
    <message>
        <source>The upstream pool whose servers are listed below</source>
        <translation>Le pool upstream dont les serveurs sont listés ci-dessous</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>How nginx spreads requests over the pool&apos;s servers</source>
        <translation>Comment nginx répartit les requêtes entre les serveurs du pool</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
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
        <translation>Poids</translation>
    </message>
    <message>
        <source>Max fails</source>
        <translation>Échecs max.</translation>
    </message>
    <message>
        <source>Fail timeout (s)</source>
        <translation>Délai d’échec (s)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Secours</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>&amp;Add Server</source>
        <translation>&amp;Ajouter un serveur</translation>
    </message>
    <message>
        <source>&amp;Remove Server</source>
        <translation>&amp;Retirer le serveur</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;Listen on port:</source>
        <translation>Écouter sur le &amp;port :</translation>
    </message>
    <message>
        <source>Server &amp;names:</source>
        <translation>&amp;Noms de serveur :</translation>
    </message>
    <message>
        <source>any name; or e.g. example.com www.example.com</source>
        <translation>tout nom ; ou p. ex. example.com www.example.com</translation>
    </message>
    <message>
        <source>Host names this site answers, separated by spaces; empty for any</source>
        <translation>Noms d’hôte auxquels ce site répond, séparés par des espaces ; vide pour tous</translation>
    </message>
    <message>
        <source>Preview of the nginx files</source>
        <translation>Aperçu des fichiers nginx</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Read an existing backends file and default.conf into the balancer</source>
        <translation>Lire un fichier backends et un default.conf existants dans le répartiteur</translation>
    </message>
    <message>
        <source>Export to &amp;Folder…</source>
        <translation>Exporter dans un &amp;dossier…</translation>
    </message>
    <message>
        <source>Export as .&amp;tar.gz…</source>
        <translation>Exporter en .&amp;tar.gz…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Déployer…</translation>
    </message>
    <message>
        <source>Put this balancer in service on an nginx host over SSH, keeping every version there</source>
        <translation>Mettre ce répartiteur en service sur un hôte nginx via SSH, en y conservant chaque version</translation>
    </message>
</context>
<context>
    <name>BalancerFile</name>
    <message>
        <source>There is no balancer file %1 yet: import an nginx configuration or save one first.</source>
        <translation>Il n’y a pas encore de fichier de répartiteur %1 : importez d’abord une configuration nginx ou enregistrez-en une.</translation>
    </message>
    <message>
        <source>Cannot read the balancer file %1: %2</source>
        <translation>Impossible de lire le fichier de répartiteur %1 : %2</translation>
    </message>
    <message>
        <source>The balancer file %1 cannot be used: %2. Correct it or import the nginx configuration again.</source>
        <translation>Le fichier de répartiteur %1 est inutilisable : %2. Corrigez-le ou importez à nouveau la configuration nginx.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the balancer file.</source>
        <translation>Impossible de créer le dossier %1 pour le fichier de répartiteur.</translation>
    </message>
</context>
<context>
    <name>BalancerJson</name>
    <message>
        <source>%1: expected an object</source>
        <translation>%1 : objet attendu</translation>
    </message>
    <message>
        <source>%1: expected a number from %2 to %3</source>
        <translation>%1 : nombre de %2 à %3 attendu</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1 : chaîne attendue</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1 : true ou false attendu</translation>
    </message>
    <message>
        <source>%1[%2]: expected a string</source>
        <translation>%1[%2] : chaîne attendue</translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation>%1 : liste attendue</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1 : clé inconnue</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1 : manquant</translation>
    </message>
    <message>
        <source>%1: expected one of round_robin, least_conn, ip_hash, sticky_session</source>
        <translation>%1 : une des valeurs round_robin, least_conn, ip_hash, sticky_session attendue</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON : %1 à l’octet %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top</source>
        <translation>objet JSON attendu au premier niveau</translation>
    </message>
    <message>
        <source>format: expected &quot;%1&quot;, found &quot;%2&quot;; this is not a Quayside balancer file</source>
        <translation>format : « %1 » attendu, « %2 » trouvé ; ce n’est pas un fichier de répartiteur Quayside</translation>
    </message>
    <message>
        <source>version: this Quayside reads version %1 of the balancer format, the file is version %2; use a newer Quayside</source>
        <translation>version : ce Quayside lit la version %1 du format de répartiteur, le fichier est en version %2 ; utilisez un Quayside plus récent</translation>
    </message>
    <message>
        <source>check_token: expected 16 to 64 letters, digits, &quot;-&quot; or &quot;_&quot;</source>
        <translation>check_token : 16 à 64 lettres, chiffres, &quot;-&quot; ou &quot;_&quot; attendus</translation>
    </message>
</context>
<context>
    <name>BalancerValidation</name>
    <message>
        <source>&quot;%1&quot; cannot name a pool: use letters, digits and &quot;_&quot;.</source>
        <translation>« %1 » ne peut pas nommer un pool : utilisez des lettres, des chiffres et « _ ».</translation>
    </message>
    <message>
        <source>There are two pools named %1.</source>
        <translation>Il y a deux pools nommés %1.</translation>
    </message>
    <message>
        <source>Pool %1 has no servers; nginx needs at least one.</source>
        <translation>Le pool %1 n&apos;a aucun serveur ; nginx en demande au moins un.</translation>
    </message>
    <message>
        <source>Pool %1 keeps %2 idle connections; use 0 to 10000.</source>
        <translation>Le pool %1 garde %2 connexions inactives ; utilisez 0 à 10000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in pool %2 is not an address or host name.</source>
        <translation>« %1 » dans le pool %2 n&apos;est ni une adresse ni un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>A server of pool %1 (%2) has a port, weight or failure limit out of range.</source>
        <translation>Un serveur du pool %1 (%2) a un port, un poids ou une limite d&apos;échecs hors des bornes.</translation>
    </message>
    <message>
        <source>Pool %1 hashes its clients to servers, so it cannot have backup servers (nginx allows them with round robin and least connections only).</source>
        <translation>Le pool %1 répartit ses clients par hachage, il ne peut donc pas avoir de serveurs de secours (nginx ne les permet qu&apos;avec le tourniquet et le moins de connexions).</translation>
    </message>
    <message>
        <source>%1 is not a port nginx can listen on.</source>
        <translation>%1 n&apos;est pas un port sur lequel nginx peut écouter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address nginx can listen on.</source>
        <translation>« %1 » n&apos;est pas une adresse sur laquelle nginx peut écouter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name (a host name, or *. and a domain).</source>
        <translation>« %1 » n&apos;est pas un nom de serveur (un nom d&apos;hôte, ou *. et un domaine).</translation>
    </message>
    <message>
        <source>The site on port %1 passes to pool &quot;%2&quot;, which does not exist.</source>
        <translation>Le site sur le port %1 transmet au pool « %2 », qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and its key.</source>
        <translation>HTTPS demande un certificat et sa clé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path Quayside writes into a configuration.</source>
        <translation>« %1 » n&apos;est pas un chemin que Quayside écrit dans une configuration.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size such as 10m.</source>
        <translation>« %1 » n&apos;est pas une taille comme 10m.</translation>
    </message>
    <message>
        <source>A timeout of the site on port %1 is out of range (1 to 3600 s).</source>
        <translation>Un délai du site sur le port %1 est hors des bornes (1 à 3600 s).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address or network such as 10.0.0.0/8.</source>
        <translation>« %1 » n&apos;est ni une adresse ni un réseau comme 10.0.0.0/8.</translation>
    </message>
    <message>
        <source>The check token must be 16 to 64 characters, each a letter, digit, &quot;-&quot; or &quot;_&quot;; make a new one or leave it empty.</source>
        <translation>Le jeton de vérification doit compter 16 à 64 caractères, chacun une lettre, un chiffre, &quot;-&quot; ou &quot;_&quot; ; créez-en un nouveau ou laissez-le vide.</translation>
    </message>
</context>
<context>
    <name>BuildContext</name>
    <message>
        <source>&quot;%1&quot; cannot be a path in a build context: use a relative path without &quot;..&quot;.</source>
        <translation>« %1 » ne peut pas être un chemin dans un contexte de build : utilisez un chemin relatif sans « .. ».</translation>
    </message>
    <message>
        <source>The build folder %1 does not exist.</source>
        <translation>Le dossier de build %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a path in a build context.</source>
        <translation>« %1 » ne peut pas être un chemin dans un contexte de build.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Cannot read the link %1.</source>
        <translation>Impossible de lire le lien %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Could not pack the build context: %1</source>
        <translation>Impossible d&apos;empaqueter le contexte de build : %1</translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>The fleet name &quot;%1&quot; cannot name a certificate authority: use 1 to 64 characters without control characters.</source>
        <translation>Le nom de flotte « %1 » ne peut pas nommer une autorité de certification : utilisez de 1 à 64 caractères sans caractère de contrôle.</translation>
    </message>
    <message>
        <source>Could not create the certificate authority: %1</source>
        <translation>Impossible de créer l’autorité de certification : %1</translation>
    </message>
    <message>
        <source>The stored certificate authority cannot be read (%1). Its files may be damaged; restore them from a backup or create a new authority and re-issue every host&apos;s certificate.</source>
        <translation>L’autorité de certification enregistrée est illisible (%1). Ses fichiers sont peut-être endommagés : restaurez-les depuis une sauvegarde ou créez une nouvelle autorité et émettez de nouveau le certificat de chaque hôte.</translation>
    </message>
    <message>
        <source>The stored certificate authority&apos;s key does not belong to its certificate, or the certificate is not an authority. Restore the matching pair from a backup.</source>
        <translation>La clé de l’autorité de certification enregistrée ne correspond pas à son certificat, ou ce certificat n’est pas une autorité. Restaurez la paire correspondante depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a client certificate: use 1 to 64 characters without control characters.</source>
        <translation>« %1 » ne peut pas nommer un certificat client : utilisez de 1 à 64 caractères sans caractère de contrôle.</translation>
    </message>
    <message>
        <source>Could not issue the client certificate: %1</source>
        <translation>Impossible d’émettre le certificat client : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name for a certificate: use letters, digits, hyphens and dots only.</source>
        <translation>« %1 » n’est pas un nom d’hôte valide pour un certificat : n’utilisez que des lettres, des chiffres, des tirets et des points.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>« %1 » n’est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>Could not issue the server certificate for %1: %2</source>
        <translation>Impossible d’émettre le certificat serveur pour %1 : %2</translation>
    </message>
    <message>
        <source>A stored certificate or key cannot be read (%1).</source>
        <translation>Un certificat ou une clé enregistré ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>The certificate was not issued by this fleet&apos;s authority.</source>
        <translation>Le certificat n&apos;a pas été émis par l&apos;autorité de cette flotte.</translation>
    </message>
    <message>
        <source>The key does not belong to the certificate.</source>
        <translation>La clé ne correspond pas au certificat.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Requests go through nginx, as your users&apos; will: every one must get the page, and every Tomcat container must answer some.</source>
        <translation>Les requêtes passent par nginx, comme celles de vos utilisateurs : chacune doit obtenir la page, et chaque conteneur Tomcat doit en servir quelques-unes.</translation>
    </message>
    <message>
        <source>&amp;Which containers answered:</source>
        <translation>&amp;Quels conteneurs ont répondu :</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Requests answered</source>
        <translation>Requêtes servies</translation>
    </message>
    <message>
        <source>The page nginx served:</source>
        <translation>La page servie par nginx :</translation>
    </message>
    <message>
        <source>Page served through nginx</source>
        <translation>Page servie par nginx</translation>
    </message>
</context>
<context>
    <name>CloudAccountImport</name>
    <message>
        <source>%1 is not valid YAML: %2. Fix the file and import it again.</source>
        <translation>%1 n&apos;est pas du YAML valide : %2. Corrigez le fichier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: line %2, column %3: %4. Fix the file and import it again.</source>
        <translation>%1 n&apos;est pas du YAML valide : ligne %2, colonne %3 : %4. Corrigez le fichier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 is empty. Choose the clouds.yaml that lists your clouds.</source>
        <translation>%1 est vide. Choisissez le clouds.yaml qui liste vos clouds.</translation>
    </message>
    <message>
        <source>%1 has no &quot;clouds:&quot; section, so it lists no clouds. Choose the clouds.yaml that lists your clouds.</source>
        <translation>%1 n&apos;a pas de section « clouds: » et ne liste donc aucun cloud. Choisissez le clouds.yaml qui liste vos clouds.</translation>
    </message>
    <message>
        <source>In %1, line %2: &quot;clouds:&quot; must map cloud names to their settings.</source>
        <translation>Dans %1, ligne %2 : « clouds: » doit associer les noms des clouds à leurs réglages.</translation>
    </message>
    <message>
        <source>%1, cloud &quot;%2&quot; (line %3)</source>
        <translation>%1, cloud « %2 » (ligne %3)</translation>
    </message>
    <message>
        <source>%1, line %2: a cloud&apos;s name must be plain text.</source>
        <translation>%1, ligne %2 : le nom d&apos;un cloud doit être du texte simple.</translation>
    </message>
    <message>
        <source>%1: the cloud&apos;s settings must be a mapping of keys to values.</source>
        <translation>%1 : les réglages du cloud doivent associer des clés à des valeurs.</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; appears more than once in %2; the last one was used.</source>
        <translation>Le cloud « %1 » apparaît plusieurs fois dans %2 ; le dernier a été retenu.</translation>
    </message>
    <message>
        <source>%1 nests its settings deeper than %2 levels, which no clouds.yaml does. Check the file.</source>
        <translation>%1 imbrique ses réglages sur plus de %2 niveaux, ce qu&apos;aucun clouds.yaml ne fait. Vérifiez le fichier.</translation>
    </message>
    <message>
        <source>&quot;auth&quot; must be a mapping of keys to values.</source>
        <translation>« auth » doit associer des clés à des valeurs.</translation>
    </message>
    <message>
        <source>%1 must be a single value, not a list or mapping.</source>
        <translation>%1 doit être une valeur unique, pas une liste ni une table.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL. Give the address of the cloud&apos;s identity service, for example https://keystone.example.com:5000/v3.</source>
        <translation>%1 n&apos;est pas une URL valide. Indiquez l&apos;adresse du service d&apos;identité du cloud, par exemple https://keystone.example.com:5000/v3.</translation>
    </message>
    <message>
        <source>%1 holds a user name or password. Remove them from the URL and give them as the account&apos;s user and password.</source>
        <translation>%1 contient un nom d&apos;utilisateur ou un mot de passe. Retirez-les de l&apos;URL et indiquez-les comme utilisateur et mot de passe du compte.</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 doit commencer par https://.</translation>
    </message>
    <message>
        <source>The part of %1 after &quot;?&quot; or &quot;#&quot; was left out.</source>
        <translation>La partie de %1 après « ? » ou « # » a été omise.</translation>
    </message>
    <message>
        <source>%1 points at version %2 of the identity API, which Quayside does not speak. Give the v3 (or v2.0) address of the identity service.</source>
        <translation>%1 désigne la version %2 de l&apos;API d&apos;identité, que Quayside ne parle pas. Indiquez l&apos;adresse v3 (ou v2.0) du service d&apos;identité.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was ignored: Quayside uses only the settings written for the cloud itself.</source>
        <translation>Le profil « %1 » a été ignoré : Quayside n&apos;utilise que les réglages écrits pour le cloud lui-même.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; Quayside speaks versions 3 and 2.0 of the identity API.</source>
        <translation>%1 vaut « %2 » ; Quayside parle les versions 3 et 2.0 de l&apos;API d&apos;identité.</translation>
    </message>
    <message>
        <source>No %1 is given; Rackspace&apos;s identity service %2 is used.</source>
        <translation>%1 n&apos;est pas indiqué ; le service d&apos;identité de Rackspace, %2, est utilisé.</translation>
    </message>
    <message>
        <source>No %1 is given, and Quayside does not know the defaults of the profile &quot;%2&quot;. Add the address of the cloud&apos;s identity service as %1.</source>
        <translation>%1 n&apos;est pas indiqué, et Quayside ne connaît pas les valeurs par défaut du profil « %2 ». Ajoutez l&apos;adresse du service d&apos;identité du cloud comme %1.</translation>
    </message>
    <message>
        <source>No %1 is given. Add the address of the cloud&apos;s identity service, for example https://keystone.example.com:5000/v3.</source>
        <translation>%1 n&apos;est pas indiqué. Ajoutez l&apos;adresse du service d&apos;identité du cloud, par exemple https://keystone.example.com:5000/v3.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, but Rackspace signs in with the user name and API key. Set %1 to rackspace_apikey, or leave it out.</source>
        <translation>%1 vaut « %2 », mais Rackspace se connecte avec le nom d&apos;utilisateur et la clé d&apos;API. Mettez %1 à rackspace_apikey, ou retirez-le.</translation>
    </message>
    <message>
        <source>%1 is 3, but Rackspace&apos;s identity service speaks version 2.0 only. Leave %1 out.</source>
        <translation>%1 vaut 3, mais le service d&apos;identité de Rackspace ne parle que la version 2.0. Retirez %1.</translation>
    </message>
    <message>
        <source>%1 is %2, but %3 is %4. Make them agree.</source>
        <translation>%1 vaut %2, mais %3 vaut %4. Mettez-les en accord.</translation>
    </message>
    <message>
        <source>Application credentials need version 3 of the identity API, but %1 is %2.</source>
        <translation>Les identifiants d&apos;application exigent la version 3 de l&apos;API d&apos;identité, mais %1 vaut %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a way Quayside can sign in. Use password, v3password, v2password, v3applicationcredential or rackspace_apikey.</source>
        <translation>Quayside ne sait pas se connecter avec %1 « %2 ». Utilisez password, v3password, v2password, v3applicationcredential ou rackspace_apikey.</translation>
    </message>
    <message>
        <source>%1 ends in /%2, but this account signs in with version %3 of the identity API. Give the /%3 address, or leave the version out of %1.</source>
        <translation>%1 se termine par /%2, mais ce compte se connecte avec la version %3 de l&apos;API d&apos;identité. Indiquez l&apos;adresse en /%3, ou retirez la version de %1.</translation>
    </message>
    <message>
        <source>The domains were left out: version 2.0 of the identity API has none.</source>
        <translation>Les domaines ont été omis : la version 2.0 de l&apos;API d&apos;identité n&apos;en a pas.</translation>
    </message>
    <message>
        <source>The application credential was left out: %1 does not ask for one.</source>
        <translation>Les identifiants d&apos;application ont été omis : %1 n&apos;en demande pas.</translation>
    </message>
    <message>
        <source>No user domain is given; the domain &quot;Default&quot; is assumed.</source>
        <translation>Aucun domaine d&apos;utilisateur n&apos;est indiqué ; le domaine « Default » est supposé.</translation>
    </message>
    <message>
        <source>No project domain is given; the domain &quot;Default&quot; is assumed.</source>
        <translation>Aucun domaine de projet n&apos;est indiqué ; le domaine « Default » est supposé.</translation>
    </message>
    <message>
        <source>The project was left out: an application credential always signs in to the project it was made in.</source>
        <translation>Le projet a été omis : des identifiants d&apos;application se connectent toujours au projet dans lequel ils ont été créés.</translation>
    </message>
    <message>
        <source>The password was not taken: Quayside signs in to Rackspace with the API key. Enter the API key (in the Rackspace control panel under Account Settings).</source>
        <translation>Le mot de passe n&apos;a pas été repris : Quayside se connecte à Rackspace avec la clé d&apos;API. Saisissez la clé d&apos;API (dans le panneau de contrôle Rackspace, sous « Account Settings »).</translation>
    </message>
    <message>
        <source>The cloud lists several regions; the account uses %1. The others (%2) need accounts of their own.</source>
        <translation>Le cloud liste plusieurs régions ; le compte utilise %1. Les autres (%2) ont besoin de leurs propres comptes.</translation>
    </message>
    <message>
        <source>%1 must be a region name or a list of them.</source>
        <translation>%1 doit être un nom de région ou une liste de noms de région.</translation>
    </message>
    <message>
        <source>The admin interface is not for creating servers; the public one is used.</source>
        <translation>L&apos;interface d&apos;administration ne sert pas à créer des serveurs ; l&apos;interface publique est utilisée.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not known. Use public, or internal when Quayside runs inside the cloud.</source>
        <translation>%1 « %2 » est inconnu. Utilisez public, ou internal quand Quayside tourne dans le cloud.</translation>
    </message>
    <message>
        <source>OpenStack at %1</source>
        <translation>OpenStack chez %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 lists no clouds. Choose the file that lists your clouds.</source>
        <translation>%1 ne liste aucun cloud. Choisissez le fichier qui liste vos clouds.</translation>
    </message>
    <message>
        <source>None of the %1 clouds in %2 could be imported:
%3</source>
        <translation>Aucun des %1 clouds de %2 n&apos;a pu être importé :
%3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file&apos;s name and permissions.</source>
        <translation>Impossible de lire %1 : %2. Vérifiez le nom et les droits d&apos;accès du fichier.</translation>
    </message>
    <message>
        <source>%1 is %2 KiB, too large for a cloud configuration. Choose the right file.</source>
        <translation>%1 fait %2 Kio, trop pour une configuration de cloud. Choisissez le bon fichier.</translation>
    </message>
    <message>
        <source>%1, line %2: the %3 opened here is never closed. Fix the file and import it again.</source>
        <translation>%1, ligne %2 : le %3 ouvert ici n&apos;est jamais fermé. Corrigez le fichier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>it uses $%1, which the file does not set</source>
        <translation>elle utilise $%1, que le fichier ne définit pas</translation>
    </message>
    <message>
        <source>it is computed by the shell (a command or special expansion), which Quayside does not run</source>
        <translation>elle est calculée par le shell (une commande ou une expansion spéciale), que Quayside n&apos;exécute pas</translation>
    </message>
    <message>
        <source>%1, line %2 reads another file, which Quayside does not follow.</source>
        <translation>%1, ligne %2 lit un autre fichier, que Quayside ne suit pas.</translation>
    </message>
    <message>
        <source>%1, line %2: the command &quot;%3&quot; was not run; Quayside only reads the file&apos;s variables.</source>
        <translation>%1, ligne %2 : la commande « %3 » n&apos;a pas été exécutée ; Quayside ne lit que les variables du fichier.</translation>
    </message>
    <message>
        <source>%1 was not taken: %2. Enter it when asked.</source>
        <translation>La valeur de %1 n&apos;a pas été reprise : %2. Saisissez-la quand elle vous sera demandée.</translation>
    </message>
    <message>
        <source>%1 was not taken: %2. Check the account&apos;s settings.</source>
        <translation>La valeur de %1 n&apos;a pas été reprise : %2. Vérifiez les réglages du compte.</translation>
    </message>
    <message>
        <source>%1 sets no OS_* variables, so it is not an OpenStack RC file. Download the &quot;OpenStack RC File&quot; from your cloud&apos;s dashboard (under API Access) and import that.</source>
        <translation>%1 ne définit aucune variable OS_*, ce n&apos;est donc pas un fichier RC OpenStack. Téléchargez le « OpenStack RC File » depuis le tableau de bord de votre cloud (sous « API Access ») et importez-le.</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>l&apos;environnement</translation>
    </message>
    <message>
        <source>OS_CLOUD selects the cloud &quot;%1&quot; of your clouds.yaml; the environment holds no account of its own. Import clouds.yaml instead.</source>
        <translation>OS_CLOUD désigne le cloud « %1 » de votre clouds.yaml ; l&apos;environnement ne contient pas de compte propre. Importez plutôt clouds.yaml.</translation>
    </message>
    <message>
        <source>The environment holds no OpenStack account: OS_AUTH_URL is not set. Load your openrc file (or import it directly), or import clouds.yaml.</source>
        <translation>L&apos;environnement ne contient aucun compte OpenStack : OS_AUTH_URL n&apos;est pas défini. Chargez votre fichier openrc (ou importez-le directement), ou importez clouds.yaml.</translation>
    </message>
    <message>
        <source>OS_CLOUD (&quot;%1&quot;) was ignored: the account comes from the OS_* variables.</source>
        <translation>OS_CLOUD (« %1 ») a été ignoré : le compte provient des variables OS_*.</translation>
    </message>
</context>
<context>
    <name>CloudResourcesPage</name>
    <message>
        <source>Region, server size and image</source>
        <translation>Région, taille des serveurs et image</translation>
    </message>
    <message>
        <source>What the fleet&apos;s servers are made of, as the cloud offers it. The proposals suit most fleets.</source>
        <translation>Ce dont sont faits les serveurs de la flotte, selon l&apos;offre du cloud. Les propositions conviennent à la plupart des flottes.</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>Server si&amp;ze (flavor):</source>
        <translation>&amp;Taille des serveurs (flavor) :</translation>
    </message>
    <message>
        <source>The smallest flavor with at least 1 GiB of memory and a disk of its own is proposed: enough for Docker and Tomcat, and it can be snapshotted. Flavors without a disk of their own cannot be.</source>
        <translation>La plus petite flavor avec au moins 1 Gio de mémoire et un disque à elle est proposée : assez pour Docker et Tomcat, et elle peut être sauvegardée en snapshot. Les flavors sans disque à elles ne le peuvent pas.</translation>
    </message>
    <message>
        <source>Base &amp;image:</source>
        <translation>&amp;Image de base :</translation>
    </message>
    <message>
        <source>Quayside installs Docker and nginx on Debian or Ubuntu: a Debian image, else an Ubuntu LTS one, is proposed.</source>
        <translation>Quayside installe Docker et nginx sur Debian ou Ubuntu : une image Debian est proposée, sinon une Ubuntu LTS.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Public Internet (PublicNet): visitors reach nginx over it</source>
        <translation>Internet public (PublicNet) : les visiteurs atteignent nginx par là</translation>
    </message>
    <message>
        <source>&amp;ServiceNet: Rackspace&apos;s private network between your servers, free of bandwidth charges</source>
        <translation>Servi&amp;ceNet : le réseau privé de Rackspace entre vos serveurs, sans frais de bande passante</translation>
    </message>
    <message>
        <source>The servers join the cloud&apos;s default network for your project.</source>
        <translation>Les serveurs rejoignent le réseau par défaut du cloud pour votre projet.</translation>
    </message>
    <message>
        <source>&amp;Reload from the cloud</source>
        <translation>&amp;Recharger depuis le cloud</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Quayside signs in to the cloud to check them, then keeps the secret in your system keychain.</source>
        <translation>Quayside se connecte au cloud pour les vérifier, puis garde le secret dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clé d&apos;&amp;API :</translation>
    </message>
    <message>
        <source>&amp;Identity service:</source>
        <translation>Service d&apos;&amp;identité :</translation>
    </message>
    <message>
        <source>Find the API key in the Cloud Control Panel under your user name, Account Settings. Accounts made in London sign in at the UK identity service (lon.identity...).</source>
        <translation>La clé d&apos;API se trouve dans le Cloud Control Panel sous votre nom d&apos;utilisateur, Account Settings. Les comptes créés à Londres se connectent au service d&apos;identité britannique (lon.identity...).</translation>
    </message>
    <message>
        <source>&amp;Import clouds.yaml or openrc...</source>
        <translation>&amp;Importer clouds.yaml ou openrc...</translation>
    </message>
    <message>
        <source>Imported cloud</source>
        <translation>Cloud importé</translation>
    </message>
    <message>
        <source>Identity U&amp;RL:</source>
        <translation>U&amp;RL d&apos;identité :</translation>
    </message>
    <message>
        <source>https://keystone.example.com:5000/v3</source>
        <translation>https://keystone.example.com:5000/v3</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Connexion a&amp;vec :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Application credential</source>
        <translation>Identifiant d&apos;application</translation>
    </message>
    <message>
        <source>Application credential I&amp;D:</source>
        <translation>I&amp;D de l&apos;identifiant d&apos;application :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jet :</translation>
    </message>
    <message>
        <source>Us&amp;er domain:</source>
        <translation>Domain&amp;e de l&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Project d&amp;omain:</source>
        <translation>D&amp;omaine du projet :</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>(the only one, or choose on the next page)</source>
        <translation>(la seule, ou à choisir à la page suivante)</translation>
    </message>
    <message>
        <source>Quayside signs in to the sandbox on this computer with the credentials the sandbox keeps in its data folder. There is nothing to type.</source>
        <translation>Quayside se connecte au bac à sable de cet ordinateur avec les identifiants qu&apos;il garde dans son dossier de données. Il n&apos;y a rien à saisir.</translation>
    </message>
    <message>
        <source>Identity address:</source>
        <translation>Adresse d&apos;identité :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Credentials from:</source>
        <translation>Identifiants lus dans :</translation>
    </message>
    <message>
        <source>&amp;Save the account as:</source>
        <translation>&amp;Nom du compte à enregistrer :</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Deploy to Balancer</source>
        <translation>Déployer sur le répartiteur</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>The balancer&apos;s address or name</source>
        <translation>Adresse ou nom du répartiteur</translation>
    </message>
    <message>
        <source>balancer.example.com</source>
        <translation>balancer.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Who to log in as: root, or a user who may use sudo without a password</source>
        <translation>Utilisateur de connexion : root, ou un utilisateur autorisé à utiliser sudo sans mot de passe</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>&amp;Clé privée :</translation>
    </message>
    <message>
        <source>The private key file to log in with (an encrypted key asks for its passphrase)</source>
        <translation>Le fichier de clé privée pour se connecter (une clé chiffrée demande sa phrase de passe)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Use &amp;sudo</source>
        <translation>Utiliser &amp;sudo</translation>
    </message>
    <message>
        <source>Run the deployment as root through sudo (needs sudo without a password for this user)</source>
        <translation>Exécuter le déploiement en root via sudo (nécessite sudo sans mot de passe pour cet utilisateur)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>Where nginx keeps its files on the balancer (Debian&apos;s layout unless changed)</source>
        <translation>Où nginx garde ses fichiers sur le répartiteur (disposition de Debian sauf modification)</translation>
    </message>
    <message>
        <source>Config &amp;root:</source>
        <translation>&amp;Racine de configuration :</translation>
    </message>
    <message>
        <source>nginx&apos;s configuration folder, copied whole to check a new configuration</source>
        <translation>Le dossier de configuration de nginx, copié en entier pour vérifier une nouvelle configuration</translation>
    </message>
    <message>
        <source>Main c&amp;onfig:</source>
        <translation>Configuration pr&amp;incipale :</translation>
    </message>
    <message>
        <source>conf.d director&amp;y:</source>
        <translation>R&amp;épertoire conf.d :</translation>
    </message>
    <message>
        <source>Where the backends file and the site (default.conf) go</source>
        <translation>Où vont le fichier backends et le site (default.conf)</translation>
    </message>
    <message>
        <source>Versions kept &amp;in:</source>
        <translation>&amp;Versions conservées dans :</translation>
    </message>
    <message>
        <source>Where Quayside keeps every deployed version, outside the configuration root</source>
        <translation>Où Quayside conserve chaque version déployée, hors de la racine de configuration</translation>
    </message>
    <message>
        <source>Pid &amp;file:</source>
        <translation>&amp;Fichier pid :</translation>
    </message>
    <message>
        <source>The running nginx&apos;s pid file, to reload it</source>
        <translation>Le fichier pid du nginx en cours, pour le recharger</translation>
    </message>
    <message>
        <source>ngin&amp;x prefix:</source>
        <translation>Préfixe ngin&amp;x :</translation>
    </message>
    <message>
        <source>nginx -p; empty: the one nginx was built with</source>
        <translation>nginx -p ; vide : celui avec lequel nginx a été compilé</translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation>(intégré)</translation>
    </message>
    <message>
        <source>nginx pro&amp;gram:</source>
        <translation>Pro&amp;gramme nginx :</translation>
    </message>
    <message>
        <source>Quayside does not know this server yet</source>
        <translation>Quayside ne connaît pas encore ce serveur</translation>
    </message>
    <message>
        <source>The fingerprint of the host key the server presented</source>
        <translation>L&apos;empreinte de la clé d&apos;hôte présentée par le serveur</translation>
    </message>
    <message>
        <source>&amp;Trust This Key</source>
        <translation>&amp;Faire confiance à cette clé</translation>
    </message>
    <message>
        <source>Keep this host key for the server and log in</source>
        <translation>Garder cette clé d&apos;hôte pour le serveur et se connecter</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Do not log in</source>
        <translation>Ne pas se connecter</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>Phrase de p&amp;asse :</translation>
    </message>
    <message>
        <source>Re&amp;member it in the system keychain</source>
        <translation>La &amp;mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Co&amp;nnecter</translation>
    </message>
    <message>
        <source>Log in to the balancer and list the versions kept there</source>
        <translation>Se connecter au répartiteur et lister les versions qui y sont conservées</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <source>Check the balancer&apos;s configuration with nginx on the host, keep it as a new version and put it in service</source>
        <translation>Vérifier la configuration du répartiteur avec nginx sur l&apos;hôte, la conserver comme nouvelle version et la mettre en service</translation>
    </message>
    <message>
        <source>Versions on the balancer</source>
        <translation>Versions sur le répartiteur</translation>
    </message>
    <message>
        <source>Select two versions to compare them</source>
        <translation>Sélectionner deux versions pour les comparer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Déployée</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>Re&amp;tour en arrière</translation>
    </message>
    <message>
        <source>Put the version before the one in service back in service</source>
        <translation>Remettre en service la version précédant celle en service</translation>
    </message>
    <message>
        <source>R&amp;estore This Version</source>
        <translation>Rétab&amp;lir cette version</translation>
    </message>
    <message>
        <source>Put the selected version back in service, as a new version</source>
        <translation>Remettre en service la version sélectionnée, comme nouvelle version</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ferm&amp;er</translation>
    </message>
</context>
<context>
    <name>DockerApiNegotiation</name>
    <message>
        <source>The Docker Engine at %1 reported API versions Quayside cannot read (&quot;%2&quot;, &quot;%3&quot;).</source>
        <translation>Le Docker Engine sur %1 a indiqué des versions d&apos;API que Quayside ne sait pas lire (« %2 », « %3 »).</translation>
    </message>
    <message>
        <source>The Docker Engine at %1 speaks API %2 at most; Quayside needs %3 or newer. Upgrade Docker on that host (Debian 12&apos;s docker.io or newer).</source>
        <translation>Le Docker Engine sur %1 parle au plus l&apos;API %2 ; Quayside a besoin de %3 ou plus récent. Mettez Docker à jour sur cet hôte (docker.io de Debian 12 ou plus récent).</translation>
    </message>
    <message>
        <source>The Docker Engine at %1 accepts API %2 or newer only; this Quayside speaks up to %3. Update Quayside.</source>
        <translation>Le Docker Engine sur %1 n&apos;accepte que l&apos;API %2 ou plus récente ; ce Quayside parle jusqu&apos;à %3. Mettez Quayside à jour.</translation>
    </message>
</context>
<context>
    <name>DockerHostRecipe</name>
    <message>
        <source>The Docker host settings are not valid: check the port and paths.</source>
        <translation>Les réglages de l&apos;hôte Docker ne sont pas valides : vérifiez le port et les chemins.</translation>
    </message>
    <message>
        <source>%1 is not a port number.</source>
        <translation>%1 n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <source>Docker host</source>
        <translation>Hôte Docker</translation>
    </message>
    <message>
        <source>Install Docker</source>
        <translation>Installer Docker</translation>
    </message>
    <message>
        <source>Make the folder for the TLS certificates</source>
        <translation>Créer le dossier des certificats TLS</translation>
    </message>
    <message>
        <source>Install the host&apos;s TLS certificates</source>
        <translation>Installer les certificats TLS de l&apos;hôte</translation>
    </message>
    <message>
        <source>Make Docker listen on port %1 with TLS</source>
        <translation>Faire écouter Docker sur le port %1 avec TLS</translation>
    </message>
    <message>
        <source>Restart Docker and wait for its API over TLS</source>
        <translation>Redémarrer Docker et attendre son API en TLS</translation>
    </message>
    <message>
        <source>Close the firewall around SSH and Docker</source>
        <translation>Fermer le pare-feu sauf pour SSH et Docker</translation>
    </message>
</context>
<context>
    <name>DockerJson</name>
    <message>
        <source>The Docker Engine sent a %1 Quayside cannot read: %2. The engine or something between it and Quayside is misbehaving; check the host.</source>
        <translation>Le Docker Engine a envoyé une réponse (%1) que Quayside ne sait pas lire : %2. Le moteur, ou quelque chose entre lui et Quayside, se comporte mal ; vérifiez l&apos;hôte.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation>une liste était attendue</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <source>version reply</source>
        <translation>réponse de version</translation>
    </message>
    <message>
        <source>it names no ApiVersion</source>
        <translation>elle ne donne aucune ApiVersion</translation>
    </message>
    <message>
        <source>system information</source>
        <translation>informations système</translation>
    </message>
    <message>
        <source>NCPU or MemTotal is missing</source>
        <translation>NCPU ou MemTotal manque</translation>
    </message>
    <message>
        <source>image description</source>
        <translation>description d&apos;image</translation>
    </message>
    <message>
        <source>an image has no Id</source>
        <translation>une image n&apos;a pas d&apos;Id</translation>
    </message>
    <message>
        <source>image list</source>
        <translation>liste d&apos;images</translation>
    </message>
    <message>
        <source>creation reply</source>
        <translation>réponse de création</translation>
    </message>
    <message>
        <source>it names no Id</source>
        <translation>elle ne donne aucun Id</translation>
    </message>
    <message>
        <source>container list</source>
        <translation>liste de conteneurs</translation>
    </message>
    <message>
        <source>a container has no Id</source>
        <translation>un conteneur n&apos;a pas d&apos;Id</translation>
    </message>
    <message>
        <source>container description</source>
        <translation>description de conteneur</translation>
    </message>
    <message>
        <source>Id or State is missing</source>
        <translation>Id ou State manque</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not PORT/PROTOCOL</source>
        <translation>le port « %1 » n&apos;est pas de la forme PORT/PROTOCOLE</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>statistiques</translation>
    </message>
    <message>
        <source>cpu_stats is missing</source>
        <translation>cpu_stats manque</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>Type, Action or timeNano is missing</source>
        <translation>Type, Action ou timeNano manque</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The fleet runs: nginx in front of Tomcat containers on Docker hosts.</source>
        <translation>La flotte tourne : nginx devant des conteneurs Tomcat sur des hôtes Docker.</translation>
    </message>
    <message>
        <source>nginx &amp;configuration on the balancer:</source>
        <translation>&amp;Configuration nginx sur le répartiteur :</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write conf.d/backends and conf.d/default.conf into a folder, or into a .tar.gz</source>
        <translation>Écrire conf.d/backends et conf.d/default.conf dans un dossier ou dans un .tar.gz</translation>
    </message>
</context>
<context>
    <name>FleetCommands</name>
    <message>
        <source>There are no sandbox credentials in %1. Start the sandbox (quayside-sandbox) first, or give its folder with --sandbox-data.</source>
        <translation>Il n’y a pas d’identifiants de la sandbox dans %1. Démarrez d’abord la sandbox (quayside-sandbox), ou indiquez son dossier avec --sandbox-data.</translation>
    </message>
    <message>
        <source>Choose the %1 with --%1; the cloud offers: %2.</source>
        <translation>Choisissez %1 avec --%1 ; le cloud propose : %2.</translation>
    </message>
    <message>
        <source>The cloud has no %1 &quot;%2&quot;; it offers: %3.</source>
        <translation>Le cloud n’a pas de %1 « %2 » ; il propose : %3.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2.</source>
        <translation>--%1 doit être un nombre entier d’au moins %2.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>la sandbox</translation>
    </message>
    <message>
        <source>Fleet %1 on %2 (%3), region %4</source>
        <translation>Flotte %1 sur %2 (%3), région %4</translation>
    </message>
    <message>
        <source>  flavor %1, image %2, key pair %3</source>
        <translation>  gabarit %1, image %2, paire de clés %3</translation>
    </message>
    <message>
        <source>  wanted: %1 Docker hosts, %2 containers</source>
        <translation>  voulu : %1 hôtes Docker, %2 conteneurs</translation>
    </message>
    <message>
        <source> (from the snapshot)</source>
        <translation> (depuis l’instantané)</translation>
    </message>
    <message>
        <source>  snapshot %1: %2 (%3)</source>
        <translation>  instantané %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message>
        <source>  container %1 on %2 in pool %3</source>
        <translation>  conteneur %1 sur %2 dans le pool %3</translation>
    </message>
    <message>
        <source>  finished: %1</source>
        <translation>  terminé : %1</translation>
    </message>
    <message>
        <source>  to do:    %1</source>
        <translation>  à faire : %1</translation>
    </message>
    <message>
        <source>%1: done in %2</source>
        <translation>%1 : terminé en %2</translation>
    </message>
    <message>
        <source>%1: skipped, %2</source>
        <translation>%1 : ignoré, %2</translation>
    </message>
    <message>
        <source>The fleet record (default: %1).</source>
        <translation>Le fichier de la flotte (par défaut : %1).</translation>
    </message>
    <message>
        <source>The cloud account to use (its id); default: the sandbox.</source>
        <translation>Le compte cloud à utiliser (son identifiant) ; par défaut : la sandbox.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s identity URL (default: the one in its credentials, %1).</source>
        <translation>L’URL d’identité de la sandbox (par défaut : celle de ses identifiants, %1).</translation>
    </message>
    <message>
        <source>The sandbox&apos;s data folder, with its credentials (default: %1).</source>
        <translation>Le dossier de données de la sandbox, avec ses identifiants (par défaut : %1).</translation>
    </message>
    <message>
        <source>The fleet&apos;s name, prefix of its servers&apos; names (default: quayside).</source>
        <translation>Le nom de la flotte, préfixe des noms de ses serveurs (par défaut : quayside).</translation>
    </message>
    <message>
        <source>How many Docker hosts (default: 2).</source>
        <translation>Combien d’hôtes Docker (par défaut : 2).</translation>
    </message>
    <message>
        <source>How many Tomcat containers (default: 4).</source>
        <translation>Combien de conteneurs Tomcat (par défaut : 4).</translation>
    </message>
    <message>
        <source>The servers&apos; flavor, by id or name (default: the smallest with 1 GiB of memory).</source>
        <translation>Le gabarit des serveurs, par identifiant ou nom (par défaut : le plus petit avec 1 Gio de mémoire).</translation>
    </message>
    <message>
        <source>The base image, by id or name (default: the cloud&apos;s Debian image).</source>
        <translation>L’image de base, par identifiant ou nom (par défaut : l’image Debian du cloud).</translation>
    </message>
    <message>
        <source>Nothing to take down: there is no fleet record %1.</source>
        <translation>Rien à démonter : il n’y a pas de fichier de flotte %1.</translation>
    </message>
    <message>
        <source>Fleet %1 is gone.</source>
        <translation>La flotte %1 est supprimée.</translation>
    </message>
    <message>
        <source>%1 What is left stays in the record; run quaysidectl down again.</source>
        <translation>%1 Ce qui reste demeure dans le fichier ; relancez quaysidectl down.</translation>
    </message>
    <message>
        <source>the fleet %1 exists already (%2); --%3 applies to a new fleet only</source>
        <translation>la flotte %1 existe déjà (%2) ; --%3 ne s’applique qu’à une nouvelle flotte</translation>
    </message>
    <message>
        <source>Resuming fleet %1 from %2.</source>
        <translation>Reprise de la flotte %1 depuis %2.</translation>
    </message>
    <message>
        <source>%1 Run quaysidectl up again to resume; what was made is in %2.</source>
        <translation>%1 Relancez quaysidectl up pour reprendre ; ce qui a été créé est dans %2.</translation>
    </message>
    <message>
        <source>Cannot remove the folder %1.</source>
        <translation>Impossible de supprimer le dossier %1.</translation>
    </message>
    <message>
        <source>The SSH private key whose public key the servers let in; a passphrase comes from the keychain (remember-passphrase) (default: a key of the fleet&apos;s own, %1).</source>
        <translation>La clé SSH privée dont les serveurs acceptent la clé publique ; une phrase secrète vient du trousseau (remember-passphrase) (par défaut : une clé propre à la flotte, %1).</translation>
    </message>
    <message>
        <source>The user the servers&apos; image lets in, with sudo when not root (default: root).</source>
        <translation>L&apos;utilisateur que l&apos;image des serveurs accepte, avec sudo s&apos;il n&apos;est pas root (par défaut : root).</translation>
    </message>
    <message>
        <source>One &quot;deb ...&quot; line the Tomcat image installs its packages from instead of the base image&apos;s own sources (a local mirror).</source>
        <translation>Une ligne « deb ... » depuis laquelle l&apos;image Tomcat installe ses paquets au lieu des sources de l&apos;image de base (un miroir local).</translation>
    </message>
    <message>
        <source>Print every line the servers print while they are set up.</source>
        <translation>Afficher chaque ligne que les serveurs affichent pendant leur installation.</translation>
    </message>
    <message>
        <source>The fleet %1 has no nginx configuration yet: run quaysidectl up until its nginx backends phase is done.</source>
        <translation>La flotte %1 n&apos;a pas encore de configuration nginx : lancez quaysidectl up jusqu&apos;à ce que sa phase des backends nginx soit terminée.</translation>
    </message>
    <message>
        <source>scale needs --containers N</source>
        <translation>scale demande --containers N</translation>
    </message>
    <message>
        <source>The fleet %1 is not set up yet: run quaysidectl up first.</source>
        <translation>La flotte %1 n&apos;est pas encore installée : lancez d&apos;abord quaysidectl up.</translation>
    </message>
    <message>
        <source>Fleet %1: %2 Tomcat containers instead of %3.</source>
        <translation>Flotte %1 : %2 conteneurs Tomcat au lieu de %3.</translation>
    </message>
    <message>
        <source>Some phases did not run.</source>
        <translation>Certaines phases n&apos;ont pas été exécutées.</translation>
    </message>
    <message>
        <source>nginx serves Tomcat at http://%1/</source>
        <translation>nginx sert Tomcat à http://%1/</translation>
    </message>
    <message>
        <source>%1 (an encrypted key&apos;s passphrase can be kept with quaysidectl remember-passphrase)</source>
        <translation>%1 (la phrase secrète d&apos;une clé chiffrée peut être gardée avec quaysidectl remember-passphrase)</translation>
    </message>
    <message>
        <source>--name must be 1 to 64 of a-z, 0-9, &apos;-&apos; and &apos;_&apos;, as it names the fleet&apos;s servers.</source>
        <translation>--name doit compter de 1 à 64 caractères parmi a-z, 0-9, « - » et « _ », car il nomme les serveurs de la flotte.</translation>
    </message>
    <message>
        <source>Wall time of %1: %2</source>
        <translation>Durée totale de %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the Dockerfile %1: %2</source>
        <translation>Impossible de lire le Dockerfile %1 : %2</translation>
    </message>
    <message>
        <source>The Dockerfile %1 is empty.</source>
        <translation>Le Dockerfile %1 est vide.</translation>
    </message>
    <message>
        <source>The Dockerfile the Tomcat image is built from, kept in the fleet&apos;s folder (default: the built-in one; &quot;&quot; goes back to it).</source>
        <translation>Le Dockerfile à partir duquel l&apos;image Tomcat est construite, conservé dans le dossier de la flotte (par défaut : celui intégré ; « » y revient).</translation>
    </message>
    <message>
        <source>The application (a .war) Tomcat serves as its root, kept in the fleet&apos;s folder (default: Tomcat&apos;s welcome page; &quot;&quot; goes back to it).</source>
        <translation>L&apos;application (un .war) que Tomcat sert à la racine, conservée dans le dossier de la flotte (par défaut : la page d&apos;accueil de Tomcat ; « » y revient).</translation>
    </message>
    <message>
        <source>the Tomcat image of fleet %1 is built already; --%2 applies until it is</source>
        <translation>l&apos;image Tomcat de la flotte %1 est déjà construite ; --%2 ne s&apos;applique que jusqu&apos;à sa construction</translation>
    </message>
    <message>
        <source>%1 answered %2 with %3 bytes of %4</source>
        <translation>%1 a répondu %2 avec %3 octets de %4</translation>
    </message>
</context>
<context>
    <name>FleetFile</name>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number of at least %1</source>
        <translation>un nombre entier d’au moins %1</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l’une des valeurs %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 doit être un objet</translation>
    </message>
    <message>
        <source>%1.%2 must be %3</source>
        <translation>%1.%2 doit être %3</translation>
    </message>
    <message>
        <source>The fleet record %1 cannot be used: %2. Fix or remove the file; the cloud resources it listed must then be removed in the cloud&apos;s console.</source>
        <translation>Le fichier de flotte %1 n’est pas utilisable : %2. Corrigez ou supprimez le fichier ; les ressources cloud qu’il listait devront alors être supprimées dans la console du cloud.</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>ce n’est pas du JSON (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>it was written by a newer Quayside (format %1; this one reads up to %2)</source>
        <translation>il a été écrit par un Quayside plus récent (format %1 ; celui-ci lit jusqu’à %2)</translation>
    </message>
    <message>
        <source>fleet.servers[%1] has no name</source>
        <translation>fleet.servers[%1] n’a pas de nom</translation>
    </message>
    <message>
        <source>fleet.finishedPhases must list texts</source>
        <translation>fleet.finishedPhases ne doit lister que des textes</translation>
    </message>
    <message>
        <source>fleet.name is empty</source>
        <translation>fleet.name est vide</translation>
    </message>
    <message>
        <source>There is no fleet record %1: no fleet was set up.</source>
        <translation>Il n’y a pas de fichier de flotte %1 : aucune flotte n’a été installée.</translation>
    </message>
    <message>
        <source>Cannot read the fleet record %1: %2</source>
        <translation>Impossible de lire le fichier de flotte %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the fleet record.</source>
        <translation>Impossible de créer le dossier %1 pour le fichier de flotte.</translation>
    </message>
    <message>
        <source>Cannot remove the fleet record %1: %2</source>
        <translation>Impossible de supprimer le fichier de flotte %1 : %2</translation>
    </message>
    <message>
        <source>fleet.networks must list network ids (texts)</source>
        <translation>fleet.networks doit lister des identifiants de réseau (des textes)</translation>
    </message>
</context>
<context>
    <name>FleetRunView</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Run the failed step again; what was made already is kept</source>
        <translation>Relancer l&apos;étape qui a échoué ; ce qui a déjà été créé est conservé</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop after the step under way; what was made is kept in the fleet record</source>
        <translation>Arrêter après l&apos;étape en cours ; ce qui a été créé reste inscrit dans le fichier de la flotte</translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>quaysidectl: %1; see quaysidectl --help.</source>
        <translation>quaysidectl : %1 ; voir quaysidectl --help.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>There is no key file %1.</source>
        <translation>Il n’y a pas de fichier de clé %1.</translation>
    </message>
    <message>
        <source>%1 is not protected by a passphrase (or is not a private key): there is nothing to keep.</source>
        <translation>%1 n’est pas protégée par une phrase de passe (ou n’est pas une clé privée) : il n’y a rien à conserver.</translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation>Phrase de passe de %1 : </translation>
    </message>
    <message>
        <source>No passphrase was given on standard input; nothing was kept.</source>
        <translation>Aucune phrase de passe sur l’entrée standard ; rien n’a été conservé.</translation>
    </message>
    <message>
        <source>That passphrase does not open %1; nothing was kept.</source>
        <translation>Cette phrase de passe n’ouvre pas %1 ; rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The keychain keeps the passphrase of %1 (%2) now.</source>
        <translation>Le trousseau conserve désormais la phrase de passe de %1 (%2).</translation>
    </message>
    <message>
        <source>The keychain keeps no passphrase of %1.</source>
        <translation>Le trousseau ne conserve aucune phrase de passe de %1.</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>Cannot read Quayside&apos;s known hosts file %1: %2. Check its permissions.</source>
        <translation>Impossible de lire le fichier des hôtes connus de Quayside %1 : %2. Vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for Quayside&apos;s known hosts file. Check its permissions.</source>
        <translation>Impossible de créer le dossier %1 du fichier des hôtes connus de Quayside. Vérifiez les droits d’accès.</translation>
    </message>
    <message>
        <source>Quayside&apos;s known hosts file %1 already keeps another key for %2 (%3), not %4. Replace it only after making sure the server really has a new key.</source>
        <translation>Le fichier des hôtes connus de Quayside %1 contient déjà une autre clé pour %2 (%3), et non %4. Ne la remplacez qu’après vous être assuré que le serveur a vraiment une nouvelle clé.</translation>
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
        <translation>&lt;h2&gt;Pas encore de flotte&lt;/h2&gt;&lt;p&gt;La topologie de vos hôtes Docker, de vos conteneurs Tomcat et de votre répartiteur nginx apparaîtra ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start the &amp;Setup Wizard…</source>
        <translation>Lancer l’&amp;assistant de configuration…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation>F&amp;lotte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Open Data Folder</source>
        <translation>&amp;Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Open the folder where Quayside keeps fleets and certificates</source>
        <translation>Ouvrir le dossier où Quayside conserve les flottes et les certificats</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>New Fleet with the &amp;Setup Wizard…</source>
        <translation>Nouvelle flotte avec l’&amp;assistant de configuration…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;About Quayside</source>
        <translation>&amp;À propos de Quayside</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Load &amp;Balancer…</source>
        <translation>&amp;Répartiteur de charge…</translation>
    </message>
    <message>
        <source>Edit the nginx load balancer&apos;s pools and site, import or export its configuration</source>
        <translation>Modifier les pools et le site du répartiteur nginx, importer ou exporter sa configuration</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Deploy to Balancer…</source>
        <translation>&amp;Déployer sur le répartiteur…</translation>
    </message>
    <message>
        <source>Put the saved load balancer in service on an nginx host over SSH, compare its versions, roll back</source>
        <translation>Mettre en service le répartiteur enregistré sur un hôte nginx via SSH, comparer ses versions, revenir en arrière</translation>
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
        <translation>Autres hôtes Docker</translation>
    </message>
    <message>
        <source>More Docker hosts boot from the snapshot, all at once; then the Tomcat containers start on every host and nginx sends requests to them.</source>
        <translation>D&apos;autres hôtes Docker démarrent tous ensemble depuis l&apos;instantané ; puis les conteneurs Tomcat démarrent sur chaque hôte et nginx leur envoie les requêtes.</translation>
    </message>
    <message>
        <source>More Docker &amp;hosts from the snapshot:</source>
        <translation>Autres &amp;hôtes Docker depuis l&apos;instantané :</translation>
    </message>
    <message>
        <source>Tomcat &amp;containers on each host:</source>
        <translation>&amp;Conteneurs Tomcat sur chaque hôte :</translation>
    </message>
    <message>
        <source>L&amp;aunch</source>
        <translation>L&amp;ancer</translation>
    </message>
</context>
<context>
    <name>NginxCommands</name>
    <message>
        <source>&quot;%1&quot; is not a destination (USER@HOST[:PORT]): %2</source>
        <translation>« %1 » n’est pas une destination (UTILISATEUR@HÔTE[:PORT]) : %2</translation>
    </message>
    <message>
        <source>it names no user</source>
        <translation>elle ne nomme aucun utilisateur</translation>
    </message>
    <message>
        <source>the &quot;]&quot; after the IPv6 address is missing</source>
        <translation>le « ] » après l’adresse IPv6 manque</translation>
    </message>
    <message>
        <source>only &quot;:PORT&quot; may follow the address</source>
        <translation>seul « :PORT » peut suivre l’adresse</translation>
    </message>
    <message>
        <source>put an IPv6 address in brackets, as in root@[2001:db8::5]:22</source>
        <translation>mettez une adresse IPv6 entre crochets, comme root@[2001:db8::5]:22</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>elle ne nomme aucun hôte</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>--trust takes a host key fingerprint as ssh-keygen -l prints it (SHA256: and 43 characters), not &quot;%1&quot;</source>
        <translation>--trust attend une empreinte de clé d’hôte telle que l’affiche ssh-keygen -l (SHA256: et 43 caractères), pas « %1 »</translation>
    </message>
    <message>
        <source>No key to log in with: %1 holds none of id_ed25519, id_rsa and id_ecdsa. Name one with --identity KEY.</source>
        <translation>Aucune clé pour se connecter : %1 ne contient ni id_ed25519, ni id_rsa, ni id_ecdsa. Indiquez-en une avec --identity CLÉ.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase, and the keychain holds none that opens it. quaysidectl never takes a passphrase on its command line: keep it in the keychain with quaysidectl remember-passphrase %1, or log in with a key that has none.</source>
        <translation>%1 est protégée par une phrase de passe, et le trousseau n’en contient aucune qui l’ouvre. quaysidectl ne prend jamais de phrase de passe sur sa ligne de commande : conservez-la dans le trousseau avec quaysidectl remember-passphrase %1, ou connectez-vous avec une clé qui n’en a pas.</translation>
    </message>
    <message>
        <source>%1 If it is the same, run the command again with --trust %2</source>
        <translation>%1 Si c’est la même, relancez la commande avec --trust %2</translation>
    </message>
    <message>
        <source>%1 With quaysidectl: remove the host&apos;s line from %2, then run the command again with --trust and the new fingerprint.</source>
        <translation>%1 Avec quaysidectl : supprimez la ligne de l’hôte dans %2, puis relancez la commande avec --trust et la nouvelle empreinte.</translation>
    </message>
    <message>
        <source>quaysidectl: interrupted. What runs on %1 was not stopped: it completes the change or keeps the version in service before it, never half of one. See which version is in service with: quaysidectl nginx-versions %1</source>
        <translation>quaysidectl : interrompu. Ce qui s’exécute sur %1 n’a pas été arrêté : la modification s’achève ou la version précédente reste en service, jamais une moitié. Pour voir quelle version est en service : quaysidectl nginx-versions %1</translation>
    </message>
    <message>
        <source>quaysidectl: interrupted; nothing was changed on %1.</source>
        <translation>quaysidectl : interrompu ; rien n’a été modifié sur %1.</translation>
    </message>
    <message>
        <source>Version %1 is in service on %2, unchanged.</source>
        <translation>La version %1 est en service sur %2, inchangée.</translation>
    </message>
    <message>
        <source>Version %1 is in service on %2, with the files of version %3.</source>
        <translation>La version %1 est en service sur %2, avec les fichiers de la version %3.</translation>
    </message>
    <message>
        <source>Version %1 is in service on %2.</source>
        <translation>La version %1 est en service sur %2.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>DEPLOYED (UTC)</source>
        <translation>DÉPLOYÉE (UTC)</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>déployée</translation>
    </message>
    <message>
        <source>The private key to log in with (default: the first of id_ed25519, id_rsa and id_ecdsa in %1). An encrypted key&apos;s passphrase comes from the keychain, never from the command line.</source>
        <translation>La clé privée pour se connecter (par défaut : la première de id_ed25519, id_rsa et id_ecdsa dans %1). La phrase de passe d’une clé chiffrée vient du trousseau, jamais de la ligne de commande.</translation>
    </message>
    <message>
        <source>Work as root through sudo (without a password) when the user is not root.</source>
        <translation>Travailler en root via sudo (sans mot de passe) lorsque l’utilisateur n’est pas root.</translation>
    </message>
    <message>
        <source>Accept the host key with exactly this fingerprint when Quayside does not know the host yet, after comparing it with the server&apos;s own (its console log, or ssh-keygen -l on the server).</source>
        <translation>Accepter la clé d’hôte ayant exactement cette empreinte lorsque Quayside ne connaît pas encore l’hôte, après l’avoir comparée à celle du serveur (son journal de console, ou ssh-keygen -l sur le serveur).</translation>
    </message>
    <message>
        <source>The known_hosts file host keys are checked against and kept in (default: %1, shared with the app).</source>
        <translation>Le fichier known_hosts auquel les clés d’hôte sont comparées et où elles sont conservées (par défaut : %1, partagé avec l’application).</translation>
    </message>
    <message>
        <source>nginx&apos;s configuration folder on the host (default: %1); the main configuration and conf.d follow it unless given.</source>
        <translation>Le dossier de configuration de nginx sur l’hôte (par défaut : %1) ; la configuration principale et conf.d en découlent sauf indication contraire.</translation>
    </message>
    <message>
        <source>nginx&apos;s main configuration on the host (default: %1).</source>
        <translation>La configuration principale de nginx sur l’hôte (par défaut : %1).</translation>
    </message>
    <message>
        <source>The folder on the host whose files nginx includes, where the balancer&apos;s files go (default: %1).</source>
        <translation>Le dossier de l’hôte dont nginx inclut les fichiers, où vont les fichiers de l’équilibreur (par défaut : %1).</translation>
    </message>
    <message>
        <source>Where the host keeps the versions, outside nginx&apos;s folder (default: %1).</source>
        <translation>Où l’hôte conserve les versions, hors du dossier de nginx (par défaut : %1).</translation>
    </message>
    <message>
        <source>nginx&apos;s pid file on the host (default: %1).</source>
        <translation>Le fichier pid de nginx sur l’hôte (par défaut : %1).</translation>
    </message>
    <message>
        <source>The nginx program on the host (default: %1).</source>
        <translation>Le programme nginx sur l’hôte (par défaut : %1).</translation>
    </message>
    <message>
        <source>nginx&apos;s prefix folder on the host, as for nginx -p (default: the one it was built with).</source>
        <translation>Le dossier préfixe de nginx sur l’hôte, comme pour nginx -p (par défaut : celui de sa compilation).</translation>
    </message>
    <message>
        <source>The version rollback-nginx puts back in service (default: the one before the current one).</source>
        <translation>La version que rollback-nginx remet en service (par défaut : celle qui précède la version actuelle).</translation>
    </message>
    <message>
        <source>%1 keeps no versions yet: deploy-nginx makes the first.</source>
        <translation>%1 ne conserve encore aucune version : deploy-nginx crée la première.</translation>
    </message>
    <message>
        <source>FROM and TO are version numbers (0, 1, 2, ...), not &quot;%1&quot;</source>
        <translation>FROM et TO sont des numéros de version (0, 1, 2…), pas « %1 »</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same files.</source>
        <translation>Les versions %1 et %2 ont les mêmes fichiers.</translation>
    </message>
    <message>
        <source>--to takes a version number (0, 1, 2, ...), not &quot;%1&quot;</source>
        <translation>--to attend un numéro de version (0, 1, 2…), pas « %1 »</translation>
    </message>
</context>
<context>
    <name>NginxExport</name>
    <message>
        <source>Cannot create the folder %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible de créer le dossier %1 : %2. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose a folder to export the nginx configuration into.</source>
        <translation>%1 est un fichier, pas un dossier : choisissez un dossier où exporter la configuration nginx.</translation>
    </message>
    <message>
        <source>%1 is a file, but the export needs a folder there.</source>
        <translation>%1 est un fichier, mais l’export a besoin d’un dossier à cet endroit.</translation>
    </message>
    <message>
        <source>Could not pack the nginx configuration: %1</source>
        <translation>Impossible d’empaqueter la configuration nginx : %1</translation>
    </message>
    <message>
        <source>%1 is a folder: give the archive a file name ending in .tar.gz.</source>
        <translation>%1 est un dossier : donnez à l’archive un nom de fichier se terminant par .tar.gz.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose where the archive should go.</source>
        <translation>Le dossier %1 n’existe pas : choisissez où placer l’archive.</translation>
    </message>
</context>
<context>
    <name>NginxHostRecipe</name>
    <message>
        <source>The nginx host settings are not valid: check the folder and file names.</source>
        <translation>Les réglages de l&apos;hôte nginx ne sont pas valides : vérifiez le dossier et les noms de fichiers.</translation>
    </message>
    <message>
        <source>nginx load balancer</source>
        <translation>Répartiteur de charge nginx</translation>
    </message>
    <message>
        <source>Install nginx</source>
        <translation>Installer nginx</translation>
    </message>
    <message>
        <source>Turn off nginx&apos;s sites-enabled</source>
        <translation>Désactiver sites-enabled de nginx</translation>
    </message>
    <message>
        <source>Make the folder for new configurations</source>
        <translation>Créer le dossier des nouvelles configurations</translation>
    </message>
    <message>
        <source>Put the balancer&apos;s configuration in place</source>
        <translation>Mettre en place la configuration du répartiteur</translation>
    </message>
    <message>
        <source>Start nginx at every boot</source>
        <translation>Démarrer nginx à chaque démarrage</translation>
    </message>
    <message>
        <source>Have nginx serve the configuration</source>
        <translation>Faire servir la configuration par nginx</translation>
    </message>
</context>
<context>
    <name>NginxImporter</name>
    <message>
        <source>%1, line %2: a quoted string does not end.</source>
        <translation>%1, ligne %2 : une chaîne entre guillemets ne se termine pas.</translation>
    </message>
    <message>
        <source>%1, line %2: a &quot;}&quot; closes nothing.</source>
        <translation>%1, ligne %2 : une « } » ne ferme rien.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; lacks its &quot;;&quot;.</source>
        <translation>%1, ligne %2 : il manque le « ; » de « %3 ».</translation>
    </message>
    <message>
        <source>%1: a &quot;{&quot; is never closed.</source>
        <translation>%1 : une « { » n&apos;est jamais fermée.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not part of Quayside&apos;s model and was left out.</source>
        <translation>%1, ligne %2 : « %3 » ne fait pas partie du modèle de Quayside et a été laissé de côté.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not an address and port.</source>
        <translation>%1, ligne %2 : « %3 » n&apos;est pas une adresse et un port.</translation>
    </message>
    <message>
        <source>%1, line %2: the server parameter &quot;%3&quot; was left out.</source>
        <translation>%1, ligne %2 : le paramètre de serveur « %3 » a été laissé de côté.</translation>
    </message>
    <message>
        <source>The imported configuration does not fit Quayside&apos;s model: %1</source>
        <translation>La configuration importée ne correspond pas au modèle de Quayside : %1</translation>
    </message>
</context>
<context>
    <name>NovaJson</name>
    <message>
        <source>The compute service sent a %1 Quayside cannot read: %2.</source>
        <translation>Le service de calcul a envoyé une réponse (%1) que Quayside ne sait pas lire : %2.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>« %1 » manque</translation>
    </message>
    <message>
        <source>an entry is not an object</source>
        <translation>une entrée n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>flavor list</source>
        <translation>liste des gabarits</translation>
    </message>
    <message>
        <source>image list</source>
        <translation>liste d&apos;images</translation>
    </message>
    <message>
        <source>image description</source>
        <translation>description d&apos;image</translation>
    </message>
    <message>
        <source>keypair list</source>
        <translation>liste des paires de clés</translation>
    </message>
    <message>
        <source>keypair</source>
        <translation>paire de clés</translation>
    </message>
    <message>
        <source>server description</source>
        <translation>description de serveur</translation>
    </message>
    <message>
        <source>it names no id</source>
        <translation>elle ne donne aucun id</translation>
    </message>
    <message>
        <source>server list</source>
        <translation>liste de serveurs</translation>
    </message>
</context>
<context>
    <name>ProvisionStep</name>
    <message>
        <source>Wait for the server&apos;s first boot (cloud-init)</source>
        <translation>Attendre le premier démarrage du serveur (cloud-init)</translation>
    </message>
</context>
<context>
    <name>Recipe</name>
    <message>
        <source>The provisioning script of &quot;%1&quot; is missing from this build.</source>
        <translation>Le script d&apos;installation de « %1 » manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>Setup under way</source>
        <translation>Installation en cours</translation>
    </message>
    <message>
        <source>What was created</source>
        <translation>Ce qui a été créé</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Address or id</source>
        <translation>Adresse ou identifiant</translation>
    </message>
</context>
<context>
    <name>SandboxCredentials</name>
    <message>
        <source>%1 is there but %2 is not. Restore it, or delete %1 to make a new password.</source>
        <translation>%1 existe mais pas %2. Restaurez ce fichier, ou supprimez %1 pour créer un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s credentials could not be read: %1 Delete %2 to make a new password.</source>
        <translation>Les identifiants du bac à sable n&apos;ont pas pu être lus : %1 Supprimez %2 pour créer un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>%1 holds no password. Delete it to make a new one.</source>
        <translation>%1 ne contient aucun mot de passe. Supprimez-le pour en créer un nouveau.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s data folder %1 could not be made.</source>
        <translation>Le dossier de données %1 du bac à sable n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>A small OpenStack-compatible cloud on this machine (Keystone v3, Nova v2.1), for trying Quayside without a cloud account.</source>
        <translation>Un petit nuage compatible OpenStack sur cette machine (Keystone v3, Nova v2.1), pour essayer Quayside sans compte cloud.</translation>
    </message>
    <message>
        <source>The port to listen on (0: any free one).</source>
        <translation>Le port d&apos;écoute (0 : n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>The address to listen on. The API is plain HTTP: keep it on loopback unless the network between is yours.</source>
        <translation>L&apos;adresse d&apos;écoute. L&apos;API parle HTTP en clair : restez sur la boucle locale, sauf si le réseau entre les deux vous appartient.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>The sandbox&apos;s data folder (credentials, later its servers).</source>
        <translation>Le dossier de données du bac à sable (identifiants, plus tard ses serveurs).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>How long a server stays in BUILD (in-memory servers).</source>
        <translation>Durée pendant laquelle un serveur reste en BUILD (serveurs en mémoire).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>quayside-sandbox: listening on %1, which is not loopback: the API is plain HTTP and its password crosses the network readable.</source>
        <translation>quayside-sandbox : écoute sur %1, qui n&apos;est pas la boucle locale : l&apos;API parle HTTP en clair et son mot de passe traverse le réseau lisible.</translation>
    </message>
    <message>
        <source>quayside-sandbox: could not set up the handling of SIGTERM.</source>
        <translation>quayside-sandbox : la gestion de SIGTERM n&apos;a pas pu être mise en place.</translation>
    </message>
    <message>
        <source>quayside-sandbox %1 is running; stop it with Ctrl+C or SIGTERM.</source>
        <translation>quayside-sandbox %1 est en marche ; arrêtez-le avec Ctrl+C ou SIGTERM.</translation>
    </message>
    <message>
        <source>  auth URL:    %1</source>
        <translation>  URL d&apos;auth : %1</translation>
    </message>
    <message>
        <source>  user:        %1 (domain %2), project %3, region %4</source>
        <translation>  utilisateur : %1 (domaine %2), projet %3, région %4</translation>
    </message>
    <message>
        <source>  password:    in %1 (readable by you only)</source>
        <translation>  mot de passe : dans %1 (lisible par vous seul)</translation>
    </message>
    <message>
        <source>  clouds.yaml: %1, cloud &quot;%2&quot;</source>
        <translation>  clouds.yaml : %1, nuage « %2 »</translation>
    </message>
    <message>
        <source>  try:         OS_CLIENT_CONFIG_FILE=%1 OS_CLIENT_SECURE_FILE=%2 openstack --os-cloud %3 flavor list</source>
        <translation>  essayez :    OS_CLIENT_CONFIG_FILE=%1 OS_CLIENT_SECURE_FILE=%2 openstack --os-cloud %3 flavor list</translation>
    </message>
    <message>
        <source>quayside-sandbox stopped.</source>
        <translation>quayside-sandbox est arrêté.</translation>
    </message>
    <message>
        <source>What the servers are: &quot;docker&quot;, a container each on the local Docker Engine (DOCKER_HOST and the docker CLI&apos;s other variables apply), or &quot;memory&quot;, records only.</source>
        <translation>Ce que sont les serveurs : « docker », un conteneur chacun sur le Docker Engine local (DOCKER_HOST et les autres variables de la commande docker s’appliquent), ou « memory », de simples enregistrements.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>The Docker network the servers join (docker backend).</source>
        <translation>Le réseau Docker que rejoignent les serveurs (backend docker).</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>A NAME=VALUE variable for every server&apos;s boot (docker backend; may be given more than once).</source>
        <translation>Une variable NOM=VALEUR pour le démarrage de chaque serveur (backend docker ; peut être donnée plusieurs fois).</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>quayside-sandbox: what an earlier run left on the Docker Engine could not be removed: %1</source>
        <translation>quayside-sandbox : ce qu’une exécution précédente a laissé sur le Docker Engine n’a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>Removed %1 server container(s) and %2 snapshot image(s) an earlier run left.</source>
        <translation>%1 conteneur(s) de serveur et %2 image(s) d’instantané laissés par une exécution précédente ont été supprimés.</translation>
    </message>
    <message>
        <source>quayside-sandbox: servers will fail to boot: %1</source>
        <translation>quayside-sandbox : les serveurs ne pourront pas démarrer : %1</translation>
    </message>
    <message>
        <source>stopped before the host image %1 was made.</source>
        <translation>arrêté avant que l’image d’hôte %1 soit créée.</translation>
    </message>
    <message>
        <source>quayside-sandbox: made the host image %1.</source>
        <translation>quayside-sandbox : image d’hôte %1 créée.</translation>
    </message>
    <message>
        <source>The Docker image the base image debian-12 boots (docker backend); without it, the sandbox&apos;s own, %1, made from Debian&apos;s packages on first use (as root).</source>
        <translation>L’image Docker que démarre l’image de base debian-12 (backend docker) ; sans cette option, celle du bac à sable, %1, créée à partir des paquets Debian à la première utilisation (en root).</translation>
    </message>
    <message>
        <source>Make the sandbox&apos;s own host image unless the Docker Engine has it (as root, about two minutes, once), print its name and exit.</source>
        <translation>Créer l’image d’hôte du bac à sable si le Docker Engine ne l’a pas (en root, environ deux minutes, une seule fois), afficher son nom et quitter.</translation>
    </message>
    <message>
        <source>The Debian mirror to make the host image from (default: the one this machine&apos;s apt uses).</source>
        <translation>Le miroir Debian à partir duquel créer l’image d’hôte (par défaut : celui qu’utilise apt sur cette machine).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>quayside-sandbox: --port takes 0 to 65535, --listen an IP address, --build-seconds a number of seconds, --backend docker or memory, --server-env NAME=VALUE, --mirror an http or https URL; --prepare-image makes the sandbox&apos;s own image, not one named with --host-image.</source>
        <translation>quayside-sandbox : --port attend 0 à 65535, --listen une adresse IP, --build-seconds un nombre de secondes, --backend docker ou memory, --server-env NOM=VALEUR, --mirror une URL http ou https ; --prepare-image crée l’image propre au bac à sable, pas une image nommée avec --host-image.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>The identity service sent a service catalog Quayside cannot read: %1.</source>
        <translation>Le service d&apos;identité a envoyé un catalogue de services que Quayside ne sait pas lire : %1.</translation>
    </message>
    <message>
        <source>a service has no type</source>
        <translation>un service n&apos;a pas de type</translation>
    </message>
    <message>
        <source>The account&apos;s service catalog offers no %1 service. The account may not be allowed to use it, or the cloud calls it otherwise.</source>
        <translation>Le catalogue de services du compte n&apos;offre aucun service %1. Le compte n&apos;y a peut-être pas droit, ou le cloud le nomme autrement.</translation>
    </message>
    <message>
        <source>The %1 service is offered in several regions (%2): choose one for the account.</source>
        <translation>Le service %1 est proposé dans plusieurs régions (%2) : choisissez-en une pour le compte.</translation>
    </message>
    <message>
        <source>The %1 service is not offered in region %2; it is in: %3.</source>
        <translation>Le service %1 n&apos;est pas proposé dans la région %2 ; il l&apos;est dans : %3.</translation>
    </message>
    <message>
        <source>The %1 service in region %2 has no public or internal address.</source>
        <translation>Le service %1 dans la région %2 n&apos;a pas d&apos;adresse publique ni interne.</translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <source>A value holds a NUL character, which no shell can take; remove it and try again.</source>
        <translation>Une valeur contient un caractère NUL, qu&apos;aucun shell n&apos;accepte ; retirez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <source>Cancelled on %1.</source>
        <translation>Annulé sur %1.</translation>
    </message>
    <message>
        <source>Cannot find the address of %1: %2. Check the host name.</source>
        <translation>Impossible de trouver l’adresse de %1 : %2. Vérifiez le nom d’hôte.</translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server listens there. A server that was just created may still be starting; otherwise check the address and the port.</source>
        <translation>%1 a refusé la connexion : aucun serveur SSH n’y écoute. Un serveur qui vient d’être créé est peut-être encore en train de démarrer ; sinon, vérifiez l’adresse et le port.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Check the address, and that a firewall or security group lets SSH through.</source>
        <translation>%1 n’a pas répondu dans les %2 s. Vérifiez l’adresse, et qu’un pare-feu ou un groupe de sécurité laisse passer SSH.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Check the address and the network.</source>
        <translation>Impossible de se connecter à %1 : %2. Vérifiez l’adresse et le réseau.</translation>
    </message>
    <message>
        <source>The SSH library could not start a session.</source>
        <translation>La bibliothèque SSH n’a pas pu démarrer de session.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no SSH greeting within %2 s. A server that was just created may still be starting.</source>
        <translation>%1 a accepté la connexion mais n’a envoyé aucune bannière SSH dans les %2 s. Un serveur qui vient d’être créé est peut-être encore en train de démarrer.</translation>
    </message>
    <message>
        <source>%1 closed the connection before its SSH greeting (%2). A server that was just created may still be starting.</source>
        <translation>%1 a fermé la connexion avant sa bannière SSH (%2). Un serveur qui vient d’être créé est peut-être encore en train de démarrer.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: %2. The server may only offer algorithms Quayside does not support.</source>
        <translation>La négociation SSH avec %1 a échoué : %2. Le serveur ne propose peut-être que des algorithmes que Quayside ne prend pas en charge.</translation>
    </message>
    <message>
        <source>%1 presented no host key.</source>
        <translation>%1 n’a présenté aucune clé d’hôte.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: it presents %2, but Quayside knows the server by %3. Either someone is intercepting the connection (an attack), or the server was rebuilt or reinstalled and has new keys. Quayside did not log in. Only if you know the server was rebuilt, check the new fingerprint (for example in the cloud&apos;s console log) and replace the kept key.</source>
        <translation>La clé d’hôte de %1 a changé : il présente %2, mais Quayside connaît ce serveur sous %3. Soit quelqu’un intercepte la connexion (une attaque), soit le serveur a été reconstruit ou réinstallé et possède de nouvelles clés. Quayside ne s’est pas connecté. Seulement si vous savez que le serveur a été reconstruit, vérifiez la nouvelle empreinte (par exemple dans le journal de console du cloud) et remplacez la clé enregistrée.</translation>
    </message>
    <message>
        <source>Quayside does not know %1 yet. Its host key fingerprint is %2. Compare it with the one the server shows (its console log, or `ssh-keygen -l -f` on the server) and accept it to go on.</source>
        <translation>Quayside ne connaît pas encore %1. L’empreinte de sa clé d’hôte est %2. Comparez-la avec celle qu’affiche le serveur (son journal de console, ou `ssh-keygen -l -f` sur le serveur) et acceptez-la pour continuer.</translation>
    </message>
    <message>
        <source>The console log of %1 shows no SSH host key fingerprints (yet), so its host key %2 cannot be checked against it. cloud-init prints them at the end of the first boot: wait a little and try again, or compare the fingerprint yourself.</source>
        <translation>Le journal de console de %1 ne montre (pas encore) d’empreintes de clés d’hôte SSH, sa clé d’hôte %2 ne peut donc pas y être comparée. cloud-init les affiche à la fin du premier démarrage : patientez un peu et réessayez, ou comparez l’empreinte vous-même.</translation>
    </message>
    <message>
        <source>%1 presents the host key %2, which is not among those in its console log (%3). Something else may be answering at this address (an attack, or a reused address). Quayside did not log in.</source>
        <translation>%1 présente la clé d’hôte %2, qui ne figure pas parmi celles de son journal de console (%3). Quelque chose d’autre répond peut-être à cette adresse (une attaque, ou une adresse réutilisée). Quayside ne s’est pas connecté.</translation>
    </message>
    <message>
        <source>%1 presents the host key %2, not the accepted %3. Quayside did not log in. Compare the fingerprint again before accepting it.</source>
        <translation>%1 présente la clé d’hôte %2, et non la clé acceptée %3. Quayside ne s’est pas connecté. Comparez de nouveau l’empreinte avant de l’accepter.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 did not accept the key %2. Check the user name, and that the key&apos;s public half is in ~%3/.ssh/authorized_keys on the server (for a new cloud server: that it was created with this key pair).</source>
        <translation>%1 n’a pas accepté la clé %2. Vérifiez le nom d’utilisateur, et que la partie publique de la clé se trouve dans ~%3/.ssh/authorized_keys sur le serveur (pour un nouveau serveur cloud : qu’il a été créé avec cette paire de clés).</translation>
    </message>
    <message>
        <source>%1 accepted the key but asks for more (a password or a second factor), which Quayside cannot give. Let the user log in with the key alone.</source>
        <translation>%1 a accepté la clé mais en demande davantage (un mot de passe ou un second facteur), ce que Quayside ne peut pas fournir. Permettez à l’utilisateur de se connecter avec la clé seule.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name to log in to %2 with.</source>
        <translation>« %1 » n’est pas un nom d’utilisateur valable pour se connecter à %2.</translation>
    </message>
    <message>
        <source>No private key was given to log in to %1 with.</source>
        <translation>Aucune clé privée n’a été fournie pour se connecter à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (Gave up after %n attempts.)</source>
        <translation>
            <numerusform>%1 (Abandon après %n tentative.)</numerusform>
            <numerusform>%1 (Abandon après %n tentatives.)</numerusform>
        </translation>
    </message>
    <message>
        <source>A command holds a NUL character, which SSH cannot pass on.</source>
        <translation>Une commande contient un caractère NUL, que SSH ne peut pas transmettre.</translation>
    </message>
    <message>
        <source>Not connected to %1; connect first.</source>
        <translation>Pas connecté à %1 ; connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>The command did not finish within %1 s on %2 and was stopped.</source>
        <translation>La commande ne s’est pas terminée dans les %1 s sur %2 et a été arrêtée.</translation>
    </message>
    <message>
        <source>Cannot put %1 in place on %2: %3</source>
        <translation>Impossible de mettre %1 en place sur %2 : %3</translation>
    </message>
    <message>
        <source>%1 offers no SFTP, which Quayside needs to copy files. Enable the sftp subsystem in the server&apos;s sshd_config.</source>
        <translation>%1 ne propose pas SFTP, dont Quayside a besoin pour copier des fichiers. Activez le sous-système sftp dans le sshd_config du serveur.</translation>
    </message>
    <message>
        <source>Cannot make %1 the owner of %2 on %3: %4</source>
        <translation>Impossible de rendre %1 propriétaire de %2 sur %3 : %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file path.</source>
        <translation>« %1 » n’est pas un chemin de fichier.</translation>
    </message>
    <message>
        <source>%1 is not a file mode.</source>
        <translation>%1 n’est pas un mode de fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an owner (user or user:group).</source>
        <translation>« %1 » n’est pas un propriétaire (utilisateur ou utilisateur:groupe).</translation>
    </message>
    <message>
        <source>%1 is a folder on %2; choose a file name.</source>
        <translation>%1 est un dossier sur %2 ; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 on %2 is larger than %3 bytes, more than Quayside reads this way.</source>
        <translation>%1 sur %2 dépasse %3 octets, plus que ce que Quayside lit de cette façon.</translation>
    </message>
    <message>
        <source>The session with %1 was closed before the operation finished.</source>
        <translation>La session avec %1 a été fermée avant la fin de l’opération.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2). Connect again; if it keeps happening, check the network and the server.</source>
        <translation>La connexion à %1 a été perdue (%2). Reconnectez-vous ; si cela se reproduit, vérifiez le réseau et le serveur.</translation>
    </message>
    <message>
        <source>Logging in to %1 failed: %2</source>
        <translation>L’authentification auprès de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (port %2) is not an address Quayside can connect to.</source>
        <translation>« %1 » (port %2) n’est pas une adresse à laquelle Quayside peut se connecter.</translation>
    </message>
    <message>
        <source>%1 refused to open a channel: %2</source>
        <translation>%1 a refusé d’ouvrir un canal : %2</translation>
    </message>
    <message>
        <source>%1 refused to start the command: %2</source>
        <translation>%1 a refusé de lancer la commande : %2</translation>
    </message>
    <message>
        <source>Sending input to the command on %1 failed: %2</source>
        <translation>L’envoi de l’entrée à la commande sur %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Reading the command&apos;s output on %1 failed: %2</source>
        <translation>La lecture de la sortie de la commande sur %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Waiting for the command&apos;s output on %1 failed: %2</source>
        <translation>L’attente de la sortie de la commande sur %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 refused to start SFTP: %2</source>
        <translation>%1 a refusé de démarrer SFTP : %2</translation>
    </message>
    <message>
        <source>The SFTP server of %1 failed: %2</source>
        <translation>Le serveur SFTP de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 does not exist on %2. Check the path; a folder has to be created first.</source>
        <translation>%1 n’existe pas sur %2. Vérifiez le chemin ; un dossier doit d’abord être créé.</translation>
    </message>
    <message>
        <source>Permission denied for %1 on %2. Log in as a user who may use it.</source>
        <translation>Accès refusé à %1 sur %2. Connectez-vous avec un utilisateur qui y a accès.</translation>
    </message>
    <message>
        <source>The SFTP server of %1 failed on %2: %3</source>
        <translation>Le serveur SFTP de %1 a échoué sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>SshKey</name>
    <message>
        <source>Generating a new %1 key failed in the SSH library. Try again; if it keeps failing, report it as a bug.</source>
        <translation>La génération d’une nouvelle clé %1 a échoué dans la bibliothèque SSH. Réessayez ; si l’échec persiste, signalez-le comme un bogue.</translation>
    </message>
    <message>
        <source>The key %1 is protected by a passphrase. Enter its passphrase to use it.</source>
        <translation>La clé %1 est protégée par une phrase de passe. Saisissez sa phrase de passe pour l’utiliser.</translation>
    </message>
    <message>
        <source>The passphrase of the key %1 is wrong. Enter it again.</source>
        <translation>La phrase de passe de la clé %1 est incorrecte. Saisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>%1 is not a private key Quayside can read. Choose a private key in OpenSSH or PEM format (the file without .pub).</source>
        <translation>%1 n’est pas une clé privée que Quayside peut lire. Choisissez une clé privée au format OpenSSH ou PEM (le fichier sans .pub).</translation>
    </message>
    <message>
        <source>The key file %1 does not exist. Choose another key or create a new one.</source>
        <translation>Le fichier de clé %1 n’existe pas. Choisissez une autre clé ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2. Check its permissions.</source>
        <translation>Impossible de lire le fichier de clé %1 : %2. Vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenSSH public key line (&quot;ssh-ed25519 AAAA... comment&quot;).</source>
        <translation>« %1 » n’est pas une ligne de clé publique OpenSSH (« ssh-ed25519 AAAA... commentaire »).</translation>
    </message>
    <message>
        <source>Cannot read the public key file %1: %2.</source>
        <translation>Impossible de lire le fichier de clé publique %1 : %2.</translation>
    </message>
    <message>
        <source>The key %1 has no private part to write.</source>
        <translation>La clé %1 n’a pas de partie privée à écrire.</translation>
    </message>
    <message>
        <source>The SSH library could not write out the key %1. Report it as a bug.</source>
        <translation>La bibliothèque SSH n’a pas pu écrire la clé %1. Signalez-le comme un bogue.</translation>
    </message>
    <message>
        <source>There is no key to write to %1.</source>
        <translation>Il n’y a aucune clé à écrire dans %1.</translation>
    </message>
</context>
<context>
    <name>SshKeyPage</name>
    <message>
        <source>SSH key</source>
        <translation>Clé SSH</translation>
    </message>
    <message>
        <source>Quayside logs in to the fleet&apos;s servers with an SSH key. The cloud puts its public half on every server it boots.</source>
        <translation>Quayside se connecte aux serveurs de la flotte avec une clé SSH. Le cloud dépose sa moitié publique sur chaque serveur qu&apos;il démarre.</translation>
    </message>
    <message>
        <source>&amp;Generate a new key for Quayside (Ed25519)</source>
        <translation>&amp;Générer une nouvelle clé pour Quayside (Ed25519)</translation>
    </message>
    <message>
        <source>&amp;Use one of my keys</source>
        <translation>&amp;Utiliser une de mes clés</translation>
    </message>
    <message>
        <source>Your SSH keys</source>
        <translation>Vos clés SSH</translation>
    </message>
    <message>
        <source>Ot&amp;her key file...</source>
        <translation>Autre fic&amp;hier de clé...</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase se&amp;crète :</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in the keychain</source>
        <translation>&amp;Retenir la phrase secrète dans le trousseau</translation>
    </message>
</context>
<context>
    <name>TomcatImagePage</name>
    <message>
        <source>Tomcat image</source>
        <translation>Image Tomcat</translation>
    </message>
    <message>
        <source>The image every Tomcat container runs, built on the first Docker host from this Dockerfile, then tried: a container of it must serve a page.</source>
        <translation>L&apos;image qu&apos;exécute chaque conteneur Tomcat, construite sur le premier hôte Docker à partir de ce Dockerfile, puis essayée : un conteneur doit servir une page.</translation>
    </message>
    <message>
        <source>&amp;Dockerfile (Tomcat 10.1 on Debian 12, JDK 17):</source>
        <translation>&amp;Dockerfile (Tomcat 10.1 sur Debian 12, JDK 17) :</translation>
    </message>
    <message>
        <source>Restore Quayside&apos;s &amp;own</source>
        <translation>Rétablir celui de Quayside (&amp;o)</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>The page the test container served:</source>
        <translation>La page servie par le conteneur de test :</translation>
    </message>
    <message>
        <source>Page served by the test container</source>
        <translation>Page servie par le conteneur de test</translation>
    </message>
    <message>
        <source>&amp;Application (WAR):</source>
        <translation>&amp;Application (WAR) :</translation>
    </message>
    <message>
        <source>None: Tomcat&apos;s own welcome page</source>
        <translation>Aucune : la page d&apos;accueil de Tomcat</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>B&amp;uild and try it</source>
        <translation>Constr&amp;uire et essayer</translation>
    </message>
</context>
<context>
    <name>TomcatImageRecipe</name>
    <message>
        <source>The test container has no published port.</source>
        <translation>Le conteneur de test n&apos;a pas de port publié.</translation>
    </message>
    <message>
        <source>Waiting for Tomcat at %1</source>
        <translation>Attente de Tomcat à %1</translation>
    </message>
    <message>
        <source>Tomcat answered after %1 s</source>
        <translation>Tomcat a répondu après %1 s</translation>
    </message>
    <message>
        <source>A container of %1 did not serve Tomcat&apos;s page within %2 s.</source>
        <translation>Un conteneur de %1 n&apos;a pas servi la page de Tomcat en %2 s.</translation>
    </message>
    <message>
        <source>The Tomcat Dockerfile is missing from this build.</source>
        <translation>Le Dockerfile de Tomcat manque dans cette version.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; or &quot;%2&quot; cannot name an image.</source>
        <translation>« %1 » ou « %2 » ne peut pas nommer une image.</translation>
    </message>
    <message>
        <source>The package source must be one line.</source>
        <translation>La source de paquets doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>Build the Tomcat image %1</source>
        <translation>Construire l&apos;image Tomcat %1</translation>
    </message>
    <message>
        <source>The Docker host is gone.</source>
        <translation>L&apos;hôte Docker a disparu.</translation>
    </message>
    <message>
        <source>Tomcat image</source>
        <translation>Image Tomcat</translation>
    </message>
    <message>
        <source>Check that a container of it serves a page</source>
        <translation>Vérifier qu&apos;un conteneur de cette image sert une page</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Quayside</source>
        <translation>Bienvenue dans Quayside</translation>
    </message>
    <message>
        <source>This wizard builds a load-balanced Tomcat fleet for you, one step at a time.</source>
        <translation>Cet assistant construit pour vous, étape par étape, une flotte Tomcat à charge répartie.</translation>
    </message>
    <message>
        <source>Architecture of the fleet</source>
        <translation>Architecture de la flotte</translation>
    </message>
    <message>
        <source>Quayside on your computer drives an OpenStack cloud. An nginx host balances visitors&apos; requests over Tomcat containers on several Docker hosts.</source>
        <translation>Quayside pilote un cloud OpenStack depuis votre ordinateur. Un hôte nginx répartit les requêtes des visiteurs entre des conteneurs Tomcat sur plusieurs hôtes Docker.</translation>
    </message>
    <message>
        <source>&lt;p&gt;What will be built:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;a first cloud server with Docker, reachable only over SSH and mutual TLS;&lt;/li&gt;&lt;li&gt;a Tomcat image with your application, and a snapshot of that server;&lt;/li&gt;&lt;li&gt;an nginx server that balances the load;&lt;/li&gt;&lt;li&gt;more Docker servers from the snapshot, each running Tomcat containers.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nothing is created until you say so, and everything created can be removed again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce qui sera construit :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;un premier serveur cloud avec Docker, joignable uniquement par SSH et TLS mutuel ;&lt;/li&gt;&lt;li&gt;une image Tomcat avec votre application, et un instantané de ce serveur ;&lt;/li&gt;&lt;li&gt;un serveur nginx qui répartit la charge ;&lt;/li&gt;&lt;li&gt;d’autres serveurs Docker créés à partir de l’instantané, chacun faisant tourner des conteneurs Tomcat.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Rien n’est créé sans votre accord, et tout ce qui a été créé peut être supprimé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where should the fleet run?</source>
        <translation>Où la flotte doit-elle tourner ?</translation>
    </message>
    <message>
        <source>&amp;Rackspace Cloud</source>
        <translation>&amp;Rackspace Cloud</translation>
    </message>
    <message>
        <source>Sign in with your Rackspace user name and API key.</source>
        <translation>Connexion avec votre nom d&apos;utilisateur Rackspace et votre clé d&apos;API.</translation>
    </message>
    <message>
        <source>Another &amp;OpenStack cloud</source>
        <translation>Un autre cloud &amp;OpenStack</translation>
    </message>
    <message>
        <source>Type its identity address and your credentials, or import a clouds.yaml or openrc file from its dashboard.</source>
        <translation>Saisissez l&apos;adresse de son service d&apos;identité et vos identifiants, ou importez un fichier clouds.yaml ou openrc de son tableau de bord.</translation>
    </message>
    <message>
        <source>The local &amp;sandbox</source>
        <translation>Le &amp;bac à sable local</translation>
    </message>
    <message>
        <source>A small cloud on this computer, made of Docker containers: no account and no cost. It must be running (start it with the command quayside-sandbox).</source>
        <translation>Un petit cloud sur cet ordinateur, fait de conteneurs Docker : ni compte ni frais. Il doit être en marche (lancez-le avec la commande quayside-sandbox).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stand up and run Tomcat applications in Docker containers on OpenStack clouds.</source>
        <translation>Mettre en place et faire tourner des applications Tomcat dans des conteneurs Docker sur des clouds OpenStack.</translation>
    </message>
    <message>
        <source>quaysidectl: no command given; see quaysidectl --help.</source>
        <translation>quaysidectl : aucune commande indiquée ; voir quaysidectl --help.</translation>
    </message>
    <message>
        <source>quaysidectl: unknown command &quot;%1&quot;; see quaysidectl --help.</source>
        <translation>quaysidectl : commande « %1 » inconnue ; voir quaysidectl --help.</translation>
    </message>
    <message>
        <source>Wrote %1 with conf.d/backends and conf.d/default.conf.</source>
        <translation>%1 écrit avec conf.d/backends et conf.d/default.conf.</translation>
    </message>
    <message>
        <source>Wrote conf.d/backends and conf.d/default.conf into %1.</source>
        <translation>conf.d/backends et conf.d/default.conf écrits dans %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>quaysidectl: warning: %1</source>
        <translation>quaysidectl : avertissement : %1</translation>
    </message>
    <message>
        <source>Saved the balancer to %1.</source>
        <translation>Répartiteur enregistré dans %1.</translation>
    </message>
    <message>
        <source>print the version of quaysidectl and of its libraries</source>
        <translation>afficher la version de quaysidectl et de ses bibliothèques</translation>
    </message>
    <message>
        <source>read an existing backends file and site file (default.conf) into the balancer file, reporting what Quayside leaves out</source>
        <translation>lire un fichier backends et un fichier de site (default.conf) existants dans le fichier de répartiteur, en signalant ce que Quayside laisse de côté</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Command-line face of Quayside: stand up and run Tomcat fleets on OpenStack clouds.</source>
        <translation>L’interface en ligne de commande de Quayside : mettre en place et exploiter des flottes Tomcat sur des clouds OpenStack.</translation>
    </message>
    <message>
        <source>The balancer file the nginx commands use (default: %1).</source>
        <translation>Le fichier de répartiteur utilisé par les commandes nginx (par défaut : %1).</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>Que faire (voir Commandes).</translation>
    </message>
    <message>
        <source>quaysidectl: %1 See quaysidectl --help.</source>
        <translation>quaysidectl : %1 Voir quaysidectl --help.</translation>
    </message>
    <message>
        <source>quaysidectl: usage: quaysidectl %1 %2; see quaysidectl --help.</source>
        <translation>quaysidectl : usage : quaysidectl %1 %2 ; voir quaysidectl --help.</translation>
    </message>
    <message>
        <source>put the balancer in service on an nginx host over SSH, as a new version kept there (nginx checks it first; the version in service stays if nginx refuses it)</source>
        <translation>mettre l’équilibreur en service sur un hôte nginx via SSH, comme nouvelle version conservée là-bas (nginx la vérifie d’abord ; si nginx la refuse, la version en service reste)</translation>
    </message>
    <message>
        <source>list the versions kept on the nginx host; * marks the one in service</source>
        <translation>lister les versions conservées sur l’hôte nginx ; * marque celle en service</translation>
    </message>
    <message>
        <source>print a unified diff of the files of two versions on the nginx host</source>
        <translation>afficher un diff unifié des fichiers de deux versions sur l’hôte nginx</translation>
    </message>
    <message>
        <source>put the version before the current one (or version N) back in service, as a new version</source>
        <translation>remettre en service la version précédant l’actuelle (ou la version N), comme nouvelle version</translation>
    </message>
    <message>
        <source>read the passphrase of the encrypted private key KEY from the terminal or standard input (never from the command line) and keep it in the keychain once it opens the key, for --identity KEY</source>
        <translation>lire la phrase de passe de la clé privée chiffrée KEY depuis le terminal ou l’entrée standard (jamais depuis la ligne de commande) et la conserver dans le trousseau dès qu’elle ouvre la clé, pour --identity KEY</translation>
    </message>
    <message>
        <source>remove the passphrase of KEY from the keychain</source>
        <translation>retirer la phrase de passe de KEY du trousseau</translation>
    </message>
    <message>
        <source>quaysidectl: --%1 does not apply to %2; see quaysidectl --help.</source>
        <translation>quaysidectl : --%1 ne s’applique pas à %2 ; voir quaysidectl --help.</translation>
    </message>
    <message>
        <source>print what the fleet record lists</source>
        <translation>afficher ce que liste le fichier de flotte</translation>
    </message>
    <message>
        <source>delete the servers, snapshot and key pair the fleet record lists (nothing else), then the record</source>
        <translation>supprimer les serveurs, l’instantané et la paire de clés que liste le fichier de flotte (rien d’autre), puis le fichier</translation>
    </message>
    <message>
        <source>set up a fleet as the seed&apos;s plan does (SSH key, first Docker host, Tomcat image, snapshot, nginx host, more hosts from the snapshot, Tomcat containers, nginx backends, final check), or resume the one the fleet record lists</source>
        <translation>installer une flotte comme le fait le plan d&apos;origine (clé SSH, premier hôte Docker, image Tomcat, instantané, hôte nginx, autres hôtes depuis l&apos;instantané, conteneurs Tomcat, backends nginx, vérification finale), ou reprendre celle que liste l&apos;enregistrement de la flotte</translation>
    </message>
    <message>
        <source>run N Tomcat containers over the fleet&apos;s Docker hosts: new ones are started, nginx is sent to the wanted ones, the ones it no longer uses are removed</source>
        <translation>faire tourner N conteneurs Tomcat sur les hôtes Docker de la flotte : les nouveaux sont démarrés, nginx est dirigé vers ceux voulus, ceux qu&apos;il n&apos;utilise plus sont supprimés</translation>
    </message>
    <message>
        <source>print the nginx files rendered from the balancer (the fleet&apos;s, when there is a fleet)</source>
        <translation>afficher les fichiers nginx produits depuis le répartiteur (celui de la flotte, s&apos;il y a une flotte)</translation>
    </message>
    <message>
        <source>write conf.d/backends and conf.d/default.conf (the fleet&apos;s, when there is a fleet) into the folder DEST, or into the archive DEST if it ends in .tar.gz or .tgz</source>
        <translation>écrire conf.d/backends et conf.d/default.conf (ceux de la flotte, s&apos;il y a une flotte) dans le dossier DEST, ou dans l&apos;archive DEST si son nom finit par .tar.gz ou .tgz</translation>
    </message>
    <message>
        <source>quaysidectl: %1</source>
        <translation>quaysidectl : %1</translation>
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
        <translation>Construit avec %1.</translation>
    </message>
</context>
<context>
    <name>quayside::BalancerDialog</name>
    <message>
        <source>Round robin</source>
        <translation>Tour à tour (round robin)</translation>
    </message>
    <message>
        <source>Least connections</source>
        <translation>Moins de connexions</translation>
    </message>
    <message>
        <source>Client address hash (ip_hash)</source>
        <translation>Hachage de l’adresse du client (ip_hash)</translation>
    </message>
    <message>
        <source>Sticky sessions (JSESSIONID)</source>
        <translation>Sessions persistantes (JSESSIONID)</translation>
    </message>
    <message>
        <source>Exported the nginx configuration as %1.</source>
        <translation>Configuration nginx exportée dans %1.</translation>
    </message>
    <message>
        <source>Exported conf.d/backends and conf.d/default.conf into %1.</source>
        <translation>conf.d/backends et conf.d/default.conf exportés dans %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Imported %1 and %2; save to keep them.</source>
        <translation>%1 et %2 importés ; enregistrez pour les conserver.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Laissé de côté : %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Import: Choose the Backends File</source>
        <translation>Import : choisir le fichier backends</translation>
    </message>
    <message>
        <source>Import: Choose the Site File (default.conf)</source>
        <translation>Import : choisir le fichier de site (default.conf)</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export as .tar.gz</source>
        <translation>Exporter en .tar.gz</translation>
    </message>
    <message>
        <source>Compressed tar archives (*.tar.gz *.tgz)</source>
        <translation>Archives tar compressées (*.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>Saving replaces it with the balancer shown here.</source>
        <translation>Enregistrer le remplace par le répartiteur affiché ici.</translation>
    </message>
</context>
<context>
    <name>quayside::CheckPage</name>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>The check passed before.</source>
        <translation>La vérification a réussi auparavant.</translation>
    </message>
    <message>
        <source>Nothing to show: the check ran in an earlier session.</source>
        <translation>Rien à montrer : la vérification a eu lieu lors d&apos;une session précédente.</translation>
    </message>
    <message>
        <source>%1 of %2 requests got the page; each container answered some:</source>
        <translation>%1 requêtes sur %2 ont obtenu la page ; chaque conteneur en a servi :</translation>
    </message>
    <message>
        <source>(not in the record)</source>
        <translation>(absent de l&apos;enregistrement)</translation>
    </message>
    <message>
        <source>The page nginx served at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;:</source>
        <translation>La page servie par nginx à &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; :</translation>
    </message>
</context>
<context>
    <name>quayside::CloudAccountStore</name>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>application credential secret</source>
        <translation>Secret des identifiants d&apos;application</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>the API key</source>
        <extracomment>The object of a sentence such as &quot;Enter %1 again&quot;: translate with the article the sentence needs.</extracomment>
        <translation>la clé d&apos;API</translation>
    </message>
    <message>
        <source>the password</source>
        <extracomment>The object of a sentence such as &quot;Enter %1 again&quot;: translate with the article the sentence needs.</extracomment>
        <translation>le mot de passe</translation>
    </message>
    <message>
        <source>the application credential secret</source>
        <extracomment>The object of a sentence such as &quot;Enter %1 again&quot;: translate with the article the sentence needs.</extracomment>
        <translation>le secret des identifiants d&apos;application</translation>
    </message>
    <message>
        <source>the secret</source>
        <extracomment>The object of a sentence such as &quot;Enter %1 again&quot;: translate with the article the sentence needs.</extracomment>
        <translation>le secret</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the id of a cloud account: use 1 to 64 of the characters a-z, 0-9, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>« %1 » ne peut pas être l&apos;identifiant d&apos;un compte cloud : utilisez 1 à 64 des caractères a-z, 0-9, « - » et « _ ».</translation>
    </message>
    <message>
        <source>The account has no name. Give it a name that tells it apart from your other accounts.</source>
        <translation>Le compte n&apos;a pas de nom. Donnez-lui un nom qui le distingue de vos autres comptes.</translation>
    </message>
    <message>
        <source>The account&apos;s name is too long or holds control characters. Use at most %1 printable characters.</source>
        <translation>Le nom du compte est trop long ou contient des caractères de contrôle. Utilisez au plus %1 caractères imprimables.</translation>
    </message>
    <message>
        <source>The identity URL is missing or not valid. Give the https:// address of the cloud&apos;s identity service (Keystone), for example https://keystone.example.com:5000/v3.</source>
        <translation>L&apos;URL d&apos;identité manque ou n&apos;est pas valide. Indiquez l&apos;adresse https:// du service d&apos;identité du cloud (Keystone), par exemple https://keystone.example.com:5000/v3.</translation>
    </message>
    <message>
        <source>The identity URL holds a user name or password. Remove them from the URL: Quayside keeps the password in the keychain.</source>
        <translation>L&apos;URL d&apos;identité contient un nom d&apos;utilisateur ou un mot de passe. Retirez-les de l&apos;URL : Quayside garde le mot de passe dans le trousseau.</translation>
    </message>
    <message>
        <source>The identity URL has a query or fragment (a part after &quot;?&quot; or &quot;#&quot;). Give only the address of the identity service.</source>
        <translation>L&apos;URL d&apos;identité contient une requête ou un fragment (une partie après « ? » ou « # »). Indiquez seulement l&apos;adresse du service d&apos;identité.</translation>
    </message>
    <message>
        <source>The identity URL uses plain http to %1, where the password could be read on the way. Use the cloud&apos;s https:// address (plain http is allowed only to this computer).</source>
        <translation>L&apos;URL d&apos;identité utilise http en clair vers %1, où le mot de passe pourrait être lu en chemin. Utilisez l&apos;adresse https:// du cloud (http en clair n&apos;est permis que vers cet ordinateur).</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>identifiant d&apos;utilisateur</translation>
    </message>
    <message>
        <source>user domain name</source>
        <translation>nom du domaine d&apos;utilisateur</translation>
    </message>
    <message>
        <source>user domain id</source>
        <translation>identifiant du domaine d&apos;utilisateur</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>nom du projet</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>identifiant du projet</translation>
    </message>
    <message>
        <source>project domain name</source>
        <translation>nom du domaine du projet</translation>
    </message>
    <message>
        <source>project domain id</source>
        <translation>identifiant du domaine du projet</translation>
    </message>
    <message>
        <source>application credential id</source>
        <translation>ID des identifiants d&apos;application</translation>
    </message>
    <message>
        <source>application credential name</source>
        <translation>nom des identifiants d&apos;application</translation>
    </message>
    <message>
        <source>The %1 is too long or holds control characters: use at most %2 printable characters.</source>
        <translation>Le champ « %1 » est trop long ou contient des caractères de contrôle : utilisez au plus %2 caractères imprimables.</translation>
    </message>
    <message>
        <source>No user is given: give the user name or the user id.</source>
        <translation>Aucun utilisateur n&apos;est indiqué : indiquez le nom ou l&apos;identifiant de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>No project is given: give the project (tenant) name or id. Quayside creates its servers in that project.</source>
        <translation>Aucun projet n&apos;est indiqué : indiquez le nom ou l&apos;identifiant du projet (tenant). Quayside crée ses serveurs dans ce projet.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; needs its domain: give the user domain name or id (often &quot;Default&quot;), or give the user id instead.</source>
        <translation>Le nom d&apos;utilisateur « %1 » a besoin de son domaine : indiquez le nom ou l&apos;identifiant du domaine d&apos;utilisateur (souvent « Default »), ou bien l&apos;identifiant de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>No user name is given. Rackspace signs in with the user name and the API key.</source>
        <translation>Aucun nom d&apos;utilisateur n&apos;est indiqué. Rackspace se connecte avec le nom d&apos;utilisateur et la clé d&apos;API.</translation>
    </message>
    <message>
        <source>The project name &quot;%1&quot; needs its domain: give the project domain name or id (often &quot;Default&quot;), or give the project id instead.</source>
        <translation>Le nom de projet « %1 » a besoin de son domaine : indiquez le nom ou l&apos;identifiant du domaine du projet (souvent « Default »), ou bien l&apos;identifiant du projet.</translation>
    </message>
    <message>
        <source>No application credential is given: give its id, or its name together with its user.</source>
        <translation>Les identifiants d&apos;application manquent : indiquez leur ID, ou leur nom avec leur utilisateur.</translation>
    </message>
    <message>
        <source>The application credential &quot;%1&quot; is given by name, which needs its user: give the user id, or the user name with its domain, or give the credential&apos;s id.</source>
        <translation>Les identifiants d&apos;application « %1 » sont donnés par leur nom, ce qui exige leur utilisateur : indiquez l&apos;ID de l&apos;utilisateur, ou son nom avec son domaine, ou l&apos;ID des identifiants.</translation>
    </message>
    <message>
        <source>The cloud account &quot;%1&quot; in %2 is damaged (unknown sign-in method or interface). Remove the account and add it again.</source>
        <translation>Le compte cloud « %1 » dans %2 est endommagé (méthode de connexion ou interface inconnue). Supprimez le compte et ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <source>The cloud account &quot;%1&quot; in %2 is damaged: %3 Remove the account and add it again.</source>
        <translation>Le compte cloud « %1 » dans %2 est endommagé : %3 Supprimez le compte et ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <source>There is no cloud account &quot;%1&quot;. It may have been removed meanwhile; reload the list of accounts.</source>
        <translation>Il n&apos;y a pas de compte cloud « %1 ». Il a peut-être été supprimé entre-temps ; rechargez la liste des comptes.</translation>
    </message>
    <message>
        <source>The cloud account &quot;%1&quot; is busy with another change. Wait for it to finish and try again.</source>
        <translation>Le compte cloud « %1 » est occupé par une autre modification. Attendez qu&apos;elle se termine et réessayez.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>L&apos;opération suivante a échoué : %1. %2</translation>
    </message>
    <message>
        <source>%1: the list of cloud accounts could not be saved to %2. Check that the disk has room and the file is writable, then try again.</source>
        <translation>%1 : la liste des comptes cloud n&apos;a pas pu être enregistrée dans %2. Vérifiez que le disque a de la place et que le fichier est modifiable, puis réessayez.</translation>
    </message>
    <message>
        <source>Saving cloud account &quot;%1&quot;</source>
        <translation>Enregistrement du compte cloud « %1 »</translation>
    </message>
    <message>
        <source>Removing cloud account &quot;%1&quot;</source>
        <translation>Suppression du compte cloud « %1 »</translation>
    </message>
    <message>
        <source>Recording the keychain entry %1</source>
        <translation>Enregistrement de l&apos;entrée de trousseau %1</translation>
    </message>
    <message>
        <source>Recording the removal of the keychain entry %1</source>
        <translation>Enregistrement de la suppression de l&apos;entrée de trousseau %1</translation>
    </message>
    <message>
        <source>The cloud account &quot;%1&quot; cannot be stored: %2</source>
        <translation>Le compte cloud « %1 » ne peut pas être enregistré : %2</translation>
    </message>
    <message>
        <source>The cloud account &quot;%1&quot; needs %2 before it can be stored. Enter it and try again.</source>
        <translation>Saisissez %2 du compte cloud « %1 » avant de l&apos;enregistrer, puis réessayez.</translation>
    </message>
    <message>
        <source>The store of cloud accounts has no keychain or settings.</source>
        <translation>Le magasin des comptes cloud n&apos;a pas de trousseau ou pas de réglages.</translation>
    </message>
    <message>
        <source>There is already a cloud account with the id &quot;%1&quot;. Choose another id, or edit the existing account.</source>
        <translation>Il existe déjà un compte cloud avec l&apos;identifiant « %1 ». Choisissez un autre identifiant, ou modifiez le compte existant.</translation>
    </message>
    <message>
        <source>Storing %1 of cloud account &quot;%2&quot; in the keychain</source>
        <translation>enregistrer %1 du compte cloud « %2 » dans le trousseau</translation>
    </message>
    <message>
        <source>The new secret of cloud account &quot;%2&quot; is empty. Enter %1, or keep the current one.</source>
        <translation>Le nouveau secret du compte cloud « %2 » est vide. Saisissez %1, ou gardez la valeur actuelle.</translation>
    </message>
    <message>
        <source>The keychain no longer holds %1 of cloud account &quot;%2&quot;, so it cannot move with the account&apos;s new settings. Enter %1 again and save.</source>
        <translation>Le trousseau ne contient plus %1 du compte cloud « %2 » ; la valeur ne peut donc pas suivre les nouveaux réglages du compte. Saisissez de nouveau %1 et enregistrez.</translation>
    </message>
    <message>
        <source>Reading %1 of cloud account &quot;%2&quot; from the keychain</source>
        <translation>lire %1 du compte cloud « %2 » dans le trousseau</translation>
    </message>
    <message>
        <source>The keychain entry of cloud account &quot;%1&quot; could not be removed, so the account was kept: %2</source>
        <translation>L&apos;entrée de trousseau du compte cloud « %1 » n&apos;a pas pu être supprimée ; le compte a donc été conservé : %2</translation>
    </message>
    <message>
        <source>The store of cloud accounts has no keychain.</source>
        <translation>Le magasin des comptes cloud n&apos;a pas de trousseau.</translation>
    </message>
    <message>
        <source>The keychain no longer holds %1 of cloud account &quot;%2&quot; (entry %3); it may have been deleted in another program. Enter %1 again in the account&apos;s settings.</source>
        <translation>Le trousseau ne contient plus %1 du compte cloud « %2 » (entrée %3) ; l&apos;entrée a peut-être été supprimée dans un autre programme. Saisissez de nouveau %1 dans les réglages du compte.</translation>
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
        <translation>%1 a refusé la requête : %2</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials (%2). Check the user name and the API key or password of the account.</source>
        <translation>%1 n&apos;a pas accepté les identifiants (%2). Vérifiez le nom d&apos;utilisateur et la clé d&apos;API ou le mot de passe du compte.</translation>
    </message>
    <message>
        <source>%1 does not allow this (%2). The account may lack a role, or a quota is used up.</source>
        <translation>%1 ne le permet pas (%2). Il manque peut-être un rôle au compte, ou un quota est épuisé.</translation>
    </message>
    <message>
        <source>%1 has no such thing: %2</source>
        <translation>%1 ne connaît pas cela : %2</translation>
    </message>
    <message>
        <source>%1 refused because of a conflict: %2</source>
        <translation>%1 a refusé à cause d&apos;un conflit : %2</translation>
    </message>
    <message>
        <source>%1 asks Quayside to slow down (%2); it can be tried again in %3 s.</source>
        <translation>%1 demande à Quayside de ralentir (%2) ; on peut réessayer dans %3 s.</translation>
    </message>
    <message>
        <source>%1 refused the request as over a limit (%2). Check the account&apos;s quotas.</source>
        <translation>%1 a refusé la requête, au-delà d&apos;une limite (%2). Vérifiez les quotas du compte.</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2): %3. Try again later; if it goes on, check the cloud&apos;s status page.</source>
        <translation>%1 a échoué (HTTP %2) : %3. Réessayez plus tard ; si cela continue, consultez la page d&apos;état du cloud.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 a répondu HTTP %2 : %3</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer within %3 s. The cloud may be slow or unreachable from here.</source>
        <translation>%1 sur %2 n&apos;a pas répondu en %3 s. Le cloud est peut-être lent ou injoignable d&apos;ici.</translation>
    </message>
    <message>
        <source>The host name of %1 (%2) cannot be resolved. Check the address and the network.</source>
        <translation>Le nom d&apos;hôte de %1 (%2) ne peut pas être résolu. Vérifiez l&apos;adresse et le réseau.</translation>
    </message>
    <message>
        <source>%1 at %2 refused the connection.</source>
        <translation>%1 sur %2 a refusé la connexion.</translation>
    </message>
    <message>
        <source>The secure connection to %1 at %2 failed: %3. Its certificate is not trusted by this system.</source>
        <translation>La connexion sécurisée à %1 sur %2 a échoué : %3. Ce système ne fait pas confiance à son certificat.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>La requête à %1 a été annulée.</translation>
    </message>
    <message>
        <source>The connection to %1 at %2 failed: %3</source>
        <translation>La connexion à %1 sur %2 a échoué : %3</translation>
    </message>
    <message>
        <source>No network access for %1.</source>
        <translation>Pas d&apos;accès réseau pour %1.</translation>
    </message>
</context>
<context>
    <name>quayside::CloudResourcesPage</name>
    <message>
        <source>Sign in on the previous page first.</source>
        <translation>Connectez-vous d&apos;abord à la page précédente.</translation>
    </message>
    <message>
        <source>Reading the cloud&apos;s regions...</source>
        <translation>Lecture des régions du cloud...</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog lists no compute service (Nova) for this account, so Quayside cannot make servers there. Check the project.</source>
        <translation>Le catalogue du cloud ne liste aucun service de calcul (Nova) pour ce compte : Quayside ne peut pas y créer de serveurs. Vérifiez le projet.</translation>
    </message>
    <message>
        <source>(unnamed region)</source>
        <translation>(région sans nom)</translation>
    </message>
    <message>
        <source>Reading the flavors and images of region %1...</source>
        <translation>Lecture des flavors et des images de la région %1...</translation>
    </message>
    <message>
        <source>The cloud offers no Debian or Ubuntu LTS image here: choose the base image yourself. Quayside&apos;s recipes need Debian or Ubuntu.</source>
        <translation>Le cloud n&apos;offre ici aucune image Debian ou Ubuntu LTS : choisissez vous-même l&apos;image de base. Les recettes de Quayside demandent Debian ou Ubuntu.</translation>
    </message>
    <message>
        <source>Quayside could not read what the cloud offers: %1 Press Reload to try again.</source>
        <translation>Quayside n&apos;a pas pu lire l&apos;offre du cloud : %1 Appuyez sur Recharger pour réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vCPU(s), %2 memory, %3 GB disk</source>
        <translation>
            <numerusform>%1 : %n vCPU, %2 de mémoire, disque de %3 Go</numerusform>
            <numerusform>%1 : %n vCPU, %2 de mémoire, disque de %3 Go</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no disk of its own: cannot be snapshotted)</source>
        <translation>%1 (pas de disque à elle : pas de snapshot possible)</translation>
    </message>
</context>
<context>
    <name>quayside::CredentialsPage</name>
    <message>
        <source>US accounts (and those of Hong Kong and Sydney) sign in at the first, London accounts at the second.</source>
        <translation>Les comptes américains (et ceux de Hong Kong et de Sydney) se connectent au premier, ceux de Londres au second.</translation>
    </message>
    <message>
        <source>Your Rackspace user name and API key. Quayside signs in to check them, then keeps the key in your system keychain.</source>
        <translation>Votre nom d&apos;utilisateur Rackspace et votre clé d&apos;API. Quayside se connecte pour les vérifier, puis garde la clé dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Where the cloud&apos;s identity service (Keystone) is, and who you are there. Quayside signs in to check them, then keeps the secret in your system keychain.</source>
        <translation>Où se trouve le service d&apos;identité (Keystone) du cloud, et qui vous y êtes. Quayside se connecte pour vérifier, puis garde le secret dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>The sandbox on this computer. Its password stays in the sandbox&apos;s own folder.</source>
        <translation>Le bac à sable de cet ordinateur. Son mot de passe reste dans le dossier du bac à sable.</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (projet %2)</translation>
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
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Se&amp;cret:</source>
        <translation>Se&amp;cret :</translation>
    </message>
    <message>
        <source>only with a credential name instead of an ID</source>
        <translation>seulement avec un nom d&apos;identifiant au lieu d&apos;un ID</translation>
    </message>
    <message>
        <source>Signing in to the sandbox...</source>
        <translation>Connexion au bac à sable...</translation>
    </message>
    <message>
        <source>Signed in to the sandbox as %1.</source>
        <translation>Connecté au bac à sable en tant que %1.</translation>
    </message>
    <message>
        <source>Signing in to %1...</source>
        <translation>Connexion à %1...</translation>
    </message>
    <message>
        <source>Saving the account in the keychain...</source>
        <translation>Enregistrement du compte dans le trousseau...</translation>
    </message>
    <message>
        <source>Signed in, but the account could not be saved: %1</source>
        <translation>Connecté, mais le compte n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Signed in as %1. The account &quot;%2&quot; is saved, its %3 in the keychain.</source>
        <translation>Connecté en tant que %1. Le compte « %2 » est enregistré, son %3 dans le trousseau.</translation>
    </message>
    <message>
        <source>The sandbox does not answer at %1: start it with the command quayside-sandbox and try again. (%2)</source>
        <translation>Le bac à sable ne répond pas à %1 : lancez-le avec la commande quayside-sandbox et réessayez. (%2)</translation>
    </message>
    <message>
        <source>The address is wrong or unreachable: Quayside cannot reach the identity service at %1. Check the address and this computer&apos;s network. (%2)</source>
        <translation>L&apos;adresse est fausse ou injoignable : Quayside ne joint pas le service d&apos;identité à %1. Vérifiez l&apos;adresse et le réseau de cet ordinateur. (%2)</translation>
    </message>
    <message>
        <source>The address is wrong: %1 does not answer like an OpenStack identity service (Keystone). Such addresses usually end in /v3 (or /v2.0 on old clouds). (%2)</source>
        <translation>L&apos;adresse est fausse : %1 ne répond pas comme un service d&apos;identité OpenStack (Keystone). Ces adresses finissent d&apos;ordinaire par /v3 (ou /v2.0 sur les anciens clouds). (%2)</translation>
    </message>
    <message>
        <source>The project was refused: the identity service accepted the user but does not let it use the project &quot;%1&quot;. Check the project and that the user has a role in it. (%2)</source>
        <translation>Le projet a été refusé : le service d&apos;identité a accepté l&apos;utilisateur mais ne le laisse pas utiliser le projet « %1 ». Vérifiez le projet et que l&apos;utilisateur y a un rôle. (%2)</translation>
    </message>
    <message>
        <source>The user name or the API key is wrong: Rackspace did not accept them. Copy the API key again from the Cloud Control Panel.</source>
        <translation>Le nom d&apos;utilisateur ou la clé d&apos;API est faux : Rackspace ne les a pas acceptés. Copiez à nouveau la clé d&apos;API depuis le Cloud Control Panel.</translation>
    </message>
    <message>
        <source>The application credential or its secret is wrong: the identity service did not accept them. Check that the credential still exists and has not expired.</source>
        <translation>L&apos;identifiant d&apos;application ou son secret est faux : le service d&apos;identité ne les a pas acceptés. Vérifiez que l&apos;identifiant existe toujours et n&apos;a pas expiré.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong: the identity service did not accept them. Check them, and the user&apos;s domain (%1).</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est faux : le service d&apos;identité ne les a pas acceptés. Vérifiez-les, ainsi que le domaine de l&apos;utilisateur (%1).</translation>
    </message>
    <message>
        <source>Checking whether the user or the project was refused...</source>
        <translation>Vérification : l&apos;utilisateur ou le projet a-t-il été refusé...</translation>
    </message>
    <message>
        <source>The project is wrong: the user name and password are right, but the project &quot;%1&quot; (domain %2) does not exist or the user has no role in it.</source>
        <translation>Le projet est faux : le nom d&apos;utilisateur et le mot de passe sont bons, mais le projet « %1 » (domaine %2) n&apos;existe pas ou l&apos;utilisateur n&apos;y a pas de rôle.</translation>
    </message>
    <message>
        <source>Import a clouds.yaml or openrc file</source>
        <translation>Importer un fichier clouds.yaml ou openrc</translation>
    </message>
    <message>
        <source>OpenStack credentials (clouds.yaml clouds.yml *.yaml *.yml *openrc* *.sh);;All files (*)</source>
        <translation>Identifiants OpenStack (clouds.yaml clouds.yml *.yaml *.yml *openrc* *.sh);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file holds no secret: type it in.</source>
        <translation>Le fichier ne contient pas de secret : saisissez-le.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;. Press Next to sign in.</source>
        <translation>« %1 » importé. Appuyez sur Suivant pour vous connecter.</translation>
    </message>
</context>
<context>
    <name>quayside::DeployDialog</name>
    <message>
        <source>Check it before you trust it. On the server, `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` prints the fingerprint of its ed25519 key (use the .pub file of the key type the server offers); a cloud server&apos;s console log shows the same fingerprints after its first boot. If they differ, do not trust it: something else answers at this address.</source>
        <translation>Vérifiez-la avant de lui faire confiance. Sur le serveur, `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` affiche l&apos;empreinte de sa clé ed25519 (utilisez le fichier .pub du type de clé que le serveur propose) ; le journal de console d&apos;un serveur cloud montre les mêmes empreintes après son premier démarrage. Si elles diffèrent, ne lui faites pas confiance : autre chose répond à cette adresse.</translation>
    </message>
    <message>
        <source>There is no balancer to deploy yet: edit one in Fleet &gt; Load Balancer and save it.</source>
        <translation>Il n&apos;y a pas encore de répartiteur à déployer : modifiez-en un dans Flotte &gt; Répartiteur de charge et enregistrez-le.</translation>
    </message>
    <message>
        <source>%1 (1 server)</source>
        <translation>%1 (1 serveur)</translation>
    </message>
    <message>
        <source>%1 (%2 servers)</source>
        <translation>%1 (%2 serveurs)</translation>
    </message>
    <message>
        <source>Deploys the load balancer with the pools %1.</source>
        <translation>Déploie le répartiteur avec les pools %1.</translation>
    </message>
    <message>
        <source>You can still connect, compare the versions kept on the balancer and roll back.</source>
        <translation>Vous pouvez tout de même vous connecter, comparer les versions conservées sur le répartiteur et revenir en arrière.</translation>
    </message>
    <message>
        <source>Choose the Private Key</source>
        <translation>Choisir la clé privée</translation>
    </message>
    <message>
        <source>Enter the balancer&apos;s host name or address.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du répartiteur.</translation>
    </message>
    <message>
        <source>Enter the user to log in as (root, or a user with sudo).</source>
        <translation>Saisissez l&apos;utilisateur de connexion (root, ou un utilisateur avec sudo).</translation>
    </message>
    <message>
        <source>Choose the private key file to log in with.</source>
        <translation>Choisissez le fichier de clé privée pour se connecter.</translation>
    </message>
    <message>
        <source>Check the Advanced settings: %1</source>
        <translation>Vérifiez les réglages avancés : %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Reading the private key %1…</source>
        <translation>Lecture de la clé privée %1…</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Not logged in yet: the private key needs its passphrase.</source>
        <translation>Pas encore connecté : la clé privée a besoin de sa phrase de passe.</translation>
    </message>
    <message>
        <source>Opening the private key %1…</source>
        <translation>Ouverture de la clé privée %1…</translation>
    </message>
    <message>
        <source>That passphrase does not open %1. Enter it again.</source>
        <translation>Cette phrase de passe n&apos;ouvre pas %1. Saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Logged in to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Connected. Versions kept on the balancer: %1.</source>
        <translation>Connecté. Versions conservées sur le répartiteur : %1.</translation>
    </message>
    <message>
        <source>WARNING: the server&apos;s host key has changed, so Quayside refused to log in.</source>
        <translation>ATTENTION : la clé d&apos;hôte du serveur a changé, Quayside a donc refusé de se connecter.</translation>
    </message>
    <message>
        <source>%1 presented a host key that Quayside has not seen before. Its fingerprint is:</source>
        <translation>%1 a présenté une clé d&apos;hôte que Quayside n&apos;a jamais vue. Son empreinte est :</translation>
    </message>
    <message>
        <source>Not logged in yet: check the server&apos;s host key first.</source>
        <translation>Pas encore connecté : vérifiez d&apos;abord la clé d&apos;hôte du serveur.</translation>
    </message>
    <message>
        <source>Unknown host key %1: waiting for you to check it</source>
        <translation>Clé d&apos;hôte inconnue %1 : en attente de votre vérification</translation>
    </message>
    <message>
        <source>Trusting exactly the host key %1, as you confirmed</source>
        <translation>Confiance accordée exactement à la clé d&apos;hôte %1, comme vous l&apos;avez confirmé</translation>
    </message>
    <message>
        <source>Not connected: the host key was not trusted.</source>
        <translation>Non connecté : la clé d&apos;hôte n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>Not connected: the private key stays locked.</source>
        <translation>Non connecté : la clé privée reste verrouillée.</translation>
    </message>
    <message>
        <source>Deploying the load balancer to %1</source>
        <translation>Déploiement du répartiteur sur %1</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Put the version before version %1 back in service? It is checked like any deployment and kept as a new version; no version is deleted.</source>
        <translation>Remettre en service la version précédant la version %1 ? Elle est vérifiée comme tout déploiement et conservée comme nouvelle version ; aucune version n&apos;est supprimée.</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>Re&amp;tour en arrière</translation>
    </message>
    <message>
        <source>Rolling back to the previous version</source>
        <translation>Retour à la version précédente</translation>
    </message>
    <message>
        <source>Restore Version %1</source>
        <translation>Rétablir la version %1</translation>
    </message>
    <message>
        <source>Put the files of version %1 back in service? They are checked like any deployment and kept as a new version.</source>
        <translation>Remettre en service les fichiers de la version %1 ? Ils sont vérifiés comme tout déploiement et conservés comme nouvelle version.</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>Rétab&amp;lir</translation>
    </message>
    <message>
        <source>Restoring version %1</source>
        <translation>Rétablissement de la version %1</translation>
    </message>
    <message>
        <source>Unchanged: version %1 is in service already, so nothing was reloaded.</source>
        <translation>Inchangé : la version %1 est déjà en service, rien n&apos;a donc été rechargé.</translation>
    </message>
    <message>
        <source>Version %1 is in service.</source>
        <translation>La version %1 est en service.</translation>
    </message>
    <message>
        <source>Could not list the versions: %1</source>
        <translation>Impossible de lister les versions : %1</translation>
    </message>
    <message>
        <source>%1 (in service)</source>
        <translation>%1 (en service)</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>déployée</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same files.</source>
        <translation>Les versions %1 et %2 ont les mêmes fichiers.</translation>
    </message>
    <message>
        <source>From version %1 to version %2:</source>
        <translation>De la version %1 à la version %2 :</translation>
    </message>
    <message>
        <source>Check the configuration with nginx on the balancer, keep it as a new version and put it in service</source>
        <translation>Vérifier la configuration avec nginx sur le répartiteur, la conserver comme nouvelle version et la mettre en service</translation>
    </message>
    <message>
        <source>Busy: wait for the result, or press Close (a deployment the balancer has started finishes there).</source>
        <translation>Occupé : attendez le résultat, ou appuyez sur Fermer (un déploiement commencé par le répartiteur s&apos;y termine).</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Deployment log</source>
        <translation>Journal du déploiement</translation>
    </message>
    <message>
        <source>Differences between the selected versions</source>
        <translation>Différences entre les versions sélectionnées</translation>
    </message>
    <message>
        <source>Versions on the balancer</source>
        <translation>Versions sur le répartiteur</translation>
    </message>
</context>
<context>
    <name>quayside::DockerCli</name>
    <message>
        <source>%1 did not finish within %2 s: is the Docker Engine overloaded or hanging?</source>
        <translation>%1 ne s’est pas terminé en %2 s : le Docker Engine est-il surchargé ou bloqué ?</translation>
    </message>
    <message>
        <source>%1 could not be run (%2): install the docker command-line client (Debian package docker.io).</source>
        <translation>%1 n’a pas pu être exécuté (%2) : installez le client en ligne de commande docker (paquet Debian docker.io).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>docker inspect gave no container in its answer.</source>
        <translation>docker inspect n’a donné aucun conteneur dans sa réponse.</translation>
    </message>
</context>
<context>
    <name>quayside::DockerClient</name>
    <message>
        <source>The Docker Engine at %1 did not answer within %2 s. The host may be overloaded or a firewall may be dropping port %3.</source>
        <translation>Le Docker Engine sur %1 n&apos;a pas répondu en %2 s. L&apos;hôte est peut-être surchargé, ou un pare-feu bloque le port %3.</translation>
    </message>
    <message>
        <source>The Docker Engine at %1 presented a certificate for other names (%2), not for %3. Re-issue the host&apos;s server certificate with every address it is reached by.</source>
        <translation>Le Docker Engine sur %1 a présenté un certificat pour d&apos;autres noms (%2), pas pour %3. Réémettez le certificat serveur de l&apos;hôte avec toutes les adresses par lesquelles on le joint.</translation>
    </message>
    <message>
        <source>Quayside refused the certificate of the Docker Engine at %1: %2. It was not issued by this fleet&apos;s certificate authority; re-run the host&apos;s Docker setup to install one that is.</source>
        <translation>Quayside a refusé le certificat du Docker Engine sur %1 : %2. Il n&apos;a pas été émis par l&apos;autorité de certification de cette flotte ; relancez l&apos;installation de Docker sur l&apos;hôte pour en installer un qui l&apos;est.</translation>
    </message>
    <message>
        <source>The Docker Engine at %1 refused Quayside&apos;s client certificate (%2). The daemon trusts another certificate authority; re-run the host&apos;s Docker setup to install this fleet&apos;s.</source>
        <translation>Le Docker Engine sur %1 a refusé le certificat client de Quayside (%2). Le démon fait confiance à une autre autorité de certification ; relancez l&apos;installation de Docker sur l&apos;hôte pour installer celle de cette flotte.</translation>
    </message>
    <message>
        <source>The TLS handshake with the Docker Engine at %1 failed: %2</source>
        <translation>La négociation TLS avec le Docker Engine sur %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: is the Docker daemon running and listening there with TLS?</source>
        <translation>%1 a refusé la connexion sur le port %2 : le démon Docker tourne-t-il et écoute-t-il là avec TLS ?</translation>
    </message>
    <message>
        <source>The host name of %1 (%2) cannot be resolved.</source>
        <translation>Le nom d&apos;hôte de %1 (%2) ne peut pas être résolu.</translation>
    </message>
    <message>
        <source>The request to the Docker Engine at %1 was cancelled.</source>
        <translation>La requête au Docker Engine sur %1 a été annulée.</translation>
    </message>
    <message>
        <source>The connection to the Docker Engine at %1 failed: %2</source>
        <translation>La connexion au Docker Engine sur %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The Docker Engine at %1 speaks only TLS: use an https:// address.</source>
        <translation>Le Docker Engine sur %1 ne parle que TLS : utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (sur %2)</translation>
    </message>
    <message>
        <source>The Docker Engine at %1 refused the request: %2</source>
        <translation>Le Docker Engine sur %1 a refusé la requête : %2</translation>
    </message>
    <message>
        <source>The Docker Engine at %1 failed (HTTP %2): %3</source>
        <translation>Le Docker Engine sur %1 a échoué (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>The stream from %1 was cancelled.</source>
        <translation>Le flux de %1 a été annulé.</translation>
    </message>
    <message>
        <source>No network access for %1.</source>
        <translation>Pas d&apos;accès réseau pour %1.</translation>
    </message>
    <message>
        <source>%1 answered the ping with something other than a Docker Engine&apos;s &quot;OK&quot;.</source>
        <translation>%1 a répondu au ping par autre chose que le « OK » d&apos;un Docker Engine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a container: use letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;.</source>
        <translation>« %1 » ne peut pas nommer un conteneur : utilisez des lettres, des chiffres, « _ », « . » et « - ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name an image: use a lowercase repository name with an optional :tag, as in &quot;quayside/tomcat:10.1&quot;.</source>
        <translation>« %1 » ne peut pas nommer une image : utilisez un nom de dépôt en minuscules avec un :tag facultatif, comme « quayside/tomcat:10.1 ».</translation>
    </message>
    <message>
        <source>an unreadable progress line: %1</source>
        <translation>une ligne de progression illisible : %1</translation>
    </message>
    <message>
        <source>Building %1 on %2 failed: %3</source>
        <translation>La construction de %1 sur %2 a échoué : %3</translation>
    </message>
    <message>
        <source>The build of %1 on %2 ended without naming the image it made.</source>
        <translation>La construction de %1 sur %2 s&apos;est terminée sans nommer l&apos;image produite.</translation>
    </message>
    <message>
        <source>Loading the image into %1 failed: %2</source>
        <translation>Le chargement de l&apos;image dans %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Importing the image into %1 failed: %2</source>
        <translation>L&apos;importation de l&apos;image dans %1 a échoué : %2</translation>
    </message>
    <message>
        <source>no image id in the reply</source>
        <translation>pas d&apos;id d&apos;image dans la réponse</translation>
    </message>
    <message>
        <source>The log stream from %1 is damaged or cut short.</source>
        <translation>Le flux de journal de %1 est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>The log stream from %1 is damaged.</source>
        <translation>Le flux de journal de %1 est endommagé.</translation>
    </message>
</context>
<context>
    <name>quayside::DockerEventStream</name>
    <message>
        <source>The Docker Engine at %1 closed its event stream.</source>
        <translation>Le Docker Engine sur %1 a fermé son flux d&apos;événements.</translation>
    </message>
</context>
<context>
    <name>quayside::DockerSandboxBackend</name>
    <message>
        <source>The sandbox has no host image to boot: start it with --host-image.</source>
        <translation>Le bac à sable n’a pas d’image d’hôte à démarrer : lancez-le avec --host-image.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s image %1 cannot be read: %2</source>
        <translation>L’image %1 de l’instantané ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The snapshot&apos;s image %1 has no command to boot.</source>
        <translation>L’image %1 de l’instantané n’a aucune commande de démarrage.</translation>
    </message>
    <message>
        <source>The server&apos;s container could not be created from the image %1: %2</source>
        <translation>Le conteneur du serveur n’a pas pu être créé à partir de l’image %1 : %2</translation>
    </message>
    <message>
        <source>The personality file %1 cannot be placed: %2</source>
        <translation>Le fichier de personnalité %1 ne peut pas être placé : %2</translation>
    </message>
    <message>
        <source>The server&apos;s files could not be put in place: %1</source>
        <translation>Les fichiers du serveur n’ont pas pu être mis en place : %1</translation>
    </message>
    <message>
        <source>The server&apos;s container could not be started: %1</source>
        <translation>Le conteneur du serveur n’a pas pu être démarré : %1</translation>
    </message>
    <message>
        <source>The server&apos;s container could not be inspected: %1</source>
        <translation>Le conteneur du serveur n’a pas pu être inspecté : %1</translation>
    </message>
    <message>
        <source>The server&apos;s container stopped while booting (exit status %1). Its last words:
%2</source>
        <translation>Le conteneur du serveur s’est arrêté pendant le démarrage (code de sortie %1). Ses dernières lignes :
%2</translation>
    </message>
    <message>
        <source>The server&apos;s container has no address on the network %1.</source>
        <translation>Le conteneur du serveur n’a pas d’adresse sur le réseau %1.</translation>
    </message>
    <message>
        <source>The server&apos;s SSH service did not answer on %1 port 22 within %2 s.</source>
        <translation>Le service SSH du serveur n’a pas répondu sur %1 port 22 en %2 s.</translation>
    </message>
    <message>
        <source>The server&apos;s container could not be removed: %1</source>
        <translation>Le conteneur du serveur n’a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>The Docker Engine has no image %1, which servers boot from: start the sandbox without --host-image to have it make its own (as root once: sudo quayside-sandbox --prepare-image), or name another with --host-image.</source>
        <translation>Le Docker Engine n’a pas d’image %1, à partir de laquelle les serveurs démarrent : lancez le bac à sable sans --host-image pour qu’il crée la sienne (une fois en root : sudo quayside-sandbox --prepare-image), ou nommez-en une autre avec --host-image.</translation>
    </message>
</context>
<context>
    <name>quayside::DonePage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your application:&lt;/b&gt; &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;The fleet&apos;s record:&lt;/b&gt; %2&lt;br/&gt;(what was made, in the cloud and on the servers)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Its files:&lt;/b&gt; %3&lt;br/&gt;(the balancer&apos;s configuration, certificates&apos; public halves)&lt;/p&gt;&lt;p&gt;Secrets (the cloud&apos;s, the certificates&apos; keys) are in the system keychain only.&lt;/p&gt;&lt;p&gt;From a terminal: &lt;tt&gt;quaysidectl status&lt;/tt&gt;, &lt;tt&gt;quaysidectl scale --containers N&lt;/tt&gt;, &lt;tt&gt;quaysidectl down&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Votre application :&lt;/b&gt; &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;L&apos;enregistrement de la flotte :&lt;/b&gt; %2&lt;br/&gt;(ce qui a été créé, dans le cloud et sur les serveurs)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ses fichiers :&lt;/b&gt; %3&lt;br/&gt;(la configuration du répartiteur, les moitiés publiques des certificats)&lt;/p&gt;&lt;p&gt;Les secrets (celui du cloud, les clés des certificats) ne sont que dans le trousseau du système.&lt;/p&gt;&lt;p&gt;Depuis un terminal : &lt;tt&gt;quaysidectl status&lt;/tt&gt;, &lt;tt&gt;quaysidectl scale --containers N&lt;/tt&gt;, &lt;tt&gt;quaysidectl down&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No fleet is open.</source>
        <translation>Aucune flotte n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Export the nginx configuration</source>
        <translation>Exporter la configuration nginx</translation>
    </message>
    <message>
        <source>Archive (*.tar.gz);;Folder (*)</source>
        <translation>Archive (*.tar.gz);;Dossier (*)</translation>
    </message>
</context>
<context>
    <name>quayside::FirstRunWizard</name>
    <message>
        <source>Quayside Setup</source>
        <translation>Configuration de Quayside</translation>
    </message>
    <message>
        <source>Re&amp;move what was created…</source>
        <translation>Supprimer ce qui a été créé (&amp;m)…</translation>
    </message>
    <message>
        <source>&amp;Start building</source>
        <translation>&amp;Commencer la construction</translation>
    </message>
    <message>
        <source>Remove what was created</source>
        <translation>Supprimer ce qui a été créé</translation>
    </message>
    <message>
        <source>Delete every server, the snapshot and the key pair that this setup created in the cloud, and its record? Tomcat, nginx and everything on those servers go with them. This cannot be undone.</source>
        <translation>Supprimer chaque serveur, l&apos;instantané et la paire de clés que cette installation a créés dans le cloud, ainsi que son enregistrement ? Tomcat, nginx et tout ce qui se trouve sur ces serveurs disparaissent avec eux. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation>&amp;Les supprimer</translation>
    </message>
    <message>
        <source>Removing what was created…</source>
        <translation>Suppression de ce qui a été créé…</translation>
    </message>
    <message>
        <source>Not everything could be removed: %1
What is gone is no longer listed; try again to remove the rest.</source>
        <translation>Tout n&apos;a pas pu être supprimé : %1
Ce qui a disparu n&apos;est plus listé ; réessayez pour supprimer le reste.</translation>
    </message>
    <message>
        <source>Everything the setup had created was removed from the cloud.</source>
        <translation>Tout ce que l&apos;installation avait créé a été supprimé du cloud.</translation>
    </message>
    <message>
        <source>Close &amp;now</source>
        <translation>Fermer &amp;maintenant</translation>
    </message>
    <message>
        <source>Stopping after the step under way; the setup resumes where it stopped when you open it again…</source>
        <translation>Arrêt après l&apos;étape en cours ; l&apos;installation reprendra là où elle s&apos;est arrêtée quand vous la rouvrirez…</translation>
    </message>
</context>
<context>
    <name>quayside::FleetPki</name>
    <message>
        <source>%1 of fleet %2: %3</source>
        <translation>%1 de la flotte %2 : %3</translation>
    </message>
    <message>
        <source>No secret store was given to fleet %1.</source>
        <translation>Aucun magasin de secrets n&apos;a été fourni à la flotte %1.</translation>
    </message>
    <message>
        <source>Reading the certificate authority</source>
        <translation>Lecture de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>Fleet %1 has certificates in %2, but the keychain no longer holds its authority&apos;s key. Restore the keychain from a backup; making a new authority would cut Quayside off from every host of the fleet until each is set up again.</source>
        <translation>La flotte %1 a des certificats dans %2, mais le trousseau ne contient plus la clé de son autorité. Restaurez le trousseau depuis une sauvegarde ; créer une nouvelle autorité couperait Quayside de tous les hôtes de la flotte jusqu&apos;à ce que chacun soit réinstallé.</translation>
    </message>
    <message>
        <source>The keychain entry %1 is damaged. Restore it from a backup.</source>
        <translation>L&apos;entrée de trousseau %1 est endommagée. Restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Keeping the new certificate authority</source>
        <translation>Enregistrement de la nouvelle autorité de certification</translation>
    </message>
    <message>
        <source>Reading Quayside&apos;s client certificate</source>
        <translation>Lecture du certificat client de Quayside</translation>
    </message>
    <message>
        <source>Keeping Quayside&apos;s client certificate</source>
        <translation>Enregistrement du certificat client de Quayside</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The certificates of fleet %1 are not open yet.</source>
        <translation>Les certificats de la flotte %1 ne sont pas encore ouverts.</translation>
    </message>
    <message>
        <source>Keeping the certificate of %1</source>
        <translation>Enregistrement du certificat de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>No certificate was issued to %1 in fleet %2.</source>
        <translation>Aucun certificat n&apos;a été émis pour %1 dans la flotte %2.</translation>
    </message>
    <message>
        <source>Reading the certificate of %1</source>
        <translation>Lecture du certificat de %1</translation>
    </message>
    <message>
        <source>The kept certificate of %1 is unusable (%2); issue a new one.</source>
        <translation>Le certificat enregistré de %1 est inutilisable (%2) ; émettez-en un nouveau.</translation>
    </message>
    <message>
        <source>damaged entry</source>
        <translation>entrée endommagée</translation>
    </message>
    <message>
        <source>Removing the certificate of %1</source>
        <translation>Suppression du certificat de %1</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>%1 is not a Docker Engine address of this fleet (https://host:port).</source>
        <translation>%1 n&apos;est pas une adresse de Docker Engine de cette flotte (https://hôte:port).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
</context>
<context>
    <name>quayside::FleetPlan</name>
    <message>
        <source>SSH key pair</source>
        <translation>Paire de clés SSH</translation>
    </message>
    <message>
        <source>First Docker host</source>
        <translation>Premier hôte Docker</translation>
    </message>
    <message>
        <source>Snapshot of the first Docker host</source>
        <translation>Instantané du premier hôte Docker</translation>
    </message>
    <message>
        <source>nginx host</source>
        <translation>Hôte nginx</translation>
    </message>
    <message>
        <source>nginx on its host</source>
        <translation>nginx sur son hôte</translation>
    </message>
    <message>
        <source>More Docker hosts from the snapshot</source>
        <translation>Autres hôtes Docker depuis l’instantané</translation>
    </message>
    <message>
        <source>Tomcat containers</source>
        <translation>Conteneurs Tomcat</translation>
    </message>
    <message>
        <source>nginx backends</source>
        <translation>Backends nginx</translation>
    </message>
    <message>
        <source>Final check through nginx</source>
        <translation>Vérification finale via nginx</translation>
    </message>
    <message>
        <source>%1: finished before, skipped.</source>
        <translation>%1 : déjà terminé, ignoré.</translation>
    </message>
    <message>
        <source>not wired into the plan yet</source>
        <translation>pas encore intégré au plan</translation>
    </message>
    <message>
        <source>No SSH public key was given for the fleet&apos;s key pair.</source>
        <translation>Aucune clé SSH publique n’a été donnée pour la paire de clés de la flotte.</translation>
    </message>
    <message>
        <source>Imported the key pair %1 (%2).</source>
        <translation>Paire de clés %1 importée (%2).</translation>
    </message>
    <message>
        <source>The key pair %1 is there already.</source>
        <translation>La paire de clés %1 existe déjà.</translation>
    </message>
    <message>
        <source>The cloud has a key pair named %1 with another key. Remove it or choose another fleet name.</source>
        <translation>Le cloud a une paire de clés nommée %1 avec une autre clé. Supprimez-la ou choisissez un autre nom de flotte.</translation>
    </message>
    <message>
        <source>it is gone from the cloud</source>
        <translation>il a disparu du cloud</translation>
    </message>
    <message>
        <source>it ended in ERROR</source>
        <translation>il a fini en ERROR</translation>
    </message>
    <message>
        <source>Found server %1 (%2), created before the interruption.</source>
        <translation>Serveur %1 (%2) trouvé, créé avant l’interruption.</translation>
    </message>
    <message>
        <source>Creating server %1.</source>
        <translation>Création du serveur %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1 : %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 Running up again deletes it and makes a new one.</source>
        <translation>%1 Relancer up le supprime et en crée un nouveau.</translation>
    </message>
    <message>
        <source>Server %1 is active at %2.</source>
        <translation>Le serveur %1 est actif à l’adresse %2.</translation>
    </message>
    <message>
        <source>Server %1 (%2) is of no use (%3); deleting it and making a new one.</source>
        <translation>Le serveur %1 (%2) est inutilisable (%3) ; il est supprimé et recréé.</translation>
    </message>
    <message>
        <source>The first Docker host is missing from the fleet record.</source>
        <translation>Le premier hôte Docker manque dans le fichier de flotte.</translation>
    </message>
    <message>
        <source>Found the snapshot %1 (%2), requested before the interruption.</source>
        <translation>Instantané %1 (%2) trouvé, demandé avant l’interruption.</translation>
    </message>
    <message>
        <source>Saving the snapshot %1.</source>
        <translation>Enregistrement de l’instantané %1.</translation>
    </message>
    <message>
        <source>The snapshot %1 is saved.</source>
        <translation>L’instantané %1 est enregistré.</translation>
    </message>
    <message>
        <source>The snapshot is missing from the fleet record.</source>
        <translation>L’instantané manque dans le fichier de flotte.</translation>
    </message>
    <message>
        <source>Removed the fleet record %1.</source>
        <translation>Fichier de flotte %1 supprimé.</translation>
    </message>
    <message>
        <source>Deleted server %1.</source>
        <translation>Serveur %1 supprimé.</translation>
    </message>
    <message>
        <source>Deleted the snapshot %1.</source>
        <translation>Instantané %1 supprimé.</translation>
    </message>
    <message>
        <source>Deleted the key pair %1.</source>
        <translation>Paire de clés %1 supprimée.</translation>
    </message>
    <message>
        <source>Cancelling: the step under way ends first.</source>
        <translation>Annulation : l&apos;étape en cours se termine d&apos;abord.</translation>
    </message>
    <message>
        <source>Cancelled. What was made so far is in the fleet record; running the plan again goes on from there.</source>
        <translation>Annulé. Ce qui a été créé jusqu&apos;ici figure dans le fichier de la flotte ; relancer le plan reprend à partir de là.</translation>
    </message>
    <message>
        <source>The fleet&apos;s plan is running: cancel it before removing what it made.</source>
        <translation>Le plan de la flotte est en cours : annulez-le avant de supprimer ce qu&apos;il a créé.</translation>
    </message>
    <message>
        <source>Docker on the first host</source>
        <translation>Docker sur le premier hôte</translation>
    </message>
    <message>
        <source>Tomcat image on the first Docker host</source>
        <translation>Image Tomcat sur le premier hôte Docker</translation>
    </message>
</context>
<context>
    <name>quayside::FleetProvisioner</name>
    <message>
        <source>(not named)</source>
        <translation>(non nommé)</translation>
    </message>
    <message>
        <source>nginx sent none of %1 requests to %2.</source>
        <translation>nginx n&apos;a envoyé aucune des %1 requêtes à %2.</translation>
    </message>
    <message>
        <source>The server %1 has no address in the fleet record.</source>
        <translation>Le serveur %1 n&apos;a pas d&apos;adresse dans l&apos;enregistrement de la flotte.</translation>
    </message>
    <message>
        <source>Reading the console of %1 for its SSH host key.</source>
        <translation>Lecture de la console de %1 pour sa clé d&apos;hôte SSH.</translation>
    </message>
    <message>
        <source>The server %1 left the fleet record.</source>
        <translation>Le serveur %1 a quitté l&apos;enregistrement de la flotte.</translation>
    </message>
    <message>
        <source>The cloud connection is gone.</source>
        <translation>La connexion au cloud a disparu.</translation>
    </message>
    <message>
        <source>The console of %1 shows no SSH host key fingerprints after %2 s, so Quayside cannot tell its real key from an impostor&apos;s. Check that the image runs cloud-init, then run up again.</source>
        <translation>La console de %1 ne montre aucune empreinte de clé d&apos;hôte SSH après %2 s : Quayside ne peut donc pas distinguer sa vraie clé de celle d&apos;un imposteur. Vérifiez que l&apos;image exécute cloud-init, puis relancez up.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Trusted the SSH host key of %1 (%2): the cloud&apos;s console shows the same key.</source>
        <translation>La clé d&apos;hôte SSH de %1 (%2) est approuvée : la console du cloud montre la même clé.</translation>
    </message>
    <message>
        <source>%1:   in place already</source>
        <translation>%1 :   déjà en place</translation>
    </message>
    <message>
        <source>%1:   done in %2 s</source>
        <translation>%1 :   fait en %2 s</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 sur %2 a échoué : %3</translation>
    </message>
    <message>
        <source>The fleet&apos;s certificate authority is not open.</source>
        <translation>L&apos;autorité de certification de la flotte n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>%1: the Tomcat image&apos;s base %2 from %3</source>
        <translation>%1 : la base de l&apos;image Tomcat %2 depuis %3</translation>
    </message>
    <message>
        <source>%1 could not import the base image %2 from %3: %4</source>
        <translation>%1 n&apos;a pas pu importer l&apos;image de base %2 depuis %3 : %4</translation>
    </message>
    <message>
        <source>Setting up %1 in parallel.</source>
        <translation>Installation de %1 en parallèle.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>%1: starting %2 on port %3</source>
        <translation>%1 : démarrage de %2 sur le port %3</translation>
    </message>
    <message>
        <source>nginx serves these backends already (version %1).</source>
        <translation>nginx sert déjà ces backends (version %1).</translation>
    </message>
    <message>
        <source>nginx serves %1 backends as version %2.</source>
        <translation>nginx sert %1 backends en version %2.</translation>
    </message>
    <message>
        <source>%1: removing container %2, which nginx no longer uses</source>
        <translation>%1 : suppression du conteneur %2, que nginx n&apos;utilise plus</translation>
    </message>
    <message>
        <source>The nginx host has no address in the fleet record.</source>
        <translation>L&apos;hôte nginx n&apos;a pas d&apos;adresse dans l&apos;enregistrement de la flotte.</translation>
    </message>
    <message>
        <source>Waiting until each of the %1 containers answers through %2.</source>
        <translation>Attente de la réponse de chacun des %1 conteneurs via %2.</translation>
    </message>
    <message>
        <source>%1 served %2</source>
        <translation>%1 en a servi %2</translation>
    </message>
    <message>
        <source>These containers did not serve Tomcat&apos;s page within %1 s (asked directly, then through nginx at %2): %3.</source>
        <translation>Ces conteneurs n&apos;ont pas servi la page de Tomcat en %1 s (interrogés directement, puis via nginx à %2) : %3.</translation>
    </message>
    <message>
        <source>Only %1 of %2 requests through %3 got the page.</source>
        <translation>Seules %1 requêtes sur %2 via %3 ont obtenu la page.</translation>
    </message>
    <message>
        <source>%1 of %2 requests through %3 got the page: %4.</source>
        <translation>%1 requêtes sur %2 via %3 ont obtenu la page : %4.</translation>
    </message>
</context>
<context>
    <name>quayside::FleetRunView</name>
    <message>
        <source>Not started yet.</source>
        <translation>Pas encore commencé.</translation>
    </message>
    <message>
        <source>%1: done in %2 s</source>
        <translation>%1 : terminé en %2 s</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>Terminé en %1 s</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré : %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Toutes les étapes sont terminées.</translation>
    </message>
    <message>
        <source>Done through &quot;%1&quot;.</source>
        <translation>Terminé jusqu&apos;à « %1 » inclus.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progression de %1</translation>
    </message>
    <message>
        <source>Done before</source>
        <translation>Déjà fait auparavant</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Stopping after the step under way…</source>
        <translation>Arrêt après l&apos;étape en cours…</translation>
    </message>
    <message>
        <source>Working on: %1…</source>
        <translation>En cours : %1…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Stopped. What was made is kept in the fleet record; Retry goes on from where it stopped.</source>
        <translation>Arrêté. Ce qui a été créé reste inscrit dans le fichier de la flotte ; Réessayer reprend là où cela s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed. Retry runs it again; what was made is kept.</source>
        <translation>« %1 » a échoué. Réessayer relance l&apos;étape ; ce qui a été créé est conservé.</translation>
    </message>
    <message>
        <source>%1
Retry runs the failed step again; what was made is kept.</source>
        <translation>%1
Réessayer relance l&apos;étape qui a échoué ; ce qui a été créé est conservé.</translation>
    </message>
</context>
<context>
    <name>quayside::FleetSession</name>
    <message>
        <source>There are no sandbox credentials in %1. Start the sandbox (quayside-sandbox) first.</source>
        <translation>Il n&apos;y a pas d&apos;identifiants de la sandbox dans %1. Démarrez d&apos;abord la sandbox (quayside-sandbox).</translation>
    </message>
    <message>
        <source>The sandbox&apos;s identity URL %1 is not usable: it must be http on this machine or https.</source>
        <translation>L’URL d’identité %1 de la sandbox n’est pas utilisable : elle doit être en http sur cette machine ou en https.</translation>
    </message>
    <message>
        <source>The fleet&apos;s plan is running already.</source>
        <translation>Le plan de la flotte est déjà en cours.</translation>
    </message>
    <message>
        <source>The fleet is not open yet.</source>
        <translation>La flotte n&apos;est pas encore ouverte.</translation>
    </message>
    <message>
        <source>Cannot read %1 %2: %3</source>
        <translation>Impossible de lire %1 %2 : %3</translation>
    </message>
    <message>
        <source>The WAR file %1 is %2 MiB; Quayside builds images with WARs of up to %3 MiB.</source>
        <translation>Le fichier WAR %1 fait %2 Mio ; Quayside construit des images avec des WAR de %3 Mio au plus.</translation>
    </message>
    <message>
        <source>the WAR file</source>
        <translation>le fichier WAR</translation>
    </message>
    <message>
        <source>%1 is not a WAR file: a WAR is a zip archive, and this file is none. Choose the .war file your build made.</source>
        <translation>%1 n&apos;est pas un fichier WAR : un WAR est une archive zip, et ce fichier n&apos;en est pas une. Choisissez le fichier .war produit par votre build.</translation>
    </message>
    <message>
        <source>The Dockerfile has no FROM line, so Docker cannot build an image from it. Start from the built-in Dockerfile.</source>
        <translation>Le Dockerfile n&apos;a pas de ligne FROM, Docker ne peut donc pas en construire une image. Partez du Dockerfile intégré.</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>the fleet&apos;s Dockerfile</source>
        <translation>le Dockerfile de la flotte</translation>
    </message>
    <message>
        <source>There is no fleet yet to keep the Tomcat sources for: name it first.</source>
        <translation>Il n&apos;y a pas encore de flotte pour laquelle conserver les sources Tomcat : nommez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the fleet&apos;s Tomcat sources.</source>
        <translation>Impossible de créer le dossier %1 pour les sources Tomcat de la flotte.</translation>
    </message>
    <message>
        <source>%1 %2 is larger than Quayside takes (%3 MiB).</source>
        <translation>%1 %2 est plus grand que ce que Quayside accepte (%3 Mio).</translation>
    </message>
    <message>
        <source>The Dockerfile is larger than Quayside takes (%1 KiB).</source>
        <translation>Le Dockerfile est plus grand que ce que Quayside accepte (%1 Kio).</translation>
    </message>
</context>
<context>
    <name>quayside::HostImageBuilder</name>
    <message>
        <source>The host image is being made already.</source>
        <translation>L’image d’hôte est déjà en cours de création.</translation>
    </message>
    <message>
        <source>The Docker Engine could not be asked whether it has the host image %1: %2</source>
        <translation>Impossible de demander au Docker Engine s’il a l’image d’hôte %1 : %2</translation>
    </message>
    <message>
        <source>The Docker Engine has no image %1, which the sandbox&apos;s servers boot from, and making it</source>
        <translation>Le Docker Engine n’a pas d’image %1, à partir de laquelle démarrent les serveurs du bac à sable, et la créer</translation>
    </message>
    <message>
        <source>%1 needs root (debootstrap makes it from Debian&apos;s packages): run `sudo quayside-sandbox --prepare-image` once, then start the sandbox as yourself; or name an image you have with --host-image.</source>
        <translation>%1 nécessite root (debootstrap la construit à partir des paquets Debian) : lancez une fois `sudo quayside-sandbox --prepare-image`, puis démarrez le bac à sable avec votre compte ; ou nommez une image existante avec --host-image.</translation>
    </message>
    <message>
        <source>%1 needs debootstrap, which is not installed (or not on PATH): install the Debian package debootstrap.</source>
        <translation>%1 nécessite debootstrap, qui n’est pas installé (ou pas dans le PATH) : installez le paquet Debian debootstrap.</translation>
    </message>
    <message>
        <source>%1 needs bash, which is not on PATH.</source>
        <translation>%1 nécessite bash, qui n’est pas dans le PATH.</translation>
    </message>
    <message>
        <source>%1 needs a work folder in %2, which could not be made: %3. Set TMPDIR to a folder with a few GB free.</source>
        <translation>%1 nécessite un dossier de travail dans %2, qui n’a pas pu être créé : %3. Faites pointer TMPDIR vers un dossier avec quelques Go libres.</translation>
    </message>
    <message>
        <source>Making the host image %1 did not finish within %2 s and was stopped: is the Debian mirror slow or unreachable? Name a nearer one with --mirror. Its last words:
%3</source>
        <translation>La création de l’image d’hôte %1 ne s’est pas terminée en %2 s et a été arrêtée : le miroir Debian est-il lent ou injoignable ? Indiquez-en un plus proche avec --mirror. Ses dernières lignes :
%3</translation>
    </message>
    <message>
        <source>The script that makes the host image could not be run: %1</source>
        <translation>Le script qui crée l’image d’hôte n’a pas pu être exécuté : %1</translation>
    </message>
    <message>
        <source>Making the host image %1 failed (exit status %2); nothing was kept. Check that the Debian mirror answers (--mirror names another). Its last words:
%3</source>
        <translation>La création de l’image d’hôte %1 a échoué (code de sortie %2) ; rien n’a été conservé. Vérifiez que le miroir Debian répond (--mirror en indique un autre). Ses dernières lignes :
%3</translation>
    </message>
    <message>
        <source>host image: importing it into the Docker Engine as %1</source>
        <translation>image d’hôte : importation dans le Docker Engine sous le nom %1</translation>
    </message>
    <message>
        <source>The host image could not be imported into the Docker Engine: %1</source>
        <translation>L’image d’hôte n’a pas pu être importée dans le Docker Engine : %1</translation>
    </message>
</context>
<context>
    <name>quayside::KeychainSecretStore</name>
    <message>
        <source>The keychain holds no entry &quot;%1&quot;.</source>
        <translation>Le trousseau ne contient aucune entrée « %1 ».</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot; (%2). Unlock the keychain and try again.</source>
        <translation>Le trousseau a refusé l’accès à « %1 » (%2). Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Quayside keeps passwords and keys only in a keychain: start gnome-keyring or KWallet in your desktop session and try again.</source>
        <translation>Aucun trousseau système n’est disponible (%1). Quayside ne conserve les mots de passe et les clés que dans un trousseau : démarrez gnome-keyring ou KWallet dans votre session de bureau et réessayez.</translation>
    </message>
    <message>
        <source>The keychain failed on &quot;%1&quot;: %2</source>
        <translation>Le trousseau a échoué sur « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>quayside::KeystoneClient</name>
    <message>
        <source>The account has no %1; add it and try again.</source>
        <translation>Il manque au compte : %1 ; ajoutez-le et réessayez.</translation>
    </message>
    <message>
        <source>user name or user id</source>
        <translation>nom d&apos;utilisateur ou id d&apos;utilisateur</translation>
    </message>
    <message>
        <source>The identity service sent a token Quayside cannot read: %1.</source>
        <translation>Le service d&apos;identité a envoyé un jeton que Quayside ne sait pas lire : %1.</translation>
    </message>
    <message>
        <source>the identity service</source>
        <translation>le service d&apos;identité</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identity service address such as https://keystone.example.com:5000/v3.</source>
        <translation>« %1 » n&apos;est pas une adresse de service d&apos;identité comme https://keystone.example.com:5000/v3.</translation>
    </message>
    <message>
        <source>The address %1 is for Keystone %2, but the account signs in with %3. Change one of them.</source>
        <translation>L&apos;adresse %1 est pour Keystone %2, mais le compte se connecte avec %3. Changez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clé d&apos;API</translation>
    </message>
    <message>
        <source>password or secret</source>
        <translation>mot de passe ou secret</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>project (tenant)</source>
        <translation>projet (tenant)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>application credential id or name</source>
        <translation>id ou nom de l&apos;identifiant d&apos;application</translation>
    </message>
    <message>
        <source>no &quot;access&quot; object</source>
        <translation>pas d&apos;objet « access »</translation>
    </message>
    <message>
        <source>no token id</source>
        <translation>pas d&apos;id de jeton</translation>
    </message>
    <message>
        <source>no readable expiry</source>
        <translation>pas de date d&apos;expiration lisible</translation>
    </message>
    <message>
        <source>no X-Subject-Token header</source>
        <translation>pas d&apos;en-tête X-Subject-Token</translation>
    </message>
    <message>
        <source>no &quot;token&quot; object</source>
        <translation>pas d&apos;objet « token »</translation>
    </message>
    <message>
        <source>The identity service gave a token without a project, so it opens no services. Name the project in the account.</source>
        <translation>Le service d&apos;identité a donné un jeton sans projet, qui n&apos;ouvre aucun service. Indiquez le projet dans le compte.</translation>
    </message>
    <message>
        <source>This way of signing in always names a project.</source>
        <translation>Ce mode de connexion nomme toujours un projet.</translation>
    </message>
</context>
<context>
    <name>quayside::LiveBackends</name>
    <message>
        <source>Lost the events of %1 (%2); keeping its last known backends and trying again in %3 s.</source>
        <translation>Les événements de %1 sont perdus (%2) ; ses derniers backends connus sont conservés, nouvel essai dans %3 s.</translation>
    </message>
    <message>
        <source>There is no Docker client for %1.</source>
        <translation>Il n’y a pas de client Docker pour %1.</translation>
    </message>
    <message>
        <source>Could not list the containers of %1 (%2); keeping its last known backends.</source>
        <translation>Impossible de lister les conteneurs de %1 (%2) ; ses derniers backends connus sont conservés.</translation>
    </message>
    <message>
        <source>Container %1 on %2 is not a backend of any pool.</source>
        <translation>Le conteneur %1 sur %2 n’est le backend d’aucun pool.</translation>
    </message>
    <message>
        <source>Host %1 is no longer followed.</source>
        <translation>L’hôte %1 n’est plus suivi.</translation>
    </message>
    <message>
        <source>No load balancer is set to receive the live backends.</source>
        <translation>Aucun répartiteur de charge n’est défini pour recevoir les backends en direct.</translation>
    </message>
</context>
<context>
    <name>quayside::MainWindow</name>
    <message>
        <source>Ready. No fleet is open.</source>
        <translation>Prêt. Aucune flotte n’est ouverte.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Impossible de créer le dossier des données %1.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Aucun gestionnaire de fichiers n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>The saved load balancer cannot be deployed: %1</source>
        <translation>Le répartiteur enregistré ne peut pas être déployé : %1</translation>
    </message>
</context>
<context>
    <name>quayside::MoreHostsPage</name>
    <message>
        <source>In all: Docker hosts: %1; Tomcat containers behind nginx: %2.</source>
        <translation>En tout : hôtes Docker : %1 ; conteneurs Tomcat derrière nginx : %2.</translation>
    </message>
    <message>
        <source>Planning the fleet…</source>
        <translation>Planification de la flotte…</translation>
    </message>
</context>
<context>
    <name>quayside::NginxDeployer</name>
    <message>
        <source>&quot;%1&quot; is not a plain absolute path on the balancer.</source>
        <translation>« %1 » n’est pas un chemin absolu simple sur le répartiteur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name the nginx program.</source>
        <translation>« %1 » ne peut pas désigner le programme nginx.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; cannot be the names of the backends and site files.</source>
        <translation>« %1 » et « %2 » ne peuvent pas être les noms des fichiers des backends et du site.</translation>
    </message>
    <message>
        <source>nginx&apos;s main configuration and %1 must be inside %2.</source>
        <translation>La configuration principale de nginx et %1 doivent se trouver dans %2.</translation>
    </message>
    <message>
        <source>Quayside&apos;s folder %1 cannot be inside nginx&apos;s %2, nor the other way round.</source>
        <translation>Le dossier %1 de Quayside ne peut pas se trouver dans %2 de nginx, ni l’inverse.</translation>
    </message>
    <message>
        <source>The deployment&apos;s time limits must be at least one second.</source>
        <translation>Les délais du déploiement doivent être d’au moins une seconde.</translation>
    </message>
    <message>
        <source>The connection to the balancer is closed.</source>
        <translation>La connexion au répartiteur est fermée.</translation>
    </message>
    <message>
        <source>The deployment script &quot;%1&quot; is missing from this build.</source>
        <translation>Le script de déploiement « %1 » manque dans cette version.</translation>
    </message>
    <message>
        <source>The configuration found on %1 is kept as version %2.</source>
        <translation>La configuration trouvée sur %1 est conservée comme version %2.</translation>
    </message>
    <message>
        <source>%1 serves this configuration already: no new version, no reload.</source>
        <translation>%1 sert déjà cette configuration : pas de nouvelle version, pas de rechargement.</translation>
    </message>
    <message>
        <source>nginx&apos;s old workers on %1 still hold requests after %2 s.</source>
        <translation>Les anciens workers de nginx sur %1 traitent encore des requêtes après %2 s.</translation>
    </message>
    <message>
        <source>Waiting for any other deployment to %1 to finish</source>
        <translation>Attente de la fin de tout autre déploiement sur %1</translation>
    </message>
    <message>
        <source>Keeping the configuration found on %1 as a version</source>
        <translation>Conservation de la configuration trouvée sur %1 comme version</translation>
    </message>
    <message>
        <source>nginx checks the new configuration in a copy of %1</source>
        <translation>nginx vérifie la nouvelle configuration dans une copie de %1</translation>
    </message>
    <message>
        <source>Putting version %1 in service</source>
        <translation>Mise en service de la version %1</translation>
    </message>
    <message>
        <source>Reloading nginx</source>
        <translation>Rechargement de nginx</translation>
    </message>
    <message>
        <source>Waiting for nginx&apos;s old workers to finish their requests</source>
        <translation>Attente de la fin des requêtes des anciens workers de nginx</translation>
    </message>
    <message>
        <source>found on the host</source>
        <translation>trouvée sur l’hôte</translation>
    </message>
    <message>
        <source>roll back to version %1</source>
        <translation>retour à la version %1</translation>
    </message>
    <message>
        <source>The deployment on %1 ended without naming the version in service.</source>
        <translation>Le déploiement sur %1 s’est terminé sans indiquer la version en service.</translation>
    </message>
    <message>
        <source>The configuration in service is unchanged.</source>
        <translation>La configuration en service est inchangée.</translation>
    </message>
    <message>
        <source>nginx on %1 refused the new configuration. %2
%3</source>
        <translation>nginx sur %1 a refusé la nouvelle configuration. %2
%3</translation>
    </message>
    <message>
        <source>nginx is not running on %1 (no live process has the pid in %2): start it, then try again. %3</source>
        <translation>nginx ne tourne pas sur %1 (aucun processus vivant n’a le pid de %2) : démarrez-le, puis réessayez. %3</translation>
    </message>
    <message>
        <source>Another deployment to %1 held the lock for more than %2 s; try again when it is finished. %3</source>
        <translation>Un autre déploiement sur %1 a gardé le verrou plus de %2 s ; réessayez quand il sera terminé. %3</translation>
    </message>
    <message>
        <source>nginx on %1 did not load the new configuration and kept its old workers (its error log says why, for example a port already taken); the previous version is back in place. %2</source>
        <translation>nginx sur %1 n’a pas chargé la nouvelle configuration et a gardé ses anciens workers (son journal d’erreurs dit pourquoi, par exemple un port déjà pris) ; la version précédente est remise en place. %2</translation>
    </message>
    <message>
        <source>There is no earlier version on %1 to roll back to.</source>
        <translation>Il n’y a pas de version antérieure sur %1 à laquelle revenir.</translation>
    </message>
    <message>
        <source>That version does not exist on %1: list the versions to see which are kept.</source>
        <translation>Cette version n’existe pas sur %1 : listez les versions pour voir celles qui sont conservées.</translation>
    </message>
    <message>
        <source>Quayside could not write its versions in %1 on %2 (%3). %4</source>
        <translation>Quayside n’a pas pu écrire ses versions dans %1 sur %2 (%3). %4</translation>
    </message>
    <message>
        <source>%1 on %2 failed at step &quot;%3&quot;: %4. %5</source>
        <translation>%1 sur %2 a échoué à l’étape « %3 » : %4. %5</translation>
    </message>
    <message>
        <source>%1 on %2 stopped with exit status %3: %4</source>
        <translation>%1 sur %2 s’est arrêté avec le code de sortie %3 : %4</translation>
    </message>
    <message>
        <source>(it printed no error)</source>
        <translation>(aucune erreur affichée)</translation>
    </message>
    <message>
        <source>Deploying the balancer&apos;s configuration</source>
        <translation>Le déploiement de la configuration du répartiteur</translation>
    </message>
    <message>
        <source>Uploading the new configuration to %1 failed: %2 The configuration in service is unchanged.</source>
        <translation>L’envoi de la nouvelle configuration vers %1 a échoué : %2 La configuration en service est inchangée.</translation>
    </message>
    <message>
        <source>Uploading the new configuration to %1</source>
        <translation>Envoi de la nouvelle configuration vers %1</translation>
    </message>
    <message>
        <source>Rolling back the balancer&apos;s configuration</source>
        <translation>Le retour à une configuration antérieure du répartiteur</translation>
    </message>
    <message>
        <source>%1 on %2 was cut off: %3 The host completes or undoes the change on its own; list the versions to see which one is in service.</source>
        <translation>%1 sur %2 a été interrompu : %3 L’hôte termine ou annule le changement de lui-même ; listez les versions pour voir laquelle est en service.</translation>
    </message>
    <message>
        <source>Version %1 is in service on %2, but nginx&apos;s old workers still held requests after %3 s.</source>
        <translation>La version %1 est en service sur %2, mais les anciens workers de nginx traitaient encore des requêtes après %3 s.</translation>
    </message>
    <message>
        <source>Listing the balancer&apos;s versions</source>
        <translation>La liste des versions du répartiteur</translation>
    </message>
    <message>
        <source>Versions are numbered from 0.</source>
        <translation>Les versions sont numérotées à partir de 0.</translation>
    </message>
    <message>
        <source>Comparing two versions of the balancer&apos;s configuration</source>
        <translation>La comparaison de deux versions de la configuration du répartiteur</translation>
    </message>
    <message>
        <source>Reading a version of the balancer&apos;s configuration</source>
        <translation>La lecture d’une version de la configuration du répartiteur</translation>
    </message>
    <message>
        <source>%1 has no flock command, which keeps deployments from running into each other: install util-linux there. %2</source>
        <translation>%1 n’a pas la commande flock, qui empêche les déploiements de se gêner : installez-y util-linux. %2</translation>
    </message>
</context>
<context>
    <name>quayside::NovaClient</name>
    <message>
        <source>the compute service</source>
        <translation>le service de calcul</translation>
    </message>
    <message>
        <source>The cloud account is no longer open.</source>
        <translation>Le compte cloud n&apos;est plus ouvert.</translation>
    </message>
    <message>
        <source>The compute service kept sending more pages of servers (over %1); Quayside stopped reading.</source>
        <translation>Le service de calcul envoyait toujours plus de pages de serveurs (plus de %1) ; Quayside a cessé de lire.</translation>
    </message>
    <message>
        <source>the reply could not be read</source>
        <translation>la réponse était illisible</translation>
    </message>
    <message>
        <source>Creating server %1 failed (%2), and whether the cloud made it anyway could not be checked (%3). Look at the account&apos;s server list before trying again, so that no second server is billed.</source>
        <translation>La création du serveur %1 a échoué (%2), et il n&apos;a pas été possible de vérifier si le cloud l&apos;a créé quand même (%3). Consultez la liste des serveurs du compte avant de réessayer, pour qu&apos;aucun second serveur ne soit facturé.</translation>
    </message>
    <message>
        <source>Creating server %1 failed %2 times; the cloud made none. Last: %3</source>
        <translation>La création du serveur %1 a échoué %2 fois ; le cloud n&apos;en a créé aucun. Dernière erreur : %3</translation>
    </message>
    <message>
        <source>the cloud gave no reason</source>
        <translation>le cloud n&apos;a donné aucune raison</translation>
    </message>
    <message>
        <source>Server %1 failed to build: %2</source>
        <translation>Le serveur %1 n&apos;a pas pu être construit : %2</translation>
    </message>
    <message>
        <source>Server %1 was deleted while it was being built.</source>
        <translation>Le serveur %1 a été supprimé pendant sa construction.</translation>
    </message>
    <message>
        <source>RackConnect could not set up server %1 (%2)%3. Check the RackConnect configuration of the account.</source>
        <translation>RackConnect n&apos;a pas pu configurer le serveur %1 (%2)%3. Vérifiez la configuration RackConnect du compte.</translation>
    </message>
    <message>
        <source>Server %1 was not ready after %2 minutes. It may still come up; look at it in the cloud&apos;s console.</source>
        <translation>Le serveur %1 n&apos;était pas prêt après %2 minutes. Il peut encore démarrer ; regardez-le dans la console du cloud.</translation>
    </message>
    <message>
        <source>Deleting server %1 failed: %2</source>
        <translation>La suppression du serveur %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Server %1 was still there after %2 minutes.</source>
        <translation>Le serveur %1 était toujours là après %2 minutes.</translation>
    </message>
    <message>
        <source>The compute service accepted the snapshot %1 but did not say which image it is, and no image of that name was found.</source>
        <translation>Le service de calcul a accepté l&apos;instantané %1 sans dire de quelle image il s&apos;agit, et aucune image de ce nom n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>The image %1 disappeared while it was being saved.</source>
        <translation>L&apos;image %1 a disparu pendant son enregistrement.</translation>
    </message>
    <message>
        <source>Saving the image %1 failed: the cloud reports it %2.</source>
        <translation>L&apos;enregistrement de l&apos;image %1 a échoué : le cloud la signale %2.</translation>
    </message>
    <message>
        <source>The image %1 was not saved after %2 minutes.</source>
        <translation>L&apos;image %1 n&apos;était pas enregistrée après %2 minutes.</translation>
    </message>
    <message>
        <source>The console of server %1 cannot be read: the compute service does not know the server (%2). It may have been deleted.</source>
        <translation>La console du serveur %1 ne peut pas être lue : le service de calcul ne connaît pas ce serveur (%2). Il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Server %1 has no console to read in its present state (%2). Wait until it is ACTIVE and try again.</source>
        <translation>Le serveur %1 n’a pas de console lisible dans son état actuel (%2). Attendez qu’il soit ACTIVE, puis réessayez.</translation>
    </message>
    <message>
        <source>The compute service&apos;s answer for the console of server %1 could not be read: it holds no &quot;output&quot; text.</source>
        <translation>La réponse du service de calcul pour la console du serveur %1 est illisible : elle ne contient aucun texte « output ».</translation>
    </message>
</context>
<context>
    <name>quayside::PlanPage</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Opening the fleet…</source>
        <translation>Ouverture de la flotte…</translation>
    </message>
    <message>
        <source>%1
Press Next to try again.</source>
        <translation>%1
Appuyez sur Suivant pour réessayer.</translation>
    </message>
</context>
<context>
    <name>quayside::RecipeRunner</name>
    <message>
        <source>&quot;%1&quot; cannot name a variable of a provisioning script.</source>
        <translation>« %1 » ne peut pas nommer une variable d&apos;un script d&apos;installation.</translation>
    </message>
    <message>
        <source>The host went away.</source>
        <translation>L&apos;hôte a disparu.</translation>
    </message>
    <message>
        <source>Stopped before &quot;%1&quot;.</source>
        <translation>Arrêté avant « %1 ».</translation>
    </message>
    <message>
        <source>Stopped during &quot;%1&quot;.</source>
        <translation>Arrêté pendant « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ran, but the host still does not pass its check.%2</source>
        <translation>« %1 » s&apos;est exécuté, mais l&apos;hôte ne passe toujours pas sa vérification.%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed on %2 (exit status %3).%4</source>
        <translation>« %1 » a échoué sur %2 (code de sortie %3).%4</translation>
    </message>
</context>
<context>
    <name>quayside::ResumePage</name>
    <message>
        <source>the local sandbox</source>
        <translation>le bac à sable local</translation>
    </message>
    <message>
        <source>Fleet %1</source>
        <translation>Flotte %1</translation>
    </message>
    <message>
        <source>The setup of fleet %1 on %2 is complete. This is what it is made of.</source>
        <translation>L&apos;installation de la flotte %1 sur %2 est terminée. Voici ce qui la compose.</translation>
    </message>
    <message>
        <source>Next shows its topology and nginx configuration. &quot;Remove what was created&quot; deletes it all.</source>
        <translation>Suivant montre sa topologie et sa configuration nginx. « Supprimer ce qui a été créé » efface tout.</translation>
    </message>
    <message>
        <source>Setup under way</source>
        <translation>Installation en cours</translation>
    </message>
    <message>
        <source>A setup of fleet %1 on %2 stopped before it was done. This is what it created so far; it is kept in the cloud (and costs money there) until the setup goes on or it is removed.</source>
        <translation>Une installation de la flotte %1 sur %2 s&apos;est arrêtée avant la fin. Voici ce qu&apos;elle a créé jusqu&apos;ici ; cela reste dans le cloud (et y coûte de l&apos;argent) jusqu&apos;à ce que l&apos;installation reprenne ou que ce soit supprimé.</translation>
    </message>
    <message>
        <source>Next goes on from where it stopped. &quot;Remove what was created&quot; deletes the servers, the snapshot and the key pair listed here.</source>
        <translation>Suivant reprend là où elle s&apos;est arrêtée. « Supprimer ce qui a été créé » efface les serveurs, l&apos;instantané et la paire de clés listés ici.</translation>
    </message>
    <message>
        <source>SSH key pair</source>
        <translation>Paire de clés SSH</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>the cloud&apos;s</source>
        <translation>celle du cloud</translation>
    </message>
    <message>
        <source>nginx host</source>
        <translation>Hôte nginx</translation>
    </message>
    <message>
        <source>Docker host</source>
        <translation>Hôte Docker</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>en cours d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Tomcat container</source>
        <translation>Conteneur Tomcat</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>Opening the fleet…</source>
        <translation>Ouverture de la flotte…</translation>
    </message>
    <message>
        <source>create sent, not yet confirmed</source>
        <translation>création envoyée, pas encore confirmée</translation>
    </message>
    <message>
        <source>booting</source>
        <translation>en démarrage</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>running, host key trusted</source>
        <translation>en marche, clé d&apos;hôte acceptée</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>installé</translation>
    </message>
</context>
<context>
    <name>quayside::SandboxBackend</name>
    <message>
        <source>Image %1 could not be found.</source>
        <translation>L&apos;image %1 est introuvable.</translation>
    </message>
    <message>
        <source>Image %1 is one of the sandbox&apos;s base images, which cannot be deleted.</source>
        <translation>L&apos;image %1 est l&apos;une des images de base du bac à sable, qui ne peuvent pas être supprimées.</translation>
    </message>
    <message>
        <source>Image %1 is still being saved; delete it once it is active.</source>
        <translation>L&apos;image %1 est encore en cours d&apos;enregistrement ; supprimez-la une fois active.</translation>
    </message>
    <message>
        <source>Keypair name &quot;%1&quot; is not allowed: use 1 to 255 letters, digits, spaces and the characters _ . @ -.</source>
        <translation>Le nom de paire de clés « %1 » n&apos;est pas permis : utilisez 1 à 255 lettres, chiffres, espaces et les caractères _ . @ -.</translation>
    </message>
    <message>
        <source>Key pair &apos;%1&apos; already exists.</source>
        <translation>La paire de clés « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Keypair data is invalid: %1</source>
        <translation>Les données de la paire de clés sont invalides : %1</translation>
    </message>
    <message>
        <source>A key pair could not be generated: %1</source>
        <translation>Une paire de clés n&apos;a pas pu être générée : %1</translation>
    </message>
    <message>
        <source>Keypair %1 not found.</source>
        <translation>Paire de clés %1 introuvable.</translation>
    </message>
    <message>
        <source>A server needs a name of 1 to %1 characters.</source>
        <translation>Un serveur a besoin d&apos;un nom de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>Image %1 is not active.</source>
        <translation>L&apos;image %1 n&apos;est pas active.</translation>
    </message>
    <message>
        <source>Flavor %1 could not be found.</source>
        <translation>Le gabarit %1 est introuvable.</translation>
    </message>
    <message>
        <source>Invalid key_name provided: there is no key pair %1.</source>
        <translation>key_name invalide : il n&apos;existe pas de paire de clés %1.</translation>
    </message>
    <message>
        <source>Quota exceeded for metadata items: at most %1 are allowed.</source>
        <translation>Quota de métadonnées dépassé : %1 au plus sont permises.</translation>
    </message>
    <message>
        <source>Metadata key &quot;%1&quot;: keys need 1 to %2 characters, values at most %2.</source>
        <translation>Clé de métadonnée « %1 » : les clés ont besoin de 1 à %2 caractères, les valeurs de %2 au plus.</translation>
    </message>
    <message>
        <source>Personality file limit exceeded: at most %1 files are allowed.</source>
        <translation>Limite de fichiers de personnalisation dépassée : %1 fichiers au plus sont permis.</translation>
    </message>
    <message>
        <source>A personality file needs a path of 1 to %1 characters.</source>
        <translation>Un fichier de personnalisation a besoin d&apos;un chemin de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>Personality file %1 is too long: at most %2 bytes are allowed.</source>
        <translation>Le fichier de personnalisation %1 est trop long : %2 octets au plus sont permis.</translation>
    </message>
    <message>
        <source>Instance %1 could not be found.</source>
        <translation>L&apos;instance %1 est introuvable.</translation>
    </message>
    <message>
        <source>A snapshot needs a name of 1 to %1 characters.</source>
        <translation>Un instantané a besoin d&apos;un nom de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>Cannot &apos;createImage&apos; instance %1 while it is in status %2%3.</source>
        <translation>Impossible de faire « createImage » de l&apos;instance %1 dans l&apos;état %2%3.</translation>
    </message>
</context>
<context>
    <name>quayside::SandboxServer</name>
    <message>
        <source>Malformed request body: %1.</source>
        <translation>Corps de requête mal formé : %1.</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>un objet JSON était attendu</translation>
    </message>
    <message>
        <source>Invalid input: the body needs a &quot;%1&quot; object.</source>
        <translation>Entrée invalide : le corps a besoin d&apos;un objet « %1 ».</translation>
    </message>
    <message>
        <source>API Version String %1 is of invalid format. Must be of format MajorNum.MinorNum.</source>
        <translation>La version d&apos;API %1 a un format invalide. Le format attendu est Majeur.Mineur.</translation>
    </message>
    <message>
        <source>Version %1 is not supported by the API. Minimum is 2.1 and maximum is %2.</source>
        <translation>La version %1 n&apos;est pas prise en charge par l&apos;API. Le minimum est 2.1 et le maximum %2.</translation>
    </message>
    <message>
        <source>The sandbox could not listen on %1 port %2. Another program may use the port; choose another one with --port.</source>
        <translation>Le bac à sable n&apos;a pas pu écouter sur %1 port %2. Un autre programme utilise peut-être ce port ; choisissez-en un autre avec --port.</translation>
    </message>
    <message>
        <source>The resource could not be found.</source>
        <translation>La ressource est introuvable.</translation>
    </message>
    <message>
        <source>The sandbox signs in by password only (auth method &quot;password&quot;).</source>
        <translation>Le bac à sable n&apos;accepte que la connexion par mot de passe (méthode « password »).</translation>
    </message>
    <message>
        <source>Expecting to find domain in user. The server could not comply with the request since it is either malformed or otherwise incorrect.</source>
        <translation>Un domaine était attendu dans l&apos;utilisateur. Le serveur n&apos;a pas pu satisfaire la requête, car elle est mal formée ou incorrecte.</translation>
    </message>
    <message>
        <source>Expecting to find id or name in user.</source>
        <translation>Un identifiant ou un nom était attendu dans l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The request you have made requires authentication.</source>
        <translation>La requête que vous avez faite nécessite une authentification.</translation>
    </message>
    <message>
        <source>User %1 has no access to that scope; the sandbox has one project, %2.</source>
        <translation>L&apos;utilisateur %1 n&apos;a pas accès à cette portée ; le bac à sable a un seul projet, %2.</translation>
    </message>
    <message>
        <source>Flavor %1 could not be found.</source>
        <translation>Le gabarit %1 est introuvable.</translation>
    </message>
    <message>
        <source>The image proxy API is gone from microversion 2.36; use the image service.</source>
        <translation>L&apos;API proxy d&apos;images n&apos;existe plus depuis la microversion 2.36 ; utilisez le service d&apos;images.</translation>
    </message>
    <message>
        <source>Image not found.</source>
        <translation>Image introuvable.</translation>
    </message>
    <message>
        <source>Keypair %1 not found.</source>
        <translation>Paire de clés %1 introuvable.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute keypair: &quot;name&quot; is a required string.</source>
        <translation>Entrée invalide pour le champ keypair : « name » est une chaîne obligatoire.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute keypair: &quot;public_key&quot; must be a string.</source>
        <translation>Entrée invalide pour le champ keypair : « public_key » doit être une chaîne.</translation>
    </message>
    <message>
        <source>The sandbox makes key pairs of type &quot;ssh&quot; only.</source>
        <translation>Le bac à sable ne crée que des paires de clés de type « ssh ».</translation>
    </message>
    <message>
        <source>Invalid filter &quot;name&quot;: %1.</source>
        <translation>Filtre « name » invalide : %1.</translation>
    </message>
    <message>
        <source>marker [%1] not found</source>
        <translation>marqueur [%1] introuvable</translation>
    </message>
    <message>
        <source>Invalid input for query parameters limit: it must be a whole number of at least 0.</source>
        <translation>Entrée invalide pour le paramètre limit : il doit être un nombre entier d&apos;au moins 0.</translation>
    </message>
    <message>
        <source>Instance %1 could not be found.</source>
        <translation>L&apos;instance %1 est introuvable.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute server: &quot;%1&quot; is a required string.</source>
        <translation>Entrée invalide pour le champ server : « %1 » est une chaîne obligatoire.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute server: &quot;networks&quot; is required from microversion 2.37 (&quot;auto&quot;, &quot;none&quot; or a list).</source>
        <translation>Entrée invalide pour le champ server : « networks » est obligatoire depuis la microversion 2.37 (« auto », « none » ou une liste).</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute key_name: it must be a string.</source>
        <translation>Entrée invalide pour le champ key_name : ce doit être une chaîne.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute metadata: it must be an object.</source>
        <translation>Entrée invalide pour le champ metadata : ce doit être un objet.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute metadata: the value of &quot;%1&quot; must be a string.</source>
        <translation>Entrée invalide pour le champ metadata : la valeur de « %1 » doit être une chaîne.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute user_data: it must be base64.</source>
        <translation>Entrée invalide pour le champ user_data : ce doit être du base64.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute user_data: at most %1 bytes (base64) are allowed.</source>
        <translation>Entrée invalide pour le champ user_data : %1 octets (base64) au plus sont permis.</translation>
    </message>
    <message>
        <source>Personality content for %1 cannot be decoded: it must be base64.</source>
        <translation>Le contenu de personnalisation de %1 ne peut pas être décodé : ce doit être du base64.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute createImage: &quot;name&quot; is a required string.</source>
        <translation>Entrée invalide pour le champ createImage : « name » est une chaîne obligatoire.</translation>
    </message>
    <message>
        <source>No image found with ID %1</source>
        <translation>Aucune image trouvée avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>The sandbox does not offer the server action &quot;%1&quot;; it offers createImage and os-getConsoleOutput.</source>
        <translation>Le bac à sable ne propose pas l’action de serveur « %1 » ; il propose createImage et os-getConsoleOutput.</translation>
    </message>
    <message>
        <source>Invalid input for field/attribute length: give a number of lines.</source>
        <translation>Entrée invalide pour le champ length : indiquez un nombre de lignes.</translation>
    </message>
    <message>
        <source>Bad networks format: each network needs a &quot;uuid&quot;.</source>
        <translation>Format de networks invalide : chaque réseau a besoin d&apos;un « uuid ».</translation>
    </message>
</context>
<context>
    <name>quayside::SecretStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid keychain entry name: it must start with &quot;quayside/&quot; and use printable ASCII without spaces.</source>
        <translation>« %1 » n’est pas un nom d’entrée de trousseau valide : il doit commencer par « quayside/ » et n’utiliser que de l’ASCII imprimable sans espaces.</translation>
    </message>
</context>
<context>
    <name>quayside::SshKeyPage</name>
    <message>
        <source>&amp;Generated by Quayside earlier: use it again</source>
        <translation>&amp;Générée par Quayside auparavant : la réutiliser</translation>
    </message>
    <message>
        <source>%1, made by an earlier setup or by quaysidectl up. It is used as it is.</source>
        <translation>%1, créée par une configuration précédente ou par quaysidectl up. Elle est utilisée telle quelle.</translation>
    </message>
    <message>
        <source>&amp;Generate a new key for Quayside (Ed25519)</source>
        <translation>&amp;Générer une nouvelle clé pour Quayside (Ed25519)</translation>
    </message>
    <message>
        <source>It is written to %1, readable only by you, without a passphrase so that Quayside can use it unattended.</source>
        <translation>Elle est écrite dans %1, lisible par vous seul, sans phrase secrète pour que Quayside puisse s&apos;en servir sans vous.</translation>
    </message>
    <message>
        <source>(protected by a passphrase)</source>
        <translation>(protégée par une phrase secrète)</translation>
    </message>
    <message>
        <source>No keys in %1. Generate one, or choose a key file.</source>
        <translation>Aucune clé dans %1. Générez-en une, ou choisissez un fichier de clé.</translation>
    </message>
    <message>
        <source>Choose a private SSH key</source>
        <translation>Choisir une clé SSH privée</translation>
    </message>
    <message>
        <source>Generating an Ed25519 key...</source>
        <translation>Génération d&apos;une clé Ed25519...</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the key. Check its permissions.</source>
        <translation>Impossible de créer le dossier %1 pour la clé. Vérifiez ses droits.</translation>
    </message>
    <message>
        <source>Made a new key, %1, in %2.</source>
        <translation>Nouvelle clé %1 créée dans %2.</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Ouverture de %1...</translation>
    </message>
    <message>
        <source>The passphrase does not open %1: type it again.</source>
        <translation>La phrase secrète n&apos;ouvre pas %1 : saisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>Using %1 (%2).</source>
        <translation>Utilisation de %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase: type it, then press Start building again.</source>
        <translation>%1 est protégée par une phrase secrète : saisissez-la, puis appuyez de nouveau sur « Commencer la construction ».</translation>
    </message>
</context>
<context>
    <name>quayside::SshKeyPassphrases</name>
    <message>
        <source>%1 has no public key beside it (%1.pub), so Quayside cannot keep its passphrase. Make one with ssh-keygen -y -f %1 &gt; %1.pub.</source>
        <translation>%1 n&apos;a pas de clé publique à côté (%1.pub), Quayside ne peut donc pas conserver sa phrase secrète. Créez-la avec ssh-keygen -y -f %1 &gt; %1.pub.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase: enter it.</source>
        <translation>%1 est protégé par une phrase secrète : saisissez-la.</translation>
    </message>
    <message>
        <source>The passphrase kept for %1 no longer opens it: enter the new one.</source>
        <translation>La phrase secrète conservée pour %1 ne l&apos;ouvre plus : saisissez la nouvelle.</translation>
    </message>
</context>
<context>
    <name>quayside::SshRemoteShell</name>
    <message>
        <source>a closed SSH session</source>
        <translation>une session SSH fermée</translation>
    </message>
    <message>
        <source>The SSH session is closed.</source>
        <translation>La session SSH est fermée.</translation>
    </message>
    <message>
        <source>A command on %1 ended by signal %2.</source>
        <translation>Une commande sur %1 a été arrêtée par le signal %2.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a path on the server.</source>
        <translation>« %1 » ne peut pas être un chemin sur le serveur.</translation>
    </message>
    <message>
        <source>Putting %1 in place on %2 as root failed: %3</source>
        <translation>La mise en place de %1 sur %2 en tant que root a échoué : %3</translation>
    </message>
</context>
<context>
    <name>quayside::SshSession</name>
    <message>
        <source>Not connected to a server; connect first.</source>
        <translation>Pas connecté à un serveur ; connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>Not connected to %1; connect first.</source>
        <translation>Pas connecté à %1 ; connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>No known hosts file was given, so no host key can be checked.</source>
        <translation>Aucun fichier d’hôtes connus n’a été fourni, aucune clé d’hôte ne peut donc être vérifiée.</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Annulé avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>Cancelled on %1 before it started.</source>
        <translation>Annulé sur %1 avant d’avoir commencé.</translation>
    </message>
</context>
<context>
    <name>quayside::StepPage</name>
    <message>
        <source>First Docker host</source>
        <translation>Premier hôte Docker</translation>
    </message>
    <message>
        <source>Quayside boots the first server, waits until it runs, trusts its SSH host key and installs Docker on it.</source>
        <translation>Quayside démarre le premier serveur, attend qu&apos;il tourne, fait confiance à sa clé d&apos;hôte SSH et y installe Docker.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>The first Docker host, with Docker and the Tomcat image, is saved as an image of the cloud.</source>
        <translation>Le premier hôte Docker, avec Docker et l&apos;image Tomcat, est enregistré comme image du cloud.</translation>
    </message>
    <message>
        <source>Every further Docker host boots from this snapshot, ready to run Tomcat containers: nothing is installed twice. The cloud may take several minutes to save it; the bar follows its progress.</source>
        <translation>Chaque hôte Docker suivant démarre depuis cet instantané, prêt à exécuter des conteneurs Tomcat : rien n&apos;est installé deux fois. Le cloud peut mettre plusieurs minutes à l&apos;enregistrer ; la barre suit sa progression.</translation>
    </message>
    <message>
        <source>nginx host</source>
        <translation>Hôte nginx</translation>
    </message>
    <message>
        <source>A server for nginx, the load balancer in front of the Tomcat containers.</source>
        <translation>Un serveur pour nginx, le répartiteur de charge devant les conteneurs Tomcat.</translation>
    </message>
    <message>
        <source>Quayside boots it, trusts its SSH host key from the console log, installs nginx and gives it its first configuration. Every later change of the configuration is checked with nginx -t before it is swapped in, and the previous one is kept for a rollback.</source>
        <translation>Quayside le démarre, accepte sa clé d&apos;hôte SSH d&apos;après le journal de console, installe nginx et lui donne sa première configuration. Chaque modification ultérieure est vérifiée avec nginx -t avant d&apos;être mise en place, et la précédente est gardée pour un retour arrière.</translation>
    </message>
    <message>
        <source>Its SSH host key is trusted only when the cloud&apos;s console log shows the same key, so nobody can stand in for the new server. Docker&apos;s API then listens on port 2376 for Quayside&apos;s own client certificate only (mutual TLS, from this fleet&apos;s certificate authority), never open to anyone else.</source>
        <translation>Sa clé d&apos;hôte SSH n&apos;est acceptée que si le journal de console du cloud montre la même clé, afin que personne ne puisse se faire passer pour le nouveau serveur. L&apos;API de Docker écoute ensuite sur le port 2376 pour le seul certificat client de Quayside (TLS mutuel, de l&apos;autorité de certification de cette flotte), fermée à tout autre.</translation>
    </message>
</context>
<context>
    <name>quayside::TomcatImagePage</name>
    <message>
        <source>Not built yet.</source>
        <translation>Pas encore construite.</translation>
    </message>
    <message>
        <source>Choose the application to deploy</source>
        <translation>Choisir l&apos;application à déployer</translation>
    </message>
    <message>
        <source>Web applications (*.war)</source>
        <translation>Applications web (*.war)</translation>
    </message>
    <message>
        <source>Keeping the Dockerfile in the fleet&apos;s folder…</source>
        <translation>Enregistrement du Dockerfile dans le dossier de la flotte…</translation>
    </message>
    <message>
        <source>Copying the application into the fleet&apos;s folder…</source>
        <translation>Copie de l&apos;application dans le dossier de la flotte…</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Construction…</translation>
    </message>
    <message>
        <source>The image was built and tried before.</source>
        <translation>L&apos;image a été construite et essayée auparavant.</translation>
    </message>
    <message>
        <source>A test container of it served its page then; the snapshot carries it.</source>
        <translation>Un conteneur de test a alors servi sa page ; l&apos;instantané la contient.</translation>
    </message>
    <message>
        <source>The page the test container served at %1 (HTTP %2):</source>
        <translation>La page servie par le conteneur de test à %1 (HTTP %2) :</translation>
    </message>
    <message>
        <source>Stopped before a test container served a page.</source>
        <translation>Arrêté avant qu&apos;un conteneur de test ne serve une page.</translation>
    </message>
    <message>
        <source>No page: the build or its test failed. The log below says why; change the Dockerfile and build again, or Retry.</source>
        <translation>Aucune page : la construction ou son essai a échoué. Le journal ci-dessous dit pourquoi ; modifiez le Dockerfile et reconstruisez, ou réessayez.</translation>
    </message>
</context>
<context>
    <name>quayside::TopologyView</name>
    <message>
        <source>Docker host %1</source>
        <translation>Hôte Docker %1</translation>
    </message>
    <message>
        <source>Tomcat %1</source>
        <translation>Tomcat %1</translation>
    </message>
    <message>
        <source>Fleet topology</source>
        <translation>Topologie de la flotte</translation>
    </message>
    <message>
        <source>No fleet yet.</source>
        <translation>Pas encore de flotte.</translation>
    </message>
    <message>
        <source>1 Tomcat container</source>
        <translation>1 conteneur Tomcat</translation>
    </message>
    <message>
        <source>%1 Tomcat containers</source>
        <translation>%1 conteneurs Tomcat</translation>
    </message>
    <message>
        <source>1 Docker host</source>
        <translation>1 hôte Docker</translation>
    </message>
    <message>
        <source>%1 Docker hosts</source>
        <translation>%1 hôtes Docker</translation>
    </message>
    <message>
        <source>A planned nginx</source>
        <translation>Un nginx prévu</translation>
    </message>
    <message>
        <source>nginx (no address yet)</source>
        <translation>nginx (pas encore d&apos;adresse)</translation>
    </message>
    <message>
        <source>nginx at %1</source>
        <translation>nginx sur %1</translation>
    </message>
    <message>
        <source>%1 in front of %2 on %3.</source>
        <translation>%1 devant %2 sur %3.</translation>
    </message>
    <message>
        <source>1 container</source>
        <translation>1 conteneur</translation>
    </message>
    <message>
        <source>%1 containers</source>
        <translation>%1 conteneurs</translation>
    </message>
    <message>
        <source>Not made yet: %1.</source>
        <translation>Pas encore créés : %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>En échec : %1.</translation>
    </message>
    <message>
        <source>%1 of %2 containers up.</source>
        <translation>%1 conteneurs sur %2 en service.</translation>
    </message>
    <message>
        <source>Down: %1.</source>
        <translation>Hors service : %1.</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Serveurs :</translation>
    </message>
    <message>
        <source>Tomcat:</source>
        <translation>Tomcat :</translation>
    </message>
    <message>
        <source>no address yet</source>
        <translation>pas encore d&apos;adresse</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 autres</translation>
    </message>
    <message>
        <source>+%1 more Docker hosts with %2 containers</source>
        <translation>+%1 autres hôtes Docker avec %2 conteneurs</translation>
    </message>
    <message>
        <source>+%1 more Docker hosts</source>
        <translation>+%1 autres hôtes Docker</translation>
    </message>
    <message>
        <source>Planned: not made yet.</source>
        <translation>Prévu : pas encore créé.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>State: %1 (%2)</source>
        <translation>État : %1 (%2)</translation>
    </message>
    <message>
        <source>Made from the fleet&apos;s snapshot.</source>
        <translation>Créé à partir de l&apos;instantané de la flotte.</translation>
    </message>
    <message>
        <source>Users reach the fleet&apos;s web applications over HTTP through nginx.</source>
        <translation>Les utilisateurs atteignent les applications web de la flotte en HTTP via nginx.</translation>
    </message>
    <message>
        <source>nginx load balancer</source>
        <translation>Répartiteur de charge nginx</translation>
    </message>
    <message>
        <source>Forwards requests to 1 Tomcat container.</source>
        <translation>Transmet les requêtes à 1 conteneur Tomcat.</translation>
    </message>
    <message>
        <source>Forwards requests to %1 Tomcat containers.</source>
        <translation>Transmet les requêtes à %1 conteneurs Tomcat.</translation>
    </message>
    <message>
        <source>Docker host</source>
        <translation>Hôte Docker</translation>
    </message>
    <message>
        <source>Tomcat container planned on %1: not made yet.</source>
        <translation>Conteneur Tomcat prévu sur %1 : pas encore créé.</translation>
    </message>
    <message>
        <source>Tomcat container on %1</source>
        <translation>Conteneur Tomcat sur %1</translation>
    </message>
    <message>
        <source>nginx forwards to %1:%2</source>
        <translation>nginx transmet à %1:%2</translation>
    </message>
    <message>
        <source>Published on port %1</source>
        <translation>Publié sur le port %1</translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation>Pool : %1</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Santé : %1</translation>
    </message>
    <message>
        <source>Answered 1 request of the check.</source>
        <translation>A répondu à 1 requête de la vérification.</translation>
    </message>
    <message>
        <source>Answered %1 requests of the check.</source>
        <translation>A répondu à %1 requêtes de la vérification.</translation>
    </message>
    <message>
        <source>Also on %1:</source>
        <translation>Également sur %1 :</translation>
    </message>
    <message>
        <source>Docker hosts not shown at this size:</source>
        <translation>Hôtes Docker non affichés à cette taille :</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>En création</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Configuré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No fleet yet. Its servers and containers appear here once it is planned.</source>
        <translation>Pas encore de flotte. Ses serveurs et conteneurs apparaîtront ici dès qu&apos;elle sera prévue.</translation>
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
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>load balancer</source>
        <translation>répartiteur de charge</translation>
    </message>
    <message>
        <source>no containers</source>
        <translation>aucun conteneur</translation>
    </message>
    <message>
        <source>%1 · 1 request</source>
        <translation>%1 · 1 requête</translation>
    </message>
    <message>
        <source>%1 · %2 requests</source>
        <translation>%1 · %2 requêtes</translation>
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
        <translation>Recherche du bac à sable à %1...</translation>
    </message>
    <message>
        <source>The sandbox answers at %1.</source>
        <translation>Le bac à sable répond à %1.</translation>
    </message>
    <message>
        <source>The sandbox is not running: nothing answers at %1. Start it with the command quayside-sandbox, leave it running, and press Next again.</source>
        <translation>Le bac à sable ne tourne pas : rien ne répond à %1. Lancez-le avec la commande quayside-sandbox, laissez-le tourner, et appuyez de nouveau sur Suivant.</translation>
    </message>
    <message>
        <source>The sandbox at %1 does not accept the credentials in %2: another sandbox may be running there. Stop it and start quayside-sandbox again.</source>
        <translation>Le bac à sable à %1 n&apos;accepte pas les identifiants de %2 : un autre bac à sable y tourne peut-être. Arrêtez-le et relancez quayside-sandbox.</translation>
    </message>
</context>
<context>
    <name>quayside::WizardState</name>
    <message>
        <source>The sandbox has not run on this computer yet: there are no sandbox credentials in %1. Start it with the command quayside-sandbox, then try again.</source>
        <translation>Le bac à sable n&apos;a encore jamais tourné sur cet ordinateur : il n&apos;y a pas d&apos;identifiants du bac à sable dans %1. Lancez-le avec la commande quayside-sandbox, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>quayside::WizardStatus</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
</TS>
