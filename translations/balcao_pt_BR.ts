<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Balcao::AboutDialog</name>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>SQLCipher %1</source>
        <translation>SQLCipher %1</translation>
    </message>
    <message>
        <source>database schema %1</source>
        <translation>esquema do banco de dados %1</translation>
    </message>
    <message>
        <source>About Balcão</source>
        <translation>Sobre o Balcão</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Balcão %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Balcão %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Point of sale and booking for salons, spas and clinics.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in an encrypted database; terminals of the same business reconcile through its own server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ponto de venda e agenda para salões, spas e clínicas.&lt;/p&gt;&lt;p&gt;Seus dados ficam neste computador, num banco de dados cifrado; os terminais do mesmo negócio se acertam pelo servidor do próprio negócio.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later.</source>
        <translation>Software livre sob a &lt;a href=&quot;%1&quot;&gt;Licença Pública Geral GNU&lt;/a&gt;, versão 3 ou posterior.</translation>
    </message>
</context>
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
        <source>Add &amp;sample data: clients, staff, services, products and this week&apos;s appointments</source>
        <translation>Adicionar &amp;dados de exemplo: clientes, equipe, serviços, produtos e os agendamentos desta semana</translation>
    </message>
</context>
<context>
    <name>Balcao::AgendaContent</name>
    <message>
        <source>Unknown staff member</source>
        <translation>Profissional desconhecido</translation>
    </message>
    <message>
        <source> + </source>
        <comment>between the services of one visit</comment>
        <translation> + </translation>
    </message>
</context>
<context>
    <name>Balcao::AgendaEditor</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>Moved %1 to %2 with %3. Ctrl+Z undoes it.</source>
        <translation>%1 movido para %2 com %3. Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>%1 now ends at %2. Ctrl+Z undoes it.</source>
        <translation>%1 agora termina às %2. Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>Not undone: %1&apos;s appointment has changed since, on this terminal or another one.</source>
        <translation>Não foi desfeito: o agendamento de %1 mudou desde então, neste terminal ou em outro.</translation>
    </message>
    <message>
        <source>Not redone: %1&apos;s appointment has changed since, on this terminal or another one.</source>
        <translation>Não foi refeito: o agendamento de %1 mudou desde então, neste terminal ou em outro.</translation>
    </message>
    <message>
        <source>Undone: %1 ends at %2 again.</source>
        <translation>Desfeito: %1 volta a terminar às %2.</translation>
    </message>
    <message>
        <source>Redone: %1 now ends at %2.</source>
        <translation>Refeito: %1 agora termina às %2.</translation>
    </message>
    <message>
        <source>Undone: %1 is back on %2 with %3.</source>
        <translation>Desfeito: %1 voltou para %2 com %3.</translation>
    </message>
    <message>
        <source>Redone: %1 is on %2 with %3.</source>
        <translation>Refeito: %1 está em %2 com %3.</translation>
    </message>
    <message>
        <source>move of %1</source>
        <translation>mudança de %1</translation>
    </message>
    <message>
        <source>new end of %1</source>
        <translation>mudança do término de %1</translation>
    </message>
</context>
<context>
    <name>Balcao::AgendaLegend</name>
    <message>
        <source>Colours of the appointment statuses</source>
        <translation>Cores dos status dos agendamentos</translation>
    </message>
</context>
<context>
    <name>Balcao::AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Previous day or week (Ctrl+Left)</source>
        <translation>Dia ou semana anterior (Ctrl+Esquerda)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next day or week (Ctrl+Right)</source>
        <translation>Próximo dia ou semana (Ctrl+Direita)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Ir para hoje (T)</translation>
    </message>
    <message>
        <source>Go to date…</source>
        <translation>Ir para a data…</translation>
    </message>
    <message>
        <source>Pick a date (Ctrl+G)</source>
        <translation>Escolher uma data (Ctrl+G)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>One day (D)</source>
        <translation>Um dia (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>The whole week (W)</source>
        <translation>A semana inteira (W)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Profissional</translation>
    </message>
    <message>
        <source>A column per staff member</source>
        <translation>Uma coluna por profissional</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>A column per room, chair or other resource</source>
        <translation>Uma coluna por sala, cadeira ou outro recurso</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Novo agendamento</translation>
    </message>
    <message>
        <source>Book an appointment (N)</source>
        <translation>Agendar um horário (N)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>week start</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>week end</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Set up a location before booking appointments.</source>
        <translation>Cadastre um local antes de fazer agendamentos.</translation>
    </message>
    <message numerus="yes">
        <source>Booked %1 on %2.</source>
        <translation>
            <numerusform>%1 agendado para %2.</numerusform>
            <numerusform>%1 agendados para %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move a recurring appointment</source>
        <translation>Mover um agendamento recorrente</translation>
    </message>
    <message>
        <source>Move only this appointment, or this one and the following ones of its series?</source>
        <translation>Mover só este agendamento, ou este e os seguintes da série?</translation>
    </message>
    <message>
        <source>Only &amp;this one</source>
        <translation>Só &amp;este</translation>
    </message>
    <message>
        <source>This and the &amp;following</source>
        <translation>Este e os &amp;seguintes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close ×</source>
        <translation>Fechar ×</translation>
    </message>
    <message>
        <source>Close the details (Esc brings you back to the agenda)</source>
        <translation>Fechar os detalhes (Esc volta para a agenda)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Undo the %1 (%2)</source>
        <translation>Desfazer a %1 (%2)</translation>
    </message>
    <message>
        <source>Undo the last move or resize (%1)</source>
        <translation>Desfazer a última mudança de horário ou duração (%1)</translation>
    </message>
    <message>
        <source>Redo the %1 (%2)</source>
        <translation>Refazer a %1 (%2)</translation>
    </message>
    <message>
        <source>Redo what was undone (%1)</source>
        <translation>Refazer o que foi desfeito (%1)</translation>
    </message>
</context>
<context>
    <name>Balcao::AgendaPainter</name>
    <message>
        <source>Nobody works at this location yet. Add staff members and their hours to book appointments.</source>
        <translation>Ninguém trabalha neste local ainda. Cadastre profissionais e seus horários para fazer agendamentos.</translation>
    </message>
    <message>
        <source>This location has no rooms, chairs or other resources.</source>
        <translation>Este local não tem salas, cadeiras nem outros recursos.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
</context>
<context>
    <name>Balcao::AgendaQuery</name>
    <message>
        <source>The agenda needs a location and a valid range of days.</source>
        <translation>A agenda precisa de um local e de um intervalo de dias válido.</translation>
    </message>
</context>
<context>
    <name>Balcao::AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
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
    <message>
        <source>No passphrase was chosen, so nothing was created.</source>
        <translation>Nenhuma frase secreta foi escolhida, então nada foi criado.</translation>
    </message>
</context>
<context>
    <name>Balcao::AppointmentActions</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Registrar c&amp;hegada</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Co&amp;ncluir</translation>
    </message>
    <message>
        <source>N&amp;o-show</source>
        <translation>Não co&amp;mpareceu</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Book it again at the same time, if that time is still free</source>
        <translation>Agendar de novo no mesmo horário, se ele ainda estiver livre</translation>
    </message>
    <message>
        <source>Cance&amp;l appointment…</source>
        <translation>Cance&amp;lar agendamento…</translation>
    </message>
    <message>
        <source>Cancel with a reason (Delete in the agenda)</source>
        <translation>Cancelar com um motivo (Delete na agenda)</translation>
    </message>
    <message>
        <source>Edit n&amp;otes…</source>
        <translation>Editar &amp;observações…</translation>
    </message>
    <message>
        <source>Client &amp;page</source>
        <translation>&amp;Página do cliente</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) cancelled.</source>
        <translation>
            <numerusform>%n agendamento cancelado.</numerusform>
            <numerusform>%n agendamentos cancelados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Observações salvas.</translation>
    </message>
    <message>
        <source>Check &amp;out…</source>
        <translation>Co&amp;brar…</translation>
    </message>
    <message>
        <source>Charge this visit at the checkout; the sale completes it</source>
        <translation>Cobrar este atendimento no caixa; a venda o conclui</translation>
    </message>
</context>
<context>
    <name>Balcao::AppointmentBook</name>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>As observações são longas demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The duration must be between 1 and %1 minutes.</source>
        <translation>A duração precisa estar entre 1 e %1 minutos.</translation>
    </message>
    <message>
        <source>The appointment cannot be booked as it is:
%1
A manager can book it anyway.</source>
        <translation>O agendamento não pode ser feito assim:
%1
Um gerente pode agendar mesmo assim.</translation>
    </message>
    <message>
        <source>Only a manager or an admin can book over these problems:
%1</source>
        <translation>Só um gerente ou um administrador pode agendar apesar destes problemas:
%1</translation>
    </message>
    <message>
        <source>Repeat every 1 to 52 weeks.</source>
        <translation>Repita a cada 1 a 52 semanas.</translation>
    </message>
    <message>
        <source>Say until when or how many times the appointment repeats.</source>
        <translation>Diga até quando ou quantas vezes o agendamento se repete.</translation>
    </message>
    <message>
        <source>A series has 1 to %1 appointments.</source>
        <translation>Uma série tem de 1 a %1 agendamentos.</translation>
    </message>
    <message>
        <source>The series must end on or after its first date.</source>
        <translation>A série precisa terminar na data do primeiro agendamento ou depois dela.</translation>
    </message>
    <message>
        <source>A cancelled, missed or completed appointment cannot be moved.</source>
        <translation>Um agendamento cancelado, perdido ou concluído não pode ser movido.</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled.</source>
        <translation>Diga por que o agendamento foi cancelado.</translation>
    </message>
    <message>
        <source>A %1 appointment cannot be cancelled.</source>
        <translation>Um agendamento %1 não pode ser cancelado.</translation>
    </message>
    <message>
        <source>An appointment cannot go from %1 to %2.</source>
        <translation>Um agendamento não pode passar de %1 para %2.</translation>
    </message>
    <message>
        <source>There is no appointment with id %1.</source>
        <translation>Não há nenhum agendamento com o id %1.</translation>
    </message>
    <message>
        <source>The price of a booked service has no currency.</source>
        <translation>O preço de um serviço agendado não tem moeda.</translation>
    </message>
</context>
<context>
    <name>Balcao::AppointmentCharge</name>
    <message>
        <source>A cancelled or missed appointment cannot be charged.</source>
        <translation>Um agendamento cancelado ou em que o cliente faltou não pode ser cobrado.</translation>
    </message>
    <message>
        <source>This appointment was already charged (sale %1).</source>
        <translation>Este agendamento já foi cobrado (venda %1).</translation>
    </message>
    <message>
        <source>There is no appointment with id %1.</source>
        <translation>Não há nenhum agendamento com o id %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::AppointmentNotesDialog</name>
    <message>
        <source>Appointment notes</source>
        <translation>Observações do agendamento</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Observações</translation>
    </message>
    <message>
        <source>&amp;Internal notes (only the team sees them)</source>
        <translation>Observações &amp;internas (só a equipe vê)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Balcao::AppointmentOverlapCheck</name>
    <message>
        <source>&quot;%1&quot; is not a resolution of this conflict.</source>
        <translation>&quot;%1&quot; não é uma solução para este conflito.</translation>
    </message>
    <message>
        <source>Double booking resolved</source>
        <translation>Agendamento duplo resolvido</translation>
    </message>
    <message>
        <source>The appointment has no services to move.</source>
        <translation>O agendamento não tem serviços para mover.</translation>
    </message>
    <message>
        <source>There is no free time for it in the next month.</source>
        <translation>Não há horário livre para ele no próximo mês.</translation>
    </message>
    <message>
        <source>Nobody else who performs &quot;%1&quot; is free at that time.</source>
        <translation>Ninguém mais que realiza &quot;%1&quot; está livre nesse horário.</translation>
    </message>
</context>
<context>
    <name>Balcao::AppointmentPanel</name>
    <message>
        <source>Unknown service</source>
        <translation>Serviço desconhecido</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>Agendado por</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repete</translation>
    </message>
    <message>
        <source>Appointment %1 of a series</source>
        <translation>Agendamento %1 de uma série</translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation>Cancelado porque</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Observações internas</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;Select an appointment to see it here. Double-click an empty time, or press N, to book one.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;Selecione um agendamento para vê-lo aqui. Dê um clique duplo num horário vazio, ou pressione N, para agendar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Balcao::AppointmentWording</name>
    <message>
        <source>Booked</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Chegou</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Não compareceu</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepção</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sem agendamento</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format of the agenda</comment>
        <translation>ddd d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Serviço desconhecido</translation>
    </message>
    <message>
        <source> + </source>
        <comment>between the services of one visit</comment>
        <translation> + </translation>
    </message>
    <message>
        <source>Unknown client</source>
        <translation>Cliente desconhecido</translation>
    </message>
</context>
<context>
    <name>Balcao::AvailabilityFinder</name>
    <message>
        <source>Search from one date to a later one, at most %1 days.</source>
        <translation>Pesquise de uma data até outra posterior, no máximo %1 dias.</translation>
    </message>
    <message>
        <source>The step between found must be 5 to 240 minutes.</source>
        <translation>O intervalo entre os horários encontrados precisa ser de 5 a 240 minutos.</translation>
    </message>
    <message>
        <source>That staff member does not perform &quot;%1&quot;.</source>
        <translation>Esse profissional não realiza &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and %1 minutes.</source>
        <translation>A duração precisa estar entre 1 e %1 minutos.</translation>
    </message>
</context>
<context>
    <name>Balcao::Barcode</name>
    <message>
        <source>The barcode is empty.</source>
        <translation>O código de barras está vazio.</translation>
    </message>
    <message>
        <source>A barcode has at most %1 characters.</source>
        <translation>Um código de barras tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a barcode.</source>
        <translation>&quot;%1&quot; não pode fazer parte de um código de barras.</translation>
    </message>
    <message>
        <source>%1 is not a valid EAN/UPC code: its last digit should be %2. Check the digits typed.</source>
        <translation>%1 não é um código EAN/UPC válido: o último dígito deveria ser %2. Confira os dígitos digitados.</translation>
    </message>
</context>
<context>
    <name>Balcao::BarcodeListEditor</name>
    <message>
        <source>Scan or type a barcode, then Enter</source>
        <translation>Leia ou digite um código de barras e tecle Enter</translation>
    </message>
    <message>
        <source>New barcode</source>
        <translation>Novo código de barras</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Barcodes (Delete removes one)</source>
        <translation>Códigos de barras (Delete remove um)</translation>
    </message>
</context>
<context>
    <name>Balcao::BookingChecker</name>
    <message>
        <source>%1 does not perform &quot;%2&quot;.</source>
        <translation>%1 não realiza &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not working at %2 (outside working hours, a break or time off).</source>
        <translation>%1 não está trabalhando às %2 (fora do horário de trabalho, em intervalo ou de folga).</translation>
    </message>
    <message>
        <source>%1 is already booked at %2.</source>
        <translation>%1 já tem um agendamento às %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a %2 and none is free at %3.</source>
        <translation>&quot;%1&quot; precisa de um(a) %2 e nenhum está livre às %3.</translation>
    </message>
    <message>
        <source>The %1 is already taken at %2.</source>
        <translation>%1 já está ocupado(a) às %2.</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>recurso</translation>
    </message>
    <message>
        <source>The client already has an appointment at %1.</source>
        <translation>O cliente já tem um agendamento às %1.</translation>
    </message>
    <message>
        <source>Unknown staff member</source>
        <translation>Profissional desconhecido</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
</context>
<context>
    <name>Balcao::BookingDialog</name>
    <message numerus="yes">
        <source>%1 · %n min</source>
        <translation>
            <numerusform>%1 · %n min</numerusform>
            <numerusform>%1 · %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Novo agendamento</translation>
    </message>
    <message>
        <source>&amp;Services (tick one or more, done in this order)</source>
        <translation>&amp;Serviços (marque um ou mais, feitos nesta ordem)</translation>
    </message>
    <message>
        <source>W&amp;ith</source>
        <translation>&amp;Com</translation>
    </message>
    <message>
        <source>&amp;Date and time (%1)</source>
        <translation>&amp;Data e hora (%1)</translation>
    </message>
    <message>
        <source>Ne&amp;xt free slot</source>
        <translation>Pró&amp;ximo horário livre</translation>
    </message>
    <message>
        <source>The first time from the date above when the first service fits; press again for the one after</source>
        <translation>O primeiro horário a partir da data acima em que cabe o primeiro serviço; pressione de novo para o seguinte</translation>
    </message>
    <message>
        <source>Booked &amp;by</source>
        <translation>Agendado &amp;por</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Observações</translation>
    </message>
    <message>
        <source>Internal notes (only the &amp;team sees them)</source>
        <translation>Observações internas (só a &amp;equipe vê)</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Agendar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Anyone available</source>
        <translation>Qualquer profissional disponível</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>Escolha pelo menos um serviço.</translation>
    </message>
    <message>
        <source>%1 with %2, %3</source>
        <translation>%1 com %2, %3</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Warnings (a manager can book anyway):</source>
        <translation>Avisos (um gerente pode agendar mesmo assim):</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>Escolha um serviço primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>No free time in the next %n day(s). Try another staff member or service.</source>
        <translation>
            <numerusform>Nenhum horário livre no próximo %n dia. Tente outro profissional ou serviço.</numerusform>
            <numerusform>Nenhum horário livre nos próximos %n dias. Tente outro profissional ou serviço.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next free slot: %1 with %2.</source>
        <translation>Próximo horário livre: %1 com %2.</translation>
    </message>
    <message>
        <source>Nothing was booked.</source>
        <translation>Nada foi agendado.</translation>
    </message>
</context>
<context>
    <name>Balcao::BookingPlanner</name>
    <message>
        <source>Choose one to %1 services for the appointment.</source>
        <translation>Escolha de um a %1 serviços para o agendamento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a booking source (front_desk, phone, walk_in, online).</source>
        <translation>&quot;%1&quot; não é uma origem de agendamento (front_desk, phone, walk_in, online).</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>As observações são longas demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The appointment needs a start time.</source>
        <translation>O agendamento precisa de um horário de início.</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Não há cliente com o id %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not offered any more.</source>
        <translation>&quot;%1&quot; não é mais oferecido.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and %1 minutes.</source>
        <translation>A duração precisa estar entre 1 e %1 minutos.</translation>
    </message>
    <message>
        <source>%1 is at another location.</source>
        <translation>%1 está em outro local.</translation>
    </message>
    <message>
        <source>Nobody performs &quot;%1&quot;: choose who does it in the service catalog.</source>
        <translation>Ninguém realiza &quot;%1&quot;: escolha quem faz esse serviço no catálogo de serviços.</translation>
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
    <message>
        <source>&amp;Join an existing business instead</source>
        <translation>Entrar em uma empresa já e&amp;xistente</translation>
    </message>
    <message>
        <source>When another computer of the business already uses Balcão with a sync server: this one then gets the clients, the team and the settings from there, with an enrolment code from your administrator.</source>
        <translation>Quando outro computador da empresa já usa o Balcão com um servidor de sincronização: este recebe de lá os clientes, a equipe e as configurações, com um código de inscrição dado pelo administrador.</translation>
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
    <name>Balcao::CancelAppointmentDialog</name>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancelar agendamento</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s appointment on %2?</source>
        <translation>Cancelar o agendamento de %1 em %2?</translation>
    </message>
    <message>
        <source>The client asked to cancel</source>
        <translation>O cliente pediu para cancelar</translation>
    </message>
    <message>
        <source>The client is ill</source>
        <translation>O cliente está doente</translation>
    </message>
    <message>
        <source>The staff member is not available</source>
        <translation>O profissional não está disponível</translation>
    </message>
    <message>
        <source>Booked by mistake</source>
        <translation>Agendado por engano</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>Por que ele foi cancelado?</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Also cancel the &amp;following appointments of this series</source>
        <translation>Cancelar também os agendamentos &amp;seguintes desta série</translation>
    </message>
    <message>
        <source>Cancel &amp;appointment</source>
        <translation>Cancelar &amp;agendamento</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Ma&amp;nter</translation>
    </message>
</context>
<context>
    <name>Balcao::CartBuilder</name>
    <message>
        <source>&quot;%1&quot; is not for sale (inactive).</source>
        <translation>&quot;%1&quot; não está à venda (inativo).</translation>
    </message>
    <message>
        <source>A gift card is loaded with an amount above zero.</source>
        <translation>Um vale-presente é carregado com um valor acima de zero.</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>Vale-presente %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sold at that price.</source>
        <translation>&quot;%1&quot; não pode ser vendido por esse preço.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a discount; give either a lower price or a discount.</source>
        <translation>&quot;%1&quot; já tem um desconto; informe um preço menor ou um desconto, não os dois.</translation>
    </message>
</context>
<context>
    <name>Balcao::CartEditor</name>
    <message>
        <source>Choose a line of the cart first.</source>
        <translation>Escolha primeiro uma linha do carrinho.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>Change the quantity</source>
        <translation>Alterar a quantidade</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Discount on %1</source>
        <translation>Desconto em %1</translation>
    </message>
    <message>
        <source>Discount on the sale</source>
        <translation>Desconto na venda</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Gorjeta</translation>
    </message>
    <message>
        <source>Choose the client</source>
        <translation>Escolher o cliente</translation>
    </message>
</context>
<context>
    <name>Balcao::CartModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>included in the price</source>
        <translation>incluído no preço</translation>
    </message>
    <message>
        <source>added to the price</source>
        <translation>somado ao preço</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Profissional</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Balcao::CartTotalsPanel</name>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts (sale %1)</source>
        <translation>Descontos (venda %1)</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descontos</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Gorjeta</translation>
    </message>
    <message>
        <source>Tip (%1)</source>
        <translation>Gorjeta (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>of which tax %1 (%2)</source>
        <translation>dos quais imposto %1 (%2)</translation>
    </message>
    <message>
        <source>Only %1 of %2 in stock; the cart has %3.</source>
        <translation>Só %1 de %2 em estoque; o carrinho tem %3.</translation>
    </message>
    <message>
        <source>A discount of %1 needs a manager&apos;s approval (the limit is %2).</source>
        <translation>Um desconto de %1 precisa da aprovação de um gerente (o limite é %2).</translation>
    </message>
</context>
<context>
    <name>Balcao::CashMovementDialog</name>
    <message>
        <source>Cash &amp;in</source>
        <translation>&amp;Entrada</translation>
    </message>
    <message>
        <source>Cash &amp;out</source>
        <translation>&amp;Saída</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Entrada ou saída de dinheiro</translation>
    </message>
    <message>
        <source>e.g. change from the bank, paid the flower supplier</source>
        <translation>ex.: troco do banco, pagamento ao fornecedor de flores</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
</context>
<context>
    <name>Balcao::CatalogSearch</name>
    <message>
        <source>Scan a barcode, or type a product or service (name, SKU, code)</source>
        <translation>Leia um código de barras ou digite um produto ou serviço (nome, SKU, código)</translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation>Ler ou buscar</translation>
    </message>
    <message>
        <source>Products and services found</source>
        <translation>Produtos e serviços encontrados</translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation>%1 em estoque</translation>
    </message>
    <message>
        <source>%1 · service · %2 min · %3</source>
        <translation>%1 · serviço · %2 min · %3</translation>
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
    <name>Balcao::CheckoutFlow</name>
    <message>
        <source>A manager or an admin must approve this discount. The approval is recorded with the sale, under their name.</source>
        <translation>Um gerente ou administrador precisa aprovar este desconto. A aprovação fica registrada na venda, em nome de quem aprovou.</translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation>Nenhum turno aberto</translation>
    </message>
    <message>
        <source>%1 has no open shift, and cash goes into it.</source>
        <translation>%1 não tem turno aberto, e o dinheiro entra nele.</translation>
    </message>
    <message>
        <source>Open the shift now with the float in the drawer? The sale is then completed.</source>
        <translation>Abrir o turno agora com o fundo de troco da gaveta? Em seguida a venda é concluída.</translation>
    </message>
    <message>
        <source>&amp;Open shift…</source>
        <translation>&amp;Abrir turno…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Balcao::CheckoutPage</name>
    <message>
        <source>Line removed. Ctrl+Z brings it back.</source>
        <translation>Linha removida. Ctrl+Z a traz de volta.</translation>
    </message>
    <message>
        <source>Set up a location before selling.</source>
        <translation>Configure uma unidade antes de vender.</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Line discount (F5)</source>
        <translation>Desconto na linha (F5)</translation>
    </message>
    <message>
        <source>A discount on the selected line: an amount or a percentage</source>
        <translation>Um desconto na linha selecionada: um valor ou uma porcentagem</translation>
    </message>
    <message>
        <source>Sale discount (F6)</source>
        <translation>Desconto na venda (F6)</translation>
    </message>
    <message>
        <source>A discount on the whole sale, shared among its lines</source>
        <translation>Um desconto na venda toda, repartido entre as linhas</translation>
    </message>
    <message>
        <source>Tip (F7)</source>
        <translation>Gorjeta (F7)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo the last change to the cart (Ctrl+Z)</source>
        <translation>Desfazer a última alteração do carrinho (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>The checkout&apos;s keyboard shortcuts</source>
        <translation>Os atalhos de teclado do caixa</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Choose… (F4)</source>
        <translation>Escolher… (F4)</translation>
    </message>
    <message>
        <source>No client: a sale to a walk-in.</source>
        <translation>Sem cliente: venda avulsa.</translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation>Crédito na loja %1</translation>
    </message>
    <message>
        <source>Owes %1</source>
        <translation>Deve %1</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Pagar (F12)</translation>
    </message>
    <message>
        <source>Pay %1  (F12)</source>
        <translation>Pagar %1  (F12)</translation>
    </message>
    <message>
        <source>%1 Nothing was added.</source>
        <translation>%1 Nada foi adicionado.</translation>
    </message>
    <message>
        <source>Check out an appointment</source>
        <translation>Cobrar um agendamento</translation>
    </message>
    <message>
        <source>The appointment is in the cart. Add products if needed, then Pay (F12).</source>
        <translation>O agendamento está no carrinho. Adicione produtos se precisar e depois Pagar (F12).</translation>
    </message>
    <message>
        <source>Ctrl+Z brings back the cart that was here.</source>
        <translation>Ctrl+Z traz de volta o carrinho que estava aqui.</translation>
    </message>
    <message>
        <source>Discount on a line</source>
        <translation>Desconto em uma linha</translation>
    </message>
    <message>
        <source>Discount on %1</source>
        <translation>Desconto em %1</translation>
    </message>
    <message>
        <source>Discount on the sale</source>
        <translation>Desconto na venda</translation>
    </message>
    <message>
        <source>A discount on the whole sale, shared among its lines in proportion to their price.</source>
        <translation>Um desconto na venda toda, repartido entre as linhas na proporção do preço.</translation>
    </message>
    <message>
        <source>The cart is empty: scan or search for what to sell.</source>
        <translation>O carrinho está vazio: leia ou busque o que vender.</translation>
    </message>
    <message>
        <source>Checkout keys</source>
        <translation>Teclas do caixa</translation>
    </message>
    <message>
        <source>Gift card (F3)</source>
        <translation>Vale-presente (F3)</translation>
    </message>
    <message>
        <source>Sell a gift card, or add to one</source>
        <translation>Vender um vale-presente, ou carregar um</translation>
    </message>
    <message>
        <source>Receive what is owed… (F10)</source>
        <translation>Receber o que deve… (F10)</translation>
    </message>
    <message>
        <source>The client pays off what they left on their account</source>
        <translation>O cliente quita o que deixou na conta</translation>
    </message>
    <message>
        <source>Received %1 from %2.</source>
        <translation>Recebido %1 de %2.</translation>
    </message>
    <message>
        <source>Change to give: %1.</source>
        <translation>Troco a dar: %1.</translation>
    </message>
    <message>
        <source>Still owed: %1.</source>
        <translation>Ainda deve: %1.</translation>
    </message>
    <message>
        <source>Nothing is owed now.</source>
        <translation>Não há mais nada devido.</translation>
    </message>
</context>
<context>
    <name>Balcao::CheckoutService</name>
    <message>
        <source>The business sells in %1, not %2.</source>
        <translation>O negócio vende em %1, não em %2.</translation>
    </message>
    <message>
        <source>The notes are too long (at most 2000 characters).</source>
        <translation>As observações são longas demais (no máximo 2000 caracteres).</translation>
    </message>
    <message>
        <source>a discount of %1 % (the limit is %2 %)</source>
        <translation>um desconto de %1 % (o limite é %2 %)</translation>
    </message>
    <message>
        <source>A manager must approve %1.</source>
        <translation>Um gerente precisa aprovar %1.</translation>
    </message>
    <message>
        <source>Choose the client before leaving %1 on their account.</source>
        <translation>Escolha o cliente antes de deixar %1 na conta dele.</translation>
    </message>
    <message>
        <source>Open the cash drawer (start a shift) before taking cash.</source>
        <translation>Abra o caixa (inicie um turno) antes de receber em dinheiro.</translation>
    </message>
    <message>
        <source>Type the card terminal&apos;s authorisation code.</source>
        <translation>Digite o código de autorização da maquininha.</translation>
    </message>
    <message>
        <source>Choose the client whose store credit pays.</source>
        <translation>Escolha o cliente cujo crédito na loja vai pagar.</translation>
    </message>
    <message>
        <source>The gift card %1 is in %2.</source>
        <translation>O vale-presente %1 está em %2.</translation>
    </message>
    <message>
        <source>The gift card %1 has expired.</source>
        <translation>O vale-presente %1 venceu.</translation>
    </message>
    <message>
        <source>Exchange credit only pays the new sale of an exchange.</source>
        <translation>O crédito de troca só paga a nova venda de uma troca.</translation>
    </message>
    <message>
        <source>The client has %1 of store credit.</source>
        <translation>O cliente tem %1 de crédito na loja.</translation>
    </message>
    <message>
        <source>The gift card %1 holds %2.</source>
        <translation>O vale-presente %1 tem %2.</translation>
    </message>
</context>
<context>
    <name>Balcao::CheckoutSettingsDialog</name>
    <message>
        <source>Checkout settings</source>
        <translation>Configurações do caixa</translation>
    </message>
    <message>
        <source>&amp;Taxes</source>
        <translation>&amp;Impostos</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>&amp;Balcão</translation>
    </message>
    <message>
        <source>&amp;Receipt and PIX</source>
        <translation>&amp;Comprovante e PIX</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>Classe de imposto</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Alíquota</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Tax classes</source>
        <translation>Classes de imposto</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;mover…</translation>
    </message>
    <message>
        <source>Round each &amp;line&apos;s tax</source>
        <translation>Arredondar o imposto de cada &amp;item</translation>
    </message>
    <message>
        <source>Round each rate&apos;s tax once, on the t&amp;otal</source>
        <translation>Arredondar o imposto de cada alíquota uma vez, no t&amp;otal</translation>
    </message>
    <message>
        <source>Tax rounding</source>
        <translation>Arredondamento dos impostos</translation>
    </message>
    <message>
        <source>Changes to tax classes are saved at once. A sale keeps the rate it was sold at.</source>
        <translation>As mudanças nas classes de imposto são salvas na hora. Uma venda mantém a alíquota com que foi feita.</translation>
    </message>
    <message>
        <source>Each line&apos;s tax is rounded to the cent on its own; the sale&apos;s tax is their sum.</source>
        <translation>O imposto de cada item é arredondado ao centavo separadamente; o imposto da venda é a soma deles.</translation>
    </message>
    <message>
        <source>The tax of each rate is computed once on the sum of its lines and rounded once, then shared back to the lines.</source>
        <translation>O imposto de cada alíquota é calculado uma vez sobre a soma dos seus itens e arredondado uma vez, depois repartido entre os itens.</translation>
    </message>
    <message>
        <source>Largest &amp;discount without a manager</source>
        <translation>Maior &amp;desconto sem gerente</translation>
    </message>
    <message>
        <source>A discount that takes more than this share off a line (its own and its part of the order&apos;s) needs a manager or an admin to approve it.</source>
        <translation>Um desconto que tire mais que esta parte de um item (o dele e a parte do desconto da venda) precisa da aprovação de um gerente ou administrador.</translation>
    </message>
    <message>
        <source>Returns without receipt look back (da&amp;ys)</source>
        <translation>Devoluções sem cupom consideram os últimos (&amp;dias)</translation>
    </message>
    <message>
        <source>A return without receipt refunds the lowest price the product sold for here in this many days.</source>
        <translation>Uma devolução sem cupom reembolsa o menor preço pelo qual o produto foi vendido aqui neste número de dias.</translation>
    </message>
    <message>
        <source>e.g. 12.345.678/0001-95</source>
        <translation>ex.: 12.345.678/0001-95</translation>
    </message>
    <message>
        <source>e.g. Thank you! Exchanges within 30 days with this receipt.</source>
        <translation>ex.: Obrigado! Trocas em até 30 dias com este comprovante.</translation>
    </message>
    <message>
        <source>CPF</source>
        <translation>CPF</translation>
    </message>
    <message>
        <source>CNPJ</source>
        <translation>CNPJ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Random key</source>
        <translation>Chave aleatória</translation>
    </message>
    <message>
        <source>Empty: no PIX at the counter</source>
        <translation>Vazio: sem PIX no balcão</translation>
    </message>
    <message>
        <source>Business ta&amp;x id (CNPJ)</source>
        <translation>CN&amp;PJ do negócio</translation>
    </message>
    <message>
        <source>Receipt &amp;footer</source>
        <translation>&amp;Rodapé do comprovante</translation>
    </message>
    <message>
        <source>PIX</source>
        <translation>PIX</translation>
    </message>
    <message>
        <source>Where PIX payments go: the key as registered at the bank, and the receiver&apos;s name and city as the payer&apos;s app shows them.</source>
        <translation>Para onde vão os pagamentos PIX: a chave como registrada no banco, e o nome e a cidade do recebedor como o aplicativo de quem paga os mostra.</translation>
    </message>
    <message>
        <source>Key t&amp;ype</source>
        <translation>&amp;Tipo de chave</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Chave</translation>
    </message>
    <message>
        <source>Receiver&apos;s &amp;name</source>
        <translation>&amp;Nome do recebedor</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;idade</translation>
    </message>
    <message>
        <source>includes it</source>
        <translation>incluído</translation>
    </message>
    <message>
        <source>plus tax</source>
        <translation>mais imposto</translation>
    </message>
    <message>
        <source>Remove tax class</source>
        <translation>Remover classe de imposto</translation>
    </message>
    <message>
        <source>Remove the tax class %1? Sales made with it keep their tax.</source>
        <translation>Remover a classe de imposto %1? As vendas feitas com ela mantêm o imposto.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 removida.</translation>
    </message>
</context>
<context>
    <name>Balcao::CheckoutShortcuts</name>
    <message>
        <source>Go to the checkout, from anywhere</source>
        <translation>Ir para o caixa, de qualquer lugar</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Leitor</translation>
    </message>
    <message>
        <source>Adds the product it reads, wherever the cursor is</source>
        <translation>Adiciona o produto lido, onde quer que esteja o cursor</translation>
    </message>
    <message>
        <source>Type, Enter</source>
        <translation>Digitar, Enter</translation>
    </message>
    <message>
        <source>Find a product or service and add it</source>
        <translation>Encontrar um produto ou serviço e adicioná-lo</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Cima / Baixo</translation>
    </message>
    <message>
        <source>Choose among those found (in the search)</source>
        <translation>Escolher entre os encontrados (na busca)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Empty the search; back to it from anywhere</source>
        <translation>Limpar a busca; voltar a ela de qualquer lugar</translation>
    </message>
    <message>
        <source>Client of the sale</source>
        <translation>Cliente da venda</translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
    <message>
        <source>One more / one less (in the cart)</source>
        <translation>Um a mais / um a menos (no carrinho)</translation>
    </message>
    <message>
        <source>A number, Enter</source>
        <translation>Um número, Enter</translation>
    </message>
    <message>
        <source>Set the quantity (in the cart)</source>
        <translation>Definir a quantidade (no carrinho)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove the line (in the cart)</source>
        <translation>Remover a linha (no carrinho)</translation>
    </message>
    <message>
        <source>Discount on the line (5 or 10%)</source>
        <translation>Desconto na linha (5 ou 10%)</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Desconto na venda toda</translation>
    </message>
    <message>
        <source>Tip, and who it is for</source>
        <translation>Gorjeta, e para quem</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Undo / redo a change to the cart</source>
        <translation>Desfazer / refazer uma alteração do carrinho</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <source>Enter (after a sale)</source>
        <translation>Enter (após uma venda)</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nova venda</translation>
    </message>
    <message>
        <source>F2 … F6</source>
        <translation>F2 … F6</translation>
    </message>
    <message>
        <source>Cash, card, PIX, store credit, gift card</source>
        <translation>Dinheiro, cartão, PIX, crédito na loja, vale-presente</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Take the amount; completes once the sale is covered</source>
        <translation>Registra o valor; conclui quando a venda estiver coberta</translation>
    </message>
    <message>
        <source>Remove a payment (in the list)</source>
        <translation>Remover um pagamento (na lista)</translation>
    </message>
    <message>
        <source>Alt+L</source>
        <translation>Alt+L</translation>
    </message>
    <message>
        <source>Leave the rest on the client&apos;s account</source>
        <translation>Deixar o restante na conta do cliente</translation>
    </message>
    <message>
        <source>Back to the cart; nothing is charged</source>
        <translation>Voltar ao carrinho; nada é cobrado</translation>
    </message>
    <message>
        <source>Open or close the shift, cash in or out, X report</source>
        <translation>Abrir ou fechar o turno, entrada ou saída de dinheiro, relatório X</translation>
    </message>
    <message>
        <source>Enter (counting)</source>
        <translation>Enter (na contagem)</translation>
    </message>
    <message>
        <source>Next note or coin</source>
        <translation>Próxima cédula ou moeda</translation>
    </message>
    <message>
        <source>Close the shift with the count</source>
        <translation>Fechar o turno com a contagem</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Gaveta de dinheiro</translation>
    </message>
    <message>
        <source>Sell a gift card, or add to one</source>
        <translation>Vender um vale-presente, ou carregar um</translation>
    </message>
    <message>
        <source>The client pays off what they owe</source>
        <translation>O cliente quita o que deve</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientAccount</name>
    <message>
        <source>Choose the client whose account it is.</source>
        <translation>Escolha o cliente dono da conta.</translation>
    </message>
    <message>
        <source>An account entry needs an amount other than zero.</source>
        <translation>Um lançamento na conta precisa de um valor diferente de zero.</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientBooking</name>
    <message>
        <source>Book for a client on file or for a new one, not both.</source>
        <translation>Agende para um cliente cadastrado ou para um novo, não para os dois.</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientCsv</name>
    <message>
        <source>&quot;%1&quot; is not yes or no (1/0, sim/não).</source>
        <translation>&quot;%1&quot; não é sim ou não (1/0, sim/não).</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Não foi possível gravar o arquivo: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>A exportação foi cancelada.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>The first line of the file must name the columns, with at least a name column (&quot;name&quot; or &quot;nome&quot;).</source>
        <translation>A primeira linha do arquivo precisa dar os nomes das colunas, com pelo menos uma coluna de nome (&quot;name&quot; ou &quot;nome&quot;).</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>A leitura do arquivo foi cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file have errors, so nothing was imported. Correct them, or choose to skip the invalid rows.</source>
        <translation>
            <numerusform>%n linha do arquivo tem erros, então nada foi importado. Corrija-a ou escolha pular as linhas inválidas.</numerusform>
            <numerusform>%n linhas do arquivo têm erros, então nada foi importado. Corrija-as ou escolha pular as linhas inválidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>A importação foi cancelada: nada foi importado.</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientDetailPanel</name>
    <message>
        <source>Birthday: %1</source>
        <translation>Aniversário: %1</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>Prefere: %1</translation>
    </message>
    <message>
        <source>No phone or e-mail</source>
        <translation>Sem telefone nem e-mail</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Agendamentos</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluídos</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Faltas</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Primeira visita</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Próximo agendamento</translation>
    </message>
    <message>
        <source>Between visits</source>
        <translation>Entre visitas</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mês passado</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <source>Preferred services</source>
        <translation>Serviços preferidos</translation>
    </message>
    <message>
        <source>Preferred days</source>
        <translation>Dias preferidos</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>Horário preferido</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total gasto</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Tíquete médio</translation>
    </message>
    <message>
        <source>How often and how regularly the client came in the last 12 months.</source>
        <translation>Com que frequência e regularidade o cliente veio nos últimos 12 meses.</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Appointment history</source>
        <translation>Histórico de agendamentos</translation>
    </message>
    <message>
        <source>&amp;Book again</source>
        <translation>Agendar de &amp;novo</translation>
    </message>
    <message>
        <source>A new appointment with the services and staff of the last visit</source>
        <translation>Um novo agendamento com os serviços e profissionais da última visita</translation>
    </message>
    <message>
        <source>Ne&amp;xt free slot</source>
        <translation>Pró&amp;ximo horário livre</translation>
    </message>
    <message>
        <source>Book the last visit&apos;s services at the first free time</source>
        <translation>Agendar os serviços da última visita no primeiro horário livre</translation>
    </message>
    <message>
        <source>No client.</source>
        <translation>Nenhum cliente.</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Crédito na loja</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Valor em aberto</translation>
    </message>
    <message>
        <source>What the client&apos;s purchases came to, tips left out, refunds taken off.</source>
        <translation>Quanto somaram as compras do cliente, sem gorjetas e descontados os reembolsos.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Histórico de compras</translation>
    </message>
    <message>
        <source>&amp;Sell to this client</source>
        <translation>&amp;Vender para este cliente</translation>
    </message>
    <message>
        <source>The checkout with this client chosen; what they owe is received there too (F10)</source>
        <translation>O caixa com este cliente escolhido; o que ele deve também é recebido lá (F10)</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientFields</name>
    <message>
        <source>The tag &quot;%1&quot; cannot contain , or ; (they separate tags).</source>
        <translation>A etiqueta &quot;%1&quot; não pode conter , nem ; (eles separam as etiquetas).</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is too long (at most %2 characters).</source>
        <translation>A etiqueta &quot;%1&quot; é longa demais (no máximo %2 caracteres).</translation>
    </message>
    <message>
        <source>A client can have at most %1 tags.</source>
        <translation>Um cliente pode ter no máximo %1 etiquetas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: write it as 1990-12-31, or --12-31 when the year is not known.</source>
        <translation>&quot;%1&quot; não é um aniversário: escreva como 1990-12-31, ou --12-31 quando o ano não é conhecido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; não é uma data.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a birthday: it is in the future or before 1900.</source>
        <translation>&quot;%1&quot; não pode ser um aniversário: está no futuro ou é anterior a 1900.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way to reach a client: use one of %2.</source>
        <translation>&quot;%1&quot; não é uma forma de contatar um cliente: use uma destas: %2.</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientHistoryModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Serviço desconhecido</translation>
    </message>
    <message>
        <source> + </source>
        <comment>between the services of one visit</comment>
        <translation> + </translation>
    </message>
    <message>
        <source>Cancelled because: %1</source>
        <translation>Cancelado porque: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Com</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
    <name>Balcao::ClientMerger</name>
    <message>
        <source>A client cannot be merged into itself.</source>
        <translation>Um cliente não pode ser mesclado com ele mesmo.</translation>
    </message>
    <message>
        <source>%1 was deleted or already merged: there is nothing to merge.</source>
        <translation>%1 foi excluído ou já mesclado: não há nada para mesclar.</translation>
    </message>
    <message>
        <source>%1 was deleted: a client cannot be merged into a deleted client.</source>
        <translation>%1 foi excluído: um cliente não pode ser mesclado em um cliente excluído.</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientMetricsText</name>
    <message>
        <source>%1 days</source>
        <translation>%1 dias</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Serviço desconhecido</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Manhã</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noite</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>birthday without a year</comment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>birthday with a year</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>Sem mensagens</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date of a visit</comment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientPicker</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No client matches. Tick “New client” below.</source>
        <translation>Nenhum cliente encontrado. Marque “Novo cliente” abaixo.</translation>
    </message>
    <message>
        <source>A new client is created with the appointment.</source>
        <translation>Um novo cliente é criado junto com o agendamento.</translation>
    </message>
    <message>
        <source>No client chosen: a walk-in without a record.</source>
        <translation>Nenhum cliente escolhido: um atendimento sem agendamento, sem cadastro.</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <source>Search by name, phone or e-mail</source>
        <translation>Pesquise por nome, telefone ou e-mail</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <source>Ne&amp;w client (by phone)</source>
        <translation>Novo clie&amp;nte (pelo telefone)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>e.g. 11 91234-5678</source>
        <translation>ex.: 11 91234-5678</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>Nenhum cliente corresponde.</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientPurchasesModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Pago com</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
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
    <message>
        <source>Client &amp;page</source>
        <translation>&amp;Página do cliente</translation>
    </message>
    <message>
        <source>History and metrics of the client (Ctrl+I)</source>
        <translation>Histórico e indicadores do cliente (Ctrl+I)</translation>
    </message>
    <message>
        <source>← &amp;Back to clients</source>
        <translation>← &amp;Voltar para os clientes</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Voltar para a lista (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Editar dados</translation>
    </message>
</context>
<context>
    <name>Balcao::CloseShiftDialog</name>
    <message>
        <source>Close the shift of %1</source>
        <translation>Fechar o turno de %1</translation>
    </message>
    <message>
        <source>Count the cash in the drawer: how many of each note and coin. The report after closing shows what the drawer should hold and the difference.</source>
        <translation>Conte o dinheiro da gaveta: quantas cédulas e moedas de cada valor. O relatório após o fechamento mostra o que a gaveta deveria ter e a diferença.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Cédulas</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
    <message>
        <source>Number of %1</source>
        <translation>Quantidade de %1</translation>
    </message>
    <message>
        <source>Cash &amp;counted</source>
        <translation>Dinheiro &amp;contado</translation>
    </message>
    <message>
        <source>Optional: anything the manager should know</source>
        <translation>Opcional: o que o gerente deve saber</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Observação</translation>
    </message>
    <message>
        <source>&amp;Close shift</source>
        <translation>&amp;Fechar turno</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
</context>
<context>
    <name>Balcao::ClosedShiftCashCheck</name>
    <message>
        <source>&quot;%1&quot; is not a resolution of this conflict.</source>
        <translation>&quot;%1&quot; não é uma solução para este conflito.</translation>
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
    <message>
        <source>%1, phone %2</source>
        <translation>%1, telefone %2</translation>
    </message>
    <message numerus="yes">
        <source>Keep only %1 and delete %n client(s)?</source>
        <translation>
            <numerusform>Manter só %1 e excluir %n cliente?</numerusform>
            <numerusform>Manter só %1 e excluir %n clientes?</numerusform>
        </translation>
    </message>
    <message>
        <source>A deleted client disappears from the lists on every computer of the business.</source>
        <translation>Um cliente excluído some das listas em todos os computadores da empresa.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n client(s)</source>
        <translation>
            <numerusform>Excluir %n cliente</numerusform>
            <numerusform>Excluir %n clientes</numerusform>
        </translation>
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
    <name>Balcao::CsvTable</name>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>A leitura do arquivo foi cancelada.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed.</source>
        <translation>O campo entre aspas que começa na linha %1 nunca é fechado.</translation>
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
    <name>Balcao::Ctl::CtlAccountCommands</name>
    <message>
        <source>amount due</source>
        <translation>valor em aberto</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>crédito na loja</translation>
    </message>
    <message>
        <source>return %1</source>
        <translation>devolução %1</translation>
    </message>
    <message>
        <source>sale %1</source>
        <translation>venda %1</translation>
    </message>
    <message>
        <source>account show needs the client&apos;s id or phone.</source>
        <translation>account show precisa do id ou do telefone do cliente.</translation>
    </message>
    <message>
        <source>Store credit: %1</source>
        <translation>Crédito na loja: %1</translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation>Valor em aberto: %1</translation>
    </message>
    <message>
        <source>No entries on the account yet.</source>
        <translation>A conta ainda não tem lançamentos.</translation>
    </message>
    <message>
        <source>Latest entries:</source>
        <translation>Últimos lançamentos:</translation>
    </message>
    <message>
        <source>account pay needs the client&apos;s id or phone and at least one --pay (cash:50.00, card:20.00:AUTH or pix:20.00).</source>
        <translation>account pay precisa do id ou do telefone do cliente e de pelo menos um --pay (cash:50.00, card:20.00:AUTORIZAÇÃO ou pix:20.00).</translation>
    </message>
    <message>
        <source>Paid %1, change %2; still due %3.</source>
        <translation>Pago %1, troco %2; ainda em aberto %3.</translation>
    </message>
    <message>
        <source>Unknown account command &quot;%1&quot;: use show or pay.</source>
        <translation>Comando de conta desconhecido &quot;%1&quot;: use show ou pay.</translation>
    </message>
    <message>
        <source>  account show CLIENT [--limit 20]   store credit, amount due and the latest entries
  account pay CLIENT --pay cash:50.00|card:20.00:AUTH|pix:20.00[:ID]...
       [--drawer NAME|ID] [--user LOGIN]   pays off what the client owes
       CLIENT is the client&apos;s id or phone
</source>
        <translation>  account show CLIENTE [--limit 20]   crédito na loja, valor em aberto e os últimos lançamentos
  account pay CLIENTE --pay cash:50.00|card:20.00:AUTORIZAÇÃO|pix:20.00[:ID]...
       [--drawer NOME|ID] [--user LOGIN]   quita o que o cliente deve
       CLIENTE é o id ou o telefone do cliente
</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pagamento</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlApprover</name>
    <message>
        <source>Give the approver with --approved-by LOGIN and their password with --approver-password-file FILE.</source>
        <translation>Informe quem aprova com --approved-by LOGIN e a senha com --approver-password-file ARQUIVO.</translation>
    </message>
    <message>
        <source>Standard input already holds the database passphrase; put the approver&apos;s password in a file.</source>
        <translation>A entrada padrão já traz a frase-senha do banco; coloque a senha de quem aprova em um arquivo.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Não foi possível ler o arquivo de senha %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlCartOptions</name>
    <message>
        <source>&quot;%1&quot; is not a service line: use service:NAME or service:NAME:STAFF.</source>
        <translation>&quot;%1&quot; não é um item de serviço: use service:NOME ou service:NOME:PROFISSIONAL.</translation>
    </message>
    <message>
        <source>The quantity of %1</source>
        <translation>A quantidade de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line: use CODE, CODE:QUANTITY or CODE:QUANTITY@PRICE.</source>
        <translation>&quot;%1&quot; não é um item: use CÓDIGO, CÓDIGO:QUANTIDADE ou CÓDIGO:QUANTIDADE@PREÇO.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gift card to sell: use CODE:AMOUNT.</source>
        <translation>&quot;%1&quot; não é um vale-presente para vender: use CÓDIGO:VALOR.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line discount: use LINE:10% or LINE:5.00, counting lines from 1.</source>
        <translation>&quot;%1&quot; não é um desconto de item: use ITEM:10% ou ITEM:5.00, contando os itens a partir de 1.</translation>
    </message>
    <message>
        <source>The line of --line-discount</source>
        <translation>O item de --line-discount</translation>
    </message>
    <message>
        <source>Line %1 already has a discount (or a lower price).</source>
        <translation>O item %1 já tem um desconto (ou um preço menor).</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlClientCommands</name>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not &quot;%2&quot;.</source>
        <translation>--%1 aceita yes ou no, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client id.</source>
        <translation>&quot;%1&quot; não é um id de cliente.</translation>
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
        <source>client delete needs --id.</source>
        <translation>client delete precisa de --id.</translation>
    </message>
    <message>
        <source>Deleted client %1.</source>
        <translation>Cliente %1 excluído.</translation>
    </message>
    <message>
        <source>client find needs the text to look for.</source>
        <translation>client find precisa do texto a procurar.</translation>
    </message>
    <message>
        <source>--limit needs a number.</source>
        <translation>--limit precisa de um número.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>manhã</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>tarde</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>noite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>%1 (VIP)</source>
        <translation>%1 (VIP)</translation>
    </message>
    <message>
        <source>  id: %1</source>
        <translation>  id: %1</translation>
    </message>
    <message>
        <source>  phone: %1</source>
        <translation>  telefone: %1</translation>
    </message>
    <message>
        <source>  e-mail: %1</source>
        <translation>  e-mail: %1</translation>
    </message>
    <message>
        <source>  birthday: %1</source>
        <translation>  aniversário: %1</translation>
    </message>
    <message>
        <source>  tags: %1</source>
        <translation>  etiquetas: %1</translation>
    </message>
    <message>
        <source>  reach by: %1; marketing consent: %2</source>
        <translation>  contato por: %1; consentimento de marketing: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>  notes: %1</source>
        <translation>  observações: %1</translation>
    </message>
    <message>
        <source>Appointments: %1 (%2 completed, %3 cancelled, %4 no-shows); %5 this month, %6 last month</source>
        <translation>Agendamentos: %1 (%2 concluídos, %3 cancelados, %4 faltas); %5 neste mês, %6 no mês passado</translation>
    </message>
    <message>
        <source>First visit: %1; last visit: %2</source>
        <translation>Primeira visita: %1; última visita: %2</translation>
    </message>
    <message>
        <source>Comes every %1 days on average</source>
        <translation>Vem a cada %1 dias, em média</translation>
    </message>
    <message>
        <source>Next appointment: %1</source>
        <translation>Próximo agendamento: %1</translation>
    </message>
    <message>
        <source>Frequency score: %1/100</source>
        <translation>Índice de frequência: %1/100</translation>
    </message>
    <message>
        <source>Preferred services: %1</source>
        <translation>Serviços preferidos: %1</translation>
    </message>
    <message>
        <source>Preferred days: %1; time of day: %2</source>
        <translation>Dias preferidos: %1; período do dia: %2</translation>
    </message>
    <message>
        <source>Total spent and average ticket: not available until sales are recorded</source>
        <translation>Total gasto e tíquete médio: indisponíveis até que as vendas sejam registradas</translation>
    </message>
    <message>
        <source>History (times in %1):</source>
        <translation>Histórico (horários em %1):</translation>
    </message>
    <message>
        <source>client show needs a client id.</source>
        <translation>client show precisa do id de um cliente.</translation>
    </message>
    <message>
        <source>--history needs a number.</source>
        <translation>--history precisa de um número.</translation>
    </message>
    <message>
        <source>client import needs a CSV file.</source>
        <translation>client import precisa de um arquivo CSV.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>Line %1: same phone or e-mail as %2</source>
        <translation>Linha %1: mesmo telefone ou e-mail que %2</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Colunas não importadas: %1</translation>
    </message>
    <message>
        <source>%1 rows: %2 valid, %3 with errors, %4 possible duplicates.</source>
        <translation>%1 linhas: %2 válidas, %3 com erros, %4 possíveis duplicatas.</translation>
    </message>
    <message>
        <source>Nothing was imported (dry run).</source>
        <translation>Nada foi importado (simulação).</translation>
    </message>
    <message>
        <source>Imported %1 clients (%2 invalid and %3 duplicate rows skipped).</source>
        <translation>%1 clientes importados (%2 linhas inválidas e %3 duplicadas foram puladas).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors, so nothing was imported. Correct them, or import the others with --skip-invalid.</source>
        <translation>
            <numerusform>%n linha tem erros, então nada foi importado. Corrija-a ou importe as outras com --skip-invalid.</numerusform>
            <numerusform>%n linhas têm erros, então nada foi importado. Corrija-as ou importe as outras com --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>--separator takes &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;.</source>
        <translation>--separator aceita &quot;,&quot;, &quot;;&quot; ou &quot;tab&quot;.</translation>
    </message>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>Não foi possível escrever na saída padrão.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 clients to %2.</source>
        <translation>%1 clientes exportados para %2.</translation>
    </message>
    <message>
        <source>client merge needs the duplicate&apos;s id, then the id of the client that stays.</source>
        <translation>client merge precisa do id da duplicata e depois do id do cliente que fica.</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (%3): %4 appointments and %5 reminders moved.</source>
        <translation>%1 mesclado em %2 (%3): %4 agendamentos e %5 lembretes transferidos.</translation>
    </message>
    <message>
        <source>Taken from the duplicate: %1</source>
        <translation>Aproveitado da duplicata: %1</translation>
    </message>
    <message>
        <source>Same phone %1:</source>
        <translation>Mesmo telefone %1:</translation>
    </message>
    <message>
        <source>Same e-mail %1:</source>
        <translation>Mesmo e-mail %1:</translation>
    </message>
    <message>
        <source>Same name &quot;%1&quot;:</source>
        <translation>Mesmo nome &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Nenhuma duplicata encontrada.</translation>
    </message>
    <message>
        <source>Unknown client command &quot;%1&quot;: use add, edit, delete, list, find, show, import, export, merge or duplicates.</source>
        <translation>Comando de cliente desconhecido &quot;%1&quot;: use add, edit, delete, list, find, show, import, export, merge ou duplicates.</translation>
    </message>
    <message>
        <source>  client add --name N [--phone P] [--email E] [--notes T] [--tag T]... [--vip [yes|no]]
       [--birthday YYYY-MM-DD|--MM-DD] [--preference whatsapp|sms|email|phone|none]
       [--consent [yes|no]]
  client edit --id ID [the same options] [--no-tags] [--no-vip] [--no-consent]
  client delete --id ID
  client list [--search TEXT] [--limit N]
  client find TEXT [--limit N]
  client show ID [--history N]  details, metrics and the last N appointments
  client import FILE [--dry-run] [--skip-invalid] [--skip-duplicates]
  client export [FILE] [--separator ,|;|tab] [--bom] [--excel]
  client merge DUPLICATE_ID SURVIVOR_ID
  client duplicates            clients with the same phone, e-mail or name
</source>
        <translation>  client add --name N [--phone T] [--email E] [--notes O] [--tag E]... [--vip [yes|no]]
       [--birthday AAAA-MM-DD|--MM-DD] [--preference whatsapp|sms|email|phone|none]
       [--consent [yes|no]]
  client edit --id ID [as mesmas opções] [--no-tags] [--no-vip] [--no-consent]
  client delete --id ID
  client list [--search TEXTO] [--limit N]
  client find TEXTO [--limit N]
  client show ID [--history N]  dados, indicadores e os últimos N agendamentos
  client import ARQUIVO [--dry-run] [--skip-invalid] [--skip-duplicates]
  client export [ARQUIVO] [--separator ,|;|tab] [--bom] [--excel]
  client merge ID_DUPLICATA ID_QUE_FICA
  client duplicates            clientes com o mesmo telefone, e-mail ou nome
</translation>
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
       [--demo]                a demo salon: staff, services, this week&apos;s agenda, sales
%1%2  export [--output FILE]     the whole logical state, canonical JSON
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

  balcaoctl --version        print the version
</source>
        <translation>Uso: balcaoctl COMANDO [opções]

Comandos:
  init --db CAMINHO --business NOME --location NOME --timezone FUSO --currency CÓDIGO
       [--locale pt_BR] [--device NOME] [--admin-login LOGIN --admin-password-file ARQUIVO]
       [--demo]                um salão de demonstração: equipe, serviços, a agenda desta semana, vendas
%1%2  export [--output ARQUIVO]  todo o estado lógico, em JSON canônico
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

  balcaoctl --version        mostra a versão
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
    <name>Balcao::Ctl::CtlProductCommands</name>
    <message>
        <source>included</source>
        <translation>incluído</translation>
    </message>
    <message>
        <source>added</source>
        <translation>acrescido</translation>
    </message>
    <message>
        <source>A tax is either --added or --included.</source>
        <translation>Um imposto é --added ou --included, não os dois.</translation>
    </message>
    <message>
        <source>tax add needs --name and --rate.</source>
        <translation>tax add precisa de --name e --rate.</translation>
    </message>
    <message>
        <source>tax %1 needs the tax&apos;s name or id.</source>
        <translation>tax %1 precisa do nome ou id do imposto.</translation>
    </message>
    <message>
        <source>tax remove takes only the tax&apos;s name or id.</source>
        <translation>tax remove recebe só o nome ou id do imposto.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; removido.</translation>
    </message>
    <message>
        <source>%1 on hand</source>
        <translation>%1 em estoque</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inativo)</translation>
    </message>
    <message>
        <source>Each of --stock/--no-stock, --active/--inactive, --tax/--no-tax and --barcode/--no-barcodes is one or the other.</source>
        <translation>Cada par --stock/--no-stock, --active/--inactive, --tax/--no-tax e --barcode/--no-barcodes aceita uma opção ou a outra.</translation>
    </message>
    <message>
        <source>product %1 needs the product&apos;s id, barcode, SKU or name.</source>
        <translation>product %1 precisa do id, código de barras, SKU ou nome do produto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not keep stock.</source>
        <translation>&quot;%1&quot; não controla estoque.</translation>
    </message>
    <message>
        <source>%1: %2 on hand at %3</source>
        <translation>%1: %2 em estoque em %3</translation>
    </message>
    <message>
        <source>  %1: %2 on hand</source>
        <translation>  %1: %2 em estoque</translation>
    </message>
    <message>
        <source>  barcodes: %1</source>
        <translation>  códigos de barras: %1</translation>
    </message>
    <message>
        <source>stock movements needs a product.</source>
        <translation>stock movements precisa de um produto.</translation>
    </message>
    <message>
        <source>stock receive needs a product and a quantity.</source>
        <translation>stock receive precisa de um produto e uma quantidade.</translation>
    </message>
    <message>
        <source>stock %1 needs a product, a quantity and --reason.</source>
        <translation>stock %1 precisa de um produto, uma quantidade e --reason.</translation>
    </message>
    <message>
        <source>--lot, --expires and --cost go with stock receive.</source>
        <translation>--lot, --expires e --cost são usados com stock receive.</translation>
    </message>
    <message>
        <source>The quantity</source>
        <translation>A quantidade</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; não é uma data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>%1: %2 on hand</source>
        <translation>%1: %2 em estoque</translation>
    </message>
    <message>
        <source>Unknown tax command &quot;%1&quot;: use list, add, edit or remove.</source>
        <translation>Comando de imposto desconhecido &quot;%1&quot;: use list, add, edit ou remove.</translation>
    </message>
    <message>
        <source>Unknown product command &quot;%1&quot;: use list, show, add, edit, remove or stock.</source>
        <translation>Comando de produto desconhecido &quot;%1&quot;: use list, show, add, edit, remove ou stock.</translation>
    </message>
    <message>
        <source>Unknown stock command &quot;%1&quot;: use receive, count, write-off or movements.</source>
        <translation>Comando de estoque desconhecido &quot;%1&quot;: use receive, count, write-off ou movements.</translation>
    </message>
    <message>
        <source>  tax list | tax add --name N --rate 18 [--added]
  tax edit NAME|ID [--name N] [--rate 5.25] [--added|--included] | tax remove NAME|ID
  product list [--search TEXT] [--limit N] [--all]
  product show CODE | product stock CODE | product remove CODE
  product add --name N [--sku S] [--barcode B]... [--price 45.90] [--cost 20.00]
       [--category C] [--description D] [--tax NAME|ID] [--no-stock] [--inactive]
  product edit CODE [the same options] [--no-barcodes] [--no-tax] [--stock] [--active]
  stock receive CODE QTY [--lot L] [--expires YYYY-MM-DD] [--cost 20.00] [--reason R]
  stock count CODE COUNTED --reason R | stock write-off CODE QTY --reason R
  stock movements CODE [--limit 50]
       CODE is a product&apos;s id, barcode, SKU or exact name
</source>
        <translation>  tax list | tax add --name N --rate 18 [--added]
  tax edit NOME|ID [--name N] [--rate 5.25] [--added|--included] | tax remove NOME|ID
  product list [--search TEXTO] [--limit N] [--all]
  product show CÓDIGO | product stock CÓDIGO | product remove CÓDIGO
  product add --name N [--sku S] [--barcode B]... [--price 45.90] [--cost 20.00]
       [--category C] [--description D] [--tax NOME|ID] [--no-stock] [--inactive]
  product edit CÓDIGO [as mesmas opções] [--no-barcodes] [--no-tax] [--stock] [--active]
  stock receive CÓDIGO QTD [--lot L] [--expires AAAA-MM-DD] [--cost 20.00] [--reason M]
  stock count CÓDIGO CONTADO --reason M | stock write-off CÓDIGO QTD --reason M
  stock movements CÓDIGO [--limit 50]
       CÓDIGO é o id, código de barras, SKU ou nome exato de um produto
</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlReceiptCommands</name>
    <message>
        <source>receipt needs &quot;sale&quot; or &quot;return&quot; and the document&apos;s number.</source>
        <translation>receipt precisa de &quot;sale&quot; ou &quot;return&quot; e do número do documento.</translation>
    </message>
    <message>
        <source>--paper is 58 or 80 (millimetres), not &quot;%1&quot;.</source>
        <translation>--paper é 58 ou 80 (milímetros), não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--printer is HOST or HOST:PORT, not &quot;%1&quot;.</source>
        <translation>--printer é HOST ou HOST:PORTA, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>PDF written to %1.</source>
        <translation>PDF gravado em %1.</translation>
    </message>
    <message>
        <source>ESC/POS bytes written to %1.</source>
        <translation>Bytes ESC/POS gravados em %1.</translation>
    </message>
    <message>
        <source>Sent to the printer at %1.</source>
        <translation>Enviado para a impressora em %1.</translation>
    </message>
    <message>
        <source>E-mail to %1 queued in the outbox.</source>
        <translation>E-mail para %1 colocado na fila de envio.</translation>
    </message>
    <message>
        <source>  receipt sale|return NUMBER [--reprint] [--paper 58|80]   the receipt as text
       [--pdf FILE] [--escpos FILE] [--printer HOST[:PORT]] [--no-drawer]
       [--email ADDRESS]   (queued in the outbox; the server sends it)
</source>
        <translation>  receipt sale|return NÚMERO [--reprint] [--paper 58|80]   o comprovante em texto
       [--pdf ARQUIVO] [--escpos ARQUIVO] [--printer HOST[:PORTA]] [--no-drawer]
       [--email ENDEREÇO]   (vai para a fila de envio; o servidor envia)
</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlReturnCommands</name>
    <message>
        <source>&quot;%1&quot; is not a line to return: use LINE:QTY, LINE:QTY:damaged or LINE:QTY:damaged:REASON.</source>
        <translation>&quot;%1&quot; não é um item a devolver: use ITEM:QTD, ITEM:QTD:damaged ou ITEM:QTD:damaged:MOTIVO.</translation>
    </message>
    <message>
        <source>The quantity</source>
        <translation>A quantidade</translation>
    </message>
    <message>
        <source>The line</source>
        <translation>O item</translation>
    </message>
    <message>
        <source>--to is original or credit, not &quot;%1&quot;.</source>
        <translation>--to é original ou credit, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>return create needs --sale NUMBER with --line LINE:QTY, or --product CODE:QTY without a receipt.</source>
        <translation>return create precisa de --sale NÚMERO com --line ITEM:QTD, ou --product CÓDIGO:QTD sem cupom.</translation>
    </message>
    <message>
        <source>return list needs --sale NUMBER.</source>
        <translation>return list precisa de --sale NÚMERO.</translation>
    </message>
    <message>
        <source>return show needs the return&apos;s number or id.</source>
        <translation>return show precisa do número ou id da devolução.</translation>
    </message>
    <message>
        <source>Unknown return command &quot;%1&quot;: use create, list or show.</source>
        <translation>Comando de devolução desconhecido &quot;%1&quot;: use create, list ou show.</translation>
    </message>
    <message>
        <source>exchange needs --sale NUMBER, --back LINE:QTY and what is taken instead (--line CODE).</source>
        <translation>exchange precisa de --sale NÚMERO, --back ITEM:QTD e do que é levado no lugar (--line CÓDIGO).</translation>
    </message>
    <message>
        <source>The client paid %1 more.</source>
        <translation>O cliente pagou %1 a mais.</translation>
    </message>
    <message>
        <source>The client got %1 back.</source>
        <translation>O cliente recebeu %1 de volta.</translation>
    </message>
    <message>
        <source>New items %1, of which the refund pays %2.</source>
        <translation>Itens novos %1, dos quais o reembolso paga %2.</translation>
    </message>
    <message>
        <source>The client would get %1 back.</source>
        <translation>O cliente receberia %1 de volta.</translation>
    </message>
    <message>
        <source>Even exchange: nobody would pay anything.</source>
        <translation>Troca sem diferença: ninguém pagaria nada.</translation>
    </message>
    <message>
        <source>The client would pay %1.</source>
        <translation>O cliente pagaria %1.</translation>
    </message>
    <message>
        <source>  return create --sale NUMBER --line LINE:QTY[:damaged[:REASON]]... [--to original|credit]
       [--reason T] [--drawer NAME|ID] [--user LOGIN]
  return create --product CODE:QTY[:damaged[:REASON]]... [--client ID|PHONE]
       [--to original|credit] --approved-by LOGIN --approver-password-file FILE
  return list --sale NUMBER | return show NUMBER|ID
  exchange --sale NUMBER --back LINE:QTY[:damaged[:REASON]]... --line CODE[:QTY][@PRICE]...
       [--pay ...] [--to original|credit] [the other options of sale create]
       [--preview]   what it would settle to, without writing anything
       LINE is the line&apos;s position on the receipt (from 1) or its id
</source>
        <translation>  return create --sale NÚMERO --line ITEM:QTD[:damaged[:MOTIVO]]... [--to original|credit]
       [--reason T] [--drawer NOME|ID] [--user LOGIN]
  return create --product CÓDIGO:QTD[:damaged[:MOTIVO]]... [--client ID|TELEFONE]
       [--to original|credit] --approved-by LOGIN --approver-password-file ARQUIVO
  return list --sale NÚMERO | return show NÚMERO|ID
  exchange --sale NÚMERO --back ITEM:QTD[:damaged[:MOTIVO]]... --line CÓDIGO[:QTD][@PREÇO]...
       [--pay ...] [--to original|credit] [as demais opções de sale create]
       [--preview]   como ficaria o acerto, sem gravar nada
       ITEM é a posição do item no cupom (a partir de 1) ou o seu id
</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlSaleOutput</name>
    <message>
        <source>%1. %2  %3 × %4  %5</source>
        <translation>%1. %2  %3 × %4  %5</translation>
    </message>
    <message>
        <source>  (discount %1)</source>
        <translation>  (desconto %1)</translation>
    </message>
    <message>
        <source> (handed %1, change %2)</source>
        <translation> (entregue %1, troco %2)</translation>
    </message>
    <message>
        <source>Sale %1  %2</source>
        <translation>Venda %1  %2</translation>
    </message>
    <message>
        <source>Sale %1  %2  %3</source>
        <translation>Venda %1  %2  %3</translation>
    </message>
    <message>
        <source>Total %1 (discounts %2, tax %3, tip %4)</source>
        <translation>Total %1 (descontos %2, impostos %3, gorjeta %4)</translation>
    </message>
    <message>
        <source>Left due on the client&apos;s account: %1</source>
        <translation>Deixado em aberto na conta do cliente: %1</translation>
    </message>
    <message>
        <source>Return %1  %2  refunded %3</source>
        <translation>Devolução %1  %2  reembolsado %3</translation>
    </message>
    <message>
        <source>Return %1  %2  refund %3</source>
        <translation>Devolução %1  %2  reembolso %3</translation>
    </message>
    <message>
        <source>  %1 × %2  %3%4</source>
        <translation>  %1 × %2  %3%4</translation>
    </message>
    <message>
        <source>  (damaged)</source>
        <translation>  (com defeito)</translation>
    </message>
    <message>
        <source>A manager must approve a discount of %1 % (the limit is %2 %).</source>
        <translation>Um gerente precisa aprovar um desconto de %1 % (o limite é %2 %).</translation>
    </message>
    <message>
        <source>Not enough in stock: %1 (%2 on hand, %3 wanted).</source>
        <translation>Estoque insuficiente: %1 (%2 em estoque, %3 pedidos).</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlSalesCommands</name>
    <message>
        <source>A sale needs at least one --line, --gift-card or --appointment.</source>
        <translation>Uma venda precisa de pelo menos um --line, --gift-card ou --appointment.</translation>
    </message>
    <message>
        <source>--method is one of cash, card, pix, credit, giftcard, account or exchange.</source>
        <translation>--method é cash, card, pix, credit, giftcard, account ou exchange.</translation>
    </message>
    <message>
        <source>sale show needs the sale&apos;s number or id.</source>
        <translation>sale show precisa do número ou id da venda.</translation>
    </message>
    <message>
        <source>Unknown sale command &quot;%1&quot;: use create, review, list or show.</source>
        <translation>Comando de venda desconhecido &quot;%1&quot;: use create, review, list ou show.</translation>
    </message>
    <message>
        <source>  sale create --line CODE[:QTY][@PRICE]... [--line service:NAME[:STAFF][@PRICE]]
       [--gift-card CODE:AMOUNT]... [--appointment ID] [--client ID|PHONE]
       [--discount 10%|5.00] [--line-discount N:10%]... [--tip 5.00 [--tip-staff S]]
       [--pay cash:100.00|card:45.90:AUTH|pix:20.00|credit:10.00|giftcard:CODE:10.00]...
       [--leave-due] [--drawer NAME|ID] [--notes T] [--user LOGIN]
       [--approved-by LOGIN --approver-password-file FILE]
  sale review [the same options]   totals, approval and stock, writes nothing
  sale list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--client ID|PHONE] [--method M]
       [--search TEXT] [--limit 50] [--all-locations]
  sale show NUMBER|ID
</source>
        <translation>  sale create --line CÓDIGO[:QTD][@PREÇO]... [--line service:NOME[:PROFISSIONAL][@PREÇO]]
       [--gift-card CÓDIGO:VALOR]... [--appointment ID] [--client ID|TELEFONE]
       [--discount 10%|5.00] [--line-discount N:10%]... [--tip 5.00 [--tip-staff P]]
       [--pay cash:100.00|card:45.90:AUT|pix:20.00|credit:10.00|giftcard:CÓDIGO:10.00]...
       [--leave-due] [--drawer NOME|ID] [--notes T] [--user LOGIN]
       [--approved-by LOGIN --approver-password-file ARQUIVO]
  sale review [as mesmas opções]   totais, aprovação e estoque, sem gravar nada
  sale list [--from AAAA-MM-DD] [--to AAAA-MM-DD] [--client ID|TELEFONE] [--method M]
       [--search TEXTO] [--limit 50] [--all-locations]
  sale show NÚMERO|ID
</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlSchedulingCommands</name>
    <message>
        <source>Unknown service command &quot;%1&quot;: use list, add, edit or delete.</source>
        <translation>Comando de serviço desconhecido &quot;%1&quot;: use list, add, edit ou delete.</translation>
    </message>
    <message>
        <source>Unknown staff command &quot;%1&quot;: use list, add, hours or time-off.</source>
        <translation>Comando de equipe desconhecido &quot;%1&quot;: use list, add, hours ou time-off.</translation>
    </message>
    <message>
        <source>Unknown appointment command &quot;%1&quot;: use book, move, resize, cancel, status, list or show.</source>
        <translation>Comando de agendamento desconhecido &quot;%1&quot;: use book, move, resize, cancel, status, list ou show.</translation>
    </message>
    <message>
        <source>availability needs --service.</source>
        <translation>availability precisa de --service.</translation>
    </message>
    <message>
        <source>No free time for &quot;%1&quot; in those days.</source>
        <translation>Nenhum horário livre para &quot;%1&quot; nesses dias.</translation>
    </message>
    <message>
        <source>There is no staff member called &quot;%1&quot;.</source>
        <translation>Não há profissional chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 deve ser um número inteiro, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; não é uma data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM).</source>
        <translation>&quot;%1&quot; não é uma data e hora (AAAA-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time span like 09:00-12:00.</source>
        <translation>&quot;%1&quot; não é um intervalo de horário como 09:00-12:00.</translation>
    </message>
    <message>
        <source>(walk-in)</source>
        <translation>(sem cadastro)</translation>
    </message>
    <message>
        <source>	(inactive)</source>
        <translation>	(inativo)</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; excluído.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; (%2).</source>
        <translation>&quot;%1&quot; salvo (%2).</translation>
    </message>
    <message>
        <source>staff add needs --name.</source>
        <translation>staff add precisa de --name.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 adicionado(a) (%2).</translation>
    </message>
    <message>
        <source>staff hours needs --staff and either --weekday N or --date YYYY-MM-DD, with --hours SPANS, --off or --clear.</source>
        <translation>staff hours precisa de --staff e de --weekday N ou --date AAAA-MM-DD, com --hours INTERVALOS, --off ou --clear.</translation>
    </message>
    <message>
        <source>Hours saved for %1.</source>
        <translation>Horários salvos para %1.</translation>
    </message>
    <message>
        <source>staff time-off needs --staff, --from and --to.</source>
        <translation>staff time-off precisa de --staff, --from e --to.</translation>
    </message>
    <message>
        <source>Time off saved (%1).</source>
        <translation>Ausência salva (%1).</translation>
    </message>
    <message>
        <source>There is no user with the login &quot;%1&quot;.</source>
        <translation>Não há usuário com o login &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>appointment book needs --service and --start.</source>
        <translation>appointment book precisa de --service e --start.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client id.</source>
        <translation>&quot;%1&quot; não é um id de cliente.</translation>
    </message>
    <message>
        <source>appointment move needs --start and/or --staff.</source>
        <translation>appointment move precisa de --start e/ou --staff.</translation>
    </message>
    <message>
        <source>appointment resize needs --end.</source>
        <translation>appointment resize precisa de --end.</translation>
    </message>
    <message>
        <source>appointment status needs --status booked, confirmed, checked_in, completed or no_show.</source>
        <translation>appointment status precisa de --status booked, confirmed, checked_in, completed ou no_show.</translation>
    </message>
    <message>
        <source>--days must be 1 to 366.</source>
        <translation>--days deve ser de 1 a 366.</translation>
    </message>
    <message>
        <source>Give either --client or the new client&apos;s --new-client-name, not both.</source>
        <translation>Informe --client ou o --new-client-name do novo cliente, não os dois.</translation>
    </message>
    <message>
        <source>--new-client-phone and --new-client-email need --new-client-name.</source>
        <translation>--new-client-phone e --new-client-email precisam de --new-client-name.</translation>
    </message>
    <message>
        <source>  service list [--all]
  service add --name N --duration MIN [--price 80.00] [--category NAME] [--kind K]
       [--buffer-before MIN] [--buffer-after MIN] [--resource-kind K] [--staff A,B]
  service edit ID|NAME [the same options] [--active|--inactive]
  service delete ID|NAME
  staff list | staff add --name N [--location ID]
  staff hours --staff S (--weekday 1-7 | --date YYYY-MM-DD)
       (--hours &quot;09:00-18:00,break 12:00-13:00&quot; | --off | --clear)
  staff time-off --staff S --from YYYY-MM-DDTHH:MM --to YYYY-MM-DDTHH:MM [--reason R]
  appointment book --service S[,S2] --start YYYY-MM-DDTHH:MM [--staff S]
       [--client ID | --new-client-name N [--new-client-phone P] [--new-client-email E]]
       [--source front_desk|phone|walk_in|online] [--notes T]
       [--repeat-weeks N (--until YYYY-MM-DD | --times N)] [--override-by LOGIN]
  appointment move ID [--start T] [--staff S] [--following] [--override-by LOGIN]
  appointment resize ID --end T | cancel ID --reason R [--following]
  appointment status ID --status confirmed|checked_in|completed|no_show|booked
  appointment list [--from YYYY-MM-DD] [--days N] | appointment show ID
  availability --service S [--staff S] [--from YYYY-MM-DD] [--days 7] [--step 15] [--next]
</source>
        <translation>  service list [--all]
  service add --name N --duration MIN [--price 80.00] [--category NOME] [--kind T]
       [--buffer-before MIN] [--buffer-after MIN] [--resource-kind T] [--staff A,B]
  service edit ID|NOME [as mesmas opções] [--active|--inactive]
  service delete ID|NOME
  staff list | staff add --name N [--location ID]
  staff hours --staff P (--weekday 1-7 | --date AAAA-MM-DD)
       (--hours &quot;09:00-18:00,break 12:00-13:00&quot; | --off | --clear)
  staff time-off --staff P --from AAAA-MM-DDTHH:MM --to AAAA-MM-DDTHH:MM [--reason M]
  appointment book --service S[,S2] --start AAAA-MM-DDTHH:MM [--staff P]
       [--client ID | --new-client-name N [--new-client-phone T] [--new-client-email E]]
       [--source front_desk|phone|walk_in|online] [--notes O]
       [--repeat-weeks N (--until AAAA-MM-DD | --times N)] [--override-by LOGIN]
  appointment move ID [--start H] [--staff P] [--following] [--override-by LOGIN]
  appointment resize ID --end H | cancel ID --reason M [--following]
  appointment status ID --status confirmed|checked_in|completed|no_show|booked
  appointment list [--from AAAA-MM-DD] [--days N] | appointment show ID
  availability --service S [--staff P] [--from AAAA-MM-DD] [--days 7] [--step 15] [--next]
</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlShiftCommands</name>
    <message>
        <source>%1  opened %2 with %3  %4</source>
        <translation>%1  aberto em %2 com %3  %4</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>fechado em %1</translation>
    </message>
    <message>
        <source>X report (shift open)</source>
        <translation>Relatório X (turno aberto)</translation>
    </message>
    <message>
        <source>Z report (shift closed)</source>
        <translation>Relatório Z (turno fechado)</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fundo de troco</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Vendas em dinheiro</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Reembolsos em dinheiro</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Suprimentos</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Sangrias</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Esperado no caixa</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Sobra</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>  %1 sales (%2), %3 returns (%4)</source>
        <translation>  %1 vendas (%2), %3 devoluções (%4)</translation>
    </message>
    <message>
        <source>No shift is open on that drawer; start one with &quot;balcaoctl shift open --float AMOUNT&quot;.</source>
        <translation>Nenhum turno está aberto nesse caixa; abra um com &quot;balcaoctl shift open --float VALOR&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count: use DENOMINATION=HOW_MANY, such as 200=1,100=2,0.50=3.</source>
        <translation>&quot;%1&quot; não é uma contagem: use VALOR=QUANTIDADE, como 200=1,100=2,0.50=3.</translation>
    </message>
    <message>
        <source>shift open needs --float AMOUNT (0 for none).</source>
        <translation>shift open precisa de --float VALOR (0 se não houver).</translation>
    </message>
    <message>
        <source>shift in needs an amount and --reason.</source>
        <translation>shift in precisa de um valor e de --reason.</translation>
    </message>
    <message>
        <source>shift out needs an amount and --reason.</source>
        <translation>shift out precisa de um valor e de --reason.</translation>
    </message>
    <message>
        <source>%1 put in the drawer: %2</source>
        <translation>%1 colocado no caixa: %2</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer: %2</source>
        <translation>%1 retirado do caixa: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shift id.</source>
        <translation>&quot;%1&quot; não é um id de turno.</translation>
    </message>
    <message>
        <source>shift close needs the count: --count 200=1,100=2,0.50=3 (notes and coins = how many).</source>
        <translation>shift close precisa da contagem: --count 200=1,100=2,0.50=3 (notas e moedas = quantidade).</translation>
    </message>
    <message>
        <source>Unknown shift command &quot;%1&quot;: use open, in, out, report, close or list.</source>
        <translation>Comando de turno desconhecido &quot;%1&quot;: use open, in, out, report, close ou list.</translation>
    </message>
    <message>
        <source>Unknown drawer command &quot;%1&quot;: use list or add.</source>
        <translation>Comando de caixa desconhecido &quot;%1&quot;: use list ou add.</translation>
    </message>
    <message>
        <source>drawer add needs the drawer&apos;s name.</source>
        <translation>drawer add precisa do nome do caixa.</translation>
    </message>
    <message>
        <source>Drawer &quot;%1&quot; (%2).</source>
        <translation>Caixa &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>  drawer list | drawer add NAME
  shift open [--drawer NAME|ID] --float 100.00 [--user LOGIN]
  shift in AMOUNT --reason R | shift out AMOUNT --reason R   [--drawer NAME|ID]
  shift report [--shift ID] [--drawer NAME|ID]   X report while open, Z when closed
  shift close --count 200=1,100=2,0.50=3... [--note T] [--drawer NAME|ID]
  shift list [--drawer NAME|ID] [--limit 20]
</source>
        <translation>  drawer list | drawer add NOME
  shift open [--drawer NOME|ID] --float 100.00 [--user LOGIN]
  shift in VALOR --reason M | shift out VALOR --reason M   [--drawer NOME|ID]
  shift report [--shift ID] [--drawer NOME|ID]   relatório X se aberto, Z se fechado
  shift close --count 200=1,100=2,0.50=3... [--note T] [--drawer NOME|ID]
  shift list [--drawer NOME|ID] [--limit 20]
</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlShop</name>
    <message>
        <source>&quot;%1&quot; is not a percentage (such as 18, 5.25 or 10%).</source>
        <translation>&quot;%1&quot; não é uma porcentagem (como 18, 5.25 ou 10%).</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 precisa ser um número inteiro de %2 a %3, não &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; não é uma data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>There is no client with the id or phone &quot;%1&quot;.</source>
        <translation>Não existe cliente com o id ou telefone &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 clients have the phone %2; give the client&apos;s id instead.</source>
        <translation>%1 clientes têm o telefone %2; informe o id do cliente.</translation>
    </message>
    <message>
        <source>There is no cash drawer called &quot;%1&quot; at %2.</source>
        <translation>Não existe caixa chamado &quot;%1&quot; em %2.</translation>
    </message>
    <message>
        <source>There is no active user with the login &quot;%1&quot;.</source>
        <translation>Não existe usuário ativo com o login &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no staff member called &quot;%1&quot;.</source>
        <translation>Não existe profissional chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment: use cash:100.00, card:45.90:AUTHCODE, pix:20.00, credit:10.00 or giftcard:CODE:10.00.</source>
        <translation>&quot;%1&quot; não é um pagamento: use cash:100.00, card:45.90:AUTORIZAÇÃO, pix:20.00, credit:10.00 ou giftcard:CÓDIGO:10.00.</translation>
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
    <name>Balcao::DateJumpDialog</name>
    <message>
        <source>Go to date</source>
        <translation>Ir para a data</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Balcao::DestructiveConfirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
    <name>Balcao::DiscountDialog</name>
    <message>
        <source>&amp;Discount</source>
        <translation>&amp;Desconto</translation>
    </message>
    <message>
        <source>An amount (5) or a percentage (10%). Empty removes the discount.</source>
        <translation>Um valor (5) ou uma porcentagem (10%). Vazio remove o desconto.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
</context>
<context>
    <name>Balcao::DiscountText</name>
    <message>
        <source>&quot;%1&quot; is not a discount: type an amount (5) or a percentage (10%).</source>
        <translation>&quot;%1&quot; não é um desconto: digite um valor (5) ou uma porcentagem (10%).</translation>
    </message>
</context>
<context>
    <name>Balcao::DuePayment</name>
    <message>
        <source>Say how the client pays.</source>
        <translation>Diga como o cliente paga.</translation>
    </message>
    <message>
        <source>What is owed is paid in cash, by card or by PIX.</source>
        <translation>O valor em aberto é pago em dinheiro, cartão ou PIX.</translation>
    </message>
    <message>
        <source>Type the card terminal&apos;s authorisation code.</source>
        <translation>Digite o código de autorização da maquininha.</translation>
    </message>
    <message>
        <source>The client owes nothing.</source>
        <translation>O cliente não deve nada.</translation>
    </message>
    <message>
        <source>Open the cash drawer (start a shift) before taking cash.</source>
        <translation>Abra o caixa (inicie um turno) antes de receber em dinheiro.</translation>
    </message>
</context>
<context>
    <name>Balcao::DuePaymentDialog</name>
    <message>
        <source>Card terminal&apos;s &amp;authorisation code</source>
        <translation>Código de &amp;autorização da maquininha</translation>
    </message>
    <message>
        <source>Receive what is owed</source>
        <translation>Receber o que deve</translation>
    </message>
    <message>
        <source>%1 owes</source>
        <translation>%1 deve</translation>
    </message>
    <message>
        <source>PIX QR code</source>
        <translation>QR code PIX</translation>
    </message>
    <message>
        <source>PIX copy and paste code</source>
        <translation>Código PIX copia e cola</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Forma</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Receber</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Troco: %1</translation>
    </message>
    <message>
        <source>Still owed after this: %1</source>
        <translation>Ainda deve depois deste: %1</translation>
    </message>
    <message>
        <source>Pays off everything owed.</source>
        <translation>Quita tudo o que deve.</translation>
    </message>
    <message>
        <source>PIX is not set up yet: a manager or an admin sets it up in File ▸ Checkout settings. Until then, take another method.</source>
        <translation>O PIX ainda não está configurado: um gerente ou administrador o configura em Arquivo ▸ Configurações do caixa. Até lá, use outra forma de pagamento.</translation>
    </message>
    <message>
        <source>Type the amount to charge by PIX.</source>
        <translation>Digite o valor a cobrar por PIX.</translation>
    </message>
    <message>
        <source>The client scans the code in their bank&apos;s app and pays %1. When the payment shows in the business&apos;s account, press Enter.</source>
        <translation>O cliente lê o código no app do banco e paga %1. Quando o pagamento aparecer na conta do negócio, pressione Enter.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <name>Balcao::EmvTlv</name>
    <message>
        <source>The code ends in the middle of a field, at character %1.</source>
        <translation>O código termina no meio de um campo, no caractere %1.</translation>
    </message>
    <message>
        <source>The code is damaged: &quot;%1&quot; at character %2 is not a field number and length.</source>
        <translation>O código está danificado: &quot;%1&quot; no caractere %2 não é um número de campo e tamanho.</translation>
    </message>
    <message>
        <source>The code is damaged: field %1 says it has %2 characters, but only %3 follow.</source>
        <translation>O código está danificado: o campo %1 diz ter %2 caracteres, mas só seguem %3.</translation>
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
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Balcao::EnrolmentFields</name>
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
</context>
<context>
    <name>Balcao::EscPosPrinter</name>
    <message>
        <source>Could not open %1 to print: %2</source>
        <translation>Não foi possível abrir %1 para imprimir: %2</translation>
    </message>
    <message>
        <source>Could not write the receipt to %1: %2</source>
        <translation>Não foi possível gravar o comprovante em %1: %2</translation>
    </message>
    <message>
        <source>The printer is still printing the last receipt.</source>
        <translation>A impressora ainda está imprimindo o último comprovante.</translation>
    </message>
    <message>
        <source>No receipt printer is set up on this terminal.</source>
        <translation>Nenhuma impressora de comprovantes está configurada neste terminal.</translation>
    </message>
    <message>
        <source>The printer at %1 closed the connection before the receipt was sent.</source>
        <translation>A impressora em %1 fechou a conexão antes de o comprovante ser enviado.</translation>
    </message>
    <message>
        <source>The printer at %1 refused the connection. Check that it is on and that the port is right (usually 9100).</source>
        <translation>A impressora em %1 recusou a conexão. Verifique se ela está ligada e se a porta está certa (geralmente 9100).</translation>
    </message>
    <message>
        <source>There is no printer called %1 on the network. Check the address.</source>
        <translation>Não há impressora chamada %1 na rede. Verifique o endereço.</translation>
    </message>
    <message>
        <source>The printer at %1 cannot be reached (%2). Check the network and the address.</source>
        <translation>Não foi possível alcançar a impressora em %1 (%2). Verifique a rede e o endereço.</translation>
    </message>
    <message>
        <source>The printer at %1 did not answer within %2 seconds. Check that it is on and on the network.</source>
        <translation>A impressora em %1 não respondeu em %2 segundos. Verifique se ela está ligada e na rede.</translation>
    </message>
    <message>
        <source>The printer at %1 stopped taking the receipt. Check its paper and its cover.</source>
        <translation>A impressora em %1 parou de receber o comprovante. Verifique o papel e a tampa.</translation>
    </message>
</context>
<context>
    <name>Balcao::ExchangeCartModel</name>
    <message>
        <source>New item</source>
        <translation>Item novo</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Balcao::ExchangePanel</name>
    <message>
        <source>What the client takes instead</source>
        <translation>O que o cliente leva no lugar</translation>
    </message>
    <message>
        <source>Add an &amp;item</source>
        <translation>Adicionar um &amp;item</translation>
    </message>
    <message>
        <source>Type a name or SKU, or scan the barcode</source>
        <translation>Digite um nome ou SKU, ou leia o código de barras</translation>
    </message>
    <message>
        <source>New items (Delete removes one)</source>
        <translation>Itens novos (Delete remove um)</translation>
    </message>
</context>
<context>
    <name>Balcao::ExchangeService</name>
    <message>
        <source>A return without receipt needs a manager&apos;s approval.</source>
        <translation>Uma devolução sem cupom precisa da aprovação de um gerente.</translation>
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
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
</context>
<context>
    <name>Balcao::GiftCardSaleDialog</name>
    <message>
        <source>Gift card</source>
        <translation>Vale-presente</translation>
    </message>
    <message>
        <source>Scan or type the code on the card</source>
        <translation>Leia ou digite o código do cartão</translation>
    </message>
    <message>
        <source>Sell a new gift card, or add to one a client already has. The amount is loaded when the sale is paid.</source>
        <translation>Venda um vale-presente novo ou carregue um que o cliente já tem. O valor é carregado quando a venda é paga.</translation>
    </message>
    <message>
        <source>Card &amp;code</source>
        <translation>&amp;Código do cartão</translation>
    </message>
    <message>
        <source>&amp;Amount to load</source>
        <translation>&amp;Valor a carregar</translation>
    </message>
    <message>
        <source>&amp;Add to the sale</source>
        <translation>&amp;Adicionar à venda</translation>
    </message>
    <message>
        <source>A new card.</source>
        <translation>Um cartão novo.</translation>
    </message>
    <message>
        <source>This card holds %1; the amount is added to it.</source>
        <translation>Este cartão tem %1; o valor é somado a ele.</translation>
    </message>
</context>
<context>
    <name>Balcao::GiftCards</name>
    <message>
        <source>A gift card code has only letters and digits.</source>
        <translation>O código de um vale-presente tem só letras e dígitos.</translation>
    </message>
    <message>
        <source>A gift card code has %1 to %2 letters and digits.</source>
        <translation>O código de um vale-presente tem de %1 a %2 letras e dígitos.</translation>
    </message>
    <message>
        <source>There is no gift card %1.</source>
        <translation>Não existe o vale-presente %1.</translation>
    </message>
    <message>
        <source>The gift card %1 is in %2.</source>
        <translation>O vale-presente %1 está em %2.</translation>
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
    <name>Balcao::JoinBusinessPage</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept on this computer.</source>
        <translation>Cancelado. Nada ficou guardado neste computador.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Conectando ao servidor…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving the business&apos;s data: %Ln record(s) so far…</source>
        <translation>
            <numerusform>Recebendo os dados da empresa: %Ln registro até agora…</numerusform>
            <numerusform>Recebendo os dados da empresa: %Ln registros até agora…</numerusform>
        </translation>
    </message>
    <message>
        <source>Catching up with the latest changes…</source>
        <translation>Recebendo as alterações mais recentes…</translation>
    </message>
    <message>
        <source>Creating this computer&apos;s encrypted database…</source>
        <translation>Criando o banco de dados criptografado deste computador…</translation>
    </message>
    <message>
        <source>Join an existing business</source>
        <translation>Entrar em uma empresa já existente</translation>
    </message>
    <message>
        <source>This computer becomes one more terminal of a business that already uses a sync server, and receives its clients, team and settings. Ask your administrator for the server address and a one-time enrolment code.</source>
        <translation>Este computador passa a ser mais um terminal de uma empresa que já usa um servidor de sincronização e recebe os clientes, a equipe e as configurações dela. Peça ao administrador o endereço do servidor e um código de inscrição de uso único.</translation>
    </message>
    <message>
        <source>&amp;Join business</source>
        <translation>E&amp;ntrar na empresa</translation>
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
    <name>Balcao::LocalMeta</name>
    <message>
        <source>Could not read this terminal&apos;s own setting %1: %2</source>
        <translation>Não foi possível ler a configuração %1 deste terminal: %2</translation>
    </message>
    <message>
        <source>Could not save this terminal&apos;s own setting %1: %2</source>
        <translation>Não foi possível salvar a configuração %1 deste terminal: %2</translation>
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
        <source>Could not record the clock: %1</source>
        <translation>Não foi possível registrar o relógio: %1</translation>
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
        <source>&amp;Connect to server…</source>
        <translation>&amp;Conectar ao servidor…</translation>
    </message>
    <message>
        <source>The selected client&apos;s page (history and metrics)</source>
        <translation>A página do cliente selecionado (histórico e indicadores)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Setas</translation>
    </message>
    <message>
        <source>Move between slots, staff and days</source>
        <translation>Mover entre horários, profissionais e dias</translation>
    </message>
    <message>
        <source>Alt+Arrows</source>
        <translation>Alt+Setas</translation>
    </message>
    <message>
        <source>Move the selected appointment</source>
        <translation>Mover o agendamento selecionado</translation>
    </message>
    <message>
        <source>Alt+Shift+Up/Down</source>
        <translation>Alt+Shift+Cima/Baixo</translation>
    </message>
    <message>
        <source>Make the selected appointment shorter/longer</source>
        <translation>Encurtar/alongar o agendamento selecionado</translation>
    </message>
    <message>
        <source>Ctrl+Left/Right</source>
        <translation>Ctrl+Esquerda/Direita</translation>
    </message>
    <message>
        <source>Previous / next day or week</source>
        <translation>Dia ou semana anterior / seguinte</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Day / week view</source>
        <translation>Visão de dia / semana</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>Ir para uma data</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Novo agendamento</translation>
    </message>
    <message>
        <source>Open the selected appointment (or book the empty slot)</source>
        <translation>Abrir o agendamento selecionado (ou agendar no horário vazio)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Cancel the selected appointment (asks a reason)</source>
        <translation>Cancelar o agendamento selecionado (pede um motivo)</translation>
    </message>
    <message>
        <source>&amp;Receipt printer…</source>
        <translation>&amp;Impressora de comprovantes…</translation>
    </message>
    <message>
        <source>the checkout settings</source>
        <translation>as configurações do caixa</translation>
    </message>
    <message>
        <source>Checkout &amp;settings…</source>
        <translation>Configurações do &amp;caixa…</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Search sales (type or scan a receipt number)</source>
        <translation>Buscar vendas (digite ou leia o número de um comprovante)</translation>
    </message>
    <message>
        <source>Down, arrows</source>
        <translation>Seta para baixo, setas</translation>
    </message>
    <message>
        <source>Go through the sales; the selected one shows</source>
        <translation>Percorrer as vendas; a selecionada aparece</translation>
    </message>
    <message>
        <source>To the sale&apos;s actions (Return, Reprint…)</source>
        <translation>Para as ações da venda (Devolução, 2ª via…)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Search products (or scan a barcode)</source>
        <translation>Buscar produtos (ou ler um código de barras)</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Novo produto</translation>
    </message>
    <message>
        <source>Save the product</source>
        <translation>Salvar o produto</translation>
    </message>
    <message>
        <source>&amp;Receipt…</source>
        <translation>&amp;Recibo…</translation>
    </message>
    <message>
        <source>Print the receipt again, save it as PDF or e-mail it</source>
        <translation>Imprimir o recibo de novo, salvá-lo em PDF ou enviá-lo por e-mail</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Undo / redo moves and resizes, one by one</source>
        <translation>Desfazer / refazer mudanças de horário e duração, uma a uma</translation>
    </message>
</context>
<context>
    <name>Balcao::ManagerApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Aprovação do gerente</translation>
    </message>
    <message>
        <source>A manager or an admin must approve booking over these warnings. The approval is recorded with their name.</source>
        <translation>Um gerente ou um administrador precisa aprovar o agendamento apesar destes avisos. A aprovação é registrada com o nome dele.</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;login</source>
        <translation>&amp;Login do gerente</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>&amp;Approve and save</source>
        <translation>&amp;Aprovar e salvar</translation>
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
    <message>
        <source>An amount has no currency, so it cannot be combined with another.</source>
        <translation>Um valor não tem moeda, por isso não pode ser combinado com outro.</translation>
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
    <name>Balcao::OpenShiftDialog</name>
    <message>
        <source>Open the cash drawer</source>
        <translation>Abrir a gaveta de dinheiro</translation>
    </message>
    <message>
        <source>Count the notes and coins put in %1 to start the day (the float).</source>
        <translation>Conte as cédulas e moedas colocadas em %1 para começar o dia (o fundo de troco).</translation>
    </message>
    <message>
        <source>&amp;Float</source>
        <translation>&amp;Fundo de troco</translation>
    </message>
    <message>
        <source>&amp;Open shift</source>
        <translation>&amp;Abrir turno</translation>
    </message>
</context>
<context>
    <name>Balcao::OpenShiftsCheck</name>
    <message>
        <source>&quot;%1&quot; is not a resolution of this conflict.</source>
        <translation>&quot;%1&quot; não é uma solução deste conflito.</translation>
    </message>
    <message>
        <source>Closed because another terminal had the same drawer open</source>
        <translation>Fechado porque outro terminal estava com o mesmo caixa aberto</translation>
    </message>
</context>
<context>
    <name>Balcao::OverReturnCheck</name>
    <message>
        <source>&quot;%1&quot; is not a resolution of this conflict.</source>
        <translation>&quot;%1&quot; não é uma solução deste conflito.</translation>
    </message>
    <message>
        <source>Returned twice on two terminals (sale %1)</source>
        <translation>Devolvido duas vezes em dois terminais (venda %1)</translation>
    </message>
    <message>
        <source>Refunded twice (sale %1)</source>
        <translation>Reembolsado duas vezes (venda %1)</translation>
    </message>
</context>
<context>
    <name>Balcao::OverrideFlow</name>
    <message>
        <source>Booking warnings</source>
        <translation>Avisos do agendamento</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the warnings below.</source>
        <translation>Nada foi alterado. Confira os avisos abaixo.</translation>
    </message>
    <message>
        <source>Book &amp;anyway (manager)…</source>
        <translation>Agendar &amp;mesmo assim (gerente)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
    <name>Balcao::PaymentAllocator</name>
    <message>
        <source>Cash</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>PIX</source>
        <translation>PIX</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Crédito na loja</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Vale-presente</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>Na conta do cliente</translation>
    </message>
    <message>
        <source>Exchange credit</source>
        <translation>Crédito de troca</translation>
    </message>
    <message>
        <source>A sale takes at most %1 payments.</source>
        <translation>Uma venda aceita no máximo %1 pagamentos.</translation>
    </message>
    <message>
        <source>Leave the rest on the client&apos;s account instead of paying &quot;on account&quot;.</source>
        <translation>Deixe o restante na conta do cliente em vez de pagar &quot;na conta&quot;.</translation>
    </message>
    <message>
        <source>Each payment must be more than zero (%1).</source>
        <translation>Cada pagamento precisa ser maior que zero (%1).</translation>
    </message>
    <message>
        <source>A payment reference has at most %1 characters.</source>
        <translation>A referência de um pagamento tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Nothing is left to pay with %1.</source>
        <translation>Não resta nada a pagar com %1.</translation>
    </message>
    <message>
        <source>%1 pays more than is owed; only cash can give change.</source>
        <translation>%1 paga mais do que o devido; só dinheiro pode dar troco.</translation>
    </message>
    <message>
        <source>The payments do not cover the total.</source>
        <translation>Os pagamentos não cobrem o total.</translation>
    </message>
</context>
<context>
    <name>Balcao::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>A pagar</translation>
    </message>
    <message>
        <source>Payments so far</source>
        <translation>Pagamentos até agora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The client of the sale has no store credit.</source>
        <translation>O cliente da venda não tem crédito na loja.</translation>
    </message>
    <message>
        <source>Card terminal&apos;s &amp;authorisation code</source>
        <translation>Código de &amp;autorização da maquininha</translation>
    </message>
    <message>
        <source>PIX QR code</source>
        <translation>QR code PIX</translation>
    </message>
    <message>
        <source>PIX copy and paste code</source>
        <translation>Código PIX copia e cola</translation>
    </message>
    <message>
        <source>Set &amp;up PIX…</source>
        <translation>Con&amp;figurar PIX…</translation>
    </message>
    <message>
        <source>Gift card &amp;code (Enter shows its balance)</source>
        <translation>&amp;Código do vale-presente (Enter mostra o saldo)</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Recebido</translation>
    </message>
    <message>
        <source>Add cash</source>
        <translation>Adicionar dinheiro</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Adicionar cartão</translation>
    </message>
    <message>
        <source>PIX received</source>
        <translation>PIX recebido</translation>
    </message>
    <message>
        <source>Use credit</source>
        <translation>Usar crédito</translation>
    </message>
    <message>
        <source>%1 has %2 of store credit.</source>
        <translation>%1 tem %2 de crédito na loja.</translation>
    </message>
    <message>
        <source>Use gift card</source>
        <translation>Usar vale-presente</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Troco: %1</translation>
    </message>
    <message>
        <source>Still to pay after this: %1</source>
        <translation>Ainda a pagar depois deste: %1</translation>
    </message>
    <message>
        <source>Exact amount: no change.</source>
        <translation>Valor exato: sem troco.</translation>
    </message>
    <message>
        <source>PIX is not set up yet. A manager or an admin sets the business&apos;s PIX key, name and city once (Set up PIX…); until then, take another method.</source>
        <translation>O PIX ainda não está configurado. Um gerente ou administrador define uma vez a chave PIX, o nome e a cidade do negócio (Configurar PIX…); até lá, use outra forma de pagamento.</translation>
    </message>
    <message>
        <source>Type the amount to charge by PIX.</source>
        <translation>Digite o valor a cobrar por PIX.</translation>
    </message>
    <message>
        <source>The client scans the code (or pastes the text below) in their bank&apos;s app and pays %1. When the payment shows in the business&apos;s account, press Enter.</source>
        <translation>O cliente lê o código (ou cola o texto abaixo) no app do banco e paga %1. Quando o pagamento aparecer na conta do negócio, pressione Enter.</translation>
    </message>
    <message>
        <source>Balance on %1: %2</source>
        <translation>Saldo de %1: %2</translation>
    </message>
    <message>
        <source>Type the card terminal&apos;s authorisation code.</source>
        <translation>Digite o código de autorização da maquininha.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (authorisation %2)</source>
        <translation>%1 (autorização %2)</translation>
    </message>
    <message>
        <source>%1 (card %2)</source>
        <translation>%1 (cartão %2)</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Pago %1</translation>
    </message>
    <message>
        <source>Left to pay %1</source>
        <translation>Falta pagar %1</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Coberto</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Troco %1</translation>
    </message>
    <message>
        <source>&amp;Leave %1 on %2&apos;s account</source>
        <translation>&amp;Deixar %1 na conta de %2</translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation>Concluir venda</translation>
    </message>
    <message>
        <source>%1 is still to pay.</source>
        <translation>Ainda faltam %1.</translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation>Nada foi cobrado.</translation>
    </message>
</context>
<context>
    <name>Balcao::PhoneNumber</name>
    <message>
        <source>&quot;%1&quot; has no area code (DDD): write it as in (11) 98765-4321.</source>
        <translation>&quot;%1&quot; não tem código de área (DDD): escreva como em (11) 98765-4321.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Brazilian phone number: it should have an area code (DDD) and 8 or 9 digits.</source>
        <translation>&quot;%1&quot; não é um telefone brasileiro: ele precisa ter código de área (DDD) e 8 ou 9 dígitos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a Brazilian area code (DDD).</source>
        <translation>&quot;%1&quot;: %2 não é um código de área (DDD) brasileiro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Brazilian phone number: after the area code a mobile has 9 digits starting with 9, a landline 8 digits starting with 2 to 5.</source>
        <translation>&quot;%1&quot; não é um telefone brasileiro: depois do código de área, um celular tem 9 dígitos começando com 9, e um fixo tem 8 dígitos começando com 2 a 5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number of +%2: it has the wrong number of digits.</source>
        <translation>&quot;%1&quot; não é um telefone de +%2: a quantidade de dígitos está errada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: +%2 is not a country calling code.</source>
        <translation>&quot;%1&quot;: +%2 não é um código de país.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: a + can only come first, before the country code.</source>
        <translation>&quot;%1&quot; não é um telefone: o + só pode vir no início, antes do código do país.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, spaces and + - ( ) . / are allowed.</source>
        <translation>&quot;%1&quot; não é um telefone: só são permitidos dígitos, espaços e + - ( ) . /.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it has no digits.</source>
        <translation>&quot;%1&quot; não é um telefone: não tem nenhum dígito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it has too many digits.</source>
        <translation>&quot;%1&quot; não é um telefone: tem dígitos demais.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the number with its country code, e.g. +55 11 98765-4321.</source>
        <translation>&quot;%1&quot;: escreva o número com o código do país, por exemplo +55 11 98765-4321.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: after the international prefix comes no country calling code.</source>
        <translation>&quot;%1&quot; não é um telefone: depois do prefixo internacional não vem nenhum código de país.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no area code: write the number with it.</source>
        <translation>&quot;%1&quot; não tem código de área: escreva o número com ele.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number of +%2: no number there starts like this. Look for a mistyped digit.</source>
        <translation>&quot;%1&quot; não é um telefone de +%2: nenhum número de lá começa assim. Procure um dígito digitado errado.</translation>
    </message>
</context>
<context>
    <name>Balcao::PixCode</name>
    <message>
        <source>PIX takes amounts in reais (BRL), not in %1.</source>
        <translation>O PIX recebe valores em reais (BRL), não em %1.</translation>
    </message>
    <message>
        <source>A PIX code cannot ask for a negative amount (%1).</source>
        <translation>Um código PIX não pode pedir um valor negativo (%1).</translation>
    </message>
    <message>
        <source>%1 is more than a PIX code can ask for.</source>
        <translation>%1 é mais do que um código PIX pode pedir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot identify a PIX payment: use 1 to %2 letters (A to Z, no accents) and digits.</source>
        <translation>&quot;%1&quot; não pode identificar um pagamento PIX: use de 1 a %2 letras (A a Z, sem acentos) e dígitos.</translation>
    </message>
    <message>
        <source>This PIX key leaves no room for a description in the code.</source>
        <translation>Esta chave PIX não deixa espaço para uma descrição no código.</translation>
    </message>
    <message>
        <source>The description &quot;%1&quot; is too long: with this PIX key it can have %2 characters.</source>
        <translation>A descrição &quot;%1&quot; é longa demais: com esta chave PIX ela pode ter %2 caracteres.</translation>
    </message>
    <message>
        <source>The PIX code is incomplete: it has no field %1.</source>
        <translation>O código PIX está incompleto: falta o campo %1.</translation>
    </message>
    <message>
        <source>The PIX code is damaged: field %1 appears twice.</source>
        <translation>O código PIX está danificado: o campo %1 aparece duas vezes.</translation>
    </message>
    <message>
        <source>This is not a PIX code: it does not start with 000201.</source>
        <translation>Isto não é um código PIX: não começa com 000201.</translation>
    </message>
    <message>
        <source>The PIX code is damaged: its check digits (CRC) are not its last field.</source>
        <translation>O código PIX está danificado: os dígitos verificadores (CRC) não são o último campo.</translation>
    </message>
    <message>
        <source>This is a dynamic PIX code (its charge is on a bank&apos;s server): only static codes are read here.</source>
        <translation>Este é um código PIX dinâmico (a cobrança está no servidor de um banco): aqui só são lidos códigos estáticos.</translation>
    </message>
    <message>
        <source>The PIX code has no PIX key.</source>
        <translation>O código PIX não tem chave PIX.</translation>
    </message>
    <message>
        <source>This payment code is not a PIX code: it has no br.gov.bcb.pix account.</source>
        <translation>Este código de pagamento não é um código PIX: não tem conta br.gov.bcb.pix.</translation>
    </message>
    <message>
        <source>The PIX code is damaged: &quot;%1&quot; is not a point of initiation method (11 or 12).</source>
        <translation>O código PIX está danificado: &quot;%1&quot; não é um método de iniciação (11 ou 12).</translation>
    </message>
    <message>
        <source>The PIX code is damaged: &quot;%1&quot; is not an amount.</source>
        <translation>O código PIX está danificado: &quot;%1&quot; não é um valor.</translation>
    </message>
    <message>
        <source>The PIX code is damaged: field %1 has &quot;%2&quot;, which is not a name of 1 to %3 characters.</source>
        <translation>O código PIX está danificado: o campo %1 tem &quot;%2&quot;, que não é um nome de 1 a %3 caracteres.</translation>
    </message>
    <message>
        <source>The PIX code is damaged: &quot;%1&quot; is not a merchant category.</source>
        <translation>O código PIX está danificado: &quot;%1&quot; não é uma categoria de estabelecimento.</translation>
    </message>
    <message>
        <source>The PIX code asks for currency %1; PIX is in reais (986).</source>
        <translation>O código PIX pede a moeda %1; o PIX é em reais (986).</translation>
    </message>
    <message>
        <source>The PIX code names country %1; PIX is in Brazil (BR).</source>
        <translation>O código PIX indica o país %1; o PIX é no Brasil (BR).</translation>
    </message>
    <message>
        <source>Enter the name of the business as the PIX code shows it to the payer, in letters without accents or digits.</source>
        <translation>Informe o nome do negócio como o código PIX o mostra a quem paga, em letras sem acentos ou dígitos.</translation>
    </message>
    <message>
        <source>Enter the city of the business as the PIX code shows it to the payer, in letters without accents.</source>
        <translation>Informe a cidade do negócio como o código PIX a mostra a quem paga, em letras sem acentos.</translation>
    </message>
    <message>
        <source>The PIX code is damaged or incomplete: its check digits (CRC) do not match. Copy or scan it again.</source>
        <translation>O código PIX está danificado ou incompleto: os dígitos verificadores (CRC) não conferem. Copie ou leia de novo.</translation>
    </message>
</context>
<context>
    <name>Balcao::PixKey</name>
    <message>
        <source>&quot;%1&quot; is not a %2: it has %3 digits, as in %4.</source>
        <translation>&quot;%1&quot; não é um %2: ele tem %3 dígitos, como em %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2: its check digits are wrong. Look for a mistyped digit.</source>
        <translation>&quot;%1&quot; não é um %2: os dígitos verificadores estão errados. Procure um dígito digitado errado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Brazilian phone number: PIX keys are numbers with +55.</source>
        <translation>&quot;%1&quot; não é um telefone brasileiro: chaves PIX são números com +55.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a PIX key: e-mail keys have at most %2 characters.</source>
        <translation>&quot;%1&quot; é longo demais para uma chave PIX: chaves de e-mail têm no máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address a PIX key can have.</source>
        <translation>&quot;%1&quot; não é um endereço de e-mail que uma chave PIX possa ter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a random PIX key: it has 32 letters a-f and digits in groups of 8-4-4-4-12, as in 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>&quot;%1&quot; não é uma chave PIX aleatória: ela tem 32 letras de a a f e dígitos em grupos de 8-4-4-4-12, como em 123e4567-e89b-12d3-a456-426614174000.</translation>
    </message>
    <message>
        <source>Enter the PIX key.</source>
        <translation>Informe a chave PIX.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PIX key: not a CPF, CNPJ, +55 phone number, e-mail address or random key.</source>
        <translation>&quot;%1&quot; não é uma chave PIX: não é CPF, CNPJ, telefone +55, e-mail nem chave aleatória.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not written as the PIX directory writes keys: &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; não está escrita como o diretório do PIX escreve as chaves: &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Balcao::PixSetupDialog</name>
    <message>
        <source>Set up PIX</source>
        <translation>Configurar PIX</translation>
    </message>
    <message>
        <source>The PIX key the business receives payments on, as registered at its bank, and the name and city the payer&apos;s app shows.</source>
        <translation>A chave PIX em que o negócio recebe pagamentos, como cadastrada no banco, e o nome e a cidade que o app de quem paga mostra.</translation>
    </message>
    <message>
        <source>CNPJ</source>
        <translation>CNPJ</translation>
    </message>
    <message>
        <source>CPF</source>
        <translation>CPF</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Random key</source>
        <translation>Chave aleatória</translation>
    </message>
    <message>
        <source>Key &amp;type</source>
        <translation>&amp;Tipo de chave</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Chave</translation>
    </message>
    <message>
        <source>Receiver&apos;s &amp;name</source>
        <translation>&amp;Nome do recebedor</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>C&amp;idade</translation>
    </message>
    <message>
        <source>changing where PIX payments go</source>
        <translation>mudar para onde vão os pagamentos PIX</translation>
    </message>
</context>
<context>
    <name>Balcao::PriceCalculator</name>
    <message>
        <source>The sale has no lines.</source>
        <translation>A venda não tem itens.</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must be between 1 and %2.</source>
        <translation>A quantidade de &quot;%1&quot; precisa estar entre 1 e %2.</translation>
    </message>
    <message>
        <source>The price of &quot;%1&quot; is not valid.</source>
        <translation>O preço de &quot;%1&quot; não é válido.</translation>
    </message>
    <message>
        <source>A tax rate must be between 0 % and 100 %.</source>
        <translation>Uma alíquota precisa estar entre 0 % e 100 %.</translation>
    </message>
    <message>
        <source>The amount of &quot;%1&quot; is too large.</source>
        <translation>O valor de &quot;%1&quot; é grande demais.</translation>
    </message>
    <message>
        <source>A gift card is sold at its value, without discount.</source>
        <translation>Um vale-presente é vendido pelo seu valor, sem desconto.</translation>
    </message>
    <message>
        <source>The discount on &quot;%1&quot; is not valid.</source>
        <translation>O desconto em &quot;%1&quot; não é válido.</translation>
    </message>
    <message>
        <source>The discount on &quot;%1&quot; is larger than the line.</source>
        <translation>O desconto em &quot;%1&quot; é maior que o item.</translation>
    </message>
    <message>
        <source>The discount on the sale is not valid.</source>
        <translation>O desconto na venda não é válido.</translation>
    </message>
    <message>
        <source>The discount on the sale is larger than what it discounts.</source>
        <translation>O desconto na venda é maior do que o valor descontado.</translation>
    </message>
    <message>
        <source>The tip is not valid.</source>
        <translation>A gorjeta não é válida.</translation>
    </message>
</context>
<context>
    <name>Balcao::ProductCatalog</name>
    <message>
        <source>The product needs a name.</source>
        <translation>O produto precisa de um nome.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>O nome é longo demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>A SKU has at most %1 characters.</source>
        <translation>Um SKU tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The SKU %1 already belongs to &quot;%2&quot;.</source>
        <translation>O SKU %1 já pertence a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>O preço não pode ser negativo.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>O custo não pode ser negativo.</translation>
    </message>
    <message>
        <source>The barcode %1 already belongs to &quot;%2&quot;.</source>
        <translation>O código de barras %1 já pertence a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A product has at most %1 barcodes.</source>
        <translation>Um produto tem no máximo %1 códigos de barras.</translation>
    </message>
    <message>
        <source>There is no product with id %1.</source>
        <translation>Não existe produto com o id %1.</translation>
    </message>
    <message>
        <source>There is no product with SKU %1.</source>
        <translation>Não existe produto com o SKU %1.</translation>
    </message>
    <message>
        <source>No product has the barcode %1.</source>
        <translation>Nenhum produto tem o código de barras %1.</translation>
    </message>
    <message>
        <source>There is no product with the code or name &quot;%1&quot;.</source>
        <translation>Não existe produto com o código ou nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The price and the cost need a currency.</source>
        <translation>O preço e o custo precisam de uma moeda.</translation>
    </message>
    <message>
        <source>The price and the cost must be in the same currency.</source>
        <translation>O preço e o custo devem estar na mesma moeda.</translation>
    </message>
    <message>
        <source>The product is priced in %1; to change its currency give the price and the cost.</source>
        <translation>O produto tem preço em %1; para mudar a moeda, informe o preço e o custo.</translation>
    </message>
</context>
<context>
    <name>Balcao::ProductForm</name>
    <message>
        <source>New product</source>
        <translation>Novo produto</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Editar produto</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;me</translation>
    </message>
    <message>
        <source>SK&amp;U</source>
        <translation>SK&amp;U</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;goria</translation>
    </message>
    <message>
        <source>&amp;Barcodes</source>
        <translation>Códigos de &amp;barras</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Preço</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Custo</translation>
    </message>
    <message>
        <source>Ta&amp;x</source>
        <translation>Impos&amp;to</translation>
    </message>
    <message>
        <source>e.g. Shampoo 500 ml</source>
        <translation>ex.: Shampoo 500 ml</translation>
    </message>
    <message>
        <source>Your code, e.g. SH-500</source>
        <translation>Seu código, ex.: SH-500</translation>
    </message>
    <message>
        <source>e.g. Hair care</source>
        <translation>ex.: Cabelo</translation>
    </message>
    <message>
        <source>The shelf price, as the receipt shows it</source>
        <translation>O preço da prateleira, como o comprovante mostra</translation>
    </message>
    <message>
        <source>What one unit costs the business (for margins)</source>
        <translation>Quanto uma unidade custa ao negócio (para as margens)</translation>
    </message>
    <message>
        <source>Not taxed</source>
        <translation>Sem imposto</translation>
    </message>
    <message>
        <source>&amp;Keeps stock (count units in and out)</source>
        <translation>Controla &amp;estoque (conta entradas e saídas)</translation>
    </message>
    <message>
        <source>&amp;Active (sold at the counter)</source>
        <translation>&amp;Ativo (vendido no balcão)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save the product (%1)</source>
        <translation>Salvar o produto (%1)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>included</source>
        <translation>incluído</translation>
    </message>
    <message>
        <source>added</source>
        <translation>acrescido</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 adicionado.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
</context>
<context>
    <name>Balcao::ProductListModel</name>
    <message>
        <source>not kept</source>
        <translation>sem controle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>Barcodes: %1</source>
        <translation>Códigos de barras: %1</translation>
    </message>
    <message>
        <source>This product does not keep stock (a service-like item, gift wrap…).</source>
        <translation>Este produto não controla estoque (um item como serviço, embrulho…).</translation>
    </message>
    <message>
        <source>Units on hand at %1</source>
        <translation>Unidades em estoque em %1</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Em estoque</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>Balcao::ProductsPage</name>
    <message>
        <source>Products and stock</source>
        <translation>Produtos e estoque</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;Novo produto</translation>
    </message>
    <message>
        <source>Start a new product (%1)</source>
        <translation>Começar um novo produto (%1)</translation>
    </message>
    <message>
        <source>Search by name, SKU or barcode – or scan (%1)</source>
        <translation>Busque por nome, SKU ou código de barras – ou leia (%1)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar produtos</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Stock here</source>
        <translation>Estoque aqui</translation>
    </message>
    <message>
        <source>Recei&amp;ve…</source>
        <translation>&amp;Receber…</translation>
    </message>
    <message>
        <source>Goods in: quantity, lot, expiry, cost</source>
        <translation>Entrada de mercadoria: quantidade, lote, validade, custo</translation>
    </message>
    <message>
        <source>C&amp;ount…</source>
        <translation>C&amp;ontar…</translation>
    </message>
    <message>
        <source>Record what is on the shelf; the difference becomes an adjustment</source>
        <translation>Registre o que está na prateleira; a diferença vira um ajuste</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>&amp;Dar baixa…</translation>
    </message>
    <message>
        <source>Take damaged, expired or lost units out of stock</source>
        <translation>Tire do estoque unidades danificadas, vencidas ou perdidas</translation>
    </message>
    <message>
        <source>Latest movements</source>
        <translation>Últimas movimentações</translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation>Código de barras desconhecido</translation>
    </message>
    <message>
        <source>No product has the barcode %1. Create a product with it?</source>
        <translation>Nenhum produto tem o código de barras %1. Criar um produto com ele?</translation>
    </message>
    <message>
        <source>&amp;Create product</source>
        <translation>&amp;Criar produto</translation>
    </message>
    <message>
        <source>Save the product to receive and count its stock.</source>
        <translation>Salve o produto para receber e contar o estoque dele.</translation>
    </message>
    <message>
        <source>This product does not keep stock.</source>
        <translation>Este produto não controla estoque.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) on hand</source>
        <translation>
            <numerusform>%Ln unidade em estoque</numerusform>
            <numerusform>%Ln unidades em estoque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) shown</source>
        <translation>
            <numerusform>%n produto exibido</numerusform>
            <numerusform>%n produtos exibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 matches. Type more of a name or SKU to narrow the list.</source>
        <translation>Mostrando os primeiros %1 resultados. Digite mais do nome ou do SKU para filtrar a lista.</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Nenhum produto corresponde a “%1”.</translation>
    </message>
    <message>
        <source>No products yet. Press %1 to add the first one.</source>
        <translation>Ainda não há produtos. Tecle %1 para adicionar o primeiro.</translation>
    </message>
</context>
<context>
    <name>Balcao::PullPageReader</name>
    <message>
        <source>The server&apos;s answer is not a page of changes.</source>
        <translation>A resposta do servidor não é uma página de alterações.</translation>
    </message>
</context>
<context>
    <name>Balcao::QrMatrix</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Não há nada para colocar no QR code.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code: %1 bytes, where at most %2 fit at this error correction level.</source>
        <translation>O texto é longo demais para um QR code: %1 bytes, quando cabem no máximo %2 neste nível de correção de erros.</translation>
    </message>
    <message>
        <source>The QR code could not be made: %1.</source>
        <translation>Não foi possível gerar o QR code: %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::QueryError</name>
    <message>
        <source>This terminal&apos;s database could not be read.</source>
        <translation>Não foi possível ler o banco de dados deste terminal.</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptDialog</name>
    <message>
        <source>Receipt</source>
        <translation>Comprovante</translation>
    </message>
    <message>
        <source>&amp;Receipt printer</source>
        <translation>&amp;Impressora de comprovantes</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Salvar P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;E-mail…</source>
        <translation>&amp;E-mail…</translation>
    </message>
    <message>
        <source>Printer &amp;settings…</source>
        <translation>&amp;Configurar impressora…</translation>
    </message>
    <message>
        <source>There is no receipt.</source>
        <translation>Não há comprovante.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Enviado para %1.</translation>
    </message>
    <message>
        <source>Printed: %1.</source>
        <translation>Impresso: %1.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimindo…</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Salvar o comprovante em PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>The receipt will be e-mailed to %1 with the server&apos;s next messages.</source>
        <translation>O comprovante será enviado por e-mail para %1 junto com as próximas mensagens do servidor.</translation>
    </message>
    <message>
        <source>Receipt printer: %1.</source>
        <translation>Impressora de comprovantes: %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptEmailDialog</name>
    <message>
        <source>E-mail the receipt</source>
        <translation>Enviar o comprovante por e-mail</translation>
    </message>
    <message>
        <source>%1 goes out with the next messages the server sends.</source>
        <translation>%1 sai junto com as próximas mensagens que o servidor enviar.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@exemplo.com</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>Endereço de &amp;e-mail</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>E&amp;nviar</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptLayout</name>
    <message>
        <source>Receipt %1</source>
        <translation>Comprovante %1</translation>
    </message>
    <message>
        <source>Return receipt %1</source>
        <translation>Comprovante de devolução %1</translation>
    </message>
    <message>
        <source>Exchange receipt %1</source>
        <translation>Comprovante de troca %1</translation>
    </message>
    <message>
        <source>Tax ID %1</source>
        <translation>CNPJ %1</translation>
    </message>
    <message>
        <source>SALE</source>
        <translation>VENDA</translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation>DEVOLUÇÃO</translation>
    </message>
    <message>
        <source>EXCHANGE</source>
        <translation>TROCA</translation>
    </message>
    <message>
        <source>REPRINT</source>
        <translation>2ª VIA</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Returned items</source>
        <translation>Itens devolvidos</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>%1 devolvido(s)</translation>
    </message>
    <message>
        <source>New items</source>
        <translation>Itens novos</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>TOTAL REFUNDED</source>
        <translation>TOTAL REEMBOLSADO</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descontos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Gorjeta</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>TO REFUND</source>
        <translation>A REEMBOLSAR</translation>
    </message>
    <message>
        <source>TO PAY</source>
        <translation>A PAGAR</translation>
    </message>
    <message>
        <source>Taken off the amount due</source>
        <translation>Abatido do valor em aberto</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>Vale-presente %1</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Reembolso: %1</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Valor entregue</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Troco</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorização</translation>
    </message>
    <message>
        <source>Left due</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <source>Of which taxes</source>
        <translation>Tributos incluídos</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sobre %2</translation>
    </message>
    <message>
        <source>Store credit balance</source>
        <translation>Saldo de crédito na loja</translation>
    </message>
    <message>
        <source>Gift card %1 balance</source>
        <translation>Saldo do vale-presente %1</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo em aberto</translation>
    </message>
    <message>
        <source>Paid with PIX</source>
        <translation>Pago com PIX</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>Pay what is left due with PIX</source>
        <translation>Pague o restante com PIX</translation>
    </message>
    <message>
        <source>Not a fiscal document</source>
        <translation>Não é documento fiscal</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptMailer</name>
    <message>
        <source>Type the e-mail address to send the receipt to.</source>
        <translation>Digite o endereço de e-mail para onde enviar o comprovante.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptPdf</name>
    <message>
        <source>Could not save the receipt to %1: %2</source>
        <translation>Não foi possível salvar o comprovante em %1: %2</translation>
    </message>
    <message>
        <source>The printer cannot print now. Check that it is on and connected, then try again.</source>
        <translation>A impressora não pode imprimir agora. Verifique se está ligada e conectada e tente de novo.</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptPrintJob</name>
    <message>
        <source>No receipt printer is set up on this terminal.</source>
        <translation>Nenhuma impressora de comprovantes está configurada neste terminal.</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>A impressora padrão do sistema</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot;</source>
        <translation>Impressora &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Thermal printer at %1:%2</source>
        <translation>Impressora térmica em %1:%2</translation>
    </message>
    <message>
        <source>Thermal printer at %1</source>
        <translation>Impressora térmica em %1</translation>
    </message>
    <message>
        <source>The last receipt is still printing.</source>
        <translation>O último comprovante ainda está sendo impresso.</translation>
    </message>
    <message>
        <source>This computer has no default printer. Choose one in the receipt printer settings.</source>
        <translation>Este computador não tem impressora padrão. Escolha uma nas configurações da impressora de comprovantes.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not installed on this computer.</source>
        <translation>A impressora &quot;%1&quot; não está instalada neste computador.</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptPrinterDialog</name>
    <message>
        <source>Receipt printer</source>
        <translation>Impressora de comprovantes</translation>
    </message>
    <message>
        <source>Where this terminal prints receipts. These settings stay on this computer.</source>
        <translation>Onde este terminal imprime os comprovantes. Estas configurações ficam neste computador.</translation>
    </message>
    <message>
        <source>None: print from the receipt window only</source>
        <translation>Nenhuma: imprimir só pela janela do comprovante</translation>
    </message>
    <message>
        <source>A printer of this computer</source>
        <translation>Uma impressora deste computador</translation>
    </message>
    <message>
        <source>Thermal printer on the network (ESC/POS)</source>
        <translation>Impressora térmica na rede (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer on a port or in a file (ESC/POS)</source>
        <translation>Impressora térmica numa porta ou em arquivo (ESC/POS)</translation>
    </message>
    <message>
        <source>The default printer</source>
        <translation>A impressora padrão</translation>
    </message>
    <message>
        <source>192.168.0.50</source>
        <translation>192.168.0.50</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;orta</translation>
    </message>
    <message>
        <source>/dev/usb/lp0</source>
        <translation>/dev/usb/lp0</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>80 mm (48 characters a line)</source>
        <translation>80 mm (48 caracteres por linha)</translation>
    </message>
    <message>
        <source>58 mm (32 characters a line)</source>
        <translation>58 mm (32 caracteres por linha)</translation>
    </message>
    <message>
        <source>Print a receipt &amp;after every sale</source>
        <translation>Imprimir um comprovante &amp;depois de cada venda</translation>
    </message>
    <message>
        <source>Open the cash &amp;drawer when cash is taken</source>
        <translation>Abrir a &amp;gaveta quando receber dinheiro</translation>
    </message>
    <message>
        <source>The drawer is plugged into the thermal printer, which opens it when it prints a receipt that took cash. Reprints never open it.</source>
        <translation>A gaveta fica ligada à impressora térmica, que a abre ao imprimir um comprovante com pagamento em dinheiro. Segundas vias nunca a abrem.</translation>
    </message>
    <message>
        <source>&amp;Print to</source>
        <translation>&amp;Imprimir em</translation>
    </message>
    <message>
        <source>Pri&amp;nter</source>
        <translation>Impre&amp;ssora</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>En&amp;dereço</translation>
    </message>
    <message>
        <source>&amp;File or port</source>
        <translation>&amp;Arquivo ou porta</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>Pape&amp;l</translation>
    </message>
    <message>
        <source>Receipt printer file</source>
        <translation>Arquivo da impressora de comprovantes</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptPrinterSettings</name>
    <message>
        <source>The paper must be 58 mm or 80 mm wide.</source>
        <translation>O papel precisa ter 58 mm ou 80 mm de largura.</translation>
    </message>
    <message>
        <source>Type the printer&apos;s network address, such as 192.168.0.50.</source>
        <translation>Digite o endereço de rede da impressora, como 192.168.0.50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network address.</source>
        <translation>&quot;%1&quot; não é um endereço de rede.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (thermal printers usually listen on 9100).</source>
        <translation>A porta precisa estar entre 1 e 65535 (impressoras térmicas costumam usar a 9100).</translation>
    </message>
    <message>
        <source>Type the file or device to write receipts to, such as /dev/usb/lp0.</source>
        <translation>Digite o arquivo ou dispositivo onde gravar os comprovantes, como /dev/usb/lp0.</translation>
    </message>
</context>
<context>
    <name>Balcao::RecurrenceEditor</name>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>every</source>
        <translation>a cada</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> semana(s)</translation>
    </message>
    <message>
        <source>times:</source>
        <translation>vezes:</translation>
    </message>
    <message>
        <source>until:</source>
        <translation>até:</translation>
    </message>
    <message>
        <source>Weeks between appointments</source>
        <translation>Semanas entre os agendamentos</translation>
    </message>
    <message>
        <source>Number of appointments</source>
        <translation>Quantidade de agendamentos</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Última data</translation>
    </message>
</context>
<context>
    <name>Balcao::RefundPlanner</name>
    <message>
        <source>Choose how the refund is paid back.</source>
        <translation>Escolha como o reembolso é devolvido.</translation>
    </message>
    <message>
        <source>A refund cannot be negative.</source>
        <translation>Um reembolso não pode ser negativo.</translation>
    </message>
    <message>
        <source>The exchange credit cannot exceed the refund.</source>
        <translation>O crédito de troca não pode passar do reembolso.</translation>
    </message>
    <message>
        <source>Choose the client who gets the store credit.</source>
        <translation>Escolha o cliente que recebe o crédito na loja.</translation>
    </message>
</context>
<context>
    <name>Balcao::RefundPreviewText</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Reembolso %1</translation>
    </message>
    <message>
        <source>(tax %1)</source>
        <translation>(imposto %1)</translation>
    </message>
    <message>
        <source>New items %1</source>
        <translation>Itens novos %1</translation>
    </message>
    <message>
        <source>The client pays %1</source>
        <translation>O cliente paga %1</translation>
    </message>
    <message>
        <source>The client gets %1 back</source>
        <translation>O cliente recebe %1 de volta</translation>
    </message>
    <message>
        <source>Even exchange: nobody pays anything</source>
        <translation>Troca sem diferença: ninguém paga nada</translation>
    </message>
    <message>
        <source>Where the money goes:</source>
        <translation>Para onde vai o dinheiro:</translation>
    </message>
</context>
<context>
    <name>Balcao::RefundWording</name>
    <message>
        <source>Cash from the drawer</source>
        <translation>Dinheiro do caixa</translation>
    </message>
    <message>
        <source>Back to the card</source>
        <translation>De volta ao cartão</translation>
    </message>
    <message>
        <source>Back to the card (authorisation %1)</source>
        <translation>De volta ao cartão (autorização %1)</translation>
    </message>
    <message>
        <source>Back by PIX</source>
        <translation>De volta por PIX</translation>
    </message>
    <message>
        <source>Client&apos;s store credit</source>
        <translation>Crédito na loja do cliente</translation>
    </message>
    <message>
        <source>Back to the gift card</source>
        <translation>De volta ao vale-presente</translation>
    </message>
    <message>
        <source>Amount due reduced</source>
        <translation>Valor em aberto reduzido</translation>
    </message>
    <message>
        <source>Pays the new items</source>
        <translation>Paga os itens novos</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Com defeito</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>Volta ao estoque</translation>
    </message>
    <message>
        <source>Original payment methods</source>
        <translation>Formas de pagamento originais</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Crédito na loja</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Troca</translation>
    </message>
</context>
<context>
    <name>Balcao::ReminderTemplates</name>
    <message>
        <source>Your appointment at {business}</source>
        <translation>Seu horário em {business}</translation>
    </message>
    <message>
        <source>Hello {first_name}, your appointment for {services} with {staff} is booked for {date} at {time} at {location}.</source>
        <translation>Olá, {first_name}! Seu horário para {services} com {staff} está marcado para {date} às {time}, em {location}.</translation>
    </message>
    <message>
        <source>Reminder: your appointment tomorrow</source>
        <translation>Lembrete: seu horário amanhã</translation>
    </message>
    <message>
        <source>Hello {first_name}, a reminder of your appointment for {services} on {date} at {time} at {location}. See you soon!</source>
        <translation>Olá, {first_name}! Lembrete do seu horário para {services} em {date} às {time}, em {location}. Até logo!</translation>
    </message>
    <message>
        <source>How was your visit?</source>
        <translation>Como foi a sua visita?</translation>
    </message>
    <message>
        <source>Hello {first_name}, thank you for your visit to {business}. We hope to see you again soon.</source>
        <translation>Olá, {first_name}! Obrigado pela visita a {business}. Esperamos ver você de novo em breve.</translation>
    </message>
    <message>
        <source>Your appointment was cancelled</source>
        <translation>Seu horário foi cancelado</translation>
    </message>
    <message>
        <source>Hello {first_name}, your appointment for {services} on {date} at {time} was cancelled.</source>
        <translation>Olá, {first_name}! Seu horário para {services} em {date} às {time} foi cancelado.</translation>
    </message>
    <message>
        <source>A message needs a text of at most 2000 characters and a subject of at most 200.</source>
        <translation>Uma mensagem precisa de um texto com no máximo 2000 caracteres e um assunto com no máximo 200.</translation>
    </message>
    <message>
        <source>A message can be sent at most 30 days before or after.</source>
        <translation>Uma mensagem pode ser enviada no máximo 30 dias antes ou depois.</translation>
    </message>
</context>
<context>
    <name>Balcao::ResourceService</name>
    <message>
        <source>A resource needs a name of 1 to 200 characters.</source>
        <translation>Um recurso precisa de um nome com 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>A resource needs a kind (room, chair, table...).</source>
        <translation>Um recurso precisa de um tipo (sala, cadeira, mesa...).</translation>
    </message>
    <message>
        <source>There is no resource with id %1.</source>
        <translation>Não há nenhum recurso com o id %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <source>Return without receipt</source>
        <translation>Devolução sem cupom</translation>
    </message>
    <message>
        <source>Return without a receipt</source>
        <translation>Devolução sem cupom</translation>
    </message>
    <message numerus="yes">
        <source>Each product is refunded at the lowest price it sold for here in the last %n day(s), or its catalog price if that is lower. A manager or an admin signs for it.</source>
        <translation>
            <numerusform>Cada produto é reembolsado pelo menor preço pelo qual foi vendido aqui no último %n dia, ou pelo preço de catálogo se este for menor. Um gerente ou administrador assina.</numerusform>
            <numerusform>Cada produto é reembolsado pelo menor preço pelo qual foi vendido aqui nos últimos %n dias, ou pelo preço de catálogo se este for menor. Um gerente ou administrador assina.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produto</translation>
    </message>
    <message>
        <source>Type a name or SKU, or scan the barcode</source>
        <translation>Digite um nome ou SKU, ou leia o código de barras</translation>
    </message>
    <message>
        <source>What comes back</source>
        <translation>O que volta</translation>
    </message>
    <message>
        <source>Refund to:</source>
        <translation>Reembolsar em:</translation>
    </message>
    <message>
        <source>&amp;Original payment methods</source>
        <translation>Formas de pagamento &amp;originais</translation>
    </message>
    <message>
        <source>C&amp;ash</source>
        <translation>&amp;Dinheiro</translation>
    </message>
    <message>
        <source>&amp;Store credit</source>
        <translation>&amp;Crédito na loja</translation>
    </message>
    <message>
        <source>Reaso&amp;n</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Why is it coming back? (optional)</source>
        <translation>Por que está voltando? (opcional)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>&amp;Trocar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Give the client other items instead; the refund pays them</source>
        <translation>Dar ao cliente outros itens no lugar; o reembolso paga por eles</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Venda %1</translation>
    </message>
    <message>
        <source>The sale has no client to give store credit to.</source>
        <translation>A venda não tem cliente para receber crédito na loja.</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Troca</translation>
    </message>
    <message>
        <source>Choose how many units of each line come back.</source>
        <translation>Escolha quantas unidades de cada item voltam.</translation>
    </message>
    <message>
        <source>Find the products that come back: type a name or a SKU, or scan them.</source>
        <translation>Encontre os produtos que voltam: digite um nome ou SKU, ou leia os códigos.</translation>
    </message>
    <message>
        <source>&amp;Refund %1</source>
        <translation>&amp;Reembolsar %1</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Reembolsar</translation>
    </message>
    <message>
        <source>Complete &amp;exchange</source>
        <translation>Concluir a &amp;troca</translation>
    </message>
    <message>
        <source>Add what the client takes instead.</source>
        <translation>Adicione o que o cliente leva no lugar.</translation>
    </message>
    <message>
        <source>Refund %1 without a receipt.</source>
        <translation>Reembolsar %1 sem cupom.</translation>
    </message>
    <message>
        <source>A manager or an admin must approve a return without a receipt. The approval is recorded with their name.</source>
        <translation>Um gerente ou administrador precisa aprovar uma devolução sem cupom. A aprovação fica registrada com o nome dele.</translation>
    </message>
</context>
<context>
    <name>Balcao::ReturnLineDelegate</name>
    <message>
        <source>Units to return of %1</source>
        <translation>Unidades de %1 a devolver</translation>
    </message>
    <message>
        <source>Why (e.g. leaking bottle)</source>
        <translation>Por quê (ex.: frasco vazando)</translation>
    </message>
</context>
<context>
    <name>Balcao::ReturnLinesModel</name>
    <message>
        <source>Nothing left to return on this line.</source>
        <translation>Não resta nada a devolver neste item.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devolvido</translation>
    </message>
    <message>
        <source>Can return</source>
        <translation>Pode devolver</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Refund each</source>
        <translation>Reembolso unitário</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Goes</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Balcao::ReturnService</name>
    <message>
        <source>Choose what comes back.</source>
        <translation>Escolha o que está sendo devolvido.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>O motivo é longo demais (no máximo 500 caracteres).</translation>
    </message>
    <message>
        <source>That line is not part of sale %1.</source>
        <translation>Esse item não faz parte da venda %1.</translation>
    </message>
    <message>
        <source>A gift card cannot be returned; its balance stays on the card.</source>
        <translation>Um vale-presente não pode ser devolvido; o saldo continua no vale.</translation>
    </message>
    <message>
        <source>Return at least one unit of &quot;%1&quot;.</source>
        <translation>Devolva pelo menos uma unidade de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only %1 of &quot;%2&quot; can still be returned (%3 sold, %4 returned already).</source>
        <translation>Só %1 de &quot;%2&quot; ainda podem ser devolvidos (%3 vendidos, %4 já devolvidos).</translation>
    </message>
    <message>
        <source>A return without receipt needs a manager&apos;s approval.</source>
        <translation>Uma devolução sem cupom precisa da aprovação de um gerente.</translation>
    </message>
    <message>
        <source>a return without receipt</source>
        <translation>uma devolução sem cupom</translation>
    </message>
    <message>
        <source>Open the cash drawer (start a shift) to refund %1 in cash.</source>
        <translation>Abra o caixa (inicie um turno) para devolver %1 em dinheiro.</translation>
    </message>
    <message>
        <source>Returned damaged</source>
        <translation>Devolvido com defeito</translation>
    </message>
    <message>
        <source>There is no return with id %1.</source>
        <translation>Não existe devolução com o id %1.</translation>
    </message>
    <message>
        <source>Type a return number.</source>
        <translation>Digite um número de devolução.</translation>
    </message>
    <message>
        <source>More than one return matches %1; type the whole number.</source>
        <translation>Mais de uma devolução corresponde a %1; digite o número completo.</translation>
    </message>
    <message>
        <source>There is no return %1.</source>
        <translation>Não existe a devolução %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::SaleClientDialog</name>
    <message>
        <source>Client of the sale</source>
        <translation>Cliente da venda</translation>
    </message>
    <message>
        <source>&amp;Use this client</source>
        <translation>&amp;Usar este cliente</translation>
    </message>
    <message>
        <source>&amp;No client</source>
        <translation>&amp;Sem cliente</translation>
    </message>
</context>
<context>
    <name>Balcao::SaleCompletionView</name>
    <message>
        <source>New sale (Enter)</source>
        <translation>Nova venda (Enter)</translation>
    </message>
    <message>
        <source>Sale %1 completed</source>
        <translation>Venda %1 concluída</translation>
    </message>
    <message>
        <source>Change to give</source>
        <translation>Troco a dar</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sem troco</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (received %2)</source>
        <translation>%1 (recebido %2)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>%1 left on %2&apos;s account</source>
        <translation>%1 deixado na conta de %2</translation>
    </message>
</context>
<context>
    <name>Balcao::SaleDetailPanel</name>
    <message>
        <source>Choose a sale to see its lines, payments and returns.</source>
        <translation>Escolha uma venda para ver seus itens, pagamentos e devoluções.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluções</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Devolução…</translation>
    </message>
    <message>
        <source>Take back some or all of the items and refund them</source>
        <translation>Receber de volta alguns ou todos os itens e reembolsá-los</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>&amp;Troca…</translation>
    </message>
    <message>
        <source>Take items back and give others instead</source>
        <translation>Receber itens de volta e dar outros no lugar</translation>
    </message>
    <message>
        <source>Re&amp;print</source>
        <translation>2ª &amp;via</translation>
    </message>
    <message>
        <source>Print or send the receipt again</source>
        <translation>Imprimir ou enviar o comprovante de novo</translation>
    </message>
    <message>
        <source>C&amp;lient page</source>
        <translation>Página do c&amp;liente</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Venda %1</translation>
    </message>
    <message>
        <source>cashier %1</source>
        <translation>operador %1</translation>
    </message>
    <message>
        <source>no client</source>
        <translation>sem cliente</translation>
    </message>
    <message>
        <source>a client not on this terminal yet</source>
        <translation>um cliente que ainda não está neste terminal</translation>
    </message>
    <message>
        <source>Everything on this sale has been returned.</source>
        <translation>Tudo desta venda já foi devolvido.</translation>
    </message>
</context>
<context>
    <name>Balcao::SaleDetailText</name>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descontos</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impostos</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Gorjeta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Troco dado</translation>
    </message>
    <message>
        <source>Left due on the client&apos;s account</source>
        <translation>Deixado em aberto na conta do cliente</translation>
    </message>
    <message>
        <source>No payment: the whole amount was left due.</source>
        <translation>Sem pagamento: o valor todo ficou em aberto.</translation>
    </message>
    <message>
        <source>handed over %1</source>
        <translation>entregue %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>troco %1</translation>
    </message>
    <message>
        <source>authorisation %1</source>
        <translation>autorização %1</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>referência %1</translation>
    </message>
    <message>
        <source>Nothing returned.</source>
        <translation>Nada devolvido.</translation>
    </message>
    <message>
        <source>%1 × %2 – %3</source>
        <translation>%1 × %2 – %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Reembolso %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Exchanged for sale %1</source>
        <translation>Trocado pela venda %1</translation>
    </message>
    <message>
        <source>An exchange: part of it was paid by return %1 (without receipt).</source>
        <translation>Uma troca: parte dela foi paga pela devolução %1 (sem cupom).</translation>
    </message>
    <message>
        <source>An exchange: part of it was paid by return %1 of sale %2.</source>
        <translation>Uma troca: parte dela foi paga pela devolução %1 da venda %2.</translation>
    </message>
</context>
<context>
    <name>Balcao::SaleLinesModel</name>
    <message>
        <source>%1
%2 × %3</source>
        <translation>%1
%2 × %3</translation>
    </message>
    <message>
        <source>%1, %2 included in the price</source>
        <translation>%1, %2 incluído no preço</translation>
    </message>
    <message>
        <source>%1, %2 added to the price</source>
        <translation>%1, %2 acrescido ao preço</translation>
    </message>
    <message>
        <source>%1 · SKU %2</source>
        <translation>%1 · SKU %2</translation>
    </message>
    <message>
        <source>%1 of %2 returned</source>
        <translation>%1 de %2 devolvidos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devolvido</translation>
    </message>
</context>
<context>
    <name>Balcao::SalesHistoryFilters</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Período personalizado</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Qualquer forma</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todos os locais</translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation>Perí&amp;odo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Pa&amp;id with</source>
        <translation>Pa&amp;go com</translation>
    </message>
    <message>
        <source>Locatio&amp;n</source>
        <translation>&amp;Local</translation>
    </message>
    <message>
        <source>Sale number, its last digits, or client (%1) – or scan the receipt</source>
        <translation>Número da venda, seus últimos dígitos ou cliente (%1) – ou leia o comprovante</translation>
    </message>
    <message>
        <source>Search sales</source>
        <translation>Buscar vendas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
</context>
<context>
    <name>Balcao::SalesHistoryModel</name>
    <message>
        <source>%1 of %2 refunded by returns</source>
        <translation>%1 de %2 reembolsados por devoluções</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Pago com</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
</context>
<context>
    <name>Balcao::SalesHistoryPage</name>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Return &amp;without receipt…</source>
        <translation>Devolução &amp;sem cupom…</translation>
    </message>
    <message>
        <source>Take back products sold without their receipt (a manager signs)</source>
        <translation>Receber de volta produtos vendidos sem o comprovante (um gerente assina)</translation>
    </message>
    <message>
        <source>The newest %1 sales shown; scroll for more</source>
        <translation>As %1 vendas mais recentes; role para ver mais</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n venda</numerusform>
            <numerusform>%n vendas</numerusform>
        </translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Nenhuma venda neste período.</translation>
    </message>
    <message>
        <source>No sale in this period matches “%1”. Choose “Any date” to search them all.</source>
        <translation>Nenhuma venda neste período corresponde a “%1”. Escolha “Qualquer data” para buscar em todas.</translation>
    </message>
    <message>
        <source>Sale %1 is outside these filters; it is shown on the right.</source>
        <translation>A venda %1 está fora destes filtros; ela aparece à direita.</translation>
    </message>
    <message>
        <source>Exchange done: return %1 and new sale %2.</source>
        <translation>Troca concluída: devolução %1 e nova venda %2.</translation>
    </message>
    <message>
        <source>Return %1 done: %2 refunded.</source>
        <translation>Devolução %1 concluída: %2 reembolsados.</translation>
    </message>
</context>
<context>
    <name>Balcao::SalesJournal</name>
    <message>
        <source>There is no sale %1.</source>
        <translation>Não existe a venda %1.</translation>
    </message>
    <message>
        <source>More than one sale matches %1; type the whole number.</source>
        <translation>Mais de uma venda corresponde a %1; digite o número completo.</translation>
    </message>
    <message>
        <source>Type a sale number.</source>
        <translation>Digite um número de venda.</translation>
    </message>
</context>
<context>
    <name>Balcao::SalesSettings</name>
    <message>
        <source>The discount limit must be between 0 % and 100 %.</source>
        <translation>O limite de desconto precisa estar entre 0 % e 100 %.</translation>
    </message>
    <message>
        <source>The receipt footer has at most 500 characters.</source>
        <translation>O rodapé do cupom tem no máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>The tax id has at most 40 characters.</source>
        <translation>O CNPJ tem no máximo 40 caracteres.</translation>
    </message>
    <message>
        <source>PIX needs the key, the name of the receiver and the city.</source>
        <translation>O PIX precisa da chave, do nome do recebedor e da cidade.</translation>
    </message>
    <message>
        <source>Set up PIX first: the key, the receiver&apos;s name and the city.</source>
        <translation>Configure o PIX primeiro: a chave, o nome do recebedor e a cidade.</translation>
    </message>
    <message>
        <source>A return without receipt looks back between 1 and %1 days.</source>
        <translation>Uma devolução sem cupom considera entre 1 e %1 dias.</translation>
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
    <name>Balcao::ServiceCatalog</name>
    <message>
        <source>A category needs a name of 1 to %1 characters.</source>
        <translation>Uma categoria precisa de um nome com 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>There is already a category named &quot;%1&quot;.</source>
        <translation>Já existe uma categoria chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no category with id %1.</source>
        <translation>Não há nenhuma categoria com o id %1.</translation>
    </message>
    <message>
        <source>The category still has services (&quot;%1&quot;); move or delete them first.</source>
        <translation>A categoria ainda tem serviços (&quot;%1&quot;); mova-os ou exclua-os primeiro.</translation>
    </message>
    <message>
        <source>The service needs a name.</source>
        <translation>O serviço precisa de um nome.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>O nome é longo demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The duration must be between 1 and %1 minutes.</source>
        <translation>A duração precisa estar entre 1 e %1 minutos.</translation>
    </message>
    <message>
        <source>A buffer must be between 0 and %1 minutes.</source>
        <translation>Um intervalo precisa estar entre 0 e %1 minutos.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>O preço não pode ser negativo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; use the form #RRGGBB.</source>
        <translation>&quot;%1&quot; não é uma cor; use o formato #RRGGBB.</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>Não há membro da equipe com o id %1.</translation>
    </message>
    <message>
        <source>There is no service with id %1.</source>
        <translation>Não há nenhum serviço com o id %1.</translation>
    </message>
    <message>
        <source>There is no service called &quot;%1&quot;.</source>
        <translation>Não há nenhum serviço chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The price has no currency.</source>
        <translation>O preço não tem moeda.</translation>
    </message>
</context>
<context>
    <name>Balcao::ShiftBar</name>
    <message>
        <source>No cash drawer: set up a location first.</source>
        <translation>Sem gaveta de dinheiro: configure uma unidade primeiro.</translation>
    </message>
    <message>
        <source>%1: no shift open — cash payments need one.</source>
        <translation>%1: nenhum turno aberto — pagamentos em dinheiro precisam de um.</translation>
    </message>
    <message>
        <source>%1: open since %2 by %3</source>
        <translation>%1: aberto desde %2 por %3</translation>
    </message>
    <message>
        <source>Drawer (F8)</source>
        <translation>Gaveta (F8)</translation>
    </message>
    <message>
        <source>Open or close the shift, cash in or out, X report</source>
        <translation>Abrir ou fechar o turno, entrada ou saída de dinheiro, relatório X</translation>
    </message>
    <message>
        <source>&amp;Open shift…</source>
        <translation>&amp;Abrir turno…</translation>
    </message>
    <message>
        <source>Cash &amp;in or out…</source>
        <translation>&amp;Entrada ou saída de dinheiro…</translation>
    </message>
    <message>
        <source>&amp;X report…</source>
        <translation>Relatório &amp;X…</translation>
    </message>
    <message>
        <source>&amp;Close shift (count the drawer)…</source>
        <translation>&amp;Fechar turno (contar a gaveta)…</translation>
    </message>
    <message>
        <source>&amp;Use drawer</source>
        <translation>&amp;Usar gaveta</translation>
    </message>
</context>
<context>
    <name>Balcao::ShiftReportDialog</name>
    <message>
        <source>Z report – %1</source>
        <translation>Relatório Z – %1</translation>
    </message>
    <message>
        <source>X report – %1</source>
        <translation>Relatório X – %1</translation>
    </message>
    <message>
        <source>Z report (shift closed)</source>
        <translation>Relatório Z (turno fechado)</translation>
    </message>
    <message>
        <source>X report (the shift is still open)</source>
        <translation>Relatório X (o turno continua aberto)</translation>
    </message>
    <message>
        <source>Opened %1 by %2</source>
        <translation>Aberto em %1 por %2</translation>
    </message>
    <message>
        <source>Closed %1 by %2</source>
        <translation>Fechado em %1 por %2</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fundo de troco inicial</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Vendas em dinheiro</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Reembolsos em dinheiro</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Saídas</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Esperado na gaveta</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>Sobra de %1</translation>
    </message>
    <message>
        <source>Short by %1</source>
        <translation>Falta de %1</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exato</translation>
    </message>
    <message>
        <source>Over / short</source>
        <translation>Sobra / falta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s), %1</source>
        <translation>
            <numerusform>%n venda, %1</numerusform>
            <numerusform>%n vendas, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Descontos concedidos</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impostos</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Gorjetas</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluções</translation>
    </message>
    <message numerus="yes">
        <source>%n return(s), %1</source>
        <translation>
            <numerusform>%n devolução, %1</numerusform>
            <numerusform>%n devoluções, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Gaveta de dinheiro</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>Vendas por forma de pagamento</translation>
    </message>
</context>
<context>
    <name>Balcao::ShiftService</name>
    <message>
        <source>A cash drawer needs a name of 1 to 100 characters.</source>
        <translation>Um caixa precisa de um nome de 1 a 100 caracteres.</translation>
    </message>
    <message>
        <source>There is already a drawer named &quot;%1&quot;.</source>
        <translation>Já existe um caixa chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no cash drawer with id %1.</source>
        <translation>Não existe caixa com o id %1.</translation>
    </message>
    <message>
        <source>Drawer 1</source>
        <translation>Caixa 1</translation>
    </message>
    <message>
        <source>There is no cash shift with id %1.</source>
        <translation>Não existe turno de caixa com o id %1.</translation>
    </message>
    <message>
        <source>The opening float cannot be negative or that large.</source>
        <translation>O fundo de troco não pode ser negativo nem tão grande.</translation>
    </message>
    <message>
        <source>%1 is already open (since %2); close that shift first.</source>
        <translation>%1 já está aberto (desde %2); feche esse turno primeiro.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>O valor precisa ser maior que zero.</translation>
    </message>
    <message>
        <source>Say why cash goes in or out of the drawer.</source>
        <translation>Diga por que o dinheiro entra ou sai do caixa.</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>O motivo é longo demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>This shift is closed; open a new one first.</source>
        <translation>Este turno está fechado; abra um novo primeiro.</translation>
    </message>
    <message>
        <source>The drawer should not hold that much: take out at most what it holds.</source>
        <translation>O caixa não deveria ter tanto: retire no máximo o que ele tem.</translation>
    </message>
    <message>
        <source>This shift is already closed.</source>
        <translation>Este turno já está fechado.</translation>
    </message>
    <message>
        <source>A count is a number of notes or coins from 0 to 100000.</source>
        <translation>Uma contagem é um número de notas ou moedas de 0 a 100000.</translation>
    </message>
    <message>
        <source>%1 is not a note or coin of %2.</source>
        <translation>%1 não é uma nota ou moeda de %2.</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>A observação é longa demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The count is too large to be right.</source>
        <translation>A contagem é grande demais para estar certa.</translation>
    </message>
    <message>
        <source>This shift is still open: its cash is counted at its close.</source>
        <translation>Este turno ainda está aberto: o dinheiro dele é contado no fechamento.</translation>
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
    <name>Balcao::StaffPickerDialog</name>
    <message>
        <source>Who performed it?</source>
        <translation>Quem realizou?</translation>
    </message>
    <message>
        <source>Who performed %1?</source>
        <translation>Quem realizou %1?</translation>
    </message>
</context>
<context>
    <name>Balcao::StaffSchedule</name>
    <message>
        <source>%1–%2 is not a valid time span within a day.</source>
        <translation>%1–%2 não é um intervalo de horário válido dentro de um dia.</translation>
    </message>
    <message>
        <source>Working hours of one day must not overlap.</source>
        <translation>Os horários de trabalho de um dia não podem se sobrepor.</translation>
    </message>
    <message>
        <source>The weekday must be 1 (Monday) to 7 (Sunday).</source>
        <translation>O dia da semana precisa ser de 1 (segunda-feira) a 7 (domingo).</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>A data não é válida.</translation>
    </message>
    <message>
        <source>Time off must end after it starts.</source>
        <translation>A folga precisa terminar depois de começar.</translation>
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
    <message>
        <source>Only a manager or an admin can approve this: %1</source>
        <translation>Só um gerente ou administrador pode aprovar isto: %1</translation>
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
    <name>Balcao::StockActionDialog</name>
    <message>
        <source>Receive stock</source>
        <translation>Receber estoque</translation>
    </message>
    <message>
        <source>Goods in for %1. On hand now: %2.</source>
        <translation>Entrada de %1. Em estoque agora: %2.</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>&amp;Validade</translation>
    </message>
    <message>
        <source>e.g. supplier invoice 4512 (optional)</source>
        <translation>ex.: nota do fornecedor 4512 (opcional)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantidade</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>&amp;Lote</translation>
    </message>
    <message>
        <source>Unit &amp;cost</source>
        <translation>&amp;Custo unitário</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Receber</translation>
    </message>
    <message>
        <source>Count stock</source>
        <translation>Contar estoque</translation>
    </message>
    <message>
        <source>How many units of %1 are on the shelf? The system says %2; the difference is recorded as an adjustment.</source>
        <translation>Quantas unidades de %1 há na prateleira? O sistema diz %2; a diferença é registrada como ajuste.</translation>
    </message>
    <message>
        <source>e.g. monthly count (optional)</source>
        <translation>ex.: contagem mensal (opcional)</translation>
    </message>
    <message>
        <source>&amp;Counted</source>
        <translation>&amp;Contado</translation>
    </message>
    <message>
        <source>&amp;Record count</source>
        <translation>&amp;Registrar contagem</translation>
    </message>
    <message>
        <source>Write off stock</source>
        <translation>Dar baixa no estoque</translation>
    </message>
    <message>
        <source>Units of %1 taken out of stock as damaged, expired or lost. On hand now: %2.</source>
        <translation>Unidades de %1 retiradas do estoque por dano, validade ou perda. Em estoque agora: %2.</translation>
    </message>
    <message>
        <source>Why (required), e.g. broken in transport</source>
        <translation>Por quê (obrigatório), ex.: quebrou no transporte</translation>
    </message>
    <message>
        <source>&amp;Write off</source>
        <translation>&amp;Dar baixa</translation>
    </message>
    <message>
        <source>Received %1 of %2.</source>
        <translation>Recebidas %1 de %2.</translation>
    </message>
    <message>
        <source>Counted %1 of %2: adjusted by %3.</source>
        <translation>Contadas %1 de %2: ajuste de %3.</translation>
    </message>
    <message>
        <source>Counted %1 of %2: it matches the records.</source>
        <translation>Contadas %1 de %2: confere com o registro.</translation>
    </message>
    <message>
        <source>Wrote off %1 of %2.</source>
        <translation>Baixa de %1 de %2.</translation>
    </message>
</context>
<context>
    <name>Balcao::StockBelowZeroCheck</name>
    <message>
        <source>&quot;%1&quot; is not a resolution of this conflict.</source>
        <translation>&quot;%1&quot; não é uma solução deste conflito.</translation>
    </message>
    <message>
        <source>Stock below zero after sync: set to zero</source>
        <translation>Estoque abaixo de zero após a sincronização: zerado</translation>
    </message>
</context>
<context>
    <name>Balcao::StockLedger</name>
    <message>
        <source>&quot;%1&quot; does not keep stock; turn on stock tracking first.</source>
        <translation>&quot;%1&quot; não controla estoque; ative o controle de estoque primeiro.</translation>
    </message>
    <message>
        <source>A stock movement needs a quantity other than zero.</source>
        <translation>Uma movimentação de estoque precisa de uma quantidade diferente de zero.</translation>
    </message>
    <message>
        <source>A stock movement moves at most %1 units.</source>
        <translation>Uma movimentação de estoque move no máximo %1 unidades.</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>O motivo é longo demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Receive a quantity of at least 1.</source>
        <translation>Receba uma quantidade de pelo menos 1.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>O custo não pode ser negativo.</translation>
    </message>
    <message>
        <source>A count is between 0 and %1.</source>
        <translation>Uma contagem fica entre 0 e %1.</translation>
    </message>
    <message>
        <source>Write off a quantity of at least 1.</source>
        <translation>Dê baixa em uma quantidade de pelo menos 1.</translation>
    </message>
    <message>
        <source>Say why the stock is written off.</source>
        <translation>Diga por que o estoque recebe baixa.</translation>
    </message>
</context>
<context>
    <name>Balcao::StockMovementsModel</name>
    <message>
        <source>Sold</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Count adjustment</source>
        <translation>Ajuste de contagem</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Sent to another location</source>
        <translation>Enviado a outro local</translation>
    </message>
    <message>
        <source>Received from another location</source>
        <translation>Recebido de outro local</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>lote %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Sale / return</source>
        <translation>Venda / devolução</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Balcao::SyncCredentials</name>
    <message>
        <source>This terminal is not connected to a server yet. Enrol it with a code from your administrator.</source>
        <translation>Este terminal ainda não está conectado a um servidor. Cadastre-o com um código fornecido pelo administrador.</translation>
    </message>
    <message>
        <source>The sync token of this terminal is not in the system keychain: %1</source>
        <translation>O token de sincronização deste terminal não está no chaveiro do sistema: %1</translation>
    </message>
    <message>
        <source>Could not record the server of this terminal: %1</source>
        <translation>Não foi possível registrar o servidor deste terminal: %1</translation>
    </message>
</context>
<context>
    <name>Balcao::TaxClassDialog</name>
    <message>
        <source>Edit tax class</source>
        <translation>Editar classe de imposto</translation>
    </message>
    <message>
        <source>New tax class</source>
        <translation>Nova classe de imposto</translation>
    </message>
    <message>
        <source>e.g. ICMS 18%</source>
        <translation>ex.: ICMS 18%</translation>
    </message>
    <message>
        <source>&amp;Included in the price (as in Brazil)</source>
        <translation>&amp;Incluído no preço (como no Brasil)</translation>
    </message>
    <message>
        <source>A&amp;dded on top of the price (as in the US)</source>
        <translation>&amp;Acrescido ao preço (como nos EUA)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>A&amp;líquota</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
</context>
<context>
    <name>Balcao::TaxClasses</name>
    <message>
        <source>A tax class needs a name of 1 to %1 characters.</source>
        <translation>Uma classe de imposto precisa de um nome de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>A tax rate must be between 0 % and 100 %.</source>
        <translation>Uma alíquota precisa estar entre 0 % e 100 %.</translation>
    </message>
    <message>
        <source>There is already a tax class named &quot;%1&quot;.</source>
        <translation>Já existe uma classe de imposto chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Products or services still use &quot;%1&quot; (for example &quot;%2&quot;); give them another tax class first.</source>
        <translation>Produtos ou serviços ainda usam &quot;%1&quot; (por exemplo &quot;%2&quot;); dê a eles outra classe de imposto primeiro.</translation>
    </message>
    <message>
        <source>There is no tax class with id %1.</source>
        <translation>Não existe classe de imposto com o id %1.</translation>
    </message>
    <message>
        <source>There is no tax class called &quot;%1&quot;.</source>
        <translation>Não existe classe de imposto chamada &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Balcao::TenderEntry</name>
    <message>
        <source>The client pays</source>
        <translation>O cliente paga</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pagamento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>A&amp;dd payment</source>
        <translation>A&amp;dicionar pagamento</translation>
    </message>
    <message>
        <source>Payments (Delete removes one)</source>
        <translation>Pagamentos (Delete remove um)</translation>
    </message>
    <message>
        <source>Authorisation code</source>
        <translation>Código de autorização</translation>
    </message>
    <message>
        <source>PIX transaction id (optional)</source>
        <translation>Id da transação PIX (opcional)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Paid. Change to give: %1</source>
        <translation>Pago. Troco a dar: %1</translation>
    </message>
    <message>
        <source>Paid.</source>
        <translation>Pago.</translation>
    </message>
    <message>
        <source>Still to pay: %1</source>
        <translation>Falta pagar: %1</translation>
    </message>
</context>
<context>
    <name>Balcao::TerminalDrawer</name>
    <message>
        <source>Could not remember the cash drawer of this terminal: %1</source>
        <translation>Não foi possível guardar a gaveta de dinheiro deste terminal: %1</translation>
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
    <message>
        <source>The enrolment was cancelled.</source>
        <translation>A inscrição foi cancelada.</translation>
    </message>
    <message>
        <source>This enrolment code is unknown, already used or expired. Ask your administrator for a new one.</source>
        <translation>Este código de inscrição é desconhecido, já foi usado ou expirou. Peça um novo ao administrador.</translation>
    </message>
    <message>
        <source>This terminal and the server run versions of Balcão that cannot sync with each other. The server says: %1</source>
        <translation>Este terminal e o servidor usam versões do Balcão que não conseguem sincronizar entre si. O servidor diz: %1</translation>
    </message>
    <message>
        <source>Check the address and this computer&apos;s network connection.</source>
        <translation>Confira o endereço e a conexão de rede deste computador.</translation>
    </message>
    <message>
        <source>No Balcão sync server answers at %1. Check the address with your administrator.</source>
        <translation>Nenhum servidor de sincronização do Balcão responde em %1. Confira o endereço com o administrador.</translation>
    </message>
</context>
<context>
    <name>Balcao::TerminalJoin</name>
    <message>
        <source>%1 already exists; joining a business makes a new database.</source>
        <translation>%1 já existe; entrar em uma empresa cria um banco de dados novo.</translation>
    </message>
</context>
<context>
    <name>Balcao::TerminalLocation</name>
    <message>
        <source>The business has no location yet.</source>
        <translation>A empresa ainda não tem nenhuma unidade.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a location id.</source>
        <translation>&quot;%1&quot; não é um id de local.</translation>
    </message>
</context>
<context>
    <name>Balcao::TipDialog</name>
    <message>
        <source>Tip</source>
        <translation>Gorjeta</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
</context>
<context>
    <name>balcaod</name>
    <message>
        <source>balcaod: data in the %1</source>
        <translation>balcaod: dados em %1</translation>
    </message>
    <message>
        <source>balcaod: listening on https://%1:%2 (TLS)</source>
        <translation>balcaod: escutando em https://%1:%2 (TLS)</translation>
    </message>
    <message>
        <source>balcaod: listening on http://%1:%2 (plain HTTP, loopback only: give --tls-cert and --tls-key to serve other machines)</source>
        <translation>balcaod: escutando em http://%1:%2 (HTTP simples, só loopback: informe --tls-cert e --tls-key para atender outras máquinas)</translation>
    </message>
    <message>
        <source>balcaod: stopping</source>
        <translation>balcaod: parando</translation>
    </message>
    <message>
        <source>balcaod: stopped</source>
        <translation>balcaod: parado</translation>
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
