#!/usr/bin/python3
# Makes the openpyxl fixtures of tests/data/importing with Debian's python3-openpyxl
# (apt-get install python3-openpyxl). The files are committed; run this only to remake them.
#   openpyxl.xlsx          as openpyxl writes it: absolute relationship targets and inline strings
#                          (t="inlineStr"), both of which liborcus 0.17 reads as an empty sheet
#   openpyxl-1904.xlsx     the same rows in the 1904 date system (Excel for Mac)
#   openpyxl-1904-relative.xlsx  openpyxl-1904.xlsx with its relationship targets made relative:
#                          liborcus then opens the sheet but still drops the inline strings
import datetime, re, zipfile
import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HEADER = ["No", "NIP", "Nama", "Tanggal Lahir", "L/P", "Gol/Ruang", "Jabatan", "Unit Kerja"]
ROWS = [
    [1, "199812072025032001", "Fitri Pratama", datetime.date(1998, 12, 7), "P", "III/a", "Bidan Terampil", "Puskesmas Kerinci 3"],
    [2, "197910262003091001", "Budi Santoso, S.Pd.", datetime.date(1979, 10, 26), "L", "III b", "Guru Ahli Muda Kelas", "SD Negeri 1/I Kota Jambi"],
    [3, "199507122023012001", "Rosmawati Kurniawan", datetime.date(1995, 7, 12), "P", "IV/a", "Bidan Terampil", "Puskesmas Kerinci 3"],
]

def book(epoch=None):
    wb = openpyxl.Workbook()
    if epoch is not None:
        wb.epoch = epoch
    ws = wb.active
    ws.title = "Pegawai"
    ws.append(HEADER)
    for r in ROWS:
        ws.append(r)
    for row in ws.iter_rows(min_row=2, min_col=4, max_col=4):
        for c in row:
            c.number_format = "dd/mm/yyyy"
    return wb

book().save("openpyxl.xlsx")
book(CALENDAR_MAC_1904).save("openpyxl-1904.xlsx")

def rewrite(src, dst, change):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, change(item.filename, zin.read(item.filename)))

def relative_targets(name, data):
    if name.endswith(".rels"):
        data = re.sub(rb'Target="/xl/', b'Target="', data) if name == "xl/_rels/workbook.xml.rels" else data
    return data

rewrite("openpyxl-1904.xlsx", "openpyxl-1904-relative.xlsx", relative_targets)
