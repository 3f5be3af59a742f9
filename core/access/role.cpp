#include "role.h"

#include <QCoreApplication>

namespace imbang::access {

QList<Role> allRoles() { return {Role::Administrator, Role::Operator, Role::Verifikator, Role::Pimpinan}; }

QList<Permission> allPermissions() {
    return {Permission::ViewRecords,     Permission::ViewPersonalData, Permission::EditRecords,
            Permission::ImportData,      Permission::ExportData,       Permission::DraftTransfer,
            Permission::VerifyTransfer,  Permission::ApproveTransfer,  Permission::FinaliseDecree,
            Permission::ViewAudit,       Permission::ManageUsers,      Permission::ManageSettings,
            Permission::ManageTrustedOffices};
}

bool allows(Role role, Permission p) {
    using P = Permission;
    switch (role) {
    case Role::Administrator:
        // Users, settings, templates and trusted offices; reads everything but changes no staff data,
        // so that no single account both runs the program and moves people.
        return p == P::ViewRecords || p == P::ViewPersonalData || p == P::ViewAudit || p == P::ManageUsers ||
               p == P::ManageSettings || p == P::ManageTrustedOffices;
    case Role::Operator:
        return p == P::ViewRecords || p == P::ViewPersonalData || p == P::EditRecords || p == P::ImportData ||
               p == P::ExportData || p == P::DraftTransfer;
    case Role::Verifikator:
        // May draft too (a head of section often does); separation of duties then keeps them from
        // approving their own proposal.
        return p == P::ViewRecords || p == P::ViewPersonalData || p == P::DraftTransfer || p == P::VerifyTransfer ||
               p == P::ApproveTransfer || p == P::FinaliseDecree || p == P::ViewAudit;
    case Role::Pimpinan:
        // Read-only dashboards and reports, without the personal details of each employee.
        return p == P::ViewRecords || p == P::ViewAudit;
    }
    return false;
}

QString toCode(Role role) {
    switch (role) {
    case Role::Administrator: return QStringLiteral("ADMINISTRATOR");
    case Role::Operator: return QStringLiteral("OPERATOR");
    case Role::Verifikator: return QStringLiteral("VERIFIKATOR");
    case Role::Pimpinan: return QStringLiteral("PIMPINAN");
    }
    return {};
}

std::optional<Role> roleFromText(const QString &text) {
    const QString wanted = text.simplified();
    for (Role r : allRoles())
        if (wanted.compare(toCode(r), Qt::CaseInsensitive) == 0 ||
            wanted.compare(displayName(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

QString displayName(Role role) {
    switch (role) {
    case Role::Administrator: return QCoreApplication::translate("Access", "Administrator");
    case Role::Operator: return QCoreApplication::translate("Access", "Operator");
    case Role::Verifikator: return QCoreApplication::translate("Access", "Verifier");
    case Role::Pimpinan: return QCoreApplication::translate("Access", "Head of office");
    }
    return {};
}

QString displayName(Permission p) {
    switch (p) {
    case Permission::ViewRecords: return QCoreApplication::translate("Access", "view staff records");
    case Permission::ViewPersonalData: return QCoreApplication::translate("Access", "view personal data");
    case Permission::EditRecords: return QCoreApplication::translate("Access", "change staff records");
    case Permission::ImportData: return QCoreApplication::translate("Access", "import data");
    case Permission::ExportData: return QCoreApplication::translate("Access", "export data");
    case Permission::DraftTransfer: return QCoreApplication::translate("Access", "draft and propose transfers");
    case Permission::VerifyTransfer: return QCoreApplication::translate("Access", "verify or reject transfers");
    case Permission::ApproveTransfer: return QCoreApplication::translate("Access", "approve transfers");
    case Permission::FinaliseDecree: return QCoreApplication::translate("Access", "issue decrees and execute transfers");
    case Permission::ViewAudit: return QCoreApplication::translate("Access", "view the audit trail");
    case Permission::ManageUsers: return QCoreApplication::translate("Access", "manage user accounts");
    case Permission::ManageSettings: return QCoreApplication::translate("Access", "change the office settings");
    case Permission::ManageTrustedOffices: return QCoreApplication::translate("Access", "trust other offices");
    }
    return {};
}

} // namespace imbang::access
