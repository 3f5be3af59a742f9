<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
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
    <name>YearsMonths</name>
    <message>
        <source>%1 years %2 months</source>
        <translation type="unfinished"></translation>
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
</TS>
