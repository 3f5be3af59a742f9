#!/usr/bin/python3
# Makes password-protected.ods with LibreOffice through UNO
# (apt-get install libreoffice-calc-nogui python3-uno). The files are committed; run this only to
# remake them. The password is "rahasia". (An encrypted .xlsx could not be made here: LibreOffice
# 7.4 refused EncryptionData for OOXML through UNO and msoffcrypto-tool 5.0 only decrypts.)
import os, subprocess, tempfile, time
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p

here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp()
csv = os.path.join(work, "pegawai.csv")
with open(csv, "w") as f:
    f.write("NIP;Nama\n197910262003091001;Budi Santoso\n")
office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore",
                           "-env:UserInstallation=file://" + work + "/profile",
                           "--accept=pipe,name=imbangfixtures;urp;"])
try:
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    for _ in range(60):
        try:
            ctx = resolver.resolve("uno:pipe,name=imbangfixtures;urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(1)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(csv), "_blank", 0,
                                       (prop("FilterName", "Text - txt - csv (StarCalc)"),
                                        prop("FilterOptions", "59,34,76,1,1/2/2/2"), prop("Hidden", True)))
    doc.storeToURL(uno.systemPathToFileUrl(os.path.join(here, "password-protected.ods")),
                   (prop("FilterName", "calc8"), prop("Password", "rahasia")))
    doc.close(True)
finally:
    office.terminate()
