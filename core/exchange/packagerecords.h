#pragma once

// The records an exchange package carries, as Boost.Serialization sees them. Plain structs of
// std::string and numbers (UTF-8 text, ISO dates, references by UUID) so that the text archive is the
// same on every platform. Only payloadcodec.cpp instantiates the archives.
//
// Changing a record: add the field at the end, raise its BOOST_CLASS_VERSION, read the field only
// `if (version >= N)` (older packages keep their default), and raise packageformat::currentVersion.
// Adding an entity: see "Menambah entitas ke paket" in the README.

#include <boost/serialization/split_member.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace imbang::exchange {

// Thrown while reading a record written with a newer class version than this program knows. (Boost
// 1.74 would pass the newer version on to serialize() and read the fields wrongly.)
struct NewerVersionError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

template <class T>
void requireKnownVersion(unsigned version) {
    if (version > unsigned(boost::serialization::version<T>::value))
        throw NewerVersionError("record written by a newer Imbang");
}

struct UnitRecord {
    std::string uuid;
    std::string code;
    std::string name;
    std::string kind; // codes::toCode(UnitKind)
    std::string parentUuid; // empty for a top-level unit
    std::string region;
    bool hasLatitude = false;
    double latitude = 0;
    bool hasLongitude = false;
    double longitude = 0;
    std::string closedOn; // ISO date or empty
    std::string modifiedAt;
    std::string originOffice;

    template <class Archive>
    void serialize(Archive &ar, unsigned version) {
        requireKnownVersion<UnitRecord>(version);
        ar & uuid & code & name & kind & parentUuid & region & hasLatitude & latitude & hasLongitude & longitude &
            closedOn & modifiedAt & originOffice;
    }
};

struct PositionRecord {
    std::string uuid;
    std::string code;
    std::string name;
    std::string kind;
    std::string level;
    std::string family;
    bool teacher = false;
    std::int32_t bupOverride = 0; // 0: none
    std::string modifiedAt;
    std::string originOffice;

    template <class Archive>
    void serialize(Archive &ar, unsigned version) {
        requireKnownVersion<PositionRecord>(version);
        ar & uuid & code & name & kind & level & family & teacher & bupOverride & modifiedAt & originOffice;
    }
};

struct EmployeeRecord {
    std::string uuid;
    std::string nip;
    std::string name;
    std::string titleFront;
    std::string titleBack;
    std::string gender; // "L" / "P"
    std::string birthPlace;
    std::string birthDate;
    std::string status; // "PNS" / "CPNS" / "PPPK"
    std::int32_t rankCode = 0; // 0: none
    std::string rankTmt;
    std::string positionUuid;
    std::string unitUuid;
    std::string positionTmt;
    std::string cpnsTmt;
    std::string education;
    bool active = true;
    std::string inactiveReason;
    std::string inactiveDate;
    std::string modifiedAt;
    std::string originOffice;

    template <class Archive>
    void serialize(Archive &ar, unsigned version) {
        requireKnownVersion<EmployeeRecord>(version);
        ar & uuid & nip & name & titleFront & titleBack & gender & birthPlace & birthDate & status & rankCode &
            rankTmt & positionUuid & unitUuid & positionTmt & cpnsTmt & education & active & inactiveReason &
            inactiveDate & modifiedAt & originOffice;
    }
};

struct StaffingNeedRecord {
    std::string uuid;
    std::string unitUuid;
    std::string positionUuid;
    double need = 0;
    std::string source;
    std::string note;
    std::string modifiedAt;
    std::string originOffice;

    template <class Archive>
    void serialize(Archive &ar, unsigned version) {
        requireKnownVersion<StaffingNeedRecord>(version);
        ar & uuid & unitUuid & positionUuid & need & source & note & modifiedAt & originOffice;
    }
};

// Records that belong to an employee (format 2). References by UUID like the others.
struct RankHistoryRecord {
    std::string uuid;
    std::string employeeUuid;
    std::int32_t rankCode = 0;
    std::string tmt; // ISO date or empty
    std::string source; // "AWAL", "KENAIKAN", "KOREKSI"
    std::string note;
    std::string modifiedAt;
    std::string originOffice;

    template <class Archive>
    void serialize(Archive &ar, unsigned version) {
        requireKnownVersion<RankHistoryRecord>(version);
        ar & uuid & employeeUuid & rankCode & tmt & source & note & modifiedAt & originOffice;
    }
};

struct PerformanceRatingRecord {
    std::string uuid;
    std::string employeeUuid;
    std::int32_t year = 0;
    std::string predicate; // "SB", "B", "BP", "K", "SK"
    bool hasScore = false;
    double score = 0;
    std::string document;
    std::string modifiedAt;
    std::string originOffice;

    template <class Archive>
    void serialize(Archive &ar, unsigned version) {
        requireKnownVersion<PerformanceRatingRecord>(version);
        ar & uuid & employeeUuid & year & predicate & hasScore & score & document & modifiedAt & originOffice;
    }
};

struct CompetenceRecord {
    std::string uuid;
    std::string employeeUuid;
    std::string kind; // "SERTIFIKASI", "DIKLAT"
    std::string name;
    std::string subject;
    std::int32_t year = 0;
    std::string reference;
    std::string modifiedAt;
    std::string originOffice;

    template <class Archive>
    void serialize(Archive &ar, unsigned version) {
        requireKnownVersion<CompetenceRecord>(version);
        ar & uuid & employeeUuid & kind & name & subject & year & reference & modifiedAt & originOffice;
    }
};

// A transfer (mutasi) with its proposal, status and decree metadata. The batch it was proposed in is
// this office's own grouping and does not travel.
struct TransferRecord {
    std::string uuid;
    std::string number;
    std::string employeeUuid;
    std::string fromUnitUuid;
    std::string fromPositionUuid;
    std::string fromPositionTmt;
    std::string toUnitUuid;
    std::string toPositionUuid;
    std::string tmt;
    std::string kind;
    std::string reason;
    std::string notes;
    std::string status;
    std::string decreeNumber;
    std::string decreeDate;
    std::string executedAt;
    std::string reversesUuid;
    std::string createdAt;
    std::string modifiedAt;
    std::string originOffice;

    template <class Archive>
    void serialize(Archive &ar, unsigned version) {
        requireKnownVersion<TransferRecord>(version);
        ar & uuid & number & employeeUuid & fromUnitUuid & fromPositionUuid & fromPositionTmt & toUnitUuid &
            toPositionUuid & tmt & kind & reason & notes & status & decreeNumber & decreeDate & executedAt &
            reversesUuid & createdAt & modifiedAt & originOffice;
    }
};

// One step of a transfer's workflow: the history of who moved it to which status, and why.
struct TransferStepRecord {
    std::string uuid;
    std::string transferUuid;
    std::string fromStatus;
    std::string toStatus;
    std::string actor;
    std::string at;
    std::string comment;
    std::string checks;
    std::string modifiedAt;
    std::string originOffice;

    template <class Archive>
    void serialize(Archive &ar, unsigned version) {
        requireKnownVersion<TransferStepRecord>(version);
        ar & uuid & transferUuid & fromStatus & toStatus & actor & at & comment & checks & modifiedAt & originOffice;
    }
};

// A deleted record: which one, of which entity, when and where it was deleted.
struct TombstoneRecord {
    std::string uuid;
    std::string entity; // "unit", "position", "employee", "staffing_need", ...
    std::string deletedAt;
    std::string originOffice;

    template <class Archive>
    void serialize(Archive &ar, unsigned version) {
        requireKnownVersion<TombstoneRecord>(version);
        ar & uuid & entity & deletedAt & originOffice;
    }
};

// What the package is: who made it for whom, and which records it holds.
struct PackageInfo {
    std::string senderOffice;  // office UUID
    std::string senderName;
    std::string recipientOffice; // office UUID or empty when made for anyone
    std::string recipientName;
    std::string scope;           // "all", "units", "since"
    std::string unitCodes;       // comma separated, for scope "units"
    std::string since;           // changes after this time (ISO), for "since"
    std::string createdAt;

    template <class Archive>
    void serialize(Archive &ar, unsigned version) {
        requireKnownVersion<PackageInfo>(version);
        ar & senderOffice & senderName & recipientOffice & recipientName & scope & unitCodes & since & createdAt;
    }
};

// Thrown while reading when the package asks for more than the reader allows.
struct PayloadLimitError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Sections are written as a count and the records; the reader checks the count against its limit
// and never reserves memory for records it has not read yet.
template <class Archive, class T>
void saveSection(Archive &ar, const std::vector<T> &items) {
    const std::uint64_t count = items.size();
    ar << count;
    for (const T &item : items)
        ar << item;
}

template <class Archive, class T>
void loadSection(Archive &ar, std::vector<T> &items) {
    std::uint64_t count = 0;
    ar >> count;
    if (count > ar.maxRecordsPerSection())
        throw PayloadLimitError("too many records in one section");
    items.clear();
    items.reserve(count < 4096 ? count : 4096);
    for (std::uint64_t i = 0; i < count; ++i) {
        T item;
        ar >> item;
        items.push_back(std::move(item));
    }
}

struct PackagePayload {
    PackageInfo info;
    std::vector<UnitRecord> units;
    std::vector<PositionRecord> positions;
    std::vector<EmployeeRecord> employees;
    std::vector<StaffingNeedRecord> staffingNeeds;
    std::vector<TombstoneRecord> tombstones;
    // Version 2.
    std::vector<RankHistoryRecord> rankHistory;
    std::vector<PerformanceRatingRecord> ratings;
    std::vector<CompetenceRecord> competences;
    std::vector<TransferRecord> transfers;
    std::vector<TransferStepRecord> transferSteps;

    std::uint64_t recordCount() const {
        return units.size() + positions.size() + employees.size() + staffingNeeds.size() + tombstones.size() +
               rankHistory.size() + ratings.size() + competences.size() + transfers.size() + transferSteps.size();
    }

    template <class Archive>
    void save(Archive &ar, unsigned /*version*/) const {
        ar << info;
        saveSection(ar, units);
        saveSection(ar, positions);
        saveSection(ar, employees);
        saveSection(ar, staffingNeeds);
        saveSection(ar, tombstones);
        saveSection(ar, rankHistory);
        saveSection(ar, ratings);
        saveSection(ar, competences);
        saveSection(ar, transfers);
        saveSection(ar, transferSteps);
    }

    template <class Archive>
    void load(Archive &ar, unsigned version) {
        requireKnownVersion<PackagePayload>(version);
        ar >> info;
        loadSection(ar, units);
        loadSection(ar, positions);
        loadSection(ar, employees);
        loadSection(ar, staffingNeeds);
        loadSection(ar, tombstones);
        if (version >= 2) {
            loadSection(ar, rankHistory);
            loadSection(ar, ratings);
            loadSection(ar, competences);
            loadSection(ar, transfers);
            loadSection(ar, transferSteps);
        }
    }
    BOOST_SERIALIZATION_SPLIT_MEMBER()
};

} // namespace imbang::exchange

// Class versions: the version each class is written with. Raise one when its serialize() changes.
BOOST_CLASS_VERSION(imbang::exchange::UnitRecord, 1)
BOOST_CLASS_VERSION(imbang::exchange::PositionRecord, 1)
BOOST_CLASS_VERSION(imbang::exchange::EmployeeRecord, 1)
BOOST_CLASS_VERSION(imbang::exchange::StaffingNeedRecord, 1)
BOOST_CLASS_VERSION(imbang::exchange::TombstoneRecord, 1)
BOOST_CLASS_VERSION(imbang::exchange::PackageInfo, 1)
BOOST_CLASS_VERSION(imbang::exchange::RankHistoryRecord, 1)
BOOST_CLASS_VERSION(imbang::exchange::PerformanceRatingRecord, 1)
BOOST_CLASS_VERSION(imbang::exchange::CompetenceRecord, 1)
BOOST_CLASS_VERSION(imbang::exchange::TransferRecord, 1)
BOOST_CLASS_VERSION(imbang::exchange::TransferStepRecord, 1)
// 2: the sections rank history, ratings, competences, transfers and transfer steps (format 2).
BOOST_CLASS_VERSION(imbang::exchange::PackagePayload, 2)

// Records are values, never shared through pointers: no address tracking (faster, smaller).
BOOST_CLASS_TRACKING(imbang::exchange::UnitRecord, boost::serialization::track_never)
BOOST_CLASS_TRACKING(imbang::exchange::PositionRecord, boost::serialization::track_never)
BOOST_CLASS_TRACKING(imbang::exchange::EmployeeRecord, boost::serialization::track_never)
BOOST_CLASS_TRACKING(imbang::exchange::StaffingNeedRecord, boost::serialization::track_never)
BOOST_CLASS_TRACKING(imbang::exchange::TombstoneRecord, boost::serialization::track_never)
BOOST_CLASS_TRACKING(imbang::exchange::PackageInfo, boost::serialization::track_never)
BOOST_CLASS_TRACKING(imbang::exchange::PackagePayload, boost::serialization::track_never)
BOOST_CLASS_TRACKING(imbang::exchange::RankHistoryRecord, boost::serialization::track_never)
BOOST_CLASS_TRACKING(imbang::exchange::PerformanceRatingRecord, boost::serialization::track_never)
BOOST_CLASS_TRACKING(imbang::exchange::CompetenceRecord, boost::serialization::track_never)
BOOST_CLASS_TRACKING(imbang::exchange::TransferRecord, boost::serialization::track_never)
BOOST_CLASS_TRACKING(imbang::exchange::TransferStepRecord, boost::serialization::track_never)
