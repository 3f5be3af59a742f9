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
        <translation>entri %1 hilang (entri berikutnya yang ada adalah %2)</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>entri %1 tidak tersambung dengan entri sebelumnya</translation>
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
    <name>CatalogChanges</name>
    <message>
        <source>Enter the position name.</source>
        <translation>Isikan nama jabatan.</translation>
    </message>
    <message>
        <source>The position %1 exists already.</source>
        <translation>Jabatan %1 sudah ada.</translation>
    </message>
    <message>
        <source>A retirement age must lie between 40 and 75.</source>
        <translation>Batas usia pensiun harus antara 40 dan 75 tahun.</translation>
    </message>
    <message>
        <source>Add position %1</source>
        <translation>Tambah jabatan %1</translation>
    </message>
    <message>
        <source>The position no longer exists.</source>
        <translation>Jabatan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Edit position %1</source>
        <translation>Ubah jabatan %1</translation>
    </message>
    <message>
        <source>The position %1 is in use and cannot be removed.</source>
        <translation>Jabatan %1 masih dipakai sehingga tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Remove position %1</source>
        <translation>Hapus jabatan %1</translation>
    </message>
    <message>
        <source>A need must be a number from 0 upwards.</source>
        <translation>Kebutuhan harus berupa angka 0 atau lebih.</translation>
    </message>
    <message>
        <source>The unit or position no longer exists.</source>
        <translation>Unit atau jabatan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Set the need for %1 at %2</source>
        <translation>Tetapkan kebutuhan %1 di %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <source>Run &quot;imbang-cli %1 --help&quot; for the options.</source>
        <translation>Jalankan &quot;imbang-cli %1 --help&quot; untuk melihat pilihannya.</translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation>Cara pakai: </translation>
    </message>
    <message>
        <source>The office database (default: %1).</source>
        <translation>Basis data kantor (bawaan: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 harus bilangan bulat dari %2 sampai %3, bukan &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Usage: imbang-cli &lt;command&gt; [options]</source>
        <translation>Cara pakai: imbang-cli &lt;perintah&gt; [pilihan]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>&quot;imbang-cli &lt;command&gt; --help&quot; shows the options of a command.</source>
        <translation>&quot;imbang-cli &lt;perintah&gt; --help&quot; menampilkan pilihan sebuah perintah.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 bad input, 2 usage error.</source>
        <translation>Kode keluar: 0 berhasil, 1 masukan salah, 2 salah cara pakai.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Perintah &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>Create an empty office database.</source>
        <translation>Buat basis data kantor yang kosong.</translation>
    </message>
    <message>
        <source>Name of the office.</source>
        <translation>Nama kantor.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>Region of the office.</source>
        <translation>Wilayah kantor.</translation>
    </message>
    <message>
        <source>Created %1 (schema version %2).</source>
        <translation>%1 dibuat (versi skema %2).</translation>
    </message>
    <message>
        <source>Count units, positions and employees, and show the schema version.</source>
        <translation>Hitung unit, jabatan dan pegawai, serta tampilkan versi skema.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Cetak sebagai JSON.</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Kantor: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versi skema: %1</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Positions: %1</source>
        <translation>Jabatan: %1</translation>
    </message>
    <message>
        <source>Active employees: %1</source>
        <translation>Pegawai aktif: %1</translation>
    </message>
    <message>
        <source>Inactive employees: %1</source>
        <translation>Pegawai nonaktif: %1</translation>
    </message>
    <message>
        <source>List employees with their fields.</source>
        <translation>Daftar pegawai beserta datanya.</translation>
    </message>
    <message>
        <source>Only this unit and its sub-units (unit code).</source>
        <translation>Hanya unit ini dan sub-unitnya (kode unit).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>Words in the name or NIP.</source>
        <translation>Kata dalam nama atau NIP.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>Include inactive employees.</source>
        <translation>Sertakan pegawai nonaktif.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Cetak sebagai CSV.</translation>
    </message>
    <message>
        <source>Choose either --json or --csv, not both.</source>
        <translation>Pilih --json atau --csv, jangan keduanya.</translation>
    </message>
    <message>
        <source>There is no unit with code &quot;%1&quot;. &quot;imbang-cli units&quot; lists the codes.</source>
        <translation>Tidak ada unit dengan kode &quot;%1&quot;. Perintah &quot;imbang-cli units&quot; menampilkan daftar kode.</translation>
    </message>
    <message>
        <source>Create a database filled with fictional Jambi-like demo data.</source>
        <translation>Buat basis data berisi data demo fiktif bergaya Jambi.</translation>
    </message>
    <message>
        <source>Number of employees (default 5000).</source>
        <translation>Jumlah pegawai (bawaan 5000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Benih acak (bawaan 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Demo database %1: %2 units, %3 positions, %4 employees.</source>
        <translation>Basis data demo %1: %2 unit, %3 jabatan, %4 pegawai.</translation>
    </message>
    <message>
        <source>Count units, positions and employees.</source>
        <translation>Hitung unit, jabatan dan pegawai.</translation>
    </message>
    <message>
        <source>List employees.</source>
        <translation>Daftar pegawai.</translation>
    </message>
    <message>
        <source>Create a demo database.</source>
        <translation>Buat basis data demo.</translation>
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
        <translation>Pindah keluar instansi</translation>
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
        <translation>Jabatan Pimpinan Tinggi (JPT)</translation>
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
        <translation>Berkas %1 tidak ada. Periksa nama dan foldernya, atau buat basis data baru.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: you have no permission to open it. Ask the computer&apos;s administrator.</source>
        <translation>Berkas %1 tidak dapat dibaca: Anda tidak punya izin membukanya. Hubungi pengelola komputer ini.</translation>
    </message>
    <message>
        <source>The file %1 is not an Imbang database (it is not an SQLite file). Choose the .sqlite file of your office.</source>
        <translation>Berkas %1 bukan basis data Imbang (bukan berkas SQLite). Pilih berkas .sqlite milik kantor Anda.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not of Imbang. It was left unchanged.</source>
        <translation>Berkas %1 adalah basis data SQLite milik program lain, bukan basis data Imbang. Berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>The file %1 is damaged (the integrity check failed). It was left unchanged. Open your latest backup copy instead.</source>
        <translation>Berkas %1 rusak (pemeriksaan keutuhan gagal). Berkas itu tidak diubah. Bukalah salinan cadangan terakhir Anda.</translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of Imbang. Install the newest Imbang to open it.</source>
        <translation>Berkas %1 dibuat oleh Imbang versi yang lebih baru. Pasang Imbang terbaru untuk membukanya.</translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of Imbang. Install Imbang %2 or later to open it.</source>
        <translation>Berkas %1 dibuat oleh Imbang versi yang lebih baru. Pasang Imbang %2 atau yang lebih baru untuk membukanya.</translation>
    </message>
    <message>
        <source>The file %1 is locked by another program that is writing to it. Close that program (or wait for it to finish) and try again.</source>
        <translation>Berkas %1 sedang dikunci oleh program lain yang sedang menulis ke dalamnya. Tutup program itu (atau tunggu sampai selesai), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file %1 was made by an older Imbang and must be upgraded, but it is in a read-only location. Copy it to a folder you can write to and open the copy.</source>
        <translation>Berkas %1 dibuat oleh Imbang versi lama dan harus diperbarui, tetapi letaknya hanya-baca. Salin ke folder yang dapat Anda tulisi, lalu buka salinannya.</translation>
    </message>
    <message>
        <source>The file %1 could not be upgraded; it was left as it was. %2</source>
        <translation>Berkas %1 tidak dapat diperbarui; berkas itu dibiarkan seperti semula. %2</translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>Basis data %1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or open it instead.</source>
        <translation>Berkas %1 sudah ada. Pilih nama lain, atau buka berkas itu.</translation>
    </message>
    <message>
        <source>The file %1 is in a read-only location, so it was opened read-only: you can look but not change anything. Copy it to a folder you can write to for editing.</source>
        <translation>Berkas %1 berada di tempat hanya-baca, jadi dibuka dalam mode hanya-baca: Anda dapat melihat tetapi tidak dapat mengubah apa pun. Salin ke folder yang dapat Anda tulisi untuk menyunting.</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>foldernya tidak dapat dibuat</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The database already holds data; demo data goes only into an empty database.</source>
        <translation>Basis data sudah berisi data; data demo hanya dapat dimasukkan ke basis data kosong.</translation>
    </message>
    <message>
        <source>The number of employees must be between 0 and 2,000,000.</source>
        <translation>Jumlah pegawai harus antara 0 dan 2.000.000.</translation>
    </message>
</context>
<context>
    <name>EmployeeBatchWriter</name>
    <message>
        <source>NIP %1 appears twice.</source>
        <translation>NIP %1 muncul dua kali.</translation>
    </message>
    <message>
        <source>Employee %1 could not be saved: %2</source>
        <translation>Pegawai %1 tidak dapat disimpan: %2</translation>
    </message>
</context>
<context>
    <name>EmployeeChanges</name>
    <message>
        <source>Deactivate %1</source>
        <translation>Nonaktifkan %1</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Aktifkan kembali %1</translation>
    </message>
    <message>
        <source>Change position of %1</source>
        <translation>Ubah jabatan %1</translation>
    </message>
    <message>
        <source>Change unit of %1</source>
        <translation>Ubah unit kerja %1</translation>
    </message>
    <message>
        <source>Change rank of %1</source>
        <translation>Ubah golongan %1</translation>
    </message>
    <message>
        <source>Change name of %1</source>
        <translation>Ubah nama %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ubah data %1</translation>
    </message>
    <message>
        <source>Add employee %1</source>
        <translation>Tambah pegawai %1</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Remove employee %1</source>
        <translation>Hapus pegawai %1</translation>
    </message>
</context>
<context>
    <name>EmployeeList</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Birth date</source>
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
        <source>Unit code</source>
        <translation>Kode unit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
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
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Retirement date</source>
        <translation>Tanggal pensiun</translation>
    </message>
</context>
<context>
    <name>EmployeeProfile</name>
    <message>
        <source>not recorded</source>
        <translation>belum tercatat</translation>
    </message>
    <message>
        <source>%1 — more than 5 years: due for rotation</source>
        <translation>%1 — lebih dari 5 tahun: sudah waktunya rotasi</translation>
    </message>
    <message>
        <source>%1 — under 2 years: not yet movable</source>
        <translation>%1 — kurang dari 2 tahun: belum dapat dimutasi</translation>
    </message>
    <message>
        <source>%1, TMT %2</source>
        <translation>%1, TMT %2</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n tahun</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (retirement age %2)</source>
        <translation>%1 (BUP %2 tahun)</translation>
    </message>
    <message>
        <source>unknown: birth date missing</source>
        <translation>tidak diketahui: tanggal lahir kosong</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive since %1: %2</source>
        <translation>Nonaktif sejak %1: %2</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Place, date of birth</source>
        <translation>Tempat, tanggal lahir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pangkat/golongan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
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
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Years of service</source>
        <translation>Masa kerja</translation>
    </message>
    <message>
        <source>Time in post</source>
        <translation>Lama di jabatan</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Pensiun</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Keaktifan</translation>
    </message>
</context>
<context>
    <name>EmployeeRepository</name>
    <message>
        <source>NIP %1 is already registered to %2.</source>
        <translation>NIP %1 sudah terdaftar atas nama %2.</translation>
    </message>
    <message>
        <source>adding employee %1</source>
        <translation>menambah pegawai %1</translation>
    </message>
    <message>
        <source>saving employee %1</source>
        <translation>menyimpan pegawai %1</translation>
    </message>
</context>
<context>
    <name>EmployeeValidation</name>
    <message>
        <source>Enter the name.</source>
        <translation>Isikan nama.</translation>
    </message>
    <message>
        <source>Enter the birth date.</source>
        <translation>Isikan tanggal lahir.</translation>
    </message>
    <message>
        <source>The birth date %1 gives an age outside 18-80 years.</source>
        <translation>Tanggal lahir %1 menghasilkan usia di luar 18-80 tahun.</translation>
    </message>
    <message>
        <source>Choose the rank (golongan).</source>
        <translation>Pilih golongan.</translation>
    </message>
    <message>
        <source>A PPPK employee has a golongan from I to XVII, not %1.</source>
        <translation>Pegawai PPPK bergolongan I sampai XVII, bukan %1.</translation>
    </message>
    <message>
        <source>A PNS or CPNS has a rank from I/a to IV/e, not PPPK golongan %1.</source>
        <translation>PNS atau CPNS bergolongan I/a sampai IV/e, bukan golongan PPPK %1.</translation>
    </message>
    <message>
        <source>%1 %2 lies in the future.</source>
        <translation>%1 %2 berada di masa depan.</translation>
    </message>
    <message>
        <source>TMT CPNS</source>
        <translation>TMT CPNS</translation>
    </message>
    <message>
        <source>TMT golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <source>Enter the TMT CPNS.</source>
        <translation>Isikan TMT CPNS.</translation>
    </message>
    <message>
        <source>TMT golongan %1 is before TMT CPNS %2.</source>
        <translation>TMT golongan %1 lebih awal dari TMT CPNS %2.</translation>
    </message>
    <message>
        <source>TMT jabatan %1 is before TMT CPNS %2.</source>
        <translation>TMT jabatan %1 lebih awal dari TMT CPNS %2.</translation>
    </message>
    <message>
        <source>TMT CPNS %1 is before the 18th birthday.</source>
        <translation>TMT CPNS %1 lebih awal dari ulang tahun ke-18.</translation>
    </message>
    <message>
        <source>TMT jabatan %1 is more than a year ahead.</source>
        <translation>TMT jabatan %1 lebih dari setahun ke depan.</translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation>Pilih unit kerja.</translation>
    </message>
    <message>
        <source>Choose the position.</source>
        <translation>Pilih jabatan.</translation>
    </message>
    <message>
        <source>Choose why the employee is inactive.</source>
        <translation>Pilih alasan pegawai nonaktif.</translation>
    </message>
    <message>
        <source>Enter the date the employee became inactive.</source>
        <translation>Isikan tanggal pegawai menjadi nonaktif.</translation>
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
    <name>Gui</name>
    <message>
        <source>Balanced staffing for the regional civil service.</source>
        <translation>Pemerataan pegawai ASN daerah.</translation>
    </message>
    <message>
        <source>Open the demo database (made on first use).</source>
        <translation>Buka basis data demo (dibuat saat pertama kali dipakai).</translation>
    </message>
    <message>
        <source>Open this office database.</source>
        <translation>Buka basis data kantor ini.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>A database to open.</source>
        <translation>Basis data yang akan dibuka.</translation>
    </message>
</context>
<context>
    <name>LibraryVersions</name>
    <message>
        <source>public domain</source>
        <translation>domain publik</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This file is an SQLite database but not an Imbang database.</source>
        <translation>Berkas ini basis data SQLite, tetapi bukan basis data Imbang.</translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this program knows (%2).</source>
        <translation>Basis data ini memakai skema versi %1, lebih baru daripada yang dikenal program ini (%2).</translation>
    </message>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation>Pembaruan tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; nothing was changed. %2</source>
        <translation>Pembaruan basis data ke skema versi %1 gagal; tidak ada yang diubah. %2</translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>The NIP is empty.</source>
        <translation>NIP masih kosong.</translation>
    </message>
    <message>
        <source>The NIP may contain only digits; &quot;%1&quot; has other characters.</source>
        <translation>NIP hanya boleh berisi angka; &quot;%1&quot; mengandung karakter lain.</translation>
    </message>
    <message numerus="yes">
        <source>The NIP must have exactly 18 digits; this one has %n.</source>
        <translation>
            <numerusform>NIP harus tepat 18 digit; yang ini %n digit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Digits 1-8 of the NIP (%1) are not a real birth date (YYYYMMDD).</source>
        <translation>Digit 1-8 NIP (%1) bukan tanggal lahir yang benar (TTTTBBHH).</translation>
    </message>
    <message>
        <source>Digit 15 of the NIP is the gender and must be 1 (male) or 2 (female), not %1.</source>
        <translation>Digit ke-15 NIP adalah jenis kelamin dan harus 1 (laki-laki) atau 2 (perempuan), bukan %1.</translation>
    </message>
    <message>
        <source>Digits 16-18 of the NIP are a sequence number from 001 to 999, not 000.</source>
        <translation>Digit 16-18 NIP adalah nomor urut dari 001 sampai 999, bukan 000.</translation>
    </message>
    <message>
        <source>The appointment date in the NIP (%1) is before the person&apos;s 18th birthday.</source>
        <translation>TMT pengangkatan dalam NIP (%1) lebih awal dari ulang tahun ke-18 pegawai tersebut.</translation>
    </message>
    <message>
        <source>The appointment date in the NIP (%1) lies in the future.</source>
        <translation>TMT pengangkatan dalam NIP (%1) berada di masa depan.</translation>
    </message>
    <message>
        <source>Digits 13-14 of the NIP are the month of TMT CPNS and must be 01-12, not %1.</source>
        <translation>Digit 13-14 NIP adalah bulan TMT CPNS dan harus 01-12, bukan %1.</translation>
    </message>
    <message>
        <source>The appointment year in the NI PPPK (%1) is before the person turned 18.</source>
        <translation>Tahun pengangkatan dalam NI PPPK (%1) lebih awal dari usia 18 tahun pegawai tersebut.</translation>
    </message>
    <message>
        <source>The appointment year in the NI PPPK (%1) lies in the future.</source>
        <translation>Tahun pengangkatan dalam NI PPPK (%1) berada di masa depan.</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the NIP, which says %2.</source>
        <translation>Tanggal lahir %1 tidak sesuai dengan NIP, yang menyebut %2.</translation>
    </message>
    <message>
        <source>The gender %1 does not match the NIP, which says %2.</source>
        <translation>Jenis kelamin %1 tidak sesuai dengan NIP, yang menyebut %2.</translation>
    </message>
</context>
<context>
    <name>PositionRepository</name>
    <message>
        <source>adding position %1</source>
        <translation>menambah jabatan %1</translation>
    </message>
    <message>
        <source>saving position %1</source>
        <translation>menyimpan jabatan %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>PDF %1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>Rank</name>
    <message>
        <source>Golongan %1</source>
        <translation>Golongan %1</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Printed on %1</source>
        <translation>Dicetak pada %1</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>folder tersebut tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>it may be open in another program</source>
        <translation>mungkin berkas itu sedang terbuka di program lain</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Kesalahan basis data saat %1: %2</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Kesalahan basis data: %1 (pada: %2)</translation>
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
    <name>Undo</name>
    <message>
        <source>Cannot redo</source>
        <translation>Tidak dapat mengulang</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Tidak dapat mengurungkan</translation>
    </message>
</context>
<context>
    <name>UnitChanges</name>
    <message>
        <source>The unit no longer exists.</source>
        <translation>Unit ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Enter the unit code.</source>
        <translation>Isikan kode unit.</translation>
    </message>
    <message>
        <source>Code %1 is already used by %2.</source>
        <translation>Kode %1 sudah dipakai oleh %2.</translation>
    </message>
    <message>
        <source>Enter the unit name.</source>
        <translation>Isikan nama unit.</translation>
    </message>
    <message>
        <source>Latitude %1 is outside Indonesia (-11.5 to 6.5).</source>
        <translation>Lintang %1 berada di luar Indonesia (-11,5 sampai 6,5).</translation>
    </message>
    <message>
        <source>Longitude %1 is outside Indonesia (94.5 to 141.5).</source>
        <translation>Bujur %1 berada di luar Indonesia (94,5 sampai 141,5).</translation>
    </message>
    <message>
        <source>Add unit %1</source>
        <translation>Tambah unit %1</translation>
    </message>
    <message>
        <source>Rename unit %1 to %2</source>
        <translation>Ganti nama unit %1 menjadi %2</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>Ubah unit %1</translation>
    </message>
    <message>
        <source>%1 cannot be moved under itself or one of its own sub-units.</source>
        <translation>%1 tidak dapat dipindahkan ke bawah dirinya sendiri atau ke bawah salah satu sub-unitnya.</translation>
    </message>
    <message>
        <source>%1 is closed; units cannot be moved into it.</source>
        <translation>%1 sudah ditutup; unit tidak dapat dipindahkan ke dalamnya.</translation>
    </message>
    <message>
        <source>Move unit %1 under %2</source>
        <translation>Pindahkan unit %1 ke bawah %2</translation>
    </message>
    <message>
        <source>Make %1 a top-level agency</source>
        <translation>Jadikan %1 perangkat daerah tingkat teratas</translation>
    </message>
    <message>
        <source>A unit cannot be merged into itself.</source>
        <translation>Unit tidak dapat digabungkan ke dirinya sendiri.</translation>
    </message>
    <message>
        <source>%1 lies under %2; merge it the other way round.</source>
        <translation>%1 berada di bawah %2; gabungkan dengan arah sebaliknya.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 sudah ditutup.</translation>
    </message>
    <message>
        <source>Merge unit %1 into %2</source>
        <translation>Gabungkan unit %1 ke %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n active employee(s). Move them to another unit first.</source>
        <translation>
            <numerusform>%1 masih memiliki %n pegawai aktif. Pindahkan mereka ke unit lain terlebih dahulu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still has the open sub-unit %2. Close or move it first.</source>
        <translation>%1 masih memiliki sub-unit %2 yang terbuka. Tutup atau pindahkan sub-unit itu terlebih dahulu.</translation>
    </message>
    <message>
        <source>Close unit %1</source>
        <translation>Tutup unit %1</translation>
    </message>
    <message>
        <source>Reopen unit %1</source>
        <translation>Buka kembali unit %1</translation>
    </message>
    <message>
        <source>Remove unit %1</source>
        <translation>Hapus unit %1</translation>
    </message>
    <message>
        <source>Undo the merge of unit %1</source>
        <translation>Urungkan penggabungan unit %1</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>adding unit %1</source>
        <translation>menambah unit %1</translation>
    </message>
    <message>
        <source>saving unit %1</source>
        <translation>menyimpan unit %1</translation>
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
    <name>imbang::AboutDialog</name>
    <message>
        <source>About Imbang</source>
        <translation>Tentang Imbang</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <source>Copy the versions of Imbang, its libraries and the operating system, to paste into a message to the developers.</source>
        <translation>Menyalin versi Imbang, pustakanya, dan sistem operasi untuk ditempelkan ke pesan kepada pengembang.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Imbang helps a regional civil-service office (BKD or BKPSDM) keep its staff records, see how civil servants are spread over the agencies and their units, and prepare the transfers that even out the workload.</source>
        <translation>Imbang membantu kantor kepegawaian daerah (BKD atau BKPSDM) mengelola data pegawai, melihat sebaran ASN di perangkat daerah dan unit kerjanya, serta menyiapkan mutasi yang meratakan beban kerja.</translation>
    </message>
    <message>
        <source>Copyright © 2026 the Imbang developers</source>
        <translation>Hak cipta © 2026 para pengembang Imbang</translation>
    </message>
    <message>
        <source>Imbang is free software: you can share and change it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. The Licence tab shows the full text.</source>
        <translation>Imbang adalah perangkat lunak bebas: Anda boleh membagikan dan mengubahnya menurut ketentuan GNU General Public License yang diterbitkan oleh Free Software Foundation, baik versi 3 lisensi tersebut maupun (sesuai pilihan Anda) versi yang lebih baru (GPL-3.0-or-later). Program ini diberikan TANPA JAMINAN APA PUN. Tab Lisensi memuat teks lengkapnya.</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Situs web: %1</translation>
    </message>
    <message>
        <source>Imbang is built on these libraries. The versions are the ones this computer runs now.</source>
        <translation>Imbang dibangun di atas pustaka berikut. Versi yang tertera adalah versi yang sedang dijalankan komputer ini.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>The licence text is missing from this build. It is the GNU General Public License, version 3: https://www.gnu.org/licenses/gpl-3.0.html</source>
        <translation>Teks lisensi tidak ada dalam build ini. Lisensinya adalah GNU General Public License versi 3: https://www.gnu.org/licenses/gpl-3.0.html</translation>
    </message>
    <message>
        <source>Operating system: %1 (%2)</source>
        <translation>Sistem operasi: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>imbang::ui::ChooseDateDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
</context>
<context>
    <name>imbang::ui::ChooseUnitDialog</name>
    <message>
        <source>(none: a top-level agency)</source>
        <translation>(tidak ada: perangkat daerah tingkat teratas)</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
</context>
<context>
    <name>imbang::ui::DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
</context>
<context>
    <name>imbang::ui::DeactivateDialog</name>
    <message>
        <source>Deactivate %1</source>
        <translation>Nonaktifkan %1</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>The record stays, with its history; the person no longer counts as staff in post.</source>
        <translation>Data dan riwayatnya tetap tersimpan; pegawai ini tidak lagi dihitung sebagai pegawai yang menjabat.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Sejak:</translation>
    </message>
</context>
<context>
    <name>imbang::ui::EmployeeActions</name>
    <message>
        <source>&amp;New employee…</source>
        <translation>Pegawai &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Edit employee…</source>
        <translation>&amp;Ubah data pegawai…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Nonaktifkan…</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Aktifkan kembali</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;Salin baris terpilih</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;kspor daftar…</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;Cetak daftar…</translation>
    </message>
    <message>
        <source>Print &amp;profile…</source>
        <translation>Cetak &amp;profil…</translation>
    </message>
    <message>
        <source>Employee not added</source>
        <translation>Pegawai tidak ditambahkan</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Perubahan tidak disimpan</translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation>Tidak dinonaktifkan</translation>
    </message>
    <message>
        <source>Not reactivated</source>
        <translation>Tidak diaktifkan kembali</translation>
    </message>
    <message>
        <source>Export the employee list</source>
        <translation>Ekspor daftar pegawai</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV untuk Excel (*.csv)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Print a long list</source>
        <translation>Mencetak daftar panjang</translation>
    </message>
    <message>
        <source>The list has %1 rows, many pages on paper. Narrow it with the unit tree or the search first, or print anyway?</source>
        <translation>Daftar ini berisi %1 baris, banyak halaman di kertas. Persempit dulu dengan pohon unit atau pencarian, atau tetap dicetak?</translation>
    </message>
    <message>
        <source>Employee list</source>
        <translation>Daftar pegawai</translation>
    </message>
    <message>
        <source>Employee profile</source>
        <translation>Profil pegawai</translation>
    </message>
</context>
<context>
    <name>imbang::ui::EmployeeDetailPanel</name>
    <message>
        <source>Select an employee in the list to see the record.</source>
        <translation>Pilih pegawai dalam daftar untuk melihat datanya.</translation>
    </message>
    <message>
        <source>Employee record</source>
        <translation>Data pegawai</translation>
    </message>
</context>
<context>
    <name>imbang::ui::EmployeeDialog</name>
    <message>
        <source>Edit employee %1</source>
        <translation>Ubah data pegawai %1</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Pegawai baru</translation>
    </message>
    <message>
        <source>18 digits, e.g. 19791026 200309 1 001</source>
        <translation>18 digit, mis. 19791026 200309 1 001</translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation>mis. Dr.</translation>
    </message>
    <message>
        <source>e.g. S.Pd., M.Pd.</source>
        <translation>mis. S.Pd., M.Pd.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;ama:</translation>
    </message>
    <message>
        <source>Title &amp;before name:</source>
        <translation>Gelar &amp;depan:</translation>
    </message>
    <message>
        <source>Title &amp;after name:</source>
        <translation>Gelar b&amp;elakang:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Jenis kelamin:</translation>
    </message>
    <message>
        <source>Birth &amp;place:</source>
        <translation>Te&amp;mpat lahir:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Tanggal &amp;lahir:</translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation>&amp;Pendidikan:</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Kepegawaian</translation>
    </message>
    <message>
        <source>TMT &amp;CPNS:</source>
        <translation>TMT &amp;CPNS:</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>&amp;Golongan:</translation>
    </message>
    <message>
        <source>TMT ran&amp;k:</source>
        <translation>TMT gol&amp;ongan:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>Jaba&amp;tan:</translation>
    </message>
    <message>
        <source>TMT posi&amp;tion:</source>
        <translation>TMT ja&amp;batan:</translation>
    </message>
    <message>
        <source>Message for %1</source>
        <translation>Pesan untuk %1</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as dd-mm-yyyy, e.g. 29-11-2026.</source>
        <translation>&quot;%1&quot; bukan tanggal; tulis sebagai hh-bb-tttt, mis. 29-11-2026.</translation>
    </message>
</context>
<context>
    <name>imbang::ui::EmployeeFilterBar</name>
    <message>
        <source>Include &amp;sub-units</source>
        <translation>Termasuk &amp;sub-unit</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Tampilkan &amp;nonaktif</translation>
    </message>
    <message>
        <source>Search name or NIP… (Ctrl+F)</source>
        <translation>Cari nama atau NIP… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search employees</source>
        <translation>Cari pegawai</translation>
    </message>
    <message>
        <source>All ranks</source>
        <translation>Semua golongan</translation>
    </message>
    <message>
        <source>PPPK %1</source>
        <translation>PPPK %1</translation>
    </message>
    <message>
        <source>Rank filter</source>
        <translation>Saring golongan</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Saring status</translation>
    </message>
    <message>
        <source>Position filter</source>
        <translation>Saring jabatan</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>Semua jabatan</translation>
    </message>
</context>
<context>
    <name>imbang::ui::EmployeeTableModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (nonaktif)</translation>
    </message>
    <message>
        <source>Inactive since %1: %2</source>
        <translation>Nonaktif sejak %1: %2</translation>
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
        <source>Rank</source>
        <translation>Gol.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tgl. lahir</translation>
    </message>
    <message>
        <source>Position TMT</source>
        <translation>TMT jabatan</translation>
    </message>
</context>
<context>
    <name>imbang::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Basis data &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>B&amp;uka basis data…</translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation>Buka data &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Basis data te&amp;rakhir</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>&amp;Tutup basis data</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Find employee</source>
        <translation>&amp;Cari pegawai</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;About Imbang</source>
        <translation>&amp;Tentang Imbang</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Dibuka hanya-baca</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Basis data tidak dapat dibuat</translation>
    </message>
    <message>
        <source>Cannot create the demo data</source>
        <translation>Data demo tidak dapat dibuat</translation>
    </message>
    <message>
        <source>%1 — Imbang</source>
        <translation>%1 — Imbang</translation>
    </message>
    <message>
        <source>%1 — %2 — Imbang</source>
        <translation>%1 — %2 — Imbang</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (hanya-baca)</translation>
    </message>
    <message>
        <source>%1 listed · %2 active · %3 inactive</source>
        <translation>%1 ditampilkan · %2 aktif · %3 nonaktif</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>Open an office database</source>
        <translation>Buka basis data kantor</translation>
    </message>
    <message>
        <source>Imbang database (*.sqlite);;All files (*)</source>
        <translation>Basis data Imbang (*.sqlite);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Imbang will use the new language when it starts again.</source>
        <translation>Imbang akan memakai bahasa baru saat dijalankan lagi.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolom</translation>
    </message>
    <message>
        <source>E&amp;mployee</source>
        <translation>&amp;Pegawai</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
</context>
<context>
    <name>imbang::ui::NeedsDialog</name>
    <message>
        <source>Staffing needs of %1</source>
        <translation>Kebutuhan pegawai %1</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>&amp;Add need</source>
        <translation>&amp;Tambah kebutuhan</translation>
    </message>
    <message>
        <source>&amp;Remove need</source>
        <translation>&amp;Hapus kebutuhan</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>Type the need in the Need column. Gap = in post - need: positive is a surplus, negative a shortage.</source>
        <translation>Ketik kebutuhan di kolom Kebutuhan. Selisih = bezetting - kebutuhan: positif berarti kelebihan, negatif berarti kekurangan.</translation>
    </message>
    <message>
        <source>Remove the need for %1</source>
        <translation>Hapus kebutuhan %1</translation>
    </message>
    <message>
        <source>Need not removed</source>
        <translation>Kebutuhan tidak dihapus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Bukan angka</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a need; type a number such as 3 or 2,5.</source>
        <translation>&quot;%1&quot; bukan angka kebutuhan; ketik angka seperti 3 atau 2,5.</translation>
    </message>
    <message>
        <source>Set the need for %1 to %2</source>
        <translation>Tetapkan kebutuhan %1 menjadi %2</translation>
    </message>
    <message>
        <source>Need not saved</source>
        <translation>Kebutuhan tidak disimpan</translation>
    </message>
</context>
<context>
    <name>imbang::ui::NewDatabaseDialog</name>
    <message>
        <source>New office database</source>
        <translation>Basis data kantor baru</translation>
    </message>
    <message>
        <source>e.g. BKD Provinsi Jambi</source>
        <translation>mis. BKD Provinsi Jambi</translation>
    </message>
    <message>
        <source>e.g. Provinsi Jambi</source>
        <translation>mis. Provinsi Jambi</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;Office name:</source>
        <translation>Nama &amp;kantor:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>Imbang keeps all records of one office in one file. Back it up like any important document.</source>
        <translation>Imbang menyimpan seluruh data satu kantor dalam satu berkas. Buatlah cadangannya seperti dokumen penting lainnya.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Buat</translation>
    </message>
    <message>
        <source>Where to keep the database</source>
        <translation>Tempat menyimpan basis data</translation>
    </message>
    <message>
        <source>Imbang database (*.sqlite)</source>
        <translation>Basis data Imbang (*.sqlite)</translation>
    </message>
    <message>
        <source>Enter the name of your office.</source>
        <translation>Isikan nama kantor Anda.</translation>
    </message>
    <message>
        <source>Choose where to keep the database file.</source>
        <translation>Pilih tempat menyimpan berkas basis data.</translation>
    </message>
    <message>
        <source>A file with this name exists already. Choose another name, or use File &gt; Open to open it.</source>
        <translation>Berkas dengan nama ini sudah ada. Pilih nama lain, atau gunakan Berkas &gt; Buka untuk membukanya.</translation>
    </message>
</context>
<context>
    <name>imbang::ui::PositionCatalogDialog</name>
    <message>
        <source>A &amp;teacher&apos;s position (guru)</source>
        <translation>Jabatan &amp;guru</translation>
    </message>
    <message>
        <source>&amp;Own retirement age:</source>
        <translation>BUP &amp;khusus:</translation>
    </message>
    <message>
        <source>Position catalogue</source>
        <translation>Katalog jabatan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
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
        <source>Retirement age</source>
        <translation>BUP</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>e.g. Pendidikan, Kesehatan</source>
        <translation>mis. Pendidikan, Kesehatan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>K&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Jenj&amp;ang:</translation>
    </message>
    <message>
        <source>&amp;Family (rumpun):</source>
        <translation>&amp;Rumpun:</translation>
    </message>
    <message>
        <source>&amp;New position</source>
        <translation>Jabatan &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Save position</source>
        <translation>&amp;Simpan jabatan</translation>
    </message>
</context>
<context>
    <name>imbang::ui::RecordsView</name>
    <message>
        <source>Employee list</source>
        <translation>Daftar pegawai</translation>
    </message>
</context>
<context>
    <name>imbang::ui::SettingsDialog</name>
    <message>
        <source>Functional, %1</source>
        <translation>Fungsional, %1</translation>
    </message>
    <message>
        <source>Teachers (guru)</source>
        <translation>Guru</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Umum</translation>
    </message>
    <message>
        <source>&amp;Retirement ages</source>
        <translation>Batas usia &amp;pensiun</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>A new language takes effect when Imbang starts again.</source>
        <translation>Bahasa baru berlaku saat Imbang dijalankan lagi.</translation>
    </message>
    <message>
        <source>Your name, as it should appear in the audit trail</source>
        <translation>Nama Anda, seperti yang akan tercatat dalam jejak audit</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>Nama &amp;operator:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Retirement age</source>
        <translation>Batas usia pensiun</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>Retirement age (BUP) per position, PP 11/2017 and UU 20/2023 by default. Pension starts on the first day of the month after that birthday.</source>
        <translation>Batas usia pensiun (BUP) per jabatan, bawaannya sesuai PP 11/2017 dan UU 20/2023. Pensiun berlaku mulai tanggal 1 bulan berikutnya setelah ulang tahun tersebut.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Pengaturan tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>imbang::ui::UnitActions</name>
    <message>
        <source>New &amp;agency…</source>
        <translation>Perangkat &amp;daerah baru…</translation>
    </message>
    <message>
        <source>New &amp;sub-unit…</source>
        <translation>&amp;Sub-unit baru…</translation>
    </message>
    <message>
        <source>&amp;Edit unit…</source>
        <translation>&amp;Ubah unit…</translation>
    </message>
    <message>
        <source>&amp;Move unit…</source>
        <translation>&amp;Pindahkan unit…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into another unit…</source>
        <translation>&amp;Gabungkan ke unit lain…</translation>
    </message>
    <message>
        <source>&amp;Close unit…</source>
        <translation>&amp;Tutup unit…</translation>
    </message>
    <message>
        <source>&amp;Reopen unit</source>
        <translation>&amp;Buka kembali unit</translation>
    </message>
    <message>
        <source>Staffing &amp;needs…</source>
        <translation>&amp;Kebutuhan pegawai…</translation>
    </message>
    <message>
        <source>&amp;Position catalogue…</source>
        <translation>Katalog &amp;jabatan…</translation>
    </message>
    <message>
        <source>Unit not added</source>
        <translation>Unit tidak ditambahkan</translation>
    </message>
    <message>
        <source>Rename unit %1 to %2</source>
        <translation>Ganti nama unit %1 menjadi %2</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>Ubah unit %1</translation>
    </message>
    <message>
        <source>Unit not saved</source>
        <translation>Unit tidak disimpan</translation>
    </message>
    <message>
        <source>Move unit %1 under %2</source>
        <translation>Pindahkan unit %1 ke bawah %2</translation>
    </message>
    <message>
        <source>Make %1 a top-level agency</source>
        <translation>Jadikan %1 perangkat daerah tingkat teratas</translation>
    </message>
    <message>
        <source>Unit not moved</source>
        <translation>Unit tidak dipindahkan</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Pindahkan %1</translation>
    </message>
    <message>
        <source>Move %1 and everything below it under:</source>
        <translation>Pindahkan %1 beserta seluruh isinya ke bawah:</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Gabungkan %1</translation>
    </message>
    <message>
        <source>The people, sub-units and needs of %1 move to the unit chosen here, and %1 is closed on the date given.</source>
        <translation>Pegawai, sub-unit dan kebutuhan %1 pindah ke unit yang dipilih di sini, dan %1 ditutup pada tanggal yang diisikan.</translation>
    </message>
    <message>
        <source>Merge unit %1 into %2</source>
        <translation>Gabungkan unit %1 ke %2</translation>
    </message>
    <message>
        <source>Units not merged</source>
        <translation>Unit tidak digabungkan</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Tutup %1</translation>
    </message>
    <message>
        <source>A closed unit keeps its history but takes no new people. It must be empty.</source>
        <translation>Unit yang ditutup tetap menyimpan riwayatnya tetapi tidak menerima pegawai baru. Unit itu harus sudah kosong.</translation>
    </message>
    <message>
        <source>Close unit %1</source>
        <translation>Tutup unit %1</translation>
    </message>
    <message>
        <source>Unit not closed</source>
        <translation>Unit tidak ditutup</translation>
    </message>
    <message>
        <source>Reopen unit %1</source>
        <translation>Buka kembali unit %1</translation>
    </message>
    <message>
        <source>Unit not reopened</source>
        <translation>Unit tidak dibuka kembali</translation>
    </message>
</context>
<context>
    <name>imbang::ui::UnitDialog</name>
    <message>
        <source>Edit unit %1</source>
        <translation>Ubah unit %1</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Unit baru</translation>
    </message>
    <message>
        <source>(none: a top-level agency)</source>
        <translation>(tidak ada: perangkat daerah tingkat teratas)</translation>
    </message>
    <message>
        <source>e.g. -1.61</source>
        <translation>mis. -1.61</translation>
    </message>
    <message>
        <source>e.g. 103.61</source>
        <translation>mis. 103.61</translation>
    </message>
    <message>
        <source>e.g. Kabupaten Bungo</source>
        <translation>mis. Kabupaten Bungo</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Bagian dari:</translation>
    </message>
    <message>
        <source>Kabupaten/&amp;kota:</source>
        <translation>Kabupaten/k&amp;ota:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Lintang:</translation>
    </message>
    <message>
        <source>Lon&amp;gitude:</source>
        <translation>B&amp;ujur:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of degrees.</source>
        <translation>&quot;%1&quot; bukan angka derajat.</translation>
    </message>
</context>
<context>
    <name>imbang::ui::UnitTreeModel</name>
    <message>
        <source>(no region)</source>
        <translation>(tanpa wilayah)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n active employee(s)</source>
        <translation>
            <numerusform>%1: %n pegawai aktif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
Code %2 · %3
%n active employee(s) including sub-units</source>
        <translation>
            <numerusform>%1
Kode %2 · %3
%n pegawai aktif termasuk sub-unit</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message numerus="yes">
        <source>Every unit: %n active employee(s)</source>
        <translation>
            <numerusform>Semua unit: %n pegawai aktif</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imbang::ui::WelcomePage</name>
    <message>
        <source>Balanced staffing for the regional civil service: staff records, workload, transfers and decrees in one place.</source>
        <translation>Pemerataan pegawai ASN daerah: data pegawai, beban kerja, mutasi dan SK dalam satu tempat.</translation>
    </message>
    <message>
        <source>&amp;Create a new office database…</source>
        <translation>&amp;Buat basis data kantor baru…</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>B&amp;uka basis data yang sudah ada…</translation>
    </message>
    <message>
        <source>Try the &amp;demo data</source>
        <translation>Coba data &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Recently opened:</source>
        <translation>Te&amp;rakhir dibuka:</translation>
    </message>
    <message>
        <source>Recently opened databases</source>
        <translation>Basis data yang terakhir dibuka</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
</context>
<context>
    <name>imbang::ui::Workspace</name>
    <message>
        <source>Unit tree</source>
        <translation>Pohon unit</translation>
    </message>
    <message>
        <source>&amp;Employees</source>
        <translation>&amp;Pegawai</translation>
    </message>
</context>
</TS>
