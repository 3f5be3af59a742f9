<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AuditTrail</name>
    <message>
        <source>writing the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is missing (the next one found is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is broken: %1. %n entries before it are intact.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
    <message numerus="yes">
        <source>%1 has %n sheet(s); there is no sheet %2.</source>
        <translation>
            <numerusform>%1 memiliki %n lembar; lembar %2 tidak ada.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains no data: every sheet is empty.</source>
        <translation>%1 tidak berisi data: semua lembarnya kosong.</translation>
    </message>
    <message>
        <source>Import an agency staff list (.xlsx, .ods or .csv): employees are added or updated by NIP.</source>
        <translation>Impor daftar pegawai dari instansi (.xlsx, .ods atau .csv): pegawai ditambahkan atau diperbarui menurut NIP.</translation>
    </message>
    <message>
        <source>The spreadsheet to import.</source>
        <translation>Lembar kerja yang diimpor.</translation>
    </message>
    <message>
        <source>Sheet number to import (default: the first with data).</source>
        <translation>Nomor lembar yang diimpor (bawaan: lembar pertama yang berisi data).</translation>
    </message>
    <message>
        <source>Check the file and print what would happen; change nothing.</source>
        <translation>Periksa berkas dan tampilkan apa yang akan terjadi; tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>Write the problems found to this .xlsx or .csv file.</source>
        <translation>Tulis masalah yang ditemukan ke berkas .xlsx atau .csv ini.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>Import nothing when any row is rejected.</source>
        <translation>Jangan impor apa pun bila ada baris yang ditolak.</translation>
    </message>
    <message>
        <source>Treat a changed unit or position of a known employee as a data correction and apply it (default: keep the record and list the change for the transfer workflow).</source>
        <translation>Anggap perubahan unit atau jabatan pegawai yang sudah terdaftar sebagai koreksi data dan terapkan (bawaan: data tetap, perubahan dicatat untuk proses mutasi).</translation>
    </message>
    <message>
        <source>Print how long reading, checking and saving took.</source>
        <translation>Tampilkan lama waktu membaca, memeriksa dan menyimpan.</translation>
    </message>
    <message>
        <source>Name exactly one file to import.</source>
        <translation>Sebutkan tepat satu berkas yang diimpor.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: %3 rows.</source>
        <translation>%1, lembar &quot;%2&quot;: %3 baris.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Baru: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Diperbarui: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Tidak berubah: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
    <message>
        <source>Rows with warnings: %1</source>
        <translation>Baris dengan peringatan: %1</translation>
    </message>
    <message>
        <source>Known employees with another unit or position: %1</source>
        <translation>Pegawai terdaftar dengan unit atau jabatan lain: %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Uji coba: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>--strict: rows were rejected, so nothing was written.</source>
        <translation>--strict: ada baris yang ditolak, jadi tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Saved as import %1.</source>
        <translation>Disimpan sebagai impor nomor %1.</translation>
    </message>
    <message>
        <source>Import a unit list (code, name, kind, parent code, region, coordinates); units are added or updated by code.</source>
        <translation>Impor daftar unit (kode, nama, jenis, kode induk, wilayah, koordinat); unit ditambahkan atau diperbarui menurut kode.</translation>
    </message>
    <message>
        <source>The unit list to import.</source>
        <translation>Daftar unit yang diimpor.</translation>
    </message>
    <message>
        <source>Units new: %1, updated: %2, unchanged: %3, rejected: %4.</source>
        <translation>Unit baru: %1, diperbarui: %2, tidak berubah: %3, ditolak: %4.</translation>
    </message>
    <message>
        <source>List the imports done so far, or undo one with --undo.</source>
        <translation>Tampilkan impor yang sudah dilakukan, atau batalkan salah satunya dengan --undo.</translation>
    </message>
    <message>
        <source>Undo the import with this number.</source>
        <translation>Batalkan impor dengan nomor ini.</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>Impor %1 telah dibatalkan.</translation>
    </message>
    <message>
        <source>%1  %2  %3: %4 new, %5 updated, %6 rejected%7</source>
        <translation>%1  %2  %3: %4 baru, %5 diperbarui, %6 ditolak%7</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (dibatalkan)</translation>
    </message>
    <message>
        <source>Import an agency staff list.</source>
        <translation>Impor daftar pegawai instansi.</translation>
    </message>
    <message>
        <source>Import a unit list.</source>
        <translation>Impor daftar unit.</translation>
    </message>
    <message>
        <source>List or undo imports.</source>
        <translation>Tampilkan atau batalkan impor.</translation>
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
    <name>CsvReader</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Kode unit kerja</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
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
    <name>ErrorReport</name>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Isi</translation>
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
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>The error report can be written as .xlsx or .csv, not as &quot;%1&quot;.</source>
        <translation>Laporan masalah dapat disimpan sebagai .xlsx atau .csv, bukan sebagai &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The error report %1 cannot be written: %2</source>
        <translation>Laporan masalah %1 tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>The error report %1 cannot be written.</source>
        <translation>Laporan masalah %1 tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportAnalyzer</name>
    <message>
        <source>&quot;%1&quot; is not an employment status. Write PNS, CPNS or PPPK.</source>
        <translation>&quot;%1&quot; bukan status kepegawaian. Tulis PNS, CPNS atau PPPK.</translation>
    </message>
    <message>
        <source>The name is empty. Every row needs the employee&apos;s name.</source>
        <translation>Nama kosong. Setiap baris harus berisi nama pegawai.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender. Write L or P (Laki-laki / Perempuan).</source>
        <translation>&quot;%1&quot; bukan jenis kelamin. Tulis L atau P (Laki-laki / Perempuan).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rank (golongan). Write it like III/b, or IX for PPPK.</source>
        <translation>&quot;%1&quot; bukan golongan. Tulis seperti III/b, atau IX untuk PPPK.</translation>
    </message>
    <message>
        <source>Rank %1 does not exist for %2 employees.</source>
        <translation>Golongan %1 tidak ada untuk pegawai %2.</translation>
    </message>
    <message>
        <source>The unit is empty; the employee will have no unit.</source>
        <translation>Unit kerja kosong; pegawai ini tidak akan memiliki unit kerja.</translation>
    </message>
    <message>
        <source>The position &quot;%1&quot; is not in the catalogue. Add it to the catalogue first or correct the name.</source>
        <translation>Jabatan &quot;%1&quot; tidak ada dalam daftar jabatan. Tambahkan dulu ke daftar jabatan atau perbaiki namanya.</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; is not in the unit list. Import the unit list first (imbang-cli import-units), or choose or create the unit in the import wizard.</source>
        <translation>Unit &quot;%1&quot; tidak ada dalam daftar unit. Impor dulu daftar unit (imbang-cli import-units), atau pilih atau buat unit itu di panduan impor.</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; is not in the unit list. Closest: %2. Correct the name, or choose the unit in the import wizard.</source>
        <translation>Unit &quot;%1&quot; tidak ada dalam daftar unit. Yang paling mirip: %2. Perbaiki namanya, atau pilih unitnya di panduan impor.</translation>
    </message>
    <message>
        <source>No header row was found in sheet &quot;%1&quot;: none of its first 30 rows has column names such as NIP and Nama. Add a header row above the data.</source>
        <translation>Baris judul kolom tidak ditemukan di lembar &quot;%1&quot;: tidak satu pun dari 30 baris pertamanya berisi nama kolom seperti NIP dan Nama. Tambahkan baris judul kolom di atas data.</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; has no NIP column (the header in row %2 reads: %3). Name the column &quot;NIP&quot; or choose it in the column mapping; employees are matched by NIP.</source>
        <translation>Lembar &quot;%1&quot; tidak memiliki kolom NIP (judul kolom di baris %2: %3). Beri nama kolom itu &quot;NIP&quot; atau pilih di pemetaan kolom; pegawai dicocokkan menurut NIP.</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; has column headers in row %2 but no data below them.</source>
        <translation>Lembar &quot;%1&quot; memiliki judul kolom di baris %2 tetapi tidak ada data di bawahnya.</translation>
    </message>
    <message>
        <source>Checking the rows was cancelled.</source>
        <translation>Pemeriksaan baris dibatalkan.</translation>
    </message>
    <message>
        <source>NIP %1 appears more than once in the file (rows %2). Keep one row per employee.</source>
        <translation>NIP %1 muncul lebih dari sekali dalam berkas (baris %2). Sisakan satu baris untuk setiap pegawai.</translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <source>There is no import number %1.</source>
        <translation>Tidak ada impor dengan nomor %1.</translation>
    </message>
    <message>
        <source>The import of %1 was already undone.</source>
        <translation>Impor %1 sudah dibatalkan sebelumnya.</translation>
    </message>
    <message>
        <source>The import of %1 cannot be undone: records it wrote were changed afterwards, for example %2. Undo the later imports or edits first.</source>
        <translation>Impor %1 tidak dapat dibatalkan: data yang ditulisnya sudah diubah sesudahnya, misalnya %2. Batalkan dulu impor atau perubahan yang lebih baru.</translation>
    </message>
    <message>
        <source>Undoing the import of %1 failed; nothing was changed. %2</source>
        <translation>Pembatalan impor %1 gagal; tidak ada yang diubah. %2</translation>
    </message>
    <message>
        <source>The saved state of a record of this import is unreadable; the import cannot be undone.</source>
        <translation>Salinan data lama dari impor ini tidak terbaca; impor tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Undo of the import of %1 (%2 records)</source>
        <translation>Pembatalan impor %1 (%2 data)</translation>
    </message>
</context>
<context>
    <name>ImportCommitter</name>
    <message>
        <source>Saving the import failed: %1</source>
        <translation>Penyimpanan impor gagal: %1</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>Impor tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Impor dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Row %1: the previous record of NIP %2 is missing; check the file again.</source>
        <translation>Baris %1: data lama NIP %2 tidak ditemukan; periksa berkas sekali lagi.</translation>
    </message>
    <message>
        <source>Import of %1: %2 new, %3 updated, %4 rejected</source>
        <translation>Impor %1: %2 baru, %3 diperbarui, %4 ditolak</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>(ignore)</source>
        <translation>(abaikan)</translation>
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
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>Rank (golongan)</source>
        <translation>Golongan/ruang</translation>
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
        <source>Position TMT</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Nama unit kerja</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Kode unit kerja</translation>
    </message>
    <message>
        <source>CPNS TMT</source>
        <translation>TMT CPNS</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Unit/position differs</source>
        <translation>Unit/jabatan berbeda</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
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
    <name>OrcusReader</name>
    <message>
        <source>The file is too large to read in the memory of this computer. Split it into smaller files and import them one after another.</source>
        <translation>Berkas terlalu besar untuk dibaca dengan memori komputer ini. Bagi menjadi beberapa berkas yang lebih kecil dan impor satu per satu.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read (%1). Open it in the spreadsheet program, save it again and import the new file.</source>
        <translation>Berkas rusak dan tidak dapat dibaca (%1). Buka di program lembar kerja, simpan ulang, lalu impor berkas yang baru.</translation>
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
        <translation type="unfinished"></translation>
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
    <name>UnitListImporter</name>
    <message>
        <source>No header row with a unit code and a unit name column was found. The unit list needs the columns Kode Unit and Nama Unit (and may have Jenis, Induk, Kabupaten/Kota, Lintang, Bujur).</source>
        <translation>Tidak ditemukan baris judul dengan kolom kode unit dan nama unit. Daftar unit memerlukan kolom Kode Unit dan Nama Unit (dan boleh memiliki Jenis, Induk, Kabupaten/Kota, Lintang, Bujur).</translation>
    </message>
    <message>
        <source>The unit list has a header but no units below it.</source>
        <translation>Daftar unit memiliki judul kolom tetapi tidak ada unit di bawahnya.</translation>
    </message>
    <message>
        <source>The unit code and the unit name must both be filled in.</source>
        <translation>Kode unit dan nama unit harus diisi keduanya.</translation>
    </message>
    <message>
        <source>Unit code %1 appears again (first in row %2).</source>
        <translation>Kode unit %1 muncul lagi (pertama kali di baris %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit kind. Use OPD, SEKOLAH, PUSKESMAS, BIDANG, UPTD or LAINNYA.</source>
        <translation>&quot;%1&quot; bukan jenis unit. Gunakan OPD, SEKOLAH, PUSKESMAS, BIDANG, UPTD atau LAINNYA.</translation>
    </message>
    <message>
        <source>The coordinates must be decimal degrees, for example -1.61 and 103.61.</source>
        <translation>Koordinat harus dalam derajat desimal, misalnya -1.61 dan 103.61.</translation>
    </message>
    <message>
        <source>The parent unit %1 is not in the list; the unit was saved without a parent.</source>
        <translation>Unit induk %1 tidak ada dalam daftar; unit disimpan tanpa induk.</translation>
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
    <name>ValueParser</name>
    <message>
        <source>&quot;%1&quot; is not a date Imbang understands. Write it as dd-mm-yyyy (for example 07-12-1998) or as a date cell of the spreadsheet.</source>
        <translation>&quot;%1&quot; bukan tanggal yang dikenali Imbang. Tulis sebagai dd-mm-yyyy (misalnya 07-12-1998) atau sebagai sel tanggal di lembar kerja.</translation>
    </message>
    <message>
        <source>The NIP %1 was stored as a number, so the spreadsheet kept only its first 15 digits and the real NIP is lost. Format the NIP column as Text in Excel, type the NIPs again (or start each with an apostrophe &apos;) and send the file again.</source>
        <translation>NIP %1 tersimpan sebagai angka, sehingga lembar kerja hanya menyimpan 15 digit pertamanya dan NIP yang sebenarnya hilang. Format kolom NIP sebagai Teks (Text) di Excel, ketik ulang NIP-nya (atau awali masing-masing dengan tanda petik &apos;) lalu kirim ulang berkasnya.</translation>
    </message>
    <message>
        <source>The NIP is empty. Every row needs the employee&apos;s NIP.</source>
        <translation>NIP kosong. Setiap baris harus berisi NIP pegawai.</translation>
    </message>
</context>
<context>
    <name>WorkbookLoader</name>
    <message>
        <source>%1 is not a spreadsheet. Imbang reads Excel workbooks (.xlsx), LibreOffice spreadsheets (.ods) and CSV text files (.csv). Ask the agency for one of these.</source>
        <translation>%1 bukan lembar kerja. Imbang membaca buku kerja Excel (.xlsx), lembar kerja LibreOffice (.ods) dan berkas teks CSV (.csv). Mintalah salah satunya kepada instansi.</translation>
    </message>
    <message>
        <source>%1 is protected with a password, so it cannot be read. Open it in the spreadsheet program with the password, save a copy without a password and import that copy.</source>
        <translation>%1 dilindungi kata sandi, sehingga tidak dapat dibaca. Buka di program lembar kerja dengan kata sandinya, simpan salinan tanpa kata sandi, lalu impor salinan itu.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>Berkas %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Ask the agency to send the file again.</source>
        <translation>%1 kosong (0 bait). Mintalah instansi mengirim ulang berkasnya.</translation>
    </message>
    <message>
        <source>%1 is in the old Excel 97-2003 format (.xls). Open it in Excel or LibreOffice, choose &quot;Save As&quot;, pick &quot;Excel Workbook (.xlsx)&quot; and import the saved file.</source>
        <translation>%1 memakai format lama Excel 97-2003 (.xls). Buka di Excel atau LibreOffice, pilih &quot;Simpan Sebagai&quot;, pilih &quot;Excel Workbook (.xlsx)&quot;, lalu impor berkas yang disimpan.</translation>
    </message>
    <message>
        <source>%1 would unpack to %2 MB, more than the %3 MB an import may use. A genuine staff list is far smaller: the file is damaged or was made to overload the computer. Ask the agency for a new copy, or split a very large list into several files.</source>
        <translation>%1 akan membesar menjadi %2 MB saat dibuka, melebihi batas %3 MB untuk satu impor. Daftar pegawai yang wajar jauh lebih kecil: berkas ini rusak atau dibuat untuk membebani komputer. Mintalah salinan baru kepada instansi, atau bagi daftar yang sangat besar menjadi beberapa berkas.</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Pembacaan dibatalkan.</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows, more than one import may take. Split the list into files of at most %2 rows (for example one per agency) and import them one after another.</source>
        <translation>%1 memiliki lebih dari %2 baris, melebihi batas satu impor. Bagi daftar menjadi berkas berisi paling banyak %2 baris (misalnya satu berkas per instansi) dan impor satu per satu.</translation>
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
    <name>ZipDirectory</name>
    <message>
        <source>The file is damaged or incomplete (it may have been cut off while copying or downloading). Ask the agency to send it again, or open it in the spreadsheet program and save it once more.</source>
        <translation>Berkas rusak atau tidak lengkap (mungkin terpotong saat disalin atau diunduh). Mintalah instansi mengirim ulang, atau buka di program lembar kerja dan simpan sekali lagi.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>imbang::ImportBatchesDialog</name>
    <message>
        <source>Import history</source>
        <translation>Riwayat impor</translation>
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
        <source>File</source>
        <translation>Berkas</translation>
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
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Batalkan impor ini</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>berlaku</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <source>Undo import %1 (%2)? Employees it added are removed and those it changed get their previous data back.</source>
        <translation>Batalkan impor %1 (%2)? Pegawai yang ditambahkannya akan dihapus dan pegawai yang diubahnya mendapatkan kembali data lamanya.</translation>
    </message>
    <message>
        <source>The import was not undone</source>
        <translation>Impor tidak dibatalkan</translation>
    </message>
</context>
<context>
    <name>imbang::ImportCommitPage</name>
    <message>
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Membatalkan...</translation>
    </message>
    <message>
        <source>Saving %1 ...</source>
        <translation>Menyimpan %1 ...</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Impor dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Saving failed; nothing was saved. %1</source>
        <translation>Penyimpanan gagal; tidak ada yang disimpan. %1</translation>
    </message>
</context>
<context>
    <name>imbang::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Pilih berkas</translation>
    </message>
    <message>
        <source>A staff list from an agency: Excel (.xlsx), LibreOffice (.ods) or CSV (.csv), for example SIASN&apos;s &quot;Export Data ASN&quot;.</source>
        <translation>Daftar pegawai dari instansi: Excel (.xlsx), LibreOffice (.ods) atau CSV (.csv), misalnya &quot;Export Data ASN&quot; dari SIASN.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Telusuri...</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Lembar:</translation>
    </message>
    <message>
        <source>Choose a staff list</source>
        <translation>Pilih daftar pegawai</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv *.txt);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.ods *.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>Berkas tidak dapat diimpor</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n baris)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every sheet of this file is empty.</source>
        <translation>Semua lembar berkas ini kosong.</translation>
    </message>
</context>
<context>
    <name>imbang::ImportMappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Periksa kolom</translation>
    </message>
    <message>
        <source>Choose for every column of the file which field it holds. Columns set to &quot;(ignore)&quot; are not imported. The NIP column is required.</source>
        <translation>Pilih untuk setiap kolom berkas isian apa yang dimuatnya. Kolom &quot;(abaikan)&quot; tidak diimpor. Kolom NIP wajib ada.</translation>
    </message>
    <message>
        <source>Column names are in row:</source>
        <translation>Nama kolom ada di baris:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom dalam berkas</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Isi pertama</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>No column is mapped to NIP yet: choose the column that holds the NIP.</source>
        <translation>Belum ada kolom untuk NIP: pilih kolom yang berisi NIP.</translation>
    </message>
    <message>
        <source>The columns are not complete</source>
        <translation>Kolom belum lengkap</translation>
    </message>
    <message>
        <source>The file cannot be checked</source>
        <translation>Berkas tidak dapat diperiksa</translation>
    </message>
</context>
<context>
    <name>imbang::ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>imbang::ImportPreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Periksa baris</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Rows with errors are skipped; point at a marked cell to read what is wrong.</source>
        <translation>Belum ada yang disimpan. Baris yang bergalat dilewati; arahkan penunjuk ke sel bertanda untuk membaca masalahnya.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Semua baris</translation>
    </message>
    <message>
        <source>Rows that need attention</source>
        <translation>Baris yang perlu diperhatikan</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Baris bergalat</translation>
    </message>
    <message>
        <source>Changed unit or position</source>
        <translation>Unit atau jabatan berubah</translation>
    </message>
    <message>
        <source>Save error &amp;report...</source>
        <translation>Simpan &amp;laporan masalah...</translation>
    </message>
    <message>
        <source>Known employee with another unit or position</source>
        <translation>Pegawai terdaftar dengan unit atau jabatan lain</translation>
    </message>
    <message>
        <source>Correct the record (data correction)</source>
        <translation>Perbaiki data (koreksi data)</translation>
    </message>
    <message>
        <source>Record as a transfer (kept for the transfer workflow)</source>
        <translation>Catat sebagai mutasi (disimpan untuk proses mutasi)</translation>
    </message>
    <message>
        <source>Decide later (record left unchanged)</source>
        <translation>Putuskan nanti (data tidak diubah)</translation>
    </message>
    <message>
        <source>Apply to selected rows</source>
        <translation>Terapkan ke baris terpilih</translation>
    </message>
    <message>
        <source>Units not in the unit list</source>
        <translation>Unit yang tidak ada dalam daftar unit</translation>
    </message>
    <message>
        <source>Unit as written</source>
        <translation>Unit seperti tertulis</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Gunakan</translation>
    </message>
    <message>
        <source>Apply unit choices</source>
        <translation>Terapkan pilihan unit</translation>
    </message>
    <message>
        <source>-problems.xlsx</source>
        <translation>-masalah.xlsx</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>Simpan laporan masalah</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 to update, %4 unchanged, %5 with errors (skipped).</source>
        <translation>%1 baris: %2 baru, %3 diperbarui, %4 tidak berubah, %5 bergalat (dilewati).</translation>
    </message>
    <message numerus="yes">
        <source>%n known employee(s) with another unit or position.</source>
        <translation>
            <numerusform>%n pegawai terdaftar dengan unit atau jabatan lain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new position(s) will be added to the catalogue.</source>
        <translation>
            <numerusform>%n jabatan baru akan ditambahkan ke daftar jabatan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation>Lewati baris-baris ini</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Create a new unit &quot;%1&quot;</source>
        <translation>Buat unit baru &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The file cannot be checked</source>
        <translation>Berkas tidak dapat diperiksa</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Laporan tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>imbang::ImportResultPage</name>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>Save error &amp;report for the agency...</source>
        <translation>Simpan &amp;laporan masalah untuk instansi...</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>Simpan laporan masalah</translation>
    </message>
    <message>
        <source>-problems.xlsx</source>
        <translation>-masalah.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Laporan tidak tersimpan</translation>
    </message>
    <message>
        <source>%1 was imported as import number %2.</source>
        <translation>%1 telah diimpor sebagai impor nomor %2.</translation>
    </message>
    <message>
        <source>New employees: %1</source>
        <translation>Pegawai baru: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Diperbarui: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Tidak berubah: %1</translation>
    </message>
    <message>
        <source>Rows skipped because of errors: %1</source>
        <translation>Baris yang dilewati karena galat: %1</translation>
    </message>
    <message>
        <source>Changed units or positions kept for a decision or a transfer: %1</source>
        <translation>Perubahan unit atau jabatan yang menunggu keputusan atau mutasi: %1</translation>
    </message>
    <message>
        <source>Positions added to the catalogue: %1</source>
        <translation>Jabatan yang ditambahkan ke daftar jabatan: %1</translation>
    </message>
    <message>
        <source>Units added: %1</source>
        <translation>Unit yang ditambahkan: %1</translation>
    </message>
    <message>
        <source>&quot;Import history&quot; can undo this import.</source>
        <translation>Impor ini dapat dibatalkan melalui &quot;Riwayat impor&quot;.</translation>
    </message>
</context>
<context>
    <name>imbang::ImportWizard</name>
    <message>
        <source>Import staff list</source>
        <translation>Impor daftar pegawai</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
</TS>
