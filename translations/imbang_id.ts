<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AuditCli</name>
    <message>
        <source>Check that nobody edited, deleted or reordered entries of the audit trail behind the program&apos;s back. Exit code 1 names the first broken entry.</source>
        <translation>Memeriksa bahwa tidak ada entri jejak audit yang diubah, dihapus atau diacak di luar program. Kode keluar 1 menyebut entri pertama yang rusak.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>List entries of the audit trail, newest first.</source>
        <translation>Menampilkan entri jejak audit, yang terbaru lebih dulu.</translation>
    </message>
    <message>
        <source>Only this kind of record (employee, unit, position, transfer).</source>
        <translation>Hanya jenis data ini (employee, unit, position, transfer).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>Only what this person did.</source>
        <translation>Hanya yang dilakukan orang ini.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>Words in the summary.</source>
        <translation>Kata dalam ringkasan.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation>Paling banyak N entri.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Cetak JSON.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Cetak CSV.</translation>
    </message>
    <message>
        <source>Write an xlsx file.</source>
        <translation>Tulis berkas xlsx.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n entri ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: imbang-cli audit &lt;verify|list&gt; [options]</source>
        <translation>Cara pakai: imbang-cli audit &lt;verify|list&gt; [opsi]</translation>
    </message>
    <message>
        <source>Verify or list the audit trail.</source>
        <translation>Memeriksa atau menampilkan jejak audit.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>writing the audit trail</source>
        <translation>menulis jejak audit</translation>
    </message>
    <message>
        <source>entry %1 is missing (the next one found is %2)</source>
        <translation>entri %1 hilang (entri berikutnya yang ditemukan adalah %2)</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>entri %1 tidak menyambung dengan entri sebelumnya</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>entri %1 diubah setelah ditulis</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is broken: %1. %n entries before it are intact.</source>
        <translation>
            <numerusform>Jejak audit rusak: %1. %n entri sebelumnya utuh.</numerusform>
        </translation>
    </message>
    <message>
        <source>the entries from %1 to %2 at the end are missing</source>
        <translation>entri %1 sampai %2 di bagian akhir hilang</translation>
    </message>
    <message>
        <source>entry %1 was added outside the program</source>
        <translation>entri %1 ditambahkan di luar program</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries checked.</source>
        <translation>
            <numerusform>Jejak audit utuh: %n entri diperiksa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;imbang-cli %1 --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: imbang-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;imbang-cli &lt;command&gt; --help&quot; shows the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 bad input, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty office database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">nama</translation>
    </message>
    <message>
        <source>Region of the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count units, positions and employees, and show the schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished">Cetak JSON.</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active employees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive employees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List employees with their fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this unit and its sub-units (unit code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">kode</translation>
    </message>
    <message>
        <source>Words in the name or NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">teks</translation>
    </message>
    <message>
        <source>Include inactive employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished">Cetak CSV.</translation>
    </message>
    <message>
        <source>Choose either --json or --csv, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit with code &quot;%1&quot;. &quot;imbang-cli units&quot; lists the codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database filled with fictional Jambi-like demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of employees (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database %1: %2 units, %3 positions, %4 employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count units, positions and employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <source>CPNS</source>
        <translation>CPNS</translation>
    </message>
    <message>
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Pensiun</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Meninggal dunia</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>Transferred out of the government</source>
        <translation>Pindah ke luar instansi</translation>
    </message>
    <message>
        <source>Agency (OPD)</source>
        <translation>Perangkat daerah (OPD)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Health centre (puskesmas)</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Division (bidang)</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Technical unit (UPTD)</source>
        <translation>UPTD</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Senior executive (JPT)</source>
        <translation>Jabatan pimpinan tinggi (JPT)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Supervisor (pengawas)</source>
        <translation>Pengawas</translation>
    </message>
    <message>
        <source>Executor (pelaksana)</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Fungsional</translation>
    </message>
    <message>
        <source>Ahli Pertama</source>
        <translation>Ahli Pertama</translation>
    </message>
    <message>
        <source>Ahli Muda</source>
        <translation>Ahli Muda</translation>
    </message>
    <message>
        <source>Ahli Madya</source>
        <translation>Ahli Madya</translation>
    </message>
    <message>
        <source>Ahli Utama</source>
        <translation>Ahli Utama</translation>
    </message>
    <message>
        <source>Pemula</source>
        <translation>Pemula</translation>
    </message>
    <message>
        <source>Terampil</source>
        <translation>Terampil</translation>
    </message>
    <message>
        <source>Mahir</source>
        <translation>Mahir</translation>
    </message>
    <message>
        <source>Penyelia</source>
        <translation>Penyelia</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 does not exist. Check the name and folder, or create a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: you have no permission to open it. Ask the computer&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an Imbang database (it is not an SQLite file). Choose the .sqlite file of your office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not of Imbang. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged (the integrity check failed). It was left unchanged. Open your latest backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of Imbang. Install the newest Imbang to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of Imbang. Install Imbang %2 or later to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is locked by another program that is writing to it. Close that program (or wait for it to finish) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was made by an older Imbang and must be upgraded, but it is in a read-only location. Copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be upgraded; it was left as it was. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is in a read-only location, so it was opened read-only: you can look but not change anything. Copy it to a folder you can write to for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The database already holds data; demo data goes only into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of employees must be between 0 and 2,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentChecklist</name>
    <message>
        <source>Workload analysis (ABK) of the target position</source>
        <translation>Analisis beban kerja (ABK) jabatan tujuan</translation>
    </message>
    <message>
        <source>Application letter of the employee</source>
        <translation>Surat permohonan pindah dari pegawai</translation>
    </message>
    <message>
        <source>Proposal of the receiving side naming the position</source>
        <translation>Usul dari pihak penerima yang menyebut jabatannya</translation>
    </message>
    <message>
        <source>Approval of the origin (agency head or PPK)</source>
        <translation>Persetujuan pihak asal (kepala perangkat daerah atau PPK)</translation>
    </message>
    <message>
        <source>Last rank or position decree (SK)</source>
        <translation>SK pangkat atau jabatan terakhir</translation>
    </message>
    <message>
        <source>SK CPNS and SK PNS</source>
        <translation>SK CPNS dan SK PNS</translation>
    </message>
    <message>
        <source>Diploma of the last education</source>
        <translation>Ijazah pendidikan terakhir</translation>
    </message>
    <message>
        <source>Performance assessment &quot;baik&quot; for the last 2 years</source>
        <translation>Penilaian kinerja (SKP) &quot;baik&quot; 2 tahun terakhir</translation>
    </message>
    <message>
        <source>Statement of no disciplinary or court proceedings</source>
        <translation>Surat pernyataan tidak sedang menjalani hukuman disiplin atau proses peradilan</translation>
    </message>
    <message>
        <source>Statement of no study leave or service bond</source>
        <translation>Surat pernyataan tidak sedang tugas belajar atau ikatan dinas</translation>
    </message>
    <message>
        <source>Clearance of the inspectorate</source>
        <translation>Surat keterangan bebas temuan dari inspektorat</translation>
    </message>
    <message>
        <source>Technical approval (pertek) of BKN</source>
        <translation>Pertimbangan teknis (pertek) BKN</translation>
    </message>
    <message>
        <source>Transfer %1 does not exist.</source>
        <translation>Mutasi %1 tidak ada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the checklist of transfer %2. Its documents are: %3.</source>
        <translation>&quot;%1&quot; tidak ada dalam daftar dokumen mutasi %2. Dokumennya adalah: %3.</translation>
    </message>
    <message>
        <source>Transfer %1 is %2: its checklist can no longer change.</source>
        <translation>Mutasi %1 berstatus %2: daftar dokumennya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Enter where &quot;%1&quot; is kept (archive number, folder or file) before ticking it.</source>
        <translation>Isi tempat &quot;%1&quot; disimpan (nomor arsip, map atau berkas) sebelum mencentangnya.</translation>
    </message>
    <message>
        <source>Transfer %1: document received: %2</source>
        <translation>Mutasi %1: dokumen diterima: %2</translation>
    </message>
    <message>
        <source>Transfer %1: document unticked: %2</source>
        <translation>Mutasi %1: centang dokumen dibatalkan: %2</translation>
    </message>
</context>
<context>
    <name>EmployeeBatchWriter</name>
    <message>
        <source>NIP %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeList</name>
    <message>
        <source>NIP</source>
        <translation type="unfinished">NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank TMT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished">Kode unit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>Position TMT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPNS TMT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeRepository</name>
    <message>
        <source>NIP %1 is already registered to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding employee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving employee %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <source>Very good</source>
        <translation>Sangat Baik</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Kurang</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This file is an SQLite database but not an Imbang database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this program knows (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; nothing was changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModalHooks</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>The NIP is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIP may contain only digits; &quot;%1&quot; has other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The NIP must have exactly 18 digits; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Digits 1-8 of the NIP (%1) are not a real birth date (YYYYMMDD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit 15 of the NIP is the gender and must be 1 (male) or 2 (female), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 16-18 of the NIP are a sequence number from 001 to 999, not 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment date in the NIP (%1) is before the person&apos;s 18th birthday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment date in the NIP (%1) lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 13-14 of the NIP are the month of TMT CPNS and must be 01-12, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment year in the NI PPPK (%1) is before the person turned 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment year in the NI PPPK (%1) lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 does not match the NIP, which says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender %1 does not match the NIP, which says %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionHistoryRepository</name>
    <message>
        <source>adding to the position history</source>
        <translation>menambah riwayat jabatan</translation>
    </message>
</context>
<context>
    <name>PositionRepository</name>
    <message>
        <source>adding position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving position %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rank</name>
    <message>
        <source>Golongan %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Galat basis data saat %1: %2</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Galat basis data: %1 (pada: %2)</translation>
    </message>
    <message>
        <source>No transaction could be started: %1</source>
        <translation>Transaksi tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <source>Saving to the database failed: %1</source>
        <translation>Penyimpanan ke basis data gagal: %1</translation>
    </message>
</context>
<context>
    <name>StaffingMinimumRepository</name>
    <message>
        <source>Minimum staff of %1 in %2 changed</source>
        <translation>Jumlah minimal %1 di %2 diubah</translation>
    </message>
    <message>
        <source>A minimum cannot be negative (%1 was given): enter 0 or more.</source>
        <translation>Jumlah minimal tidak boleh negatif (yang diisi %1): isi 0 atau lebih.</translation>
    </message>
    <message>
        <source>saving a staffing minimum</source>
        <translation>menyimpan jumlah minimal pegawai</translation>
    </message>
</context>
<context>
    <name>TransferCli</name>
    <message>
        <source>--%1 must be a date like 2026-02-01 or 01-02-2026, not &quot;%2&quot;.</source>
        <translation>--%1 harus berupa tanggal seperti 2026-02-01 atau 01-02-2026, bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Who acts, for the audit trail (default: the operator name in the settings).</source>
        <translation>Siapa yang bertindak, untuk jejak audit (bawaan: nama operator di pengaturan).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>There is no transfer &quot;%1&quot;. &quot;imbang-cli transfers&quot; lists them with their numbers.</source>
        <translation>Tidak ada mutasi &quot;%1&quot;. &quot;imbang-cli transfers&quot; menampilkan daftar mutasi beserta nomornya.</translation>
    </message>
    <message>
        <source>%1 (NIP %2): %3</source>
        <translation>%1 (NIP %2): %3</translation>
    </message>
    <message>
        <source>Warnings without justification: %1 (give them with --justify RULE=TEXT)</source>
        <translation>Peringatan tanpa alasan: %1 (berikan dengan --justify ATURAN=TEKS)</translation>
    </message>
    <message>
        <source>List the transfer register, or the in/out flows per unit.</source>
        <translation>Menampilkan register mutasi, atau arus masuk/keluar per unit.</translation>
    </message>
    <message>
        <source>Only this status (DRAFT, DIUSULKAN, DIVERIFIKASI, DISETUJUI, SK_TERBIT, SELESAI, DITOLAK, DIBATALKAN); repeat or separate with commas for several.</source>
        <translation>Hanya status ini (DRAFT, DIUSULKAN, DIVERIFIKASI, DISETUJUI, SK_TERBIT, SELESAI, DITOLAK, DIBATALKAN); ulangi atau pisahkan dengan koma untuk beberapa status.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Only this kind (DALAM_INSTANSI, ANTAR_INSTANSI, ANTAR_KABKOTA, ANTAR_PROVINSI, PUSAT_DAERAH).</source>
        <translation>Hanya jenis ini (DALAM_INSTANSI, ANTAR_INSTANSI, ANTAR_KABKOTA, ANTAR_PROVINSI, PUSAT_DAERAH).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>Only transfers from or to this unit and its sub-units (unit code).</source>
        <translation>Hanya mutasi dari atau ke unit ini beserta sub-unitnya (kode unit).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>TMT on or after this date.</source>
        <translation>TMT pada atau sesudah tanggal ini.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>TMT on or before this date.</source>
        <translation>TMT pada atau sebelum tanggal ini.</translation>
    </message>
    <message>
        <source>Words in the name or NIP, or the transfer number.</source>
        <translation>Kata dalam nama atau NIP, atau nomor mutasi.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>Show moves in and out per unit for the period instead of the register.</source>
        <translation>Tampilkan perpindahan masuk dan keluar per unit dalam periode itu, bukan registernya.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Cetak JSON.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Cetak CSV.</translation>
    </message>
    <message>
        <source>Write an xlsx file.</source>
        <translation>Tulis berkas xlsx.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: %2.</source>
        <translation>Status &quot;%1&quot; tidak dikenal. Gunakan salah satu dari: %2.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. Use one of: %2.</source>
        <translation>Jenis &quot;%1&quot; tidak dikenal. Gunakan salah satu dari: %2.</translation>
    </message>
    <message>
        <source>There is no unit with code &quot;%1&quot;.</source>
        <translation>Tidak ada unit dengan kode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Transfer flows</source>
        <translation>Arus mutasi</translation>
    </message>
    <message>
        <source>Transfer register</source>
        <translation>Register mutasi</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n baris ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the transfer rules for a proposal without saving it.</source>
        <translation>Memeriksa aturan mutasi untuk sebuah usulan tanpa menyimpannya.</translation>
    </message>
    <message>
        <source>Propose the transfer of one or more employees to one unit and position. Saves drafts; --submit proposes them at once.</source>
        <translation>Mengusulkan mutasi satu atau beberapa pegawai ke satu unit dan jabatan. Menyimpan draf; --submit langsung mengusulkannya.</translation>
    </message>
    <message>
        <source>The employee&apos;s NIP; repeat or separate with commas for a batch.</source>
        <translation>NIP pegawai; ulangi atau pisahkan dengan koma untuk usulan kolektif.</translation>
    </message>
    <message>
        <source>Code of the target unit.</source>
        <translation>Kode unit tujuan.</translation>
    </message>
    <message>
        <source>Name of the target position.</source>
        <translation>Nama jabatan tujuan.</translation>
    </message>
    <message>
        <source>Date the transfer takes effect.</source>
        <translation>Tanggal mulai berlakunya mutasi.</translation>
    </message>
    <message>
        <source>KEBUTUHAN_ORGANISASI (default), PERMINTAAN_SENDIRI, PENGEMBANGAN_KARIER, DISIPLIN or LAINNYA.</source>
        <translation>KEBUTUHAN_ORGANISASI (bawaan), PERMINTAAN_SENDIRI, PENGEMBANGAN_KARIER, DISIPLIN atau LAINNYA.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>Notes of the proposal.</source>
        <translation>Catatan usulan.</translation>
    </message>
    <message>
        <source>Title of a batch proposal.</source>
        <translation>Judul usulan kolektif.</translation>
    </message>
    <message>
        <source>Justification of an overridden warning, for every employee that has it; repeat for several rules.</source>
        <translation>Alasan mengesampingkan peringatan, untuk setiap pegawai yang mendapatkannya; ulangi untuk beberapa aturan.</translation>
    </message>
    <message>
        <source>Number of the completed transfer this one takes back (the target is then its origin).</source>
        <translation>Nomor mutasi selesai yang dibalik oleh mutasi ini (tujuannya adalah asal mutasi itu).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nomor</translation>
    </message>
    <message>
        <source>Propose at once (status Diusulkan).</source>
        <translation>Langsung usulkan (status Diusulkan).</translation>
    </message>
    <message>
        <source>There is no employee with NIP %1.</source>
        <translation>Tidak ada pegawai dengan NIP %1.</translation>
    </message>
    <message>
        <source>There is no position named &quot;%1&quot;.</source>
        <translation>Tidak ada jabatan bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the TMT with --tmt, e.g. --tmt 2026-02-01.</source>
        <translation>Isi TMT dengan --tmt, misalnya --tmt 2026-02-01.</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;.</source>
        <translation>Alasan &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>--justify needs RULE=TEXT, e.g. --justify &quot;target_shortage=Sekolah membuka rombel baru&quot;; &quot;%1&quot; is not.</source>
        <translation>--justify memerlukan ATURAN=TEKS, misalnya --justify &quot;target_shortage=Sekolah membuka rombel baru&quot;; &quot;%1&quot; tidak sesuai.</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;: %2</source>
        <translation>Disimpan sebagai &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Batch proposal: %1</source>
        <translation>Usulan kolektif: %1</translation>
    </message>
    <message>
        <source>The transfer (its number, e.g. MUT-2026-0001).</source>
        <translation>Mutasinya (nomornya, misalnya MUT-2026-0001).</translation>
    </message>
    <message>
        <source>Every open transfer of this batch proposal.</source>
        <translation>Semua mutasi yang masih berjalan dalam usulan kolektif ini.</translation>
    </message>
    <message>
        <source>Comment of the step.</source>
        <translation>Komentar langkah ini.</translation>
    </message>
    <message>
        <source>Name either one transfer with --id or a batch with --batch.</source>
        <translation>Sebut satu mutasi dengan --id atau satu usulan kolektif dengan --batch.</translation>
    </message>
    <message>
        <source>--batch must be the number of a batch proposal.</source>
        <translation>--batch harus berupa nomor usulan kolektif.</translation>
    </message>
    <message>
        <source>Move a transfer (or a batch) to the next status of the workflow: DIUSULKAN, DIVERIFIKASI, DISETUJUI, SK_TERBIT, DITOLAK or DIBATALKAN.</source>
        <translation>Memindahkan mutasi (atau usulan kolektif) ke status berikutnya dalam alur kerja: DIUSULKAN, DIVERIFIKASI, DISETUJUI, SK_TERBIT, DITOLAK atau DIBATALKAN.</translation>
    </message>
    <message>
        <source>The new status.</source>
        <translation>Status baru.</translation>
    </message>
    <message>
        <source>Number of the decree (for SK_TERBIT).</source>
        <translation>Nomor SK (untuk SK_TERBIT).</translation>
    </message>
    <message>
        <source>Date of the decree (for SK_TERBIT).</source>
        <translation>Tanggal SK (untuk SK_TERBIT).</translation>
    </message>
    <message>
        <source>Give the new status with --to, e.g. --to DIUSULKAN.</source>
        <translation>Isi status baru dengan --to, misalnya --to DIUSULKAN.</translation>
    </message>
    <message>
        <source>Status is now &quot;%1&quot;.</source>
        <translation>Status sekarang &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Carry out a transfer whose decree is issued, on or after its TMT: the employee&apos;s unit and position change and the history grows.</source>
        <translation>Melaksanakan mutasi yang SK-nya sudah terbit, pada atau sesudah TMT: unit dan jabatan pegawai berubah dan riwayatnya bertambah.</translation>
    </message>
    <message>
        <source>Executed: the employee&apos;s post is changed.</source>
        <translation>Dilaksanakan: jabatan pegawai sudah diubah.</translation>
    </message>
    <message>
        <source>Record why a warning of a transfer is accepted.</source>
        <translation>Mencatat alasan sebuah peringatan mutasi diterima.</translation>
    </message>
    <message>
        <source>The transfer number.</source>
        <translation>Nomor mutasi.</translation>
    </message>
    <message>
        <source>The rule of the warning, e.g. target_shortage.</source>
        <translation>Aturan peringatannya, misalnya target_shortage.</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>aturan</translation>
    </message>
    <message>
        <source>The justification.</source>
        <translation>Alasannya.</translation>
    </message>
    <message>
        <source>Justification saved.</source>
        <translation>Alasan disimpan.</translation>
    </message>
    <message>
        <source>Tick a document of a transfer&apos;s checklist as received.</source>
        <translation>Mencentang dokumen dalam daftar periksa mutasi sebagai sudah diterima.</translation>
    </message>
    <message>
        <source>Untick a document of a transfer&apos;s checklist.</source>
        <translation>Menghapus centang dokumen dalam daftar periksa mutasi.</translation>
    </message>
    <message>
        <source>The document code (&quot;transfer show&quot; lists them); ALL for every document.</source>
        <translation>Kode dokumen (&quot;transfer show&quot; menampilkannya); ALL untuk semua dokumen.</translation>
    </message>
    <message>
        <source>Where the document is kept (archive number, folder or file).</source>
        <translation>Tempat dokumen disimpan (nomor arsip, map atau berkas).</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>rujukan</translation>
    </message>
    <message>
        <source>Date it arrived (default today).</source>
        <translation>Tanggal diterima (bawaan hari ini).</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Catatan.</translation>
    </message>
    <message>
        <source>Checklist of %1 updated.</source>
        <translation>Daftar periksa %1 diperbarui.</translation>
    </message>
    <message>
        <source>Show a transfer: its rules now, checklist, workflow steps and effect on both units.</source>
        <translation>Menampilkan satu mutasi: aturannya saat ini, daftar periksa, langkah alur kerja dan dampaknya pada kedua unit.</translation>
    </message>
    <message>
        <source>Transfer %1: %2</source>
        <translation>Mutasi %1: %2</translation>
    </message>
    <message>
        <source>Employee: %1 (NIP %2)</source>
        <translation>Pegawai: %1 (NIP %2)</translation>
    </message>
    <message>
        <source>From: %1, %2</source>
        <translation>Dari: %1, %2</translation>
    </message>
    <message>
        <source>To: %1, %2 from %3</source>
        <translation>Ke: %1, %2 mulai %3</translation>
    </message>
    <message>
        <source>Kind: %1. Signed by: %2.</source>
        <translation>Jenis: %1. Ditandatangani oleh: %2.</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Aturan:</translation>
    </message>
    <message>
        <source>Justification (%1): %2</source>
        <translation>Alasan (%1): %2</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Dokumen:</translation>
    </message>
    <message>
        <source>Effect (need, staff before -&gt; after, EJ grade):</source>
        <translation>Dampak (kebutuhan, pegawai sebelum -&gt; sesudah, predikat EJ):</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Langkah:</translation>
    </message>
    <message>
        <source>Show an employee&apos;s posts and transfer steps in time order.</source>
        <translation>Menampilkan jabatan dan langkah mutasi seorang pegawai menurut urutan waktu.</translation>
    </message>
    <message>
        <source>The employee&apos;s NIP.</source>
        <translation>NIP pegawai.</translation>
    </message>
    <message>
        <source>Set or remove the lowest number of staff a unit may keep in a position (used by the transfer rules instead of the need).</source>
        <translation>Mengatur atau menghapus jumlah pegawai paling sedikit yang harus tersisa di suatu unit dan jabatan (dipakai aturan mutasi sebagai pengganti kebutuhan).</translation>
    </message>
    <message>
        <source>Unit code.</source>
        <translation>Kode unit.</translation>
    </message>
    <message>
        <source>Position name.</source>
        <translation>Nama jabatan.</translation>
    </message>
    <message>
        <source>The minimum.</source>
        <translation>Jumlah minimalnya.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Alasannya.</translation>
    </message>
    <message>
        <source>Remove the minimum.</source>
        <translation>Hapus jumlah minimal.</translation>
    </message>
    <message>
        <source>Give either --set N or --remove.</source>
        <translation>Isi salah satu: --set N atau --remove.</translation>
    </message>
    <message>
        <source>Minimum saved.</source>
        <translation>Jumlah minimal disimpan.</translation>
    </message>
    <message>
        <source>Usage: imbang-cli transfer &lt;propose|check|advance|execute|justify|tick|untick|show|timeline|minimum&gt; [options]
&quot;imbang-cli transfer &lt;subcommand&gt; --help&quot; shows the options.</source>
        <translation>Cara pakai: imbang-cli transfer &lt;propose|check|advance|execute|justify|tick|untick|show|timeline|minimum&gt; [opsi]
&quot;imbang-cli transfer &lt;subperintah&gt; --help&quot; menampilkan opsinya.</translation>
    </message>
    <message>
        <source>List the transfer register.</source>
        <translation>Menampilkan register mutasi.</translation>
    </message>
    <message>
        <source>Propose, check, advance and execute transfers.</source>
        <translation>Mengusulkan, memeriksa, memproses dan melaksanakan mutasi.</translation>
    </message>
</context>
<context>
    <name>TransferCodes</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Diusulkan</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Diverifikasi</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Decree issued</source>
        <translation>SK terbit</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Within one agency</source>
        <translation>Dalam satu perangkat daerah</translation>
    </message>
    <message>
        <source>Between agencies</source>
        <translation>Antar perangkat daerah</translation>
    </message>
    <message>
        <source>Between kabupaten/kota</source>
        <translation>Antar kabupaten/kota</translation>
    </message>
    <message>
        <source>Between provinces</source>
        <translation>Antar provinsi</translation>
    </message>
    <message>
        <source>Central and regional</source>
        <translation>Antara pusat dan daerah</translation>
    </message>
    <message>
        <source>Organisational need</source>
        <translation>Kebutuhan organisasi</translation>
    </message>
    <message>
        <source>Own request</source>
        <translation>Permintaan sendiri</translation>
    </message>
    <message>
        <source>Career development</source>
        <translation>Pengembangan karier</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Hukuman disiplin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>The regional head as PPK (gubernur, bupati or wali kota)</source>
        <translation>Kepala daerah selaku PPK (gubernur, bupati atau wali kota)</translation>
    </message>
    <message>
        <source>The gubernur, after BKN&apos;s technical approval (pertek)</source>
        <translation>Gubernur, setelah pertimbangan teknis (pertek) BKN</translation>
    </message>
    <message>
        <source>The Minister of Home Affairs, after BKN&apos;s technical approval (pertek)</source>
        <translation>Menteri Dalam Negeri, setelah pertimbangan teknis (pertek) BKN</translation>
    </message>
    <message>
        <source>The head of BKN</source>
        <translation>Kepala BKN</translation>
    </message>
</context>
<context>
    <name>TransferExecutor</name>
    <message>
        <source>Transfer %1 was not executed: %2</source>
        <translation>Mutasi %1 tidak dilaksanakan: %2</translation>
    </message>
    <message>
        <source>only a transfer whose decree is issued can be executed; this one is &quot;%1&quot;.</source>
        <translation>hanya mutasi yang SK-nya sudah terbit yang dapat dilaksanakan; mutasi ini berstatus &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>its TMT is %1; execute it on or after that day.</source>
        <translation>TMT-nya %1; laksanakan pada hari itu atau sesudahnya.</translation>
    </message>
    <message>
        <source>the employee no longer exists.</source>
        <translation>pegawainya sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation>%1 tidak lagi aktif.</translation>
    </message>
    <message>
        <source>%1&apos;s post changed after the transfer was proposed. Cancel it and propose a new one from the current post.</source>
        <translation>jabatan atau unit %1 berubah setelah mutasi diusulkan. Batalkan mutasi ini dan usulkan yang baru dari jabatan sekarang.</translation>
    </message>
    <message>
        <source>Post of %1 changed by transfer %2</source>
        <translation>Jabatan %1 berubah karena mutasi %2</translation>
    </message>
    <message>
        <source>Transfer %1 does not exist.</source>
        <translation>Mutasi %1 tidak ada.</translation>
    </message>
    <message>
        <source>Proposal %1 has no transfer whose decree is issued.</source>
        <translation>Usulan %1 tidak memiliki mutasi yang SK-nya sudah terbit.</translation>
    </message>
</context>
<context>
    <name>TransferProposal</name>
    <message>
        <source>Choose at least one employee to transfer.</source>
        <translation>Pilih sedikitnya satu pegawai yang akan dimutasi.</translation>
    </message>
    <message>
        <source>Employee number %1 does not exist.</source>
        <translation>Pegawai nomor %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 is in the list twice: a person can be moved only once.</source>
        <translation>%1 ada dua kali dalam daftar: seseorang hanya dapat dipindahkan sekali.</translation>
    </message>
    <message>
        <source>Choose the unit the employees move to.</source>
        <translation>Pilih unit tujuan pegawai.</translation>
    </message>
    <message>
        <source>Choose the position they take there.</source>
        <translation>Pilih jabatan yang akan diduduki di sana.</translation>
    </message>
    <message>
        <source>Only a completed transfer can be reversed, by a new transfer.</source>
        <translation>Hanya mutasi yang sudah selesai yang dapat dibalik, dengan mutasi baru.</translation>
    </message>
    <message>
        <source>A reversal moves exactly the employee of transfer %1.</source>
        <translation>Pembalikan hanya memindahkan pegawai dari mutasi %1.</translation>
    </message>
    <message>
        <source>A reversal of transfer %1 moves the employee back to the post they came from.</source>
        <translation>Pembalikan mutasi %1 memindahkan pegawai kembali ke jabatan asalnya.</translation>
    </message>
    <message>
        <source>The proposal was not saved: %1</source>
        <translation>Usulan tidak disimpan: %1</translation>
    </message>
    <message>
        <source>%1 (NIP %2): %3</source>
        <translation>%1 (NIP %2): %3</translation>
    </message>
    <message>
        <source>The proposal was not saved because of blocking rules. %1</source>
        <translation>Usulan tidak disimpan karena ada aturan yang menghalangi. %1</translation>
    </message>
    <message numerus="yes">
        <source>Transfer of %n employee(s) to %1</source>
        <translation>
            <numerusform>Mutasi %n pegawai ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer %1 does not exist.</source>
        <translation>Mutasi %1 tidak ada.</translation>
    </message>
    <message>
        <source>Transfer %1 is %2: it can no longer be changed.</source>
        <translation>Mutasi %1 berstatus %2: tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Write the justification: why is the warning accepted?</source>
        <translation>Tulis alasannya: mengapa peringatan ini diterima?</translation>
    </message>
    <message>
        <source>Transfer %1 has no warning to justify.</source>
        <translation>Mutasi %1 tidak memiliki peringatan yang perlu diberi alasan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a warning of transfer %2. Its warnings are: %3.</source>
        <translation>&quot;%1&quot; bukan peringatan pada mutasi %2. Peringatannya adalah: %3.</translation>
    </message>
    <message>
        <source>Transfer %1: warning &quot;%2&quot; overridden</source>
        <translation>Mutasi %1: peringatan &quot;%2&quot; dikesampingkan</translation>
    </message>
</context>
<context>
    <name>TransferRegister</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>From position</source>
        <translation>Jabatan asal</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>Unit asal</translation>
    </message>
    <message>
        <source>To position</source>
        <translation>Jabatan tujuan</translation>
    </message>
    <message>
        <source>To unit</source>
        <translation>Unit tujuan</translation>
    </message>
    <message>
        <source>TMT</source>
        <translation>TMT</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Decree number</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <source>Decree date</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Kode unit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>On the way in</source>
        <translation>Akan masuk</translation>
    </message>
    <message>
        <source>On the way out</source>
        <translation>Akan keluar</translation>
    </message>
    <message>
        <source>%1 at %2 (by transfer)</source>
        <translation>%1 di %2 (karena mutasi)</translation>
    </message>
    <message>
        <source>%1 at %2 (correction)</source>
        <translation>%1 di %2 (koreksi)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Transfer %1: %2 (%3)</source>
        <translation>Mutasi %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Transfer %1: %2 (%3): %4</source>
        <translation>Mutasi %1: %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>TransferRepository</name>
    <message>
        <source>saving transfer %1</source>
        <translation>menyimpan mutasi %1</translation>
    </message>
    <message>
        <source>saving the proposal</source>
        <translation>menyimpan usulan</translation>
    </message>
    <message>
        <source>recording a workflow step</source>
        <translation>mencatat langkah alur kerja</translation>
    </message>
    <message>
        <source>saving a justification</source>
        <translation>menyimpan alasan</translation>
    </message>
    <message>
        <source>saving a document of the checklist</source>
        <translation>menyimpan dokumen dari daftar periksa</translation>
    </message>
</context>
<context>
    <name>TransferRules</name>
    <message>
        <source>not recorded</source>
        <translation>belum dicatat</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Lolos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Menghalangi</translation>
    </message>
    <message>
        <source>%1 is no longer active: only active employees can be transferred.</source>
        <translation>%1 tidak lagi aktif: hanya pegawai aktif yang dapat dimutasi.</translation>
    </message>
    <message>
        <source>%1 is active.</source>
        <translation>%1 aktif.</translation>
    </message>
    <message>
        <source>The target unit or position does not exist: choose them again.</source>
        <translation>Unit atau jabatan tujuan tidak ada: pilih lagi.</translation>
    </message>
    <message>
        <source>The TMT is missing: enter the date from which the transfer takes effect.</source>
        <translation>TMT belum diisi: masukkan tanggal mulai berlakunya mutasi.</translation>
    </message>
    <message>
        <source>%1 was closed on %2: choose a unit that is still open.</source>
        <translation>%1 ditutup pada %2: pilih unit yang masih aktif.</translation>
    </message>
    <message>
        <source>%1 already works as %2 at %3: choose another unit or position.</source>
        <translation>%1 sudah bertugas sebagai %2 di %3: pilih unit atau jabatan lain.</translation>
    </message>
    <message>
        <source>Moves to %1 at %2 from %3.</source>
        <translation>Pindah menjadi %1 di %2 mulai %3.</translation>
    </message>
    <message>
        <source>The start of %1&apos;s current post (TMT jabatan) is not recorded, so the time in post cannot be checked. Record it, or justify the transfer.</source>
        <translation>Awal jabatan %1 saat ini (TMT jabatan) belum dicatat, sehingga masa jabatan tidak dapat diperiksa. Catat dulu, atau tulis alasan mutasinya.</translation>
    </message>
    <message numerus="yes">
        <source>On the TMT %1 will have been in the current post for %2, less than the minimum of %n year(s). Choose a later TMT or justify the exception.</source>
        <translation>
            <numerusform>Pada TMT, %1 baru menduduki jabatan sekarang selama %2, kurang dari batas minimal %n tahun. Pilih TMT yang lebih lambat atau tulis alasan pengecualiannya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the TMT %1 will have been in the current post for %2, more than %n year(s): due for rotation.</source>
        <translation>
            <numerusform>Pada TMT, %1 sudah menduduki jabatan sekarang selama %2, lebih dari %n tahun: sudah waktunya dirotasi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the TMT %1 will have been in the current post for %2 (at least %n year(s) required).</source>
        <translation>
            <numerusform>Pada TMT, %1 sudah menduduki jabatan sekarang selama %2 (minimal %n tahun).</numerusform>
        </translation>
    </message>
    <message>
        <source>The retirement date of %1 is unknown because the birth date is not recorded. Record it, or justify the transfer.</source>
        <translation>Tanggal pensiun %1 tidak diketahui karena tanggal lahir belum dicatat. Catat dulu, atau tulis alasan mutasinya.</translation>
    </message>
    <message>
        <source>%1 retires on %2, on or before the TMT (%3): the person cannot be transferred.</source>
        <translation>%1 pensiun pada %2, pada atau sebelum TMT (%3): pegawai ini tidak dapat dimutasi.</translation>
    </message>
    <message numerus="yes">
        <source>%1 retires on %2, less than %n month(s) after the TMT. Justify why the move is still worthwhile.</source>
        <translation>
            <numerusform>%1 pensiun pada %2, kurang dari %n bulan setelah TMT. Tulis alasan mengapa mutasi tetap bermanfaat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 retires on %2, at least %n month(s) after the TMT.</source>
        <translation>
            <numerusform>%1 pensiun pada %2, sedikitnya %n bulan setelah TMT.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already has an open transfer (%2). Finish, reject or cancel it first.</source>
        <translation>%1 masih memiliki mutasi yang berjalan (%2). Selesaikan, tolak atau batalkan dulu.</translation>
    </message>
    <message>
        <source>%1 has no other open transfer.</source>
        <translation>%1 tidak memiliki mutasi lain yang sedang berjalan.</translation>
    </message>
    <message>
        <source>%1 has no recorded need for %2, so this transfer would add staff nobody planned for. Record the need first, or justify the transfer.</source>
        <translation>%1 belum memiliki kebutuhan %2 yang tercatat, sehingga mutasi ini menambah pegawai yang tidak direncanakan. Catat kebutuhannya dulu, atau tulis alasan mutasinya.</translation>
    </message>
    <message>
        <source>%1 needs %2 %3 and would have %4 with this transfer: a surplus. Justify it, or choose a unit with a shortage.</source>
        <translation>%1 membutuhkan %2 %3 dan akan memiliki %4 dengan mutasi ini: terjadi kelebihan. Tulis alasannya, atau pilih unit yang kekurangan.</translation>
    </message>
    <message>
        <source>%1 needs %2 %3 and would have %4 with this transfer: it fills a shortage.</source>
        <translation>%1 membutuhkan %2 %3 dan akan memiliki %4 dengan mutasi ini: mengisi kekurangan.</translation>
    </message>
    <message>
        <source>%1 has no current post, so no unit loses staff.</source>
        <translation>%1 tidak memiliki jabatan saat ini, sehingga tidak ada unit yang kehilangan pegawai.</translation>
    </message>
    <message>
        <source>%1 would keep %2 %3 after the transfer, below its minimum of %4. Accept the shortage with a justification, or choose someone else.</source>
        <translation>%1 akan menyisakan %2 %3 setelah mutasi, di bawah batas minimalnya %4. Terima kekurangan itu dengan menulis alasan, atau pilih pegawai lain.</translation>
    </message>
    <message>
        <source>%1 would keep %2 %3 after the transfer (minimum %4).</source>
        <translation>%1 akan menyisakan %2 %3 setelah mutasi (minimal %4).</translation>
    </message>
    <message>
        <source>%1 has no current position, so the competence cannot be compared: write a competence note as the justification.</source>
        <translation>%1 tidak memiliki jabatan saat ini, sehingga kompetensinya tidak dapat dibandingkan: tulis catatan kompetensi sebagai alasan.</translation>
    </message>
    <message>
        <source>%1 and %2 are both in the %3 family.</source>
        <translation>%1 dan %2 sama-sama termasuk rumpun %3.</translation>
    </message>
    <message>
        <source>%1 (family %2) and %3 (family %4) are different position families: write a competence note as the justification.</source>
        <translation>%1 (rumpun %2) dan %3 (rumpun %4) berbeda rumpun jabatan: tulis catatan kompetensi sebagai alasan.</translation>
    </message>
    <message>
        <source>%1 is %2, not PPPK: the PPPK limit does not apply.</source>
        <translation>%1 berstatus %2, bukan PPPK: batasan PPPK tidak berlaku.</translation>
    </message>
    <message>
        <source>%1 is a PPPK employee and can only move within the agency that appointed them, but this transfer is &quot;%2&quot;.</source>
        <translation>%1 adalah pegawai PPPK dan hanya dapat pindah di dalam perangkat daerah yang mengangkatnya, sedangkan mutasi ini &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is a PPPK employee and stays within the agency.</source>
        <translation>%1 adalah pegawai PPPK dan tetap di perangkat daerah yang sama.</translation>
    </message>
    <message>
        <source>The position stays %1, so the competence matches.</source>
        <translation>Jabatannya tetap %1, sehingga kompetensinya sesuai.</translation>
    </message>
</context>
<context>
    <name>TransferWorkflow</name>
    <message>
        <source>Warning without justification: %1</source>
        <translation>Peringatan tanpa alasan: %1</translation>
    </message>
    <message>
        <source>Transfer %1 is completed by executing it on or after its TMT, not by changing its status.</source>
        <translation>Mutasi %1 diselesaikan dengan melaksanakannya pada atau sesudah TMT, bukan dengan mengubah statusnya.</translation>
    </message>
    <message>
        <source>Transfer %1 cannot become &quot;%2&quot;: %3</source>
        <translation>Mutasi %1 tidak dapat menjadi &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>it is &quot;%1&quot;, a final status. A completed transfer is undone only by a new transfer.</source>
        <translation>statusnya &quot;%1&quot;, status akhir. Mutasi yang sudah selesai hanya dapat dibalik dengan mutasi baru.</translation>
    </message>
    <message>
        <source>from &quot;%1&quot; it can only go to: %2.</source>
        <translation>dari &quot;%1&quot; hanya dapat menjadi: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) missing: %1.</source>
        <translation>
            <numerusform>%n dokumen belum ada: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the number of the decree (SK).</source>
        <translation>Isi nomor SK.</translation>
    </message>
    <message>
        <source>Enter the date of the decree (SK).</source>
        <translation>Isi tanggal SK.</translation>
    </message>
    <message>
        <source>The decree date lies in the future.</source>
        <translation>Tanggal SK berada di masa depan.</translation>
    </message>
    <message>
        <source>Write in the comment why.</source>
        <translation>Tulis alasannya di kolom komentar.</translation>
    </message>
    <message>
        <source>Transfer %1 drafted</source>
        <translation>Draf mutasi %1 dibuat</translation>
    </message>
    <message>
        <source>Transfer %1: %2 to %3</source>
        <translation>Mutasi %1: %2 menjadi %3</translation>
    </message>
    <message>
        <source>Transfer %1 does not exist.</source>
        <translation>Mutasi %1 tidak ada.</translation>
    </message>
    <message>
        <source>Proposal %1 does not exist or is empty.</source>
        <translation>Usulan %1 tidak ada atau kosong.</translation>
    </message>
    <message>
        <source>No open transfer of proposal %1 can become &quot;%2&quot;.</source>
        <translation>Tidak ada mutasi berjalan dalam usulan %1 yang dapat menjadi &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>adding unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxTable</name>
    <message>
        <source>The file %1 could not be created.</source>
        <translation>Berkas %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>YearsMonths</name>
    <message>
        <source>%1 years %2 months</source>
        <translation>%1 tahun %2 bulan</translation>
    </message>
</context>
<context>
    <name>imbang::AuditTrailModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>imbang::AuditTrailWidget</name>
    <message>
        <source>All records</source>
        <translation>Semua data</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <source>Who (exact name)</source>
        <translation>Oleh (nama lengkap)</translation>
    </message>
    <message>
        <source>Words in the description</source>
        <translation>Kata dalam keterangan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Periksa keutuhan</translation>
    </message>
    <message>
        <source>Export to xlsx…</source>
        <translation>Ekspor ke xlsx…</translation>
    </message>
    <message numerus="yes">
        <source>the newest %n entries</source>
        <translation>
            <numerusform>%n entri terbaru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entri</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to xlsx</source>
        <translation>Ekspor ke xlsx</translation>
    </message>
    <message>
        <source>audit-trail.xlsx</source>
        <translation>jejak-audit.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n entri ditulis ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imbang::ChecklistModel</name>
    <message>
        <source>Needed before the status &quot;%1&quot;</source>
        <translation>Diperlukan sebelum status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Disimpan di</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
</context>
<context>
    <name>imbang::EffectModel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Unit / position</source>
        <translation>Unit / jabatan</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Staff now</source>
        <translation>Pegawai sekarang</translation>
    </message>
    <message>
        <source>Staff after</source>
        <translation>Pegawai sesudah</translation>
    </message>
    <message>
        <source>Gap after</source>
        <translation>Selisih sesudah</translation>
    </message>
    <message>
        <source>EJ grade now</source>
        <translation>Predikat EJ sekarang</translation>
    </message>
    <message>
        <source>EJ grade after</source>
        <translation>Predikat EJ sesudah</translation>
    </message>
</context>
<context>
    <name>imbang::RuleResultsModel</name>
    <message>
        <source>Write why this warning is accepted; it is stored with the transfer.</source>
        <translation>Tulis mengapa peringatan ini diterima; alasan disimpan bersama mutasinya.</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>imbang::TransferDetailDialog</name>
    <message>
        <source>Propose</source>
        <translation>Usulkan</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Decree issued</source>
        <translation>SK terbit</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Cancel the transfer</source>
        <translation>Batalkan mutasi</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>Why; required to reject or cancel</source>
        <translation>Alasannya; wajib untuk menolak atau membatalkan</translation>
    </message>
    <message>
        <source>e.g. 800/123/BKD/2026</source>
        <translation>misalnya 800/123/BKD/2026</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>Apply to every open transfer of the same proposal</source>
        <translation>Terapkan ke semua mutasi yang masih berjalan dalam usulan yang sama</translation>
    </message>
    <message>
        <source>Execute (change the employee&apos;s post)</source>
        <translation>Laksanakan (ubah jabatan pegawai)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Decree (SK)</source>
        <translation>SK</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Mutasi %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Decree %1 dated %2</source>
        <translation>&lt;br&gt;SK %1 tanggal %2</translation>
    </message>
    <message>
        <source> &amp;middot; proposal: %1</source>
        <translation> &amp;middot; usulan: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &amp;nbsp;&lt;span style=&apos;color:#0d47a1&apos;&gt;%2&lt;/span&gt;&lt;/h3&gt;&lt;b&gt;%3&lt;/b&gt; (NIP %4)&lt;br&gt;From &lt;b&gt;%5&lt;/b&gt;, %6&lt;br&gt;To &lt;b&gt;%7&lt;/b&gt;, %8, from &lt;b&gt;%9&lt;/b&gt;&lt;br&gt;%10 &amp;middot; %11%12&lt;br&gt;Signed by: %13%14&lt;br&gt;Reason: %15%16</source>
        <translation>&lt;h3&gt;%1 &amp;nbsp;&lt;span style=&apos;color:#0d47a1&apos;&gt;%2&lt;/span&gt;&lt;/h3&gt;&lt;b&gt;%3&lt;/b&gt; (NIP %4)&lt;br&gt;Dari &lt;b&gt;%5&lt;/b&gt;, %6&lt;br&gt;Ke &lt;b&gt;%7&lt;/b&gt;, %8, mulai &lt;b&gt;%9&lt;/b&gt;&lt;br&gt;%10 &amp;middot; %11%12&lt;br&gt;Ditandatangani oleh: %13%14&lt;br&gt;Alasan: %15%16</translation>
    </message>
    <message>
        <source>BKN&apos;s pertek needed</source>
        <translation>perlu pertek BKN</translation>
    </message>
    <message>
        <source>no pertek needed</source>
        <translation>tanpa pertek</translation>
    </message>
    <message>
        <source>Possible from the TMT, %1.</source>
        <translation>Dapat dilakukan mulai TMT, %1.</translation>
    </message>
    <message>
        <source>Really mark transfer %1 as &quot;%2&quot;? This is final: it can only be undone by a new proposal.</source>
        <translation>Yakin menandai mutasi %1 sebagai &quot;%2&quot;? Ini final: hanya dapat dibatalkan dengan usulan baru.</translation>
    </message>
    <message>
        <source>Execute transfer %1 now? The employee&apos;s unit and position change from %2.</source>
        <translation>Laksanakan mutasi %1 sekarang? Unit dan jabatan pegawai berubah mulai %2.</translation>
    </message>
    <message>
        <source>Transfer number %1 does not exist.</source>
        <translation>Mutasi nomor %1 tidak ada.</translation>
    </message>
</context>
<context>
    <name>imbang::TransferProposalDialog</name>
    <message>
        <source>New transfer proposal</source>
        <translation>Usulan mutasi baru</translation>
    </message>
    <message>
        <source>Rule checks</source>
        <translation>Pemeriksaan aturan</translation>
    </message>
    <message>
        <source>Show the rules that passed too</source>
        <translation>Tampilkan juga aturan yang lolos</translation>
    </message>
    <message>
        <source>Propose at once (status &quot;%1&quot;)</source>
        <translation>Langsung usulkan (status &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Save proposal</source>
        <translation>Simpan usulan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Employees to transfer</source>
        <translation>Pegawai yang dimutasi</translation>
    </message>
    <message>
        <source>Search by name or NIP</source>
        <translation>Cari nama atau NIP</translation>
    </message>
    <message>
        <source>In any unit</source>
        <translation>Di semua unit</translation>
    </message>
    <message>
        <source>Add selected ↓</source>
        <translation>Tambahkan yang dipilih ↓</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Hapus yang dipilih</translation>
    </message>
    <message>
        <source>Where to and when</source>
        <translation>Tujuan dan waktu</translation>
    </message>
    <message>
        <source>Made from the target when empty</source>
        <translation>Dibuat dari tujuan bila kosong</translation>
    </message>
    <message>
        <source>Why this transfer: the need it answers, agreements made</source>
        <translation>Mengapa mutasi ini: kebutuhan yang dijawab, kesepakatan yang dibuat</translation>
    </message>
    <message>
        <source>Target unit</source>
        <translation>Unit tujuan</translation>
    </message>
    <message>
        <source>Target position</source>
        <translation>Jabatan tujuan</translation>
    </message>
    <message>
        <source>TMT</source>
        <translation>TMT</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Title of the batch</source>
        <translation>Judul usulan kolektif</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message numerus="yes">
        <source>… %n more: narrow the search</source>
        <translation>
            <numerusform>… %n lagi: persempit pencarian</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind: %1. Signed by: %2. BKN&apos;s technical approval (pertek) is needed.</source>
        <translation>Jenis: %1. Ditandatangani oleh: %2. Perlu pertimbangan teknis (pertek) BKN.</translation>
    </message>
    <message>
        <source>Kind: %1. Signed by: %2. No pertek needed.</source>
        <translation>Jenis: %1. Ditandatangani oleh: %2. Tanpa pertek.</translation>
    </message>
    <message>
        <source>Kinds: %1.</source>
        <translation>Jenis: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking problem(s): this proposal cannot be saved.</source>
        <translation>
            <numerusform>%n masalah yang menghalangi: usulan ini tidak dapat disimpan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) still need a justification: type it in the last column.</source>
        <translation>
            <numerusform>%n peringatan masih memerlukan alasan: ketik di kolom terakhir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every rule passed or is justified: the proposal can be saved.</source>
        <translation>Semua aturan lolos atau sudah diberi alasan: usulan dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>imbang::TransferRegisterModel</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>TMT</source>
        <translation>TMT</translation>
    </message>
    <message>
        <source>Decree number</source>
        <translation>Nomor SK</translation>
    </message>
</context>
<context>
    <name>imbang::TransferRegisterWidget</name>
    <message>
        <source>Transfers</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <source>In and out per unit</source>
        <translation>Masuk dan keluar per unit</translation>
    </message>
    <message>
        <source>New proposal…</source>
        <translation>Usulan baru…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Buka…</translation>
    </message>
    <message>
        <source>Export to xlsx…</source>
        <translation>Ekspor ke xlsx…</translation>
    </message>
    <message>
        <source>Name, NIP or transfer number</source>
        <translation>Nama, NIP atau nomor mutasi</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Masih berjalan</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <source>TMT from</source>
        <translation>TMT dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n mutasi</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to xlsx</source>
        <translation>Ekspor ke xlsx</translation>
    </message>
    <message>
        <source>transfer-flows.xlsx</source>
        <translation>arus-mutasi.xlsx</translation>
    </message>
    <message>
        <source>transfer-register.xlsx</source>
        <translation>register-mutasi.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Transfer flows</source>
        <translation>Arus mutasi</translation>
    </message>
    <message>
        <source>Transfer register</source>
        <translation>Register mutasi</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n baris ditulis ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imbang::TransferStepsModel</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Menjadi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
</context>
<context>
    <name>imbang::UnitFlowModel</name>
    <message>
        <source>Unit code</source>
        <translation>Kode unit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>On the way in</source>
        <translation>Akan masuk</translation>
    </message>
    <message>
        <source>On the way out</source>
        <translation>Akan keluar</translation>
    </message>
</context>
</TS>
