<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation>database schema %1</translation>
    </message>
    <message>
        <source>About Balcão</source>
        <translation>About Balcão</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Balcão %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Balcão %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Point of sale and booking for salons, spas and clinics.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in an encrypted database; terminals of the same business reconcile through its own server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Point of sale and booking for salons, spas and clinics.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in an encrypted database; terminals of the same business reconcile through its own server.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later.</source>
        <translation>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later.</translation>
    </message>
</context>
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
        <source>Add &amp;sample data: clients, staff, services, products and this week&apos;s appointments</source>
        <translation>Add &amp;sample data: clients, staff, services, products and this week&apos;s appointments</translation>
    </message>
</context>
<context>
    <name>Balcao::AgendaContent</name>
    <message>
        <source>Unknown staff member</source>
        <translation>Unknown staff member</translation>
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
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Moved %1 to %2 with %3. Ctrl+Z undoes it.</source>
        <translation>Moved %1 to %2 with %3. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>%1 now ends at %2. Ctrl+Z undoes it.</source>
        <translation>%1 now ends at %2. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Not undone: %1&apos;s appointment has changed since, on this terminal or another one.</source>
        <translation>Not undone: %1&apos;s appointment has changed since, on this terminal or another one.</translation>
    </message>
    <message>
        <source>Not redone: %1&apos;s appointment has changed since, on this terminal or another one.</source>
        <translation>Not redone: %1&apos;s appointment has changed since, on this terminal or another one.</translation>
    </message>
    <message>
        <source>Undone: %1 ends at %2 again.</source>
        <translation>Undone: %1 ends at %2 again.</translation>
    </message>
    <message>
        <source>Redone: %1 now ends at %2.</source>
        <translation>Redone: %1 now ends at %2.</translation>
    </message>
    <message>
        <source>Undone: %1 is back on %2 with %3.</source>
        <translation>Undone: %1 is back on %2 with %3.</translation>
    </message>
    <message>
        <source>Redone: %1 is on %2 with %3.</source>
        <translation>Redone: %1 is on %2 with %3.</translation>
    </message>
    <message>
        <source>move of %1</source>
        <translation>move of %1</translation>
    </message>
    <message>
        <source>new end of %1</source>
        <translation>new end of %1</translation>
    </message>
</context>
<context>
    <name>Balcao::AgendaLegend</name>
    <message>
        <source>Colours of the appointment statuses</source>
        <translation>Colours of the appointment statuses</translation>
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
        <translation>Previous day or week (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next day or week (Ctrl+Right)</source>
        <translation>Next day or week (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Go to today (T)</translation>
    </message>
    <message>
        <source>Go to date…</source>
        <translation>Go to date…</translation>
    </message>
    <message>
        <source>Pick a date (Ctrl+G)</source>
        <translation>Pick a date (Ctrl+G)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>One day (D)</source>
        <translation>One day (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>The whole week (W)</source>
        <translation>The whole week (W)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>A column per staff member</source>
        <translation>A column per staff member</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>A column per room, chair or other resource</source>
        <translation>A column per room, chair or other resource</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>Book an appointment (N)</source>
        <translation>Book an appointment (N)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
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
        <translation>Set up a location before booking appointments.</translation>
    </message>
    <message numerus="yes">
        <source>Booked %1 on %2.</source>
        <translation>
            <numerusform>Booked %1 on %2.</numerusform>
            <numerusform>Booked %1 on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move a recurring appointment</source>
        <translation>Move a recurring appointment</translation>
    </message>
    <message>
        <source>Move only this appointment, or this one and the following ones of its series?</source>
        <translation>Move only this appointment, or this one and the following ones of its series?</translation>
    </message>
    <message>
        <source>Only &amp;this one</source>
        <translation>Only &amp;this one</translation>
    </message>
    <message>
        <source>This and the &amp;following</source>
        <translation>This and the &amp;following</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close ×</source>
        <translation>Close ×</translation>
    </message>
    <message>
        <source>Close the details (Esc brings you back to the agenda)</source>
        <translation>Close the details (Esc brings you back to the agenda)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Undo the %1 (%2)</source>
        <translation>Undo the %1 (%2)</translation>
    </message>
    <message>
        <source>Undo the last move or resize (%1)</source>
        <translation>Undo the last move or resize (%1)</translation>
    </message>
    <message>
        <source>Redo the %1 (%2)</source>
        <translation>Redo the %1 (%2)</translation>
    </message>
    <message>
        <source>Redo what was undone (%1)</source>
        <translation>Redo what was undone (%1)</translation>
    </message>
</context>
<context>
    <name>Balcao::AgendaPainter</name>
    <message>
        <source>Nobody works at this location yet. Add staff members and their hours to book appointments.</source>
        <translation>Nobody works at this location yet. Add staff members and their hours to book appointments.</translation>
    </message>
    <message>
        <source>This location has no rooms, chairs or other resources.</source>
        <translation>This location has no rooms, chairs or other resources.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>Balcao::AgendaQuery</name>
    <message>
        <source>The agenda needs a location and a valid range of days.</source>
        <translation>The agenda needs a location and a valid range of days.</translation>
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
    <message>
        <source>No passphrase was chosen, so nothing was created.</source>
        <translation>No passphrase was chosen, so nothing was created.</translation>
    </message>
</context>
<context>
    <name>Balcao::AppointmentActions</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Check &amp;in</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Co&amp;mplete</translation>
    </message>
    <message>
        <source>N&amp;o-show</source>
        <translation>N&amp;o-show</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Book it again at the same time, if that time is still free</source>
        <translation>Book it again at the same time, if that time is still free</translation>
    </message>
    <message>
        <source>Cance&amp;l appointment…</source>
        <translation>Cance&amp;l appointment…</translation>
    </message>
    <message>
        <source>Cancel with a reason (Delete in the agenda)</source>
        <translation>Cancel with a reason (Delete in the agenda)</translation>
    </message>
    <message>
        <source>Edit n&amp;otes…</source>
        <translation>Edit n&amp;otes…</translation>
    </message>
    <message>
        <source>Client &amp;page</source>
        <translation>Client &amp;page</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) cancelled.</source>
        <translation>
            <numerusform>%n appointment cancelled.</numerusform>
            <numerusform>%n appointments cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notes saved.</translation>
    </message>
    <message>
        <source>Check &amp;out…</source>
        <translation>Check &amp;out…</translation>
    </message>
    <message>
        <source>Charge this visit at the checkout; the sale completes it</source>
        <translation>Charge this visit at the checkout; the sale completes it</translation>
    </message>
</context>
<context>
    <name>Balcao::AppointmentBook</name>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>The notes are too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The duration must be between 1 and %1 minutes.</source>
        <translation>The duration must be between 1 and %1 minutes.</translation>
    </message>
    <message>
        <source>The appointment cannot be booked as it is:
%1
A manager can book it anyway.</source>
        <translation>The appointment cannot be booked as it is:
%1
A manager can book it anyway.</translation>
    </message>
    <message>
        <source>Only a manager or an admin can book over these problems:
%1</source>
        <translation>Only a manager or an admin can book over these problems:
%1</translation>
    </message>
    <message>
        <source>Repeat every 1 to 52 weeks.</source>
        <translation>Repeat every 1 to 52 weeks.</translation>
    </message>
    <message>
        <source>Say until when or how many times the appointment repeats.</source>
        <translation>Say until when or how many times the appointment repeats.</translation>
    </message>
    <message>
        <source>A series has 1 to %1 appointments.</source>
        <translation>A series has 1 to %1 appointments.</translation>
    </message>
    <message>
        <source>The series must end on or after its first date.</source>
        <translation>The series must end on or after its first date.</translation>
    </message>
    <message>
        <source>A cancelled, missed or completed appointment cannot be moved.</source>
        <translation>A cancelled, missed or completed appointment cannot be moved.</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled.</source>
        <translation>Say why the appointment is cancelled.</translation>
    </message>
    <message>
        <source>A %1 appointment cannot be cancelled.</source>
        <translation>A %1 appointment cannot be cancelled.</translation>
    </message>
    <message>
        <source>An appointment cannot go from %1 to %2.</source>
        <translation>An appointment cannot go from %1 to %2.</translation>
    </message>
    <message>
        <source>There is no appointment with id %1.</source>
        <translation>There is no appointment with id %1.</translation>
    </message>
    <message>
        <source>The price of a booked service has no currency.</source>
        <translation>The price of a booked service has no currency.</translation>
    </message>
</context>
<context>
    <name>Balcao::AppointmentCharge</name>
    <message>
        <source>A cancelled or missed appointment cannot be charged.</source>
        <translation>A cancelled or missed appointment cannot be charged.</translation>
    </message>
    <message>
        <source>This appointment was already charged (sale %1).</source>
        <translation>This appointment was already charged (sale %1).</translation>
    </message>
    <message>
        <source>There is no appointment with id %1.</source>
        <translation>There is no appointment with id %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::AppointmentNotesDialog</name>
    <message>
        <source>Appointment notes</source>
        <translation>Appointment notes</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Internal notes (only the team sees them)</source>
        <translation>&amp;Internal notes (only the team sees them)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Balcao::AppointmentOverlapCheck</name>
    <message>
        <source>&quot;%1&quot; is not a resolution of this conflict.</source>
        <translation>&quot;%1&quot; is not a resolution of this conflict.</translation>
    </message>
    <message>
        <source>Double booking resolved</source>
        <translation>Double booking resolved</translation>
    </message>
    <message>
        <source>The appointment has no services to move.</source>
        <translation>The appointment has no services to move.</translation>
    </message>
    <message>
        <source>There is no free time for it in the next month.</source>
        <translation>There is no free time for it in the next month.</translation>
    </message>
    <message>
        <source>Nobody else who performs &quot;%1&quot; is free at that time.</source>
        <translation>Nobody else who performs &quot;%1&quot; is free at that time.</translation>
    </message>
</context>
<context>
    <name>Balcao::AppointmentPanel</name>
    <message>
        <source>Unknown service</source>
        <translation>Unknown service</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>Booked by</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <source>Appointment %1 of a series</source>
        <translation>Appointment %1 of a series</translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation>Cancelled because</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;Select an appointment to see it here. Double-click an empty time, or press N, to book one.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;Select an appointment to see it here. Double-click an empty time, or press N, to book one.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Balcao::AppointmentWording</name>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
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
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Unknown service</translation>
    </message>
    <message>
        <source> + </source>
        <comment>between the services of one visit</comment>
        <translation> + </translation>
    </message>
    <message>
        <source>Unknown client</source>
        <translation>Unknown client</translation>
    </message>
</context>
<context>
    <name>Balcao::AvailabilityFinder</name>
    <message>
        <source>Search from one date to a later one, at most %1 days.</source>
        <translation>Search from one date to a later one, at most %1 days.</translation>
    </message>
    <message>
        <source>The step between found must be 5 to 240 minutes.</source>
        <translation>The step between found must be 5 to 240 minutes.</translation>
    </message>
    <message>
        <source>That staff member does not perform &quot;%1&quot;.</source>
        <translation>That staff member does not perform &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and %1 minutes.</source>
        <translation>The duration must be between 1 and %1 minutes.</translation>
    </message>
</context>
<context>
    <name>Balcao::Barcode</name>
    <message>
        <source>The barcode is empty.</source>
        <translation>The barcode is empty.</translation>
    </message>
    <message>
        <source>A barcode has at most %1 characters.</source>
        <translation>A barcode has at most %1 characters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a barcode.</source>
        <translation>&quot;%1&quot; cannot be part of a barcode.</translation>
    </message>
    <message>
        <source>%1 is not a valid EAN/UPC code: its last digit should be %2. Check the digits typed.</source>
        <translation>%1 is not a valid EAN/UPC code: its last digit should be %2. Check the digits typed.</translation>
    </message>
</context>
<context>
    <name>Balcao::BarcodeListEditor</name>
    <message>
        <source>Scan or type a barcode, then Enter</source>
        <translation>Scan or type a barcode, then Enter</translation>
    </message>
    <message>
        <source>New barcode</source>
        <translation>New barcode</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Barcodes (Delete removes one)</source>
        <translation>Barcodes (Delete removes one)</translation>
    </message>
</context>
<context>
    <name>Balcao::BookingChecker</name>
    <message>
        <source>%1 does not perform &quot;%2&quot;.</source>
        <translation>%1 does not perform &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not working at %2 (outside working hours, a break or time off).</source>
        <translation>%1 is not working at %2 (outside working hours, a break or time off).</translation>
    </message>
    <message>
        <source>%1 is already booked at %2.</source>
        <translation>%1 is already booked at %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a %2 and none is free at %3.</source>
        <translation>&quot;%1&quot; needs a %2 and none is free at %3.</translation>
    </message>
    <message>
        <source>The %1 is already taken at %2.</source>
        <translation>The %1 is already taken at %2.</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>resource</translation>
    </message>
    <message>
        <source>The client already has an appointment at %1.</source>
        <translation>The client already has an appointment at %1.</translation>
    </message>
    <message>
        <source>Unknown staff member</source>
        <translation>Unknown staff member</translation>
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
        <translation>New appointment</translation>
    </message>
    <message>
        <source>&amp;Services (tick one or more, done in this order)</source>
        <translation>&amp;Services (tick one or more, done in this order)</translation>
    </message>
    <message>
        <source>W&amp;ith</source>
        <translation>W&amp;ith</translation>
    </message>
    <message>
        <source>&amp;Date and time (%1)</source>
        <translation>&amp;Date and time (%1)</translation>
    </message>
    <message>
        <source>Ne&amp;xt free slot</source>
        <translation>Ne&amp;xt free slot</translation>
    </message>
    <message>
        <source>The first time from the date above when the first service fits; press again for the one after</source>
        <translation>The first time from the date above when the first service fits; press again for the one after</translation>
    </message>
    <message>
        <source>Booked &amp;by</source>
        <translation>Booked &amp;by</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Internal notes (only the &amp;team sees them)</source>
        <translation>Internal notes (only the &amp;team sees them)</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Anyone available</source>
        <translation>Anyone available</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>Choose at least one service.</translation>
    </message>
    <message>
        <source>%1 with %2, %3</source>
        <translation>%1 with %2, %3</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Warnings (a manager can book anyway):</source>
        <translation>Warnings (a manager can book anyway):</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>Choose a service first.</translation>
    </message>
    <message numerus="yes">
        <source>No free time in the next %n day(s). Try another staff member or service.</source>
        <translation>
            <numerusform>No free time in the next %n day. Try another staff member or service.</numerusform>
            <numerusform>No free time in the next %n days. Try another staff member or service.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next free slot: %1 with %2.</source>
        <translation>Next free slot: %1 with %2.</translation>
    </message>
    <message>
        <source>Nothing was booked.</source>
        <translation>Nothing was booked.</translation>
    </message>
</context>
<context>
    <name>Balcao::BookingPlanner</name>
    <message>
        <source>Choose one to %1 services for the appointment.</source>
        <translation>Choose one to %1 services for the appointment.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a booking source (front_desk, phone, walk_in, online).</source>
        <translation>&quot;%1&quot; is not a booking source (front_desk, phone, walk_in, online).</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>The notes are too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The appointment needs a start time.</source>
        <translation>The appointment needs a start time.</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>There is no client with id %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not offered any more.</source>
        <translation>&quot;%1&quot; is not offered any more.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and %1 minutes.</source>
        <translation>The duration must be between 1 and %1 minutes.</translation>
    </message>
    <message>
        <source>%1 is at another location.</source>
        <translation>%1 is at another location.</translation>
    </message>
    <message>
        <source>Nobody performs &quot;%1&quot;: choose who does it in the service catalog.</source>
        <translation>Nobody performs &quot;%1&quot;: choose who does it in the service catalog.</translation>
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
    <message>
        <source>&amp;Join an existing business instead</source>
        <translation>&amp;Join an existing business instead</translation>
    </message>
    <message>
        <source>When another computer of the business already uses Balcão with a sync server: this one then gets the clients, the team and the settings from there, with an enrolment code from your administrator.</source>
        <translation>When another computer of the business already uses Balcão with a sync server: this one then gets the clients, the team and the settings from there, with an enrolment code from your administrator.</translation>
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
    <name>Balcao::CancelAppointmentDialog</name>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s appointment on %2?</source>
        <translation>Cancel %1&apos;s appointment on %2?</translation>
    </message>
    <message>
        <source>The client asked to cancel</source>
        <translation>The client asked to cancel</translation>
    </message>
    <message>
        <source>The client is ill</source>
        <translation>The client is ill</translation>
    </message>
    <message>
        <source>The staff member is not available</source>
        <translation>The staff member is not available</translation>
    </message>
    <message>
        <source>Booked by mistake</source>
        <translation>Booked by mistake</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>Why is it cancelled?</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Also cancel the &amp;following appointments of this series</source>
        <translation>Also cancel the &amp;following appointments of this series</translation>
    </message>
    <message>
        <source>Cancel &amp;appointment</source>
        <translation>Cancel &amp;appointment</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
</context>
<context>
    <name>Balcao::CartBuilder</name>
    <message>
        <source>&quot;%1&quot; is not for sale (inactive).</source>
        <translation>&quot;%1&quot; is not for sale (inactive).</translation>
    </message>
    <message>
        <source>A gift card is loaded with an amount above zero.</source>
        <translation>A gift card is loaded with an amount above zero.</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>Gift card %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sold at that price.</source>
        <translation>&quot;%1&quot; cannot be sold at that price.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a discount; give either a lower price or a discount.</source>
        <translation>&quot;%1&quot; already has a discount; give either a lower price or a discount.</translation>
    </message>
</context>
<context>
    <name>Balcao::CartEditor</name>
    <message>
        <source>Choose a line of the cart first.</source>
        <translation>Choose a line of the cart first.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Change the quantity</source>
        <translation>Change the quantity</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Discount on %1</source>
        <translation>Discount on %1</translation>
    </message>
    <message>
        <source>Discount on the sale</source>
        <translation>Discount on the sale</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Choose the client</source>
        <translation>Choose the client</translation>
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
        <translation>included in the price</translation>
    </message>
    <message>
        <source>added to the price</source>
        <translation>added to the price</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
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
        <translation>Discounts (sale %1)</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Tip (%1)</source>
        <translation>Tip (%1)</translation>
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
        <translation>of which tax %1 (%2)</translation>
    </message>
    <message>
        <source>Only %1 of %2 in stock; the cart has %3.</source>
        <translation>Only %1 of %2 in stock; the cart has %3.</translation>
    </message>
    <message>
        <source>A discount of %1 needs a manager&apos;s approval (the limit is %2).</source>
        <translation>A discount of %1 needs a manager&apos;s approval (the limit is %2).</translation>
    </message>
</context>
<context>
    <name>Balcao::CashMovementDialog</name>
    <message>
        <source>Cash &amp;in</source>
        <translation>Cash &amp;in</translation>
    </message>
    <message>
        <source>Cash &amp;out</source>
        <translation>Cash &amp;out</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Cash in or out</translation>
    </message>
    <message>
        <source>e.g. change from the bank, paid the flower supplier</source>
        <translation>e.g. change from the bank, paid the flower supplier</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>Balcao::CatalogSearch</name>
    <message>
        <source>Scan a barcode, or type a product or service (name, SKU, code)</source>
        <translation>Scan a barcode, or type a product or service (name, SKU, code)</translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation>Scan or search</translation>
    </message>
    <message>
        <source>Products and services found</source>
        <translation>Products and services found</translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation>%1 in stock</translation>
    </message>
    <message>
        <source>%1 · service · %2 min · %3</source>
        <translation>%1 · service · %2 min · %3</translation>
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
    <name>Balcao::CheckoutFlow</name>
    <message>
        <source>A manager or an admin must approve this discount. The approval is recorded with the sale, under their name.</source>
        <translation>A manager or an admin must approve this discount. The approval is recorded with the sale, under their name.</translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation>No shift open</translation>
    </message>
    <message>
        <source>%1 has no open shift, and cash goes into it.</source>
        <translation>%1 has no open shift, and cash goes into it.</translation>
    </message>
    <message>
        <source>Open the shift now with the float in the drawer? The sale is then completed.</source>
        <translation>Open the shift now with the float in the drawer? The sale is then completed.</translation>
    </message>
    <message>
        <source>&amp;Open shift…</source>
        <translation>&amp;Open shift…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Balcao::CheckoutPage</name>
    <message>
        <source>Line removed. Ctrl+Z brings it back.</source>
        <translation>Line removed. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Set up a location before selling.</source>
        <translation>Set up a location before selling.</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <source>Line discount (F5)</source>
        <translation>Line discount (F5)</translation>
    </message>
    <message>
        <source>A discount on the selected line: an amount or a percentage</source>
        <translation>A discount on the selected line: an amount or a percentage</translation>
    </message>
    <message>
        <source>Sale discount (F6)</source>
        <translation>Sale discount (F6)</translation>
    </message>
    <message>
        <source>A discount on the whole sale, shared among its lines</source>
        <translation>A discount on the whole sale, shared among its lines</translation>
    </message>
    <message>
        <source>Tip (F7)</source>
        <translation>Tip (F7)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the last change to the cart (Ctrl+Z)</source>
        <translation>Undo the last change to the cart (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>The checkout&apos;s keyboard shortcuts</source>
        <translation>The checkout&apos;s keyboard shortcuts</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Choose… (F4)</source>
        <translation>Choose… (F4)</translation>
    </message>
    <message>
        <source>No client: a sale to a walk-in.</source>
        <translation>No client: a sale to a walk-in.</translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation>Store credit %1</translation>
    </message>
    <message>
        <source>Owes %1</source>
        <translation>Owes %1</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Pay (F12)</translation>
    </message>
    <message>
        <source>Pay %1  (F12)</source>
        <translation>Pay %1  (F12)</translation>
    </message>
    <message>
        <source>%1 Nothing was added.</source>
        <translation>%1 Nothing was added.</translation>
    </message>
    <message>
        <source>Check out an appointment</source>
        <translation>Check out an appointment</translation>
    </message>
    <message>
        <source>The appointment is in the cart. Add products if needed, then Pay (F12).</source>
        <translation>The appointment is in the cart. Add products if needed, then Pay (F12).</translation>
    </message>
    <message>
        <source>Ctrl+Z brings back the cart that was here.</source>
        <translation>Ctrl+Z brings back the cart that was here.</translation>
    </message>
    <message>
        <source>Discount on a line</source>
        <translation>Discount on a line</translation>
    </message>
    <message>
        <source>Discount on %1</source>
        <translation>Discount on %1</translation>
    </message>
    <message>
        <source>Discount on the sale</source>
        <translation>Discount on the sale</translation>
    </message>
    <message>
        <source>A discount on the whole sale, shared among its lines in proportion to their price.</source>
        <translation>A discount on the whole sale, shared among its lines in proportion to their price.</translation>
    </message>
    <message>
        <source>The cart is empty: scan or search for what to sell.</source>
        <translation>The cart is empty: scan or search for what to sell.</translation>
    </message>
    <message>
        <source>Checkout keys</source>
        <translation>Checkout keys</translation>
    </message>
    <message>
        <source>Gift card (F3)</source>
        <translation>Gift card (F3)</translation>
    </message>
    <message>
        <source>Sell a gift card, or add to one</source>
        <translation>Sell a gift card, or add to one</translation>
    </message>
    <message>
        <source>Receive what is owed… (F10)</source>
        <translation>Receive what is owed… (F10)</translation>
    </message>
    <message>
        <source>The client pays off what they left on their account</source>
        <translation>The client pays off what they left on their account</translation>
    </message>
    <message>
        <source>Received %1 from %2.</source>
        <translation>Received %1 from %2.</translation>
    </message>
    <message>
        <source>Change to give: %1.</source>
        <translation>Change to give: %1.</translation>
    </message>
    <message>
        <source>Still owed: %1.</source>
        <translation>Still owed: %1.</translation>
    </message>
    <message>
        <source>Nothing is owed now.</source>
        <translation>Nothing is owed now.</translation>
    </message>
</context>
<context>
    <name>Balcao::CheckoutService</name>
    <message>
        <source>The business sells in %1, not %2.</source>
        <translation>The business sells in %1, not %2.</translation>
    </message>
    <message>
        <source>The notes are too long (at most 2000 characters).</source>
        <translation>The notes are too long (at most 2000 characters).</translation>
    </message>
    <message>
        <source>a discount of %1 % (the limit is %2 %)</source>
        <translation>a discount of %1 % (the limit is %2 %)</translation>
    </message>
    <message>
        <source>A manager must approve %1.</source>
        <translation>A manager must approve %1.</translation>
    </message>
    <message>
        <source>Choose the client before leaving %1 on their account.</source>
        <translation>Choose the client before leaving %1 on their account.</translation>
    </message>
    <message>
        <source>Open the cash drawer (start a shift) before taking cash.</source>
        <translation>Open the cash drawer (start a shift) before taking cash.</translation>
    </message>
    <message>
        <source>Type the card terminal&apos;s authorisation code.</source>
        <translation>Type the card terminal&apos;s authorisation code.</translation>
    </message>
    <message>
        <source>Choose the client whose store credit pays.</source>
        <translation>Choose the client whose store credit pays.</translation>
    </message>
    <message>
        <source>The gift card %1 is in %2.</source>
        <translation>The gift card %1 is in %2.</translation>
    </message>
    <message>
        <source>The gift card %1 has expired.</source>
        <translation>The gift card %1 has expired.</translation>
    </message>
    <message>
        <source>Exchange credit only pays the new sale of an exchange.</source>
        <translation>Exchange credit only pays the new sale of an exchange.</translation>
    </message>
    <message>
        <source>The client has %1 of store credit.</source>
        <translation>The client has %1 of store credit.</translation>
    </message>
    <message>
        <source>The gift card %1 holds %2.</source>
        <translation>The gift card %1 holds %2.</translation>
    </message>
</context>
<context>
    <name>Balcao::CheckoutSettingsDialog</name>
    <message>
        <source>Checkout settings</source>
        <translation>Checkout settings</translation>
    </message>
    <message>
        <source>&amp;Taxes</source>
        <translation>&amp;Taxes</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>&amp;Counter</translation>
    </message>
    <message>
        <source>&amp;Receipt and PIX</source>
        <translation>&amp;Receipt and PIX</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>Tax class</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Tax classes</source>
        <translation>Tax classes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Round each &amp;line&apos;s tax</source>
        <translation>Round each &amp;line&apos;s tax</translation>
    </message>
    <message>
        <source>Round each rate&apos;s tax once, on the t&amp;otal</source>
        <translation>Round each rate&apos;s tax once, on the t&amp;otal</translation>
    </message>
    <message>
        <source>Tax rounding</source>
        <translation>Tax rounding</translation>
    </message>
    <message>
        <source>Changes to tax classes are saved at once. A sale keeps the rate it was sold at.</source>
        <translation>Changes to tax classes are saved at once. A sale keeps the rate it was sold at.</translation>
    </message>
    <message>
        <source>Each line&apos;s tax is rounded to the cent on its own; the sale&apos;s tax is their sum.</source>
        <translation>Each line&apos;s tax is rounded to the cent on its own; the sale&apos;s tax is their sum.</translation>
    </message>
    <message>
        <source>The tax of each rate is computed once on the sum of its lines and rounded once, then shared back to the lines.</source>
        <translation>The tax of each rate is computed once on the sum of its lines and rounded once, then shared back to the lines.</translation>
    </message>
    <message>
        <source>Largest &amp;discount without a manager</source>
        <translation>Largest &amp;discount without a manager</translation>
    </message>
    <message>
        <source>A discount that takes more than this share off a line (its own and its part of the order&apos;s) needs a manager or an admin to approve it.</source>
        <translation>A discount that takes more than this share off a line (its own and its part of the order&apos;s) needs a manager or an admin to approve it.</translation>
    </message>
    <message>
        <source>Returns without receipt look back (da&amp;ys)</source>
        <translation>Returns without receipt look back (da&amp;ys)</translation>
    </message>
    <message>
        <source>A return without receipt refunds the lowest price the product sold for here in this many days.</source>
        <translation>A return without receipt refunds the lowest price the product sold for here in this many days.</translation>
    </message>
    <message>
        <source>e.g. 12.345.678/0001-95</source>
        <translation>e.g. 12.345.678/0001-95</translation>
    </message>
    <message>
        <source>e.g. Thank you! Exchanges within 30 days with this receipt.</source>
        <translation>e.g. Thank you! Exchanges within 30 days with this receipt.</translation>
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
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Random key</source>
        <translation>Random key</translation>
    </message>
    <message>
        <source>Empty: no PIX at the counter</source>
        <translation>Empty: no PIX at the counter</translation>
    </message>
    <message>
        <source>Business ta&amp;x id (CNPJ)</source>
        <translation>Business ta&amp;x id (CNPJ)</translation>
    </message>
    <message>
        <source>Receipt &amp;footer</source>
        <translation>Receipt &amp;footer</translation>
    </message>
    <message>
        <source>PIX</source>
        <translation>PIX</translation>
    </message>
    <message>
        <source>Where PIX payments go: the key as registered at the bank, and the receiver&apos;s name and city as the payer&apos;s app shows them.</source>
        <translation>Where PIX payments go: the key as registered at the bank, and the receiver&apos;s name and city as the payer&apos;s app shows them.</translation>
    </message>
    <message>
        <source>Key t&amp;ype</source>
        <translation>Key t&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Key</translation>
    </message>
    <message>
        <source>Receiver&apos;s &amp;name</source>
        <translation>Receiver&apos;s &amp;name</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;ity</translation>
    </message>
    <message>
        <source>includes it</source>
        <translation>includes it</translation>
    </message>
    <message>
        <source>plus tax</source>
        <translation>plus tax</translation>
    </message>
    <message>
        <source>Remove tax class</source>
        <translation>Remove tax class</translation>
    </message>
    <message>
        <source>Remove the tax class %1? Sales made with it keep their tax.</source>
        <translation>Remove the tax class %1? Sales made with it keep their tax.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::CheckoutShortcuts</name>
    <message>
        <source>Go to the checkout, from anywhere</source>
        <translation>Go to the checkout, from anywhere</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Adds the product it reads, wherever the cursor is</source>
        <translation>Adds the product it reads, wherever the cursor is</translation>
    </message>
    <message>
        <source>Type, Enter</source>
        <translation>Type, Enter</translation>
    </message>
    <message>
        <source>Find a product or service and add it</source>
        <translation>Find a product or service and add it</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Up / Down</translation>
    </message>
    <message>
        <source>Choose among those found (in the search)</source>
        <translation>Choose among those found (in the search)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Empty the search; back to it from anywhere</source>
        <translation>Empty the search; back to it from anywhere</translation>
    </message>
    <message>
        <source>Client of the sale</source>
        <translation>Client of the sale</translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
    <message>
        <source>One more / one less (in the cart)</source>
        <translation>One more / one less (in the cart)</translation>
    </message>
    <message>
        <source>A number, Enter</source>
        <translation>A number, Enter</translation>
    </message>
    <message>
        <source>Set the quantity (in the cart)</source>
        <translation>Set the quantity (in the cart)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove the line (in the cart)</source>
        <translation>Remove the line (in the cart)</translation>
    </message>
    <message>
        <source>Discount on the line (5 or 10%)</source>
        <translation>Discount on the line (5 or 10%)</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Discount on the whole sale</translation>
    </message>
    <message>
        <source>Tip, and who it is for</source>
        <translation>Tip, and who it is for</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Undo / redo a change to the cart</source>
        <translation>Undo / redo a change to the cart</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Enter (after a sale)</source>
        <translation>Enter (after a sale)</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>New sale</translation>
    </message>
    <message>
        <source>F2 … F6</source>
        <translation>F2 … F6</translation>
    </message>
    <message>
        <source>Cash, card, PIX, store credit, gift card</source>
        <translation>Cash, card, PIX, store credit, gift card</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Take the amount; completes once the sale is covered</source>
        <translation>Take the amount; completes once the sale is covered</translation>
    </message>
    <message>
        <source>Remove a payment (in the list)</source>
        <translation>Remove a payment (in the list)</translation>
    </message>
    <message>
        <source>Alt+L</source>
        <translation>Alt+L</translation>
    </message>
    <message>
        <source>Leave the rest on the client&apos;s account</source>
        <translation>Leave the rest on the client&apos;s account</translation>
    </message>
    <message>
        <source>Back to the cart; nothing is charged</source>
        <translation>Back to the cart; nothing is charged</translation>
    </message>
    <message>
        <source>Open or close the shift, cash in or out, X report</source>
        <translation>Open or close the shift, cash in or out, X report</translation>
    </message>
    <message>
        <source>Enter (counting)</source>
        <translation>Enter (counting)</translation>
    </message>
    <message>
        <source>Next note or coin</source>
        <translation>Next note or coin</translation>
    </message>
    <message>
        <source>Close the shift with the count</source>
        <translation>Close the shift with the count</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <source>Sell a gift card, or add to one</source>
        <translation>Sell a gift card, or add to one</translation>
    </message>
    <message>
        <source>The client pays off what they owe</source>
        <translation>The client pays off what they owe</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientAccount</name>
    <message>
        <source>Choose the client whose account it is.</source>
        <translation>Choose the client whose account it is.</translation>
    </message>
    <message>
        <source>An account entry needs an amount other than zero.</source>
        <translation>An account entry needs an amount other than zero.</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientBooking</name>
    <message>
        <source>Book for a client on file or for a new one, not both.</source>
        <translation>Book for a client on file or for a new one, not both.</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientCsv</name>
    <message>
        <source>&quot;%1&quot; is not yes or no (1/0, sim/não).</source>
        <translation>&quot;%1&quot; is not yes or no (1/0, sim/não).</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The first line of the file must name the columns, with at least a name column (&quot;name&quot; or &quot;nome&quot;).</source>
        <translation>The first line of the file must name the columns, with at least a name column (&quot;name&quot; or &quot;nome&quot;).</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Reading the file was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file have errors, so nothing was imported. Correct them, or choose to skip the invalid rows.</source>
        <translation>
            <numerusform>%n row of the file has errors, so nothing was imported. Correct it, or choose to skip the invalid rows.</numerusform>
            <numerusform>%n rows of the file have errors, so nothing was imported. Correct them, or choose to skip the invalid rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>The import was cancelled: nothing was imported.</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientDetailPanel</name>
    <message>
        <source>Birthday: %1</source>
        <translation>Birthday: %1</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>Prefers: %1</translation>
    </message>
    <message>
        <source>No phone or e-mail</source>
        <translation>No phone or e-mail</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Between visits</source>
        <translation>Between visits</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Preferred services</source>
        <translation>Preferred services</translation>
    </message>
    <message>
        <source>Preferred days</source>
        <translation>Preferred days</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>Preferred time</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total spent</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Average ticket</translation>
    </message>
    <message>
        <source>How often and how regularly the client came in the last 12 months.</source>
        <translation>How often and how regularly the client came in the last 12 months.</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Appointment history</source>
        <translation>Appointment history</translation>
    </message>
    <message>
        <source>&amp;Book again</source>
        <translation>&amp;Book again</translation>
    </message>
    <message>
        <source>A new appointment with the services and staff of the last visit</source>
        <translation>A new appointment with the services and staff of the last visit</translation>
    </message>
    <message>
        <source>Ne&amp;xt free slot</source>
        <translation>Ne&amp;xt free slot</translation>
    </message>
    <message>
        <source>Book the last visit&apos;s services at the first free time</source>
        <translation>Book the last visit&apos;s services at the first free time</translation>
    </message>
    <message>
        <source>No client.</source>
        <translation>No client.</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Store credit</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>What the client&apos;s purchases came to, tips left out, refunds taken off.</source>
        <translation>What the client&apos;s purchases came to, tips left out, refunds taken off.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Purchase history</translation>
    </message>
    <message>
        <source>&amp;Sell to this client</source>
        <translation>&amp;Sell to this client</translation>
    </message>
    <message>
        <source>The checkout with this client chosen; what they owe is received there too (F10)</source>
        <translation>The checkout with this client chosen; what they owe is received there too (F10)</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientFields</name>
    <message>
        <source>The tag &quot;%1&quot; cannot contain , or ; (they separate tags).</source>
        <translation>The tag &quot;%1&quot; cannot contain , or ; (they separate tags).</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is too long (at most %2 characters).</source>
        <translation>The tag &quot;%1&quot; is too long (at most %2 characters).</translation>
    </message>
    <message>
        <source>A client can have at most %1 tags.</source>
        <translation>A client can have at most %1 tags.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: write it as 1990-12-31, or --12-31 when the year is not known.</source>
        <translation>&quot;%1&quot; is not a birthday: write it as 1990-12-31, or --12-31 when the year is not known.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; is not a date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a birthday: it is in the future or before 1900.</source>
        <translation>&quot;%1&quot; cannot be a birthday: it is in the future or before 1900.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way to reach a client: use one of %2.</source>
        <translation>&quot;%1&quot; is not a way to reach a client: use one of %2.</translation>
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
        <translation>Unknown service</translation>
    </message>
    <message>
        <source> + </source>
        <comment>between the services of one visit</comment>
        <translation> + </translation>
    </message>
    <message>
        <source>Cancelled because: %1</source>
        <translation>Cancelled because: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
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
    <name>Balcao::ClientMerger</name>
    <message>
        <source>A client cannot be merged into itself.</source>
        <translation>A client cannot be merged into itself.</translation>
    </message>
    <message>
        <source>%1 was deleted or already merged: there is nothing to merge.</source>
        <translation>%1 was deleted or already merged: there is nothing to merge.</translation>
    </message>
    <message>
        <source>%1 was deleted: a client cannot be merged into a deleted client.</source>
        <translation>%1 was deleted: a client cannot be merged into a deleted client.</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientMetricsText</name>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Unknown service</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>birthday without a year</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>birthday with a year</comment>
        <translation>d MMMM yyyy</translation>
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
        <translation>Phone call</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>No messages</translation>
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
        <translation>No client matches. Tick “New client” below.</translation>
    </message>
    <message>
        <source>A new client is created with the appointment.</source>
        <translation>A new client is created with the appointment.</translation>
    </message>
    <message>
        <source>No client chosen: a walk-in without a record.</source>
        <translation>No client chosen: a walk-in without a record.</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>Search by name, phone or e-mail</source>
        <translation>Search by name, phone or e-mail</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Matching clients</translation>
    </message>
    <message>
        <source>Ne&amp;w client (by phone)</source>
        <translation>Ne&amp;w client (by phone)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>e.g. 11 91234-5678</source>
        <translation>e.g. 11 91234-5678</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>No client matches.</translation>
    </message>
</context>
<context>
    <name>Balcao::ClientPurchasesModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
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
    <message>
        <source>Client &amp;page</source>
        <translation>Client &amp;page</translation>
    </message>
    <message>
        <source>History and metrics of the client (Ctrl+I)</source>
        <translation>History and metrics of the client (Ctrl+I)</translation>
    </message>
    <message>
        <source>← &amp;Back to clients</source>
        <translation>← &amp;Back to clients</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Edit details</translation>
    </message>
</context>
<context>
    <name>Balcao::CloseShiftDialog</name>
    <message>
        <source>Close the shift of %1</source>
        <translation>Close the shift of %1</translation>
    </message>
    <message>
        <source>Count the cash in the drawer: how many of each note and coin. The report after closing shows what the drawer should hold and the difference.</source>
        <translation>Count the cash in the drawer: how many of each note and coin. The report after closing shows what the drawer should hold and the difference.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Coins</translation>
    </message>
    <message>
        <source>Number of %1</source>
        <translation>Number of %1</translation>
    </message>
    <message>
        <source>Cash &amp;counted</source>
        <translation>Cash &amp;counted</translation>
    </message>
    <message>
        <source>Optional: anything the manager should know</source>
        <translation>Optional: anything the manager should know</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Close shift</source>
        <translation>&amp;Close shift</translation>
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
        <translation>&quot;%1&quot; is not a resolution of this conflict.</translation>
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
    <message>
        <source>%1, phone %2</source>
        <translation>%1, phone %2</translation>
    </message>
    <message numerus="yes">
        <source>Keep only %1 and delete %n client(s)?</source>
        <translation>
            <numerusform>Keep only %1 and delete %n client?</numerusform>
            <numerusform>Keep only %1 and delete %n clients?</numerusform>
        </translation>
    </message>
    <message>
        <source>A deleted client disappears from the lists on every computer of the business.</source>
        <translation>A deleted client disappears from the lists on every computer of the business.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n client(s)</source>
        <translation>
            <numerusform>Delete %n client</numerusform>
            <numerusform>Delete %n clients</numerusform>
        </translation>
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
    <name>Balcao::CsvTable</name>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Reading the file was cancelled.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed.</source>
        <translation>The quoted field that starts on line %1 is never closed.</translation>
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
    <name>Balcao::Ctl::CtlAccountCommands</name>
    <message>
        <source>amount due</source>
        <translation>amount due</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>store credit</translation>
    </message>
    <message>
        <source>return %1</source>
        <translation>return %1</translation>
    </message>
    <message>
        <source>sale %1</source>
        <translation>sale %1</translation>
    </message>
    <message>
        <source>account show needs the client&apos;s id or phone.</source>
        <translation>account show needs the client&apos;s id or phone.</translation>
    </message>
    <message>
        <source>Store credit: %1</source>
        <translation>Store credit: %1</translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation>Amount due: %1</translation>
    </message>
    <message>
        <source>No entries on the account yet.</source>
        <translation>No entries on the account yet.</translation>
    </message>
    <message>
        <source>Latest entries:</source>
        <translation>Latest entries:</translation>
    </message>
    <message>
        <source>account pay needs the client&apos;s id or phone and at least one --pay (cash:50.00, card:20.00:AUTH or pix:20.00).</source>
        <translation>account pay needs the client&apos;s id or phone and at least one --pay (cash:50.00, card:20.00:AUTH or pix:20.00).</translation>
    </message>
    <message>
        <source>Paid %1, change %2; still due %3.</source>
        <translation>Paid %1, change %2; still due %3.</translation>
    </message>
    <message>
        <source>Unknown account command &quot;%1&quot;: use show or pay.</source>
        <translation>Unknown account command &quot;%1&quot;: use show or pay.</translation>
    </message>
    <message>
        <source>  account show CLIENT [--limit 20]   store credit, amount due and the latest entries
  account pay CLIENT --pay cash:50.00|card:20.00:AUTH|pix:20.00[:ID]...
       [--drawer NAME|ID] [--user LOGIN]   pays off what the client owes
       CLIENT is the client&apos;s id or phone
</source>
        <translation>  account show CLIENT [--limit 20]   store credit, amount due and the latest entries
  account pay CLIENT --pay cash:50.00|card:20.00:AUTH|pix:20.00[:ID]...
       [--drawer NAME|ID] [--user LOGIN]   pays off what the client owes
       CLIENT is the client&apos;s id or phone
</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlApprover</name>
    <message>
        <source>Give the approver with --approved-by LOGIN and their password with --approver-password-file FILE.</source>
        <translation>Give the approver with --approved-by LOGIN and their password with --approver-password-file FILE.</translation>
    </message>
    <message>
        <source>Standard input already holds the database passphrase; put the approver&apos;s password in a file.</source>
        <translation>Standard input already holds the database passphrase; put the approver&apos;s password in a file.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Cannot read the password file %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlCartOptions</name>
    <message>
        <source>&quot;%1&quot; is not a service line: use service:NAME or service:NAME:STAFF.</source>
        <translation>&quot;%1&quot; is not a service line: use service:NAME or service:NAME:STAFF.</translation>
    </message>
    <message>
        <source>The quantity of %1</source>
        <translation>The quantity of %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line: use CODE, CODE:QUANTITY or CODE:QUANTITY@PRICE.</source>
        <translation>&quot;%1&quot; is not a line: use CODE, CODE:QUANTITY or CODE:QUANTITY@PRICE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gift card to sell: use CODE:AMOUNT.</source>
        <translation>&quot;%1&quot; is not a gift card to sell: use CODE:AMOUNT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line discount: use LINE:10% or LINE:5.00, counting lines from 1.</source>
        <translation>&quot;%1&quot; is not a line discount: use LINE:10% or LINE:5.00, counting lines from 1.</translation>
    </message>
    <message>
        <source>The line of --line-discount</source>
        <translation>The line of --line-discount</translation>
    </message>
    <message>
        <source>Line %1 already has a discount (or a lower price).</source>
        <translation>Line %1 already has a discount (or a lower price).</translation>
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
        <translation>--%1 takes yes or no, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client id.</source>
        <translation>&quot;%1&quot; is not a client id.</translation>
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
        <source>client delete needs --id.</source>
        <translation>client delete needs --id.</translation>
    </message>
    <message>
        <source>Deleted client %1.</source>
        <translation>Deleted client %1.</translation>
    </message>
    <message>
        <source>client find needs the text to look for.</source>
        <translation>client find needs the text to look for.</translation>
    </message>
    <message>
        <source>--limit needs a number.</source>
        <translation>--limit needs a number.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>morning</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>evening</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
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
        <translation>  phone: %1</translation>
    </message>
    <message>
        <source>  e-mail: %1</source>
        <translation>  e-mail: %1</translation>
    </message>
    <message>
        <source>  birthday: %1</source>
        <translation>  birthday: %1</translation>
    </message>
    <message>
        <source>  tags: %1</source>
        <translation>  tags: %1</translation>
    </message>
    <message>
        <source>  reach by: %1; marketing consent: %2</source>
        <translation>  reach by: %1; marketing consent: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>  notes: %1</source>
        <translation>  notes: %1</translation>
    </message>
    <message>
        <source>Appointments: %1 (%2 completed, %3 cancelled, %4 no-shows); %5 this month, %6 last month</source>
        <translation>Appointments: %1 (%2 completed, %3 cancelled, %4 no-shows); %5 this month, %6 last month</translation>
    </message>
    <message>
        <source>First visit: %1; last visit: %2</source>
        <translation>First visit: %1; last visit: %2</translation>
    </message>
    <message>
        <source>Comes every %1 days on average</source>
        <translation>Comes every %1 days on average</translation>
    </message>
    <message>
        <source>Next appointment: %1</source>
        <translation>Next appointment: %1</translation>
    </message>
    <message>
        <source>Frequency score: %1/100</source>
        <translation>Frequency score: %1/100</translation>
    </message>
    <message>
        <source>Preferred services: %1</source>
        <translation>Preferred services: %1</translation>
    </message>
    <message>
        <source>Preferred days: %1; time of day: %2</source>
        <translation>Preferred days: %1; time of day: %2</translation>
    </message>
    <message>
        <source>Total spent and average ticket: not available until sales are recorded</source>
        <translation>Total spent and average ticket: not available until sales are recorded</translation>
    </message>
    <message>
        <source>History (times in %1):</source>
        <translation>History (times in %1):</translation>
    </message>
    <message>
        <source>client show needs a client id.</source>
        <translation>client show needs a client id.</translation>
    </message>
    <message>
        <source>--history needs a number.</source>
        <translation>--history needs a number.</translation>
    </message>
    <message>
        <source>client import needs a CSV file.</source>
        <translation>client import needs a CSV file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>Line %1: same phone or e-mail as %2</source>
        <translation>Line %1: same phone or e-mail as %2</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Columns not imported: %1</translation>
    </message>
    <message>
        <source>%1 rows: %2 valid, %3 with errors, %4 possible duplicates.</source>
        <translation>%1 rows: %2 valid, %3 with errors, %4 possible duplicates.</translation>
    </message>
    <message>
        <source>Nothing was imported (dry run).</source>
        <translation>Nothing was imported (dry run).</translation>
    </message>
    <message>
        <source>Imported %1 clients (%2 invalid and %3 duplicate rows skipped).</source>
        <translation>Imported %1 clients (%2 invalid and %3 duplicate rows skipped).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors, so nothing was imported. Correct them, or import the others with --skip-invalid.</source>
        <translation>
            <numerusform>%n row has errors, so nothing was imported. Correct it, or import the others with --skip-invalid.</numerusform>
            <numerusform>%n rows have errors, so nothing was imported. Correct them, or import the others with --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>--separator takes &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;.</source>
        <translation>--separator takes &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;.</translation>
    </message>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>Cannot write to the standard output.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 clients to %2.</source>
        <translation>Exported %1 clients to %2.</translation>
    </message>
    <message>
        <source>client merge needs the duplicate&apos;s id, then the id of the client that stays.</source>
        <translation>client merge needs the duplicate&apos;s id, then the id of the client that stays.</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (%3): %4 appointments and %5 reminders moved.</source>
        <translation>Merged %1 into %2 (%3): %4 appointments and %5 reminders moved.</translation>
    </message>
    <message>
        <source>Taken from the duplicate: %1</source>
        <translation>Taken from the duplicate: %1</translation>
    </message>
    <message>
        <source>Same phone %1:</source>
        <translation>Same phone %1:</translation>
    </message>
    <message>
        <source>Same e-mail %1:</source>
        <translation>Same e-mail %1:</translation>
    </message>
    <message>
        <source>Same name &quot;%1&quot;:</source>
        <translation>Same name &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>No duplicates found.</translation>
    </message>
    <message>
        <source>Unknown client command &quot;%1&quot;: use add, edit, delete, list, find, show, import, export, merge or duplicates.</source>
        <translation>Unknown client command &quot;%1&quot;: use add, edit, delete, list, find, show, import, export, merge or duplicates.</translation>
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
        <translation>  client add --name N [--phone P] [--email E] [--notes T] [--tag T]... [--vip [yes|no]]
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
</translation>
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
        <translation>Usage: balcaoctl COMMAND [options]

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
    <name>Balcao::Ctl::CtlProductCommands</name>
    <message>
        <source>included</source>
        <translation>included</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>A tax is either --added or --included.</source>
        <translation>A tax is either --added or --included.</translation>
    </message>
    <message>
        <source>tax add needs --name and --rate.</source>
        <translation>tax add needs --name and --rate.</translation>
    </message>
    <message>
        <source>tax %1 needs the tax&apos;s name or id.</source>
        <translation>tax %1 needs the tax&apos;s name or id.</translation>
    </message>
    <message>
        <source>tax remove takes only the tax&apos;s name or id.</source>
        <translation>tax remove takes only the tax&apos;s name or id.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>Removed &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 on hand</source>
        <translation>%1 on hand</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <source>Each of --stock/--no-stock, --active/--inactive, --tax/--no-tax and --barcode/--no-barcodes is one or the other.</source>
        <translation>Each of --stock/--no-stock, --active/--inactive, --tax/--no-tax and --barcode/--no-barcodes is one or the other.</translation>
    </message>
    <message>
        <source>product %1 needs the product&apos;s id, barcode, SKU or name.</source>
        <translation>product %1 needs the product&apos;s id, barcode, SKU or name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not keep stock.</source>
        <translation>&quot;%1&quot; does not keep stock.</translation>
    </message>
    <message>
        <source>%1: %2 on hand at %3</source>
        <translation>%1: %2 on hand at %3</translation>
    </message>
    <message>
        <source>  %1: %2 on hand</source>
        <translation>  %1: %2 on hand</translation>
    </message>
    <message>
        <source>  barcodes: %1</source>
        <translation>  barcodes: %1</translation>
    </message>
    <message>
        <source>stock movements needs a product.</source>
        <translation>stock movements needs a product.</translation>
    </message>
    <message>
        <source>stock receive needs a product and a quantity.</source>
        <translation>stock receive needs a product and a quantity.</translation>
    </message>
    <message>
        <source>stock %1 needs a product, a quantity and --reason.</source>
        <translation>stock %1 needs a product, a quantity and --reason.</translation>
    </message>
    <message>
        <source>--lot, --expires and --cost go with stock receive.</source>
        <translation>--lot, --expires and --cost go with stock receive.</translation>
    </message>
    <message>
        <source>The quantity</source>
        <translation>The quantity</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1: %2 on hand</source>
        <translation>%1: %2 on hand</translation>
    </message>
    <message>
        <source>Unknown tax command &quot;%1&quot;: use list, add, edit or remove.</source>
        <translation>Unknown tax command &quot;%1&quot;: use list, add, edit or remove.</translation>
    </message>
    <message>
        <source>Unknown product command &quot;%1&quot;: use list, show, add, edit, remove or stock.</source>
        <translation>Unknown product command &quot;%1&quot;: use list, show, add, edit, remove or stock.</translation>
    </message>
    <message>
        <source>Unknown stock command &quot;%1&quot;: use receive, count, write-off or movements.</source>
        <translation>Unknown stock command &quot;%1&quot;: use receive, count, write-off or movements.</translation>
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
</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlReceiptCommands</name>
    <message>
        <source>receipt needs &quot;sale&quot; or &quot;return&quot; and the document&apos;s number.</source>
        <translation>receipt needs &quot;sale&quot; or &quot;return&quot; and the document&apos;s number.</translation>
    </message>
    <message>
        <source>--paper is 58 or 80 (millimetres), not &quot;%1&quot;.</source>
        <translation>--paper is 58 or 80 (millimetres), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--printer is HOST or HOST:PORT, not &quot;%1&quot;.</source>
        <translation>--printer is HOST or HOST:PORT, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>PDF written to %1.</source>
        <translation>PDF written to %1.</translation>
    </message>
    <message>
        <source>ESC/POS bytes written to %1.</source>
        <translation>ESC/POS bytes written to %1.</translation>
    </message>
    <message>
        <source>Sent to the printer at %1.</source>
        <translation>Sent to the printer at %1.</translation>
    </message>
    <message>
        <source>E-mail to %1 queued in the outbox.</source>
        <translation>E-mail to %1 queued in the outbox.</translation>
    </message>
    <message>
        <source>  receipt sale|return NUMBER [--reprint] [--paper 58|80]   the receipt as text
       [--pdf FILE] [--escpos FILE] [--printer HOST[:PORT]] [--no-drawer]
       [--email ADDRESS]   (queued in the outbox; the server sends it)
</source>
        <translation>  receipt sale|return NUMBER [--reprint] [--paper 58|80]   the receipt as text
       [--pdf FILE] [--escpos FILE] [--printer HOST[:PORT]] [--no-drawer]
       [--email ADDRESS]   (queued in the outbox; the server sends it)
</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlReturnCommands</name>
    <message>
        <source>&quot;%1&quot; is not a line to return: use LINE:QTY, LINE:QTY:damaged or LINE:QTY:damaged:REASON.</source>
        <translation>&quot;%1&quot; is not a line to return: use LINE:QTY, LINE:QTY:damaged or LINE:QTY:damaged:REASON.</translation>
    </message>
    <message>
        <source>The quantity</source>
        <translation>The quantity</translation>
    </message>
    <message>
        <source>The line</source>
        <translation>The line</translation>
    </message>
    <message>
        <source>--to is original or credit, not &quot;%1&quot;.</source>
        <translation>--to is original or credit, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>return create needs --sale NUMBER with --line LINE:QTY, or --product CODE:QTY without a receipt.</source>
        <translation>return create needs --sale NUMBER with --line LINE:QTY, or --product CODE:QTY without a receipt.</translation>
    </message>
    <message>
        <source>return list needs --sale NUMBER.</source>
        <translation>return list needs --sale NUMBER.</translation>
    </message>
    <message>
        <source>return show needs the return&apos;s number or id.</source>
        <translation>return show needs the return&apos;s number or id.</translation>
    </message>
    <message>
        <source>Unknown return command &quot;%1&quot;: use create, list or show.</source>
        <translation>Unknown return command &quot;%1&quot;: use create, list or show.</translation>
    </message>
    <message>
        <source>exchange needs --sale NUMBER, --back LINE:QTY and what is taken instead (--line CODE).</source>
        <translation>exchange needs --sale NUMBER, --back LINE:QTY and what is taken instead (--line CODE).</translation>
    </message>
    <message>
        <source>The client paid %1 more.</source>
        <translation>The client paid %1 more.</translation>
    </message>
    <message>
        <source>The client got %1 back.</source>
        <translation>The client got %1 back.</translation>
    </message>
    <message>
        <source>New items %1, of which the refund pays %2.</source>
        <translation>New items %1, of which the refund pays %2.</translation>
    </message>
    <message>
        <source>The client would get %1 back.</source>
        <translation>The client would get %1 back.</translation>
    </message>
    <message>
        <source>Even exchange: nobody would pay anything.</source>
        <translation>Even exchange: nobody would pay anything.</translation>
    </message>
    <message>
        <source>The client would pay %1.</source>
        <translation>The client would pay %1.</translation>
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
        <translation>  return create --sale NUMBER --line LINE:QTY[:damaged[:REASON]]... [--to original|credit]
       [--reason T] [--drawer NAME|ID] [--user LOGIN]
  return create --product CODE:QTY[:damaged[:REASON]]... [--client ID|PHONE]
       [--to original|credit] --approved-by LOGIN --approver-password-file FILE
  return list --sale NUMBER | return show NUMBER|ID
  exchange --sale NUMBER --back LINE:QTY[:damaged[:REASON]]... --line CODE[:QTY][@PRICE]...
       [--pay ...] [--to original|credit] [the other options of sale create]
       [--preview]   what it would settle to, without writing anything
       LINE is the line&apos;s position on the receipt (from 1) or its id
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
        <translation>  (discount %1)</translation>
    </message>
    <message>
        <source> (handed %1, change %2)</source>
        <translation> (handed %1, change %2)</translation>
    </message>
    <message>
        <source>Sale %1  %2</source>
        <translation>Sale %1  %2</translation>
    </message>
    <message>
        <source>Sale %1  %2  %3</source>
        <translation>Sale %1  %2  %3</translation>
    </message>
    <message>
        <source>Total %1 (discounts %2, tax %3, tip %4)</source>
        <translation>Total %1 (discounts %2, tax %3, tip %4)</translation>
    </message>
    <message>
        <source>Left due on the client&apos;s account: %1</source>
        <translation>Left due on the client&apos;s account: %1</translation>
    </message>
    <message>
        <source>Return %1  %2  refunded %3</source>
        <translation>Return %1  %2  refunded %3</translation>
    </message>
    <message>
        <source>Return %1  %2  refund %3</source>
        <translation>Return %1  %2  refund %3</translation>
    </message>
    <message>
        <source>  %1 × %2  %3%4</source>
        <translation>  %1 × %2  %3%4</translation>
    </message>
    <message>
        <source>  (damaged)</source>
        <translation>  (damaged)</translation>
    </message>
    <message>
        <source>A manager must approve a discount of %1 % (the limit is %2 %).</source>
        <translation>A manager must approve a discount of %1 % (the limit is %2 %).</translation>
    </message>
    <message>
        <source>Not enough in stock: %1 (%2 on hand, %3 wanted).</source>
        <translation>Not enough in stock: %1 (%2 on hand, %3 wanted).</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlSalesCommands</name>
    <message>
        <source>A sale needs at least one --line, --gift-card or --appointment.</source>
        <translation>A sale needs at least one --line, --gift-card or --appointment.</translation>
    </message>
    <message>
        <source>--method is one of cash, card, pix, credit, giftcard, account or exchange.</source>
        <translation>--method is one of cash, card, pix, credit, giftcard, account or exchange.</translation>
    </message>
    <message>
        <source>sale show needs the sale&apos;s number or id.</source>
        <translation>sale show needs the sale&apos;s number or id.</translation>
    </message>
    <message>
        <source>Unknown sale command &quot;%1&quot;: use create, review, list or show.</source>
        <translation>Unknown sale command &quot;%1&quot;: use create, review, list or show.</translation>
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
        <translation>  sale create --line CODE[:QTY][@PRICE]... [--line service:NAME[:STAFF][@PRICE]]
       [--gift-card CODE:AMOUNT]... [--appointment ID] [--client ID|PHONE]
       [--discount 10%|5.00] [--line-discount N:10%]... [--tip 5.00 [--tip-staff S]]
       [--pay cash:100.00|card:45.90:AUTH|pix:20.00|credit:10.00|giftcard:CODE:10.00]...
       [--leave-due] [--drawer NAME|ID] [--notes T] [--user LOGIN]
       [--approved-by LOGIN --approver-password-file FILE]
  sale review [the same options]   totals, approval and stock, writes nothing
  sale list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--client ID|PHONE] [--method M]
       [--search TEXT] [--limit 50] [--all-locations]
  sale show NUMBER|ID
</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlSchedulingCommands</name>
    <message>
        <source>Unknown service command &quot;%1&quot;: use list, add, edit or delete.</source>
        <translation>Unknown service command &quot;%1&quot;: use list, add, edit or delete.</translation>
    </message>
    <message>
        <source>Unknown staff command &quot;%1&quot;: use list, add, hours or time-off.</source>
        <translation>Unknown staff command &quot;%1&quot;: use list, add, hours or time-off.</translation>
    </message>
    <message>
        <source>Unknown appointment command &quot;%1&quot;: use book, move, resize, cancel, status, list or show.</source>
        <translation>Unknown appointment command &quot;%1&quot;: use book, move, resize, cancel, status, list or show.</translation>
    </message>
    <message>
        <source>availability needs --service.</source>
        <translation>availability needs --service.</translation>
    </message>
    <message>
        <source>No free time for &quot;%1&quot; in those days.</source>
        <translation>No free time for &quot;%1&quot; in those days.</translation>
    </message>
    <message>
        <source>There is no staff member called &quot;%1&quot;.</source>
        <translation>There is no staff member called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 must be a whole number, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM).</source>
        <translation>&quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time span like 09:00-12:00.</source>
        <translation>&quot;%1&quot; is not a time span like 09:00-12:00.</translation>
    </message>
    <message>
        <source>(walk-in)</source>
        <translation>(walk-in)</translation>
    </message>
    <message>
        <source>	(inactive)</source>
        <translation>	(inactive)</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>Deleted &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; (%2).</source>
        <translation>Saved &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>staff add needs --name.</source>
        <translation>staff add needs --name.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message>
        <source>staff hours needs --staff and either --weekday N or --date YYYY-MM-DD, with --hours SPANS, --off or --clear.</source>
        <translation>staff hours needs --staff and either --weekday N or --date YYYY-MM-DD, with --hours SPANS, --off or --clear.</translation>
    </message>
    <message>
        <source>Hours saved for %1.</source>
        <translation>Hours saved for %1.</translation>
    </message>
    <message>
        <source>staff time-off needs --staff, --from and --to.</source>
        <translation>staff time-off needs --staff, --from and --to.</translation>
    </message>
    <message>
        <source>Time off saved (%1).</source>
        <translation>Time off saved (%1).</translation>
    </message>
    <message>
        <source>There is no user with the login &quot;%1&quot;.</source>
        <translation>There is no user with the login &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>appointment book needs --service and --start.</source>
        <translation>appointment book needs --service and --start.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client id.</source>
        <translation>&quot;%1&quot; is not a client id.</translation>
    </message>
    <message>
        <source>appointment move needs --start and/or --staff.</source>
        <translation>appointment move needs --start and/or --staff.</translation>
    </message>
    <message>
        <source>appointment resize needs --end.</source>
        <translation>appointment resize needs --end.</translation>
    </message>
    <message>
        <source>appointment status needs --status booked, confirmed, checked_in, completed or no_show.</source>
        <translation>appointment status needs --status booked, confirmed, checked_in, completed or no_show.</translation>
    </message>
    <message>
        <source>--days must be 1 to 366.</source>
        <translation>--days must be 1 to 366.</translation>
    </message>
    <message>
        <source>Give either --client or the new client&apos;s --new-client-name, not both.</source>
        <translation>Give either --client or the new client&apos;s --new-client-name, not both.</translation>
    </message>
    <message>
        <source>--new-client-phone and --new-client-email need --new-client-name.</source>
        <translation>--new-client-phone and --new-client-email need --new-client-name.</translation>
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
</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlShiftCommands</name>
    <message>
        <source>%1  opened %2 with %3  %4</source>
        <translation>%1  opened %2 with %3  %4</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <source>X report (shift open)</source>
        <translation>X report (shift open)</translation>
    </message>
    <message>
        <source>Z report (shift closed)</source>
        <translation>Z report (shift closed)</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Cash sales</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Cash refunds</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Expected in the drawer</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>  %1 sales (%2), %3 returns (%4)</source>
        <translation>  %1 sales (%2), %3 returns (%4)</translation>
    </message>
    <message>
        <source>No shift is open on that drawer; start one with &quot;balcaoctl shift open --float AMOUNT&quot;.</source>
        <translation>No shift is open on that drawer; start one with &quot;balcaoctl shift open --float AMOUNT&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count: use DENOMINATION=HOW_MANY, such as 200=1,100=2,0.50=3.</source>
        <translation>&quot;%1&quot; is not a count: use DENOMINATION=HOW_MANY, such as 200=1,100=2,0.50=3.</translation>
    </message>
    <message>
        <source>shift open needs --float AMOUNT (0 for none).</source>
        <translation>shift open needs --float AMOUNT (0 for none).</translation>
    </message>
    <message>
        <source>shift in needs an amount and --reason.</source>
        <translation>shift in needs an amount and --reason.</translation>
    </message>
    <message>
        <source>shift out needs an amount and --reason.</source>
        <translation>shift out needs an amount and --reason.</translation>
    </message>
    <message>
        <source>%1 put in the drawer: %2</source>
        <translation>%1 put in the drawer: %2</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer: %2</source>
        <translation>%1 taken out of the drawer: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shift id.</source>
        <translation>&quot;%1&quot; is not a shift id.</translation>
    </message>
    <message>
        <source>shift close needs the count: --count 200=1,100=2,0.50=3 (notes and coins = how many).</source>
        <translation>shift close needs the count: --count 200=1,100=2,0.50=3 (notes and coins = how many).</translation>
    </message>
    <message>
        <source>Unknown shift command &quot;%1&quot;: use open, in, out, report, close or list.</source>
        <translation>Unknown shift command &quot;%1&quot;: use open, in, out, report, close or list.</translation>
    </message>
    <message>
        <source>Unknown drawer command &quot;%1&quot;: use list or add.</source>
        <translation>Unknown drawer command &quot;%1&quot;: use list or add.</translation>
    </message>
    <message>
        <source>drawer add needs the drawer&apos;s name.</source>
        <translation>drawer add needs the drawer&apos;s name.</translation>
    </message>
    <message>
        <source>Drawer &quot;%1&quot; (%2).</source>
        <translation>Drawer &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>  drawer list | drawer add NAME
  shift open [--drawer NAME|ID] --float 100.00 [--user LOGIN]
  shift in AMOUNT --reason R | shift out AMOUNT --reason R   [--drawer NAME|ID]
  shift report [--shift ID] [--drawer NAME|ID]   X report while open, Z when closed
  shift close --count 200=1,100=2,0.50=3... [--note T] [--drawer NAME|ID]
  shift list [--drawer NAME|ID] [--limit 20]
</source>
        <translation>  drawer list | drawer add NAME
  shift open [--drawer NAME|ID] --float 100.00 [--user LOGIN]
  shift in AMOUNT --reason R | shift out AMOUNT --reason R   [--drawer NAME|ID]
  shift report [--shift ID] [--drawer NAME|ID]   X report while open, Z when closed
  shift close --count 200=1,100=2,0.50=3... [--note T] [--drawer NAME|ID]
  shift list [--drawer NAME|ID] [--limit 20]
</translation>
    </message>
</context>
<context>
    <name>Balcao::Ctl::CtlShop</name>
    <message>
        <source>&quot;%1&quot; is not a percentage (such as 18, 5.25 or 10%).</source>
        <translation>&quot;%1&quot; is not a percentage (such as 18, 5.25 or 10%).</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>There is no client with the id or phone &quot;%1&quot;.</source>
        <translation>There is no client with the id or phone &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 clients have the phone %2; give the client&apos;s id instead.</source>
        <translation>%1 clients have the phone %2; give the client&apos;s id instead.</translation>
    </message>
    <message>
        <source>There is no cash drawer called &quot;%1&quot; at %2.</source>
        <translation>There is no cash drawer called &quot;%1&quot; at %2.</translation>
    </message>
    <message>
        <source>There is no active user with the login &quot;%1&quot;.</source>
        <translation>There is no active user with the login &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no staff member called &quot;%1&quot;.</source>
        <translation>There is no staff member called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment: use cash:100.00, card:45.90:AUTHCODE, pix:20.00, credit:10.00 or giftcard:CODE:10.00.</source>
        <translation>&quot;%1&quot; is not a payment: use cash:100.00, card:45.90:AUTHCODE, pix:20.00, credit:10.00 or giftcard:CODE:10.00.</translation>
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
    <name>Balcao::DateJumpDialog</name>
    <message>
        <source>Go to date</source>
        <translation>Go to date</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Balcao::DestructiveConfirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <name>Balcao::DiscountDialog</name>
    <message>
        <source>&amp;Discount</source>
        <translation>&amp;Discount</translation>
    </message>
    <message>
        <source>An amount (5) or a percentage (10%). Empty removes the discount.</source>
        <translation>An amount (5) or a percentage (10%). Empty removes the discount.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
</context>
<context>
    <name>Balcao::DiscountText</name>
    <message>
        <source>&quot;%1&quot; is not a discount: type an amount (5) or a percentage (10%).</source>
        <translation>&quot;%1&quot; is not a discount: type an amount (5) or a percentage (10%).</translation>
    </message>
</context>
<context>
    <name>Balcao::DuePayment</name>
    <message>
        <source>Say how the client pays.</source>
        <translation>Say how the client pays.</translation>
    </message>
    <message>
        <source>What is owed is paid in cash, by card or by PIX.</source>
        <translation>What is owed is paid in cash, by card or by PIX.</translation>
    </message>
    <message>
        <source>Type the card terminal&apos;s authorisation code.</source>
        <translation>Type the card terminal&apos;s authorisation code.</translation>
    </message>
    <message>
        <source>The client owes nothing.</source>
        <translation>The client owes nothing.</translation>
    </message>
    <message>
        <source>Open the cash drawer (start a shift) before taking cash.</source>
        <translation>Open the cash drawer (start a shift) before taking cash.</translation>
    </message>
</context>
<context>
    <name>Balcao::DuePaymentDialog</name>
    <message>
        <source>Card terminal&apos;s &amp;authorisation code</source>
        <translation>Card terminal&apos;s &amp;authorisation code</translation>
    </message>
    <message>
        <source>Receive what is owed</source>
        <translation>Receive what is owed</translation>
    </message>
    <message>
        <source>%1 owes</source>
        <translation>%1 owes</translation>
    </message>
    <message>
        <source>PIX QR code</source>
        <translation>PIX QR code</translation>
    </message>
    <message>
        <source>PIX copy and paste code</source>
        <translation>PIX copy and paste code</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>Still owed after this: %1</source>
        <translation>Still owed after this: %1</translation>
    </message>
    <message>
        <source>Pays off everything owed.</source>
        <translation>Pays off everything owed.</translation>
    </message>
    <message>
        <source>PIX is not set up yet: a manager or an admin sets it up in File ▸ Checkout settings. Until then, take another method.</source>
        <translation>PIX is not set up yet: a manager or an admin sets it up in File ▸ Checkout settings. Until then, take another method.</translation>
    </message>
    <message>
        <source>Type the amount to charge by PIX.</source>
        <translation>Type the amount to charge by PIX.</translation>
    </message>
    <message>
        <source>The client scans the code in their bank&apos;s app and pays %1. When the payment shows in the business&apos;s account, press Enter.</source>
        <translation>The client scans the code in their bank&apos;s app and pays %1. When the payment shows in the business&apos;s account, press Enter.</translation>
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
        <translation>&quot;%1&quot; is not a resolution of this conflict.</translation>
    </message>
</context>
<context>
    <name>Balcao::EmvTlv</name>
    <message>
        <source>The code ends in the middle of a field, at character %1.</source>
        <translation>The code ends in the middle of a field, at character %1.</translation>
    </message>
    <message>
        <source>The code is damaged: &quot;%1&quot; at character %2 is not a field number and length.</source>
        <translation>The code is damaged: &quot;%1&quot; at character %2 is not a field number and length.</translation>
    </message>
    <message>
        <source>The code is damaged: field %1 says it has %2 characters, but only %3 follow.</source>
        <translation>The code is damaged: field %1 says it has %2 characters, but only %3 follow.</translation>
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
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Balcao::EnrolmentFields</name>
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
</context>
<context>
    <name>Balcao::EscPosPrinter</name>
    <message>
        <source>Could not open %1 to print: %2</source>
        <translation>Could not open %1 to print: %2</translation>
    </message>
    <message>
        <source>Could not write the receipt to %1: %2</source>
        <translation>Could not write the receipt to %1: %2</translation>
    </message>
    <message>
        <source>The printer is still printing the last receipt.</source>
        <translation>The printer is still printing the last receipt.</translation>
    </message>
    <message>
        <source>No receipt printer is set up on this terminal.</source>
        <translation>No receipt printer is set up on this terminal.</translation>
    </message>
    <message>
        <source>The printer at %1 closed the connection before the receipt was sent.</source>
        <translation>The printer at %1 closed the connection before the receipt was sent.</translation>
    </message>
    <message>
        <source>The printer at %1 refused the connection. Check that it is on and that the port is right (usually 9100).</source>
        <translation>The printer at %1 refused the connection. Check that it is on and that the port is right (usually 9100).</translation>
    </message>
    <message>
        <source>There is no printer called %1 on the network. Check the address.</source>
        <translation>There is no printer called %1 on the network. Check the address.</translation>
    </message>
    <message>
        <source>The printer at %1 cannot be reached (%2). Check the network and the address.</source>
        <translation>The printer at %1 cannot be reached (%2). Check the network and the address.</translation>
    </message>
    <message>
        <source>The printer at %1 did not answer within %2 seconds. Check that it is on and on the network.</source>
        <translation>The printer at %1 did not answer within %2 seconds. Check that it is on and on the network.</translation>
    </message>
    <message>
        <source>The printer at %1 stopped taking the receipt. Check its paper and its cover.</source>
        <translation>The printer at %1 stopped taking the receipt. Check its paper and its cover.</translation>
    </message>
</context>
<context>
    <name>Balcao::ExchangeCartModel</name>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
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
        <translation>What the client takes instead</translation>
    </message>
    <message>
        <source>Add an &amp;item</source>
        <translation>Add an &amp;item</translation>
    </message>
    <message>
        <source>Type a name or SKU, or scan the barcode</source>
        <translation>Type a name or SKU, or scan the barcode</translation>
    </message>
    <message>
        <source>New items (Delete removes one)</source>
        <translation>New items (Delete removes one)</translation>
    </message>
</context>
<context>
    <name>Balcao::ExchangeService</name>
    <message>
        <source>A return without receipt needs a manager&apos;s approval.</source>
        <translation>A return without receipt needs a manager&apos;s approval.</translation>
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
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>Balcao::GiftCardSaleDialog</name>
    <message>
        <source>Gift card</source>
        <translation>Gift card</translation>
    </message>
    <message>
        <source>Scan or type the code on the card</source>
        <translation>Scan or type the code on the card</translation>
    </message>
    <message>
        <source>Sell a new gift card, or add to one a client already has. The amount is loaded when the sale is paid.</source>
        <translation>Sell a new gift card, or add to one a client already has. The amount is loaded when the sale is paid.</translation>
    </message>
    <message>
        <source>Card &amp;code</source>
        <translation>Card &amp;code</translation>
    </message>
    <message>
        <source>&amp;Amount to load</source>
        <translation>&amp;Amount to load</translation>
    </message>
    <message>
        <source>&amp;Add to the sale</source>
        <translation>&amp;Add to the sale</translation>
    </message>
    <message>
        <source>A new card.</source>
        <translation>A new card.</translation>
    </message>
    <message>
        <source>This card holds %1; the amount is added to it.</source>
        <translation>This card holds %1; the amount is added to it.</translation>
    </message>
</context>
<context>
    <name>Balcao::GiftCards</name>
    <message>
        <source>A gift card code has only letters and digits.</source>
        <translation>A gift card code has only letters and digits.</translation>
    </message>
    <message>
        <source>A gift card code has %1 to %2 letters and digits.</source>
        <translation>A gift card code has %1 to %2 letters and digits.</translation>
    </message>
    <message>
        <source>There is no gift card %1.</source>
        <translation>There is no gift card %1.</translation>
    </message>
    <message>
        <source>The gift card %1 is in %2.</source>
        <translation>The gift card %1 is in %2.</translation>
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
    <name>Balcao::JoinBusinessPage</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept on this computer.</source>
        <translation>Cancelled. Nothing was kept on this computer.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving the business&apos;s data: %Ln record(s) so far…</source>
        <translation>
            <numerusform>Receiving the business&apos;s data: %Ln record so far…</numerusform>
            <numerusform>Receiving the business&apos;s data: %Ln records so far…</numerusform>
        </translation>
    </message>
    <message>
        <source>Catching up with the latest changes…</source>
        <translation>Catching up with the latest changes…</translation>
    </message>
    <message>
        <source>Creating this computer&apos;s encrypted database…</source>
        <translation>Creating this computer&apos;s encrypted database…</translation>
    </message>
    <message>
        <source>Join an existing business</source>
        <translation>Join an existing business</translation>
    </message>
    <message>
        <source>This computer becomes one more terminal of a business that already uses a sync server, and receives its clients, team and settings. Ask your administrator for the server address and a one-time enrolment code.</source>
        <translation>This computer becomes one more terminal of a business that already uses a sync server, and receives its clients, team and settings. Ask your administrator for the server address and a one-time enrolment code.</translation>
    </message>
    <message>
        <source>&amp;Join business</source>
        <translation>&amp;Join business</translation>
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
    <name>Balcao::LocalMeta</name>
    <message>
        <source>Could not read this terminal&apos;s own setting %1: %2</source>
        <translation>Could not read this terminal&apos;s own setting %1: %2</translation>
    </message>
    <message>
        <source>Could not save this terminal&apos;s own setting %1: %2</source>
        <translation>Could not save this terminal&apos;s own setting %1: %2</translation>
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
        <source>Could not record the clock: %1</source>
        <translation>Could not record the clock: %1</translation>
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
        <source>&amp;Connect to server…</source>
        <translation>&amp;Connect to server…</translation>
    </message>
    <message>
        <source>The selected client&apos;s page (history and metrics)</source>
        <translation>The selected client&apos;s page (history and metrics)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Arrows</translation>
    </message>
    <message>
        <source>Move between slots, staff and days</source>
        <translation>Move between slots, staff and days</translation>
    </message>
    <message>
        <source>Alt+Arrows</source>
        <translation>Alt+Arrows</translation>
    </message>
    <message>
        <source>Move the selected appointment</source>
        <translation>Move the selected appointment</translation>
    </message>
    <message>
        <source>Alt+Shift+Up/Down</source>
        <translation>Alt+Shift+Up/Down</translation>
    </message>
    <message>
        <source>Make the selected appointment shorter/longer</source>
        <translation>Make the selected appointment shorter/longer</translation>
    </message>
    <message>
        <source>Ctrl+Left/Right</source>
        <translation>Ctrl+Left/Right</translation>
    </message>
    <message>
        <source>Previous / next day or week</source>
        <translation>Previous / next day or week</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Day / week view</source>
        <translation>Day / week view</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>Go to a date</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>Open the selected appointment (or book the empty slot)</source>
        <translation>Open the selected appointment (or book the empty slot)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel the selected appointment (asks a reason)</source>
        <translation>Cancel the selected appointment (asks a reason)</translation>
    </message>
    <message>
        <source>&amp;Receipt printer…</source>
        <translation>&amp;Receipt printer…</translation>
    </message>
    <message>
        <source>the checkout settings</source>
        <translation>the checkout settings</translation>
    </message>
    <message>
        <source>Checkout &amp;settings…</source>
        <translation>Checkout &amp;settings…</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Search sales (type or scan a receipt number)</source>
        <translation>Search sales (type or scan a receipt number)</translation>
    </message>
    <message>
        <source>Down, arrows</source>
        <translation>Down, arrows</translation>
    </message>
    <message>
        <source>Go through the sales; the selected one shows</source>
        <translation>Go through the sales; the selected one shows</translation>
    </message>
    <message>
        <source>To the sale&apos;s actions (Return, Reprint…)</source>
        <translation>To the sale&apos;s actions (Return, Reprint…)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Search products (or scan a barcode)</source>
        <translation>Search products (or scan a barcode)</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Save the product</source>
        <translation>Save the product</translation>
    </message>
    <message>
        <source>&amp;Receipt…</source>
        <translation>&amp;Receipt…</translation>
    </message>
    <message>
        <source>Print the receipt again, save it as PDF or e-mail it</source>
        <translation>Print the receipt again, save it as PDF or e-mail it</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Undo / redo moves and resizes, one by one</source>
        <translation>Undo / redo moves and resizes, one by one</translation>
    </message>
</context>
<context>
    <name>Balcao::ManagerApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <source>A manager or an admin must approve booking over these warnings. The approval is recorded with their name.</source>
        <translation>A manager or an admin must approve booking over these warnings. The approval is recorded with their name.</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;login</source>
        <translation>Manager&apos;s &amp;login</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Approve and save</source>
        <translation>&amp;Approve and save</translation>
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
    <message>
        <source>An amount has no currency, so it cannot be combined with another.</source>
        <translation>An amount has no currency, so it cannot be combined with another.</translation>
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
    <name>Balcao::OpenShiftDialog</name>
    <message>
        <source>Open the cash drawer</source>
        <translation>Open the cash drawer</translation>
    </message>
    <message>
        <source>Count the notes and coins put in %1 to start the day (the float).</source>
        <translation>Count the notes and coins put in %1 to start the day (the float).</translation>
    </message>
    <message>
        <source>&amp;Float</source>
        <translation>&amp;Float</translation>
    </message>
    <message>
        <source>&amp;Open shift</source>
        <translation>&amp;Open shift</translation>
    </message>
</context>
<context>
    <name>Balcao::OpenShiftsCheck</name>
    <message>
        <source>&quot;%1&quot; is not a resolution of this conflict.</source>
        <translation>&quot;%1&quot; is not a resolution of this conflict.</translation>
    </message>
    <message>
        <source>Closed because another terminal had the same drawer open</source>
        <translation>Closed because another terminal had the same drawer open</translation>
    </message>
</context>
<context>
    <name>Balcao::OverReturnCheck</name>
    <message>
        <source>&quot;%1&quot; is not a resolution of this conflict.</source>
        <translation>&quot;%1&quot; is not a resolution of this conflict.</translation>
    </message>
    <message>
        <source>Returned twice on two terminals (sale %1)</source>
        <translation>Returned twice on two terminals (sale %1)</translation>
    </message>
    <message>
        <source>Refunded twice (sale %1)</source>
        <translation>Refunded twice (sale %1)</translation>
    </message>
</context>
<context>
    <name>Balcao::OverrideFlow</name>
    <message>
        <source>Booking warnings</source>
        <translation>Booking warnings</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the warnings below.</source>
        <translation>Nothing was changed. Check the warnings below.</translation>
    </message>
    <message>
        <source>Book &amp;anyway (manager)…</source>
        <translation>Book &amp;anyway (manager)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <name>Balcao::PaymentAllocator</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>PIX</source>
        <translation>PIX</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Store credit</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Gift card</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>On account</translation>
    </message>
    <message>
        <source>Exchange credit</source>
        <translation>Exchange credit</translation>
    </message>
    <message>
        <source>A sale takes at most %1 payments.</source>
        <translation>A sale takes at most %1 payments.</translation>
    </message>
    <message>
        <source>Leave the rest on the client&apos;s account instead of paying &quot;on account&quot;.</source>
        <translation>Leave the rest on the client&apos;s account instead of paying &quot;on account&quot;.</translation>
    </message>
    <message>
        <source>Each payment must be more than zero (%1).</source>
        <translation>Each payment must be more than zero (%1).</translation>
    </message>
    <message>
        <source>A payment reference has at most %1 characters.</source>
        <translation>A payment reference has at most %1 characters.</translation>
    </message>
    <message>
        <source>Nothing is left to pay with %1.</source>
        <translation>Nothing is left to pay with %1.</translation>
    </message>
    <message>
        <source>%1 pays more than is owed; only cash can give change.</source>
        <translation>%1 pays more than is owed; only cash can give change.</translation>
    </message>
    <message>
        <source>The payments do not cover the total.</source>
        <translation>The payments do not cover the total.</translation>
    </message>
</context>
<context>
    <name>Balcao::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Payments so far</source>
        <translation>Payments so far</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The client of the sale has no store credit.</source>
        <translation>The client of the sale has no store credit.</translation>
    </message>
    <message>
        <source>Card terminal&apos;s &amp;authorisation code</source>
        <translation>Card terminal&apos;s &amp;authorisation code</translation>
    </message>
    <message>
        <source>PIX QR code</source>
        <translation>PIX QR code</translation>
    </message>
    <message>
        <source>PIX copy and paste code</source>
        <translation>PIX copy and paste code</translation>
    </message>
    <message>
        <source>Set &amp;up PIX…</source>
        <translation>Set &amp;up PIX…</translation>
    </message>
    <message>
        <source>Gift card &amp;code (Enter shows its balance)</source>
        <translation>Gift card &amp;code (Enter shows its balance)</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Received</translation>
    </message>
    <message>
        <source>Add cash</source>
        <translation>Add cash</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Add card</translation>
    </message>
    <message>
        <source>PIX received</source>
        <translation>PIX received</translation>
    </message>
    <message>
        <source>Use credit</source>
        <translation>Use credit</translation>
    </message>
    <message>
        <source>%1 has %2 of store credit.</source>
        <translation>%1 has %2 of store credit.</translation>
    </message>
    <message>
        <source>Use gift card</source>
        <translation>Use gift card</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>Still to pay after this: %1</source>
        <translation>Still to pay after this: %1</translation>
    </message>
    <message>
        <source>Exact amount: no change.</source>
        <translation>Exact amount: no change.</translation>
    </message>
    <message>
        <source>PIX is not set up yet. A manager or an admin sets the business&apos;s PIX key, name and city once (Set up PIX…); until then, take another method.</source>
        <translation>PIX is not set up yet. A manager or an admin sets the business&apos;s PIX key, name and city once (Set up PIX…); until then, take another method.</translation>
    </message>
    <message>
        <source>Type the amount to charge by PIX.</source>
        <translation>Type the amount to charge by PIX.</translation>
    </message>
    <message>
        <source>The client scans the code (or pastes the text below) in their bank&apos;s app and pays %1. When the payment shows in the business&apos;s account, press Enter.</source>
        <translation>The client scans the code (or pastes the text below) in their bank&apos;s app and pays %1. When the payment shows in the business&apos;s account, press Enter.</translation>
    </message>
    <message>
        <source>Balance on %1: %2</source>
        <translation>Balance on %1: %2</translation>
    </message>
    <message>
        <source>Type the card terminal&apos;s authorisation code.</source>
        <translation>Type the card terminal&apos;s authorisation code.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (authorisation %2)</source>
        <translation>%1 (authorisation %2)</translation>
    </message>
    <message>
        <source>%1 (card %2)</source>
        <translation>%1 (card %2)</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Paid %1</translation>
    </message>
    <message>
        <source>Left to pay %1</source>
        <translation>Left to pay %1</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>&amp;Leave %1 on %2&apos;s account</source>
        <translation>&amp;Leave %1 on %2&apos;s account</translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation>Complete sale</translation>
    </message>
    <message>
        <source>%1 is still to pay.</source>
        <translation>%1 is still to pay.</translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation>Nothing was charged.</translation>
    </message>
</context>
<context>
    <name>Balcao::PhoneNumber</name>
    <message>
        <source>&quot;%1&quot; has no area code (DDD): write it as in (11) 98765-4321.</source>
        <translation>&quot;%1&quot; has no area code (DDD): write it as in (11) 98765-4321.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Brazilian phone number: it should have an area code (DDD) and 8 or 9 digits.</source>
        <translation>&quot;%1&quot; is not a Brazilian phone number: it should have an area code (DDD) and 8 or 9 digits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a Brazilian area code (DDD).</source>
        <translation>&quot;%1&quot;: %2 is not a Brazilian area code (DDD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Brazilian phone number: after the area code a mobile has 9 digits starting with 9, a landline 8 digits starting with 2 to 5.</source>
        <translation>&quot;%1&quot; is not a Brazilian phone number: after the area code a mobile has 9 digits starting with 9, a landline 8 digits starting with 2 to 5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number of +%2: it has the wrong number of digits.</source>
        <translation>&quot;%1&quot; is not a phone number of +%2: it has the wrong number of digits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: +%2 is not a country calling code.</source>
        <translation>&quot;%1&quot;: +%2 is not a country calling code.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: a + can only come first, before the country code.</source>
        <translation>&quot;%1&quot; is not a phone number: a + can only come first, before the country code.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, spaces and + - ( ) . / are allowed.</source>
        <translation>&quot;%1&quot; is not a phone number: only digits, spaces and + - ( ) . / are allowed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it has no digits.</source>
        <translation>&quot;%1&quot; is not a phone number: it has no digits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it has too many digits.</source>
        <translation>&quot;%1&quot; is not a phone number: it has too many digits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the number with its country code, e.g. +55 11 98765-4321.</source>
        <translation>&quot;%1&quot;: write the number with its country code, e.g. +55 11 98765-4321.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: after the international prefix comes no country calling code.</source>
        <translation>&quot;%1&quot; is not a phone number: after the international prefix comes no country calling code.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no area code: write the number with it.</source>
        <translation>&quot;%1&quot; has no area code: write the number with it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number of +%2: no number there starts like this. Look for a mistyped digit.</source>
        <translation>&quot;%1&quot; is not a phone number of +%2: no number there starts like this. Look for a mistyped digit.</translation>
    </message>
</context>
<context>
    <name>Balcao::PixCode</name>
    <message>
        <source>PIX takes amounts in reais (BRL), not in %1.</source>
        <translation>PIX takes amounts in reais (BRL), not in %1.</translation>
    </message>
    <message>
        <source>A PIX code cannot ask for a negative amount (%1).</source>
        <translation>A PIX code cannot ask for a negative amount (%1).</translation>
    </message>
    <message>
        <source>%1 is more than a PIX code can ask for.</source>
        <translation>%1 is more than a PIX code can ask for.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot identify a PIX payment: use 1 to %2 letters (A to Z, no accents) and digits.</source>
        <translation>&quot;%1&quot; cannot identify a PIX payment: use 1 to %2 letters (A to Z, no accents) and digits.</translation>
    </message>
    <message>
        <source>This PIX key leaves no room for a description in the code.</source>
        <translation>This PIX key leaves no room for a description in the code.</translation>
    </message>
    <message>
        <source>The description &quot;%1&quot; is too long: with this PIX key it can have %2 characters.</source>
        <translation>The description &quot;%1&quot; is too long: with this PIX key it can have %2 characters.</translation>
    </message>
    <message>
        <source>The PIX code is incomplete: it has no field %1.</source>
        <translation>The PIX code is incomplete: it has no field %1.</translation>
    </message>
    <message>
        <source>The PIX code is damaged: field %1 appears twice.</source>
        <translation>The PIX code is damaged: field %1 appears twice.</translation>
    </message>
    <message>
        <source>This is not a PIX code: it does not start with 000201.</source>
        <translation>This is not a PIX code: it does not start with 000201.</translation>
    </message>
    <message>
        <source>The PIX code is damaged: its check digits (CRC) are not its last field.</source>
        <translation>The PIX code is damaged: its check digits (CRC) are not its last field.</translation>
    </message>
    <message>
        <source>This is a dynamic PIX code (its charge is on a bank&apos;s server): only static codes are read here.</source>
        <translation>This is a dynamic PIX code (its charge is on a bank&apos;s server): only static codes are read here.</translation>
    </message>
    <message>
        <source>The PIX code has no PIX key.</source>
        <translation>The PIX code has no PIX key.</translation>
    </message>
    <message>
        <source>This payment code is not a PIX code: it has no br.gov.bcb.pix account.</source>
        <translation>This payment code is not a PIX code: it has no br.gov.bcb.pix account.</translation>
    </message>
    <message>
        <source>The PIX code is damaged: &quot;%1&quot; is not a point of initiation method (11 or 12).</source>
        <translation>The PIX code is damaged: &quot;%1&quot; is not a point of initiation method (11 or 12).</translation>
    </message>
    <message>
        <source>The PIX code is damaged: &quot;%1&quot; is not an amount.</source>
        <translation>The PIX code is damaged: &quot;%1&quot; is not an amount.</translation>
    </message>
    <message>
        <source>The PIX code is damaged: field %1 has &quot;%2&quot;, which is not a name of 1 to %3 characters.</source>
        <translation>The PIX code is damaged: field %1 has &quot;%2&quot;, which is not a name of 1 to %3 characters.</translation>
    </message>
    <message>
        <source>The PIX code is damaged: &quot;%1&quot; is not a merchant category.</source>
        <translation>The PIX code is damaged: &quot;%1&quot; is not a merchant category.</translation>
    </message>
    <message>
        <source>The PIX code asks for currency %1; PIX is in reais (986).</source>
        <translation>The PIX code asks for currency %1; PIX is in reais (986).</translation>
    </message>
    <message>
        <source>The PIX code names country %1; PIX is in Brazil (BR).</source>
        <translation>The PIX code names country %1; PIX is in Brazil (BR).</translation>
    </message>
    <message>
        <source>Enter the name of the business as the PIX code shows it to the payer, in letters without accents or digits.</source>
        <translation>Enter the name of the business as the PIX code shows it to the payer, in letters without accents or digits.</translation>
    </message>
    <message>
        <source>Enter the city of the business as the PIX code shows it to the payer, in letters without accents.</source>
        <translation>Enter the city of the business as the PIX code shows it to the payer, in letters without accents.</translation>
    </message>
    <message>
        <source>The PIX code is damaged or incomplete: its check digits (CRC) do not match. Copy or scan it again.</source>
        <translation>The PIX code is damaged or incomplete: its check digits (CRC) do not match. Copy or scan it again.</translation>
    </message>
</context>
<context>
    <name>Balcao::PixKey</name>
    <message>
        <source>&quot;%1&quot; is not a %2: it has %3 digits, as in %4.</source>
        <translation>&quot;%1&quot; is not a %2: it has %3 digits, as in %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2: its check digits are wrong. Look for a mistyped digit.</source>
        <translation>&quot;%1&quot; is not a %2: its check digits are wrong. Look for a mistyped digit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Brazilian phone number: PIX keys are numbers with +55.</source>
        <translation>&quot;%1&quot; is not a Brazilian phone number: PIX keys are numbers with +55.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a PIX key: e-mail keys have at most %2 characters.</source>
        <translation>&quot;%1&quot; is too long for a PIX key: e-mail keys have at most %2 characters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address a PIX key can have.</source>
        <translation>&quot;%1&quot; is not an e-mail address a PIX key can have.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a random PIX key: it has 32 letters a-f and digits in groups of 8-4-4-4-12, as in 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>&quot;%1&quot; is not a random PIX key: it has 32 letters a-f and digits in groups of 8-4-4-4-12, as in 123e4567-e89b-12d3-a456-426614174000.</translation>
    </message>
    <message>
        <source>Enter the PIX key.</source>
        <translation>Enter the PIX key.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PIX key: not a CPF, CNPJ, +55 phone number, e-mail address or random key.</source>
        <translation>&quot;%1&quot; is not a PIX key: not a CPF, CNPJ, +55 phone number, e-mail address or random key.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not written as the PIX directory writes keys: &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is not written as the PIX directory writes keys: &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Balcao::PixSetupDialog</name>
    <message>
        <source>Set up PIX</source>
        <translation>Set up PIX</translation>
    </message>
    <message>
        <source>The PIX key the business receives payments on, as registered at its bank, and the name and city the payer&apos;s app shows.</source>
        <translation>The PIX key the business receives payments on, as registered at its bank, and the name and city the payer&apos;s app shows.</translation>
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
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Random key</source>
        <translation>Random key</translation>
    </message>
    <message>
        <source>Key &amp;type</source>
        <translation>Key &amp;type</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Key</translation>
    </message>
    <message>
        <source>Receiver&apos;s &amp;name</source>
        <translation>Receiver&apos;s &amp;name</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <source>changing where PIX payments go</source>
        <translation>changing where PIX payments go</translation>
    </message>
</context>
<context>
    <name>Balcao::PriceCalculator</name>
    <message>
        <source>The sale has no lines.</source>
        <translation>The sale has no lines.</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must be between 1 and %2.</source>
        <translation>The quantity of &quot;%1&quot; must be between 1 and %2.</translation>
    </message>
    <message>
        <source>The price of &quot;%1&quot; is not valid.</source>
        <translation>The price of &quot;%1&quot; is not valid.</translation>
    </message>
    <message>
        <source>A tax rate must be between 0 % and 100 %.</source>
        <translation>A tax rate must be between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>The amount of &quot;%1&quot; is too large.</source>
        <translation>The amount of &quot;%1&quot; is too large.</translation>
    </message>
    <message>
        <source>A gift card is sold at its value, without discount.</source>
        <translation>A gift card is sold at its value, without discount.</translation>
    </message>
    <message>
        <source>The discount on &quot;%1&quot; is not valid.</source>
        <translation>The discount on &quot;%1&quot; is not valid.</translation>
    </message>
    <message>
        <source>The discount on &quot;%1&quot; is larger than the line.</source>
        <translation>The discount on &quot;%1&quot; is larger than the line.</translation>
    </message>
    <message>
        <source>The discount on the sale is not valid.</source>
        <translation>The discount on the sale is not valid.</translation>
    </message>
    <message>
        <source>The discount on the sale is larger than what it discounts.</source>
        <translation>The discount on the sale is larger than what it discounts.</translation>
    </message>
    <message>
        <source>The tip is not valid.</source>
        <translation>The tip is not valid.</translation>
    </message>
</context>
<context>
    <name>Balcao::ProductCatalog</name>
    <message>
        <source>The product needs a name.</source>
        <translation>The product needs a name.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>The name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>A SKU has at most %1 characters.</source>
        <translation>A SKU has at most %1 characters.</translation>
    </message>
    <message>
        <source>The SKU %1 already belongs to &quot;%2&quot;.</source>
        <translation>The SKU %1 already belongs to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>The price cannot be negative.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>The cost cannot be negative.</translation>
    </message>
    <message>
        <source>The barcode %1 already belongs to &quot;%2&quot;.</source>
        <translation>The barcode %1 already belongs to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A product has at most %1 barcodes.</source>
        <translation>A product has at most %1 barcodes.</translation>
    </message>
    <message>
        <source>There is no product with id %1.</source>
        <translation>There is no product with id %1.</translation>
    </message>
    <message>
        <source>There is no product with SKU %1.</source>
        <translation>There is no product with SKU %1.</translation>
    </message>
    <message>
        <source>No product has the barcode %1.</source>
        <translation>No product has the barcode %1.</translation>
    </message>
    <message>
        <source>There is no product with the code or name &quot;%1&quot;.</source>
        <translation>There is no product with the code or name &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The price and the cost need a currency.</source>
        <translation>The price and the cost need a currency.</translation>
    </message>
    <message>
        <source>The price and the cost must be in the same currency.</source>
        <translation>The price and the cost must be in the same currency.</translation>
    </message>
    <message>
        <source>The product is priced in %1; to change its currency give the price and the cost.</source>
        <translation>The product is priced in %1; to change its currency give the price and the cost.</translation>
    </message>
</context>
<context>
    <name>Balcao::ProductForm</name>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>SK&amp;U</source>
        <translation>SK&amp;U</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <source>&amp;Barcodes</source>
        <translation>&amp;Barcodes</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Price</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Cost</translation>
    </message>
    <message>
        <source>Ta&amp;x</source>
        <translation>Ta&amp;x</translation>
    </message>
    <message>
        <source>e.g. Shampoo 500 ml</source>
        <translation>e.g. Shampoo 500 ml</translation>
    </message>
    <message>
        <source>Your code, e.g. SH-500</source>
        <translation>Your code, e.g. SH-500</translation>
    </message>
    <message>
        <source>e.g. Hair care</source>
        <translation>e.g. Hair care</translation>
    </message>
    <message>
        <source>The shelf price, as the receipt shows it</source>
        <translation>The shelf price, as the receipt shows it</translation>
    </message>
    <message>
        <source>What one unit costs the business (for margins)</source>
        <translation>What one unit costs the business (for margins)</translation>
    </message>
    <message>
        <source>Not taxed</source>
        <translation>Not taxed</translation>
    </message>
    <message>
        <source>&amp;Keeps stock (count units in and out)</source>
        <translation>&amp;Keeps stock (count units in and out)</translation>
    </message>
    <message>
        <source>&amp;Active (sold at the counter)</source>
        <translation>&amp;Active (sold at the counter)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the product (%1)</source>
        <translation>Save the product (%1)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>included</source>
        <translation>included</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Added %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::ProductListModel</name>
    <message>
        <source>not kept</source>
        <translation>not kept</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Barcodes: %1</source>
        <translation>Barcodes: %1</translation>
    </message>
    <message>
        <source>This product does not keep stock (a service-like item, gift wrap…).</source>
        <translation>This product does not keep stock (a service-like item, gift wrap…).</translation>
    </message>
    <message>
        <source>Units on hand at %1</source>
        <translation>Units on hand at %1</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Balcao::ProductsPage</name>
    <message>
        <source>Products and stock</source>
        <translation>Products and stock</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;New product</translation>
    </message>
    <message>
        <source>Start a new product (%1)</source>
        <translation>Start a new product (%1)</translation>
    </message>
    <message>
        <source>Search by name, SKU or barcode – or scan (%1)</source>
        <translation>Search by name, SKU or barcode – or scan (%1)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Search products</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Stock here</source>
        <translation>Stock here</translation>
    </message>
    <message>
        <source>Recei&amp;ve…</source>
        <translation>Recei&amp;ve…</translation>
    </message>
    <message>
        <source>Goods in: quantity, lot, expiry, cost</source>
        <translation>Goods in: quantity, lot, expiry, cost</translation>
    </message>
    <message>
        <source>C&amp;ount…</source>
        <translation>C&amp;ount…</translation>
    </message>
    <message>
        <source>Record what is on the shelf; the difference becomes an adjustment</source>
        <translation>Record what is on the shelf; the difference becomes an adjustment</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>&amp;Write off…</translation>
    </message>
    <message>
        <source>Take damaged, expired or lost units out of stock</source>
        <translation>Take damaged, expired or lost units out of stock</translation>
    </message>
    <message>
        <source>Latest movements</source>
        <translation>Latest movements</translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation>Unknown barcode</translation>
    </message>
    <message>
        <source>No product has the barcode %1. Create a product with it?</source>
        <translation>No product has the barcode %1. Create a product with it?</translation>
    </message>
    <message>
        <source>&amp;Create product</source>
        <translation>&amp;Create product</translation>
    </message>
    <message>
        <source>Save the product to receive and count its stock.</source>
        <translation>Save the product to receive and count its stock.</translation>
    </message>
    <message>
        <source>This product does not keep stock.</source>
        <translation>This product does not keep stock.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) on hand</source>
        <translation>
            <numerusform>%Ln unit on hand</numerusform>
            <numerusform>%Ln units on hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) shown</source>
        <translation>
            <numerusform>%n product shown</numerusform>
            <numerusform>%n products shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 matches. Type more of a name or SKU to narrow the list.</source>
        <translation>Showing the first %1 matches. Type more of a name or SKU to narrow the list.</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>No product matches “%1”.</translation>
    </message>
    <message>
        <source>No products yet. Press %1 to add the first one.</source>
        <translation>No products yet. Press %1 to add the first one.</translation>
    </message>
</context>
<context>
    <name>Balcao::PullPageReader</name>
    <message>
        <source>The server&apos;s answer is not a page of changes.</source>
        <translation>The server&apos;s answer is not a page of changes.</translation>
    </message>
</context>
<context>
    <name>Balcao::QrMatrix</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>There is nothing to put in the QR code.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code: %1 bytes, where at most %2 fit at this error correction level.</source>
        <translation>The text is too long for a QR code: %1 bytes, where at most %2 fit at this error correction level.</translation>
    </message>
    <message>
        <source>The QR code could not be made: %1.</source>
        <translation>The QR code could not be made: %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::QueryError</name>
    <message>
        <source>This terminal&apos;s database could not be read.</source>
        <translation>This terminal&apos;s database could not be read.</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptDialog</name>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>&amp;Receipt printer</source>
        <translation>&amp;Receipt printer</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;E-mail…</source>
        <translation>&amp;E-mail…</translation>
    </message>
    <message>
        <source>Printer &amp;settings…</source>
        <translation>Printer &amp;settings…</translation>
    </message>
    <message>
        <source>There is no receipt.</source>
        <translation>There is no receipt.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Sent to %1.</translation>
    </message>
    <message>
        <source>Printed: %1.</source>
        <translation>Printed: %1.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Save the receipt as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>The receipt will be e-mailed to %1 with the server&apos;s next messages.</source>
        <translation>The receipt will be e-mailed to %1 with the server&apos;s next messages.</translation>
    </message>
    <message>
        <source>Receipt printer: %1.</source>
        <translation>Receipt printer: %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptEmailDialog</name>
    <message>
        <source>E-mail the receipt</source>
        <translation>E-mail the receipt</translation>
    </message>
    <message>
        <source>%1 goes out with the next messages the server sends.</source>
        <translation>%1 goes out with the next messages the server sends.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mail address</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptLayout</name>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Return receipt %1</source>
        <translation>Return receipt %1</translation>
    </message>
    <message>
        <source>Exchange receipt %1</source>
        <translation>Exchange receipt %1</translation>
    </message>
    <message>
        <source>Tax ID %1</source>
        <translation>Tax ID %1</translation>
    </message>
    <message>
        <source>SALE</source>
        <translation>SALE</translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation>RETURN</translation>
    </message>
    <message>
        <source>EXCHANGE</source>
        <translation>EXCHANGE</translation>
    </message>
    <message>
        <source>REPRINT</source>
        <translation>REPRINT</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Returned items</source>
        <translation>Returned items</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>%1 returned</translation>
    </message>
    <message>
        <source>New items</source>
        <translation>New items</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>TOTAL REFUNDED</source>
        <translation>TOTAL REFUNDED</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>TO REFUND</source>
        <translation>TO REFUND</translation>
    </message>
    <message>
        <source>TO PAY</source>
        <translation>TO PAY</translation>
    </message>
    <message>
        <source>Taken off the amount due</source>
        <translation>Taken off the amount due</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>Gift card %1</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Refund: %1</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Tendered</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <source>Left due</source>
        <translation>Left due</translation>
    </message>
    <message>
        <source>Of which taxes</source>
        <translation>Of which taxes</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Store credit balance</source>
        <translation>Store credit balance</translation>
    </message>
    <message>
        <source>Gift card %1 balance</source>
        <translation>Gift card %1 balance</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <source>Paid with PIX</source>
        <translation>Paid with PIX</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Pay what is left due with PIX</source>
        <translation>Pay what is left due with PIX</translation>
    </message>
    <message>
        <source>Not a fiscal document</source>
        <translation>Not a fiscal document</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptMailer</name>
    <message>
        <source>Type the e-mail address to send the receipt to.</source>
        <translation>Type the e-mail address to send the receipt to.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptPdf</name>
    <message>
        <source>Could not save the receipt to %1: %2</source>
        <translation>Could not save the receipt to %1: %2</translation>
    </message>
    <message>
        <source>The printer cannot print now. Check that it is on and connected, then try again.</source>
        <translation>The printer cannot print now. Check that it is on and connected, then try again.</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptPrintJob</name>
    <message>
        <source>No receipt printer is set up on this terminal.</source>
        <translation>No receipt printer is set up on this terminal.</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>The system&apos;s default printer</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot;</source>
        <translation>Printer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Thermal printer at %1:%2</source>
        <translation>Thermal printer at %1:%2</translation>
    </message>
    <message>
        <source>Thermal printer at %1</source>
        <translation>Thermal printer at %1</translation>
    </message>
    <message>
        <source>The last receipt is still printing.</source>
        <translation>The last receipt is still printing.</translation>
    </message>
    <message>
        <source>This computer has no default printer. Choose one in the receipt printer settings.</source>
        <translation>This computer has no default printer. Choose one in the receipt printer settings.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not installed on this computer.</source>
        <translation>The printer &quot;%1&quot; is not installed on this computer.</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptPrinterDialog</name>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Where this terminal prints receipts. These settings stay on this computer.</source>
        <translation>Where this terminal prints receipts. These settings stay on this computer.</translation>
    </message>
    <message>
        <source>None: print from the receipt window only</source>
        <translation>None: print from the receipt window only</translation>
    </message>
    <message>
        <source>A printer of this computer</source>
        <translation>A printer of this computer</translation>
    </message>
    <message>
        <source>Thermal printer on the network (ESC/POS)</source>
        <translation>Thermal printer on the network (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer on a port or in a file (ESC/POS)</source>
        <translation>Thermal printer on a port or in a file (ESC/POS)</translation>
    </message>
    <message>
        <source>The default printer</source>
        <translation>The default printer</translation>
    </message>
    <message>
        <source>192.168.0.50</source>
        <translation>192.168.0.50</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>/dev/usb/lp0</source>
        <translation>/dev/usb/lp0</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>80 mm (48 characters a line)</source>
        <translation>80 mm (48 characters a line)</translation>
    </message>
    <message>
        <source>58 mm (32 characters a line)</source>
        <translation>58 mm (32 characters a line)</translation>
    </message>
    <message>
        <source>Print a receipt &amp;after every sale</source>
        <translation>Print a receipt &amp;after every sale</translation>
    </message>
    <message>
        <source>Open the cash &amp;drawer when cash is taken</source>
        <translation>Open the cash &amp;drawer when cash is taken</translation>
    </message>
    <message>
        <source>The drawer is plugged into the thermal printer, which opens it when it prints a receipt that took cash. Reprints never open it.</source>
        <translation>The drawer is plugged into the thermal printer, which opens it when it prints a receipt that took cash. Reprints never open it.</translation>
    </message>
    <message>
        <source>&amp;Print to</source>
        <translation>&amp;Print to</translation>
    </message>
    <message>
        <source>Pri&amp;nter</source>
        <translation>Pri&amp;nter</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;File or port</source>
        <translation>&amp;File or port</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>Pape&amp;r</translation>
    </message>
    <message>
        <source>Receipt printer file</source>
        <translation>Receipt printer file</translation>
    </message>
</context>
<context>
    <name>Balcao::ReceiptPrinterSettings</name>
    <message>
        <source>The paper must be 58 mm or 80 mm wide.</source>
        <translation>The paper must be 58 mm or 80 mm wide.</translation>
    </message>
    <message>
        <source>Type the printer&apos;s network address, such as 192.168.0.50.</source>
        <translation>Type the printer&apos;s network address, such as 192.168.0.50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network address.</source>
        <translation>&quot;%1&quot; is not a network address.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (thermal printers usually listen on 9100).</source>
        <translation>The port must be between 1 and 65535 (thermal printers usually listen on 9100).</translation>
    </message>
    <message>
        <source>Type the file or device to write receipts to, such as /dev/usb/lp0.</source>
        <translation>Type the file or device to write receipts to, such as /dev/usb/lp0.</translation>
    </message>
</context>
<context>
    <name>Balcao::RecurrenceEditor</name>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <source>every</source>
        <translation>every</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> week(s)</translation>
    </message>
    <message>
        <source>times:</source>
        <translation>times:</translation>
    </message>
    <message>
        <source>until:</source>
        <translation>until:</translation>
    </message>
    <message>
        <source>Weeks between appointments</source>
        <translation>Weeks between appointments</translation>
    </message>
    <message>
        <source>Number of appointments</source>
        <translation>Number of appointments</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Last date</translation>
    </message>
</context>
<context>
    <name>Balcao::RefundPlanner</name>
    <message>
        <source>Choose how the refund is paid back.</source>
        <translation>Choose how the refund is paid back.</translation>
    </message>
    <message>
        <source>A refund cannot be negative.</source>
        <translation>A refund cannot be negative.</translation>
    </message>
    <message>
        <source>The exchange credit cannot exceed the refund.</source>
        <translation>The exchange credit cannot exceed the refund.</translation>
    </message>
    <message>
        <source>Choose the client who gets the store credit.</source>
        <translation>Choose the client who gets the store credit.</translation>
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
        <translation>Refund %1</translation>
    </message>
    <message>
        <source>(tax %1)</source>
        <translation>(tax %1)</translation>
    </message>
    <message>
        <source>New items %1</source>
        <translation>New items %1</translation>
    </message>
    <message>
        <source>The client pays %1</source>
        <translation>The client pays %1</translation>
    </message>
    <message>
        <source>The client gets %1 back</source>
        <translation>The client gets %1 back</translation>
    </message>
    <message>
        <source>Even exchange: nobody pays anything</source>
        <translation>Even exchange: nobody pays anything</translation>
    </message>
    <message>
        <source>Where the money goes:</source>
        <translation>Where the money goes:</translation>
    </message>
</context>
<context>
    <name>Balcao::RefundWording</name>
    <message>
        <source>Cash from the drawer</source>
        <translation>Cash from the drawer</translation>
    </message>
    <message>
        <source>Back to the card</source>
        <translation>Back to the card</translation>
    </message>
    <message>
        <source>Back to the card (authorisation %1)</source>
        <translation>Back to the card (authorisation %1)</translation>
    </message>
    <message>
        <source>Back by PIX</source>
        <translation>Back by PIX</translation>
    </message>
    <message>
        <source>Client&apos;s store credit</source>
        <translation>Client&apos;s store credit</translation>
    </message>
    <message>
        <source>Back to the gift card</source>
        <translation>Back to the gift card</translation>
    </message>
    <message>
        <source>Amount due reduced</source>
        <translation>Amount due reduced</translation>
    </message>
    <message>
        <source>Pays the new items</source>
        <translation>Pays the new items</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>Back to stock</translation>
    </message>
    <message>
        <source>Original payment methods</source>
        <translation>Original payment methods</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Store credit</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
</context>
<context>
    <name>Balcao::ReminderTemplates</name>
    <message>
        <source>Your appointment at {business}</source>
        <translation>Your appointment at {business}</translation>
    </message>
    <message>
        <source>Hello {first_name}, your appointment for {services} with {staff} is booked for {date} at {time} at {location}.</source>
        <translation>Hello {first_name}, your appointment for {services} with {staff} is booked for {date} at {time} at {location}.</translation>
    </message>
    <message>
        <source>Reminder: your appointment tomorrow</source>
        <translation>Reminder: your appointment tomorrow</translation>
    </message>
    <message>
        <source>Hello {first_name}, a reminder of your appointment for {services} on {date} at {time} at {location}. See you soon!</source>
        <translation>Hello {first_name}, a reminder of your appointment for {services} on {date} at {time} at {location}. See you soon!</translation>
    </message>
    <message>
        <source>How was your visit?</source>
        <translation>How was your visit?</translation>
    </message>
    <message>
        <source>Hello {first_name}, thank you for your visit to {business}. We hope to see you again soon.</source>
        <translation>Hello {first_name}, thank you for your visit to {business}. We hope to see you again soon.</translation>
    </message>
    <message>
        <source>Your appointment was cancelled</source>
        <translation>Your appointment was cancelled</translation>
    </message>
    <message>
        <source>Hello {first_name}, your appointment for {services} on {date} at {time} was cancelled.</source>
        <translation>Hello {first_name}, your appointment for {services} on {date} at {time} was cancelled.</translation>
    </message>
    <message>
        <source>A message needs a text of at most 2000 characters and a subject of at most 200.</source>
        <translation>A message needs a text of at most 2000 characters and a subject of at most 200.</translation>
    </message>
    <message>
        <source>A message can be sent at most 30 days before or after.</source>
        <translation>A message can be sent at most 30 days before or after.</translation>
    </message>
</context>
<context>
    <name>Balcao::ResourceService</name>
    <message>
        <source>A resource needs a name of 1 to 200 characters.</source>
        <translation>A resource needs a name of 1 to 200 characters.</translation>
    </message>
    <message>
        <source>A resource needs a kind (room, chair, table...).</source>
        <translation>A resource needs a kind (room, chair, table...).</translation>
    </message>
    <message>
        <source>There is no resource with id %1.</source>
        <translation>There is no resource with id %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Return without receipt</source>
        <translation>Return without receipt</translation>
    </message>
    <message>
        <source>Return without a receipt</source>
        <translation>Return without a receipt</translation>
    </message>
    <message numerus="yes">
        <source>Each product is refunded at the lowest price it sold for here in the last %n day(s), or its catalog price if that is lower. A manager or an admin signs for it.</source>
        <translation>
            <numerusform>Each product is refunded at the lowest price it sold for here in the last %n day, or its catalog price if that is lower. A manager or an admin signs for it.</numerusform>
            <numerusform>Each product is refunded at the lowest price it sold for here in the last %n days, or its catalog price if that is lower. A manager or an admin signs for it.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Product</translation>
    </message>
    <message>
        <source>Type a name or SKU, or scan the barcode</source>
        <translation>Type a name or SKU, or scan the barcode</translation>
    </message>
    <message>
        <source>What comes back</source>
        <translation>What comes back</translation>
    </message>
    <message>
        <source>Refund to:</source>
        <translation>Refund to:</translation>
    </message>
    <message>
        <source>&amp;Original payment methods</source>
        <translation>&amp;Original payment methods</translation>
    </message>
    <message>
        <source>C&amp;ash</source>
        <translation>C&amp;ash</translation>
    </message>
    <message>
        <source>&amp;Store credit</source>
        <translation>&amp;Store credit</translation>
    </message>
    <message>
        <source>Reaso&amp;n</source>
        <translation>Reaso&amp;n</translation>
    </message>
    <message>
        <source>Why is it coming back? (optional)</source>
        <translation>Why is it coming back? (optional)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>E&amp;xchange…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Give the client other items instead; the refund pays them</source>
        <translation>Give the client other items instead; the refund pays them</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Sale %1</translation>
    </message>
    <message>
        <source>The sale has no client to give store credit to.</source>
        <translation>The sale has no client to give store credit to.</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Choose how many units of each line come back.</source>
        <translation>Choose how many units of each line come back.</translation>
    </message>
    <message>
        <source>Find the products that come back: type a name or a SKU, or scan them.</source>
        <translation>Find the products that come back: type a name or a SKU, or scan them.</translation>
    </message>
    <message>
        <source>&amp;Refund %1</source>
        <translation>&amp;Refund %1</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Refund</translation>
    </message>
    <message>
        <source>Complete &amp;exchange</source>
        <translation>Complete &amp;exchange</translation>
    </message>
    <message>
        <source>Add what the client takes instead.</source>
        <translation>Add what the client takes instead.</translation>
    </message>
    <message>
        <source>Refund %1 without a receipt.</source>
        <translation>Refund %1 without a receipt.</translation>
    </message>
    <message>
        <source>A manager or an admin must approve a return without a receipt. The approval is recorded with their name.</source>
        <translation>A manager or an admin must approve a return without a receipt. The approval is recorded with their name.</translation>
    </message>
</context>
<context>
    <name>Balcao::ReturnLineDelegate</name>
    <message>
        <source>Units to return of %1</source>
        <translation>Units to return of %1</translation>
    </message>
    <message>
        <source>Why (e.g. leaking bottle)</source>
        <translation>Why (e.g. leaking bottle)</translation>
    </message>
</context>
<context>
    <name>Balcao::ReturnLinesModel</name>
    <message>
        <source>Nothing left to return on this line.</source>
        <translation>Nothing left to return on this line.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Can return</source>
        <translation>Can return</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Refund each</source>
        <translation>Refund each</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Goes</source>
        <translation>Goes</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Balcao::ReturnService</name>
    <message>
        <source>Choose what comes back.</source>
        <translation>Choose what comes back.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>The reason is too long (at most 500 characters).</translation>
    </message>
    <message>
        <source>That line is not part of sale %1.</source>
        <translation>That line is not part of sale %1.</translation>
    </message>
    <message>
        <source>A gift card cannot be returned; its balance stays on the card.</source>
        <translation>A gift card cannot be returned; its balance stays on the card.</translation>
    </message>
    <message>
        <source>Return at least one unit of &quot;%1&quot;.</source>
        <translation>Return at least one unit of &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only %1 of &quot;%2&quot; can still be returned (%3 sold, %4 returned already).</source>
        <translation>Only %1 of &quot;%2&quot; can still be returned (%3 sold, %4 returned already).</translation>
    </message>
    <message>
        <source>A return without receipt needs a manager&apos;s approval.</source>
        <translation>A return without receipt needs a manager&apos;s approval.</translation>
    </message>
    <message>
        <source>a return without receipt</source>
        <translation>a return without receipt</translation>
    </message>
    <message>
        <source>Open the cash drawer (start a shift) to refund %1 in cash.</source>
        <translation>Open the cash drawer (start a shift) to refund %1 in cash.</translation>
    </message>
    <message>
        <source>Returned damaged</source>
        <translation>Returned damaged</translation>
    </message>
    <message>
        <source>There is no return with id %1.</source>
        <translation>There is no return with id %1.</translation>
    </message>
    <message>
        <source>Type a return number.</source>
        <translation>Type a return number.</translation>
    </message>
    <message>
        <source>More than one return matches %1; type the whole number.</source>
        <translation>More than one return matches %1; type the whole number.</translation>
    </message>
    <message>
        <source>There is no return %1.</source>
        <translation>There is no return %1.</translation>
    </message>
</context>
<context>
    <name>Balcao::SaleClientDialog</name>
    <message>
        <source>Client of the sale</source>
        <translation>Client of the sale</translation>
    </message>
    <message>
        <source>&amp;Use this client</source>
        <translation>&amp;Use this client</translation>
    </message>
    <message>
        <source>&amp;No client</source>
        <translation>&amp;No client</translation>
    </message>
</context>
<context>
    <name>Balcao::SaleCompletionView</name>
    <message>
        <source>New sale (Enter)</source>
        <translation>New sale (Enter)</translation>
    </message>
    <message>
        <source>Sale %1 completed</source>
        <translation>Sale %1 completed</translation>
    </message>
    <message>
        <source>Change to give</source>
        <translation>Change to give</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (received %2)</source>
        <translation>%1 (received %2)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>%1 left on %2&apos;s account</source>
        <translation>%1 left on %2&apos;s account</translation>
    </message>
</context>
<context>
    <name>Balcao::SaleDetailPanel</name>
    <message>
        <source>Choose a sale to see its lines, payments and returns.</source>
        <translation>Choose a sale to see its lines, payments and returns.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <source>Take back some or all of the items and refund them</source>
        <translation>Take back some or all of the items and refund them</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>E&amp;xchange…</translation>
    </message>
    <message>
        <source>Take items back and give others instead</source>
        <translation>Take items back and give others instead</translation>
    </message>
    <message>
        <source>Re&amp;print</source>
        <translation>Re&amp;print</translation>
    </message>
    <message>
        <source>Print or send the receipt again</source>
        <translation>Print or send the receipt again</translation>
    </message>
    <message>
        <source>C&amp;lient page</source>
        <translation>C&amp;lient page</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Sale %1</translation>
    </message>
    <message>
        <source>cashier %1</source>
        <translation>cashier %1</translation>
    </message>
    <message>
        <source>no client</source>
        <translation>no client</translation>
    </message>
    <message>
        <source>a client not on this terminal yet</source>
        <translation>a client not on this terminal yet</translation>
    </message>
    <message>
        <source>Everything on this sale has been returned.</source>
        <translation>Everything on this sale has been returned.</translation>
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
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Change given</translation>
    </message>
    <message>
        <source>Left due on the client&apos;s account</source>
        <translation>Left due on the client&apos;s account</translation>
    </message>
    <message>
        <source>No payment: the whole amount was left due.</source>
        <translation>No payment: the whole amount was left due.</translation>
    </message>
    <message>
        <source>handed over %1</source>
        <translation>handed over %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>change %1</translation>
    </message>
    <message>
        <source>authorisation %1</source>
        <translation>authorisation %1</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>reference %1</translation>
    </message>
    <message>
        <source>Nothing returned.</source>
        <translation>Nothing returned.</translation>
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
        <translation>Refund %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Exchanged for sale %1</source>
        <translation>Exchanged for sale %1</translation>
    </message>
    <message>
        <source>An exchange: part of it was paid by return %1 (without receipt).</source>
        <translation>An exchange: part of it was paid by return %1 (without receipt).</translation>
    </message>
    <message>
        <source>An exchange: part of it was paid by return %1 of sale %2.</source>
        <translation>An exchange: part of it was paid by return %1 of sale %2.</translation>
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
        <translation>%1, %2 included in the price</translation>
    </message>
    <message>
        <source>%1, %2 added to the price</source>
        <translation>%1, %2 added to the price</translation>
    </message>
    <message>
        <source>%1 · SKU %2</source>
        <translation>%1 · SKU %2</translation>
    </message>
    <message>
        <source>%1 of %2 returned</source>
        <translation>%1 of %2 returned</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>Balcao::SalesHistoryFilters</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Any method</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation>Peri&amp;od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Pa&amp;id with</source>
        <translation>Pa&amp;id with</translation>
    </message>
    <message>
        <source>Locatio&amp;n</source>
        <translation>Locatio&amp;n</translation>
    </message>
    <message>
        <source>Sale number, its last digits, or client (%1) – or scan the receipt</source>
        <translation>Sale number, its last digits, or client (%1) – or scan the receipt</translation>
    </message>
    <message>
        <source>Search sales</source>
        <translation>Search sales</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>Balcao::SalesHistoryModel</name>
    <message>
        <source>%1 of %2 refunded by returns</source>
        <translation>%1 of %2 refunded by returns</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
</context>
<context>
    <name>Balcao::SalesHistoryPage</name>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Return &amp;without receipt…</source>
        <translation>Return &amp;without receipt…</translation>
    </message>
    <message>
        <source>Take back products sold without their receipt (a manager signs)</source>
        <translation>Take back products sold without their receipt (a manager signs)</translation>
    </message>
    <message>
        <source>The newest %1 sales shown; scroll for more</source>
        <translation>The newest %1 sales shown; scroll for more</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>No sales in this period.</translation>
    </message>
    <message>
        <source>No sale in this period matches “%1”. Choose “Any date” to search them all.</source>
        <translation>No sale in this period matches “%1”. Choose “Any date” to search them all.</translation>
    </message>
    <message>
        <source>Sale %1 is outside these filters; it is shown on the right.</source>
        <translation>Sale %1 is outside these filters; it is shown on the right.</translation>
    </message>
    <message>
        <source>Exchange done: return %1 and new sale %2.</source>
        <translation>Exchange done: return %1 and new sale %2.</translation>
    </message>
    <message>
        <source>Return %1 done: %2 refunded.</source>
        <translation>Return %1 done: %2 refunded.</translation>
    </message>
</context>
<context>
    <name>Balcao::SalesJournal</name>
    <message>
        <source>There is no sale %1.</source>
        <translation>There is no sale %1.</translation>
    </message>
    <message>
        <source>More than one sale matches %1; type the whole number.</source>
        <translation>More than one sale matches %1; type the whole number.</translation>
    </message>
    <message>
        <source>Type a sale number.</source>
        <translation>Type a sale number.</translation>
    </message>
</context>
<context>
    <name>Balcao::SalesSettings</name>
    <message>
        <source>The discount limit must be between 0 % and 100 %.</source>
        <translation>The discount limit must be between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>The receipt footer has at most 500 characters.</source>
        <translation>The receipt footer has at most 500 characters.</translation>
    </message>
    <message>
        <source>The tax id has at most 40 characters.</source>
        <translation>The tax id has at most 40 characters.</translation>
    </message>
    <message>
        <source>PIX needs the key, the name of the receiver and the city.</source>
        <translation>PIX needs the key, the name of the receiver and the city.</translation>
    </message>
    <message>
        <source>Set up PIX first: the key, the receiver&apos;s name and the city.</source>
        <translation>Set up PIX first: the key, the receiver&apos;s name and the city.</translation>
    </message>
    <message>
        <source>A return without receipt looks back between 1 and %1 days.</source>
        <translation>A return without receipt looks back between 1 and %1 days.</translation>
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
    <name>Balcao::ServiceCatalog</name>
    <message>
        <source>A category needs a name of 1 to %1 characters.</source>
        <translation>A category needs a name of 1 to %1 characters.</translation>
    </message>
    <message>
        <source>There is already a category named &quot;%1&quot;.</source>
        <translation>There is already a category named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no category with id %1.</source>
        <translation>There is no category with id %1.</translation>
    </message>
    <message>
        <source>The category still has services (&quot;%1&quot;); move or delete them first.</source>
        <translation>The category still has services (&quot;%1&quot;); move or delete them first.</translation>
    </message>
    <message>
        <source>The service needs a name.</source>
        <translation>The service needs a name.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>The name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The duration must be between 1 and %1 minutes.</source>
        <translation>The duration must be between 1 and %1 minutes.</translation>
    </message>
    <message>
        <source>A buffer must be between 0 and %1 minutes.</source>
        <translation>A buffer must be between 0 and %1 minutes.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>The price cannot be negative.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; use the form #RRGGBB.</source>
        <translation>&quot;%1&quot; is not a colour; use the form #RRGGBB.</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>There is no staff member with id %1.</translation>
    </message>
    <message>
        <source>There is no service with id %1.</source>
        <translation>There is no service with id %1.</translation>
    </message>
    <message>
        <source>There is no service called &quot;%1&quot;.</source>
        <translation>There is no service called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The price has no currency.</source>
        <translation>The price has no currency.</translation>
    </message>
</context>
<context>
    <name>Balcao::ShiftBar</name>
    <message>
        <source>No cash drawer: set up a location first.</source>
        <translation>No cash drawer: set up a location first.</translation>
    </message>
    <message>
        <source>%1: no shift open — cash payments need one.</source>
        <translation>%1: no shift open — cash payments need one.</translation>
    </message>
    <message>
        <source>%1: open since %2 by %3</source>
        <translation>%1: open since %2 by %3</translation>
    </message>
    <message>
        <source>Drawer (F8)</source>
        <translation>Drawer (F8)</translation>
    </message>
    <message>
        <source>Open or close the shift, cash in or out, X report</source>
        <translation>Open or close the shift, cash in or out, X report</translation>
    </message>
    <message>
        <source>&amp;Open shift…</source>
        <translation>&amp;Open shift…</translation>
    </message>
    <message>
        <source>Cash &amp;in or out…</source>
        <translation>Cash &amp;in or out…</translation>
    </message>
    <message>
        <source>&amp;X report…</source>
        <translation>&amp;X report…</translation>
    </message>
    <message>
        <source>&amp;Close shift (count the drawer)…</source>
        <translation>&amp;Close shift (count the drawer)…</translation>
    </message>
    <message>
        <source>&amp;Use drawer</source>
        <translation>&amp;Use drawer</translation>
    </message>
</context>
<context>
    <name>Balcao::ShiftReportDialog</name>
    <message>
        <source>Z report – %1</source>
        <translation>Z report – %1</translation>
    </message>
    <message>
        <source>X report – %1</source>
        <translation>X report – %1</translation>
    </message>
    <message>
        <source>Z report (shift closed)</source>
        <translation>Z report (shift closed)</translation>
    </message>
    <message>
        <source>X report (the shift is still open)</source>
        <translation>X report (the shift is still open)</translation>
    </message>
    <message>
        <source>Opened %1 by %2</source>
        <translation>Opened %1 by %2</translation>
    </message>
    <message>
        <source>Closed %1 by %2</source>
        <translation>Closed %1 by %2</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Cash sales</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Cash refunds</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Expected in the drawer</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>Over by %1</translation>
    </message>
    <message>
        <source>Short by %1</source>
        <translation>Short by %1</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Over / short</source>
        <translation>Over / short</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s), %1</source>
        <translation>
            <numerusform>%n sale, %1</numerusform>
            <numerusform>%n sales, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Discounts given</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message numerus="yes">
        <source>%n return(s), %1</source>
        <translation>
            <numerusform>%n return, %1</numerusform>
            <numerusform>%n returns, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>Sales by payment method</translation>
    </message>
</context>
<context>
    <name>Balcao::ShiftService</name>
    <message>
        <source>A cash drawer needs a name of 1 to 100 characters.</source>
        <translation>A cash drawer needs a name of 1 to 100 characters.</translation>
    </message>
    <message>
        <source>There is already a drawer named &quot;%1&quot;.</source>
        <translation>There is already a drawer named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no cash drawer with id %1.</source>
        <translation>There is no cash drawer with id %1.</translation>
    </message>
    <message>
        <source>Drawer 1</source>
        <translation>Drawer 1</translation>
    </message>
    <message>
        <source>There is no cash shift with id %1.</source>
        <translation>There is no cash shift with id %1.</translation>
    </message>
    <message>
        <source>The opening float cannot be negative or that large.</source>
        <translation>The opening float cannot be negative or that large.</translation>
    </message>
    <message>
        <source>%1 is already open (since %2); close that shift first.</source>
        <translation>%1 is already open (since %2); close that shift first.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>Say why cash goes in or out of the drawer.</source>
        <translation>Say why cash goes in or out of the drawer.</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>The reason is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>This shift is closed; open a new one first.</source>
        <translation>This shift is closed; open a new one first.</translation>
    </message>
    <message>
        <source>The drawer should not hold that much: take out at most what it holds.</source>
        <translation>The drawer should not hold that much: take out at most what it holds.</translation>
    </message>
    <message>
        <source>This shift is already closed.</source>
        <translation>This shift is already closed.</translation>
    </message>
    <message>
        <source>A count is a number of notes or coins from 0 to 100000.</source>
        <translation>A count is a number of notes or coins from 0 to 100000.</translation>
    </message>
    <message>
        <source>%1 is not a note or coin of %2.</source>
        <translation>%1 is not a note or coin of %2.</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>The note is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The count is too large to be right.</source>
        <translation>The count is too large to be right.</translation>
    </message>
    <message>
        <source>This shift is still open: its cash is counted at its close.</source>
        <translation>This shift is still open: its cash is counted at its close.</translation>
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
    <name>Balcao::StaffPickerDialog</name>
    <message>
        <source>Who performed it?</source>
        <translation>Who performed it?</translation>
    </message>
    <message>
        <source>Who performed %1?</source>
        <translation>Who performed %1?</translation>
    </message>
</context>
<context>
    <name>Balcao::StaffSchedule</name>
    <message>
        <source>%1–%2 is not a valid time span within a day.</source>
        <translation>%1–%2 is not a valid time span within a day.</translation>
    </message>
    <message>
        <source>Working hours of one day must not overlap.</source>
        <translation>Working hours of one day must not overlap.</translation>
    </message>
    <message>
        <source>The weekday must be 1 (Monday) to 7 (Sunday).</source>
        <translation>The weekday must be 1 (Monday) to 7 (Sunday).</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <source>Time off must end after it starts.</source>
        <translation>Time off must end after it starts.</translation>
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
    <message>
        <source>Only a manager or an admin can approve this: %1</source>
        <translation>Only a manager or an admin can approve this: %1</translation>
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
    <name>Balcao::StockActionDialog</name>
    <message>
        <source>Receive stock</source>
        <translation>Receive stock</translation>
    </message>
    <message>
        <source>Goods in for %1. On hand now: %2.</source>
        <translation>Goods in for %1. On hand now: %2.</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>E&amp;xpires on</translation>
    </message>
    <message>
        <source>e.g. supplier invoice 4512 (optional)</source>
        <translation>e.g. supplier invoice 4512 (optional)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>&amp;Lot</translation>
    </message>
    <message>
        <source>Unit &amp;cost</source>
        <translation>Unit &amp;cost</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>Rea&amp;son</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <source>Count stock</source>
        <translation>Count stock</translation>
    </message>
    <message>
        <source>How many units of %1 are on the shelf? The system says %2; the difference is recorded as an adjustment.</source>
        <translation>How many units of %1 are on the shelf? The system says %2; the difference is recorded as an adjustment.</translation>
    </message>
    <message>
        <source>e.g. monthly count (optional)</source>
        <translation>e.g. monthly count (optional)</translation>
    </message>
    <message>
        <source>&amp;Counted</source>
        <translation>&amp;Counted</translation>
    </message>
    <message>
        <source>&amp;Record count</source>
        <translation>&amp;Record count</translation>
    </message>
    <message>
        <source>Write off stock</source>
        <translation>Write off stock</translation>
    </message>
    <message>
        <source>Units of %1 taken out of stock as damaged, expired or lost. On hand now: %2.</source>
        <translation>Units of %1 taken out of stock as damaged, expired or lost. On hand now: %2.</translation>
    </message>
    <message>
        <source>Why (required), e.g. broken in transport</source>
        <translation>Why (required), e.g. broken in transport</translation>
    </message>
    <message>
        <source>&amp;Write off</source>
        <translation>&amp;Write off</translation>
    </message>
    <message>
        <source>Received %1 of %2.</source>
        <translation>Received %1 of %2.</translation>
    </message>
    <message>
        <source>Counted %1 of %2: adjusted by %3.</source>
        <translation>Counted %1 of %2: adjusted by %3.</translation>
    </message>
    <message>
        <source>Counted %1 of %2: it matches the records.</source>
        <translation>Counted %1 of %2: it matches the records.</translation>
    </message>
    <message>
        <source>Wrote off %1 of %2.</source>
        <translation>Wrote off %1 of %2.</translation>
    </message>
</context>
<context>
    <name>Balcao::StockBelowZeroCheck</name>
    <message>
        <source>&quot;%1&quot; is not a resolution of this conflict.</source>
        <translation>&quot;%1&quot; is not a resolution of this conflict.</translation>
    </message>
    <message>
        <source>Stock below zero after sync: set to zero</source>
        <translation>Stock below zero after sync: set to zero</translation>
    </message>
</context>
<context>
    <name>Balcao::StockLedger</name>
    <message>
        <source>&quot;%1&quot; does not keep stock; turn on stock tracking first.</source>
        <translation>&quot;%1&quot; does not keep stock; turn on stock tracking first.</translation>
    </message>
    <message>
        <source>A stock movement needs a quantity other than zero.</source>
        <translation>A stock movement needs a quantity other than zero.</translation>
    </message>
    <message>
        <source>A stock movement moves at most %1 units.</source>
        <translation>A stock movement moves at most %1 units.</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>The reason is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Receive a quantity of at least 1.</source>
        <translation>Receive a quantity of at least 1.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>The cost cannot be negative.</translation>
    </message>
    <message>
        <source>A count is between 0 and %1.</source>
        <translation>A count is between 0 and %1.</translation>
    </message>
    <message>
        <source>Write off a quantity of at least 1.</source>
        <translation>Write off a quantity of at least 1.</translation>
    </message>
    <message>
        <source>Say why the stock is written off.</source>
        <translation>Say why the stock is written off.</translation>
    </message>
</context>
<context>
    <name>Balcao::StockMovementsModel</name>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Count adjustment</source>
        <translation>Count adjustment</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
    <message>
        <source>Sent to another location</source>
        <translation>Sent to another location</translation>
    </message>
    <message>
        <source>Received from another location</source>
        <translation>Received from another location</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>lot %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expires %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Sale / return</source>
        <translation>Sale / return</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Balcao::SyncCredentials</name>
    <message>
        <source>This terminal is not connected to a server yet. Enrol it with a code from your administrator.</source>
        <translation>This terminal is not connected to a server yet. Enrol it with a code from your administrator.</translation>
    </message>
    <message>
        <source>The sync token of this terminal is not in the system keychain: %1</source>
        <translation>The sync token of this terminal is not in the system keychain: %1</translation>
    </message>
    <message>
        <source>Could not record the server of this terminal: %1</source>
        <translation>Could not record the server of this terminal: %1</translation>
    </message>
</context>
<context>
    <name>Balcao::TaxClassDialog</name>
    <message>
        <source>Edit tax class</source>
        <translation>Edit tax class</translation>
    </message>
    <message>
        <source>New tax class</source>
        <translation>New tax class</translation>
    </message>
    <message>
        <source>e.g. ICMS 18%</source>
        <translation>e.g. ICMS 18%</translation>
    </message>
    <message>
        <source>&amp;Included in the price (as in Brazil)</source>
        <translation>&amp;Included in the price (as in Brazil)</translation>
    </message>
    <message>
        <source>A&amp;dded on top of the price (as in the US)</source>
        <translation>A&amp;dded on top of the price (as in the US)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Rate</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>Balcao::TaxClasses</name>
    <message>
        <source>A tax class needs a name of 1 to %1 characters.</source>
        <translation>A tax class needs a name of 1 to %1 characters.</translation>
    </message>
    <message>
        <source>A tax rate must be between 0 % and 100 %.</source>
        <translation>A tax rate must be between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>There is already a tax class named &quot;%1&quot;.</source>
        <translation>There is already a tax class named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Products or services still use &quot;%1&quot; (for example &quot;%2&quot;); give them another tax class first.</source>
        <translation>Products or services still use &quot;%1&quot; (for example &quot;%2&quot;); give them another tax class first.</translation>
    </message>
    <message>
        <source>There is no tax class with id %1.</source>
        <translation>There is no tax class with id %1.</translation>
    </message>
    <message>
        <source>There is no tax class called &quot;%1&quot;.</source>
        <translation>There is no tax class called &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Balcao::TenderEntry</name>
    <message>
        <source>The client pays</source>
        <translation>The client pays</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>A&amp;dd payment</source>
        <translation>A&amp;dd payment</translation>
    </message>
    <message>
        <source>Payments (Delete removes one)</source>
        <translation>Payments (Delete removes one)</translation>
    </message>
    <message>
        <source>Authorisation code</source>
        <translation>Authorisation code</translation>
    </message>
    <message>
        <source>PIX transaction id (optional)</source>
        <translation>PIX transaction id (optional)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Paid. Change to give: %1</source>
        <translation>Paid. Change to give: %1</translation>
    </message>
    <message>
        <source>Paid.</source>
        <translation>Paid.</translation>
    </message>
    <message>
        <source>Still to pay: %1</source>
        <translation>Still to pay: %1</translation>
    </message>
</context>
<context>
    <name>Balcao::TerminalDrawer</name>
    <message>
        <source>Could not remember the cash drawer of this terminal: %1</source>
        <translation>Could not remember the cash drawer of this terminal: %1</translation>
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
    <message>
        <source>The enrolment was cancelled.</source>
        <translation>The enrolment was cancelled.</translation>
    </message>
    <message>
        <source>This enrolment code is unknown, already used or expired. Ask your administrator for a new one.</source>
        <translation>This enrolment code is unknown, already used or expired. Ask your administrator for a new one.</translation>
    </message>
    <message>
        <source>This terminal and the server run versions of Balcão that cannot sync with each other. The server says: %1</source>
        <translation>This terminal and the server run versions of Balcão that cannot sync with each other. The server says: %1</translation>
    </message>
    <message>
        <source>Check the address and this computer&apos;s network connection.</source>
        <translation>Check the address and this computer&apos;s network connection.</translation>
    </message>
    <message>
        <source>No Balcão sync server answers at %1. Check the address with your administrator.</source>
        <translation>No Balcão sync server answers at %1. Check the address with your administrator.</translation>
    </message>
</context>
<context>
    <name>Balcao::TerminalJoin</name>
    <message>
        <source>%1 already exists; joining a business makes a new database.</source>
        <translation>%1 already exists; joining a business makes a new database.</translation>
    </message>
</context>
<context>
    <name>Balcao::TerminalLocation</name>
    <message>
        <source>The business has no location yet.</source>
        <translation>The business has no location yet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a location id.</source>
        <translation>&quot;%1&quot; is not a location id.</translation>
    </message>
</context>
<context>
    <name>Balcao::TipDialog</name>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;For</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
</context>
<context>
    <name>balcaod</name>
    <message>
        <source>balcaod: data in the %1</source>
        <translation>balcaod: data in the %1</translation>
    </message>
    <message>
        <source>balcaod: listening on https://%1:%2 (TLS)</source>
        <translation>balcaod: listening on https://%1:%2 (TLS)</translation>
    </message>
    <message>
        <source>balcaod: listening on http://%1:%2 (plain HTTP, loopback only: give --tls-cert and --tls-key to serve other machines)</source>
        <translation>balcaod: listening on http://%1:%2 (plain HTTP, loopback only: give --tls-cert and --tls-key to serve other machines)</translation>
    </message>
    <message>
        <source>balcaod: stopping</source>
        <translation>balcaod: stopping</translation>
    </message>
    <message>
        <source>balcaod: stopped</source>
        <translation>balcaod: stopped</translation>
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
