#!/usr/bin/python3
# Makes multisheet.ods and multisheet.xlsx with LibreOffice through UNO (apt-get install
# libreoffice-calc-nogui python3-uno). The files are committed; run this only to remake them.
# Sheet 1 "Petunjuk" is empty; sheet 2 "Data" has a header and rows exercising what ods files hold:
# identical rows (saved as one repeated row), a cell with two lines, runs of spaces, "&" and "<",
# a comment on a cell, real date cells, and numbers. Sheet 3 "Catatan" has one note.
import os, subprocess, tempfile, time
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p

here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp()
office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore",
                           "-env:UserInstallation=file://" + work + "/profile",
                           "--accept=pipe,name=imbangmulti;urp;"])
try:
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    for _ in range(60):
        try:
            ctx = resolver.resolve("uno:pipe,name=imbangmulti;urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(1)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
    sheets = doc.Sheets
    sheets.getByIndex(0).Name = "Petunjuk"
    sheets.insertNewByName("Data", 1)
    sheets.insertNewByName("Catatan", 2)
    data = sheets.getByName("Data")
    header = ["No", "NIP", "Nama", "Tanggal Lahir", "L/P", "Gol/Ruang", "Unit Kerja"]
    rows = [
        [1, "197910262003091001", "Budi  Santoso", (1979, 10, 26), "L", "III/b", "Dinas Pendidikan & Kebudayaan <Kota Jambi>"],
        [2, "199507122023012001", "Rosmawati\nKurniawan", (1995, 7, 12), "P", "IV/a", "Puskesmas Kerinci 3"],
        [3, "199812072025032001", "Fitri Pratama", (1998, 12, 7), "P", "III/a", "Puskesmas Kerinci 3"],
        [3, "199812072025032001", "Fitri Pratama", (1998, 12, 7), "P", "III/a", "Puskesmas Kerinci 3"],
        [3, "199812072025032001", "Fitri Pratama", (1998, 12, 7), "P", "III/a", "Puskesmas Kerinci 3"],
    ]
    for c, h in enumerate(header):
        data.getCellByPosition(c, 0).String = h
    formats = doc.NumberFormats
    from com.sun.star.lang import Locale
    datefmt = formats.queryKey("DD/MM/YYYY", Locale(), False)
    if datefmt == -1:
        datefmt = formats.addNew("DD/MM/YYYY", Locale())
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            cell = data.getCellByPosition(c, r)
            if isinstance(v, tuple):
                cell.Formula = "=DATE(%d;%d;%d)" % v
                cell.Value = cell.Value  # keep the value, not the formula
                cell.NumberFormat = datefmt
            elif isinstance(v, int):
                cell.Value = v
            else:
                cell.String = v
    data.Annotations.insertNew(data.getCellByPosition(2, 1).CellAddress, "diperiksa")
    sheets.getByName("Catatan").getCellByPosition(0, 0).String = "Catatan"
    for name, flt in (("multisheet.ods", "calc8"), ("multisheet.xlsx", "Calc MS Excel 2007 XML")):
        doc.storeToURL(uno.systemPathToFileUrl(os.path.join(here, name)), (prop("FilterName", flt),))
    doc.close(True)
finally:
    office.terminate()
