// libFuzzer target for the exchange package reader. The first byte of the input chooses what is fed:
//   0: a whole .imbang file          -> packagefile::verify (header, sizes, recipient, decryption, hash,
//                                       signature), read as the fuzz office
//   1: a compressed payload          -> payloadcodec::decode (next 4 bytes: declared inflated size)
//   2: an inflated archive text      -> payloadcodec::parse, and when it parses, the importer's
//                                       validation and comparison against a small office database
// Modes 1 and 2 reach code that real packages only reach after the signature check: the reader must
// hold even against a trusted office that sends nonsense.
// Build and run: see "Fuzzing" in the README (cmake -DIMBANG_FUZZ=ON with clang).
#include "exchange/officekeys.h"
#include "exchange/packagefile.h"
#include "exchange/packageimporter.h"
#include "exchange/payloadcodec.h"
#include "records/employeerepository.h"
#include "records/unitrepository.h"
#include "storage/database.h"
#include "storage/officeinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QtEndian>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace imbang;
using namespace imbang::exchange;

namespace {

// Small limits keep every input cheap; the logic is the same as with the defaults.
PayloadLimits fuzzLimits() {
    PayloadLimits limits;
    limits.maxFileBytes = 4 * 1024 * 1024;
    limits.maxInflatedBytes = 4 * 1024 * 1024;
    limits.maxRecordsPerSection = 20000;
    limits.maxTextBytes = 4096;
    return limits;
}

struct World {
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<OfficeKeys> keys;
    OfficeInfo office;
};

// Never destroyed: at exit Qt's own globals are gone before a static World's destructor would run.
World &world() {
    static World *w = new World;
    return *w;
}

void setUpDatabase(World &w) {
    w.dir = std::make_unique<QTemporaryDir>();
    OpenResult r = Database::create(w.dir->filePath(QStringLiteral("fuzz.sqlite")));
    if (!r)
        qFatal("%s", qPrintable(r.message));
    w.db = std::move(r.database);
    const QSqlDatabase c = w.db->connection();
    w.office.name = QStringLiteral("BKD Fuzz");
    w.office.save(c);
    auto keys = OfficeKeys::loadOrCreate(c);
    if (!keys)
        qFatal("no key");
    w.keys = std::make_unique<OfficeKeys>(keys.value());
    // A few records for the comparison to match against.
    Unit unit;
    unit.code = QStringLiteral("01");
    unit.name = QStringLiteral("Dinas Pendidikan");
    const qint64 unitId = UnitRepository(c).insert(unit).value();
    Employee e;
    e.nip = QStringLiteral("197910262003091001");
    e.name = QStringLiteral("Budi Santoso");
    e.unitId = unitId;
    EmployeeRepository(c).insert(e);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static int appArgc = 1;
    static char name[] = "fuzz_package_reader";
    static char *appArgv[] = {name, nullptr};
    (void)argc;
    (void)argv;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    World &w = world();
    w.app = std::make_unique<QCoreApplication>(appArgc, appArgv);
    setUpDatabase(w);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size < 1)
        return 0;
    const PayloadLimits limits = fuzzLimits();
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0: {
        // As the fuzz office reads it: a crafted header addressed to it reaches the decryption.
        World &w = world();
        const packagefile::Reader reader{w.office.id, w.office.name, w.keys.get()};
        (void)packagefile::verify(input, limits, &reader);
        break;
    }
    case 1: {
        if (input.size() < 4)
            return 0;
        const quint32 declared = qFromLittleEndian<quint32>(input.constData());
        (void)payloadcodec::decode(input.mid(4), declared, limits);
        break;
    }
    case 2: {
        auto payload = payloadcodec::parse(input, limits);
        if (!payload)
            return 0;
        // Parsed: sign it as this office would and let the importer validate and compare it.
        World &w = world();
        // Encrypted for this office, as a package addressed to it is, so that opening it decrypts.
        payload->info.senderOffice = w.office.id.toString(QUuid::WithoutBraces).toStdString();
        payload->info.recipientOffice = payload->info.senderOffice;
        const auto package = packagefile::build(payload.value(), {w.office.id, w.office.name, QString()}, *w.keys,
                                                QDateTime::currentDateTimeUtc(),
                                                {w.office.id, w.office.name, w.keys->publicKey()});
        if (!package)
            return 0;
        PackageImporter importer;
        importer.setLimits(limits);
        if (importer.openBytes(package.value(), w.db->connection()))
            (void)importer.preview(w.db->connection());
        break;
    }
    }
    return 0;
}
