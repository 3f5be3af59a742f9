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
        <translation>nama</translation>
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
        <translation>Cetak JSON.</translation>
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
        <translation>kode</translation>
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
        <translation>Cetak CSV.</translation>
    </message>
    <message>
        <source>Choose either --json or --csv, not both.</source>
        <translation>Pilih --json atau --csv, jangan keduanya.</translation>
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
        <translation>N</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <name>SchoolProfileRepository</name>
    <message>
        <source>Database error while saving the teacher need: %1</source>
        <translation>Galat basis data saat menyimpan kebutuhan guru: %1</translation>
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
    <name>SqliteReader</name>
    <message>
        <source>The database connection is not an SQLite connection.</source>
        <translation>Koneksi basis data ini bukan koneksi SQLite.</translation>
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
        <translation type="unfinished"></translation>
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
</TS>
