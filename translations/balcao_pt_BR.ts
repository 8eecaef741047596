<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Balcao::AdminPage</name>
    <message>
        <source>The two passwords are different. Type the same password in both fields.</source>
        <translation>As duas senhas são diferentes. Digite a mesma senha nos dois campos.</translation>
    </message>
    <message>
        <source>Your administrator account</source>
        <translation>Sua conta de administrador</translation>
    </message>
    <message>
        <source>You sign in with this account. It can add the rest of the team later.</source>
        <translation>Você entra no sistema com esta conta. Com ela, depois, você cadastra o resto da equipe.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>L&amp;ogin:</translation>
    </message>
    <message>
        <source>e.g. maria</source>
        <translation>ex.: maria</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Pelo menos %n caractere</numerusform>
            <numerusform>Pelo menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repita a senha:</translation>
    </message>
    <message>
        <source>Add &amp;sample clients (demo business)</source>
        <translation>Adicionar clientes de &amp;exemplo (empresa de demonstração)</translation>
    </message>
</context>
<context>
    <name>Balcao::AppStartup</name>
    <message>
        <source>Could not read the passphrase file %1: %2</source>
        <translation>Não foi possível ler o arquivo da frase secreta %1: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>O arquivo da frase secreta %1 está vazio.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::BusinessPage</name>
    <message>
        <source>Brazilian real</source>
        <translation>Real brasileiro</translation>
    </message>
    <message>
        <source>Argentine peso</source>
        <translation>Peso argentino</translation>
    </message>
    <message>
        <source>Chilean peso</source>
        <translation>Peso chileno</translation>
    </message>
    <message>
        <source>Colombian peso</source>
        <translation>Peso colombiano</translation>
    </message>
    <message>
        <source>Mexican peso</source>
        <translation>Peso mexicano</translation>
    </message>
    <message>
        <source>Peruvian sol</source>
        <translation>Sol peruano</translation>
    </message>
    <message>
        <source>Paraguayan guaraní</source>
        <translation>Guarani paraguaio</translation>
    </message>
    <message>
        <source>Uruguayan peso</source>
        <translation>Peso uruguaio</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Dólar americano</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Dólar canadense</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Libra esterlina</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Franco suíço</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>Dólar australiano</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Iene japonês</translation>
    </message>
    <message>
        <source>Welcome to Balcão</source>
        <translation>Boas-vindas ao Balcão</translation>
    </message>
    <message>
        <source>Three short steps set up this computer for your business. Everything stays on this computer, encrypted.</source>
        <translation>Três passos rápidos preparam este computador para a sua empresa. Tudo fica neste computador, criptografado.</translation>
    </message>
    <message>
        <source>&amp;Business name:</source>
        <translation>Nome da &amp;empresa:</translation>
    </message>
    <message>
        <source>e.g. Studio Bella Hair</source>
        <translation>ex.: Studio Bella Cabelos</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moeda:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>Balcao::BusinessSettings</name>
    <message>
        <source>A setting needs a name.</source>
        <translation>Uma configuração precisa de um nome.</translation>
    </message>
</context>
<context>
    <name>Balcao::BusinessSetup</name>
    <message>
        <source>This database already holds a business.</source>
        <translation>Este banco de dados já contém uma empresa.</translation>
    </message>
    <message>
        <source>The business needs a name.</source>
        <translation>A empresa precisa de um nome.</translation>
    </message>
</context>
<context>
    <name>Balcao::Change</name>
    <message>
        <source>A change is malformed: %1</source>
        <translation>Uma alteração está malformada: %1</translation>
    </message>
</context>
<context>
    <name>Balcao::ChangeWriter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Unknown table &quot;%1&quot;.</source>
        <translation>Tabela desconhecida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds editable records, not ledger facts.</source>
        <translation>&quot;%1&quot; contém registros editáveis, não lançamentos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a ledger: its facts cannot be edited.</source>
        <translation>&quot;%1&quot; é um livro de lançamentos: seus lançamentos não podem ser editados.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>Campo desconhecido &quot;%1&quot; em &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A record needs an id.</source>
        <translation>Um registro precisa de um id.</translation>
    </message>
    <message>
        <source>A ledger fact needs an id.</source>
        <translation>Um lançamento precisa de um id.</translation>
    </message>
    <message>
        <source>A fact with id %1 already exists in &quot;%2&quot;.</source>
        <translation>Já existe um lançamento com o id %1 em &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id.</source>
        <translation>&quot;%1&quot; não é um id de registro.</translation>
    </message>
    <message>
        <source>the change log</source>
        <translation>o registro de alterações</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
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
        <translation>O cliente precisa de um nome.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>O nome é longo demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, spaces, + - ( ) are allowed.</source>
        <translation>&quot;%1&quot; não é um número de telefone: só são permitidos dígitos, espaços e + - ( ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it should have 8 to 15 digits.</source>
        <translation>&quot;%1&quot; não é um número de telefone: ele deve ter de 8 a 15 dígitos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>As observações são longas demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Não há cliente com o id %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Novo cliente</translation>
    </message>
    <message>
        <source>Start a new client (%1)</source>
        <translation>Começar um novo cliente (%1)</translation>
    </message>
    <message>
        <source>Search by name, phone or e-mail (%1)</source>
        <translation>Buscar por nome, telefone ou e-mail (%1)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;me</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Observações</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>e.g. +55 11 91234-5678</source>
        <translation>ex.: +55 11 91234-5678</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@exemplo.com.br</translation>
    </message>
    <message>
        <source>Preferences, allergies, anything the team should know</source>
        <translation>Preferências, alergias, tudo o que a equipe deve saber</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save the client (%1)</source>
        <translation>Salvar o cliente (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Delete the client (Del in the list)</source>
        <translation>Excluir o cliente (Del na lista)</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 foi adicionado(a).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 foi salvo(a).</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Excluir cliente</translation>
    </message>
    <message>
        <source>Delete %1? The client disappears from lists on every computer of the business.</source>
        <translation>Excluir %1? O cliente some das listas em todos os computadores da empresa.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 foi excluído(a).</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 matches. Type more of a name, phone or e-mail to narrow the list.</source>
        <translation>Mostrando os primeiros %1 resultados. Digite mais de um nome, telefone ou e-mail para refinar a lista.</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Nenhum cliente corresponde a “%1”.</translation>
    </message>
    <message>
        <source>No clients yet. Press %1 to add the first one.</source>
        <translation>Ainda não há clientes. Pressione %1 para adicionar o primeiro.</translation>
    </message>
</context>
<context>
    <name>Balcao::ConflictInbox</name>
    <message>
        <source>There is no conflict with id %1.</source>
        <translation>Não há conflito com o id %1.</translation>
    </message>
    <message>
        <source>This conflict was already dealt with.</source>
        <translation>Este conflito já foi resolvido.</translation>
    </message>
    <message>
        <source>This version of Balcão cannot resolve conflicts of kind &quot;%1&quot;.</source>
        <translation>Esta versão do Balcão não sabe resolver conflitos do tipo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resolution of this conflict.</source>
        <translation>&quot;%1&quot; não é uma solução para este conflito.</translation>
    </message>
</context>
<context>
    <name>Balcao::ConflictWording</name>
    <message numerus="yes">
        <source>%n client(s) with the phone %1</source>
        <translation>
            <numerusform>%n cliente com o telefone %1</numerusform>
            <numerusform>%n clientes com o telefone %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict of an unknown kind (%1)</source>
        <translation>Conflito de um tipo desconhecido (%1)</translation>
    </message>
    <message>
        <source>%1 have the same phone number, %2. Usually one person was registered twice, on terminals that were offline at the time. Keep both if they are different people; otherwise keep the one with the right details and the others are deleted.</source>
        <translation>%1 têm o mesmo número de telefone, %2. Geralmente é uma pessoa cadastrada duas vezes, em terminais que estavam sem conexão na hora. Mantenha os dois se forem pessoas diferentes; caso contrário, mantenha o cadastro com os dados certos e os outros serão excluídos.</translation>
    </message>
    <message>
        <source>This version of Balcão does not know this kind of conflict. A newer version on another terminal can resolve it.</source>
        <translation>Esta versão do Balcão não conhece este tipo de conflito. Uma versão mais nova em outro terminal pode resolvê-lo.</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>Manter todos</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Manter os dois</translation>
    </message>
    <message>
        <source>Keep only %1</source>
        <translation>Manter só %1</translation>
    </message>
</context>
<context>
    <name>Balcao::ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Work done apart on several terminals that needs a person to decide. A resolution made here reaches every terminal.</source>
        <translation>Trabalho feito separadamente em vários terminais que precisa da decisão de uma pessoa. Uma resolução tomada aqui chega a todos os terminais.</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>Nenhum conflito para resolver.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflitos em aberto</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl</name>
    <message>
        <source>init needs --db, --business, --location, --timezone and --currency.</source>
        <translation>init precisa de --db, --business, --location, --timezone e --currency.</translation>
    </message>
    <message>
        <source>Give the database with --db PATH.</source>
        <translation>Informe o banco de dados com --db CAMINHO.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Não foi possível ler o arquivo de senha %1.</translation>
    </message>
    <message>
        <source>%1 already exists; init only creates new databases.</source>
        <translation>%1 já existe; init só cria bancos de dados novos.</translation>
    </message>
    <message>
        <source>The business needs a name.</source>
        <translation>A empresa precisa de um nome.</translation>
    </message>
    <message>
        <source>With balcaoctl: --passphrase-file FILE.</source>
        <translation>Com o balcaoctl: --passphrase-file ARQUIVO.</translation>
    </message>
    <message>
        <source>Created %1 for &quot;%2&quot; (encrypted with SQLCipher %3; key in the %4).</source>
        <translation>%1 criado para &quot;%2&quot; (criptografado com SQLCipher %3; chave em: %4).</translation>
    </message>
    <message>
        <source>passphrase you gave</source>
        <translation>frase secreta informada</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>chaveiro do sistema</translation>
    </message>
    <message>
        <source>client add needs --name.</source>
        <translation>client add precisa de --name.</translation>
    </message>
    <message>
        <source>client edit needs --id.</source>
        <translation>client edit precisa de --id.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client id.</source>
        <translation>&quot;%1&quot; não é um id de cliente.</translation>
    </message>
    <message>
        <source>client delete needs --id.</source>
        <translation>client delete precisa de --id.</translation>
    </message>
    <message>
        <source>Deleted client %1.</source>
        <translation>Cliente %1 excluído.</translation>
    </message>
    <message>
        <source>--limit needs a number.</source>
        <translation>--limit precisa de um número.</translation>
    </message>
    <message>
        <source>Unknown client command &quot;%1&quot;: use add, edit, delete or list.</source>
        <translation>Comando de cliente desconhecido &quot;%1&quot;: use add, edit, delete ou list.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>rekey needs either --new-passphrase-file FILE or --to-keychain.</source>
        <translation>rekey precisa de --new-passphrase-file ARQUIVO ou de --to-keychain.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1.</source>
        <translation>Não foi possível ler o arquivo da frase secreta %1.</translation>
    </message>
    <message>
        <source>The database key was changed.</source>
        <translation>A chave do banco de dados foi trocada.</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integridade: ok</translation>
    </message>
    <message>
        <source>Integrity problems:
%1</source>
        <translation>Problemas de integridade:
%1</translation>
    </message>
    <message>
        <source>SQLCipher %1, schema %2</source>
        <translation>SQLCipher %1, esquema %2</translation>
    </message>
    <message>
        <source>sql needs a query, e.g. balcaoctl sql &quot;SELECT count(*) FROM clients&quot;.</source>
        <translation>sql precisa de uma consulta, por exemplo: balcaoctl sql &quot;SELECT count(*) FROM clients&quot;.</translation>
    </message>
    <message>
        <source>enroll needs --db, --server and --code.</source>
        <translation>enroll precisa de --db, --server e --code.</translation>
    </message>
    <message>
        <source>Enrolled as device %1; %2 rows from the server, %3 changes sent.</source>
        <translation>Cadastrado como dispositivo %1; %2 linhas recebidas do servidor, %3 alterações enviadas.</translation>
    </message>
    <message>
        <source>Sent %1 and received %2 changes; %3 waiting, %4 open conflicts.</source>
        <translation>%1 alterações enviadas e %2 recebidas; %3 aguardando, %4 conflitos em aberto.</translation>
    </message>
    <message>
        <source>conflicts resolve needs --id and --resolution.</source>
        <translation>conflicts resolve precisa de --id e --resolution.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conflict id.</source>
        <translation>&quot;%1&quot; não é um id de conflito.</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>Conflito %1 resolvido.</translation>
    </message>
    <message>
        <source>Unknown conflicts command &quot;%1&quot;: use list or resolve.</source>
        <translation>Comando de conflitos desconhecido &quot;%1&quot;: use list ou resolve.</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlCommands</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run balcaoctl --help.</source>
        <translation>Comando desconhecido &quot;%1&quot;. Execute balcaoctl --help.</translation>
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
        <translation>Uso: balcaoctl COMANDO [opções]

Comandos:
  init --db CAMINHO --business NOME --location NOME --timezone FUSO --currency CÓDIGO
       [--locale pt_BR] [--device NOME] [--admin-login LOGIN --admin-password-file ARQUIVO]
  client add --name N [--phone P] [--email E] [--notes T]
  client edit --id ID [--name N] [--phone P] [--email E] [--notes T]
  client delete --id ID
  client list [--search TEXTO] [--limit N]
  export [--output ARQUIVO]  todo o estado lógico, em JSON canônico
  state-hash                 SHA-256 desse estado
  changes                    o registro de alterações pendentes (caixa de saída)
  rekey (--new-passphrase-file ARQUIVO | --to-keychain)
  check                      integridade e versões da criptografia e do esquema
  sql CONSULTA               executa uma consulta SQL somente leitura no banco descriptografado
  enroll --server URL --code CÓDIGO [--device NOME]
                             entra em uma empresa em um servidor (cria e preenche --db quando novo)
  sync                       envia as alterações pendentes e recebe as dos outros
  conflicts list             conflitos em aberto, com os fatos e as soluções possíveis
  conflicts resolve --id ID --resolution S

Opções de todos os comandos:
  --db CAMINHO               o arquivo do banco de dados
  --passphrase-file ARQUIVO  lê a frase secreta de ARQUIVO (- para a entrada padrão);
                             sem ela, a chave vem do chaveiro do sistema
  --json                     saída para programas (erros também, em stderr)
</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlContext</name>
    <message>
        <source>Unknown or incomplete argument: %1</source>
        <translation>Argumento desconhecido ou incompleto: %1</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1.</source>
        <translation>Não foi possível ler o arquivo da frase secreta %1.</translation>
    </message>
    <message>
        <source>The passphrase file is empty.</source>
        <translation>O arquivo da frase secreta está vazio.</translation>
    </message>
    <message>
        <source>Give the database with --db PATH.</source>
        <translation>Informe o banco de dados com --db CAMINHO.</translation>
    </message>
    <message>
        <source>There is no Balcão database at %1. Create one with &quot;balcaoctl init&quot;.</source>
        <translation>Não há banco de dados do Balcão em %1. Crie um com &quot;balcaoctl init&quot;.</translation>
    </message>
    <message>
        <source>This database is protected by a passphrase: give it with --passphrase-file FILE (or - for standard input).</source>
        <translation>Este banco de dados é protegido por uma frase secreta: informe-a com --passphrase-file ARQUIVO (ou - para a entrada padrão).</translation>
    </message>
</context>
<context>
    <name>Balcao::Currency</name>
    <message>
        <source>&quot;%1&quot; is not a currency code. Use three letters, such as BRL or USD.</source>
        <translation>&quot;%1&quot; não é um código de moeda. Use três letras, como BRL ou USD.</translation>
    </message>
</context>
<context>
    <name>Balcao::Database</name>
    <message>
        <source>No encryption key is available for the database.</source>
        <translation>Não há chave de criptografia disponível para o banco de dados.</translation>
    </message>
    <message>
        <source>There is no Balcão database at %1.</source>
        <translation>Não há banco de dados do Balcão em %1.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file. Balcão only opens encrypted databases.</source>
        <translation>%1 é um arquivo SQLite sem criptografia. O Balcão só abre bancos de dados criptografados.</translation>
    </message>
    <message>
        <source>The key or passphrase does not open %1. Nothing was changed.</source>
        <translation>A chave ou frase secreta não abre %1. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Could not open the database %1.</source>
        <translation>Não foi possível abrir o banco de dados %1.</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>Um comando do banco de dados falhou.</translation>
    </message>
    <message>
        <source>The new key is empty.</source>
        <translation>A nova chave está vazia.</translation>
    </message>
    <message>
        <source>Could not change the database key.</source>
        <translation>Não foi possível trocar a chave do banco de dados.</translation>
    </message>
    <message>
        <source>Could not create the backup %1.</source>
        <translation>Não foi possível criar o backup %1.</translation>
    </message>
    <message>
        <source>Could not write the backup %1.</source>
        <translation>Não foi possível gravar o backup %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be verified; nothing was changed.</source>
        <translation>Não foi possível verificar o backup %1; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>Balcao::DatabaseKeyProvider</name>
    <message>
        <source>%1 Use a passphrase to protect the database instead.</source>
        <translation>%1 Use uma frase secreta para proteger o banco de dados.</translation>
    </message>
    <message>
        <source>The system could not provide random numbers for a key.</source>
        <translation>O sistema não conseguiu fornecer números aleatórios para uma chave.</translation>
    </message>
    <message>
        <source>This database is protected by a passphrase. Enter it to open the database.</source>
        <translation>Este banco de dados é protegido por uma frase secreta. Digite-a para abrir o banco de dados.</translation>
    </message>
    <message>
        <source>The system keychain holds no key for this database. It may have been created by another user or on another computer.</source>
        <translation>O chaveiro do sistema não tem chave para este banco de dados. Ele pode ter sido criado por outro usuário ou em outro computador.</translation>
    </message>
    <message>
        <source>The database was re-keyed but its key info could not be renamed; it is kept as %1.</source>
        <translation>A chave do banco de dados foi trocada, mas as informações da chave não puderam ser renomeadas; elas ficaram em %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::DeviceRegistry</name>
    <message>
        <source>The device needs a name.</source>
        <translation>O dispositivo precisa de um nome.</translation>
    </message>
    <message>
        <source>There is no device with id %1.</source>
        <translation>Não há dispositivo com o id %1.</translation>
    </message>
    <message>
        <source>A terminal cannot retire itself; do it from another one.</source>
        <translation>Um terminal não pode desativar a si mesmo; faça isso em outro terminal.</translation>
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
        <translation>&quot;%1&quot; não é uma solução para este conflito.</translation>
    </message>
</context>
<context>
    <name>Balcao::EnrolDialog</name>
    <message>
        <source>Connecting to the server…</source>
        <translation>Conectando ao servidor…</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Conectar a um servidor</translation>
    </message>
    <message>
        <source>Connect this terminal to your business&apos;s sync server, so that every terminal shares the same clients and sales. Ask your administrator for the server address and a one-time enrolment code.</source>
        <translation>Conecte este terminal ao servidor de sincronização do seu negócio, para que todos os terminais compartilhem os mesmos clientes e vendas. Peça ao administrador o endereço do servidor e um código de inscrição de uso único.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Endereço do servidor:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Código de inscrição:</translation>
    </message>
    <message>
        <source>&amp;Terminal name:</source>
        <translation>Nome do &amp;terminal:</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Balcao::FirstRunWizard</name>
    <message>
        <source>Set up Balcão</source>
        <translation>Configurar o Balcão</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>&amp;Create business</source>
        <translation>&amp;Criar empresa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>Balcao::HlcClock</name>
    <message>
        <source>A change is stamped %1 seconds ahead of this computer&apos;s clock. Check the date and time of both devices.</source>
        <translation>Uma alteração está marcada %1 segundos à frente do relógio deste computador. Confira a data e a hora dos dois dispositivos.</translation>
    </message>
</context>
<context>
    <name>Balcao::HttpSyncTransport</name>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Não foi possível acessar o servidor: %1</translation>
    </message>
    <message>
        <source>The server answered with status %1.</source>
        <translation>O servidor respondeu com o status %1.</translation>
    </message>
    <message>
        <source>The server acknowledged a different batch.</source>
        <translation>O servidor confirmou um lote diferente.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the enrolment is incomplete.</source>
        <translation>A resposta do servidor ao cadastro do dispositivo está incompleta.</translation>
    </message>
    <message>
        <source>The server sent a state the terminal cannot read.</source>
        <translation>O servidor enviou um estado que o terminal não consegue ler.</translation>
    </message>
</context>
<context>
    <name>Balcao::KeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>O chaveiro do sistema não respondeu.</translation>
    </message>
    <message>
        <source>The system keychain has no key for this database.</source>
        <translation>O chaveiro do sistema não tem chave para este banco de dados.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>O chaveiro do sistema não está disponível: %1</translation>
    </message>
</context>
<context>
    <name>Balcao::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>Balcao::LocalStore</name>
    <message>
        <source>The database must be opened for writing once to update its schema.</source>
        <translation>O banco de dados precisa ser aberto uma vez para gravação para atualizar o esquema.</translation>
    </message>
    <message>
        <source>No encryption key is available for the database.</source>
        <translation>Não há chave de criptografia disponível para o banco de dados.</translation>
    </message>
    <message>
        <source>Could not record this device&apos;s identity: %1</source>
        <translation>Não foi possível registrar a identidade deste dispositivo: %1</translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation>Não foi possível começar a salvar: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Não foi possível salvar: %1</translation>
    </message>
    <message>
        <source>Part of the change failed, so none of it was saved.</source>
        <translation>Parte da alteração falhou, então nada foi salvo.</translation>
    </message>
    <message>
        <source>Could not record the clock.</source>
        <translation>Não foi possível registrar o relógio.</translation>
    </message>
</context>
<context>
    <name>Balcao::LocationPage</name>
    <message>
        <source>Your first location</source>
        <translation>Seu primeiro local</translation>
    </message>
    <message>
        <source>Where this computer is. More locations can be added later.</source>
        <translation>Onde este computador está. Outros locais podem ser adicionados depois.</translation>
    </message>
    <message>
        <source>Location &amp;name:</source>
        <translation>&amp;Nome do local:</translation>
    </message>
    <message>
        <source>e.g. Downtown</source>
        <translation>ex.: Centro</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>Type part of a city to search, e.g. &quot;Paulo&quot; or &quot;Lisbon&quot;. Appointments are shown in this time zone.</source>
        <translation>Digite parte do nome de uma cidade para buscar, por exemplo &quot;Paulo&quot; ou &quot;Lisbon&quot;. Os agendamentos são mostrados neste fuso horário.</translation>
    </message>
</context>
<context>
    <name>Balcao::LocationService</name>
    <message>
        <source>&quot;%1&quot; is not a known time zone. Use an IANA name such as America/Sao_Paulo.</source>
        <translation>&quot;%1&quot; não é um fuso horário conhecido. Use um nome IANA, como America/Sao_Paulo.</translation>
    </message>
    <message>
        <source>The location needs a name.</source>
        <translation>O local precisa de um nome.</translation>
    </message>
    <message>
        <source>There is no location with id %1.</source>
        <translation>Não há local com o id %1.</translation>
    </message>
    <message>
        <source>The business needs at least one location.</source>
        <translation>A empresa precisa de pelo menos um local.</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Balcão</source>
        <translation>&amp;Sobre o Balcão</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>Save the client</source>
        <translation>Salvar o cliente</translation>
    </message>
    <message>
        <source>Delete the selected client (in the list)</source>
        <translation>Excluir o cliente selecionado (na lista)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Seta para baixo</translation>
    </message>
    <message>
        <source>From the search to the list</source>
        <translation>Da busca para a lista</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>From the list to the client&apos;s details</source>
        <translation>Da lista para os dados do cliente</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>About Balcão</source>
        <translation>Sobre o Balcão</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Balcão %1&lt;/h3&gt;&lt;p&gt;Point of sale and booking for salons, spas and clinics.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, encrypted.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Balcão %1&lt;/h3&gt;&lt;p&gt;Ponto de venda e agendamento para salões, spas e clínicas.&lt;/p&gt;&lt;p&gt;Seus dados ficam neste computador, criptografados.&lt;/p&gt;&lt;p&gt;Software livre sob a Licença Pública Geral GNU, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Conectar ao servidor…</translation>
    </message>
</context>
<context>
    <name>Balcao::Migrator</name>
    <message>
        <source>Could not read the database&apos;s schema version.</source>
        <translation>Não foi possível ler a versão do esquema do banco de dados.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Balcão (schema %1; this version understands up to %2). Install the newer version to open it.</source>
        <translation>Este banco de dados foi gravado por uma versão mais nova do Balcão (esquema %1; esta versão entende até o %2). Instale a versão mais nova para abri-lo.</translation>
    </message>
    <message>
        <source>Could not start the migration to schema %1.</source>
        <translation>Não foi possível iniciar a migração para o esquema %1.</translation>
    </message>
    <message>
        <source>Migration to schema %1 (%2) failed: %3. The database was left at schema %4.</source>
        <translation>A migração para o esquema %1 (%2) falhou: %3. O banco de dados continua no esquema %4.</translation>
    </message>
    <message>
        <source>Could not record schema %1.</source>
        <translation>Não foi possível registrar o esquema %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation>O valor é grande demais.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>Divisão por zero.</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>Não é possível combinar valores em %1 e em %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>&quot;%1&quot; não é um valor em dinheiro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimal places than %2 allows (%3).</source>
        <translation>&quot;%1&quot; tem mais casas decimais do que %2 permite (%3).</translation>
    </message>
</context>
<context>
    <name>Balcao::NavigationBar</name>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Estoque</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>%1 arrives in a later version of Balcão.</source>
        <translation>%1 chega em uma próxima versão do Balcão.</translation>
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
        <translation>As duas frases secretas são diferentes. Digite a mesma frase secreta nos dois campos.</translation>
    </message>
    <message>
        <source>Unlock database</source>
        <translation>Desbloquear banco de dados</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects the database.</source>
        <translation>Digite a frase secreta que protege o banco de dados.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects %1.</source>
        <translation>Digite a frase secreta que protege %1.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Escolha uma frase secreta</translation>
    </message>
    <message>
        <source>The database will be encrypted with a key made from this passphrase. Nobody can open it without the passphrase, and it cannot be recovered if it is lost: keep it somewhere safe.</source>
        <translation>O banco de dados será criptografado com uma chave gerada a partir desta frase secreta. Ninguém consegue abri-lo sem ela, e ela não pode ser recuperada se for perdida: guarde-a em um lugar seguro.</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>&amp;Criar banco de dados</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repita a frase secreta:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Balcao::PassphraseKey</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message>
        <source>%1 is damaged or was not written by Balcão.</source>
        <translation>%1 está danificado ou não foi gravado pelo Balcão.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>A frase secreta precisa ter pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>A frase secreta está vazia.</translation>
    </message>
    <message>
        <source>Could not derive the key from the passphrase.</source>
        <translation>Não foi possível gerar a chave a partir da frase secreta.</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::AdminCommands</name>
    <message>
        <source>Created business &quot;%1&quot; with id %2.</source>
        <translation>Empresa &quot;%1&quot; criada com o id %2.</translation>
    </message>
    <message>
        <source>Enrolment code (single use, valid until %1 UTC): %2</source>
        <translation>Código de registro (uso único, válido até %1 UTC): %2</translation>
    </message>
    <message>
        <source>Device %1 is revoked; its token no longer works.</source>
        <translation>O dispositivo %1 foi revogado; o token dele não funciona mais.</translation>
    </message>
    <message>
        <source>Not an admin command.</source>
        <translation>Não é um comando de administração.</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::BootstrapHandler</name>
    <message>
        <source>&quot;limit&quot; must be between 1 and %1.</source>
        <translation>&quot;limit&quot; deve estar entre 1 e %1.</translation>
    </message>
    <message>
        <source>&quot;page&quot; must be the &quot;next_page&quot; token of an earlier bootstrap page.</source>
        <translation>&quot;page&quot; deve ser o token &quot;next_page&quot; de uma página anterior da carga inicial.</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::EnrolmentService</name>
    <message>
        <source>A business needs a name.</source>
        <translation>A empresa precisa de um nome.</translation>
    </message>
    <message>
        <source>No business has the id %1.</source>
        <translation>Nenhuma empresa tem o id %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device id.</source>
        <translation>&quot;%1&quot; não é um id de dispositivo.</translation>
    </message>
    <message>
        <source>The terminal needs a name (up to 200 characters).</source>
        <translation>O terminal precisa de um nome (até 200 caracteres).</translation>
    </message>
    <message>
        <source>This enrolment code is unknown, already used or expired. Ask your administrator for a new one.</source>
        <translation>Este código de registro é desconhecido, já foi usado ou expirou. Peça um novo ao administrador.</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::ProtocolGuard</name>
    <message>
        <source>Every request must carry the headers %1 and %2 with positive integers.</source>
        <translation>Toda requisição deve trazer os cabeçalhos %1 e %2 com números inteiros positivos.</translation>
    </message>
    <message>
        <source>This terminal speaks %1 %2 but the server speaks %3. Update Balcão on this terminal.</source>
        <translation>Este terminal usa %1 %2, mas o servidor usa %3. Atualize o Balcão neste terminal.</translation>
    </message>
    <message>
        <source>This terminal speaks %1 %2 but the server only knows %3. Ask your administrator to update the server (balcaod).</source>
        <translation>Este terminal usa %1 %2, mas o servidor só conhece %3. Peça ao administrador para atualizar o servidor (balcaod).</translation>
    </message>
    <message>
        <source>sync protocol</source>
        <translation>protocolo de sincronização</translation>
    </message>
    <message>
        <source>data schema</source>
        <translation>esquema de dados</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::PullHandler</name>
    <message>
        <source>&quot;after&quot; must be a cursor this server gave out (an integer, 0 to start).</source>
        <translation>&quot;after&quot; deve ser um cursor dado por este servidor (um inteiro, 0 para começar).</translation>
    </message>
    <message>
        <source>&quot;limit&quot; must be between 1 and %1.</source>
        <translation>&quot;limit&quot; deve estar entre 1 e %1.</translation>
    </message>
    <message>
        <source>The terminal has seen more changes than this server holds (cursor %1, server %2). The server may have been restored from a backup; the terminal must bootstrap again and push what it has.</source>
        <translation>O terminal já viu mais alterações do que este servidor guarda (cursor %1, servidor %2). O servidor pode ter sido restaurado de um backup; o terminal precisa refazer a carga inicial e enviar o que tem.</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::PushHandler</name>
    <message>
        <source>Change %1 of the batch: %2</source>
        <translation>Alteração %1 do lote: %2</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>não é um objeto JSON.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be null, a number, a boolean or a string.</source>
        <translation>o campo &quot;%1&quot; deve ser nulo, um número, um booleano ou um texto.</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;.</source>
        <translation>tabela desconhecida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 table.</source>
        <translation>&quot;%1&quot; é uma tabela de %2.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>lançamentos</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>campo desconhecido &quot;%1&quot; em &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Change %1 of the batch claims to come from device %2, but this terminal is %3.</source>
        <translation>A alteração %1 do lote diz vir do dispositivo %2, mas este terminal é %3.</translation>
    </message>
    <message>
        <source>The clock of terminal &quot;%1&quot; (%2) is about %3 minutes ahead of the server. Correct the date and time on that terminal; nothing of this batch was stored.</source>
        <translation>O relógio do terminal &quot;%1&quot; (%2) está cerca de %3 minutos adiantado em relação ao servidor. Corrija a data e a hora nesse terminal; nada deste lote foi gravado.</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>O corpo da requisição não é um objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;batch_id&quot; must be a non-empty string of at most %1 characters.</source>
        <translation>&quot;batch_id&quot; deve ser um texto não vazio de no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>&quot;changes&quot; must be an array.</source>
        <translation>&quot;changes&quot; deve ser uma lista.</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; was already received with different changes. A batch id must name one batch only.</source>
        <translation>O lote &quot;%1&quot; já foi recebido com outras alterações. Um id de lote deve identificar um único lote.</translation>
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
        <translation>Servidor central de sincronização do Balcão.

  balcaod (--data DIR | --postgres URI) [--listen ADDR:PORT] [--tls-cert FILE --tls-key FILE]
  balcaod admin create-business --name NAME [--json] (--data DIR | --postgres URI)
  balcaod admin enrolment-code --business ID [--valid-hours H] [--json] (--data DIR | --postgres URI)
  balcaod admin revoke-device --device ID (--data DIR | --postgres URI)</translation>
    </message>
    <message>
        <source>Keep data in DIR/balcaod.sqlite.</source>
        <translation>Guardar os dados em DIR/balcaod.sqlite.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Keep data in PostgreSQL (postgresql://user@host:port/db?host=/socket).</source>
        <translation>Guardar os dados no PostgreSQL (postgresql://usuario@host:porta/banco?host=/socket).</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Address and port to serve on (default 127.0.0.1:8420; port 0 picks a free one).</source>
        <translation>Endereço e porta em que atender (padrão 127.0.0.1:8420; a porta 0 escolhe uma livre).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ENDEREÇO:PORTA</translation>
    </message>
    <message>
        <source>PEM certificate (chain) for HTTPS.</source>
        <translation>Certificado PEM (cadeia) para HTTPS.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>PEM private key for HTTPS.</source>
        <translation>Chave privada PEM para HTTPS.</translation>
    </message>
    <message>
        <source>Largest request body (default 8).</source>
        <translation>Maior corpo de requisição aceito (padrão 8).</translation>
    </message>
    <message>
        <source>MIB</source>
        <translation>MIB</translation>
    </message>
    <message>
        <source>Refuse changes stamped further ahead of this server&apos;s clock (default 5).</source>
        <translation>Recusar alterações com carimbo mais adiantado que isto em relação ao relógio do servidor (padrão 5).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTOS</translation>
    </message>
    <message>
        <source>Name of the new business.</source>
        <translation>Nome da nova empresa.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Business id.</source>
        <translation>Id da empresa.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Device id.</source>
        <translation>Id do dispositivo.</translation>
    </message>
    <message>
        <source>How long an enrolment code stays usable (default 24).</source>
        <translation>Por quanto tempo um código de registro pode ser usado (padrão 24).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HORAS</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar o resultado em JSON.</translation>
    </message>
    <message>
        <source>Run an administration command instead of serving.</source>
        <translation>Executar um comando de administração em vez de atender.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>Comando desconhecido &quot;%1&quot;. Tente --help.</translation>
    </message>
    <message>
        <source>create-business needs --name NAME.</source>
        <translation>create-business precisa de --name NOME.</translation>
    </message>
    <message>
        <source>enrolment-code needs --business ID.</source>
        <translation>enrolment-code precisa de --business ID.</translation>
    </message>
    <message>
        <source>revoke-device needs --device ID.</source>
        <translation>revoke-device precisa de --device ID.</translation>
    </message>
    <message>
        <source>Unknown admin command &quot;%1&quot;. Try --help.</source>
        <translation>Comando de administração desconhecido &quot;%1&quot;. Tente --help.</translation>
    </message>
    <message>
        <source>Give exactly one of --data DIR or --postgres URI.</source>
        <translation>Informe exatamente um entre --data DIR e --postgres URI.</translation>
    </message>
    <message>
        <source>--valid-hours must be between 1 and 720.</source>
        <translation>--valid-hours deve estar entre 1 e 720.</translation>
    </message>
    <message>
        <source>--listen needs ADDR:PORT with a numeric address, e.g. 127.0.0.1:8420.</source>
        <translation>--listen precisa de ENDEREÇO:PORTA com endereço numérico, por exemplo 127.0.0.1:8420.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert e --tls-key devem ser usados juntos.</translation>
    </message>
    <message>
        <source>--max-body-mib must be between 1 and 1024.</source>
        <translation>--max-body-mib deve estar entre 1 e 1024.</translation>
    </message>
    <message>
        <source>--max-clock-ahead-minutes must be between 0 and 1440.</source>
        <translation>--max-clock-ahead-minutes deve estar entre 0 e 1440.</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::ServerStore</name>
    <message>
        <source>The server&apos;s database failed to %1.</source>
        <translation>O banco de dados do servidor não conseguiu %1.</translation>
    </message>
    <message>
        <source>The PostgreSQL URI must look like postgresql://user@host:port/database.</source>
        <translation>A URI do PostgreSQL deve ter a forma postgresql://usuario@host:porta/banco.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Não foi possível criar a pasta de dados %1.</translation>
    </message>
    <message>
        <source>Cannot open the %1: %2</source>
        <translation>Não foi possível abrir o %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s database refused a query.</source>
        <translation>O banco de dados do servidor recusou uma consulta.</translation>
    </message>
    <message>
        <source>The database was written by a newer balcaod (schema %1; this one knows %2). Update balcaod.</source>
        <translation>O banco de dados foi gravado por um balcaod mais novo (esquema %1; este conhece até %2). Atualize o balcaod.</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>iniciar uma transação</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>confirmar a transação</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::SyncServer</name>
    <message>
        <source>/v1/live is a WebSocket: connect with an Upgrade request.</source>
        <translation>/v1/live é um WebSocket: conecte com uma requisição Upgrade.</translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation>Não há nada em %1.</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate or key file.</source>
        <translation>Não foi possível ler o arquivo de certificado ou de chave TLS.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not a valid PEM file (the key must be RSA or EC and not encrypted).</source>
        <translation>O certificado ou a chave TLS não é um arquivo PEM válido (a chave deve ser RSA ou EC e sem criptografia).</translation>
    </message>
    <message>
        <source>Plain HTTP is only served on a loopback address; give --tls-cert and --tls-key to listen on %1.</source>
        <translation>HTTP sem criptografia só é atendido em endereço local (loopback); informe --tls-cert e --tls-key para atender em %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Não foi possível atender em %1:%2.</translation>
    </message>
    <message>
        <source>The request is larger than the server accepts (%1 MiB). Send smaller batches.</source>
        <translation>A requisição é maior do que o servidor aceita (%1 MiB). Envie lotes menores.</translation>
    </message>
    <message>
        <source>Use %1 for %2.</source>
        <translation>Use %1 para %2.</translation>
    </message>
    <message>
        <source>This terminal is not enrolled or its access was revoked.</source>
        <translation>Este terminal não está registrado ou o acesso dele foi revogado.</translation>
    </message>
    <message>
        <source>Unknown route.</source>
        <translation>Rota desconhecida.</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>O corpo da requisição não é um objeto JSON.</translation>
    </message>
    <message>
        <source>Enrolment needs &quot;code&quot; and &quot;device_name&quot; as strings.</source>
        <translation>O registro precisa de &quot;code&quot; e &quot;device_name&quot; como textos.</translation>
    </message>
    <message>
        <source>&quot;device_id&quot; must be a string.</source>
        <translation>&quot;device_id&quot; deve ser um texto.</translation>
    </message>
</context>
<context>
    <name>Balcao::Server::TokenAuthority</name>
    <message>
        <source>This terminal is already enrolled.</source>
        <translation>Este terminal já está registrado.</translation>
    </message>
    <message>
        <source>No device has the id %1.</source>
        <translation>Nenhum dispositivo tem o id %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Entrar em %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Balcao::SqlCipherDriver</name>
    <message>
        <source>Unable to open the database</source>
        <translation>Não foi possível abrir o banco de dados</translation>
    </message>
    <message>
        <source>The key must be 64 hexadecimal digits (a raw 256-bit key)</source>
        <translation>A chave precisa ter 64 dígitos hexadecimais (uma chave bruta de 256 bits)</translation>
    </message>
    <message>
        <source>Unable to apply the key</source>
        <translation>Não foi possível aplicar a chave</translation>
    </message>
    <message>
        <source>The SQLite library in use has no encryption (SQLCipher is required)</source>
        <translation>A biblioteca SQLite em uso não tem criptografia (o SQLCipher é necessário)</translation>
    </message>
    <message>
        <source>The key does not open this database</source>
        <translation>A chave não abre este banco de dados</translation>
    </message>
    <message>
        <source>Unable to begin a transaction</source>
        <translation>Não foi possível iniciar uma transação</translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation>Não foi possível confirmar a transação</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation>Não foi possível desfazer a transação</translation>
    </message>
    <message>
        <source>Unable to change the key</source>
        <translation>Não foi possível trocar a chave</translation>
    </message>
    <message>
        <source>The key must be 64 hexadecimal digits</source>
        <translation>A chave precisa ter 64 dígitos hexadecimais</translation>
    </message>
</context>
<context>
    <name>Balcao::SqlCipherResult</name>
    <message>
        <source>Database is not open</source>
        <translation>O banco de dados não está aberto</translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>Não foi possível preparar o comando</translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time</source>
        <translation>Só é possível executar um comando por vez</translation>
    </message>
    <message>
        <source>No statement prepared</source>
        <translation>Nenhum comando preparado</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Número de parâmetros incorreto</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 values were bound</source>
        <translation>O comando tem %1 parâmetros, mas %2 valores foram vinculados</translation>
    </message>
    <message>
        <source>Unable to bind a value</source>
        <translation>Não foi possível vincular um valor</translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation>Não foi possível executar o comando</translation>
    </message>
    <message>
        <source>Unable to fetch a row</source>
        <translation>Não foi possível ler uma linha</translation>
    </message>
</context>
<context>
    <name>Balcao::StaffService</name>
    <message>
        <source>&quot;%1&quot; is not a role. Use admin, manager, front_desk or staff.</source>
        <translation>&quot;%1&quot; não é uma função. Use admin, manager, front_desk ou staff.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepção</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Profissional</translation>
    </message>
    <message>
        <source>The staff member needs a name.</source>
        <translation>O membro da equipe precisa de um nome.</translation>
    </message>
    <message>
        <source>The login must be 2 to 64 letters, digits or . _ @ -.</source>
        <translation>O login precisa ter de 2 a 64 letras, dígitos ou . _ @ -.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>A senha precisa ter pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already in use.</source>
        <translation>O login &quot;%1&quot; já está em uso.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Login ou senha incorretos.</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>Não há membro da equipe com o id %1.</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>Não há usuário com o id %1.</translation>
    </message>
    <message>
        <source>The business needs at least one active administrator.</source>
        <translation>A empresa precisa de pelo menos um administrador ativo.</translation>
    </message>
</context>
<context>
    <name>Balcao::StatusBarIndicators</name>
    <message>
        <source>%1 · Encrypted (SQLCipher %2)</source>
        <translation>%1 · Criptografado (SQLCipher %2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Sem conexão com um servidor</translation>
    </message>
    <message>
        <source>Changes are kept on this computer until it is connected to a server (File &gt; Connect to server).</source>
        <translation>As alterações ficam guardadas neste computador até ele ser conectado a um servidor (Arquivo &gt; Conectar ao servidor).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n alteração aguardando sincronização</numerusform>
            <numerusform>%n alterações aguardando sincronização</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connected to the server; changes are sent as they are made.</source>
        <translation>Conectado ao servidor; as alterações são enviadas assim que são feitas.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <source>Offline · retrying in %n s</source>
        <translation>
            <numerusform>Offline · nova tentativa em %n s</numerusform>
            <numerusform>Offline · nova tentativa em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync refused: %1</source>
        <translation>Sincronização recusada: %1</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Todas as alterações sincronizadas</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Última sincronização %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflito para resolver</numerusform>
            <numerusform>%n conflitos para resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Conflicts page</source>
        <translation>Abrir a página de conflitos</translation>
    </message>
</context>
<context>
    <name>Balcao::SyncCredentials</name>
    <message>
        <source>Could not record the server of this terminal.</source>
        <translation>Não foi possível registrar o servidor deste terminal.</translation>
    </message>
    <message>
        <source>This terminal is not connected to a server yet. Enrol it with a code from your administrator.</source>
        <translation>Este terminal ainda não está conectado a um servidor. Cadastre-o com um código fornecido pelo administrador.</translation>
    </message>
    <message>
        <source>The sync token of this terminal is not in the system keychain: %1</source>
        <translation>O token de sincronização deste terminal não está no chaveiro do sistema: %1</translation>
    </message>
</context>
<context>
    <name>Balcao::TerminalEnrolment</name>
    <message>
        <source>&quot;%1&quot; is not a server address such as https://sync.example.com:8420.</source>
        <translation>&quot;%1&quot; não é um endereço de servidor como https://sync.example.com:8420.</translation>
    </message>
    <message>
        <source>This terminal is already enrolled with a server.</source>
        <translation>Este terminal já está inscrito em um servidor.</translation>
    </message>
    <message>
        <source>Enter the enrolment code from your administrator.</source>
        <translation>Digite o código de inscrição fornecido pelo administrador.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Point of sale and booking for salons, spas and clinics.</source>
        <translation>Ponto de venda e agendamento para salões, spas e clínicas.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>O arquivo do banco de dados (padrão: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>caminho</translation>
    </message>
    <message>
        <source>Read the database passphrase from a file instead of the keychain or a prompt (for unattended runs).</source>
        <translation>Ler a frase secreta do banco de dados de um arquivo, em vez do chaveiro ou de uma pergunta (para execuções sem ninguém no teclado).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>The interface language: %1.</source>
        <translation>O idioma da interface: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Idioma desconhecido &quot;%1&quot;. Escolha um destes: %2.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
</context>
</TS>
