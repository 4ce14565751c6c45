<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Labels</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Our side</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Foreign locality</source>
        <translation>Foreign locality</translation>
    </message>
    <message>
        <source>National government body</source>
        <translation>National government body</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>International organisation</translation>
    </message>
    <message>
        <source>Development agency</source>
        <translation>Development agency</translation>
    </message>
    <message>
        <source>Embassy or consulate</source>
        <translation>Embassy or consulate</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>University or institute</source>
        <translation>University or institute</translation>
    </message>
    <message>
        <source>Twinning (sister city)</source>
        <translation>Twinning (sister city)</translation>
    </message>
    <message>
        <source>Friendship and cooperation</source>
        <translation>Friendship and cooperation</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>No formal relation</source>
        <translation>No formal relation</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Memorandum of understanding</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Cooperation agreement</translation>
    </message>
    <message>
        <source>Action programme</source>
        <translation>Action programme</translation>
    </message>
    <message>
        <source>Friendship or twinning agreement</source>
        <translation>Friendship or twinning agreement</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Under consultation</source>
        <translation>Under consultation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Outbound delegation</source>
        <translation>Outbound delegation</translation>
    </message>
    <message>
        <source>Inbound delegation</source>
        <translation>Inbound delegation</translation>
    </message>
    <message>
        <source>Meeting or courtesy call</source>
        <translation>Meeting or courtesy call</translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <translation>Signing ceremony</translation>
    </message>
    <message>
        <source>Conference, forum or workshop</source>
        <translation>Conference, forum or workshop</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>Study tour</source>
        <translation>Study tour</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address.</source>
        <translation>Not a valid e-mail address.</translation>
    </message>
    <message>
        <source>Not a valid web address.</source>
        <translation>Not a valid web address.</translation>
    </message>
    <message>
        <source>Unknown country.</source>
        <translation>Unknown country.</translation>
    </message>
    <message>
        <source>Not one of the allowed values.</source>
        <translation>Not one of the allowed values.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Must not be negative.</translation>
    </message>
    <message>
        <source>An agreement cannot renew itself.</source>
        <translation>An agreement cannot renew itself.</translation>
    </message>
    <message>
        <source>An agreement can only renew an earlier agreement.</source>
        <translation>An agreement can only renew an earlier agreement.</translation>
    </message>
    <message>
        <source>A partner cannot belong to itself.</source>
        <translation>A partner cannot belong to itself.</translation>
    </message>
    <message>
        <source>Cannot read this date. Type e.g. 2001, 6/2018, 13/4/2023 or 13–16/4/2023.</source>
        <translation>Cannot read this date. Type e.g. 2001, 6/2018, 13/4/2023 or 13–16/4/2023.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>This date does not exist.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>The end is before the start.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>There is no catalogue at {path}. Create one with “partnerbook demo”.</source>
        <translation>There is no catalogue at {path}. Create one with “partnerbook demo”.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} already exists.</translation>
    </message>
    <message>
        <source>{path} is not a Partnerbook catalogue. It was left unchanged.</source>
        <translation>{path} is not a Partnerbook catalogue. It was left unchanged.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Partnerbook. Install the newer version to open it; the file was left unchanged.</source>
        <translation>{path} was written by a newer Partnerbook. Install the newer version to open it; the file was left unchanged.</translation>
    </message>
    <message>
        <source>{path} is damaged and was left unchanged. Open a backup or another file.</source>
        <translation>{path} is damaged and was left unchanged. Open a backup or another file.</translation>
    </message>
    <message>
        <source>{path} is locked by another program. Close it there and try again; nothing was lost.</source>
        <translation>{path} is locked by another program. Close it there and try again; nothing was lost.</translation>
    </message>
    <message>
        <source>{path} is open read-only; changes cannot be saved.</source>
        <translation>{path} is open read-only; changes cannot be saved.</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Native name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Relation since</source>
        <translation>Relation since</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>in post</source>
        <translation>in post</translation>
    </message>
    <message>
        <source>no longer in post</source>
        <translation>no longer in post</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>English title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Our side</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <source>Signatories (our side)</source>
        <translation>Signatories (our side)</translation>
    </message>
    <message>
        <source>Signatories (partner)</source>
        <translation>Signatories (partner)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Renews</translation>
    </message>
    <message>
        <source>Renewed by</source>
        <translation>Renewed by</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Led by</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{path} already exists; choose another file with --db.</source>
        <translation>{path} already exists; choose another file with --db.</translation>
    </message>
    <message>
        <source>Created the sample catalogue in {path}</source>
        <translation>Created the sample catalogue in {path}</translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>No match.</translation>
    </message>
    <message>
        <source>Unknown kind: {kind}</source>
        <translation>Unknown kind: {kind}</translation>
    </message>
    <message>
        <source>Not a record id: {id}</source>
        <translation>Not a record id: {id}</translation>
    </message>
    <message>
        <source>No record with id {id}.</source>
        <translation>No record with id {id}.</translation>
    </message>
    <message>
        <source>Id {id} names several records ({kinds}); add --kind.</source>
        <translation>Id {id} names several records ({kinds}); add --kind.</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation>Schema version: {version}</translation>
    </message>
    <message>
        <source>Records: {partners} partners, {agreements} agreements, {events} events</source>
        <translation>Records: {partners} partners, {agreements} agreements, {events} events</translation>
    </message>
    <message>
        <source>Integrity check failed:</source>
        <translation>Integrity check failed:</translation>
    </message>
    <message>
        <source>Integrity: OK</source>
        <translation>Integrity: OK</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>  In the Trash: {n}</source>
        <translation>  In the Trash: {n}</translation>
    </message>
    <message>
        <source>Agreements by status</source>
        <translation>Agreements by status</translation>
    </message>
    <message>
        <source>Partners by country</source>
        <translation>Partners by country</translation>
    </message>
    <message>
        <source>catalogue file (default: PARTNERBOOK_DB or the one in your data folder)</source>
        <translation>catalogue file (default: PARTNERBOOK_DB or the one in your data folder)</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>language of messages</translation>
    </message>
    <message>
        <source>Partnerbook: a catalogue of international partnerships. Without a command, starts the desktop app.</source>
        <translation>Partnerbook: a catalogue of international partnerships. Without a command, starts the desktop app.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>create a catalogue holding the sample</source>
        <translation>create a catalogue holding the sample</translation>
    </message>
    <message>
        <source>search every record; one line per hit: kind, id, title</source>
        <translation>search every record; one line per hit: kind, id, title</translation>
    </message>
    <message>
        <source>show one record with its links</source>
        <translation>show one record with its links</translation>
    </message>
    <message>
        <source>check the file, its schema and its integrity</source>
        <translation>check the file, its schema and its integrity</translation>
    </message>
    <message>
        <source>counts by kind, status and country</source>
        <translation>counts by kind, status and country</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>a record id (e.g. 12 or partner:12) or UUID</source>
        <translation>a record id (e.g. 12 or partner:12) or UUID</translation>
    </message>
</context>
</TS>