<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
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
        <translation><numerusform>Jejak audit rusak: %1. %n entri sebelumnya utuh.</numerusform></translation>
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
        <translation><numerusform>Jejak audit utuh: %n entri diperiksa.</numerusform></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "imbang-cli %1 --help" for the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office database (default: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not "%4".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: imbang-cli &lt;command&gt; [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"imbang-cli &lt;command&gt; --help" shows the options of a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit codes: 0 success, 1 bad input, 2 usage error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create an empty office database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region of the office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1 (schema version %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count units, positions and employees, and show the schema version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Positions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active employees: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inactive employees: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List employees with their fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this unit and its sub-units (unit code).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words in the name or NIP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include inactive employees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose either --json or --csv, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no unit with code "%1". "imbang-cli units" lists the codes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a database filled with fictional Jambi-like demo data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of employees (default 5000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo database %1: %2 units, %3 positions, %4 employees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count units, positions and employees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List employees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a demo database.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be read: you have no permission to open it. Ask the computer's administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is not an Imbang database (it is not an SQLite file). Choose the .sqlite file of your office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not of Imbang. It was left unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is damaged (the integrity check failed). It was left unchanged. Open your latest backup copy instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 was made by a newer version of Imbang. Install the newest Imbang to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 was made by a newer version of Imbang. Install Imbang %2 or later to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is locked by another program that is writing to it. Close that program (or wait for it to finish) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 was made by an older Imbang and must be upgraded, but it is in a read-only location. Copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 could not be upgraded; it was left as it was. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or open it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is in a read-only location, so it was opened read-only: you can look but not change anything. Copy it to a folder you can write to for editing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The database already holds data; demo data goes only into an empty database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of employees must be between 0 and 2,000,000.</source>
        <translation type="unfinished" />
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
        <source>Performance assessment "baik" for the last 2 years</source>
        <translation>Penilaian kinerja (SKP) "baik" 2 tahun terakhir</translation>
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
        <source>"%1" is not on the checklist of transfer %2. Its documents are: %3.</source>
        <translation>"%1" tidak ada dalam daftar dokumen mutasi %2. Dokumennya adalah: %3.</translation>
    </message>
    <message>
        <source>Transfer %1 is %2: its checklist can no longer change.</source>
        <translation>Mutasi %1 berstatus %2: daftar dokumennya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Enter where "%1" is kept (archive number, folder or file) before ticking it.</source>
        <translation>Isi tempat "%1" disimpan (nomor arsip, map atau berkas) sebelum mencentangnya.</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employee %1 could not be saved: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmployeeList</name>
    <message>
        <source>NIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank TMT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position TMT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPNS TMT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retirement date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmployeeRepository</name>
    <message>
        <source>NIP %1 is already registered to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adding employee %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving employee %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database has schema version %1, newer than this program knows (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; nothing was changed. %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>The NIP is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NIP may contain only digits; "%1" has other characters.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The NIP must have exactly 18 digits; this one has %n.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Digits 1-8 of the NIP (%1) are not a real birth date (YYYYMMDD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Digit 15 of the NIP is the gender and must be 1 (male) or 2 (female), not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Digits 16-18 of the NIP are a sequence number from 001 to 999, not 000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The appointment date in the NIP (%1) is before the person's 18th birthday.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The appointment date in the NIP (%1) lies in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Digits 13-14 of the NIP are the month of TMT CPNS and must be 01-12, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The appointment year in the NI PPPK (%1) is before the person turned 18.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The appointment year in the NI PPPK (%1) lies in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date %1 does not match the NIP, which says %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gender %1 does not match the NIP, which says %2.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving position %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rank</name>
    <message>
        <source>Golongan %1</source>
        <translation type="unfinished" />
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
        <source>The gubernur, after BKN's technical approval (pertek)</source>
        <translation>Gubernur, setelah pertimbangan teknis (pertek) BKN</translation>
    </message>
    <message>
        <source>The Minister of Home Affairs, after BKN's technical approval (pertek)</source>
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
        <source>only a transfer whose decree is issued can be executed; this one is "%1".</source>
        <translation>hanya mutasi yang SK-nya sudah terbit yang dapat dilaksanakan; mutasi ini berstatus "%1".</translation>
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
        <source>%1's post changed after the transfer was proposed. Cancel it and propose a new one from the current post.</source>
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
        <translation><numerusform>Mutasi %n pegawai ke %1</numerusform></translation>
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
        <source>"%1" is not a warning of transfer %2. Its warnings are: %3.</source>
        <translation>"%1" bukan peringatan pada mutasi %2. Peringatannya adalah: %3.</translation>
    </message>
    <message>
        <source>Transfer %1: warning "%2" overridden</source>
        <translation>Mutasi %1: peringatan "%2" dikesampingkan</translation>
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
        <source>The start of %1's current post (TMT jabatan) is not recorded, so the time in post cannot be checked. Record it, or justify the transfer.</source>
        <translation>Awal jabatan %1 saat ini (TMT jabatan) belum dicatat, sehingga masa jabatan tidak dapat diperiksa. Catat dulu, atau tulis alasan mutasinya.</translation>
    </message>
    <message numerus="yes">
        <source>On the TMT %1 will have been in the current post for %2, less than the minimum of %n year(s). Choose a later TMT or justify the exception.</source>
        <translation><numerusform>Pada TMT, %1 baru menduduki jabatan sekarang selama %2, kurang dari batas minimal %n tahun. Pilih TMT yang lebih lambat atau tulis alasan pengecualiannya.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>On the TMT %1 will have been in the current post for %2, more than %n year(s): due for rotation.</source>
        <translation><numerusform>Pada TMT, %1 sudah menduduki jabatan sekarang selama %2, lebih dari %n tahun: sudah waktunya dirotasi.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>On the TMT %1 will have been in the current post for %2 (at least %n year(s) required).</source>
        <translation><numerusform>Pada TMT, %1 sudah menduduki jabatan sekarang selama %2 (minimal %n tahun).</numerusform></translation>
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
        <translation><numerusform>%1 pensiun pada %2, kurang dari %n bulan setelah TMT. Tulis alasan mengapa mutasi tetap bermanfaat.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 retires on %2, at least %n month(s) after the TMT.</source>
        <translation><numerusform>%1 pensiun pada %2, sedikitnya %n bulan setelah TMT.</numerusform></translation>
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
        <source>%1 is a PPPK employee and can only move within the agency that appointed them, but this transfer is "%2".</source>
        <translation>%1 adalah pegawai PPPK dan hanya dapat pindah di dalam perangkat daerah yang mengangkatnya, sedangkan mutasi ini "%2".</translation>
    </message>
    <message>
        <source>%1 is a PPPK employee and stays within the agency.</source>
        <translation>%1 adalah pegawai PPPK dan tetap di perangkat daerah yang sama.</translation>
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
        <source>Transfer %1 cannot become "%2": %3</source>
        <translation>Mutasi %1 tidak dapat menjadi "%2": %3</translation>
    </message>
    <message>
        <source>it is "%1", a final status. A completed transfer is undone only by a new transfer.</source>
        <translation>statusnya "%1", status akhir. Mutasi yang sudah selesai hanya dapat dibalik dengan mutasi baru.</translation>
    </message>
    <message>
        <source>from "%1" it can only go to: %2.</source>
        <translation>dari "%1" hanya dapat menjadi: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) missing: %1.</source>
        <translation><numerusform>%n dokumen belum ada: %1.</numerusform></translation>
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
        <source>No open transfer of proposal %1 can become "%2".</source>
        <translation>Tidak ada mutasi berjalan dalam usulan %1 yang dapat menjadi "%2".</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>adding unit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving unit %1</source>
        <translation type="unfinished" />
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
</TS>
