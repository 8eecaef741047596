<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Balcao::AdminPage</name>
    <message>
        <source>The two passwords are different. Type the same password in both fields.</source>
        <translation>The two passwords are different. Type the same password in both fields.</translation>
    </message>
    <message>
        <source>Your administrator account</source>
        <translation>Your administrator account</translation>
    </message>
    <message>
        <source>You sign in with this account. It can add the rest of the team later.</source>
        <translation>You sign in with this account. It can add the rest of the team later.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>L&amp;ogin:</translation>
    </message>
    <message>
        <source>e.g. maria</source>
        <translation>e.g. maria</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Add &amp;sample clients (demo business)</source>
        <translation>Add &amp;sample clients (demo business)</translation>
    </message>
</context>
<context>
    <name>Balcao::AppStartup</name>
    <message>
        <source>Could not read the passphrase file %1: %2</source>
        <translation>Could not read the passphrase file %1: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>The passphrase file %1 is empty.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
</context>
<context>
    <name>Balcao::BusinessPage</name>
    <message>
        <source>Brazilian real</source>
        <translation>Brazilian real</translation>
    </message>
    <message>
        <source>Argentine peso</source>
        <translation>Argentine peso</translation>
    </message>
    <message>
        <source>Chilean peso</source>
        <translation>Chilean peso</translation>
    </message>
    <message>
        <source>Colombian peso</source>
        <translation>Colombian peso</translation>
    </message>
    <message>
        <source>Mexican peso</source>
        <translation>Mexican peso</translation>
    </message>
    <message>
        <source>Peruvian sol</source>
        <translation>Peruvian sol</translation>
    </message>
    <message>
        <source>Paraguayan guaraní</source>
        <translation>Paraguayan guaraní</translation>
    </message>
    <message>
        <source>Uruguayan peso</source>
        <translation>Uruguayan peso</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>US dollar</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Canadian dollar</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Pound sterling</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Swiss franc</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>Australian dollar</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Japanese yen</translation>
    </message>
    <message>
        <source>Welcome to Balcão</source>
        <translation>Welcome to Balcão</translation>
    </message>
    <message>
        <source>Three short steps set up this computer for your business. Everything stays on this computer, encrypted.</source>
        <translation>Three short steps set up this computer for your business. Everything stays on this computer, encrypted.</translation>
    </message>
    <message>
        <source>&amp;Business name:</source>
        <translation>&amp;Business name:</translation>
    </message>
    <message>
        <source>e.g. Studio Bella Hair</source>
        <translation>e.g. Studio Bella Hair</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Currency:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>Balcao::BusinessSettings</name>
    <message>
        <source>A setting needs a name.</source>
        <translation>A setting needs a name.</translation>
    </message>
</context>
<context>
    <name>Balcao::BusinessSetup</name>
    <message>
        <source>This database already holds a business.</source>
        <translation>This database already holds a business.</translation>
    </message>
    <message>
        <source>The business needs a name.</source>
        <translation>The business needs a name.</translation>
    </message>
</context>
<context>
    <name>Balcao::Change</name>
    <message>
        <source>A change is malformed: %1</source>
        <translation>A change is malformed: %1</translation>
    </message>
</context>
<context>
    <name>Balcao::ChangeWriter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Unknown table &quot;%1&quot;.</source>
        <translation>Unknown table &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds editable records, not ledger facts.</source>
        <translation>&quot;%1&quot; holds editable records, not ledger facts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a ledger: its facts cannot be edited.</source>
        <translation>&quot;%1&quot; is a ledger: its facts cannot be edited.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>Unknown field &quot;%1&quot; in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A record needs an id.</source>
        <translation>A record needs an id.</translation>
    </message>
    <message>
        <source>A ledger fact needs an id.</source>
        <translation>A ledger fact needs an id.</translation>
    </message>
    <message>
        <source>A fact with id %1 already exists in &quot;%2&quot;.</source>
        <translation>A fact with id %1 already exists in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id.</source>
        <translation>&quot;%1&quot; is not a record id.</translation>
    </message>
    <message>
        <source>the change log</source>
        <translation>the change log</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientService</name>
    <message>
        <source>The client needs a name.</source>
        <translation>The client needs a name.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>The name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, spaces, + - ( ) are allowed.</source>
        <translation>&quot;%1&quot; is not a phone number: only digits, spaces, + - ( ) are allowed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it should have 8 to 15 digits.</source>
        <translation>&quot;%1&quot; is not a phone number: it should have 8 to 15 digits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>The notes are too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>There is no client with id %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <source>Start a new client (%1)</source>
        <translation>Start a new client (%1)</translation>
    </message>
    <message>
        <source>Search by name, phone or e-mail (%1)</source>
        <translation>Search by name, phone or e-mail (%1)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>e.g. +55 11 91234-5678</source>
        <translation>e.g. +55 11 91234-5678</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Preferences, allergies, anything the team should know</source>
        <translation>Preferences, allergies, anything the team should know</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the client (%1)</source>
        <translation>Save the client (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the client (Del in the list)</source>
        <translation>Delete the client (Del in the list)</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Added %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Delete client</translation>
    </message>
    <message>
        <source>Delete %1? The client disappears from lists on every computer of the business.</source>
        <translation>Delete %1? The client disappears from lists on every computer of the business.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 matches. Type more of a name, phone or e-mail to narrow the list.</source>
        <translation>Showing the first %1 matches. Type more of a name, phone or e-mail to narrow the list.</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>No client matches “%1”.</translation>
    </message>
    <message>
        <source>No clients yet. Press %1 to add the first one.</source>
        <translation>No clients yet. Press %1 to add the first one.</translation>
    </message>
</context>
<context>
    <name>Balcao::ConflictInbox</name>
    <message>
        <source>There is no conflict with id %1.</source>
        <translation>There is no conflict with id %1.</translation>
    </message>
    <message>
        <source>This conflict was already dealt with.</source>
        <translation>This conflict was already dealt with.</translation>
    </message>
    <message>
        <source>This version of Balcão cannot resolve conflicts of kind &quot;%1&quot;.</source>
        <translation>This version of Balcão cannot resolve conflicts of kind &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resolution of this conflict.</source>
        <translation>&quot;%1&quot; is not a resolution of this conflict.</translation>
    </message>
</context>
<context>
    <name>Balcao::ConflictWording</name>
    <message numerus="yes">
        <source>%n client(s) with the phone %1</source>
        <translation>
            <numerusform>%n client with the phone %1</numerusform>
            <numerusform>%n clients with the phone %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict of an unknown kind (%1)</source>
        <translation>Conflict of an unknown kind (%1)</translation>
    </message>
    <message>
        <source>%1 have the same phone number, %2. Usually one person was registered twice, on terminals that were offline at the time. Keep both if they are different people; otherwise keep the one with the right details and the others are deleted.</source>
        <translation>%1 have the same phone number, %2. Usually one person was registered twice, on terminals that were offline at the time. Keep both if they are different people; otherwise keep the one with the right details and the others are deleted.</translation>
    </message>
    <message>
        <source>This version of Balcão does not know this kind of conflict. A newer version on another terminal can resolve it.</source>
        <translation>This version of Balcão does not know this kind of conflict. A newer version on another terminal can resolve it.</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>Keep all</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Keep only %1</source>
        <translation>Keep only %1</translation>
    </message>
</context>
<context>
    <name>Balcao::ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Work done apart on several terminals that needs a person to decide. A resolution made here reaches every terminal.</source>
        <translation>Work done apart on several terminals that needs a person to decide. A resolution made here reaches every terminal.</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>No conflicts to resolve.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl</name>
    <message>
        <source>init needs --db, --business, --location, --timezone and --currency.</source>
        <translation>init needs --db, --business, --location, --timezone and --currency.</translation>
    </message>
    <message>
        <source>Give the database with --db PATH.</source>
        <translation>Give the database with --db PATH.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Cannot read the password file %1.</translation>
    </message>
    <message>
        <source>%1 already exists; init only creates new databases.</source>
        <translation>%1 already exists; init only creates new databases.</translation>
    </message>
    <message>
        <source>The business needs a name.</source>
        <translation>The business needs a name.</translation>
    </message>
    <message>
        <source>With balcaoctl: --passphrase-file FILE.</source>
        <translation>With balcaoctl: --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Created %1 for &quot;%2&quot; (encrypted with SQLCipher %3; key in the %4).</source>
        <translation>Created %1 for &quot;%2&quot; (encrypted with SQLCipher %3; key in the %4).</translation>
    </message>
    <message>
        <source>passphrase you gave</source>
        <translation>passphrase you gave</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>system keychain</translation>
    </message>
    <message>
        <source>client add needs --name.</source>
        <translation>client add needs --name.</translation>
    </message>
    <message>
        <source>client edit needs --id.</source>
        <translation>client edit needs --id.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client id.</source>
        <translation>&quot;%1&quot; is not a client id.</translation>
    </message>
    <message>
        <source>client delete needs --id.</source>
        <translation>client delete needs --id.</translation>
    </message>
    <message>
        <source>Deleted client %1.</source>
        <translation>Deleted client %1.</translation>
    </message>
    <message>
        <source>--limit needs a number.</source>
        <translation>--limit needs a number.</translation>
    </message>
    <message>
        <source>Unknown client command &quot;%1&quot;: use add, edit, delete or list.</source>
        <translation>Unknown client command &quot;%1&quot;: use add, edit, delete or list.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>rekey needs either --new-passphrase-file FILE or --to-keychain.</source>
        <translation>rekey needs either --new-passphrase-file FILE or --to-keychain.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1.</source>
        <translation>Cannot read the passphrase file %1.</translation>
    </message>
    <message>
        <source>The database key was changed.</source>
        <translation>The database key was changed.</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integrity: ok</translation>
    </message>
    <message>
        <source>Integrity problems:
%1</source>
        <translation>Integrity problems:
%1</translation>
    </message>
    <message>
        <source>SQLCipher %1, schema %2</source>
        <translation>SQLCipher %1, schema %2</translation>
    </message>
    <message>
        <source>sql needs a query, e.g. balcaoctl sql &quot;SELECT count(*) FROM clients&quot;.</source>
        <translation>sql needs a query, e.g. balcaoctl sql &quot;SELECT count(*) FROM clients&quot;.</translation>
    </message>
    <message>
        <source>enroll needs --db, --server and --code.</source>
        <translation>enroll needs --db, --server and --code.</translation>
    </message>
    <message>
        <source>Enrolled as device %1; %2 rows from the server, %3 changes sent.</source>
        <translation>Enrolled as device %1; %2 rows from the server, %3 changes sent.</translation>
    </message>
    <message>
        <source>Sent %1 and received %2 changes; %3 waiting, %4 open conflicts.</source>
        <translation>Sent %1 and received %2 changes; %3 waiting, %4 open conflicts.</translation>
    </message>
    <message>
        <source>conflicts resolve needs --id and --resolution.</source>
        <translation>conflicts resolve needs --id and --resolution.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conflict id.</source>
        <translation>&quot;%1&quot; is not a conflict id.</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>Conflict %1 resolved.</translation>
    </message>
    <message>
        <source>Unknown conflicts command &quot;%1&quot;: use list or resolve.</source>
        <translation>Unknown conflicts command &quot;%1&quot;: use list or resolve.</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlCommands</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run balcaoctl --help.</source>
        <translation>Unknown command &quot;%1&quot;. Run balcaoctl --help.</translation>
    </message>
    <message>
        <source>Usage: balcaoctl COMMAND [options]

Commands:
  init --db PATH --business NAME --location NAME --timezone TZ --currency CODE
       [--locale pt_BR] [--device NAME] [--admin-login LOGIN --admin-password-file FILE]
  client add --name N [--phone P] [--email E] [--notes T]
  client edit --id ID [--name N] [--phone P] [--email E] [--notes T]
  client delete --id ID
  client list [--search TEXT] [--limit N]
  export [--output FILE]     the whole logical state, canonical JSON
  state-hash                 SHA-256 of that state
  changes                    the pending change log (outbox)
  rekey (--new-passphrase-file FILE | --to-keychain)
  check                      integrity, cipher and schema versions
  sql QUERY                  run a read-only SQL query on the decrypted database
  enroll --server URL --code CODE [--device NAME]
                             join a business on a server (creates and fills --db when new)
  sync                       send pending changes and receive the others&apos;
  conflicts list             open conflicts with their facts and resolutions
  conflicts resolve --id ID --resolution R

Options for every command:
  --db PATH                  the database file
  --passphrase-file FILE     read the passphrase from FILE (- for standard input);
                             without it the key comes from the system keychain
  --json                     machine-readable output (errors too, on stderr)
</source>
        <translation>Usage: balcaoctl COMMAND [options]

Commands:
  init --db PATH --business NAME --location NAME --timezone TZ --currency CODE
       [--locale pt_BR] [--device NAME] [--admin-login LOGIN --admin-password-file FILE]
  client add --name N [--phone P] [--email E] [--notes T]
  client edit --id ID [--name N] [--phone P] [--email E] [--notes T]
  client delete --id ID
  client list [--search TEXT] [--limit N]
  export [--output FILE]     the whole logical state, canonical JSON
  state-hash                 SHA-256 of that state
  changes                    the pending change log (outbox)
  rekey (--new-passphrase-file FILE | --to-keychain)
  check                      integrity, cipher and schema versions
  sql QUERY                  run a read-only SQL query on the decrypted database
  enroll --server URL --code CODE [--device NAME]
                             join a business on a server (creates and fills --db when new)
  sync                       send pending changes and receive the others&apos;
  conflicts list             open conflicts with their facts and resolutions
  conflicts resolve --id ID --resolution R

Options for every command:
  --db PATH                  the database file
  --passphrase-file FILE     read the passphrase from FILE (- for standard input);
                             without it the key comes from the system keychain
  --json                     machine-readable output (errors too, on stderr)
</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlContext</name>
    <message>
        <source>Unknown or incomplete argument: %1</source>
        <translation>Unknown or incomplete argument: %1</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1.</source>
        <translation>Cannot read the passphrase file %1.</translation>
    </message>
    <message>
        <source>The passphrase file is empty.</source>
        <translation>The passphrase file is empty.</translation>
    </message>
    <message>
        <source>Give the database with --db PATH.</source>
        <translation>Give the database with --db PATH.</translation>
    </message>
    <message>
        <source>There is no Balcão database at %1. Create one with &quot;balcaoctl init&quot;.</source>
        <translation>There is no Balcão database at %1. Create one with &quot;balcaoctl init&quot;.</translation>
    </message>
    <message>
        <source>This database is protected by a passphrase: give it with --passphrase-file FILE (or - for standard input).</source>
        <translation>This database is protected by a passphrase: give it with --passphrase-file FILE (or - for standard input).</translation>
    </message>
</context>
<context>
    <name>Balcao::Currency</name>
    <message>
        <source>&quot;%1&quot; is not a currency code. Use three letters, such as BRL or USD.</source>
        <translation>&quot;%1&quot; is not a currency code. Use three letters, such as BRL or USD.</translation>
    </message>
</context>
<context>
    <name>Balcao::Database</name>
    <message>
        <source>No encryption key is available for the database.</source>
        <translation>No encryption key is available for the database.</translation>
    </message>
    <message>
        <source>There is no Balcão database at %1.</source>
        <translation>There is no Balcão database at %1.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file. Balcão only opens encrypted databases.</source>
        <translation>%1 is an unencrypted SQLite file. Balcão only opens encrypted databases.</translation>
    </message>
    <message>
        <source>The key or passphrase does not open %1. Nothing was changed.</source>
        <translation>The key or passphrase does not open %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>Could not open the database %1.</source>
        <translation>Could not open the database %1.</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>A database statement failed.</translation>
    </message>
    <message>
        <source>The new key is empty.</source>
        <translation>The new key is empty.</translation>
    </message>
    <message>
        <source>Could not change the database key.</source>
        <translation>Could not change the database key.</translation>
    </message>
    <message>
        <source>Could not create the backup %1.</source>
        <translation>Could not create the backup %1.</translation>
    </message>
    <message>
        <source>Could not write the backup %1.</source>
        <translation>Could not write the backup %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be verified; nothing was changed.</source>
        <translation>The backup %1 could not be verified; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Balcao::DatabaseKeyProvider</name>
    <message>
        <source>%1 Use a passphrase to protect the database instead.</source>
        <translation>%1 Use a passphrase to protect the database instead.</translation>
    </message>
    <message>
        <source>The system could not provide random numbers for a key.</source>
        <translation>The system could not provide random numbers for a key.</translation>
    </message>
    <message>
        <source>This database is protected by a passphrase. Enter it to open the database.</source>
        <translation>This database is protected by a passphrase. Enter it to open the database.</translation>
    </message>
    <message>
        <source>The system keychain holds no key for this database. It may have been created by another user or on another computer.</source>
        <translation>The system keychain holds no key for this database. It may have been created by another user or on another computer.</translation>
    </message>
    <message>
        <source>The database was re-keyed but its key info could not be renamed; it is kept as %1.</source>
        <translation>The database was re-keyed but its key info could not be renamed; it is kept as %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::DeviceRegistry</name>
    <message>
        <source>The device needs a name.</source>
        <translation>The device needs a name.</translation>
    </message>
    <message>
        <source>There is no device with id %1.</source>
        <translation>There is no device with id %1.</translation>
    </message>
    <message>
        <source>A terminal cannot retire itself; do it from another one.</source>
        <translation>A terminal cannot retire itself; do it from another one.</translation>
    </message>
</context>
<context>
    <name>Balcao::DialogPrompts</name>
    <message>
        <source>Balcão</source>
        <translation>Balcão</translation>
    </message>
</context>
<context>
    <name>Balcao::DuplicatePhoneCheck</name>
    <message>
        <source>&quot;%1&quot; is not a resolution of this conflict.</source>
        <translation>&quot;%1&quot; is not a resolution of this conflict.</translation>
    </message>
</context>
<context>
    <name>Balcao::EnrolDialog</name>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>Connect this terminal to your business&apos;s sync server, so that every terminal shares the same clients and sales. Ask your administrator for the server address and a one-time enrolment code.</source>
        <translation>Connect this terminal to your business&apos;s sync server, so that every terminal shares the same clients and sales. Ask your administrator for the server address and a one-time enrolment code.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>Enrolment &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Terminal name:</source>
        <translation>&amp;Terminal name:</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Balcao::FirstRunWizard</name>
    <message>
        <source>Set up Balcão</source>
        <translation>Set up Balcão</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Create business</source>
        <translation>&amp;Create business</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Balcao::HlcClock</name>
    <message>
        <source>A change is stamped %1 seconds ahead of this computer&apos;s clock. Check the date and time of both devices.</source>
        <translation>A change is stamped %1 seconds ahead of this computer&apos;s clock. Check the date and time of both devices.</translation>
    </message>
</context>
<context>
    <name>Balcao::HttpSyncTransport</name>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <source>The server answered with status %1.</source>
        <translation>The server answered with status %1.</translation>
    </message>
    <message>
        <source>The server acknowledged a different batch.</source>
        <translation>The server acknowledged a different batch.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the enrolment is incomplete.</source>
        <translation>The server&apos;s answer to the enrolment is incomplete.</translation>
    </message>
    <message>
        <source>The server sent a state the terminal cannot read.</source>
        <translation>The server sent a state the terminal cannot read.</translation>
    </message>
</context>
<context>
    <name>Balcao::KeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>The system keychain did not answer.</translation>
    </message>
    <message>
        <source>The system keychain has no key for this database.</source>
        <translation>The system keychain has no key for this database.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>The system keychain is not available: %1</translation>
    </message>
</context>
<context>
    <name>Balcao::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>Balcao::LocalStore</name>
    <message>
        <source>The database must be opened for writing once to update its schema.</source>
        <translation>The database must be opened for writing once to update its schema.</translation>
    </message>
    <message>
        <source>No encryption key is available for the database.</source>
        <translation>No encryption key is available for the database.</translation>
    </message>
    <message>
        <source>Could not record this device&apos;s identity: %1</source>
        <translation>Could not record this device&apos;s identity: %1</translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation>Could not start saving: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>Part of the change failed, so none of it was saved.</source>
        <translation>Part of the change failed, so none of it was saved.</translation>
    </message>
    <message>
        <source>Could not record the clock.</source>
        <translation>Could not record the clock.</translation>
    </message>
</context>
<context>
    <name>Balcao::LocationPage</name>
    <message>
        <source>Your first location</source>
        <translation>Your first location</translation>
    </message>
    <message>
        <source>Where this computer is. More locations can be added later.</source>
        <translation>Where this computer is. More locations can be added later.</translation>
    </message>
    <message>
        <source>Location &amp;name:</source>
        <translation>Location &amp;name:</translation>
    </message>
    <message>
        <source>e.g. Downtown</source>
        <translation>e.g. Downtown</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>Type part of a city to search, e.g. &quot;Paulo&quot; or &quot;Lisbon&quot;. Appointments are shown in this time zone.</source>
        <translation>Type part of a city to search, e.g. &quot;Paulo&quot; or &quot;Lisbon&quot;. Appointments are shown in this time zone.</translation>
    </message>
</context>
<context>
    <name>Balcao::LocationService</name>
    <message>
        <source>&quot;%1&quot; is not a known time zone. Use an IANA name such as America/Sao_Paulo.</source>
        <translation>&quot;%1&quot; is not a known time zone. Use an IANA name such as America/Sao_Paulo.</translation>
    </message>
    <message>
        <source>The location needs a name.</source>
        <translation>The location needs a name.</translation>
    </message>
    <message>
        <source>The business needs at least one location.</source>
        <translation>The business needs at least one location.</translation>
    </message>
    <message>
        <source>There is no location with id %1.</source>
        <translation>There is no location with id %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::MainWindow</name>
    <message>
        <source>%1 – Balcão</source>
        <translation>%1 – Balcão</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Balcão</source>
        <translation>&amp;About Balcão</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Save the client</source>
        <translation>Save the client</translation>
    </message>
    <message>
        <source>Delete the selected client (in the list)</source>
        <translation>Delete the selected client (in the list)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>From the search to the list</source>
        <translation>From the search to the list</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>From the list to the client&apos;s details</source>
        <translation>From the list to the client&apos;s details</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About Balcão</source>
        <translation>About Balcão</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Balcão %1&lt;/h3&gt;&lt;p&gt;Point of sale and booking for salons, spas and clinics.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, encrypted.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Balcão %1&lt;/h3&gt;&lt;p&gt;Point of sale and booking for salons, spas and clinics.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, encrypted.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Connect to server…</translation>
    </message>
</context>
<context>
    <name>Balcao::Migrator</name>
    <message>
        <source>Could not read the database&apos;s schema version.</source>
        <translation>Could not read the database&apos;s schema version.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Balcão (schema %1; this version understands up to %2). Install the newer version to open it.</source>
        <translation>This database was written by a newer version of Balcão (schema %1; this version understands up to %2). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>Could not start the migration to schema %1.</source>
        <translation>Could not start the migration to schema %1.</translation>
    </message>
    <message>
        <source>Migration to schema %1 (%2) failed: %3. The database was left at schema %4.</source>
        <translation>Migration to schema %1 (%2) failed: %3. The database was left at schema %4.</translation>
    </message>
    <message>
        <source>Could not record schema %1.</source>
        <translation>Could not record schema %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>Division by zero.</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>Cannot combine amounts in %1 and %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>&quot;%1&quot; is not an amount of money.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimal places than %2 allows (%3).</source>
        <translation>&quot;%1&quot; has more decimal places than %2 allows (%3).</translation>
    </message>
</context>
<context>
    <name>Balcao::NavigationBar</name>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>%1 arrives in a later version of Balcão.</source>
        <translation>%1 arrives in a later version of Balcão.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Balcao::PassphraseDialog</name>
    <message>
        <source>The two passphrases are different. Type the same passphrase in both fields.</source>
        <translation>The two passphrases are different. Type the same passphrase in both fields.</translation>
    </message>
    <message>
        <source>Unlock database</source>
        <translation>Unlock database</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects the database.</source>
        <translation>Enter the passphrase that protects the database.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects %1.</source>
        <translation>Enter the passphrase that protects %1.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>The database will be encrypted with a key made from this passphrase. Nobody can open it without the passphrase, and it cannot be recovered if it is lost: keep it somewhere safe.</source>
        <translation>The database will be encrypted with a key made from this passphrase. Nobody can open it without the passphrase, and it cannot be recovered if it is lost: keep it somewhere safe.</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>&amp;Create database</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Balcao::PassphraseKey</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 is damaged or was not written by Balcão.</source>
        <translation>%1 is damaged or was not written by Balcão.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>The passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>Could not derive the key from the passphrase.</source>
        <translation>Could not derive the key from the passphrase.</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::AdminCommands</name>
    <message>
        <source>Created business &quot;%1&quot; with id %2.</source>
        <translation>Created business &quot;%1&quot; with id %2.</translation>
    </message>
    <message>
        <source>Enrolment code (single use, valid until %1 UTC): %2</source>
        <translation>Enrolment code (single use, valid until %1 UTC): %2</translation>
    </message>
    <message>
        <source>Device %1 is revoked; its token no longer works.</source>
        <translation>Device %1 is revoked; its token no longer works.</translation>
    </message>
    <message>
        <source>Not an admin command.</source>
        <translation>Not an admin command.</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::BootstrapHandler</name>
    <message>
        <source>&quot;limit&quot; must be between 1 and %1.</source>
        <translation>&quot;limit&quot; must be between 1 and %1.</translation>
    </message>
    <message>
        <source>&quot;page&quot; must be the &quot;next_page&quot; token of an earlier bootstrap page.</source>
        <translation>&quot;page&quot; must be the &quot;next_page&quot; token of an earlier bootstrap page.</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::EnrolmentService</name>
    <message>
        <source>A business needs a name.</source>
        <translation>A business needs a name.</translation>
    </message>
    <message>
        <source>No business has the id %1.</source>
        <translation>No business has the id %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device id.</source>
        <translation>&quot;%1&quot; is not a device id.</translation>
    </message>
    <message>
        <source>The terminal needs a name (up to 200 characters).</source>
        <translation>The terminal needs a name (up to 200 characters).</translation>
    </message>
    <message>
        <source>This enrolment code is unknown, already used or expired. Ask your administrator for a new one.</source>
        <translation>This enrolment code is unknown, already used or expired. Ask your administrator for a new one.</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::ProtocolGuard</name>
    <message>
        <source>Every request must carry the headers %1 and %2 with positive integers.</source>
        <translation>Every request must carry the headers %1 and %2 with positive integers.</translation>
    </message>
    <message>
        <source>This terminal speaks %1 %2 but the server speaks %3. Update Balcão on this terminal.</source>
        <translation>This terminal speaks %1 %2 but the server speaks %3. Update Balcão on this terminal.</translation>
    </message>
    <message>
        <source>This terminal speaks %1 %2 but the server only knows %3. Ask your administrator to update the server (balcaod).</source>
        <translation>This terminal speaks %1 %2 but the server only knows %3. Ask your administrator to update the server (balcaod).</translation>
    </message>
    <message>
        <source>sync protocol</source>
        <translation>sync protocol</translation>
    </message>
    <message>
        <source>data schema</source>
        <translation>data schema</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::PullHandler</name>
    <message>
        <source>&quot;after&quot; must be a cursor this server gave out (an integer, 0 to start).</source>
        <translation>&quot;after&quot; must be a cursor this server gave out (an integer, 0 to start).</translation>
    </message>
    <message>
        <source>&quot;limit&quot; must be between 1 and %1.</source>
        <translation>&quot;limit&quot; must be between 1 and %1.</translation>
    </message>
    <message>
        <source>The terminal has seen more changes than this server holds (cursor %1, server %2). The server may have been restored from a backup; the terminal must bootstrap again and push what it has.</source>
        <translation>The terminal has seen more changes than this server holds (cursor %1, server %2). The server may have been restored from a backup; the terminal must bootstrap again and push what it has.</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::PushHandler</name>
    <message>
        <source>Change %1 of the batch: %2</source>
        <translation>Change %1 of the batch: %2</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>not a JSON object.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be null, a number, a boolean or a string.</source>
        <translation>field &quot;%1&quot; must be null, a number, a boolean or a string.</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;.</source>
        <translation>unknown table &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 table.</source>
        <translation>&quot;%1&quot; is a %2 table.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>ledger</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>unknown field &quot;%1&quot; in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Change %1 of the batch claims to come from device %2, but this terminal is %3.</source>
        <translation>Change %1 of the batch claims to come from device %2, but this terminal is %3.</translation>
    </message>
    <message>
        <source>The clock of terminal &quot;%1&quot; (%2) is about %3 minutes ahead of the server. Correct the date and time on that terminal; nothing of this batch was stored.</source>
        <translation>The clock of terminal &quot;%1&quot; (%2) is about %3 minutes ahead of the server. Correct the date and time on that terminal; nothing of this batch was stored.</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>The request body is not a JSON object.</translation>
    </message>
    <message>
        <source>&quot;batch_id&quot; must be a non-empty string of at most %1 characters.</source>
        <translation>&quot;batch_id&quot; must be a non-empty string of at most %1 characters.</translation>
    </message>
    <message>
        <source>&quot;changes&quot; must be an array.</source>
        <translation>&quot;changes&quot; must be an array.</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; was already received with different changes. A batch id must name one batch only.</source>
        <translation>Batch &quot;%1&quot; was already received with different changes. A batch id must name one batch only.</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::ServerConfig</name>
    <message>
        <source>Balcão&apos;s central sync server.

  balcaod (--data DIR | --postgres URI) [--listen ADDR:PORT] [--tls-cert FILE --tls-key FILE]
  balcaod admin create-business --name NAME [--json] (--data DIR | --postgres URI)
  balcaod admin enrolment-code --business ID [--valid-hours H] [--json] (--data DIR | --postgres URI)
  balcaod admin revoke-device --device ID (--data DIR | --postgres URI)</source>
        <translation>Balcão&apos;s central sync server.

  balcaod (--data DIR | --postgres URI) [--listen ADDR:PORT] [--tls-cert FILE --tls-key FILE]
  balcaod admin create-business --name NAME [--json] (--data DIR | --postgres URI)
  balcaod admin enrolment-code --business ID [--valid-hours H] [--json] (--data DIR | --postgres URI)
  balcaod admin revoke-device --device ID (--data DIR | --postgres URI)</translation>
    </message>
    <message>
        <source>Keep data in DIR/balcaod.sqlite.</source>
        <translation>Keep data in DIR/balcaod.sqlite.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Keep data in PostgreSQL (postgresql://user@host:port/db?host=/socket).</source>
        <translation>Keep data in PostgreSQL (postgresql://user@host:port/db?host=/socket).</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Address and port to serve on (default 127.0.0.1:8420; port 0 picks a free one).</source>
        <translation>Address and port to serve on (default 127.0.0.1:8420; port 0 picks a free one).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>PEM certificate (chain) for HTTPS.</source>
        <translation>PEM certificate (chain) for HTTPS.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>PEM private key for HTTPS.</source>
        <translation>PEM private key for HTTPS.</translation>
    </message>
    <message>
        <source>Largest request body (default 8).</source>
        <translation>Largest request body (default 8).</translation>
    </message>
    <message>
        <source>MIB</source>
        <translation>MIB</translation>
    </message>
    <message>
        <source>Refuse changes stamped further ahead of this server&apos;s clock (default 5).</source>
        <translation>Refuse changes stamped further ahead of this server&apos;s clock (default 5).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>Name of the new business.</source>
        <translation>Name of the new business.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Business id.</source>
        <translation>Business id.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Device id.</source>
        <translation>Device id.</translation>
    </message>
    <message>
        <source>How long an enrolment code stays usable (default 24).</source>
        <translation>How long an enrolment code stays usable (default 24).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HOURS</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
    <message>
        <source>Run an administration command instead of serving.</source>
        <translation>Run an administration command instead of serving.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>Unknown command &quot;%1&quot;. Try --help.</translation>
    </message>
    <message>
        <source>create-business needs --name NAME.</source>
        <translation>create-business needs --name NAME.</translation>
    </message>
    <message>
        <source>enrolment-code needs --business ID.</source>
        <translation>enrolment-code needs --business ID.</translation>
    </message>
    <message>
        <source>revoke-device needs --device ID.</source>
        <translation>revoke-device needs --device ID.</translation>
    </message>
    <message>
        <source>Unknown admin command &quot;%1&quot;. Try --help.</source>
        <translation>Unknown admin command &quot;%1&quot;. Try --help.</translation>
    </message>
    <message>
        <source>Give exactly one of --data DIR or --postgres URI.</source>
        <translation>Give exactly one of --data DIR or --postgres URI.</translation>
    </message>
    <message>
        <source>--valid-hours must be between 1 and 720.</source>
        <translation>--valid-hours must be between 1 and 720.</translation>
    </message>
    <message>
        <source>--listen needs ADDR:PORT with a numeric address, e.g. 127.0.0.1:8420.</source>
        <translation>--listen needs ADDR:PORT with a numeric address, e.g. 127.0.0.1:8420.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert and --tls-key go together.</translation>
    </message>
    <message>
        <source>--max-body-mib must be between 1 and 1024.</source>
        <translation>--max-body-mib must be between 1 and 1024.</translation>
    </message>
    <message>
        <source>--max-clock-ahead-minutes must be between 0 and 1440.</source>
        <translation>--max-clock-ahead-minutes must be between 0 and 1440.</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::ServerStore</name>
    <message>
        <source>The server&apos;s database failed to %1.</source>
        <translation>The server&apos;s database failed to %1.</translation>
    </message>
    <message>
        <source>The PostgreSQL URI must look like postgresql://user@host:port/database.</source>
        <translation>The PostgreSQL URI must look like postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Cannot create the data directory %1.</translation>
    </message>
    <message>
        <source>Cannot open the %1: %2</source>
        <translation>Cannot open the %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s database refused a query.</source>
        <translation>The server&apos;s database refused a query.</translation>
    </message>
    <message>
        <source>The database was written by a newer balcaod (schema %1; this one knows %2). Update balcaod.</source>
        <translation>The database was written by a newer balcaod (schema %1; this one knows %2). Update balcaod.</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>start a transaction</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>commit</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::SyncServer</name>
    <message>
        <source>/v1/live is a WebSocket: connect with an Upgrade request.</source>
        <translation>/v1/live is a WebSocket: connect with an Upgrade request.</translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation>There is nothing at %1.</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate or key file.</source>
        <translation>Cannot read the TLS certificate or key file.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not a valid PEM file (the key must be RSA or EC and not encrypted).</source>
        <translation>The TLS certificate or key is not a valid PEM file (the key must be RSA or EC and not encrypted).</translation>
    </message>
    <message>
        <source>Plain HTTP is only served on a loopback address; give --tls-cert and --tls-key to listen on %1.</source>
        <translation>Plain HTTP is only served on a loopback address; give --tls-cert and --tls-key to listen on %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Cannot listen on %1:%2.</translation>
    </message>
    <message>
        <source>The request is larger than the server accepts (%1 MiB). Send smaller batches.</source>
        <translation>The request is larger than the server accepts (%1 MiB). Send smaller batches.</translation>
    </message>
    <message>
        <source>Use %1 for %2.</source>
        <translation>Use %1 for %2.</translation>
    </message>
    <message>
        <source>This terminal is not enrolled or its access was revoked.</source>
        <translation>This terminal is not enrolled or its access was revoked.</translation>
    </message>
    <message>
        <source>Unknown route.</source>
        <translation>Unknown route.</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>The request body is not a JSON object.</translation>
    </message>
    <message>
        <source>Enrolment needs &quot;code&quot; and &quot;device_name&quot; as strings.</source>
        <translation>Enrolment needs &quot;code&quot; and &quot;device_name&quot; as strings.</translation>
    </message>
    <message>
        <source>&quot;device_id&quot; must be a string.</source>
        <translation>&quot;device_id&quot; must be a string.</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::TokenAuthority</name>
    <message>
        <source>This terminal is already enrolled.</source>
        <translation>This terminal is already enrolled.</translation>
    </message>
    <message>
        <source>No device has the id %1.</source>
        <translation>No device has the id %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Sign in to %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Balcao::SqlCipherDriver</name>
    <message>
        <source>Unable to open the database</source>
        <translation>Unable to open the database</translation>
    </message>
    <message>
        <source>The key must be 64 hexadecimal digits (a raw 256-bit key)</source>
        <translation>The key must be 64 hexadecimal digits (a raw 256-bit key)</translation>
    </message>
    <message>
        <source>Unable to apply the key</source>
        <translation>Unable to apply the key</translation>
    </message>
    <message>
        <source>The SQLite library in use has no encryption (SQLCipher is required)</source>
        <translation>The SQLite library in use has no encryption (SQLCipher is required)</translation>
    </message>
    <message>
        <source>The key does not open this database</source>
        <translation>The key does not open this database</translation>
    </message>
    <message>
        <source>Unable to begin a transaction</source>
        <translation>Unable to begin a transaction</translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation>Unable to commit the transaction</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation>Unable to roll back the transaction</translation>
    </message>
    <message>
        <source>Unable to change the key</source>
        <translation>Unable to change the key</translation>
    </message>
    <message>
        <source>The key must be 64 hexadecimal digits</source>
        <translation>The key must be 64 hexadecimal digits</translation>
    </message>
</context>
<context>
    <name>Balcao::SqlCipherResult</name>
    <message>
        <source>Database is not open</source>
        <translation>Database is not open</translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>Unable to prepare the statement</translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time</source>
        <translation>Only one statement can be executed at a time</translation>
    </message>
    <message>
        <source>No statement prepared</source>
        <translation>No statement prepared</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Parameter count mismatch</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 values were bound</source>
        <translation>The statement has %1 placeholders but %2 values were bound</translation>
    </message>
    <message>
        <source>Unable to bind a value</source>
        <translation>Unable to bind a value</translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation>Unable to execute the statement</translation>
    </message>
    <message>
        <source>Unable to fetch a row</source>
        <translation>Unable to fetch a row</translation>
    </message>
</context>
<context>
    <name>Balcao::StaffService</name>
    <message>
        <source>&quot;%1&quot; is not a role. Use admin, manager, front_desk or staff.</source>
        <translation>&quot;%1&quot; is not a role. Use admin, manager, front_desk or staff.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>The staff member needs a name.</source>
        <translation>The staff member needs a name.</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>There is no staff member with id %1.</translation>
    </message>
    <message>
        <source>The login must be 2 to 64 letters, digits or . _ @ -.</source>
        <translation>The login must be 2 to 64 letters, digits or . _ @ -.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already in use.</source>
        <translation>The login &quot;%1&quot; is already in use.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>There is no user with id %1.</translation>
    </message>
    <message>
        <source>The business needs at least one active administrator.</source>
        <translation>The business needs at least one active administrator.</translation>
    </message>
</context>
<context>
    <name>Balcao::StatusBarIndicators</name>
    <message>
        <source>%1 · Encrypted (SQLCipher %2)</source>
        <translation>%1 · Encrypted (SQLCipher %2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Not connected to a server</translation>
    </message>
    <message>
        <source>Changes are kept on this computer until it is connected to a server (File &gt; Connect to server).</source>
        <translation>Changes are kept on this computer until it is connected to a server (File &gt; Connect to server).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connected to the server; changes are sent as they are made.</source>
        <translation>Connected to the server; changes are sent as they are made.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <source>Offline · retrying in %n s</source>
        <translation>
            <numerusform>Offline · retrying in %n s</numerusform>
            <numerusform>Offline · retrying in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync refused: %1</source>
        <translation>Sync refused: %1</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>All changes synced</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Conflicts page</source>
        <translation>Open the Conflicts page</translation>
    </message>
</context>
<context>
    <name>Balcao::SyncCredentials</name>
    <message>
        <source>Could not record the server of this terminal.</source>
        <translation>Could not record the server of this terminal.</translation>
    </message>
    <message>
        <source>This terminal is not connected to a server yet. Enrol it with a code from your administrator.</source>
        <translation>This terminal is not connected to a server yet. Enrol it with a code from your administrator.</translation>
    </message>
    <message>
        <source>The sync token of this terminal is not in the system keychain: %1</source>
        <translation>The sync token of this terminal is not in the system keychain: %1</translation>
    </message>
</context>
<context>
    <name>Balcao::TerminalEnrolment</name>
    <message>
        <source>&quot;%1&quot; is not a server address such as https://sync.example.com:8420.</source>
        <translation>&quot;%1&quot; is not a server address such as https://sync.example.com:8420.</translation>
    </message>
    <message>
        <source>This terminal is already enrolled with a server.</source>
        <translation>This terminal is already enrolled with a server.</translation>
    </message>
    <message>
        <source>Enter the enrolment code from your administrator.</source>
        <translation>Enter the enrolment code from your administrator.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Point of sale and booking for salons, spas and clinics.</source>
        <translation>Point of sale and booking for salons, spas and clinics.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>The database file (default: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Read the database passphrase from a file instead of the keychain or a prompt (for unattended runs).</source>
        <translation>Read the database passphrase from a file instead of the keychain or a prompt (for unattended runs).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The interface language: %1.</source>
        <translation>The interface language: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Unknown language &quot;%1&quot;. Choose one of: %2.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
</TS>
