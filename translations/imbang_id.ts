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
        <translation>
            <numerusform>Jejak audit rusak: %1. %n entri sebelumnya masih utuh.</numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the name or NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include inactive employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Write a signed exchange package (.imbang) for another office.</source>
        <translation>Tulis paket pertukaran bertanda tangan (.imbang) untuk kantor lain.</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>Berkas paket yang akan ditulis.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>Only these units with their sub-units (codes, comma separated).</source>
        <translation>Hanya unit ini beserta sub-unitnya (kode, dipisah koma).</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>Only what changed since the last package sent to this office (id, name or fingerprint).</source>
        <translation>Hanya yang berubah sejak paket terakhir yang dikirim ke kantor ini (ID, nama, atau sidik kunci).</translation>
    </message>
    <message>
        <source>office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <source>The package is for this known office: remember what it gets, for merging its answer and for --since-last.</source>
        <translation>Paket ini untuk kantor yang sudah dikenal: catat apa yang diterimanya, untuk menggabungkan balasannya dan untuk --since-last.</translation>
    </message>
    <message>
        <source>Name the package file with --out FILE.</source>
        <translation>Sebutkan berkas paket dengan --out BERKAS.</translation>
    </message>
    <message>
        <source>--to and --since-last name different offices.</source>
        <translation>--to dan --since-last menyebut kantor yang berbeda.</translation>
    </message>
    <message>
        <source>Package %1 written (%2 bytes).</source>
        <translation>Paket %1 ditulis (%2 byte).</translation>
    </message>
    <message>
        <source>Units: %1, positions: %2, employees: %3, staffing needs: %4, deletions: %5.</source>
        <translation>Unit: %1, jabatan: %2, pegawai: %3, kebutuhan pegawai: %4, penghapusan: %5.</translation>
    </message>
    <message>
        <source>Changes since %1 (the last package to %2).</source>
        <translation>Perubahan sejak %1 (paket terakhir ke %2).</translation>
    </message>
    <message>
        <source>Nothing was sent to %1 before, so the package holds everything.</source>
        <translation>Belum pernah ada paket yang dikirim ke %1, jadi paket ini berisi semua data.</translation>
    </message>
    <message>
        <source>Signed with key %1.</source>
        <translation>Ditandatangani dengan kunci %1.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 deleted, %5 unchanged, %6 newer here, %7 conflicts</source>
        <translation>%1: %2 baru, %3 diperbarui, %4 dihapus, %5 tidak berubah, %6 lebih baru di sini, %7 konflik</translation>
    </message>
    <message>
        <source>Import an exchange package from another office. Conflicts keep this office&apos;s version unless --take-theirs or --take-theirs-for says otherwise.</source>
        <translation>Impor paket pertukaran dari kantor lain. Pada konflik, versi kantor ini dipertahankan kecuali --take-theirs atau --take-theirs-for menyatakan lain.</translation>
    </message>
    <message>
        <source>The .imbang package.</source>
        <translation>Paket .imbang.</translation>
    </message>
    <message>
        <source>Only show what would change; change nothing.</source>
        <translation>Hanya tampilkan apa yang akan berubah; tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>Trust the signing office (after comparing its fingerprint by phone).</source>
        <translation>Percayai kantor penanda tangan (setelah mencocokkan sidik kuncinya lewat telepon).</translation>
    </message>
    <message>
        <source>Resolve every conflict with the sender&apos;s version.</source>
        <translation>Selesaikan setiap konflik dengan versi pengirim.</translation>
    </message>
    <message>
        <source>Resolve these conflicts with the sender&apos;s version (NIPs, unit codes or UUIDs, comma separated).</source>
        <translation>Selesaikan konflik ini dengan versi pengirim (NIP, kode unit, atau UUID, dipisah koma).</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>kunci</translation>
    </message>
    <message>
        <source>Name exactly one package file.</source>
        <translation>Sebutkan tepat satu berkas paket.</translation>
    </message>
    <message>
        <source>The package is signed by %1 (%2). This database does not trust that office yet.</source>
        <translation>Paket ditandatangani oleh %1 (%2). Basis data ini belum memercayai kantor tersebut.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Sidik kunci: %1</translation>
    </message>
    <message>
        <source>Call the office and compare the fingerprint. If it matches, run the command again with --trust.</source>
        <translation>Telepon kantor itu dan cocokkan sidik kuncinya. Jika cocok, jalankan perintah ini lagi dengan --trust.</translation>
    </message>
    <message>
        <source>No conflict matches %1. Run with --dry-run to list the conflicts.</source>
        <translation>Tidak ada konflik yang cocok dengan %1. Jalankan dengan --dry-run untuk melihat daftar konflik.</translation>
    </message>
    <message>
        <source>Package from %1, made %2 (%3).</source>
        <translation>Paket dari %1, dibuat %2 (%3).</translation>
    </message>
    <message>
        <source>Signer: %1, fingerprint %2.</source>
        <translation>Penanda tangan: %1, sidik kunci %2.</translation>
    </message>
    <message>
        <source>This package was already imported on %1.</source>
        <translation>Paket ini sudah pernah diimpor pada %1.</translation>
    </message>
    <message>
        <source>Would change (dry run, nothing was saved):</source>
        <translation>Yang akan berubah (uji coba, tidak ada yang disimpan):</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Diimpor:</translation>
    </message>
    <message>
        <source>Conflicts (changed in both offices):</source>
        <translation>Konflik (diubah di kedua kantor):</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>ambil milik pengirim</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>pakai milik sendiri</translation>
    </message>
    <message>
        <source>%1: here &quot;%2&quot;, sender &quot;%3&quot;</source>
        <translation>%1: di sini &quot;%2&quot;, pengirim &quot;%3&quot;</translation>
    </message>
    <message>
        <source>To take the sender&apos;s version of a record, run again with --take-theirs-for KEY (or --take-theirs for all).</source>
        <translation>Untuk mengambil versi pengirim suatu data, jalankan lagi dengan --take-theirs-for KUNCI (atau --take-theirs untuk semuanya).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>List the offices this database exchanges packages with, and their trust.</source>
        <translation>Tampilkan kantor yang bertukar paket dengan basis data ini, beserta status kepercayaannya.</translation>
    </message>
    <message>
        <source>Stop trusting this office (id, name or fingerprint).</source>
        <translation>Berhenti memercayai kantor ini (ID, nama, atau sidik kunci).</translation>
    </message>
    <message>
        <source>%1 is no longer trusted.</source>
        <translation>%1 tidak lagi dipercaya.</translation>
    </message>
    <message>
        <source>Office id</source>
        <translation>ID kantor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik kunci</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Dipercaya</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Terakhir diterima</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Terakhir dikirim</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Show this office&apos;s id and key fingerprint (made on first use), to read out over the phone.</source>
        <translation>Tampilkan ID kantor ini dan sidik kuncinya (dibuat saat pertama dipakai), untuk dibacakan lewat telepon.</translation>
    </message>
    <message>
        <source>Office id: %1</source>
        <translation>ID kantor: %1</translation>
    </message>
    <message>
        <source>Write an exchange package.</source>
        <translation>Tulis paket pertukaran.</translation>
    </message>
    <message>
        <source>Import an exchange package.</source>
        <translation>Impor paket pertukaran.</translation>
    </message>
    <message>
        <source>List the offices packages go to and come from.</source>
        <translation>Daftar kantor tujuan dan asal paket.</translation>
    </message>
    <message>
        <source>Show this office&apos;s key fingerprint.</source>
        <translation>Tampilkan sidik kunci kantor ini.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out of the government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency (OPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health centre (puskesmas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division (bidang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical unit (UPTD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior executive (JPT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor (pengawas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor (pelaksana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahli Pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahli Muda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahli Madya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahli Utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terampil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyelia</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Jenis kelamin</translation>
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
        <translation type="unfinished">Golongan</translation>
    </message>
    <message>
        <source>Rank TMT</source>
        <translation type="unfinished">TMT golongan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished">Jabatan</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>Position TMT</source>
        <translation type="unfinished">TMT jabatan</translation>
    </message>
    <message>
        <source>CPNS TMT</source>
        <translation type="unfinished">TMT CPNS</translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished">Pendidikan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Aktif</translation>
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
        <translation type="unfinished">menyimpan pegawai %1</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>%1 (NIP %2)</source>
        <translation>%1 (NIP %2)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
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
        <source>Title before name</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <source>Title after name</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Rank TMT</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Position TMT</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <source>CPNS TMT</source>
        <translation>TMT CPNS</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Reason inactive</source>
        <translation>Alasan tidak aktif</translation>
    </message>
    <message>
        <source>Inactive since</source>
        <translation>Tidak aktif sejak</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>reading employees</source>
        <translation>membaca pegawai</translation>
    </message>
    <message>
        <source>Employee %1 in the package has an invalid field (%2).</source>
        <translation>Pegawai %1 dalam paket memiliki isian yang tidak sah (%2).</translation>
    </message>
    <message>
        <source>Employee %1 was not imported: the unit or position it belongs to is neither in the package nor in this database (it may have been deleted here).</source>
        <translation>Pegawai %1 tidak diimpor: unit atau jabatannya tidak ada di paket maupun di basis data ini (mungkin sudah dihapus di sini).</translation>
    </message>
    <message>
        <source>saving employee %1</source>
        <translation>menyimpan pegawai %1</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Galat basis data saat %1: %2</translation>
    </message>
    <message>
        <source>No office given. &quot;imbang-cli offices&quot; lists the offices.</source>
        <translation>Kantor belum disebutkan. &quot;imbang-cli offices&quot; menampilkan daftar kantor.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n offices; type more of the office id.</source>
        <translation>
            <numerusform>&quot;%1&quot; cocok dengan %n kantor; ketik ID kantor lebih lengkap.</numerusform>
        </translation>
    </message>
    <message>
        <source>No known office is called &quot;%1&quot;. Offices become known when one of their packages is imported; &quot;imbang-cli offices&quot; lists them.</source>
        <translation>Tidak ada kantor dikenal bernama &quot;%1&quot;. Kantor menjadi dikenal setelah salah satu paketnya diimpor; &quot;imbang-cli offices&quot; menampilkan daftarnya.</translation>
    </message>
    <message>
        <source>remembering office %1</source>
        <translation>mencatat kantor %1</translation>
    </message>
    <message>
        <source>This database has no signing key yet.</source>
        <translation>Basis data ini belum memiliki kunci tanda tangan.</translation>
    </message>
    <message>
        <source>The office&apos;s signing key in this database is damaged. Restore the database from a backup copy.</source>
        <translation>Kunci tanda tangan kantor dalam basis data ini rusak. Pulihkan basis data dari salinan cadangan.</translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>Pustaka kriptografi tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>saving the office&apos;s signing key</source>
        <translation>menyimpan kunci tanda tangan kantor</translation>
    </message>
    <message>
        <source>The export was cancelled; no package was written.</source>
        <translation>Ekspor dibatalkan; tidak ada paket yang ditulis.</translation>
    </message>
    <message>
        <source>&quot;Changes since the last package&quot; needs the office the package is for.</source>
        <translation>&quot;Perubahan sejak paket terakhir&quot; memerlukan kantor tujuan paket.</translation>
    </message>
    <message>
        <source>There is no unit with code &quot;%1&quot;. Check the code in the unit list.</source>
        <translation>Tidak ada unit dengan kode &quot;%1&quot;. Periksa kodenya di daftar unit.</translation>
    </message>
    <message>
        <source>Reading the records</source>
        <translation>Membaca data</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Membaca %1</translation>
    </message>
    <message>
        <source>Compressing and signing</source>
        <translation>Memadatkan dan menandatangani</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Menulis berkas</translation>
    </message>
    <message>
        <source>The package was written, but what it holds could not be noted: %1</source>
        <translation>Paket sudah ditulis, tetapi isinya tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>The package is larger than Imbang accepts. It was not imported.</source>
        <translation>Paket lebih besar daripada yang diterima Imbang. Paket tidak diimpor.</translation>
    </message>
    <message>
        <source>The package is damaged: its contents do not match its content hash. It was changed or damaged on the way. Ask the sending office to send it again.</source>
        <translation>Paket rusak: isinya tidak cocok dengan hash isinya. Paket diubah atau rusak di perjalanan. Minta kantor pengirim mengirimkannya lagi.</translation>
    </message>
    <message>
        <source>The package&apos;s signature is not valid: it was changed after %1 signed it, or it was not signed by that office. It was not imported. Ask the sending office to send it again.</source>
        <translation>Tanda tangan paket tidak sah: paket diubah setelah %1 menandatanganinya, atau tanda tangannya bukan dari kantor itu. Paket tidak diimpor. Minta kantor pengirim mengirimkannya lagi.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The package %1 could not be written: %2</source>
        <translation>Paket %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>This file is not an Imbang exchange package (it does not start like one). Ask the sending office to send the .imbang file again.</source>
        <translation>Berkas ini bukan paket pertukaran Imbang (awalnya tidak seperti paket). Minta kantor pengirim mengirim ulang berkas .imbang-nya.</translation>
    </message>
    <message>
        <source>The package is truncated: its header is incomplete. Ask the sending office to send it again.</source>
        <translation>Paket terpotong: kepalanya tidak lengkap. Minta kantor pengirim mengirimkannya lagi.</translation>
    </message>
    <message>
        <source>The package header is damaged (format version 0). Ask the sending office to send it again.</source>
        <translation>Kepala paket rusak (versi format 0). Minta kantor pengirim mengirimkannya lagi.</translation>
    </message>
    <message>
        <source>This package uses exchange format %1, newer than this Imbang knows (up to %2). Install Imbang %3 or later to import it.</source>
        <translation>Paket ini memakai format pertukaran %1, lebih baru daripada yang dikenal Imbang ini (sampai %2). Pasang Imbang %3 atau yang lebih baru untuk mengimpornya.</translation>
    </message>
    <message>
        <source>The package header is damaged (wrong header size). Ask the sending office to send it again.</source>
        <translation>Kepala paket rusak (ukuran kepala salah). Minta kantor pengirim mengirimkannya lagi.</translation>
    </message>
    <message>
        <source>The package has extra bytes after its contents; it was changed or damaged on the way. Ask the sending office to send it again.</source>
        <translation>Paket memiliki byte tambahan setelah isinya; paket diubah atau rusak di perjalanan. Minta kantor pengirim mengirimkannya lagi.</translation>
    </message>
    <message>
        <source>The package is truncated: part of its contents is missing. Copy the file again (wait until the copy has finished) or ask the sending office to send it again.</source>
        <translation>Paket terpotong: sebagian isinya hilang. Salin berkasnya lagi (tunggu sampai penyalinan selesai) atau minta kantor pengirim mengirimkannya lagi.</translation>
    </message>
    <message>
        <source>The package header is damaged (no sender). Ask the sending office to send it again.</source>
        <translation>Kepala paket rusak (tanpa pengirim). Minta kantor pengirim mengirimkannya lagi.</translation>
    </message>
    <message>
        <source>Changed in both offices since the last exchange</source>
        <translation>Diubah di kedua kantor sejak pertukaran terakhir</translation>
    </message>
    <message>
        <source>Changed here, deleted by the sender</source>
        <translation>Diubah di sini, dihapus oleh pengirim</translation>
    </message>
    <message>
        <source>Deleted here, changed by the sender</source>
        <translation>Dihapus di sini, diubah oleh pengirim</translation>
    </message>
    <message>
        <source>Different in the two offices, never exchanged before</source>
        <translation>Berbeda di kedua kantor, belum pernah dipertukarkan</translation>
    </message>
    <message>
        <source>This office&apos;s own key</source>
        <translation>Kunci kantor ini sendiri</translation>
    </message>
    <message>
        <source>Trusted office</source>
        <translation>Kantor tepercaya</translation>
    </message>
    <message>
        <source>Not trusted yet</source>
        <translation>Belum dipercaya</translation>
    </message>
    <message>
        <source>Known office with a NEW key</source>
        <translation>Kantor dikenal dengan kunci BARU</translation>
    </message>
    <message>
        <source>Claims to be this office, but the key is not ours</source>
        <translation>Mengaku sebagai kantor ini, tetapi kuncinya bukan milik kita</translation>
    </message>
    <message>
        <source>The import was cancelled; the database was not changed.</source>
        <translation>Impor dibatalkan; basis data tidak diubah.</translation>
    </message>
    <message>
        <source>No package is open.</source>
        <translation>Tidak ada paket yang dibuka.</translation>
    </message>
    <message>
        <source>The package claims to come from this office itself, but it is signed with another key. It was not imported.</source>
        <translation>Paket mengaku berasal dari kantor ini sendiri, tetapi ditandatangani dengan kunci lain. Paket tidak diimpor.</translation>
    </message>
    <message>
        <source>The package comes from %1, but it is signed with a different key than this office&apos;s earlier packages (fingerprint now %2). Call that office: trust the new key only if they confirm that they made a new one.</source>
        <translation>Paket berasal dari %1, tetapi ditandatangani dengan kunci yang berbeda dari paket-paket kantor itu sebelumnya (sidik kunci sekarang %2). Telepon kantor itu: percayai kunci baru hanya jika mereka memastikan telah membuat kunci baru.</translation>
    </message>
    <message>
        <source>The package is signed by %1, an office this database does not trust yet. Its key fingerprint is %2. Call that office and compare the fingerprint; trust the office only if it matches.</source>
        <translation>Paket ditandatangani oleh %1, kantor yang belum dipercaya basis data ini. Sidik kuncinya %2. Telepon kantor itu dan cocokkan sidik kuncinya; percayai kantor itu hanya jika cocok.</translation>
    </message>
    <message>
        <source>The package&apos;s contents name another sender than its header. It was not imported.</source>
        <translation>Isi paket menyebut pengirim yang berbeda dari kepalanya. Paket tidak diimpor.</translation>
    </message>
    <message>
        <source>changes since %1</source>
        <translation>perubahan sejak %1</translation>
    </message>
    <message>
        <source>units %1 with their sub-units</source>
        <translation>unit %1 beserta sub-unitnya</translation>
    </message>
    <message>
        <source>all data</source>
        <translation>semua data</translation>
    </message>
    <message>
        <source>This package was made for another office (%1).</source>
        <translation>Paket ini dibuat untuk kantor lain (%1).</translation>
    </message>
    <message>
        <source>The package holds the record %1 twice. It is damaged; ask the sending office to make it again.</source>
        <translation>Paket memuat data %1 dua kali. Paket rusak; minta kantor pengirim membuatnya lagi.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>A deletion in the package is invalid. It is damaged; ask the sending office to make it again. Nothing was imported.</source>
        <translation>Salah satu penghapusan dalam paket tidak sah. Paket rusak; minta kantor pengirim membuatnya lagi. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Comparing %1</source>
        <translation>Membandingkan %1</translation>
    </message>
    <message>
        <source>Comparison done</source>
        <translation>Perbandingan selesai</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>Impor tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <source>Added from the package of %1: %2</source>
        <translation>Ditambahkan dari paket %1: %2</translation>
    </message>
    <message>
        <source>Updated from the package of %1: %2</source>
        <translation>Diperbarui dari paket %1: %2</translation>
    </message>
    <message>
        <source>Deleted by the package of %1: %2</source>
        <translation>Dihapus oleh paket %1: %2</translation>
    </message>
    <message>
        <source>Saving the records</source>
        <translation>Menyimpan data</translation>
    </message>
    <message>
        <source>%1 was deleted by the sender but is still in use here; it was kept.</source>
        <translation>%1 dihapus oleh pengirim tetapi masih dipakai di sini; data ini dipertahankan.</translation>
    </message>
    <message>
        <source>noting what the sender has</source>
        <translation>mencatat data yang dimiliki pengirim</translation>
    </message>
    <message>
        <source>The contents of the package cannot be read; the file is damaged or was not made by Imbang (%1). Ask the sending office to send it again.</source>
        <translation>Isi paket tidak dapat dibaca; berkas rusak atau tidak dibuat oleh Imbang (%1). Minta kantor pengirim mengirimkannya lagi.</translation>
    </message>
    <message>
        <source>The package is larger than Imbang accepts (more records or longer texts than any office has). It was not imported.</source>
        <translation>Paket lebih besar daripada yang diterima Imbang (lebih banyak data atau teks lebih panjang daripada yang dimiliki kantor mana pun). Paket tidak diimpor.</translation>
    </message>
    <message>
        <source>The package was written by a newer Imbang than this one. Install the newest Imbang to import it.</source>
        <translation>Paket ini ditulis oleh Imbang yang lebih baru daripada yang ini. Pasang Imbang terbaru untuk mengimpornya.</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Rumpun</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Guru</translation>
    </message>
    <message>
        <source>Retirement age</source>
        <translation>Batas usia pensiun</translation>
    </message>
    <message>
        <source>reading positions</source>
        <translation>membaca jabatan</translation>
    </message>
    <message>
        <source>Position %1 in the package has an invalid field (%2).</source>
        <translation>Jabatan %1 dalam paket memiliki isian yang tidak sah (%2).</translation>
    </message>
    <message>
        <source>saving position %1</source>
        <translation>menyimpan jabatan %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Staffing needs</source>
        <translation>Kebutuhan pegawai</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>reading staffing needs</source>
        <translation>membaca kebutuhan pegawai</translation>
    </message>
    <message>
        <source>A staffing need in the package has an invalid field (%1).</source>
        <translation>Salah satu kebutuhan pegawai dalam paket memiliki isian yang tidak sah (%1).</translation>
    </message>
    <message>
        <source>The staffing need for %1 was not imported: its unit or position is neither in the package nor in this database.</source>
        <translation>Kebutuhan pegawai untuk %1 tidak diimpor: unit atau jabatannya tidak ada di paket maupun di basis data ini.</translation>
    </message>
    <message>
        <source>saving the staffing need for %1</source>
        <translation>menyimpan kebutuhan pegawai untuk %1</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Unit induk</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Lintang</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Bujur</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ditutup pada</translation>
    </message>
    <message>
        <source>reading units</source>
        <translation>membaca unit</translation>
    </message>
    <message>
        <source>Unit %1 in the package has an invalid field (%2).</source>
        <translation>Unit %1 dalam paket memiliki isian yang tidak sah (%2).</translation>
    </message>
    <message>
        <source>saving unit %1</source>
        <translation>menyimpan unit %1</translation>
    </message>
    <message>
        <source>The parent of a unit (%1) is neither in the package nor in this database; the unit was placed at the top level.</source>
        <translation>Induk sebuah unit (%1) tidak ada di paket maupun di basis data ini; unit itu ditempatkan di tingkat teratas.</translation>
    </message>
    <message>
        <source>placing units in the tree</source>
        <translation>menempatkan unit dalam susunan</translation>
    </message>
    <message>
        <source>The package would make unit %1 a sub-unit of itself. It was not imported; ask the sending office to check its unit tree.</source>
        <translation>Paket akan menjadikan unit %1 sub-unit dari dirinya sendiri. Paket tidak diimpor; minta kantor pengirim memeriksa susunan unitnya.</translation>
    </message>
</context>
<context>
    <name>ExchangeUi</name>
    <message>
        <source>Imbang exchange package (*.imbang)</source>
        <translation>Paket pertukaran Imbang (*.imbang)</translation>
    </message>
    <message>
        <source>Save exchange package</source>
        <translation>Simpan paket pertukaran</translation>
    </message>
    <message>
        <source>Open exchange package</source>
        <translation>Buka paket pertukaran</translation>
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
    <name>PositionRepository</name>
    <message>
        <source>adding position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving position %1</source>
        <translation type="unfinished">menyimpan jabatan %1</translation>
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
        <translation type="unfinished">Galat basis data saat %1: %2</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction could be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the database failed: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">menyimpan unit %1</translation>
    </message>
</context>
<context>
    <name>YearsMonths</name>
    <message>
        <source>%1 years %2 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imbang::exchangeui::ExportPackageDialog</name>
    <message>
        <source>Export exchange package</source>
        <translation>Ekspor paket pertukaran</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Apa yang dikirim</translation>
    </message>
    <message>
        <source>All data of this office</source>
        <translation>Semua data kantor ini</translation>
    </message>
    <message>
        <source>Only the chosen units, with their sub-units</source>
        <translation>Hanya unit yang dipilih, beserta sub-unitnya</translation>
    </message>
    <message>
        <source>Find a unit by code or name</source>
        <translation>Cari unit menurut kode atau nama</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>For which office</source>
        <translation>Untuk kantor mana</translation>
    </message>
    <message>
        <source>Any office (a package for whoever needs it)</source>
        <translation>Kantor mana saja (paket untuk siapa pun yang memerlukannya)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only what changed since the last package sent to this office</source>
        <translation>Hanya yang berubah sejak paket terakhir yang dikirim ke kantor ini</translation>
    </message>
    <message>
        <source>Offices appear here after one of their packages was imported. Choosing the office lets Imbang remember what it has, so that its answer merges without false conflicts.</source>
        <translation>Kantor muncul di sini setelah salah satu paketnya diimpor. Dengan memilih kantor tujuan, Imbang mencatat data yang dimilikinya, sehingga balasannya dapat digabungkan tanpa konflik semu.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Simpan sebagai:</translation>
    </message>
    <message>
        <source>Packages of this office are signed with key %1.</source>
        <translation>Paket kantor ini ditandatangani dengan kunci %1.</translation>
    </message>
    <message>
        <source>The office&apos;s signing key will be made with the first package.</source>
        <translation>Kunci tanda tangan kantor akan dibuat bersama paket pertama.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Saved %1: %2 records (%3 employees, %4 units), %5 KB, signed with key %6.</source>
        <translation>Tersimpan %1: %2 data (%3 pegawai, %4 unit), %5 KB, ditandatangani dengan kunci %6.</translation>
    </message>
</context>
<context>
    <name>imbang::exchangeui::ImportPreviewDialog</name>
    <message>
        <source>Import exchange package</source>
        <translation>Impor paket pertukaran</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Show what would change</source>
        <translation>Tampilkan apa yang akan berubah</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Kantor:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Sidik kunci:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Kepercayaan:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Newer here</source>
        <translation>Lebih baru di sini</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Di sini (milik sendiri)</translation>
    </message>
    <message>
        <source>Sender (theirs)</source>
        <translation>Pengirim (milik mereka)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Pakai</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>Pakai milik sendiri untuk semua</translation>
    </message>
    <message>
        <source>Take theirs for all</source>
        <translation>Ambil milik pengirim untuk semua</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>What importing would change:</source>
        <translation>Yang akan berubah jika diimpor:</translation>
    </message>
    <message>
        <source>Import exchange package: %1</source>
        <translation>Impor paket pertukaran: %1</translation>
    </message>
    <message>
        <source>%1, %2 — package made %3 by Imbang %4</source>
        <translation>%1, %2 — paket dibuat %3 oleh Imbang %4</translation>
    </message>
    <message>
        <source>This office is not trusted yet. Call %1 and ask them to read out their key fingerprint (Settings &gt; Trusted offices). Trust it only if it matches the one above.</source>
        <translation>Kantor ini belum dipercaya. Telepon %1 dan minta mereka membacakan sidik kunci mereka (Pengaturan &gt; Kantor tepercaya). Percayai hanya jika sama dengan yang tertera di atas.</translation>
    </message>
    <message>
        <source>Warning: %1 signed its earlier packages with another key. Trust the new key only if the office confirms by phone that it made a new one.</source>
        <translation>Peringatan: %1 menandatangani paket-paket sebelumnya dengan kunci lain. Percayai kunci baru hanya jika kantor itu memastikan lewat telepon bahwa mereka membuat kunci baru.</translation>
    </message>
    <message>
        <source>This package claims to come from this office itself but is signed with another key. It cannot be imported.</source>
        <translation>Paket ini mengaku berasal dari kantor ini sendiri tetapi ditandatangani dengan kunci lain. Paket ini tidak dapat diimpor.</translation>
    </message>
    <message>
        <source>I compared the fingerprint with %1 by phone: trust this office</source>
        <translation>Saya sudah mencocokkan sidik kunci dengan %1 lewat telepon: percayai kantor ini</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Pakai milik sendiri</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ambil milik pengirim</translation>
    </message>
    <message>
        <source>No conflicts: every record changed on one side only.</source>
        <translation>Tidak ada konflik: setiap data hanya berubah di satu pihak.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed in both offices. Choose per record which version to keep.</source>
        <translation>
            <numerusform>%n data diubah di kedua kantor. Pilih untuk setiap data versi mana yang dipakai.</numerusform>
        </translation>
    </message>
    <message>
        <source>This package was already imported on %1; importing it again changes nothing that was not changed here since.</source>
        <translation>Paket ini sudah diimpor pada %1; mengimpornya lagi tidak mengubah apa pun kecuali yang sudah diubah di sini sejak itu.</translation>
    </message>
    <message>
        <source>Package contents: %1. Nothing is saved until you press Import.</source>
        <translation>Isi paket: %1. Tidak ada yang disimpan sebelum Anda menekan Impor.</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n change(s) saved, one audit entry each.</source>
        <translation>
            <numerusform>Diimpor: %n perubahan disimpan, masing-masing dengan satu entri jejak audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: %1 kept as here, %2 taken from the sender.</source>
        <translation>Konflik: %1 tetap seperti di sini, %2 diambil dari pengirim.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>imbang::exchangeui::KnownOfficesModel</name>
    <message>
        <source>Trusted</source>
        <translation>Dipercaya</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Tidak dipercaya</translation>
    </message>
    <message>
        <source>Office id %1</source>
        <translation>ID kantor %1</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Sidik kunci</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Kepercayaan</translation>
    </message>
    <message>
        <source>Last package received</source>
        <translation>Paket terakhir diterima</translation>
    </message>
    <message>
        <source>Last package sent</source>
        <translation>Paket terakhir dikirim</translation>
    </message>
</context>
<context>
    <name>imbang::exchangeui::TrustedOfficesWidget</name>
    <message>
        <source>This office</source>
        <translation>Kantor ini</translation>
    </message>
    <message>
        <source>Read this fingerprint out to another office over the phone, so that they can check that a package really comes from you before they trust it.</source>
        <translation>Bacakan sidik kunci ini kepada kantor lain lewat telepon, agar mereka dapat memastikan bahwa paket benar-benar berasal dari Anda sebelum memercayainya.</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Kantor:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Sidik kunci:</translation>
    </message>
    <message>
        <source>Offices that sent packages</source>
        <translation>Kantor yang mengirim paket</translation>
    </message>
    <message>
        <source>Trust…</source>
        <translation>Percayai…</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>Berhenti memercayai…</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(belum bernama)</translation>
    </message>
    <message>
        <source>Trust office</source>
        <translation>Percayai kantor</translation>
    </message>
    <message>
        <source>Trust %1? Do this only after the office read out its key fingerprint %2 to you by phone and it matched.</source>
        <translation>Percayai %1? Lakukan ini hanya setelah kantor itu membacakan sidik kuncinya %2 kepada Anda lewat telepon dan ternyata cocok.</translation>
    </message>
    <message>
        <source>%1 is trusted.</source>
        <translation>%1 dipercaya.</translation>
    </message>
    <message>
        <source>Stop trusting office</source>
        <translation>Berhenti memercayai kantor</translation>
    </message>
    <message>
        <source>Stop trusting %1? Its packages will need a new confirmation before they can be imported.</source>
        <translation>Berhenti memercayai %1? Paket-paketnya akan memerlukan konfirmasi baru sebelum dapat diimpor.</translation>
    </message>
    <message>
        <source>%1 is no longer trusted.</source>
        <translation>%1 tidak lagi dipercaya.</translation>
    </message>
</context>
</TS>
