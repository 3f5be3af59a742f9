#pragma once

#include <QList>
#include <QString>

#include <optional>

// Roles and what each may do. The table lives in core so the GUI and the CLI obey the same rules:
// hiding a button is never the permission itself.
namespace imbang {

enum class Role { Administrator, Operator, Verifikator, Pimpinan };

enum class Permission {
    ViewRecords,          // lists, dashboards, registers
    ViewPersonalData,     // birth dates, NIK, addresses in full
    EditRecords,          // employees, units, positions, needs, ABK, minimums
    ImportData,           // spreadsheets and exchange packages into the database
    ExportData,           // exchange packages and spreadsheets with personal data out of the program
    DraftTransfer,        // draft, propose and withdraw transfers, justify warnings, receive documents
    VerifyTransfer,       // verify or reject a proposed transfer
    ApproveTransfer,      // approve a verified transfer
    FinaliseDecree,       // issue the decree (SK) and execute the transfer
    ViewAudit,            // read and verify the audit trail
    ManageUsers,          // accounts, roles, password resets
    ManageSettings,       // office settings and decree templates
    ManageTrustedOffices  // trust or distrust other offices' keys
};

namespace access {

QList<Role> allRoles();
QList<Permission> allPermissions();
bool allows(Role role, Permission permission);

QString toCode(Role role); // "ADMINISTRATOR", "OPERATOR", "VERIFIKATOR", "PIMPINAN"
// The code or the display name, in any case.
std::optional<Role> roleFromText(const QString &text);
QString displayName(Role role);             // translated
QString displayName(Permission permission); // translated, as a verb phrase: "change staff records"

} // namespace access
} // namespace imbang
