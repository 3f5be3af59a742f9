<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AbkImport</name>
    <message>
        <source>No header row found. The first rows of the sheet must have the column names kode_unit, kode_jabatan, tahun, uraian_tugas, hasil_kerja, volume, satuan_periode and norma_waktu.</source>
        <translation>Baris judul kolom tidak ditemukan. Baris-baris pertama lembar kerja harus memuat nama kolom kode_unit, kode_jabatan, tahun, uraian_tugas, hasil_kerja, volume, satuan_periode, dan norma_waktu.</translation>
    </message>
    <message>
        <source>Row %1 is the header, but it lacks the column(s) %2. Add them and import again.</source>
        <translation>Baris %1 adalah judul kolom, tetapi kolom %2 tidak ada. Tambahkan kolom tersebut lalu impor lagi.</translation>
    </message>
    <message>
        <source>Row %1: kode_unit is empty. Write the unit&apos;s code, e.g. 01.08.SD001.</source>
        <translation>Baris %1: kode_unit kosong. Tulis kode unit kerja, misalnya 01.08.SD001.</translation>
    </message>
    <message>
        <source>Row %1: there is no unit with the code &quot;%2&quot;. Check kode_unit against the unit list; codes must match exactly.</source>
        <translation>Baris %1: tidak ada unit dengan kode &quot;%2&quot;. Periksa kode_unit dengan daftar unit; kode harus sama persis.</translation>
    </message>
    <message>
        <source>Row %1: kode_jabatan is empty. Write the position&apos;s code or its full name.</source>
        <translation>Baris %1: kode_jabatan kosong. Tulis kode jabatan atau nama jabatan lengkap.</translation>
    </message>
    <message>
        <source>Row %1: no position has the code or name &quot;%2&quot;. Use a code or name from the position list.</source>
        <translation>Baris %1: tidak ada jabatan dengan kode atau nama &quot;%2&quot;. Gunakan kode atau nama dari daftar jabatan.</translation>
    </message>
    <message>
        <source>Row %1: tahun &quot;%2&quot; is not a year. Write the ABK year with four digits, e.g. 2026.</source>
        <translation>Baris %1: tahun &quot;%2&quot; bukan tahun. Tulis tahun ABK dengan empat angka, misalnya 2026.</translation>
    </message>
    <message>
        <source>Row %1: uraian_tugas is empty. Describe the task, or delete the row.</source>
        <translation>Baris %1: uraian_tugas kosong. Isi uraian tugasnya, atau hapus baris tersebut.</translation>
    </message>
    <message>
        <source>Row %1: volume &quot;%2&quot; is not a number of zero or more. Write how many outputs per period, e.g. 12 or 2,5.</source>
        <translation>Baris %1: volume &quot;%2&quot; bukan angka nol atau lebih. Tulis jumlah hasil kerja per periode, misalnya 12 atau 2,5.</translation>
    </message>
    <message>
        <source>Row %1: satuan_periode &quot;%2&quot; is not known. Write hari, minggu, bulan or tahun.</source>
        <translation>Baris %1: satuan_periode &quot;%2&quot; tidak dikenal. Tulis hari, minggu, bulan, atau tahun.</translation>
    </message>
    <message>
        <source>Row %1: norma_waktu &quot;%2&quot; is not a number of minutes above zero. Write the minutes one output takes, e.g. 30.</source>
        <translation>Baris %1: norma_waktu &quot;%2&quot; bukan jumlah menit di atas nol. Tulis berapa menit untuk menyelesaikan satu hasil kerja, misalnya 30.</translation>
    </message>
    <message>
        <source>Row %1: the task &quot;%2&quot; appears twice for this unit, position and year; both are counted.</source>
        <translation>Baris %1: tugas &quot;%2&quot; tercantum dua kali untuk unit, jabatan, dan tahun yang sama; keduanya dihitung.</translation>
    </message>
    <message>
        <source>The sheet has a header but no task rows below it.</source>
        <translation>Lembar kerja memiliki judul kolom, tetapi tidak ada baris tugas di bawahnya.</translation>
    </message>
    <message>
        <source>The sheet has errors; nothing was imported. Correct the rows named above and import again.</source>
        <translation>Lembar kerja mengandung kesalahan; tidak ada yang diimpor. Perbaiki baris-baris yang disebut di atas lalu impor lagi.</translation>
    </message>
</context>
<context>
    <name>AbkPeriod</name>
    <message>
        <source>per day</source>
        <translation>per hari</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per minggu</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per bulan</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per tahun</translation>
    </message>
</context>
<context>
    <name>AbkRepository</name>
    <message>
        <source>Database error while saving ABK tasks: %1</source>
        <translation>Galat basis data saat menyimpan tugas ABK: %1</translation>
    </message>
</context>
<context>
    <name>AbkSheetReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The file %1 is neither a CSV text file nor an xlsx workbook. Save the ABK sheet as .xlsx or .csv and try again.</source>
        <translation>Berkas %1 bukan berkas teks CSV maupun buku kerja xlsx. Simpan lembar ABK sebagai .xlsx atau .csv lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument (.ods) file. Save the ABK sheet as .xlsx or .csv in LibreOffice (File, Save As) and import that file.</source>
        <translation>%1 adalah berkas OpenDocument (.ods). Simpan lembar ABK sebagai .xlsx atau .csv di LibreOffice (Berkas, Simpan Sebagai) lalu impor berkas tersebut.</translation>
    </message>
    <message>
        <source>The workbook %1 cannot be read (%2). Open it in a spreadsheet program, save it again as .xlsx and retry.</source>
        <translation>Buku kerja %1 tidak dapat dibaca (%2). Buka di program lembar kerja, simpan ulang sebagai .xlsx, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Verifikator</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Pimpinan</translation>
    </message>
    <message>
        <source>view staff records</source>
        <translation>melihat data pegawai</translation>
    </message>
    <message>
        <source>view personal data</source>
        <translation>melihat data pribadi</translation>
    </message>
    <message>
        <source>change staff records</source>
        <translation>mengubah data pegawai</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>mengimpor data</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>mengekspor data</translation>
    </message>
    <message>
        <source>draft and propose transfers</source>
        <translation>menyusun dan mengusulkan mutasi</translation>
    </message>
    <message>
        <source>verify or reject transfers</source>
        <translation>memverifikasi atau menolak mutasi</translation>
    </message>
    <message>
        <source>approve transfers</source>
        <translation>menyetujui mutasi</translation>
    </message>
    <message>
        <source>issue decrees and execute transfers</source>
        <translation>menerbitkan SK dan melaksanakan mutasi</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>melihat jejak audit</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>mengelola akun pengguna</translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation>mengubah pengaturan kantor</translation>
    </message>
    <message>
        <source>trust other offices</source>
        <translation>memercayai kantor lain</translation>
    </message>
    <message>
        <source>This database is protected by user accounts: log in to %1 (in imbang-cli with --user NAME).</source>
        <translation>Basis data ini dilindungi akun pengguna: masuk (login) dulu untuk %1 (di imbang-cli dengan --user NAMA).</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2. Ask a user with the role: %3.</source>
        <translation>Peran Anda (%1) tidak boleh %2. Mintalah pengguna dengan peran: %3.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The user name or the password is wrong. Check Caps Lock and try again.</source>
        <translation>Nama pengguna atau kata sandi salah. Periksa Caps Lock lalu coba lagi.</translation>
    </message>
    <message>
        <source>User account %1 does not exist.</source>
        <translation>Akun pengguna %1 tidak ada.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; must be 3 to 32 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>Nama pengguna &quot;%1&quot; harus 3 sampai 32 huruf, angka, titik, tanda hubung atau garis bawah, tanpa spasi.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken; choose another.</source>
        <translation>Nama pengguna &quot;%1&quot; sudah dipakai; pilih yang lain.</translation>
    </message>
    <message>
        <source>Enter the full name of the user.</source>
        <translation>Isi nama lengkap pengguna.</translation>
    </message>
    <message>
        <source>The NIP &quot;%1&quot; is not a valid 18-digit NIP.</source>
        <translation>NIP &quot;%1&quot; bukan NIP 18 digit yang sah.</translation>
    </message>
    <message>
        <source>This database already has user accounts; an administrator adds new ones.</source>
        <translation>Basis data ini sudah memiliki akun pengguna; akun baru ditambahkan oleh administrator.</translation>
    </message>
    <message>
        <source>First administrator %1 created</source>
        <translation>Administrator pertama %1 dibuat</translation>
    </message>
    <message>
        <source>User %1 created as %2</source>
        <translation>Pengguna %1 dibuat sebagai %2</translation>
    </message>
    <message>
        <source>Failed login as unknown user %1</source>
        <translation>Gagal masuk sebagai pengguna tak dikenal %1</translation>
    </message>
    <message>
        <source>Login as %1 tried during the wait</source>
        <translation>Percobaan masuk sebagai %1 selama masa tunggu</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Terlalu banyak kata sandi salah untuk %1. Tunggu %n detik lalu coba lagi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password for %1 (%n time(s) in a row)</source>
        <translation>
            <numerusform>Kata sandi salah untuk %1 (%n kali berturut-turut)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The user name or the password is wrong. The next attempt is possible in %n second(s).</source>
        <translation>
            <numerusform>Nama pengguna atau kata sandi salah. Percobaan berikutnya dapat dilakukan dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Login as deactivated user %1</source>
        <translation>Percobaan masuk sebagai pengguna nonaktif %1</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. An administrator can activate it again.</source>
        <translation>Akun %1 sudah dinonaktifkan. Administrator dapat mengaktifkannya kembali.</translation>
    </message>
    <message>
        <source>%1 logged in</source>
        <translation>%1 masuk</translation>
    </message>
    <message>
        <source>Only %1 can change this password; an administrator can reset it.</source>
        <translation>Hanya %1 yang dapat mengganti kata sandi ini; administrator dapat mengaturnya ulang.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Kata sandi saat ini salah.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Kata sandi baru harus berbeda dari yang sekarang.</translation>
    </message>
    <message>
        <source>%1 changed the password</source>
        <translation>%1 mengganti kata sandi</translation>
    </message>
    <message>
        <source>Password of %1 reset; to be changed at the next login</source>
        <translation>Kata sandi %1 diatur ulang; wajib diganti saat masuk berikutnya</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; another administrator can.</source>
        <translation>Anda tidak dapat menonaktifkan akun sendiri; administrator lain dapat melakukannya.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another administrator first.</source>
        <translation>%1 adalah administrator aktif terakhir; jadikan pengguna lain administrator lebih dulu.</translation>
    </message>
    <message>
        <source>User %1 activated</source>
        <translation>Pengguna %1 diaktifkan</translation>
    </message>
    <message>
        <source>User %1 deactivated</source>
        <translation>Pengguna %1 dinonaktifkan</translation>
    </message>
    <message>
        <source>Role of %1 changed from %2 to %3</source>
        <translation>Peran %1 diubah dari %2 menjadi %3</translation>
    </message>
</context>
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
    <message>
        <source>the entries from %1 to %2 at the end are missing</source>
        <translation>entri %1 sampai %2 di bagian akhir hilang</translation>
    </message>
    <message>
        <source>entry %1 was added outside the program</source>
        <translation>entri %1 ditambahkan di luar program</translation>
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
    <name>ChartExporter</name>
    <message>
        <source>The picture could not be written to %1. Check that the folder exists and you may write there.</source>
        <translation>Gambar tidak dapat disimpan ke %1. Pastikan foldernya ada dan Anda berhak menulis di sana.</translation>
    </message>
    <message>
        <source>The SVG file %1 could not be written. Check that the folder exists and you may write there.</source>
        <translation>Berkas SVG %1 tidak dapat disimpan. Pastikan foldernya ada dan Anda berhak menulis di sana.</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written. Check that the folder exists and you may write there.</source>
        <translation>Berkas PDF %1 tidak dapat disimpan. Pastikan foldernya ada dan Anda berhak menulis di sana.</translation>
    </message>
    <message>
        <source>Charts can be saved as .png, .svg or .pdf; &quot;%1&quot; has none of these endings.</source>
        <translation>Grafik dapat disimpan sebagai .png, .svg, atau .pdf; &quot;%1&quot; tidak berakhiran salah satunya.</translation>
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
    <message>
        <source>There is no unit with code &quot;%1&quot;. Check the code in the unit list of the office database.</source>
        <translation>Tidak ada unit dengan kode &quot;%1&quot;. Periksa kode tersebut di daftar unit basis data kantor.</translation>
    </message>
    <message>
        <source>No position has the code or name &quot;%1&quot;.</source>
        <translation>Tidak ada jabatan dengan kode atau nama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Show need, staff in post, gap, EJ and grade, and the retirement outlook, as the workload dashboard does.</source>
        <translation>Tampilkan kebutuhan, pegawai yang ada, selisih, EJ dan grade, serta proyeksi pensiun, sama seperti dasbor beban kerja.</translation>
    </message>
    <message>
        <source>The unit to show with its sub-units (unit code; default: the whole office).</source>
        <translation>Unit yang ditampilkan beserta sub-unitnya (kode unit; bawaan: seluruh kantor).</translation>
    </message>
    <message>
        <source>Rows per sub-unit, per position or per region (unit|position|region, default unit).</source>
        <translation>Baris per sub-unit, per jabatan, atau per kabupaten/kota (unit|position|region, bawaan unit).</translation>
    </message>
    <message>
        <source>grouping</source>
        <translation>pengelompokan</translation>
    </message>
    <message>
        <source>Only positions of this family (rumpun), e.g. Pendidikan.</source>
        <translation>Hanya jabatan dari rumpun ini, misalnya Pendidikan.</translation>
    </message>
    <message>
        <source>Only teacher positions.</source>
        <translation>Hanya jabatan guru.</translation>
    </message>
    <message>
        <source>With --csv: print the retirement outlook instead of the rows.</source>
        <translation>Bersama --csv: cetak proyeksi pensiun, bukan baris rincian.</translation>
    </message>
    <message>
        <source>--by must be unit, position or region, not &quot;%1&quot;.</source>
        <translation>--by harus unit, position, atau region, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the whole office</source>
        <translation>seluruh kantor</translation>
    </message>
    <message>
        <source>Workload of %1 on %2 (WKE %3 hours a year)</source>
        <translation>Beban kerja %1 per %2 (WKE %3 jam setahun)</translation>
    </message>
    <message>
        <source>Grades of the rows above:</source>
        <translation>Grade baris-baris di atas:</translation>
    </message>
    <message>
        <source>Retirement outlook if nobody is hired or moved:</source>
        <translation>Proyeksi pensiun bila tidak ada pengangkatan atau mutasi:</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>galat: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>peringatan: %1</translation>
    </message>
    <message>
        <source>Import an ABK sheet (xlsx or CSV with the columns kode_unit, kode_jabatan, tahun, uraian_tugas, hasil_kerja, volume, satuan_periode, norma_waktu). The tasks of each unit, position and year in the sheet replace the stored ones and give the position&apos;s need. A sheet with errors changes nothing.</source>
        <translation>Impor lembar ABK (xlsx atau CSV dengan kolom kode_unit, kode_jabatan, tahun, uraian_tugas, hasil_kerja, volume, satuan_periode, norma_waktu). Tugas setiap unit, jabatan, dan tahun dalam lembar menggantikan yang tersimpan dan menghasilkan kebutuhan jabatan. Lembar yang mengandung kesalahan tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>Check the sheet and show what it would do, without saving.</source>
        <translation>Periksa lembar dan tampilkan hasilnya, tanpa menyimpan.</translation>
    </message>
    <message>
        <source>The ABK sheet.</source>
        <translation>Lembar ABK.</translation>
    </message>
    <message>
        <source>Name one ABK file to import.</source>
        <translation>Sebutkan satu berkas ABK untuk diimpor.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows named above and run the import again.</source>
        <translation>Tidak ada yang diimpor: perbaiki baris-baris yang disebut di atas lalu jalankan impor lagi.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Hours a year</source>
        <translation>Jam setahun</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s); nothing saved (--dry-run).</source>
        <translation>
            <numerusform>%n baris diperiksa; tidak ada yang disimpan (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n ABK task(s).</source>
        <translation>
            <numerusform>%n tugas ABK diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs written for %n post(s).</source>
        <translation>
            <numerusform>Kebutuhan ditulis untuk %n jabatan di unit.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the ABK tasks of a position in a unit with their yearly workload and the need they give.</source>
        <translation>Daftar tugas ABK suatu jabatan di suatu unit beserta beban kerja setahun dan kebutuhan pegawai yang dihasilkan.</translation>
    </message>
    <message>
        <source>Unit code.</source>
        <translation>Kode unit.</translation>
    </message>
    <message>
        <source>Position code or name.</source>
        <translation>Kode atau nama jabatan.</translation>
    </message>
    <message>
        <source>position</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <source>ABK year (default: the latest).</source>
        <translation>Tahun ABK (bawaan: yang terbaru).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>tahun</translation>
    </message>
    <message>
        <source>Give both --unit and --position.</source>
        <translation>Berikan --unit dan --position sekaligus.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Menit per hasil</translation>
    </message>
    <message>
        <source>Minutes a year</source>
        <translation>Menit setahun</translation>
    </message>
    <message>
        <source>ABK %1 of %2 in %3</source>
        <translation>ABK %1 jabatan %2 di %3</translation>
    </message>
    <message>
        <source>Workload %1 hours a year / WKE %2 hours = need %3</source>
        <translation>Beban kerja %1 jam setahun / WKE %2 jam = kebutuhan %3</translation>
    </message>
    <message>
        <source>Show or set the staffing need of a position in a unit. --set enters the need directly (an approved formasi) instead of from ABK tasks or the teacher rules.</source>
        <translation>Tampilkan atau tetapkan kebutuhan pegawai suatu jabatan di suatu unit. --set mengisi kebutuhan secara langsung (formasi yang disetujui), bukan dari tugas ABK atau aturan guru.</translation>
    </message>
    <message>
        <source>The need to enter, e.g. 3 or 2.5.</source>
        <translation>Kebutuhan yang diisi, misalnya 3 atau 2.5.</translation>
    </message>
    <message>
        <source>Remove the need.</source>
        <translation>Hapus kebutuhan.</translation>
    </message>
    <message>
        <source>--set must be a number of zero or more, not &quot;%1&quot;.</source>
        <translation>--set harus angka nol atau lebih, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 in %2: no need recorded.</source>
        <translation>%1 di %2: belum ada kebutuhan yang tercatat.</translation>
    </message>
    <message>
        <source>%1 in %2: need %3 (source %4).</source>
        <translation>%1 di %2: kebutuhan %3 (sumber %4).</translation>
    </message>
    <message>
        <source>Show the workload figures.</source>
        <translation>Tampilkan angka beban kerja.</translation>
    </message>
    <message>
        <source>Import an ABK sheet.</source>
        <translation>Impor lembar ABK.</translation>
    </message>
    <message>
        <source>List the ABK tasks of a position.</source>
        <translation>Daftar tugas ABK suatu jabatan.</translation>
    </message>
    <message>
        <source>Show or enter a staffing need.</source>
        <translation>Tampilkan atau isi kebutuhan pegawai.</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>Berkas paket yang akan ditulis.</translation>
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
    <message>
        <source>No employee has the NIP %1. Check the number (18 digits).</source>
        <translation>Tidak ada pegawai dengan NIP %1. Periksa nomornya (18 angka).</translation>
    </message>
    <message>
        <source>Propose transfers from posts with a surplus to posts with a shortage: as much shortage covered as possible, then the shortest moves. Prints every move with the reason and the totals; with --accept the moves become draft transfer proposals.</source>
        <translation>Mengusulkan mutasi dari jabatan yang kelebihan ke jabatan yang kekurangan: sebanyak mungkin kekurangan terisi, lalu perpindahan terpendek. Mencetak setiap perpindahan dengan alasannya dan totalnya; dengan --accept perpindahan menjadi draf usulan mutasi.</translation>
    </message>
    <message>
        <source>A unit code (the unit with its sub-units) or a kabupaten/kota name (default: everything).</source>
        <translation>Kode unit (unit beserta sub-unitnya) atau nama kabupaten/kota (bawaan: semuanya).</translation>
    </message>
    <message>
        <source>code-or-region</source>
        <translation>kode-atau-wilayah</translation>
    </message>
    <message>
        <source>Only positions of this family (rumpun); may be repeated.</source>
        <translation>Hanya jabatan rumpun ini; boleh diulang.</translation>
    </message>
    <message>
        <source>At most this many moves (0: no limit; default: the setting).</source>
        <translation>Paling banyak sekian perpindahan (0: tanpa batas; bawaan: pengaturan).</translation>
    </message>
    <message>
        <source>No move longer than this many km by road (default: the setting).</source>
        <translation>Tidak ada perpindahan lebih jauh dari sekian km lewat jalan (bawaan: pengaturan).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>The date the moves take effect, YYYY-MM-DD (default: today).</source>
        <translation>Tanggal perpindahan berlaku, TTTT-BB-HH (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>Never move this employee (NIP); may be repeated.</source>
        <translation>Jangan pernah pindahkan pegawai ini (NIP); boleh diulang.</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Leave this unit and its sub-units out (code); may be repeated.</source>
        <translation>Kecualikan unit ini beserta sub-unitnya (kode); boleh diulang.</translation>
    </message>
    <message>
        <source>Fix a move: NIP=UNIT_CODE (same position) or NIP=UNIT_CODE:POSITION; may be repeated.</source>
        <translation>Kunci satu perpindahan: NIP=KODE_UNIT (jabatan sama) atau NIP=KODE_UNIT:JABATAN; boleh diulang.</translation>
    </message>
    <message>
        <source>move</source>
        <translation>perpindahan</translation>
    </message>
    <message>
        <source>Create draft transfer proposals for all the moves.</source>
        <translation>Buat draf usulan mutasi untuk semua perpindahan.</translation>
    </message>
    <message>
        <source>--max-km needs a number of kilometres, e.g. 80, not &quot;%1&quot;.</source>
        <translation>--max-km memerlukan angka kilometer, misalnya 80, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--tmt needs a date written YYYY-MM-DD, e.g. 2027-01-01.</source>
        <translation>--tmt memerlukan tanggal bertulis TTTT-BB-HH, misalnya 2027-01-01.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a unit code nor a kabupaten/kota of the unit list.</source>
        <translation>&quot;%1&quot; bukan kode unit dan bukan kabupaten/kota pada daftar unit.</translation>
    </message>
    <message>
        <source>--pin needs NIP=UNIT_CODE or NIP=UNIT_CODE:POSITION, not &quot;%1&quot;.</source>
        <translation>--pin memerlukan NIP=KODE_UNIT atau NIP=KODE_UNIT:JABATAN, bukan &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n draft transfer(s).</source>
        <translation>
            <numerusform>%n draf mutasi dibuat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark an employee &quot;do not move&quot; for the planner, with the reason (health, a spouse&apos;s posting, ...); release the mark; or list the marked people.</source>
        <translation>Menandai pegawai &quot;jangan dipindah&quot; bagi perencana, dengan alasannya (kesehatan, tempat tugas suami/istri, ...); mencabut tanda; atau menampilkan pegawai yang bertanda.</translation>
    </message>
    <message>
        <source>Why the person must not be moved.</source>
        <translation>Alasan pegawai tidak boleh dipindah.</translation>
    </message>
    <message>
        <source>Remove the mark.</source>
        <translation>Cabut tandanya.</translation>
    </message>
    <message>
        <source>List the marked people.</source>
        <translation>Tampilkan pegawai yang bertanda.</translation>
    </message>
    <message>
        <source>The employee&apos;s NIP.</source>
        <translation>NIP pegawai.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>Name one employee by NIP.</source>
        <translation>Sebutkan satu pegawai dengan NIP-nya.</translation>
    </message>
    <message>
        <source>Record an employee&apos;s own request to move to a kabupaten/kota, which the planner honours first where it fits; remove it; or list the requests.</source>
        <translation>Mencatat permintaan sendiri pegawai untuk pindah ke suatu kabupaten/kota, yang didahulukan perencana bila cocok; menghapusnya; atau menampilkan daftar permintaan.</translation>
    </message>
    <message>
        <source>The kabupaten/kota asked for.</source>
        <translation>Kabupaten/kota yang diminta.</translation>
    </message>
    <message>
        <source>A note, e.g. the letter&apos;s number.</source>
        <translation>Catatan, misalnya nomor surat.</translation>
    </message>
    <message>
        <source>Remove the request.</source>
        <translation>Hapus permintaan.</translation>
    </message>
    <message>
        <source>List the requests.</source>
        <translation>Tampilkan daftar permintaan.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Diminta</translation>
    </message>
    <message>
        <source>Name one employee by NIP and the region with --region.</source>
        <translation>Sebutkan satu pegawai dengan NIP-nya dan wilayah dengan --region.</translation>
    </message>
    <message>
        <source>Propose transfers that even out the workload.</source>
        <translation>Usulkan mutasi yang meratakan beban kerja.</translation>
    </message>
    <message>
        <source>Mark or release &quot;do not move&quot;.</source>
        <translation>Tandai atau cabut &quot;jangan dipindah&quot;.</translation>
    </message>
    <message>
        <source>Record an employee&apos;s own transfer request.</source>
        <translation>Catat permintaan mutasi sendiri dari pegawai.</translation>
    </message>
    <message>
        <source>No password: set the environment variable %1 or run the command in a terminal to type it.</source>
        <translation>Tidak ada kata sandi: isi variabel lingkungan %1 atau jalankan perintah di terminal untuk mengetiknya.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Ketik sekali lagi: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Kedua kata sandi berbeda; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Kata sandi untuk %1: </translation>
    </message>
    <message>
        <source>%1 must choose a new password first: imbang-cli user password --user %1</source>
        <translation>%1 harus memilih kata sandi baru lebih dulu: imbang-cli user password --user %1</translation>
    </message>
    <message>
        <source>--user NAME after any command logs in (password from IMBANG_PASSWORD or a prompt); databases with user accounts need it to change data.</source>
        <translation>--user NAMA setelah perintah apa pun untuk masuk (kata sandi dari IMBANG_PASSWORD atau diketik); basis data yang memiliki akun pengguna memerlukannya untuk mengubah data.</translation>
    </message>
    <message>
        <source>Import performance predicates (SKP): a row per person and year (NIP, TAHUN, PREDIKAT or NILAI) or a column per year (NIP, SKP 2024, SKP 2025, ...). Nothing is written when a row is wrong.</source>
        <translation>Impor predikat kinerja (SKP): satu baris per pegawai per tahun (NIP, TAHUN, PREDIKAT atau NILAI) atau satu kolom per tahun (NIP, SKP 2024, SKP 2025, ...). Tidak ada yang ditulis bila ada baris yang salah.</translation>
    </message>
    <message>
        <source>The sheet to import.</source>
        <translation>Lembar kerja yang diimpor.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows above and import again.</source>
        <translation>Tidak ada yang diimpor: perbaiki baris-baris di atas lalu impor lagi.</translation>
    </message>
    <message>
        <source>Performance predicates written: %1, for %2 employees.</source>
        <translation>Predikat kinerja ditulis: %1, untuk %2 pegawai.</translation>
    </message>
    <message>
        <source>Import performance predicates (SKP).</source>
        <translation>Impor predikat kinerja (SKP).</translation>
    </message>
    <message>
        <source>Write a signed exchange package (.imbang) for another office, encrypted for that office.</source>
        <translation>Menulis paket pertukaran bertanda tangan (.imbang) untuk kantor lain, dienkripsi untuk kantor tersebut.</translation>
    </message>
    <message>
        <source>Write a package for any office, NOT encrypted: anyone who gets the file can read the personal data in it.</source>
        <translation>Menulis paket untuk kantor mana pun, TIDAK dienkripsi: siapa pun yang mendapatkan berkasnya dapat membaca data pribadi di dalamnya.</translation>
    </message>
    <message>
        <source>--unencrypted cannot be combined with --to or --since-last: a package for an office is always encrypted for it.</source>
        <translation>--unencrypted tidak dapat digabung dengan --to atau --since-last: paket untuk sebuah kantor selalu dienkripsi untuk kantor tersebut.</translation>
    </message>
    <message>
        <source>Name the office the package is for with --to OFFICE: the package is then encrypted so that only that office can open it. To write a package for anyone, NOT encrypted, add --unencrypted.</source>
        <translation>Sebutkan kantor tujuan paket dengan --to KANTOR: paket lalu dienkripsi sehingga hanya kantor itu yang dapat membukanya. Untuk menulis paket bagi siapa pun, TIDAK dienkripsi, tambahkan --unencrypted.</translation>
    </message>
    <message>
        <source>Rank history: %1, performance ratings: %2, certifications and trainings: %3, transfers: %4 with %5 workflow steps.</source>
        <translation>Riwayat pangkat: %1, penilaian kinerja: %2, sertifikasi dan diklat: %3, mutasi: %4 dengan %5 langkah alur kerja.</translation>
    </message>
    <message>
        <source>Encrypted for %1: only that office can open it.</source>
        <translation>Dienkripsi untuk %1: hanya kantor itu yang dapat membukanya.</translation>
    </message>
    <message>
        <source>NOT encrypted: anyone who gets the file can read it. Keep it safe and delete it once it has been imported.</source>
        <translation>TIDAK dienkripsi: siapa pun yang mendapatkan berkasnya dapat membacanya. Simpan dengan aman dan hapus setelah diimpor.</translation>
    </message>
    <message>
        <source>The package was encrypted for this office.</source>
        <translation>Paket ini dienkripsi untuk kantor ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n baris ditulis ke %1.</numerusform>
        </translation>
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
    <name>CompetenceChanges</name>
    <message>
        <source>The rating year %1 is outside 1990-%2. Correct the year.</source>
        <translation>Tahun predikat %1 di luar rentang 1990-%2. Perbaiki tahunnya.</translation>
    </message>
    <message>
        <source>The year %1 has two ratings. Keep one rating per year.</source>
        <translation>Tahun %1 memiliki dua predikat. Simpan satu predikat per tahun.</translation>
    </message>
    <message>
        <source>A certification or training has no name. Fill in the name or remove the row.</source>
        <translation>Ada sertifikasi atau diklat tanpa nama. Isi namanya atau hapus barisnya.</translation>
    </message>
    <message>
        <source>Change performance and competence of %1</source>
        <translation>Ubah kinerja dan kompetensi %1</translation>
    </message>
    <message>
        <source>Change what %1 expects</source>
        <translation>Ubah syarat jabatan %1</translation>
    </message>
</context>
<context>
    <name>CompetenceProfile</name>
    <message>
        <source>Performance (SKP)</source>
        <translation>Predikat kinerja (SKP)</translation>
    </message>
    <message>
        <source>no rating recorded</source>
        <translation>belum ada predikat yang dicatat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>belum dicatat</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Sertifikasi</translation>
    </message>
    <message>
        <source>Trainings (diklat)</source>
        <translation>Diklat</translation>
    </message>
    <message>
        <source>Fit for the position</source>
        <translation>Kesesuaian dengan jabatan</translation>
    </message>
    <message>
        <source>meets what the position expects</source>
        <translation>memenuhi syarat jabatan</translation>
    </message>
</context>
<context>
    <name>CompetenceRepository</name>
    <message>
        <source>saving a performance rating</source>
        <translation>menyimpan predikat kinerja</translation>
    </message>
    <message>
        <source>saving a certification or training</source>
        <translation>menyimpan sertifikasi atau diklat</translation>
    </message>
    <message>
        <source>saving what a position expects</source>
        <translation>menyimpan syarat jabatan</translation>
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
    <name>DecreeBuilder</name>
    <message>
        <source>Proposal %1 does not exist or is empty.</source>
        <translation>Usulan %1 tidak ada atau kosong.</translation>
    </message>
    <message>
        <source>Proposal %1 has no approved transfer: a decree is drafted for transfers with the status &quot;%2&quot;.</source>
        <translation>Usulan %1 tidak memiliki mutasi yang disetujui: konsep SK dibuat untuk mutasi berstatus &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Choose at least one approved transfer for the decree.</source>
        <translation>Pilih sedikitnya satu mutasi yang sudah disetujui untuk SK ini.</translation>
    </message>
    <message>
        <source>Transfer %1 does not exist.</source>
        <translation>Mutasi %1 tidak ada.</translation>
    </message>
    <message>
        <source>Transfer %1 is &quot;%2&quot;: a decree is drafted only for approved transfers. Approve it first, or reprint its final decree.</source>
        <translation>Mutasi %1 berstatus &quot;%2&quot;: konsep SK hanya dibuat untuk mutasi yang disetujui. Setujui dulu mutasinya, atau cetak ulang SK finalnya.</translation>
    </message>
    <message>
        <source>The employee of transfer %1 no longer exists.</source>
        <translation>Pegawai pada mutasi %1 sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>DecreeCli</name>
    <message numerus="yes">
        <source>PDF written: %1 (%n page(s)).</source>
        <translation>
            <numerusform>PDF ditulis: %1 (%n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>ODT written: %1.</source>
        <translation>ODT ditulis: %1.</translation>
    </message>
    <message>
        <source>Draft a transfer decree (SK mutasi) from approved transfers, finalise it, or reprint a final decree; write it as PDF or ODT.</source>
        <translation>Membuat konsep SK mutasi dari mutasi yang disetujui, memfinalkannya, atau mencetak ulang SK final; menulisnya sebagai PDF atau ODT.</translation>
    </message>
    <message>
        <source>The approved transfer (register number or id): a decree for one person.</source>
        <translation>Mutasi yang disetujui (nomor register atau id): SK untuk satu orang.</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>mutasi</translation>
    </message>
    <message>
        <source>The proposal (batch id) whose approved transfers the decree covers, with a LAMPIRAN table.</source>
        <translation>Usulan (id batch) yang mutasi disetujuinya dicakup SK, dengan tabel LAMPIRAN.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Reprint the final decree with this number.</source>
        <translation>Cetak ulang SK final dengan nomor ini.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nomor</translation>
    </message>
    <message>
        <source>Date of issue (default: today).</source>
        <translation>Tanggal penetapan (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>Finalise: take the next number, mark the transfers &quot;SK terbit&quot; and keep the decree unchanged for reprints.</source>
        <translation>Finalkan: ambil nomor berikutnya, tandai mutasi &quot;SK terbit&quot; dan simpan SK tanpa perubahan untuk cetak ulang.</translation>
    </message>
    <message>
        <source>F4 or A4 (default: the setting decree/paper).</source>
        <translation>F4 atau A4 (bawaan: pengaturan decree/paper).</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>kertas</translation>
    </message>
    <message>
        <source>Write a PDF file.</source>
        <translation>Tulis berkas PDF.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>Write an OpenDocument text file (ODT).</source>
        <translation>Tulis berkas teks OpenDocument (ODT).</translation>
    </message>
    <message>
        <source>Print the text of the decree (the default without --pdf or --odt).</source>
        <translation>Cetak teks SK ke layar (bawaan bila tanpa --pdf atau --odt).</translation>
    </message>
    <message>
        <source>Who finalises, for the audit trail.</source>
        <translation>Siapa yang memfinalkan, untuk jejak audit.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>Give exactly one of --transfer, --batch or --number.</source>
        <translation>Berikan tepat satu dari --transfer, --batch atau --number.</translation>
    </message>
    <message>
        <source>--date must be a date like 2026-02-01 or 01-02-2026, not &quot;%1&quot;.</source>
        <translation>--date harus berupa tanggal seperti 2026-02-01 atau 01-02-2026, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--paper must be F4 or A4, not &quot;%1&quot;.</source>
        <translation>--paper harus F4 atau A4, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no final decree &quot;%1&quot;. &quot;imbang-cli decrees&quot; lists them.</source>
        <translation>Tidak ada SK final &quot;%1&quot;. &quot;imbang-cli decrees&quot; menampilkan daftarnya.</translation>
    </message>
    <message>
        <source>There is no transfer &quot;%1&quot;. &quot;imbang-cli transfers&quot; lists them.</source>
        <translation>Tidak ada mutasi &quot;%1&quot;. &quot;imbang-cli transfers&quot; menampilkan daftarnya.</translation>
    </message>
    <message>
        <source>--batch must be the number of a proposal, not &quot;%1&quot;.</source>
        <translation>--batch harus berupa nomor usulan, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Decree %1 is already final; reprinting it.</source>
        <translation>SK %1 sudah final; dicetak ulang.</translation>
    </message>
    <message numerus="yes">
        <source>Decree %1 finalised for %n transfer(s).</source>
        <translation>
            <numerusform>SK %1 difinalkan untuk %n mutasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the final decrees.</source>
        <translation>Tampilkan daftar SK final.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n orang</numerusform>
        </translation>
    </message>
    <message>
        <source>Show, export, import or reset the office&apos;s decree template.</source>
        <translation>Tampilkan, ekspor, impor atau kembalikan templat SK kantor.</translation>
    </message>
    <message>
        <source>Write the template as JSON to this file.</source>
        <translation>Tulis templat sebagai JSON ke berkas ini.</translation>
    </message>
    <message>
        <source>Read the template from this JSON file; fields left out keep the shipped default.</source>
        <translation>Baca templat dari berkas JSON ini; isian yang tidak ada memakai templat bawaan.</translation>
    </message>
    <message>
        <source>Use this image (SVG, PNG or JPEG) as the heading emblem.</source>
        <translation>Pakai gambar ini (SVG, PNG atau JPEG) sebagai lambang di kepala SK.</translation>
    </message>
    <message>
        <source>Go back to the shipped default template.</source>
        <translation>Kembali ke templat bawaan.</translation>
    </message>
    <message>
        <source>The decree template is the shipped default again.</source>
        <translation>Templat SK kembali ke templat bawaan.</translation>
    </message>
    <message>
        <source>%1 is not a JSON template: %2</source>
        <translation>%1 bukan templat JSON: %2</translation>
    </message>
    <message>
        <source>The emblem must be an SVG, PNG or JPEG file, not &quot;%1&quot;.</source>
        <translation>Lambang harus berupa berkas SVG, PNG atau JPEG, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The decree template was saved.</source>
        <translation>Templat SK sudah disimpan.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Draft, finalise or reprint a transfer decree (PDF, ODT).</source>
        <translation>Buat konsep, finalkan atau cetak ulang SK mutasi (PDF, ODT).</translation>
    </message>
    <message>
        <source>Show, export, import or reset the decree template.</source>
        <translation>Tampilkan, ekspor, impor atau kembalikan templat SK.</translation>
    </message>
</context>
<context>
    <name>DecreeIssuer</name>
    <message>
        <source>Decree %1 is already final.</source>
        <translation>SK %1 sudah final.</translation>
    </message>
    <message>
        <source>The decree names nobody.</source>
        <translation>SK ini tidak memuat satu pegawai pun.</translation>
    </message>
    <message>
        <source>The decree has no date of issue.</source>
        <translation>SK ini belum memiliki tanggal penetapan.</translation>
    </message>
    <message>
        <source>The decree template must be corrected in the settings first: %1</source>
        <translation>Templat SK harus diperbaiki dulu di Pengaturan: %1</translation>
    </message>
    <message>
        <source>Transfer %1 is no longer approved; draft the decree again.</source>
        <translation>Mutasi %1 tidak lagi berstatus disetujui; buat ulang konsep SK-nya.</translation>
    </message>
    <message>
        <source>Transfer %1 is already in decree %2.</source>
        <translation>Mutasi %1 sudah tercantum dalam SK %2.</translation>
    </message>
    <message>
        <source>saving the final decree</source>
        <translation>menyimpan SK final</translation>
    </message>
    <message>
        <source>Decree %1 finalised</source>
        <translation>SK %1 difinalkan</translation>
    </message>
    <message numerus="yes">
        <source>Decree %1 finalised for %n transfer(s)</source>
        <translation>
            <numerusform>SK %1 difinalkan untuk %n mutasi</numerusform>
        </translation>
    </message>
    <message>
        <source>Decree %1 could not be read back.</source>
        <translation>SK %1 tidak dapat dibaca kembali.</translation>
    </message>
</context>
<context>
    <name>DecreeNumbering</name>
    <message>
        <source>The decree number pattern &quot;%1&quot; must contain {nomor} exactly once, e.g. 800/{nomor}/BKD/{tahun}.</source>
        <translation>Pola nomor SK &quot;%1&quot; harus memuat {nomor} tepat satu kali, misalnya 800/{nomor}/BKD/{tahun}.</translation>
    </message>
    <message>
        <source>The decree number pattern has an unknown placeholder {%1}: only {nomor} and {tahun} are known.</source>
        <translation>Pola nomor SK memuat penanda yang tidak dikenal {%1}: hanya {nomor} dan {tahun} yang dikenal.</translation>
    </message>
    <message>
        <source>taking the next decree number</source>
        <translation>mengambil nomor SK berikutnya</translation>
    </message>
</context>
<context>
    <name>DecreeRenderer</name>
    <message>
        <source>Draft decree %1</source>
        <translation>Konsep SK %1</translation>
    </message>
    <message>
        <source>Decree %1</source>
        <translation>SK %1</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written: check that the folder exists and the file is not open in another program.</source>
        <translation>PDF %1 tidak dapat ditulis: periksa apakah foldernya ada dan berkasnya tidak sedang dibuka di program lain.</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>PDF %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>The ODT file %1 could not be written: check that the folder exists and the file is not open in another program.</source>
        <translation>Berkas ODT %1 tidak dapat ditulis: periksa apakah foldernya ada dan berkasnya tidak sedang dibuka di program lain.</translation>
    </message>
</context>
<context>
    <name>DecreeTemplate</name>
    <message>
        <source>Enter the issuer of the decree, e.g. GUBERNUR JAMBI.</source>
        <translation>Isi pejabat yang menetapkan SK, misalnya GUBERNUR JAMBI.</translation>
    </message>
    <message>
        <source>Enter the place where decrees are issued, e.g. Jambi.</source>
        <translation>Isi tempat SK ditetapkan, misalnya Jambi.</translation>
    </message>
    <message>
        <source>Enter the subject after TENTANG, e.g. PEMINDAHAN PEGAWAI NEGERI SIPIL.</source>
        <translation>Isi judul sesudah TENTANG, misalnya PEMINDAHAN PEGAWAI NEGERI SIPIL.</translation>
    </message>
    <message>
        <source>A decree needs at least one Menimbang item.</source>
        <translation>SK memerlukan sedikitnya satu butir Menimbang.</translation>
    </message>
    <message>
        <source>A decree needs at least one Mengingat item.</source>
        <translation>SK memerlukan sedikitnya satu butir Mengingat.</translation>
    </message>
    <message>
        <source>Enter the first clause (KESATU) for one person and for several.</source>
        <translation>Isi diktum pertama (KESATU) untuk satu orang dan untuk beberapa orang.</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s name and office.</source>
        <translation>Isi nama dan jabatan penanda tangan.</translation>
    </message>
    <message>
        <source>The signer&apos;s NIP &quot;%1&quot; is not valid: %2</source>
        <translation>NIP penanda tangan &quot;%1&quot; tidak sah: %2</translation>
    </message>
    <message>
        <source>{%1} names a clause that does not exist: the decree has %2 clauses (diktum1 to diktum%2).</source>
        <translation>{%1} menunjuk diktum yang tidak ada: SK ini memiliki %2 diktum (diktum1 sampai diktum%2).</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1} in &quot;%2&quot;. Known: %3.</source>
        <translation>Penanda {%1} dalam &quot;%2&quot; tidak dikenal. Yang dikenal: %3.</translation>
    </message>
</context>
<context>
    <name>DecreeTemplateRepository</name>
    <message>
        <source>The decree template was not saved: %1</source>
        <translation>Templat SK tidak disimpan: %1</translation>
    </message>
    <message>
        <source>saving the decree template</source>
        <translation>menyimpan templat SK</translation>
    </message>
    <message>
        <source>Decree template changed</source>
        <translation>Templat SK diubah</translation>
    </message>
    <message>
        <source>Decree template reset to the shipped default</source>
        <translation>Templat SK dikembalikan ke templat bawaan</translation>
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
    <name>Education</name>
    <message>
        <source>not recorded</source>
        <translation>belum dicatat</translation>
    </message>
    <message>
        <source>SMA or equivalent</source>
        <translation>SMA/sederajat</translation>
    </message>
    <message>
        <source>S-1 / D-IV</source>
        <translation>S-1 / D-IV</translation>
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
    <message>
        <source>Education level</source>
        <translation>Jenjang pendidikan</translation>
    </message>
    <message>
        <source>Performance (SKP)</source>
        <translation>Predikat kinerja (SKP)</translation>
    </message>
    <message>
        <source>Certifications and trainings</source>
        <translation>Sertifikasi dan diklat</translation>
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
    <message>
        <source>%1 of %2</source>
        <translation>%1 milik %2</translation>
    </message>
    <message>
        <source>Certifications and trainings</source>
        <translation>Sertifikasi dan diklat</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nomor rujukan</translation>
    </message>
    <message>
        <source>reading certifications and trainings</source>
        <translation>membaca sertifikasi dan diklat</translation>
    </message>
    <message>
        <source>A certification or training in the package has an invalid field (%1).</source>
        <translation>Sebuah sertifikasi atau diklat dalam paket memiliki isian yang tidak sah (%1).</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>menyimpan %1</translation>
    </message>
    <message>
        <source>%1 was not imported: its employee is neither in the package nor in this database (it may have been deleted here).</source>
        <translation>%1 tidak diimpor: pegawainya tidak ada di paket maupun di basis data ini (mungkin sudah dihapus di sini).</translation>
    </message>
    <message>
        <source>The office %1 is not trusted yet, so its key cannot be used to encrypt the package. Call that office, compare the fingerprint %2 and trust it when you import its package (or in Settings), then export again.</source>
        <translation>Kantor %1 belum dipercaya, sehingga kuncinya tidak dapat dipakai untuk mengenkripsi paket. Teleponlah kantor tersebut, cocokkan sidik kunci %2, lalu percayai kantor itu saat mengimpor paketnya (atau di Pengaturan), kemudian ekspor lagi.</translation>
    </message>
    <message>
        <source>A package that is not for a particular office cannot be encrypted: anyone who gets the file can read the personal data in it. Choose the office the package is for, or confirm explicitly that it may go unencrypted.</source>
        <translation>Paket yang tidak ditujukan untuk kantor tertentu tidak dapat dienkripsi: siapa pun yang mendapatkan berkasnya dapat membaca data pribadi di dalamnya. Pilih kantor tujuan paket, atau nyatakan dengan tegas bahwa paket boleh tidak dienkripsi.</translation>
    </message>
    <message>
        <source>This package is encrypted for the office %1, not for this office (%2). Only that office can open it. Ask %3 to make a package for this office.</source>
        <translation>Paket ini dienkripsi untuk kantor %1, bukan untuk kantor ini (%2). Hanya kantor tersebut yang dapat membukanya. Mintalah %3 membuat paket untuk kantor ini.</translation>
    </message>
    <message>
        <source>This package is encrypted for this office, but this database has no office key to open it. Open the database the office uses for exchange packages.</source>
        <translation>Paket ini dienkripsi untuk kantor ini, tetapi basis data ini tidak memiliki kunci kantor untuk membukanya. Buka basis data yang dipakai kantor untuk paket pertukaran.</translation>
    </message>
    <message>
        <source>The package cannot be decrypted with this office&apos;s key: it was changed or damaged on the way, or it was encrypted with an older key of this office. It was not imported. Ask the sending office to send it again.</source>
        <translation>Paket tidak dapat didekripsi dengan kunci kantor ini: paket diubah atau rusak di perjalanan, atau dienkripsi dengan kunci lama kantor ini. Paket tidak diimpor. Mintalah kantor pengirim mengirimkannya lagi.</translation>
    </message>
    <message>
        <source>The key of the office %1 cannot be used for encryption. Import a new package from that office and try again.</source>
        <translation>Kunci kantor %1 tidak dapat dipakai untuk enkripsi. Impor paket baru dari kantor tersebut, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The package header is damaged (unknown encryption). Ask the sending office to send it again.</source>
        <translation>Kepala paket rusak (enkripsi tidak dikenal). Mintalah kantor pengirim mengirimkannya lagi.</translation>
    </message>
    <message>
        <source>The package&apos;s contents name another recipient than its header. It was not imported.</source>
        <translation>Isi paket menyebut penerima yang berbeda dari kepala paketnya. Paket tidak diimpor.</translation>
    </message>
    <message>
        <source>This package was not encrypted: anyone who had the file could read the personal data in it. Delete the file from the flash disk or mailbox after importing it.</source>
        <translation>Paket ini tidak dienkripsi: siapa pun yang memegang berkasnya dapat membaca data pribadi di dalamnya. Hapus berkas itu dari flash disk atau kotak surat setelah diimpor.</translation>
    </message>
    <message>
        <source>Performance rating %1 of %2</source>
        <translation>Penilaian kinerja %1 milik %2</translation>
    </message>
    <message>
        <source>Performance ratings</source>
        <translation>Penilaian kinerja</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>reading performance ratings</source>
        <translation>membaca penilaian kinerja</translation>
    </message>
    <message>
        <source>A performance rating in the package has an invalid field (%1).</source>
        <translation>Sebuah penilaian kinerja dalam paket memiliki isian yang tidak sah (%1).</translation>
    </message>
    <message>
        <source>Rank %1 from %2 of %3</source>
        <translation>Pangkat %1 mulai %2 milik %3</translation>
    </message>
    <message>
        <source>Rank history</source>
        <translation>Riwayat pangkat</translation>
    </message>
    <message>
        <source>TMT</source>
        <translation>TMT</translation>
    </message>
    <message>
        <source>reading rank history</source>
        <translation>membaca riwayat pangkat</translation>
    </message>
    <message>
        <source>A rank history entry in the package has an invalid field (%1).</source>
        <translation>Sebuah entri riwayat pangkat dalam paket memiliki isian yang tidak sah (%1).</translation>
    </message>
    <message>
        <source>Transfer %1 of %2</source>
        <translation>Mutasi %1 milik %2</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>Unit asal</translation>
    </message>
    <message>
        <source>From position</source>
        <translation>Jabatan asal</translation>
    </message>
    <message>
        <source>Position TMT before</source>
        <translation>TMT jabatan sebelumnya</translation>
    </message>
    <message>
        <source>To unit</source>
        <translation>Unit tujuan</translation>
    </message>
    <message>
        <source>To position</source>
        <translation>Jabatan tujuan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
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
        <source>Executed at</source>
        <translation>Dilaksanakan pada</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>Membatalkan mutasi</translation>
    </message>
    <message>
        <source>reading transfers</source>
        <translation>membaca mutasi</translation>
    </message>
    <message>
        <source>Transfer %1 in the package has an invalid field (%2).</source>
        <translation>Mutasi %1 dalam paket memiliki isian yang tidak sah (%2).</translation>
    </message>
    <message>
        <source>%1 was not imported: a unit or position it names is neither in the package nor in this database.</source>
        <translation>%1 tidak diimpor: unit atau jabatan yang disebutnya tidak ada di paket maupun di basis data ini.</translation>
    </message>
    <message>
        <source>%1 was not imported: this office already has another transfer with the number %2.</source>
        <translation>%1 tidak diimpor: kantor ini sudah memiliki mutasi lain dengan nomor %2.</translation>
    </message>
    <message>
        <source>%1 was not imported: the employee already has the open transfer %2 here.</source>
        <translation>%1 tidak diimpor: pegawai tersebut sudah memiliki mutasi terbuka %2 di sini.</translation>
    </message>
    <message>
        <source>Step to %1 of %2</source>
        <translation>Langkah ke %1 pada %2</translation>
    </message>
    <message>
        <source>Transfer steps</source>
        <translation>Langkah mutasi</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Dari status</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Ke status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>reading transfer steps</source>
        <translation>membaca langkah mutasi</translation>
    </message>
    <message>
        <source>A transfer step in the package has an invalid field (%1).</source>
        <translation>Sebuah langkah mutasi dalam paket memiliki isian yang tidak sah (%1).</translation>
    </message>
    <message>
        <source>%1 was not imported: its transfer is neither in the package nor in this database.</source>
        <translation>%1 tidak diimpor: mutasinya tidak ada di paket maupun di basis data ini.</translation>
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
    <name>ExportLog</name>
    <message numerus="yes">
        <source>Exported %1 (%n record(s)) to %2</source>
        <translation>
            <numerusform>Ekspor %1 (%n data) ke %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the standard output</source>
        <translation>keluaran standar</translation>
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
        <source>A database to open, or an exchange package (.imbang) to import.</source>
        <translation>Basis data yang akan dibuka, atau paket pertukaran (.imbang) yang akan diimpor.</translation>
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
    <name>PasswordHash</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>Pustaka kriptografi tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password. Close other programs and try again.</source>
        <translation>Memori tidak cukup untuk mengamankan kata sandi. Tutup program lain lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>The password has %1 characters; use at least %n.</source>
        <translation>
            <numerusform>Kata sandi terdiri atas %1 karakter; gunakan paling sedikit %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password contains your name, user name, NIP or birth date; choose something others cannot guess.</source>
        <translation>Kata sandi memuat nama, nama pengguna, NIP atau tanggal lahir Anda; pilih yang tidak dapat ditebak orang lain.</translation>
    </message>
</context>
<context>
    <name>Performance</name>
    <message>
        <source>Very good</source>
        <translation>Sangat Baik</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>Butuh Perbaikan</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Kurang</translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation>Sangat Kurang</translation>
    </message>
</context>
<context>
    <name>PerformanceCharts</name>
    <message>
        <source>Performance ratings %1: the %2 largest of %3 units</source>
        <translation>Predikat kinerja %1: %2 unit terbesar dari %3</translation>
    </message>
    <message>
        <source>Performance ratings %1 per unit</source>
        <translation>Predikat kinerja %1 per unit</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
</context>
<context>
    <name>PerformanceOverview</name>
    <message>
        <source>All agencies</source>
        <translation>Semua perangkat daerah</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>PerformanceReport</name>
    <message>
        <source>PERFORMANCE AND ROTATION REPORT</source>
        <translation>LAPORAN KINERJA DAN ROTASI PEGAWAI</translation>
    </message>
    <message>
        <source>Performance predicates of %1; time in post as of %2</source>
        <translation>Predikat kinerja tahun %1; masa jabatan per %2</translation>
    </message>
    <message>
        <source>1. Ratings per unit</source>
        <translation>1. Predikat kinerja per unit</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Due for rotation</source>
        <translation>Layak rotasi</translation>
    </message>
    <message numerus="yes">
        <source>2. Due for rotation: more than %n year(s) in post</source>
        <translation>
            <numerusform>2. Layak rotasi: lebih dari %n tahun dalam jabatan</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <source>Name / NIP</source>
        <translation>Nama / NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>In post since</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <source>Years in post</source>
        <translation>Masa jabatan (tahun)</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>Predikat %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>Printed by Imbang on %1. The rotation period is set in Settings, page Performance.</source>
        <translation>Dicetak oleh Imbang pada %1. Batas masa jabatan untuk rotasi diatur di Pengaturan, halaman Kinerja.</translation>
    </message>
</context>
<context>
    <name>PersonFit</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>belum tercatat</translation>
    </message>
    <message>
        <source>meets the position&apos;s requirements</source>
        <translation>memenuhi syarat jabatan</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>(hidden for your role)</source>
        <translation>(disembunyikan untuk peran Anda)</translation>
    </message>
</context>
<context>
    <name>PlanAcceptor</name>
    <message>
        <source>No move is selected: tick the moves to propose first.</source>
        <translation>Belum ada perpindahan yang dipilih: centang dulu perpindahan yang akan diusulkan.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Proposed by the rebalancing planner.</source>
        <translation>Diusulkan oleh perencana pemerataan pegawai.</translation>
    </message>
    <message>
        <source>Rebalancing: %1 to %2</source>
        <translation>Pemerataan: %1 ke %2</translation>
    </message>
    <message>
        <source>The moves to %1 could not be proposed, so none was saved: %2</source>
        <translation>Perpindahan ke %1 tidak dapat diusulkan, sehingga tidak ada yang disimpan: %2</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>Unit asal</translation>
    </message>
    <message>
        <source>From position</source>
        <translation>Jabatan asal</translation>
    </message>
    <message>
        <source>To unit</source>
        <translation>Unit tujuan</translation>
    </message>
    <message>
        <source>To position</source>
        <translation>Jabatan tujuan</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Why this person</source>
        <translation>Alasan pegawai ini</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Shortage before (people)</source>
        <translation>Kekurangan sebelum (orang)</translation>
    </message>
    <message>
        <source>Shortage covered</source>
        <translation>Kekurangan terisi</translation>
    </message>
    <message>
        <source>Shortage left</source>
        <translation>Kekurangan tersisa</translation>
    </message>
    <message>
        <source>Surplus before (people)</source>
        <translation>Kelebihan sebelum (orang)</translation>
    </message>
    <message>
        <source>Surplus left</source>
        <translation>Kelebihan tersisa</translation>
    </message>
    <message>
        <source>People moved</source>
        <translation>Pegawai dipindah</translation>
    </message>
    <message>
        <source>Own requests honoured</source>
        <translation>Permintaan sendiri dipenuhi</translation>
    </message>
    <message>
        <source>Moves across a kabupaten/kota border</source>
        <translation>Perpindahan antar kabupaten/kota</translation>
    </message>
    <message>
        <source>Total distance (km by road)</source>
        <translation>Jarak total (km lewat jalan)</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>The unit chosen as the scope no longer exists.</source>
        <translation>Unit yang dipilih sebagai cakupan sudah tidak ada.</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(tanpa wilayah)</translation>
    </message>
    <message>
        <source>A pinned move was left out: the person or the target no longer exists, or is pinned twice.</source>
        <translation>Satu perpindahan yang dikunci tidak dipakai: pegawai atau tujuannya sudah tidak ada, atau dikunci dua kali.</translation>
    </message>
    <message>
        <source>Pinned by the officer.</source>
        <translation>Dikunci oleh petugas.</translation>
    </message>
    <message>
        <source>The planner found no solution. Please report this problem.</source>
        <translation>Perencana tidak menemukan penyelesaian. Mohon laporkan masalah ini.</translation>
    </message>
    <message>
        <source>Asked to move to %1 (own request); fills a shortage at %2, %3 km by road.</source>
        <translation>Mengajukan pindah ke %1 (atas permintaan sendiri); mengisi kekurangan di %2, %3 km lewat jalan.</translation>
    </message>
    <message>
        <source>Changes position to %1 (same family).</source>
        <translation>Berganti jabatan menjadi %1 (rumpun yang sama).</translation>
    </message>
    <message>
        <source>Crosses into %1: needs the governor&apos;s decision and BKN&apos;s technical approval (pertek).</source>
        <translation>Pindah ke %1: perlu keputusan gubernur dan pertimbangan teknis (pertek) BKN.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has more %2 than needed; in post for %3, performance %4 (career development: the longest in post, then the best rated, of those who may move go first); fills a shortage at %5, %6 km by road.</source>
        <translation>%1 kelebihan %2; menjabat selama %3, predikat kinerja %4 (pengembangan karier: yang paling lama menjabat, lalu yang predikatnya terbaik, didahulukan di antara yang boleh dimutasi); mengisi kekurangan di %5, %6 km lewat jalan.</translation>
    </message>
</context>
<context>
    <name>PlannerChanges</name>
    <message>
        <source>Do not move %1</source>
        <translation>Tahan (jangan dipindah) %1</translation>
    </message>
    <message>
        <source>Allow moving %1 again</source>
        <translation>Izinkan %1 dipindah lagi</translation>
    </message>
    <message>
        <source>Request of %1 to move to %2</source>
        <translation>Permintaan %1 pindah ke %2</translation>
    </message>
    <message>
        <source>Withdraw the request of %1 to move to %2</source>
        <translation>Tarik permintaan %1 pindah ke %2</translation>
    </message>
</context>
<context>
    <name>PlannerCharts</name>
    <message>
        <source>Shortage and surplus after</source>
        <translation>Kekurangan dan kelebihan sesudah</translation>
    </message>
    <message>
        <source>Shortage and surplus before</source>
        <translation>Kekurangan dan kelebihan sebelum</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Kelebihan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Grades (EJ) of the posts after</source>
        <translation>Predikat (EJ) jabatan sesudah</translation>
    </message>
    <message>
        <source>Grades (EJ) of the posts before</source>
        <translation>Predikat (EJ) jabatan sebelum</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>%1
shortage %2, surplus %3</source>
        <translation>%1
kekurangan %2, kelebihan %3</translation>
    </message>
</context>
<context>
    <name>PlannerHold</name>
    <message>
        <source>Write down why this person must not be moved (for example health or a spouse&apos;s posting): a hold without a reason is not accepted.</source>
        <translation>Tuliskan alasan pegawai ini tidak boleh dipindah (misalnya kesehatan atau tempat tugas suami/istri): tanda tanpa alasan tidak diterima.</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Do not move %1: %2</source>
        <translation>Jangan pindahkan %1: %2</translation>
    </message>
    <message>
        <source>This person is not marked &quot;do not move&quot;.</source>
        <translation>Pegawai ini tidak bertanda &quot;jangan dipindah&quot;.</translation>
    </message>
    <message>
        <source>May be moved again: %1</source>
        <translation>Boleh dipindah lagi: %1</translation>
    </message>
</context>
<context>
    <name>PlannerPeople</name>
    <message>
        <source>Not held</source>
        <translation>Tidak ditahan</translation>
    </message>
    <message>
        <source>Allow moving again</source>
        <translation>Izinkan dipindah lagi</translation>
    </message>
    <message>
        <source>%1 is held because: %2

May the planner propose moving this person again?</source>
        <translation>%1 ditahan karena: %2

Bolehkah perencana mengusulkan pemindahan pegawai ini lagi?</translation>
    </message>
    <message>
        <source>Hold not released</source>
        <translation>Penahanan tidak dicabut</translation>
    </message>
    <message>
        <source>Request not recorded</source>
        <translation>Permintaan tidak dicatat</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>Tarik permintaan</translation>
    </message>
    <message>
        <source>Withdraw the request of %1 to move to %2?</source>
        <translation>Tarik permintaan %1 untuk pindah ke %2?</translation>
    </message>
    <message>
        <source>Request not withdrawn</source>
        <translation>Permintaan tidak ditarik</translation>
    </message>
</context>
<context>
    <name>PlannerSettings</name>
    <message>
        <source>The road factor must lie between 1.0 and 3.0 (road distance is the straight distance times this factor; 1.3 suits most of Jambi).</source>
        <translation>Faktor jalan harus antara 1,0 dan 3,0 (jarak jalan = jarak garis lurus dikali faktor ini; 1,3 cocok untuk sebagian besar Jambi).</translation>
    </message>
    <message>
        <source>Extra costs and the own-request bonus are kilometres between 0 and 10,000; write 0 to switch one off.</source>
        <translation>Biaya tambahan dan potongan permintaan sendiri berupa kilometer antara 0 dan 10.000; tulis 0 untuk mematikannya.</translation>
    </message>
    <message>
        <source>The most moves in one plan must lie between 0 (no limit) and 100,000.</source>
        <translation>Jumlah pemindahan terbanyak dalam satu rencana harus antara 0 (tanpa batas) dan 100.000.</translation>
    </message>
    <message>
        <source>The longest move must lie between 1 and 5,000 km by road.</source>
        <translation>Pemindahan terjauh harus antara 1 dan 5.000 km lewat jalan.</translation>
    </message>
    <message>
        <source>The number of nearest posts compared must lie between 1 and 1,000 (40 keeps province-scale plans fast).</source>
        <translation>Jumlah formasi terdekat yang dibandingkan harus antara 1 dan 1.000 (40 membuat rencana skala provinsi tetap cepat).</translation>
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
    <name>QualificationCheck</name>
    <message>
        <source>The position expects at least %1; the education is not recorded.</source>
        <translation>Jabatan ini mensyaratkan pendidikan sekurang-kurangnya %1; pendidikan pegawai belum dicatat.</translation>
    </message>
    <message>
        <source>The position expects at least %1; the person has %2.</source>
        <translation>Jabatan ini mensyaratkan pendidikan sekurang-kurangnya %1; pegawai berpendidikan %2.</translation>
    </message>
    <message>
        <source>The position expects the certification &quot;%1&quot;; none is recorded.</source>
        <translation>Jabatan ini mensyaratkan sertifikat &quot;%1&quot;; belum ada yang dicatat.</translation>
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
    <name>RankHistoryRepository</name>
    <message>
        <source>adding to the rank history</source>
        <translation>menambah riwayat pangkat</translation>
    </message>
</context>
<context>
    <name>RatingImporter</name>
    <message>
        <source>No header row with a NIP column and either TAHUN with PREDIKAT (or NILAI), or one column per year (e.g. &quot;SKP 2025&quot;), was found in the first 30 rows of sheet %1. Add such a header row and import again.</source>
        <translation>Dalam 30 baris pertama lembar %1 tidak ditemukan baris judul kolom dengan kolom NIP dan TAHUN beserta PREDIKAT (atau NILAI), atau satu kolom per tahun (mis. &quot;SKP 2025&quot;). Tambahkan baris judul seperti itu lalu impor lagi.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a predicate. Write Sangat Baik, Baik, Butuh Perbaikan, Kurang or Sangat Kurang, or a score from 0 to 100.</source>
        <translation>&quot;%1&quot; bukan predikat. Tulis Sangat Baik, Baik, Butuh Perbaikan, Kurang atau Sangat Kurang, atau nilai 0 sampai 100.</translation>
    </message>
    <message>
        <source>The year &quot;%1&quot; is not a year.</source>
        <translation>Tahun &quot;%1&quot; bukan tahun yang sah.</translation>
    </message>
    <message>
        <source>the NIP arrived as a number (%1), so its last digits are lost. Format the NIP column as text in Excel and import again.</source>
        <translation>NIP terbaca sebagai angka (%1), sehingga digit terakhirnya hilang. Format kolom NIP sebagai teks di Excel lalu impor lagi.</translation>
    </message>
    <message>
        <source>NIP %1 is not in this database.</source>
        <translation>NIP %1 tidak ada di basis data ini.</translation>
    </message>
    <message>
        <source>The performance predicates of the sheet were not imported: %1</source>
        <translation>Predikat kinerja pada lembar ini tidak diimpor: %1</translation>
    </message>
    <message numerus="yes">
        <source>The performance predicates of the sheet were not imported, because of %n row(s) with problems (the staff list itself was saved). First: %1 Fix the sheet and import it again with Data &gt; Import performance predicates.</source>
        <translation>
            <numerusform>Predikat kinerja pada lembar ini tidak diimpor karena %n baris bermasalah (daftar pegawainya sendiri sudah tersimpan). Yang pertama: %1 Perbaiki lembar itu, lalu impor lagi lewat Data &gt; Impor predikat kinerja (SKP).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Performance predicates: %1 recorded for %n employee(s).</source>
        <translation>
            <numerusform>Predikat kinerja: %1 tercatat untuk %n pegawai.</numerusform>
        </translation>
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
    <name>SchoolProfileRepository</name>
    <message>
        <source>Database error while saving the teacher need: %1</source>
        <translation>Galat basis data saat menyimpan kebutuhan guru: %1</translation>
    </message>
</context>
<context>
    <name>ScoreMapping</name>
    <message>
        <source>The score mapping needs the lowest score of exactly four predicates.</source>
        <translation>Pemetaan nilai memerlukan nilai terendah tepat empat predikat.</translation>
    </message>
    <message>
        <source>The lowest score of %1 must lie above 0 and at most %2.</source>
        <translation>Nilai terendah %1 harus di atas 0 dan paling tinggi %2.</translation>
    </message>
    <message>
        <source>The lowest score of %1 (%2) must be below that of %3 (%4): the scores rise from Kurang to Sangat Baik.</source>
        <translation>Nilai terendah %1 (%2) harus di bawah nilai terendah %3 (%4): nilai naik dari Kurang sampai Sangat Baik.</translation>
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
    <name>SqliteReader</name>
    <message>
        <source>The database connection is not an SQLite connection.</source>
        <translation>Koneksi basis data ini bukan koneksi SQLite.</translation>
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
    <message>
        <source>%1 at %2 (new post)</source>
        <translation>%1 di %2 (jabatan baru)</translation>
    </message>
    <message>
        <source>Rank %1 (promotion)</source>
        <translation>Pangkat %1 (kenaikan pangkat)</translation>
    </message>
    <message>
        <source>Rank %1 (correction)</source>
        <translation>Pangkat %1 (koreksi)</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>Pangkat %1</translation>
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
    <name>TransferRequest</name>
    <message>
        <source>No unit lies in the region &quot;%1&quot;. Write the kabupaten/kota as the unit list names it, e.g. &quot;Kabupaten Bungo&quot;.</source>
        <translation>Tidak ada unit di wilayah &quot;%1&quot;. Tulis kabupaten/kota seperti pada daftar unit, misalnya &quot;Kabupaten Bungo&quot;.</translation>
    </message>
    <message>
        <source>This person has no request to move to &quot;%1&quot;.</source>
        <translation>Pegawai ini tidak mengajukan pindah ke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Own request of %1 to move to %2</source>
        <translation>Permintaan sendiri %1 untuk pindah ke %2</translation>
    </message>
    <message>
        <source>Request of %1 to move to %2 withdrawn</source>
        <translation>Permintaan %1 untuk pindah ke %2 ditarik</translation>
    </message>
    <message>
        <source>%1 already works in %2: a request names another kabupaten/kota.</source>
        <translation>%1 sudah bertugas di %2: permintaan harus menyebut kabupaten/kota lain.</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1&apos;s performance was below Baik (%2); a transfer needs at least Baik for the last two years. Justify it (e.g. a transfer for discipline) or choose someone else.</source>
        <translation>Predikat kinerja %1 di bawah Baik (%2); mutasi memerlukan predikat sekurang-kurangnya Baik selama dua tahun terakhir. Tuliskan alasannya (mis. mutasi karena disiplin) atau pilih pegawai lain.</translation>
    </message>
    <message>
        <source>No performance rating of %1 is recorded for %2. Record the SKP predicate (Pegawai &gt; Kinerja dan kompetensi) or justify going on without it.</source>
        <translation>Predikat kinerja %1 tahun %2 belum dicatat. Catat predikat SKP-nya (Pegawai &gt; Kinerja dan kompetensi) atau tuliskan alasan untuk tetap melanjutkan.</translation>
    </message>
    <message>
        <source>%1&apos;s performance was at least Baik (%2).</source>
        <translation>Predikat kinerja %1 sekurang-kurangnya Baik (%2).</translation>
    </message>
    <message>
        <source>%1 does not meet what %2 expects: %3 Write a justification (e.g. the certification is under way) or choose someone else.</source>
        <translation>%1 belum memenuhi syarat jabatan %2: %3 Tuliskan alasannya (mis. sertifikasi sedang berjalan) atau pilih pegawai lain.</translation>
    </message>
    <message>
        <source>%1 meets what %2 expects.</source>
        <translation>%1 memenuhi syarat jabatan %2.</translation>
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
    <message>
        <source>%1 drafted or proposed this transfer and so may not approve it (separation of duties); another verifier must approve it.</source>
        <translation>%1 menyusun atau mengusulkan mutasi ini sehingga tidak boleh menyetujuinya (pemisahan tugas); verifikator lain yang harus menyetujuinya.</translation>
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
        <translation>menambah unit %1</translation>
    </message>
    <message>
        <source>saving unit %1</source>
        <translation>menyimpan unit %1</translation>
    </message>
</context>
<context>
    <name>UserCli</name>
    <message>
        <source>There is no user &quot;%1&quot;. &quot;imbang-cli users&quot; lists them.</source>
        <translation>Tidak ada pengguna &quot;%1&quot;. &quot;imbang-cli users&quot; menampilkan daftarnya.</translation>
    </message>
    <message>
        <source>List the user accounts of the office database (administrators).</source>
        <translation>Menampilkan akun pengguna basis data kantor (khusus administrator).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Wajib ganti kata sandi</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Terakhir masuk</translation>
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
        <source>No user accounts: the database runs in single-user mode. &quot;imbang-cli user add&quot; creates the first administrator.</source>
        <translation>Belum ada akun pengguna: basis data berjalan dalam mode satu pengguna. &quot;imbang-cli user add&quot; membuat administrator pertama.</translation>
    </message>
    <message>
        <source>Create a user account. The first account of a database is the administrator; later ones are made by an administrator (--user) and must change the password at the first login. The password comes from IMBANG_NEW_PASSWORD or is typed twice.</source>
        <translation>Membuat akun pengguna. Akun pertama sebuah basis data adalah administrator; akun berikutnya dibuat oleh administrator (--user) dan wajib mengganti kata sandi saat pertama masuk. Kata sandi diambil dari IMBANG_NEW_PASSWORD atau diketik dua kali.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Nama lengkap.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>NIP of the user (optional).</source>
        <translation>NIP pengguna (boleh kosong).</translation>
    </message>
    <message>
        <source>ADMINISTRATOR, OPERATOR, VERIFIKATOR or PIMPINAN (default: OPERATOR).</source>
        <translation>ADMINISTRATOR, OPERATOR, VERIFIKATOR atau PIMPINAN (bawaan: OPERATOR).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>peran</translation>
    </message>
    <message>
        <source>Set a temporary password (IMBANG_NEW_PASSWORD or typed) that the user must change at the next login. Administrators only.</source>
        <translation>Menetapkan kata sandi sementara (IMBANG_NEW_PASSWORD atau diketik) yang wajib diganti pengguna saat masuk berikutnya. Khusus administrator.</translation>
    </message>
    <message>
        <source>Deactivate an account (it can no longer log in, and stays in the audit trail) or activate it again. Administrators only.</source>
        <translation>Menonaktifkan akun (tidak dapat masuk lagi, tetap tercatat di jejak audit) atau mengaktifkannya kembali. Khusus administrator.</translation>
    </message>
    <message>
        <source>Give a user another role. Administrators only.</source>
        <translation>Memberi pengguna peran lain. Khusus administrator.</translation>
    </message>
    <message>
        <source>ADMINISTRATOR, OPERATOR, VERIFIKATOR or PIMPINAN.</source>
        <translation>ADMINISTRATOR, OPERATOR, VERIFIKATOR atau PIMPINAN.</translation>
    </message>
    <message>
        <source>Change your own password (log in with --user; the new one comes from IMBANG_NEW_PASSWORD or is typed twice).</source>
        <translation>Mengganti kata sandi sendiri (masuk dengan --user; kata sandi baru dari IMBANG_NEW_PASSWORD atau diketik dua kali).</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nama pengguna.</translation>
    </message>
    <message>
        <source>Name exactly one user: imbang-cli user %1 USERNAME.</source>
        <translation>Sebutkan tepat satu pengguna: imbang-cli user %1 NAMA_PENGGUNA.</translation>
    </message>
    <message>
        <source>--role must be ADMINISTRATOR, OPERATOR, VERIFIKATOR or PIMPINAN, not &quot;%1&quot;.</source>
        <translation>--role harus ADMINISTRATOR, OPERATOR, VERIFIKATOR atau PIMPINAN, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the new role with --role.</source>
        <translation>Sebutkan peran baru dengan --role.</translation>
    </message>
    <message>
        <source>The first account of a database is the administrator; leave out --role or give ADMINISTRATOR.</source>
        <translation>Akun pertama sebuah basis data adalah administrator; hilangkan --role atau isi ADMINISTRATOR.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Kata sandi baru untuk %1: </translation>
    </message>
    <message>
        <source>Administrator %1 created. From now on this database needs a login (--user).</source>
        <translation>Administrator %1 dibuat. Mulai sekarang basis data ini memerlukan login (--user).</translation>
    </message>
    <message>
        <source>User %1 created as %2; the password must be changed at the first login.</source>
        <translation>Pengguna %1 dibuat sebagai %2; kata sandi wajib diganti saat pertama masuk.</translation>
    </message>
    <message>
        <source>Log in with --user to change your password.</source>
        <translation>Masuk dengan --user untuk mengganti kata sandi Anda.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Kata sandi baru: </translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Kata sandi saat ini: </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Kata sandi diganti.</translation>
    </message>
    <message>
        <source>Temporary password for %1: </source>
        <translation>Kata sandi sementara untuk %1: </translation>
    </message>
    <message>
        <source>Password of %1 reset; it must be changed at the next login.</source>
        <translation>Kata sandi %1 diatur ulang; wajib diganti saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>User %1 activated.</source>
        <translation>Pengguna %1 diaktifkan.</translation>
    </message>
    <message>
        <source>User %1 deactivated.</source>
        <translation>Pengguna %1 dinonaktifkan.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 sekarang %2.</translation>
    </message>
    <message>
        <source>Usage: imbang-cli user &lt;add|reset|deactivate|activate|role|password&gt; [options]
&quot;imbang-cli user &lt;subcommand&gt; --help&quot; shows the options.</source>
        <translation>Cara pakai: imbang-cli user &lt;add|reset|deactivate|activate|role|password&gt; [opsi]
&quot;imbang-cli user &lt;subperintah&gt; --help&quot; menampilkan opsinya.</translation>
    </message>
    <message>
        <source>List the user accounts.</source>
        <translation>Menampilkan akun pengguna.</translation>
    </message>
    <message>
        <source>Add users, reset passwords, deactivate, change roles or your own password.</source>
        <translation>Menambah pengguna, mengatur ulang kata sandi, menonaktifkan, mengubah peran atau kata sandi sendiri.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>saving the user account</source>
        <translation>menyimpan akun pengguna</translation>
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
    <name>WorkloadCharts</name>
    <message>
        <source>%1 (own posts)</source>
        <translation>%1 (jabatan sendiri)</translation>
    </message>
    <message>
        <source>Need and staff in post: the %1 largest of %2</source>
        <translation>Kebutuhan dan pegawai yang ada: %1 terbesar dari %2</translation>
    </message>
    <message>
        <source>Need and staff in post</source>
        <translation>Kebutuhan dan pegawai yang ada</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Surplus and shortage: the %1 largest each way of %2</source>
        <translation>Kelebihan dan kekurangan: masing-masing %1 terbesar dari %2</translation>
    </message>
    <message>
        <source>Surplus and shortage</source>
        <translation>Kelebihan dan kekurangan</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Kelebihan</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <source>People (staff - need)</source>
        <translation>Orang (pegawai - kebutuhan)</translation>
    </message>
    <message>
        <source>Grades (EJ) of the rows</source>
        <translation>Grade (EJ) baris-baris rincian</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Retirements and projected gap</source>
        <translation>Pensiun dan proyeksi selisih</translation>
    </message>
    <message>
        <source>Retiring</source>
        <translation>Pensiun</translation>
    </message>
    <message>
        <source>Projected gap</source>
        <translation>Proyeksi selisih</translation>
    </message>
    <message>
        <source>Projected shortage</source>
        <translation>Proyeksi kekurangan</translation>
    </message>
    <message>
        <source>Gap (people)</source>
        <translation>Selisih (orang)</translation>
    </message>
</context>
<context>
    <name>WorkloadExport</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Kelebihan</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <source>EJ</source>
        <translation>EJ</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Retiring in 5 years</source>
        <translation>Pensiun dalam 5 tahun</translation>
    </message>
    <message>
        <source>Gap in 5 years</source>
        <translation>Selisih 5 tahun lagi</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Retiring</source>
        <translation>Pensiun</translation>
    </message>
    <message>
        <source>Staff at year end</source>
        <translation>Pegawai akhir tahun</translation>
    </message>
    <message>
        <source>Projected gap</source>
        <translation>Proyeksi selisih</translation>
    </message>
    <message>
        <source>Projected shortage</source>
        <translation>Proyeksi kekurangan</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Arti</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
</context>
<context>
    <name>WorkloadReport</name>
    <message>
        <source>WORKLOAD AND STAFFING NEED REPORT</source>
        <translation>LAPORAN BEBAN KERJA DAN KEBUTUHAN PEGAWAI</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>Seluruh kantor</translation>
    </message>
    <message>
        <source>Situation as of %1</source>
        <translation>Keadaan per %1</translation>
    </message>
    <message>
        <source>per position</source>
        <translation>per jabatan</translation>
    </message>
    <message>
        <source>per regency or city</source>
        <translation>per kabupaten/kota</translation>
    </message>
    <message>
        <source>per sub-unit</source>
        <translation>per sub-unit</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rincian: %1</translation>
    </message>
    <message>
        <source>Effective working time (WKE): %1 hours a year</source>
        <translation>Waktu kerja efektif (WKE): %1 jam setahun</translation>
    </message>
    <message>
        <source>Position family: %1</source>
        <translation>Rumpun jabatan: %1</translation>
    </message>
    <message>
        <source>Teachers only</source>
        <translation>Hanya guru</translation>
    </message>
    <message>
        <source>Need %1 people, %2 in post, gap %3 (surplus %4, shortage %5). Job effectiveness (EJ) %6, grade %7 (%8). Retiring within five years: %9.</source>
        <translation>Kebutuhan %1 orang, pegawai yang ada %2, selisih %3 (kelebihan %4, kekurangan %5). Efektivitas jabatan (EJ) %6, grade %7 (%8). Pensiun dalam lima tahun: %9.</translation>
    </message>
    <message>
        <source>1. Charts</source>
        <translation>1. Grafik</translation>
    </message>
    <message>
        <source>2. Need and staff in post</source>
        <translation>2. Kebutuhan dan pegawai yang ada</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 (its own posts)</source>
        <translation>%1 (jabatan di unit induk)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>3. Retirement outlook if nobody is hired or moved</source>
        <translation>3. Proyeksi pensiun bila tidak ada pengangkatan atau mutasi</translation>
    </message>
    <message>
        <source>4. Grades</source>
        <translation>4. Grade</translation>
    </message>
    <message>
        <source>Printed by Imbang on %1. Gap = staff in post - need: positive is a surplus, negative a shortage. EJ = need / staff in post.</source>
        <translation>Dicetak oleh Imbang pada %1. Selisih = pegawai yang ada - kebutuhan: positif berarti kelebihan, negatif berarti kekurangan. EJ = kebutuhan / pegawai yang ada.</translation>
    </message>
    <message>
        <source>Workload report</source>
        <translation>Laporan beban kerja</translation>
    </message>
    <message>
        <source>The report could not be written to %1. Check that the folder exists and you may write there.</source>
        <translation>Laporan tidak dapat disimpan ke %1. Pastikan foldernya ada dan Anda berhak menulis di sana.</translation>
    </message>
</context>
<context>
    <name>WorkloadSnapshot</name>
    <message>
        <source>(no region)</source>
        <translation>(tanpa kabupaten/kota)</translation>
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
    <name>imbang::AbkTaskDialog</name>
    <message>
        <source>Need of a position</source>
        <translation>Kebutuhan pegawai suatu jabatan</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 (%3)</translation>
    </message>
    <message>
        <source>Need from the workload analysis (ABK tasks below)</source>
        <translation>Kebutuhan dari analisis beban kerja (tugas ABK di bawah)</translation>
    </message>
    <message>
        <source>Need entered directly (approved formasi):</source>
        <translation>Kebutuhan diisi langsung (formasi yang disetujui):</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Tambah tugas</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Hapus tugas</translation>
    </message>
    <message>
        <source>ABK year:</source>
        <translation>Tahun ABK:</translation>
    </message>
    <message>
        <source>Task %1 has no description: describe it or remove the row.</source>
        <translation>Tugas %1 belum ada uraiannya: isi uraiannya atau hapus barisnya.</translation>
    </message>
    <message>
        <source>Task %1 needs the minutes one output takes (more than 0).</source>
        <translation>Tugas %1 memerlukan norma waktu dalam menit untuk satu hasil kerja (lebih dari 0).</translation>
    </message>
    <message>
        <source>In post %1, gap %2; EJ %3, grade %4 (%5).</source>
        <translation>Pegawai yang ada %1, selisih %2; EJ %3, grade %4 (%5).</translation>
    </message>
    <message>
        <source>Need %1 (entered directly).</source>
        <translation>Kebutuhan %1 (diisi langsung).</translation>
    </message>
    <message>
        <source>Workload %1 hours a year / WKE %2 hours = need %3.</source>
        <translation>Beban kerja %1 jam setahun / WKE %2 jam = kebutuhan %3.</translation>
    </message>
</context>
<context>
    <name>imbang::AbkTaskModel</name>
    <message>
        <source>%1 %2 x %3 = %4 a year</source>
        <translation>%1 %2 x %3 = %4 setahun</translation>
    </message>
    <message>
        <source>%1 outputs x %2 minutes = %3 minutes a year</source>
        <translation>%1 hasil x %2 menit = %3 menit setahun</translation>
    </message>
    <message>
        <source>Task (uraian tugas)</source>
        <translation>Uraian tugas</translation>
    </message>
    <message>
        <source>Output (hasil kerja)</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Norma waktu (menit)</translation>
    </message>
    <message>
        <source>Outputs a year</source>
        <translation>Hasil setahun</translation>
    </message>
    <message>
        <source>Hours a year</source>
        <translation>Jam setahun</translation>
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
    <name>imbang::GradeDistributionModel</name>
    <message>
        <source>above %1</source>
        <translation>di atas %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>%1 sampai di bawah %2</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>di bawah %1</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Arti</translation>
    </message>
    <message>
        <source>EJ</source>
        <translation>EJ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
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
<context>
    <name>imbang::PersonFitModel</name>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>Jabatan baru</translation>
    </message>
    <message>
        <source>Performance (last two years)</source>
        <translation>Kinerja (dua tahun terakhir)</translation>
    </message>
    <message>
        <source>Fit for the new position</source>
        <translation>Kesesuaian dengan jabatan baru</translation>
    </message>
</context>
<context>
    <name>imbang::RetirementOutlookModel</name>
    <message numerus="yes">
        <source>%1: %n retiring; staff at year end %2 against a need of %3</source>
        <translation>
            <numerusform>%1: %n orang pensiun; pegawai akhir tahun %2 terhadap kebutuhan %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Retiring</source>
        <translation>Pensiun</translation>
    </message>
    <message>
        <source>Staff at year end</source>
        <translation>Pegawai akhir tahun</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Projected gap</source>
        <translation>Proyeksi selisih</translation>
    </message>
    <message>
        <source>Projected shortage</source>
        <translation>Proyeksi kekurangan</translation>
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
    <name>imbang::SchoolSubjectModel</name>
    <message>
        <source>(choose a position)</source>
        <translation>(pilih jabatan)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Mata pelajaran</translation>
    </message>
    <message>
        <source>Weekly hours per class group</source>
        <translation>Jam per minggu per rombel</translation>
    </message>
    <message>
        <source>Teachers&apos; position</source>
        <translation>Jabatan guru</translation>
    </message>
</context>
<context>
    <name>imbang::TeacherNeedDialog</name>
    <message>
        <source>Teacher need</source>
        <translation>Kebutuhan guru</translation>
    </message>
    <message>
        <source>(no class teachers: subject teachers only)</source>
        <translation>(tanpa guru kelas: hanya guru mata pelajaran)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Remote school (at least %1 class teachers instead of %2)</source>
        <translation>Sekolah di daerah terpencil (paling sedikit %1 guru kelas, bukan %2)</translation>
    </message>
    <message>
        <source>Add subject</source>
        <translation>Tambah mata pelajaran</translation>
    </message>
    <message>
        <source>Remove subject</source>
        <translation>Hapus mata pelajaran</translation>
    </message>
    <message>
        <source>Class groups (rombel):</source>
        <translation>Rombongan belajar (rombel):</translation>
    </message>
    <message>
        <source>Class teachers&apos; position:</source>
        <translation>Jabatan guru kelas:</translation>
    </message>
    <message>
        <source>Subjects taught by subject teachers:</source>
        <translation>Mata pelajaran yang diajar guru mata pelajaran:</translation>
    </message>
    <message>
        <source>Teacher need (%1 lesson hours a week per teacher):</source>
        <translation>Kebutuhan guru (%1 jam tatap muka seminggu per guru):</translation>
    </message>
    <message>
        <source>Subject %1 has no name: name it or remove the row.</source>
        <translation>Mata pelajaran %1 belum bernama: beri nama atau hapus barisnya.</translation>
    </message>
    <message>
        <source>Choose the teachers&apos; position for subject %1.</source>
        <translation>Pilih jabatan guru untuk mata pelajaran %1.</translation>
    </message>
    <message>
        <source>The subject &quot;%1&quot; is listed twice: keep one row.</source>
        <translation>Mata pelajaran &quot;%1&quot; tercantum dua kali: sisakan satu baris.</translation>
    </message>
    <message>
        <source>Teacher need of the school: %1.</source>
        <translation>Kebutuhan guru sekolah ini: %1.</translation>
    </message>
</context>
<context>
    <name>imbang::TeacherNeedResultModel</name>
    <message>
        <source>class teachers</source>
        <translation>guru kelas</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Mata pelajaran</translation>
    </message>
    <message>
        <source>Lesson hours a week</source>
        <translation>Jam pelajaran seminggu</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Selisih</translation>
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
    <message>
        <source>Decree (SK)…</source>
        <translation>SK…</translation>
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
<context>
    <name>imbang::WorkloadBreakdownModel</name>
    <message>
        <source>%1 (its own posts)</source>
        <translation>%1 (jabatan di unit induk)</translation>
    </message>
    <message>
        <source>EJ %1: grade %2 (%3)</source>
        <translation>EJ %1: grade %2 (%3)</translation>
    </message>
    <message>
        <source>none in post</source>
        <translation>tidak ada pegawai</translation>
    </message>
    <message>
        <source>%1
Need %2, in post %3, gap %4
Surplus %5, shortage %6
Retiring within 5 years: %7</source>
        <translation>%1
Kebutuhan %2, pegawai %3, selisih %4
Kelebihan %5, kekurangan %6
Pensiun dalam 5 tahun: %7</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Kelebihan</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <source>EJ</source>
        <translation>EJ</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Retiring (5 yrs)</source>
        <translation>Pensiun (5 th)</translation>
    </message>
    <message>
        <source>Gap in 5 yrs</source>
        <translation>Selisih 5 th lagi</translation>
    </message>
</context>
<context>
    <name>imbang::WorkloadDashboard</name>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Show the unit above the selected one</source>
        <translation>Tampilkan unit induk dari unit yang dipilih</translation>
    </message>
    <message>
        <source>Per sub-unit</source>
        <translation>Per sub-unit</translation>
    </message>
    <message>
        <source>Per position</source>
        <translation>Per jabatan</translation>
    </message>
    <message>
        <source>Per regency/city</source>
        <translation>Per kabupaten/kota</translation>
    </message>
    <message>
        <source>What the rows and bars stand for</source>
        <translation>Arti baris dan batang grafik</translation>
    </message>
    <message>
        <source>Only positions of one family (rumpun)</source>
        <translation>Hanya jabatan dari satu rumpun</translation>
    </message>
    <message>
        <source>Teachers only</source>
        <translation>Hanya guru</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Chart of need and staff…</source>
        <translation>Grafik kebutuhan dan pegawai…</translation>
    </message>
    <message>
        <source>Chart of surplus and shortage…</source>
        <translation>Grafik kelebihan dan kekurangan…</translation>
    </message>
    <message>
        <source>Chart of grades…</source>
        <translation>Grafik grade…</translation>
    </message>
    <message>
        <source>Chart of retirements…</source>
        <translation>Grafik pensiun…</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>Laporan sebagai PDF…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Cetak laporan…</translation>
    </message>
    <message>
        <source>Teacher need…</source>
        <translation>Kebutuhan guru…</translation>
    </message>
    <message>
        <source>Class groups and lesson hours of the selected school</source>
        <translation>Rombel dan jam pelajaran sekolah yang dipilih</translation>
    </message>
    <message>
        <source>ABK of position…</source>
        <translation>ABK jabatan…</translation>
    </message>
    <message>
        <source>Tasks and need of the position selected in the table, in the selected unit</source>
        <translation>Tugas dan kebutuhan jabatan yang dipilih di tabel, pada unit yang dipilih</translation>
    </message>
    <message>
        <source>Save chart as PNG, SVG or PDF…</source>
        <translation>Simpan grafik sebagai PNG, SVG, atau PDF…</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Retirement outlook</source>
        <translation>Proyeksi pensiun</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>All position families</source>
        <translation>Semua rumpun jabatan</translation>
    </message>
    <message>
        <source>Workload: %1 (%2)</source>
        <translation>Beban kerja: %1 (%2)</translation>
    </message>
    <message>
        <source>Workload: the whole office</source>
        <translation>Beban kerja: seluruh kantor</translation>
    </message>
    <message>
        <source>As of %1: need %2, in post %3, gap %4 (surplus %5, shortage %6); EJ %7, grade %8 (%9). Retiring within 5 years: %10. WKE %11 hours a year.</source>
        <translation>Per %1: kebutuhan %2, pegawai %3, selisih %4 (kelebihan %5, kekurangan %6); EJ %7, grade %8 (%9). Pensiun dalam 5 tahun: %10. WKE %11 jam setahun.</translation>
    </message>
    <message numerus="yes">
        <source>Grade %1 (%2), EJ %3: %n row(s)</source>
        <translation>
            <numerusform>Grade %1 (%2), EJ %3: %n baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n retiring
Staff at year end %2, need %3
Projected gap %4, projected shortage %5</source>
        <translation>
            <numerusform>%1: %n orang pensiun
Pegawai akhir tahun %2, kebutuhan %3
Proyeksi selisih %4, proyeksi kekurangan %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Need %2, in post %3
Gap %4 (surplus %5, shortage %6)
EJ %7, grade %8</source>
        <translation>%1
Kebutuhan %2, pegawai %3
Selisih %4 (kelebihan %5, kekurangan %6)
EJ %7, grade %8</translation>
    </message>
    <message>
        <source>Click to open this unit.</source>
        <translation>Klik untuk membuka unit ini.</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>Tidak ada grafik untuk disimpan.</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Beban kerja</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>beban-kerja</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Simpan grafik</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Gambar PNG (*.png);;Gambar SVG (*.svg);;Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print workload report</source>
        <translation>Cetak laporan beban kerja</translation>
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
    <message>
        <source>Write it NOT encrypted: anyone who gets the file can read the personal data in it</source>
        <translation>Tulis TANPA enkripsi: siapa pun yang mendapatkan berkasnya dapat membaca data pribadi di dalamnya</translation>
    </message>
    <message>
        <source>Trusted offices appear here after one of their packages was imported. A package for an office is encrypted so that only that office can open it, and Imbang remembers what it has, so that its answer merges without false conflicts.</source>
        <translation>Kantor tepercaya muncul di sini setelah salah satu paketnya diimpor. Paket untuk sebuah kantor dienkripsi sehingga hanya kantor itu yang dapat membukanya, dan Imbang mengingat apa yang dimilikinya, sehingga balasannya tergabung tanpa konflik palsu.</translation>
    </message>
    <message>
        <source>The package will be encrypted for %1: only that office can open it.</source>
        <translation>Paket akan dienkripsi untuk %1: hanya kantor itu yang dapat membukanya.</translation>
    </message>
    <message>
        <source>The package will NOT be encrypted. Give it only to the office it is meant for and delete it once it has been imported.</source>
        <translation>Paket TIDAK akan dienkripsi. Serahkan hanya kepada kantor yang dituju dan hapus setelah diimpor.</translation>
    </message>
    <message>
        <source>Choose the office the package is for, so that it is encrypted, or tick the box above to write it without encryption.</source>
        <translation>Pilih kantor tujuan paket agar paket dienkripsi, atau centang kotak di atas untuk menulisnya tanpa enkripsi.</translation>
    </message>
    <message>
        <source>Encrypted for %1.</source>
        <translation>Dienkripsi untuk %1.</translation>
    </message>
    <message>
        <source>Not encrypted.</source>
        <translation>Tidak dienkripsi.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>saved message, then whether it was encrypted</comment>
        <translation>%1 %2</translation>
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
    <message>
        <source>Encryption:</source>
        <translation>Enkripsi:</translation>
    </message>
    <message>
        <source>Encrypted for this office: nobody else could read it on the way.</source>
        <translation>Dienkripsi untuk kantor ini: tidak ada pihak lain yang dapat membacanya di perjalanan.</translation>
    </message>
    <message>
        <source>NOT encrypted: anyone who had the file could read the personal data in it.</source>
        <translation>TIDAK dienkripsi: siapa pun yang memegang berkasnya dapat membaca data pribadi di dalamnya.</translation>
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
<context>
    <name>imbang::ui::AccountDialog</name>
    <message>
        <source>Protect this database with user accounts</source>
        <translation>Lindungi basis data ini dengan akun pengguna</translation>
    </message>
    <message>
        <source>New user account</source>
        <translation>Akun pengguna baru</translation>
    </message>
    <message>
        <source>e.g. siti.rahma</source>
        <translation>mis. siti.rahma</translation>
    </message>
    <message>
        <source>18 digits, optional</source>
        <translation>18 digit, boleh kosong</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Kata sandi &amp;sementara:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>Several officers share this computer? Create the administrator account now. From then on everyone logs in with their own account, each role may do only its own work, and the audit trail names who did what. Without accounts the program runs for a single user.</source>
        <translation>Komputer ini dipakai bersama beberapa petugas? Buat akun administrator sekarang. Sejak itu setiap orang masuk dengan akunnya sendiri, setiap peran hanya boleh mengerjakan tugasnya, dan jejak audit mencatat siapa melakukan apa. Tanpa akun, program berjalan untuk satu pengguna.</translation>
    </message>
    <message>
        <source>The new user must change this temporary password at the first login.</source>
        <translation>Pengguna baru wajib mengganti kata sandi sementara ini saat pertama masuk.</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Buat administrator</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Buat</translation>
    </message>
    <message>
        <source>&amp;Continue without accounts</source>
        <translation>&amp;Lanjutkan tanpa akun</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Kedua kata sandi berbeda; ketik ulang.</translation>
    </message>
</context>
<context>
    <name>imbang::ui::ChangePasswordDialog</name>
    <message>
        <source>Change the password of %1</source>
        <translation>Ganti kata sandi %1</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Kata sandi &amp;sementara:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Kata sandi saat &amp;ini:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Ganti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The two new passwords differ; type them again.</source>
        <translation>Kedua kata sandi baru berbeda; ketik ulang.</translation>
    </message>
    <message numerus="yes">
        <source>An administrator set a temporary password. Choose your own before you go on: at least %n characters, without your name or NIP.</source>
        <translation>
            <numerusform>Administrator menetapkan kata sandi sementara. Pilih kata sandi sendiri sebelum melanjutkan: paling sedikit %n karakter, tanpa nama atau NIP Anda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, without your name or NIP.</source>
        <translation>
            <numerusform>Paling sedikit %n karakter, tanpa nama atau NIP Anda.</numerusform>
        </translation>
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
    <name>imbang::ui::CompetenceDialog</name>
    <message>
        <source>Remove row</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Performance and competence of %1</source>
        <translation>Kinerja dan kompetensi %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Old score</source>
        <translation>Nilai lama</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Bidang/mapel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nomor/dokumen</translation>
    </message>
    <message>
        <source>Performance ratings</source>
        <translation>Predikat kinerja</translation>
    </message>
    <message>
        <source>Certifications and trainings</source>
        <translation>Sertifikasi dan diklat</translation>
    </message>
    <message>
        <source>&amp;Performance predicates (SKP), one per year:</source>
        <translation>&amp;Predikat kinerja (SKP), satu per tahun:</translation>
    </message>
    <message>
        <source>Add &amp;year</source>
        <translation>Tambah &amp;tahun</translation>
    </message>
    <message>
        <source>&amp;Certifications and trainings (diklat):</source>
        <translation>&amp;Sertifikasi dan diklat:</translation>
    </message>
    <message>
        <source>Add c&amp;ertification or training</source>
        <translation>Tambah s&amp;ertifikasi atau diklat</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Sertifikasi</translation>
    </message>
    <message>
        <source>Training (diklat)</source>
        <translation>Diklat</translation>
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
    <name>imbang::ui::DecreeDialog</name>
    <message>
        <source>Decree</source>
        <translation>SK</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finalkan…</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation>&amp;Tanggal penetapan:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Pratinjau cetak…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Simpan P&amp;DF…</translation>
    </message>
    <message>
        <source>Save &amp;ODT…</source>
        <translation>Simpan &amp;ODT…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <source>Final decree %1 for %n person(s); it is reprinted exactly as issued.</source>
        <translation>
            <numerusform>SK final %1 untuk %n orang; dicetak ulang persis seperti saat ditetapkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft decree for %n person(s). Finalising assigns the next number and marks the transfers &quot;SK terbit&quot;.</source>
        <translation>
            <numerusform>Konsep SK untuk %n orang. Memfinalkan memberi nomor berikutnya dan menandai mutasinya &quot;SK terbit&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <source>Save decree as PDF</source>
        <translation>Simpan SK sebagai PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save decree as ODT</source>
        <translation>Simpan SK sebagai ODT</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Teks OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Finalise decree</source>
        <translation>Finalkan SK</translation>
    </message>
    <message numerus="yes">
        <source>Finalise this decree dated %1? It gets the next number, %n transfer(s) become &quot;SK terbit&quot;, and the decree can no longer be changed.</source>
        <translation>
            <numerusform>Finalkan SK bertanggal %1 ini? SK mendapat nomor berikutnya, %n mutasi menjadi &quot;SK terbit&quot;, dan SK tidak dapat diubah lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decree %1 is final.</source>
        <translation>SK %1 sudah final.</translation>
    </message>
</context>
<context>
    <name>imbang::ui::DecreeListModel</name>
    <message>
        <source>Not final yet: finalising gives it the next number and marks the transfers &quot;SK terbit&quot;.</source>
        <translation>Belum final: saat difinalkan, SK mendapat nomor berikutnya dan mutasinya menjadi &quot;SK terbit&quot;.</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>(numbered when final)</source>
        <translation>(bernomor setelah final)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Jumlah orang</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Usulan / mutasi</translation>
    </message>
</context>
<context>
    <name>imbang::ui::DecreeListWidget</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Pratinjau cetak…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Simpan P&amp;DF…</translation>
    </message>
    <message>
        <source>Save &amp;ODT…</source>
        <translation>Simpan &amp;ODT…</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finalkan…</translation>
    </message>
    <message>
        <source>Drafts and final decrees</source>
        <translation>Draf dan SK final</translation>
    </message>
    <message>
        <source>Drafts only</source>
        <translation>Draf saja</translation>
    </message>
    <message>
        <source>Final decrees only</source>
        <translation>SK final saja</translation>
    </message>
    <message>
        <source>Search number, subject, proposal or transfer</source>
        <translation>Cari nomor, perihal, usulan atau mutasi</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>Decrees</source>
        <translation>Surat keputusan</translation>
    </message>
    <message>
        <source>Drafts: %1 · Final decrees: %2</source>
        <translation>Draf: %1 · SK final: %2</translation>
    </message>
    <message>
        <source>Your role may not issue decrees.</source>
        <translation>Peran Anda tidak berwenang menerbitkan SK.</translation>
    </message>
    <message>
        <source>Decree %1 can no longer be read.</source>
        <translation>SK %1 tidak dapat dibaca lagi.</translation>
    </message>
    <message>
        <source>Finalise decree</source>
        <translation>Finalkan SK</translation>
    </message>
    <message numerus="yes">
        <source>Finalise the decree for %n person(s) dated %1? It gets the next number, the transfers become &quot;SK terbit&quot;, and the decree can no longer be changed.</source>
        <translation>
            <numerusform>Finalkan SK untuk %n orang bertanggal %1? SK mendapat nomor berikutnya, mutasinya menjadi &quot;SK terbit&quot;, dan SK tidak dapat diubah lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decree %1 is final.</source>
        <translation>SK %1 sudah final.</translation>
    </message>
</context>
<context>
    <name>imbang::ui::DecreeTemplateEditor</name>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>top</source>
        <translation>atas</translation>
    </message>
    <message>
        <source>right</source>
        <translation>kanan</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>bawah</translation>
    </message>
    <message>
        <source>left</source>
        <translation>kiri</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>One item a line. Placeholders: {nama}, {nip}, {jabatan_lama}, {unit_lama}, {jabatan_baru}, {unit_baru}, {tmt}, {jumlah}, {jumlah_terbilang}, {pejabat}, {tempat}, {tahun}; {diktum1}, {diktum2}, ... stand for the label of a clause (KESATU, KEDUA, ...), which is generated.</source>
        <translation>Satu butir satu baris. Penanda: {nama}, {nip}, {jabatan_lama}, {unit_lama}, {jabatan_baru}, {unit_baru}, {tmt}, {jumlah}, {jumlah_terbilang}, {pejabat}, {tempat}, {tahun}; {diktum1}, {diktum2}, ... diganti dengan sebutan diktum (KESATU, KEDUA, ...) yang dibuat otomatis.</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Pejabat penetap:</translation>
    </message>
    <message>
        <source>&amp;Place of issue:</source>
        <translation>&amp;Tempat penetapan:</translation>
    </message>
    <message>
        <source>&amp;Subject (TENTANG):</source>
        <translation>&amp;Judul (TENTANG):</translation>
    </message>
    <message>
        <source>&amp;Menimbang:</source>
        <translation>&amp;Menimbang:</translation>
    </message>
    <message>
        <source>M&amp;engingat:</source>
        <translation>M&amp;engingat:</translation>
    </message>
    <message>
        <source>Memperhatikan:</source>
        <translation>Memperhatikan:</translation>
    </message>
    <message>
        <source>KESATU, one person:</source>
        <translation>KESATU, satu orang:</translation>
    </message>
    <message>
        <source>KESATU, several:</source>
        <translation>KESATU, beberapa orang:</translation>
    </message>
    <message>
        <source>LAMPIRAN title:</source>
        <translation>Judul LAMPIRAN:</translation>
    </message>
    <message>
        <source>Further clauses:</source>
        <translation>Diktum berikutnya:</translation>
    </message>
    <message>
        <source>Delegation (a.n.):</source>
        <translation>Atas nama (a.n.):</translation>
    </message>
    <message>
        <source>Signer&apos;s office:</source>
        <translation>Jabatan penanda tangan:</translation>
    </message>
    <message>
        <source>Signer&apos;s name:</source>
        <translation>Nama penanda tangan:</translation>
    </message>
    <message>
        <source>Signer&apos;s rank:</source>
        <translation>Pangkat penanda tangan:</translation>
    </message>
    <message>
        <source>Signer&apos;s NIP:</source>
        <translation>NIP penanda tangan:</translation>
    </message>
    <message>
        <source>Tembusan heading:</source>
        <translation>Pengantar tembusan:</translation>
    </message>
    <message>
        <source>Tembusan:</source>
        <translation>Tembusan:</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Pilih gambar…</translation>
    </message>
    <message>
        <source>Built-in emblem</source>
        <translation>Lambang bawaan</translation>
    </message>
    <message>
        <source>Emblem:</source>
        <translation>Lambang:</translation>
    </message>
    <message>
        <source>&amp;Number pattern:</source>
        <translation>Pola &amp;nomor:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Margin:</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Huruf:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Ukuran huruf:</translation>
    </message>
    <message>
        <source>&amp;Save decree template</source>
        <translation>&amp;Simpan templat SK</translation>
    </message>
    <message>
        <source>Shipped &amp;default</source>
        <translation>Templat &amp;bawaan</translation>
    </message>
    <message>
        <source>Choose the emblem</source>
        <translation>Pilih lambang</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.svg *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Decree template</source>
        <translation>Templat SK</translation>
    </message>
    <message>
        <source>%1 is not an SVG, PNG or JPEG image that can be read. Choose another file.</source>
        <translation>%1 bukan gambar SVG, PNG atau JPEG yang dapat dibaca. Pilih berkas lain.</translation>
    </message>
    <message>
        <source>The decree template was saved.</source>
        <translation>Templat SK sudah disimpan.</translation>
    </message>
    <message>
        <source>Replace the office&apos;s decree template by the shipped default? Final decrees keep their own copy and do not change.</source>
        <translation>Ganti templat SK kantor dengan templat bawaan? SK yang sudah final menyimpan salinannya sendiri dan tidak berubah.</translation>
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
    <message>
        <source>Rank or post changed</source>
        <translation>Pangkat atau jabatan berubah</translation>
    </message>
    <message>
        <source>The rank or the post (unit, position, TMT) of %1 changed. Is it a new entry in the history from its TMT (a promotion or a new post), or a correction of what was recorded wrongly?</source>
        <translation>Pangkat atau jabatan (unit, jabatan, TMT) %1 berubah. Apakah ini entri baru dalam riwayat sejak TMT-nya (kenaikan pangkat atau jabatan baru), atau koreksi atas data yang salah dicatat?</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>Entri &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Correction</source>
        <translation>&amp;Koreksi</translation>
    </message>
    <message>
        <source>Performance and &amp;competence…</source>
        <translation>&amp;Kinerja dan kompetensi…</translation>
    </message>
    <message>
        <source>Do not &amp;move (planner)…</source>
        <translation>&amp;Jangan dipindah (perencana)…</translation>
    </message>
    <message>
        <source>The planner leaves this person where they are; the reason is recorded</source>
        <translation>Perencana membiarkan pegawai ini di tempatnya; alasannya dicatat</translation>
    </message>
    <message>
        <source>&amp;Allow moving again</source>
        <translation>&amp;Izinkan dipindah lagi</translation>
    </message>
    <message>
        <source>Own transfer re&amp;quest…</source>
        <translation>Permintaan pindah &amp;sendiri…</translation>
    </message>
    <message>
        <source>Do not &amp;move (planner): change reason…</source>
        <translation>&amp;Jangan dipindah (perencana): ubah alasan…</translation>
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
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>No history recorded yet. It grows as ranks and posts change.</source>
        <translation>Belum ada riwayat. Riwayat bertambah saat pangkat dan jabatan berubah.</translation>
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
    <name>imbang::ui::EmployeeFinder</name>
    <message>
        <source>Search by name or NIP</source>
        <translation>Cari menurut nama atau NIP</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>… %n more: narrow the search</source>
        <translation>
            <numerusform>… %n lagi: persempit pencarian</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>&amp;Pegawai:</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Pegawai:</translation>
    </message>
    <message>
        <source>%1 (NIP %2)</source>
        <translation>%1 (NIP %2)</translation>
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
    <name>imbang::ui::HoldDialog</name>
    <message>
        <source>Do not move</source>
        <translation>Tahan (jangan dipindah)</translation>
    </message>
    <message>
        <source>The planner leaves this person where they are. Write why: the office must be able to show the reason later. A transfer can still be proposed by hand.</source>
        <translation>Perencana membiarkan pegawai ini di tempatnya. Tuliskan alasannya: kantor harus dapat menunjukkannya kelak. Mutasi tetap dapat diusulkan secara manual.</translation>
    </message>
    <message>
        <source>Health: under medical treatment</source>
        <translation>Kesehatan: sedang dalam perawatan</translation>
    </message>
    <message>
        <source>Follows the spouse&apos;s posting</source>
        <translation>Mengikuti tempat tugas suami/istri</translation>
    </message>
    <message>
        <source>Study leave or service bond</source>
        <translation>Tugas belajar atau ikatan dinas</translation>
    </message>
    <message>
        <source>Cares for a seriously ill family member</source>
        <translation>Merawat anggota keluarga yang sakit berat</translation>
    </message>
    <message>
        <source>Only specialist in the unit</source>
        <translation>Satu-satunya tenaga ahli di unit</translation>
    </message>
    <message>
        <source>Reason (required), e.g. health or the spouse&apos;s posting</source>
        <translation>Alasan (wajib), misalnya kesehatan atau tempat tugas suami/istri</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Tahan</translation>
    </message>
</context>
<context>
    <name>imbang::ui::HoldListModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
</context>
<context>
    <name>imbang::ui::LoginDialog</name>
    <message>
        <source>Log in to Imbang</source>
        <translation>Masuk ke Imbang</translation>
    </message>
    <message>
        <source>This office database is protected by user accounts.</source>
        <translation>Basis data kantor ini dilindungi akun pengguna.</translation>
    </message>
    <message>
        <source>%1: this office database is protected by user accounts.</source>
        <translation>%1: basis data kantor ini dilindungi akun pengguna.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Imbang is locked</source>
        <translation>Imbang terkunci</translation>
    </message>
    <message>
        <source>The program was locked after a time without use. Your open work is kept; enter the password of %1 to go on.</source>
        <translation>Program terkunci karena lama tidak dipakai. Pekerjaan yang terbuka tetap tersimpan di layar; masukkan kata sandi %1 untuk melanjutkan.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Isi nama pengguna Anda.</translation>
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
        <translation>Pe&amp;gawai</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Import staff list…</source>
        <translation>&amp;Impor daftar pegawai…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Riwayat impor…</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Jejak audit</translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation>B&amp;eban kerja</translation>
    </message>
    <message>
        <source>&amp;Export exchange package…</source>
        <translation>&amp;Ekspor paket pertukaran…</translation>
    </message>
    <message>
        <source>Import exchange &amp;package…</source>
        <translation>Impor &amp;paket pertukaran…</translation>
    </message>
    <message>
        <source>&amp;Offices</source>
        <translation>&amp;Kantor</translation>
    </message>
    <message>
        <source>No office database</source>
        <translation>Belum ada basis data kantor</translation>
    </message>
    <message>
        <source>Open or create your office database first, then import the package with Data &gt; Import exchange package.</source>
        <translation>Buka atau buat basis data kantor Anda terlebih dahulu, lalu impor paket itu melalui Data &gt; Impor paket pertukaran.</translation>
    </message>
    <message>
        <source>&amp;Decree template</source>
        <translation>Templat &amp;SK</translation>
    </message>
    <message>
        <source>P&amp;lanner</source>
        <translation>Pe&amp;rencana</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Ganti &amp;kata sandi…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>Import performance &amp;predicates (SKP)…</source>
        <translation>Impor &amp;predikat kinerja (SKP)…</translation>
    </message>
    <message>
        <source>Import performance predicates</source>
        <translation>Impor predikat kinerja</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv *.txt)</source>
        <translation>Lembar kerja (*.xlsx *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Tidak diimpor</translation>
    </message>
    <message>
        <source>The file has no data.</source>
        <translation>Berkas tidak berisi data.</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these rows in the file and import it again:
%1</source>
        <translation>Tidak ada yang diimpor. Perbaiki baris-baris berikut di berkas lalu impor lagi:
%1</translation>
    </message>
    <message>
        <source>Performance predicates imported</source>
        <translation>Predikat kinerja diimpor</translation>
    </message>
    <message>
        <source>%1 predicates written for %2 employees.</source>
        <translation>%1 predikat ditulis untuk %2 pegawai.</translation>
    </message>
    <message>
        <source>Nobody is logged in: this database has no user accounts yet. Create the first administrator with Tools &gt; User accounts.</source>
        <translation>Tidak ada yang masuk: basis data ini belum mempunyai akun pengguna. Buat administrator pertama lewat Alat &gt; Akun pengguna.</translation>
    </message>
    <message>
        <source>&amp;User accounts…</source>
        <translation>Akun &amp;pengguna…</translation>
    </message>
    <message>
        <source>Checking the file for damage…</source>
        <translation>Memeriksa keutuhan berkas…</translation>
    </message>
    <message>
        <source>File checked: no damage found.</source>
        <translation>Berkas sudah diperiksa: tidak ada kerusakan.</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>&amp;Mutasi</translation>
    </message>
    <message>
        <source>De&amp;crees</source>
        <translation>&amp;Keputusan</translation>
    </message>
    <message>
        <source>Perf&amp;ormance</source>
        <translation>K&amp;inerja</translation>
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
    <name>imbang::ui::PerformanceOverviewPage</name>
    <message>
        <source>Rating &amp;year:</source>
        <translation>&amp;Tahun penilaian:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Double-click a person to open them in the employee list.</source>
        <translation>Klik dua kali seorang pegawai untuk membukanya di daftar pegawai.</translation>
    </message>
    <message numerus="yes">
        <source>%n active employee(s). In %1: %2 rated at least Baik, %3 below Baik, %4 not rated. %5 in post for more than %6 years.</source>
        <translation>
            <numerusform>%n pegawai aktif. Tahun %1: %2 berpredikat paling rendah Baik, %3 di bawah Baik, %4 belum dinilai. %5 orang lebih dari %6 tahun dalam jabatan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Due for rotation</source>
        <translation>Layak rotasi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>In post since</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <source>Years in post</source>
        <translation>Masa jabatan (tahun)</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>Predikat %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>belum dinilai</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Due for rotation&lt;/b&gt;: %n person(s) in post for more than %1 years, longest first</source>
        <translation>
            <numerusform>&lt;b&gt;Layak rotasi&lt;/b&gt;: %n orang lebih dari %1 tahun dalam jabatan, yang terlama di atas</numerusform>
        </translation>
    </message>
    <message>
        <source>Performance report</source>
        <translation>Laporan kinerja</translation>
    </message>
    <message>
        <source>Save performance report</source>
        <translation>Simpan laporan kinerja</translation>
    </message>
    <message>
        <source>performance-%1.pdf</source>
        <translation>kinerja-%1.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print performance report</source>
        <translation>Cetak laporan kinerja</translation>
    </message>
</context>
<context>
    <name>imbang::ui::PlanMoveModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Why this person</source>
        <translation>Alasan pegawai ini</translation>
    </message>
    <message>
        <source>Yes, to %1</source>
        <translation>Ya, ke %1</translation>
    </message>
    <message>
        <source>Own request</source>
        <translation>Permintaan sendiri</translation>
    </message>
</context>
<context>
    <name>imbang::ui::PlannerPage</name>
    <message>
        <source>All families</source>
        <translation>Semua rumpun</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>Ren&amp;canakan</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Cakupan:</translation>
    </message>
    <message>
        <source>Position family:</source>
        <translation>Rumpun jabatan:</translation>
    </message>
    <message>
        <source>At most moves:</source>
        <translation>Paling banyak perpindahan:</translation>
    </message>
    <message>
        <source>At most per move:</source>
        <translation>Paling jauh per perpindahan:</translation>
    </message>
    <message>
        <source>TMT:</source>
        <translation>TMT:</translation>
    </message>
    <message>
        <source>P&amp;in move</source>
        <translation>K&amp;unci perpindahan</translation>
    </message>
    <message>
        <source>E&amp;xclude person</source>
        <translation>&amp;Kecualikan pegawai</translation>
    </message>
    <message>
        <source>Exclude &amp;origin unit</source>
        <translation>Kecualikan unit &amp;asal</translation>
    </message>
    <message>
        <source>&amp;Clear pins and exclusions</source>
        <translation>&amp;Hapus kunci dan pengecualian</translation>
    </message>
    <message>
        <source>Create &amp;draft transfers</source>
        <translation>Buat &amp;draf mutasi</translation>
    </message>
    <message>
        <source>Choose the scope in the unit tree and press Plan.</source>
        <translation>Pilih cakupan pada pohon unit lalu tekan Rencanakan.</translation>
    </message>
    <message>
        <source>%1 with its sub-units</source>
        <translation>%1 beserta sub-unitnya</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>Seluruh kantor</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Sedang merencanakan…</translation>
    </message>
    <message>
        <source>Shortage covered: %1 of %2 · surplus left: %3 of %4 · people moved: %5 (%6 pinned, %7 on own request, %8 across a kabupaten/kota border) · total distance: %9 km</source>
        <translation>Kekurangan terisi: %1 dari %2 · kelebihan tersisa: %3 dari %4 · pegawai dipindah: %5 (%6 dikunci, %7 atas permintaan sendiri, %8 antar kabupaten/kota) · jarak total: %9 km</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s) proposed.</source>
        <translation>
            <numerusform>%n perpindahan diusulkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned: %1 · excluded people: %2 · excluded units: %3</source>
        <translation>Dikunci: %1 · pegawai dikecualikan: %2 · unit dikecualikan: %3</translation>
    </message>
    <message>
        <source>Create draft transfers</source>
        <translation>Buat draf mutasi</translation>
    </message>
    <message>
        <source>Tick the moves to propose first.</source>
        <translation>Centang dulu perpindahan yang akan diusulkan.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n draft transfer(s) from the ticked moves? They then follow the normal workflow: checks, documents, approval and decree.</source>
        <translation>
            <numerusform>Buat %n draf mutasi dari perpindahan yang dicentang? Selanjutnya mengikuti alur biasa: pemeriksaan, dokumen, persetujuan, dan SK.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n draft transfer(s).</source>
        <translation>
            <numerusform>%n draf mutasi dibuat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not &amp;move…</source>
        <translation>&amp;Jangan dipindah…</translation>
    </message>
    <message>
        <source>People the planner leaves where they are, each with the recorded reason</source>
        <translation>Pegawai yang dibiarkan perencana di tempatnya, masing-masing dengan alasan yang dicatat</translation>
    </message>
    <message>
        <source>Own re&amp;quests…</source>
        <translation>Permintaan &amp;sendiri…</translation>
    </message>
    <message>
        <source>Employees who asked to move to another kabupaten/kota; the planner honours them first</source>
        <translation>Pegawai yang meminta pindah ke kabupaten/kota lain; perencana mendahulukan mereka</translation>
    </message>
    <message>
        <source>&amp;Hold person…</source>
        <translation>Ta&amp;han orang ini…</translation>
    </message>
    <message>
        <source>Mark the selected person &quot;do not move&quot; with the reason, and plan again</source>
        <translation>Tandai pegawai terpilih &quot;jangan dipindah&quot; beserta alasannya, lalu rencanakan ulang</translation>
    </message>
    <message>
        <source>Holds or own requests changed: press Plan to see their effect.</source>
        <translation>Penahanan atau permintaan sendiri berubah: tekan Rencanakan untuk melihat pengaruhnya.</translation>
    </message>
</context>
<context>
    <name>imbang::ui::PlannerPeopleDialog</name>
    <message>
        <source>Holds and own requests</source>
        <translation>Penahanan dan permintaan sendiri</translation>
    </message>
    <message>
        <source>&amp;Hold a person…</source>
        <translation>&amp;Tahan pegawai…</translation>
    </message>
    <message>
        <source>&amp;Change reason…</source>
        <translation>&amp;Ubah alasan…</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Cabut</translation>
    </message>
    <message>
        <source>The planner never proposes moving these people. Each has the reason recorded, with who recorded it and when.</source>
        <translation>Perencana tidak pernah mengusulkan pemindahan pegawai ini. Masing-masing dicatat alasannya, siapa yang mencatat dan kapan.</translation>
    </message>
    <message>
        <source>Do not move</source>
        <translation>Tahan (jangan dipindah)</translation>
    </message>
    <message>
        <source>&amp;Record a request…</source>
        <translation>&amp;Catat permintaan…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Ta&amp;rik</translation>
    </message>
    <message>
        <source>Employees who asked to move to another kabupaten/kota. The planner proposes them first wherever a shortage there fits; the last column says whether the current plan does.</source>
        <translation>Pegawai yang meminta pindah ke kabupaten/kota lain. Perencana mendahulukan mereka di mana pun kekurangan di sana cocok; kolom terakhir menunjukkan apakah rencana saat ini memenuhinya.</translation>
    </message>
    <message>
        <source>Own requests</source>
        <translation>Permintaan sendiri</translation>
    </message>
</context>
<context>
    <name>imbang::ui::PlannerSettingsPage</name>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source> JTM a week</source>
        <translation> JTM per minggu</translation>
    </message>
    <message>
        <source>Allow moving into another position of the same family</source>
        <translation>Izinkan pindah ke jabatan lain dalam rumpun yang sama</translation>
    </message>
    <message>
        <source>Allow moving into another position family</source>
        <translation>Izinkan pindah ke rumpun jabatan lain</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Batas</translation>
    </message>
    <message>
        <source>At most &amp;moves in one plan:</source>
        <translation>Paling banyak &amp;pemindahan per rencana:</translation>
    </message>
    <message>
        <source>Longest &amp;move by road:</source>
        <translation>Pemindahan &amp;terjauh lewat jalan:</translation>
    </message>
    <message>
        <source>A &amp;teacher keeps:</source>
        <translation>&amp;Guru tetap mengajar:</translation>
    </message>
    <message>
        <source>The planner only moves people a unit has above its need (and above a minimum recorded for the unit), so no unit is emptied below its minimum. Teachers never change subject, so a moved teacher keeps the teaching hours above, which also give the teacher need of each school.</source>
        <translation>Perencana hanya memindahkan pegawai yang melebihi kebutuhan unit (dan melebihi batas minimal yang dicatat untuk unit itu), sehingga tidak ada unit yang dikosongkan di bawah minimalnya. Guru tidak pernah berganti mata pelajaran, sehingga guru yang dipindah tetap memegang jam mengajar di atas, yang juga menentukan kebutuhan guru tiap sekolah.</translation>
    </message>
    <message>
        <source>Cost of a move</source>
        <translation>Biaya pemindahan</translation>
    </message>
    <message>
        <source>&amp;Road factor:</source>
        <translation>&amp;Faktor jalan:</translation>
    </message>
    <message>
        <source>Crossing a kabupaten/kota &amp;border adds:</source>
        <translation>Melintasi &amp;batas kabupaten/kota menambah:</translation>
    </message>
    <message>
        <source>Another &amp;position adds:</source>
        <translation>Jabatan &amp;lain menambah:</translation>
    </message>
    <message>
        <source>Another &amp;family adds:</source>
        <translation>&amp;Rumpun lain menambah:</translation>
    </message>
    <message>
        <source>An own &amp;request lowers by:</source>
        <translation>Permintaan &amp;sendiri mengurangi:</translation>
    </message>
    <message>
        <source>&amp;Nearest posts compared:</source>
        <translation>Formasi &amp;terdekat yang dibandingkan:</translation>
    </message>
    <message>
        <source>Shipped &amp;defaults</source>
        <translation>&amp;Bawaan</translation>
    </message>
    <message>
        <source>The planner first covers as much shortage as it can, then keeps the total cost low: a move costs its road distance plus the extra costs below. The Planner page starts with these limits; they can be changed there for one plan.</source>
        <translation>Perencana lebih dulu menutup kekurangan sebanyak mungkin, lalu menekan biaya total: biaya satu pemindahan adalah jarak jalannya ditambah biaya tambahan di bawah. Halaman Perencana dimulai dengan batas ini; di sana batas dapat diubah untuk satu rencana.</translation>
    </message>
    <message>
        <source>Moving into another family must cost at least as much as moving into another position of the same family (%1 km): raise &quot;Another family adds&quot;.</source>
        <translation>Pindah ke rumpun jabatan lain harus berbiaya sekurang-kurangnya sama dengan pindah ke jabatan lain dalam rumpun yang sama (%1 km): naikkan &quot;Rumpun lain menambah&quot;.</translation>
    </message>
    <message>
        <source>A school 10 km away in a straight line counts as %1 km by road.</source>
        <translation>Sekolah yang berjarak 10 km garis lurus dihitung %1 km lewat jalan.</translation>
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
    <message>
        <source>Expects</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <source>(no minimum)</source>
        <translation>(tanpa syarat minimal)</translation>
    </message>
    <message>
        <source>e.g. Sertifikat Pendidik</source>
        <translation>mis. Sertifikat Pendidik</translation>
    </message>
    <message>
        <source>Minimum &amp;education:</source>
        <translation>Pendidikan &amp;minimal:</translation>
    </message>
    <message>
        <source>Expected ce&amp;rtification:</source>
        <translation>Se&amp;rtifikat yang disyaratkan:</translation>
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
    <name>imbang::ui::RequestListModel</name>
    <message>
        <source>Yes: to %1</source>
        <translation>Ya: ke %1</translation>
    </message>
    <message>
        <source>Not in this plan</source>
        <translation>Tidak dalam rencana ini</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Unit now</source>
        <translation>Unit sekarang</translation>
    </message>
    <message>
        <source>Asks to move to</source>
        <translation>Minta pindah ke</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Dicatat pada</translation>
    </message>
    <message>
        <source>In the current plan</source>
        <translation>Dalam rencana saat ini</translation>
    </message>
</context>
<context>
    <name>imbang::ui::ScoreMappingPage</name>
    <message>
        <source>Predicate</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Nilai terendah</translation>
    </message>
    <message>
        <source>Scores that map to it</source>
        <translation>Nilai yang termasuk</translation>
    </message>
    <message>
        <source>Lowest score of %1</source>
        <translation>Nilai terendah %1</translation>
    </message>
    <message>
        <source>anything lower</source>
        <translation>nilai yang lebih rendah</translation>
    </message>
    <message>
        <source>Years before the current predicate scale (PP 46/2011) hold a numeric SKP score. The rating import maps a score to the predicate whose lowest score it reaches. The lowest scores must rise from Kurang to Sangat Baik; the ranges then follow one another without gaps.</source>
        <translation>Tahun-tahun sebelum skala predikat sekarang (PP 46/2011) berisi nilai SKP berupa angka. Impor predikat memetakan nilai ke predikat yang nilai terendahnya tercapai. Nilai terendah harus naik dari Kurang sampai Sangat Baik; rentangnya lalu bersambung tanpa celah.</translation>
    </message>
    <message>
        <source>Shipped &amp;defaults</source>
        <translation>&amp;Bawaan</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 ke atas</translation>
    </message>
    <message>
        <source>%1 up to below %2</source>
        <translation>%1 sampai di bawah %2</translation>
    </message>
    <message>
        <source>none (fix the lowest score)</source>
        <translation>tidak ada (perbaiki nilai terendah)</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>di bawah %1</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>Due for &amp;rotation after more than:</source>
        <translation>Layak &amp;rotasi setelah lebih dari:</translation>
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
    <message>
        <source>P&amp;lanner</source>
        <translation>Pe&amp;rencana</translation>
    </message>
    <message>
        <source>Per&amp;formance</source>
        <translation>K&amp;inerja</translation>
    </message>
</context>
<context>
    <name>imbang::ui::TransferRequestDialog</name>
    <message>
        <source>Own transfer request</source>
        <translation>Permintaan pindah sendiri</translation>
    </message>
    <message>
        <source>The employee asks to move to another kabupaten/kota. The planner proposes such a move first wherever a shortage there fits the person.</source>
        <translation>Pegawai meminta pindah ke kabupaten/kota lain. Perencana mendahulukan pemindahan seperti itu di mana pun kekurangan di sana cocok dengan pegawai tersebut.</translation>
    </message>
    <message>
        <source>e.g. letter of 3 March 2026, follows the spouse</source>
        <translation>mis. surat tanggal 3 Maret 2026, mengikuti suami/istri</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>Pindah &amp;ke:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Record request</source>
        <translation>&amp;Catat permintaan</translation>
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
    <message>
        <source>&amp;Import unit list…</source>
        <translation>&amp;Impor daftar unit…</translation>
    </message>
    <message>
        <source>Import a unit list</source>
        <translation>Impor daftar unit</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv *.txt);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.ods *.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1 contains no data: every sheet is empty.</source>
        <translation>%1 tidak berisi data: semua lembar kosong.</translation>
    </message>
    <message>
        <source>Unit list not imported</source>
        <translation>Daftar unit tidak diimpor</translation>
    </message>
    <message>
        <source>New units: %1, updated: %2, unchanged: %3, rejected: %4.</source>
        <translation>Unit baru: %1, diperbarui: %2, tidak berubah: %3, ditolak: %4.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Unit list imported</source>
        <translation>Daftar unit diimpor</translation>
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
    <name>imbang::ui::UserManagementDialog</name>
    <message>
        <source>Change &amp;role</source>
        <translation>Ubah &amp;peran</translation>
    </message>
    <message>
        <source>Set &amp;temporary password</source>
        <translation>Setel kata sandi &amp;sementara</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Akun terpilih</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation>Kata sandi sementara:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Ulangi:</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>Akun &amp;baru…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no, deactivated</source>
        <translation>tidak, dinonaktifkan</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>must be changed at the next login</source>
        <translation>wajib diganti saat masuk berikutnya</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Aktifkan kembali</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 sekarang berperan sebagai %2.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same temporary password twice.</source>
        <translation>Kedua kata sandi berbeda. Ketik kata sandi sementara yang sama dua kali.</translation>
    </message>
    <message>
        <source>%1 has a temporary password now and must choose a new one at the next login. Tell it to them in person.</source>
        <translation>%1 sekarang memakai kata sandi sementara dan wajib memilih yang baru saat masuk berikutnya. Sampaikan kata sandi itu secara langsung.</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer log in; their name stays in the audit trail.</source>
        <translation>%1 dinonaktifkan dan tidak dapat masuk lagi; namanya tetap tercatat di jejak audit.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 dapat masuk lagi.</translation>
    </message>
    <message>
        <source>Account %1 created; the new user must change the password at the first login.</source>
        <translation>Akun %1 dibuat; pengguna baru itu wajib mengganti kata sandi saat pertama kali masuk.</translation>
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
        <source>Em&amp;ployees</source>
        <translation>&amp;Pegawai</translation>
    </message>
</context>
</TS>
